//! "Need to talk to someone now?": linked from the header of every page.

use maud::{Markup, html};

use super::components::{back_link, easy_read_lines, support_contacts};
use super::easy_read_words as lines;
use super::layout::{self, Page};
use super::words::Words;
use crate::domain::support::SupportContact;
use crate::domain::survey::ResponseFormat;

/// The help page in the young person's format, with a way back to the page they came from (a
/// path on this site, checked by the caller) when there is one.
pub fn render(
    contacts: &[SupportContact],
    format: ResponseFormat,
    back_to: Option<&str>,
) -> Markup {
    let words = Words::new(format);
    let title = words.t("help-title");
    let content = html! {
        @if let Some(href) = back_to { (back_link(href)) }
        h1 { (title) }
        @if words.is_easy_read() {
            (easy_read_lines(&words.lines(lines::HELP)))
            (support_contacts(contacts))
            (easy_read_lines(&words.lines(lines::HELP_ADULT)))
        } @else {
            p class="lead" { (words.t("help-lead")) }
            (support_contacts(contacts))
            p { (words.t("help-adult")) }
        }
        @if back_to.is_some() {
            p { (words.t("help-saved")) }
        }
    };
    let page = Page {
        format,
        ..Page::new(&title)
    };
    layout::render(&page, content)
}
