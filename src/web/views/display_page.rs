//! "Display options": text size, high contrast and dyslexia-friendly spacing, for anyone, no account.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, csrf_field};
use super::layout::{self, Page};
use super::words::Words;
use crate::domain::display::{DisplayPreferences, TextSize};
use crate::web::page_context;

pub struct DisplayView<'a> {
    pub current: DisplayPreferences,
    /// The page to go back to afterwards, already checked to be on this site.
    pub return_path: Option<&'a str>,
    pub saved: bool,
    pub csrf_token: &'a str,
}

pub fn render(view: &DisplayView<'_>) -> Markup {
    let back = view.return_path.unwrap_or("/");
    let words = Words::new(page_context::current().reading);
    let title = words.t("display-title");
    let content = html! {
        @if view.saved {
            div class="notice" role="status" {
                p { (words.t("display-saved")) }
                a class="button" href=(back) { (words.t("display-go-back")) }
            }
        }
        h1 { (title) }
        p { (words.t("display-intro")) }
        form method="post" action="/display" novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(path) = view.return_path {
                input type="hidden" name="return" value=(path);
            }
            div class="form-group" {
                fieldset {
                    legend { h2 class="legend-heading" { (words.t("display-text-size")) } }
                    @for (index, size) in TextSize::ALL.iter().enumerate() {
                        @let id = if index == 0 { "text_size".to_owned() } else { format!("text_size-{}", size.as_str()) };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "text_size",
                            value: size.as_str(),
                            checked: view.current.text_size == *size,
                            with_symbol: false,
                        }, html! { (words.t(size_message(*size))) }))
                    }
                }
            }
            div class="form-group" {
                fieldset {
                    legend { h2 class="legend-heading" { (words.t("display-colours")) } }
                    (choice(&Choice {
                        kind: ChoiceKind::Checkbox,
                        id: "high_contrast",
                        name: "high_contrast",
                        value: "yes",
                        checked: view.current.high_contrast,
                        with_symbol: false,
                    }, html! { (words.t("display-high-contrast")) }))
                    (choice(&Choice {
                        kind: ChoiceKind::Checkbox,
                        id: "dyslexia_friendly",
                        name: "dyslexia_friendly",
                        value: "yes",
                        checked: view.current.dyslexia_friendly,
                        with_symbol: false,
                    }, html! { (words.t("display-dyslexia")) }))
                }
            }
            div class="button-group" {
                button class="button" type="submit" { (words.t("display-save")) }
                a class="page-link" href=(back) { (words.t("display-cancel")) }
            }
        }
    };
    let page = Page {
        format: words.register(),
        ..Page::new(&title)
    };
    layout::render(&page, content)
}

fn size_message(size: TextSize) -> &'static str {
    match size {
        TextSize::Normal => "display-size-normal",
        TextSize::Large => "display-size-large",
        TextSize::ExtraLarge => "display-size-extra-large",
    }
}
