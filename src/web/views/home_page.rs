//! The home page: the surveys young people can answer now.

use maud::{Markup, html};

use super::layout::{self, Page};
use super::words::Words;
use crate::domain::survey::Survey;
use crate::web::page_context;

pub fn render(open_surveys: &[Survey]) -> Markup {
    let words = Words::new(page_context::current().reading);
    let title = words.t("home-title");
    let content = html! {
        h1 { (title) }
        p class="lead" { (words.t("home-lead")) }
        @if open_surveys.is_empty() {
            p { (words.t("home-none-open")) }
        } @else {
            h2 { (words.t("home-open-heading")) }
            ul class="survey-list" {
                @for survey in open_surveys {
                    // Named as the wave reads in this page's language, when it is written in it.
                    @let title = survey.title_for(&page_context::language(), words.register());
                    li { a href={ "/s/" (survey.slug) } { (title) } }
                }
            }
        }
        h2 { (words.t("home-findings-heading")) }
        p { a href="/findings" { (words.t("home-findings-link")) } }
    };
    let page = Page {
        format: words.register(),
        ..Page::new(&title)
    };
    layout::render(&page, content)
}
