//! The confirmation page: thanks, what happens next, and who to talk to now, in full.

use maud::{Markup, html};

use super::components::{easy_read_lines, support_contacts};
use super::easy_read_words as lines;
use super::survey_shell;
use super::words::Words;
use crate::domain::support::SupportContact;
use crate::domain::survey::{ResponseFormat, Survey};

pub fn render(survey: &Survey, format: ResponseFormat, contacts: &[SupportContact]) -> Markup {
    let words = Words::new(format);
    let content = if words.is_easy_read() {
        html! {
            div class="panel" {
                h1 { (words.t("done-heading")) }
            }
            (easy_read_lines(&words.lines(lines::DONE)))
            h2 { (words.t("done-next-heading")) }
            (easy_read_lines(&words.lines(lines::DONE_NEXT)))
            h2 { (words.t("talk-heading")) }
            (easy_read_lines(&words.lines(lines::DONE_TALK)))
            (support_contacts(contacts))
        }
    } else {
        html! {
            div class="panel" {
                h1 { (words.t("done-heading")) }
                p { (words.t("done-sent")) }
            }
            p { (words.t("done-anonymous")) }
            h2 { (words.t("done-next-heading")) }
            p { (words.t("done-next")) }
            h2 { (words.t("talk-heading")) }
            p { (words.t("done-talk")) }
            (support_contacts(contacts))
        }
    };
    survey_shell::render(survey, &words.t("done-title"), false, format, content)
}
