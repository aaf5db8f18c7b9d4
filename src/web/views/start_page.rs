//! The first page of a survey: what it is for, privacy, the format choice and the start button.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, choice, contact_link, csrf_field, easy_read_line, symbol,
};
use super::easy_read_words as words;
use super::page_tools;
use super::survey_shell;
use crate::domain::ids::{ChannelTag, SymbolName};
use crate::domain::organisation::Organisation;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::web::page_context;
use crate::web::reading_choice;

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
    let resume_href = reading_choice::link(&format!("/s/{}/resume", survey.slug), format);
    let content = html! {
        (page_tools::render(None, None, false))
        p class="version-link" {
            @if let Ok(name) = SymbolName::parse("easy-read") { (symbol(&name, "symbol symbol--small")) }
            a href=(other_version) lang="en-GB" {
                @if easy { "Standard version of this page" } @else { "Easy Read version of this page" }
            }
        }
        h1 { (survey.title) }
        @if easy {
            (easy_read_about(survey, &organisation))
        } @else {
            p class="lead" { (survey.intro_in(format)) }
            h2 { "Your answers are private" }
            p { (survey.privacy_in(format)) }
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
        }
        @if let Some(href) = &view.continue_href {
            div class="inset" {
                p { @if easy { (words::START_ALREADY) } @else { "You have already started this survey on this device." } }
                a class="button" href=(href) { @if easy { (words::CARRY_ON) } @else { "Carry on where you left off" } }
            }
        }
        form method="post" action={ "/s/" (survey.slug) "/start" } novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(channel) = view.channel {
                input type="hidden" name="channel" value=(channel.as_str());
            }
            div class="form-group" {
                fieldset {
                    legend { h2 { @if easy { (words::START_FORMAT_HEADING) } @else { "How would you like to read the questions?" } } }
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
        @if easy {
            h2 { (words::START_BEFORE_HEADING) }
            (easy_read_line(words::START_BEFORE_SYMBOL, html! {
                (words::START_BEFORE) " " a href=(resume_href) { (words::CARRY_ON_WITH_CODE) } "."
            }))
        } @else {
            h2 { "Started before?" }
            p {
                "If you saved your answers, "
                a href=(resume_href) { "carry on with your resume code" }
                "."
            }
        }
    };
    survey_shell::render(survey, &survey.title, false, format, content)
}

/// What the survey is for, privacy and who is asking, each paragraph beside its symbol.
fn easy_read_about(survey: &Survey, organisation: &Organisation) -> Markup {
    let format = ResponseFormat::EasyRead;
    html! {
        (easy_read_line(words::START_INTRO_SYMBOL, html! { (survey.intro_in(format)) }))
        h2 { (words::START_PRIVACY_HEADING) }
        (easy_read_line(words::START_PRIVACY_SYMBOL, html! { (survey.privacy_in(format)) }))
        h2 { (words::START_WHO_HEADING) }
        (easy_read_line(words::START_WHO_SYMBOL, html! {
            (words::fill(words::START_WHO, &[("name", &organisation.name)]))
            @if let Some(contact) = &organisation.contact {
                " " (words::START_CONTACT) " " (contact_link(contact)) "."
            }
        }))
        @if let Some(notice) = &organisation.privacy_notice {
            p { a href=(notice) { (words::fill(words::START_PRIVACY_NOTICE, &[("name", &organisation.name)])) } }
        }
    }
}
