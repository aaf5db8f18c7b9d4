//! The home page: the surveys young people can answer now.

use maud::{Markup, html};

use super::layout::{self, Page};
use crate::domain::survey::Survey;

pub fn render(open_surveys: &[Survey]) -> Markup {
    let content = html! {
        h1 { "Have your say" }
        p class="lead" {
            "Tell us what you think. Your answers are anonymous and help decide what changes for young people."
        }
        @if open_surveys.is_empty() {
            p { "There are no surveys open right now. Please come back later." }
        } @else {
            h2 { "Surveys open now" }
            ul class="survey-list" {
                @for survey in open_surveys {
                    li { a href={ "/s/" (survey.slug) } { (survey.title) } }
                }
            }
        }
        h2 { "What happened after you told us" }
        p { a href="/findings" { "Read what young people said in earlier surveys, and what was done about it" } }
    };
    layout::render(&Page::new("Have your say"), content)
}
