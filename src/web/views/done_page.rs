//! The confirmation page: thanks, what happens next, and who to talk to now, in full.

use maud::{Markup, html};

use super::components::{easy_read_lines, support_contacts};
use super::easy_read_words as words;
use super::survey_shell;
use crate::domain::support::SupportContact;
use crate::domain::survey::{ResponseFormat, Survey};

pub fn render(survey: &Survey, format: ResponseFormat, contacts: &[SupportContact]) -> Markup {
    if format == ResponseFormat::EasyRead {
        return easy_read(survey, contacts);
    }
    let content = html! {
        div class="panel" {
            h1 { "Thank you" }
            p { "Your answers have been sent." }
        }
        p { "We do not know who you are, and nobody can tell which answers are yours." }
        h2 { "What happens next" }
        p {
            "Young people on VOXY, Oxfordshire's youth board, and the Engagement and Consultation Team "
            "will read every answer. They will tell the Children's Trust Board what young people said, "
            "and publish what will change because of it."
        }
        h2 { "Need to talk to someone now?" }
        p { "If anything in this survey has worried or upset you, you can talk to someone. It is free." }
        (support_contacts(contacts))
    };
    survey_shell::render(
        survey,
        "Your answers have been sent",
        false,
        ResponseFormat::Standard,
        content,
    )
}

fn easy_read(survey: &Survey, contacts: &[SupportContact]) -> Markup {
    let content = html! {
        div class="panel" {
            h1 { (words::DONE_TITLE) }
        }
        (easy_read_lines(words::DONE))
        h2 { (words::DONE_NEXT_HEADING) }
        (easy_read_lines(words::DONE_NEXT))
        h2 { (words::TALK_HEADING) }
        (easy_read_lines(words::DONE_TALK))
        (support_contacts(contacts))
    };
    survey_shell::render(
        survey,
        words::DONE_TITLE,
        false,
        ResponseFormat::EasyRead,
        content,
    )
}
