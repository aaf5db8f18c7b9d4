//! Flagged answers, for the safeguarding lead: the words, the wave, when, and whether dealt with.

use maud::{Markup, html};

use super::components::button_form;
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
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
    let w = StaffWords;
    let when = |at: &chrono::NaiveDateTime| at.format("%-d %B %Y at %H:%M").to_string();
    let content = html! {
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (w.t("staff-flags-title")) }
        @if !view.lead_configured {
            div class="warning-text" {
                p {
                    strong { (w.t("staff-flags-no-lead")) " " }
                    (w.t("staff-flags-no-lead-then"))
                }
            }
        }
        p { (w.t("staff-flags-lead")) }
        p { strong { (waiting) } " " (w.with("staff-flags-waiting", &[("count", waiting.into())])) }
        @for flag in view.flags {
            section class="queue__item" aria-label=(w.with("staff-flags-flagged-label", &[("when", when(&flag.flagged_at).into())])) {
                p class="caption" { (w.with("staff-flags-flagged", &[("wave", flag.survey_title.as_str().into()), ("when", when(&flag.flagged_at).into())])) }
                blockquote class="answer" { (flag.text) }
                @match &flag.handled {
                    Some((who, at)) => p class="hint" { (w.with("staff-flags-handled", &[("who", who.as_str().into()), ("when", when(at).into())])) },
                    None => div class="button-group" {
                        (button_form(&format!("/staff/safeguarding/{}/handled", flag.id), view.csrf_token, &w.t("staff-flags-mark-handled"), false))
                        (button_form(&format!("/staff/safeguarding/{}/withdraw", flag.id), view.csrf_token, &w.t("staff-flags-withdraw"), true))
                    },
                }
            }
        }
    };
    staff_shell::render(
        &w.t("staff-flags-title"),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}
