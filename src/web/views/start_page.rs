//! The first page of a survey: what it is for, privacy, the format choice and the start button.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, contact_link, csrf_field, symbol};
use super::page_tools;
use super::survey_shell;
use crate::domain::ids::{ChannelTag, SymbolName};
use crate::domain::survey::{ResponseFormat, Survey};
use crate::web::page_context;

pub struct StartView<'a> {
    pub survey: &'a Survey,
    /// The wording of this page: Easy Read when the young person asked for that version.
    pub format: ResponseFormat,
    pub channel: Option<&'a ChannelTag>,
    /// Where a young person who already started should carry on, if they did.
    pub continue_href: Option<String>,
    pub csrf_token: &'a str,
}

pub fn render(view: &StartView<'_>) -> Markup {
    let survey = view.survey;
    let format = view.format;
    let easy = format == ResponseFormat::EasyRead;
    let other_version = {
        let other = if easy { "standard" } else { "easy_read" };
        match view.channel {
            Some(channel) => format!("/s/{}?format={other}&c={}", survey.slug, channel.as_str()),
            None => format!("/s/{}?format={other}", survey.slug),
        }
    };
    let organisation = page_context::current().organisation;
    let content = html! {
        (page_tools::render(None, None, false))
        p class="version-link" {
            @if let Ok(name) = SymbolName::parse("easy-read") { (symbol(&name, "symbol symbol--small")) }
            a href=(other_version) lang="en-GB" {
                @if easy { "Standard version of this page" } @else { "Easy Read version of this page" }
            }
        }
        h1 { (survey.title) }
        p class="lead" { (survey.intro_in(format)) }
        h2 { "Your answers are private" }
        p { (survey.privacy_in(format)) }
        h2 { @if easy { "Who is asking?" } @else { "Who is asking" } }
        p {
            @if easy { (organisation.name) " runs this survey." } @else { "This survey is run by " (organisation.name) "." }
            @if let Some(contact) = &organisation.contact {
                @if easy { " Do you have a question? Contact " } @else { " If you have a question about it, contact " }
                (contact_link(contact)) "."
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
                    legend { h2 { @if easy { "How do you want to read the questions?" } @else { "How would you like to read the questions?" } } }
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format",
                        name: "format",
                        value: ResponseFormat::Standard.as_str(),
                        checked: !easy,
                        with_symbol: false,
                    }, html! { "Standard" }))
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format-easy-read",
                        name: "format",
                        value: ResponseFormat::EasyRead.as_str(),
                        checked: easy,
                        with_symbol: false,
                    }, html! { "Easy Read: short sentences, bigger text and pictures" }))
                }
            }
            button class="button button--start" type="submit" { "Start now" }
        }
        h2 { @if easy { "Did you start before?" } @else { "Started before?" } }
        p {
            @if easy {
                "Did you save your answers? "
                a href={ "/s/" (survey.slug) "/resume" } { "Carry on with your code" }
                "."
            } @else {
                "If you saved your answers, "
                a href={ "/s/" (survey.slug) "/resume" } { "carry on with your resume code" }
                "."
            }
        }
    };
    survey_shell::render(survey, &survey.title, false, format, content)
}
