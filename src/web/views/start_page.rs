//! The first page of a survey: what it is for, privacy, the format choice and the start button.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, contact_link, csrf_field};
use super::page_tools;
use super::survey_shell;
use crate::domain::ids::ChannelTag;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::web::page_context;

pub struct StartView<'a> {
    pub survey: &'a Survey,
    pub channel: Option<&'a ChannelTag>,
    /// Where a young person who already started should carry on, if they did.
    pub continue_href: Option<String>,
    pub csrf_token: &'a str,
}

pub fn render(view: &StartView<'_>) -> Markup {
    let survey = view.survey;
    let format = ResponseFormat::Standard;
    let organisation = page_context::current().organisation;
    let content = html! {
        (page_tools::render(None, None, false))
        h1 { (survey.title) }
        p class="lead" { (survey.intro) }
        h2 { "Your answers are private" }
        p { (survey.privacy) }
        h2 { "Who is asking" }
        p {
            "This survey is run by " (organisation.name) "."
            @if let Some(contact) = &organisation.contact {
                " If you have a question about it, contact " (contact_link(contact)) "."
            }
        }
        @if let Some(notice) = &organisation.privacy_notice {
            p { a href=(notice) { "Read how " (organisation.name) " looks after your answers (privacy notice)" } }
        }
        @if let Some(href) = &view.continue_href {
            div class="inset" {
                p { "You have already started this survey on this device." }
                a class="button" href=(href) { "Carry on where you left off" }
            }
        }
        form method="post" action={ "/s/" (survey.slug) "/start" } novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(channel) = view.channel {
                input type="hidden" name="channel" value=(channel.as_str());
            }
            div class="form-group" {
                fieldset {
                    legend { h2 { "How would you like to read the questions?" } }
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format",
                        name: "format",
                        value: ResponseFormat::Standard.as_str(),
                        checked: true,
                        with_symbol: false,
                    }, html! { "Standard" }))
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format-easy-read",
                        name: "format",
                        value: ResponseFormat::EasyRead.as_str(),
                        checked: false,
                        with_symbol: false,
                    }, html! { "Easy Read: short sentences, bigger text and pictures" }))
                }
            }
            button class="button button--start" type="submit" { "Start now" }
        }
        h2 { "Started before?" }
        p {
            "If you saved your answers, "
            a href={ "/s/" (survey.slug) "/resume" } { "carry on with your resume code" }
            "."
        }
    };
    survey_shell::render(survey, &survey.title, false, format, content)
}
