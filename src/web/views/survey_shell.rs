//! The shell of a survey page: the survey's title in the header and the young person's format.

use maud::Markup;

use super::layout::{self, Page};
use crate::domain::survey::{ResponseFormat, Survey};

pub fn start_href(survey: &Survey) -> String {
    format!("/s/{}", survey.slug)
}

pub fn question_href(survey: &Survey, number: usize) -> String {
    format!("/s/{}/q/{number}", survey.slug)
}

pub fn check_href(survey: &Survey) -> String {
    format!("/s/{}/check", survey.slug)
}

pub fn render(
    survey: &Survey,
    title: &str,
    has_error: bool,
    format: ResponseFormat,
    content: Markup,
) -> Markup {
    let start = start_href(survey);
    let page = Page {
        title,
        has_error,
        service_name: survey.title_in(format),
        service_href: &start,
        format,
        footer_note: None,
    };
    layout::render(&page, content)
}
