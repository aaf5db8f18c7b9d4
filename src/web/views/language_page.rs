//! "Choose a language": every language the pages are written in, each named in itself.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, csrf_field};
use super::layout::{self, Page};
use super::words::Words;
use crate::catalogue;
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;
use crate::web::page_context;

pub struct LanguageView<'a> {
    pub offered: Vec<Language>,
    pub current: Language,
    /// The page to go back to afterwards, already checked to be on this site.
    pub return_path: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn render(view: &LanguageView<'_>) -> Markup {
    let words = Words::new(page_context::current().reading);
    let title = words.t("language-title");
    let back = view.return_path.unwrap_or("/");
    let content = html! {
        h1 { (title) }
        p { (words.t("language-intro")) }
        form method="post" action="/language" novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(path) = view.return_path {
                input type="hidden" name="return" value=(path);
            }
            div class="form-group" {
                fieldset {
                    legend { h2 class="legend-heading" { (words.t("language-legend")) } }
                    @for (index, language) in view.offered.iter().enumerate() {
                        @let id = if index == 0 { "language".to_owned() } else { format!("language-{language}") };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "language",
                            value: language.as_str(),
                            checked: *language == view.current,
                            with_symbol: false,
                        }, html! { span lang=(language.as_str()) dir=(language.direction()) { (own_name(language)) } }))
                    }
                }
            }
            div class="button-group" {
                button class="button" type="submit" { (words.t("language-save")) }
                a class="page-link" href=(back) { (words.t("language-cancel")) }
            }
        }
    };
    let page = Page {
        format: words.register(),
        ..Page::new(&title)
    };
    layout::render(&page, content)
}

/// A language's name in itself ("Polski", "العربية"), as its own catalogue gives it.
pub fn own_name(language: &Language) -> String {
    catalogue::built_in().text(language, ResponseFormat::Standard, "language-name", &[])
}
