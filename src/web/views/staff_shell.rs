//! The shell of staff pages: who is signed in, and the way out.

use maud::{Markup, html};

use super::components::button_form;
use super::layout::{self, Page};
use crate::domain::staff::StaffUser;

pub fn render(
    title: &str,
    has_error: bool,
    signed_in: Option<(&StaffUser, &str)>,
    content: Markup,
) -> Markup {
    let page = Page {
        title,
        has_error,
        service_name: "youthvoice staff",
        service_href: "/staff",
        format: crate::domain::survey::ResponseFormat::Standard,
        footer_note: Some(
            "Staff pages. What young people wrote stays here: do not copy, share or \
                      photograph it.",
        ),
    };
    let content = html! {
        @if let Some((user, csrf_token)) = signed_in {
            div class="staff-bar" {
                p { "Signed in as " strong { (user.display_name) } " (" (user.role) ")" }
                (button_form("/staff/sign-out", csrf_token, "Sign out", true))
            }
        }
        (content)
    };
    layout::render(&page, content)
}
