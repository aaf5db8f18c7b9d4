//! The first page of a survey: what it is for, privacy, the format choice and the start button.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, choice, contact_link, csrf_field, easy_read_line, symbol,
};
use super::easy_read_words as lines;
use super::page_tools;
use super::survey_shell;
use super::words::Words;
use crate::catalogue::Arg;
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
    let words = Words::new(format);
    let easy = words.is_easy_read();
    let other_version = {
        let other = if easy { "standard" } else { "easy_read" };
        match view.channel {
            Some(channel) => format!("/s/{}?format={other}&c={}", survey.slug, channel.as_str()),
            None => format!("/s/{}?format={other}", survey.slug),
        }
    };
    let organisation = page_context::current().organisation;
    let named: [(&str, Arg); 1] = [("organisation", organisation.name.as_str().into())];
    let resume_href = reading_choice::link(&format!("/s/{}/resume", survey.slug), format);
    let content = html! {
        (page_tools::render(None, None, false))
        p class="version-link" {
            @if let Ok(name) = SymbolName::parse("easy-read") { (symbol(&name, "symbol symbol--small")) }
            a href=(other_version) {
                @if easy { (words.t("start-standard-version")) } @else { (words.t("start-easy-read-version")) }
            }
        }
        h1 { (survey.title_in(format)) }
        @if easy {
            (easy_read_line(lines::START_INTRO_SYMBOL, html! { (survey.intro_in(format)) }))
            h2 { (words.t("start-privacy-heading")) }
            (easy_read_line(lines::START_PRIVACY_SYMBOL, html! { (survey.privacy_in(format)) }))
            h2 { (words.t("start-who-heading")) }
            (easy_read_line(lines::START_WHO_SYMBOL, who_is_asking(&words, &organisation, &named)))
        } @else {
            p class="lead" { (survey.intro_in(format)) }
            h2 { (words.t("start-privacy-heading")) }
            p { (survey.privacy_in(format)) }
            h2 { (words.t("start-who-heading")) }
            p { (who_is_asking(&words, &organisation, &named)) }
        }
        @if let Some(notice) = &organisation.privacy_notice {
            p { a href=(notice) { (words.with("start-privacy-notice", &named)) } }
        }
        @if let Some(href) = &view.continue_href {
            div class="inset" {
                p { (words.t("start-already")) }
                a class="button" href=(href) { (words.t("start-carry-on")) }
            }
        }
        form method="post" action={ "/s/" (survey.slug) "/start" } novalidate {
            (csrf_field(view.csrf_token))
            @if let Some(channel) = view.channel {
                input type="hidden" name="channel" value=(channel.as_str());
            }
            div class="form-group" {
                fieldset {
                    legend { h2 { (words.t("start-format-heading")) } }
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format",
                        name: "format",
                        value: ResponseFormat::Standard.as_str(),
                        checked: !easy,
                        with_symbol: false,
                    }, html! { (words.t("start-format-standard")) }))
                    (choice(&Choice {
                        kind: ChoiceKind::Radio,
                        id: "format-easy-read",
                        name: "format",
                        value: ResponseFormat::EasyRead.as_str(),
                        checked: easy,
                        with_symbol: false,
                    }, html! { (words.t("start-format-easy-read")) }))
                }
            }
            button class="button button--start" type="submit" { (words.t("start-now")) }
        }
        h2 { (words.t("start-before-heading")) }
        @let carry_on = html! {
            (words.t("start-before")) " " a href=(resume_href) { (words.t("start-carry-on-with-code")) } "."
        };
        @if easy {
            (easy_read_line(lines::START_BEFORE_SYMBOL, carry_on))
        } @else {
            p { (carry_on) }
        }
    };
    survey_shell::render(survey, survey.title_in(format), false, format, content)
}

/// Who runs the survey, and how to contact them when a contact is set.
fn who_is_asking(words: &Words, organisation: &Organisation, named: &[(&str, Arg)]) -> Markup {
    html! {
        (words.with("start-who", named))
        @if let Some(contact) = &organisation.contact {
            " " (words.t("start-contact")) " " (contact_link(contact)) "."
        }
    }
}
