//! "Data": each wave's responses as a CSV download, for admins and analysts.

use maud::{Markup, html};

use super::staff_shell;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;

/// A wave and how many responses it holds.
pub struct WaveData<'a> {
    pub survey: &'a Survey,
    pub responses: i64,
}

pub fn data(me: &StaffUser, waves: &[WaveData<'_>], csrf_token: &str) -> Markup {
    let content = html! {
        h1 { "Data" }
        p {
            "Download a wave\u{2019}s responses as a CSV file: one row per response, one column per "
            "question, as described in the README. Every download is written to the audit log."
        }
        p class="notice" {
            "The file holds free-text answers exactly as young people wrote them, before any "
            "checking by VOXY reps. Keep it on a council device and delete it when you are done."
        }
        div class="table-wrap" {
            table class="table" {
                caption class="visually-hidden" { "Waves and their responses" }
                thead { tr { th scope="col" { "Wave" } th scope="col" { "Responses" } th scope="col" { "Download" } } }
                tbody {
                    @for wave in waves {
                        tr {
                            th scope="row" { (wave.survey.title) }
                            td { (wave.responses) }
                            td {
                                @if wave.responses > 0 {
                                    a href={ "/staff/data/" (wave.survey.slug) "/responses.csv" } {
                                        "Responses (CSV)"
                                        span class="visually-hidden" { " for " (wave.survey.title) }
                                    }
                                } @else {
                                    "No responses to download"
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    staff_shell::render("Data", false, Some((me, csrf_token)), content)
}
