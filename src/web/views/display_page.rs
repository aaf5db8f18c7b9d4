//! "Display options": text size, high contrast and dyslexia-friendly spacing, for anyone, no account.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, csrf_field};
use super::layout::{self, Page};
use crate::domain::display::{DisplayPreferences, TextSize};

pub struct DisplayView<'a> {
    pub current: DisplayPreferences,
    /// The page to go back to afterwards, already checked to be on this site.
    pub return_path: Option<&'a str>,
    pub saved: bool,
    pub csrf_token: &'a str,
}

pub fn render(view: &DisplayView<'_>) -> Markup {
    let back = view.return_path.unwrap_or("/");
    let content = html! {
        @if view.saved {
            div class="notice" role="status" {
                p { "Your display options are saved on this device." }
                a class="button" href=(back) { "Go back to where you were" }
            }
        }
        h1 { "Display options" }
        p { "Change how pages look on this device. We remember your choice, but not who you are." }
        form method="post" action="/display" novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(path) = view.return_path {
                input type="hidden" name="return" value=(path);
            }
            div class="form-group" {
                fieldset {
                    legend { h2 class="legend-heading" { "Text size" } }
                    @for (index, size) in TextSize::ALL.iter().enumerate() {
                        @let id = if index == 0 { "text_size".to_owned() } else { format!("text_size-{}", size.as_str()) };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "text_size",
                            value: size.as_str(),
                            checked: view.current.text_size == *size,
                            with_symbol: false,
                        }, html! { (size.label()) }))
                    }
                }
            }
            div class="form-group" {
                fieldset {
                    legend { h2 class="legend-heading" { "Colours and spacing" } }
                    (choice(&Choice {
                        kind: ChoiceKind::Checkbox,
                        id: "high_contrast",
                        name: "high_contrast",
                        value: "yes",
                        checked: view.current.high_contrast,
                        with_symbol: false,
                    }, html! { "High contrast: white and yellow words on black" }))
                    (choice(&Choice {
                        kind: ChoiceKind::Checkbox,
                        id: "dyslexia_friendly",
                        name: "dyslexia_friendly",
                        value: "yes",
                        checked: view.current.dyslexia_friendly,
                        with_symbol: false,
                    }, html! { "Dyslexia friendly: more space between letters and lines, on a cream background" }))
                }
            }
            div class="button-group" {
                button class="button" type="submit" { "Save display options" }
                a class="page-link" href=(back) { "Go back without changing" }
            }
        }
    };
    layout::render(&Page::new("Display options"), content)
}
