//! The shell of staff pages: who is signed in, and the way out, in the staff catalogue's words.

use maud::{Markup, html};

use super::components::button_form;
use super::layout::{self, Page};
use crate::catalogue::staff_words::StaffWords;
use crate::domain::staff::StaffUser;

pub fn render(
    title: &str,
    has_error: bool,
    signed_in: Option<(&StaffUser, &str)>,
    content: Markup,
) -> Markup {
    let w = StaffWords;
    let (service_name, footer) = (w.t("staff-service-name"), w.t("staff-footer"));
    let page = Page {
        title,
        has_error,
        service_name: &service_name,
        service_href: "/staff",
        format: crate::domain::survey::ResponseFormat::Standard,
        footer_note: Some(&footer),
    };
    let content = html! {
        @if let Some((user, csrf_token)) = signed_in {
            div class="staff-bar" {
                p { (w.t("staff-signed-in-as")) " " strong { (user.display_name) } " (" (user.role) ")" }
                (button_form("/staff/sign-out", csrf_token, &w.t("staff-sign-out"), true))
            }
        }
        (content)
    };
    layout::render(&page, content)
}
