//! The tools above a survey page, folded under "Reading help": switch between Standard and Easy
//! Read, display options, and the place the read-aloud script puts its button (empty, and
//! invisible, without JavaScript).

use maud::{Markup, html};

use super::components::{back_link, csrf_field};
use super::layout::{display_options_href, language_href};
use super::words::Words;
use crate::domain::ids::Slug;
use crate::domain::survey::ResponseFormat;
use crate::web::page_context;

/// Where a format switch should bring the young person back to.
pub enum SwitchReturn {
    Question(usize),
    CheckAnswers,
}

impl SwitchReturn {
    pub fn as_field(&self) -> String {
        match self {
            SwitchReturn::Question(number) => number.to_string(),
            SwitchReturn::CheckAnswers => "check".to_owned(),
        }
    }
}

pub struct FormatSwitch<'a> {
    pub slug: &'a Slug,
    pub current: ResponseFormat,
    pub back_to: SwitchReturn,
    pub csrf_token: &'a str,
}

/// The row above a survey page's heading: Back on the left, "Reading help" on the right. The tools
/// sit folded inside "Reading help" (a native disclosure: a button to screen readers and the
/// keyboard), so with the largest text the question still starts on the first screen.
pub fn render(
    back_href: Option<&str>,
    switch: Option<&FormatSwitch<'_>>,
    read_aloud: bool,
) -> Markup {
    let words = Words::new(switch.map_or(page_context::current().reading, |switch| switch.current));
    html! {
        div class="top-bar" {
            @if let Some(href) = back_href { (back_link(href)) }
            details class="page-tools" {
                summary class="page-tools__summary" { (words.t("reading-help")) }
                div class="page-tools__items" {
                    @if let Some(switch) = switch {
                        @let (other, label) = match switch.current {
                            ResponseFormat::Standard => (ResponseFormat::EasyRead, words.t("switch-to-easy-read")),
                            ResponseFormat::EasyRead => (ResponseFormat::Standard, words.t("switch-to-standard")),
                        };
                        form class="page-tools__item" method="post" action={ "/s/" (switch.slug) "/format" } novalidate {
                            (csrf_field(switch.csrf_token))
                            input type="hidden" name="format" value=(other.as_str());
                            input type="hidden" name="page" value=(switch.back_to.as_field());
                            button class="link-button" type="submit" { (label) }
                        }
                    }
                    a class="page-tools__item" href=(display_options_href()) { (words.t("display-options-link")) }
                    a class="page-tools__item" href=(language_href()) { (words.t("language-link")) }
                    @if read_aloud {
                        div class="page-tools__item read-aloud" id="read-aloud"
                            data-read=(words.t("read-aloud")) data-stop=(words.t("read-aloud-stop")) {}
                    }
                }
            }
        }
    }
}
