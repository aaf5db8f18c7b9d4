//! "Need to talk to someone now?": linked from the header of every page.

use maud::{Markup, html};

use super::components::{back_link, easy_read_lines, support_contacts};
use super::easy_read_words as words;
use super::layout::{self, Page};
use crate::domain::support::SupportContact;
use crate::domain::survey::ResponseFormat;

/// The help page in the young person's format, with a way back to the page they came from (a
/// path on this site, checked by the caller) when there is one.
pub fn render(
    contacts: &[SupportContact],
    format: ResponseFormat,
    back_to: Option<&str>,
) -> Markup {
    if format == ResponseFormat::EasyRead {
        let content = html! {
            @if let Some(href) = back_to { (back_link(href)) }
            h1 { (words::HELP_TITLE) }
            (easy_read_lines(words::HELP))
            (support_contacts(contacts))
            (easy_read_lines(words::HELP_ADULT))
        };
        let page = Page {
            format: ResponseFormat::EasyRead,
            ..Page::new(words::HELP_TITLE)
        };
        return layout::render(&page, content);
    }
    let content = html! {
        @if let Some(href) = back_to { (back_link(href)) }
        h1 { "Need to talk to someone now?" }
        p class="lead" {
            "You do not have to deal with things on your own. These people will listen. "
            "Talking to them is free and you do not have to give your name."
        }
        (support_contacts(contacts))
        p { "You can also talk to an adult you trust, like a teacher, youth worker, doctor or family member." }
        @if back_to.is_some() {
            p { "Your answers so far are saved." }
        }
    };
    layout::render(&Page::new("Need to talk to someone now?"), content)
}
