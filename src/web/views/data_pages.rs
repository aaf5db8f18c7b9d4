//! "Data": each wave's responses as a CSV download, and importing earlier waves, for admins and
//! analysts.

use maud::{Markup, html};

use super::import_pages::{self, UploadChoices};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
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
    let w = StaffWords;
    let content = html! {
        (import_pages::upload_errors(view.upload_problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (w.t("staff-data-title")) }
        p { (w.t("staff-data-lead")) }
        p class="notice" { (w.t("staff-data-warning")) }
        h2 { (w.t("staff-data-waves")) }
        // A list, not a table: with the largest text a table would not fit a phone.
        ul class="wave-list" {
            @for wave in waves {
                li {
                    strong { (wave.survey.title) }
                    br;
                    @if wave.totals_only {
                        (w.t("staff-data-totals-only"))
                    } @else {
                        (w.with("staff-data-responses", &[("count", wave.responses.into())]))
                        @if wave.responses > 0 {
                            br;
                            a href={ "/staff/data/" (wave.survey.slug) "/responses.csv" } {
                                (w.t("staff-data-csv"))
                                span class="visually-hidden" { " " (w.with("staff-data-csv-for", &[("wave", wave.survey.title.as_str().into())])) }
                            }
                        }
                    }
                }
            }
        }
        (import_pages::upload_form(&surveys, view.upload_choices, view.upload_problems, view.csrf_token))
    };
    staff_shell::render(
        &w.t("staff-data-title"),
        !view.upload_problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
