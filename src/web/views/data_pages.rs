//! "Data": each wave's responses as a CSV download, and importing earlier waves, for admins and
//! analysts.

use maud::{Markup, html};

use super::import_pages::{self, UploadChoices};
use super::staff_shell;
use crate::domain::field_problem::FieldProblem;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;

/// A wave and how many responses it holds.
pub struct WaveData<'a> {
    pub survey: &'a Survey,
    pub responses: i64,
    /// Only the published totals of this wave survive.
    pub totals_only: bool,
}

pub struct DataView<'a> {
    pub me: &'a StaffUser,
    pub waves: &'a [WaveData<'a>],
    pub notice: Option<&'a str>,
    pub upload_choices: &'a UploadChoices,
    pub upload_problems: &'a [FieldProblem],
    pub csrf_token: &'a str,
}

pub fn data(view: &DataView<'_>) -> Markup {
    let waves = view.waves;
    let surveys: Vec<&Survey> = waves.iter().map(|wave| wave.survey).collect();
    let content = html! {
        (import_pages::upload_errors(view.upload_problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        h1 { "Data" }
        p {
            "Download a wave\u{2019}s responses as a CSV file for a spreadsheet: one row per "
            "response, one column per question, each answer written as its code (for example "
            "strongly_agree). Every download is written to the audit log."
        }
        p class="notice" {
            "The file holds free-text answers exactly as young people wrote them, before any "
            "checking by VOXY reps. Keep it on a council device and delete it when you are done."
        }
        h2 { "Waves" }
        // A list, not a table: with the largest text a table would not fit a phone.
        ul class="wave-list" {
            @for wave in waves {
                li {
                    strong { (wave.survey.title) }
                    br;
                    @if wave.totals_only {
                        "Published totals only"
                    } @else {
                        (wave.responses) @if wave.responses == 1 { " response" } @else { " responses" }
                        @if wave.responses > 0 {
                            br;
                            a href={ "/staff/data/" (wave.survey.slug) "/responses.csv" } {
                                "Responses (CSV)"
                                span class="visually-hidden" { " for " (wave.survey.title) }
                            }
                        }
                    }
                }
            }
        }
        (import_pages::upload_form(&surveys, view.upload_choices, view.upload_problems, view.csrf_token))
    };
    staff_shell::render(
        "Data",
        !view.upload_problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
