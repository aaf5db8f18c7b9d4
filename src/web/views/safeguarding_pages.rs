//! Flagged answers, for the safeguarding lead: the words, the wave, when, and whether dealt with.

use maud::{Markup, html};

use super::components::button_form;
use super::staff_shell;
use crate::domain::answer_under_review::FlaggedAnswer;
use crate::domain::staff::StaffUser;

pub struct FlagsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub flags: &'a [FlaggedAnswer],
    pub lead_configured: bool,
    pub notice: Option<&'a str>,
}

pub fn flags(view: &FlagsView<'_>) -> Markup {
    let waiting = view
        .flags
        .iter()
        .filter(|flag| flag.handled.is_none())
        .count();
    let content = html! {
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        h1 { "Safeguarding flags" }
        @if !view.lead_configured {
            div class="warning-text" {
                p {
                    strong { "No safeguarding lead is set up, so flags are not emailed to anyone. " }
                    "Set SAFEGUARDING_LEAD_EMAIL and restart youthvoice, and check this page every day until then."
                }
            }
        }
        p {
            "Answers that VOXY reps are worried about. The survey is anonymous: the words and the wave "
            "are everything there is to know about who wrote them. Follow your safeguarding procedure, "
            "then mark each one as handled. If a flag was raised by mistake, withdraw it: the answer "
            "goes back to the queue to be read afresh."
        }
        p { strong { (waiting) } @if waiting == 1 { " flag is" } @else { " flags are" } " waiting." }
        @for flag in view.flags {
            section class="queue__item" aria-label={ "Flagged " (flag.flagged_at.format("%-d %B %Y at %H:%M")) } {
                p class="caption" { (flag.survey_title) " \u{2013} flagged " (flag.flagged_at.format("%-d %B %Y at %H:%M")) " UTC" }
                blockquote class="answer" { (flag.text) }
                @match &flag.handled {
                    Some((who, at)) => p class="hint" { "Handled by " (who) " on " (at.format("%-d %B %Y at %H:%M")) " UTC." },
                    None => div class="button-group" {
                        (button_form(&format!("/staff/safeguarding/{}/handled", flag.id), view.csrf_token, "Mark as handled", false))
                        (button_form(&format!("/staff/safeguarding/{}/withdraw", flag.id), view.csrf_token, "Withdraw: flagged by mistake", true))
                    },
                }
            }
        }
    };
    staff_shell::render(
        "Safeguarding flags",
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}
