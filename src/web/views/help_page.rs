//! "Need to talk to someone now?": linked from the header of every page.

use maud::{Markup, html};

use super::components::support_contacts;
use super::layout::{self, Page};
use crate::domain::support::SupportContact;

pub fn render(contacts: &[SupportContact]) -> Markup {
    let content = html! {
        h1 { "Need to talk to someone now?" }
        p class="lead" {
            "You do not have to deal with things on your own. These people will listen. "
            "Talking to them is free and you do not have to give your name."
        }
        (support_contacts(contacts))
        p { "You can also talk to an adult you trust, like a teacher, youth worker, doctor or family member." }
        p { "Use your browser\u{2019}s back button to go back to the survey. Your answers so far are saved." }
    };
    layout::render(&Page::new("Need to talk to someone now?"), content)
}
