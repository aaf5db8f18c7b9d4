//! Importing a CSV file on the Data page: the upload form, then the check of the uploaded file with
//! its first rows, before anything is stored.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, choice, csrf_field, error_message, error_summary,
    problems_summary,
};
use super::staff_shell;
use crate::app::imports::preview::FilePreview;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::SurveyId;
use crate::domain::import_kind::ImportKind;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;
use crate::domain::wide_csv::ImportProblem;

/// What the upload form was sent with, to show it again beside its problems.
#[derive(Debug, Default)]
pub struct UploadChoices {
    pub survey: Option<SurveyId>,
    pub kind: Option<ImportKind>,
}

pub fn upload_errors(problems: &[FieldProblem]) -> Markup {
    problems_summary(problems)
}

pub fn upload_form(
    waves: &[&Survey],
    choices: &UploadChoices,
    problems: &[FieldProblem],
    csrf_token: &str,
) -> Markup {
    let worded = StaffWords.worded(problems);
    let problem = |field: &str| worded.about(field);
    let group_class = |field: &str| {
        if problem(field).is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    html! {
        h2 id="import" { (StaffWords.t("staff-imports-import-a-file")) }
        p {
            (StaffWords.t("staff-imports-bring-in-an-earlier-wave"))
        }
        form method="post" action="/staff/data/imports" enctype="multipart/form-data" novalidate {
            (csrf_field(csrf_token))
            div class=(group_class("survey")) {
                label class="label" for="survey" { (StaffWords.t("staff-imports-wave")) }
                @if let Some(message) = problem("survey") { (error_message("survey-error", message)) }
                select class="select" id="survey" name="survey"
                    aria-describedby=[problem("survey").map(|_| "survey-error")] {
                    option value="" { (StaffWords.t("staff-imports-choose-a-wave")) }
                    @for wave in waves {
                        option value=(wave.id) selected[choices.survey == Some(wave.id)] { (wave.title) }
                    }
                }
            }
            div class=(group_class("kind")) {
                fieldset aria-describedby=[problem("kind").map(|_| "kind-error")] {
                    legend class="label" { (StaffWords.t("staff-imports-what-the-file-holds")) }
                    @if let Some(message) = problem("kind") { (error_message("kind-error", message)) }
                    @for kind in ImportKind::ALL {
                        @let id = if kind == ImportKind::Responses { "kind".to_owned() } else { format!("kind-{}", kind.as_str()) };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "kind",
                            value: kind.as_str(),
                            checked: choices.kind == Some(kind),
                            with_symbol: false,
                        }, kind_description(kind)))
                    }
                }
            }
            div class=(group_class("file")) {
                label class="label" for="file" { (StaffWords.t("staff-imports-csv-file")) }
                p class="hint" id="file-hint" { (StaffWords.t("staff-imports-saved-as-csv-utf-8")) }
                @if let Some(message) = problem("file") { (error_message("file-error", message)) }
                input class="file-upload" id="file" name="file" type="file" accept=".csv,text/csv"
                    aria-describedby={ "file-hint" @if problem("file").is_some() { " file-error" } };
            }
            button class="button" type="submit" { (StaffWords.t("staff-imports-upload-and-check")) }
        }
    }
}

fn kind_description(kind: ImportKind) -> Markup {
    match kind {
        ImportKind::Responses => html! {
            (StaffWords.t("staff-imports-kind-responses")) code { "response_id,submitted_on,format," } (StaffWords.t("staff-imports-kind-responses-then"))
        },
        ImportKind::Totals => html! {
            (StaffWords.t("staff-imports-kind-totals")) " " code { "question_key,option_value,count" }
            (StaffWords.t("staff-imports-kind-totals-for"))
        },
    }
}

/// What the wave already holds, which decides what confirming the import will do to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaveHolds {
    pub responses: i64,
    pub totals: bool,
}

/// The uploaded file, checked, waiting for confirmation.
pub struct CheckView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub action: &'a str,
    pub cancel_action: &'a str,
    pub file_name: &'a str,
    pub kind: ImportKind,
    pub survey: &'a Survey,
    pub preview: &'a FilePreview,
    /// How many responses or totals are ready, or every problem found.
    pub check: Result<usize, &'a [ImportProblem]>,
    pub holds: WaveHolds,
    /// Why the last attempt to confirm was refused.
    pub refusal: Option<&'a str>,
}

/// How many rows of an uploaded file its check page shows.
pub const PREVIEW_ROWS: usize = 5;

pub fn check(view: &CheckView<'_>) -> Markup {
    let content = html! {
        @if let Some(refusal) = view.refusal {
            (error_summary(&[FieldError { field_id: "mode", message: refusal }]))
        }
        a class="back-link" href="/staff/data" { (StaffWords.t("staff-imports-back-to-data")) }
        h1 { (StaffWords.t("staff-imports-check-the-file-before-importing")) }
        dl class="summary-list" {
            (summary_row(&StaffWords.t("staff-imports-file"), html! { (view.file_name) }))
            (summary_row(&StaffWords.t("staff-imports-wave"), html! { (view.survey.title) }))
            (summary_row(&StaffWords.t("staff-imports-what-it-holds"), kind_description(view.kind)))
            (summary_row(&StaffWords.t("staff-imports-rows-after-the-first-line"), html! { (view.preview.total_rows) }))
        }
        @match view.check {
            Err(problems) => {
                div class="error-summary" role="alert" aria-labelledby="problems-title" tabindex="-1" {
                    h2 id="problems-title" { (StaffWords.t("staff-imports-this-file-cannot-be-imported")) }
                    p { (StaffWords.t("staff-imports-nothing-has-been-stored-fix")) }
                }
                ul class="problem-list" aria-label=(StaffWords.t("staff-imports-problems-found-in-the-file")) {
                    @for problem in problems.iter() {
                        li {
                            @if problem.line > 0 {
                                strong { (StaffWords.with("staff-imports-problem-line", &[("line", problem.line.into())])) }
                                @if let Some(column) = &problem.column { ", " (StaffWords.t("staff-imports-problem-column")) " " code { (column) } }
                            } @else {
                                strong { (StaffWords.t("staff-imports-whole-file")) }
                                @if let Some(column) = &problem.column { ", " code { (column) } }
                            }
                            ": " (StaffWords.message(&problem.message))
                        }
                    }
                }
                (preview_table(view.preview))
                form class="inline-form" method="post" action=(view.cancel_action) novalidate {
                    (csrf_field(view.csrf_token))
                    button class="button" type="submit" { (StaffWords.t("staff-imports-delete-this-upload")) }
                }
            }
            Ok(ready) => {
                p class="notice" role="status" {
                    (StaffWords.with(ready_message(view.kind), &[
                        ("count", ready.into()),
                        ("wave", view.survey.title.as_str().into()),
                    ]))
                }
                (preview_table(view.preview))
                (confirm_form(view, ready))
            }
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-imports-check-the-file-before-importing"),
        view.refusal.is_some() || view.check.is_err(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

fn summary_row(key: &str, value: Markup) -> Markup {
    html! {
        div class="summary-list__row" {
            dt class="summary-list__key" { (key) }
            dd class="summary-list__value" { (value) }
        }
    }
}

fn preview_table(preview: &FilePreview) -> Markup {
    html! {
        h2 { (StaffWords.t("staff-imports-the-first-rows-of-the")) }
        @if preview.rows.is_empty() {
            p { (StaffWords.t("staff-imports-the-file-has-no-rows")) }
        } @else {
            p class="hint" {
                (StaffWords.with("staff-imports-preview-rows", &[
                    ("shown", preview.rows.len().into()),
                    ("total", preview.total_rows.into()),
                ]))
            }
            // Scrolls sideways inside its own box: a wide file must not widen the page.
            div class="table-wrap" role="region" aria-labelledby="preview-caption" tabindex="0" {
                table class="table table--preview" {
                    caption id="preview-caption" class="visually-hidden" { (StaffWords.t("staff-imports-the-first-rows-of-the")) }
                    thead { tr { @for name in &preview.header { th scope="col" { (name) } } } }
                    tbody {
                        @for row in &preview.rows {
                            tr { @for cell in row { td { (cell) } } }
                        }
                    }
                }
            }
        }
    }
}

/// The choice (when the wave already holds data) and the button that stores the file.
/// "Every row passed the checks: 120 responses are ready to import into Be Supported 2021."
fn ready_message(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Responses => "staff-imports-ready-responses",
        ImportKind::Totals => "staff-imports-ready-totals",
    }
}

fn import_button(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Responses => "staff-imports-import-responses",
        ImportKind::Totals => "staff-imports-import-totals",
    }
}

fn confirm_form(view: &CheckView<'_>, ready: usize) -> Markup {
    let holds = view.holds;
    let blocked = view.kind == ImportKind::Totals && holds.responses > 0;
    html! {
        @if blocked {
            p class="notice" {
                (StaffWords.with("staff-imports-totals-blocked", &[
                    ("wave", view.survey.title.as_str().into()),
                    ("count", holds.responses.into()),
                ]))
            }
            form class="inline-form" method="post" action=(view.cancel_action) novalidate {
                (csrf_field(view.csrf_token))
                button class="button" type="submit" { (StaffWords.t("staff-imports-delete-this-upload")) }
            }
        } @else {
            form method="post" action=(view.action) novalidate {
                (csrf_field(view.csrf_token))
                (mode_choice(view.kind, holds, view.refusal))
                div class="button-group" {
                    button class="button" type="submit" { (StaffWords.with(import_button(view.kind), &[("count", ready.into())])) }
                }
            }
            form class="inline-form" method="post" action=(view.cancel_action) novalidate {
                (csrf_field(view.csrf_token))
                button class="button button--secondary" type="submit" { (StaffWords.t("staff-imports-cancel-and-delete-the-upload")) }
            }
        }
    }
}

/// Asks what to do with what the wave holds; nothing to ask about an empty wave.
fn mode_choice(kind: ImportKind, holds: WaveHolds, refusal: Option<&str>) -> Markup {
    let options: Vec<(&str, String)> = match kind {
        ImportKind::Responses if holds.totals => vec![(
            "replace",
            StaffWords.t("staff-imports-delete-the-published-totals-it"),
        )],
        ImportKind::Responses if holds.responses > 0 => vec![
            (
                "append",
                StaffWords.with(
                    "staff-imports-mode-append",
                    &[("count", holds.responses.into())],
                ),
            ),
            (
                "replace",
                StaffWords.with(
                    "staff-imports-mode-replace",
                    &[("count", holds.responses.into())],
                ),
            ),
        ],
        ImportKind::Totals if holds.totals => vec![(
            "replace",
            StaffWords.t("staff-imports-replace-the-published-totals-it"),
        )],
        _ => Vec::new(),
    };
    if options.is_empty() {
        return html! {};
    }
    let legend = match (kind, holds.totals) {
        (ImportKind::Responses, false) => StaffWords.with(
            "staff-imports-mode-legend",
            &[("count", holds.responses.into())],
        ),
        _ => StaffWords.t("staff-imports-the-wave-already-has-published"),
    };
    // A single "yes" is a checkbox; a choice between two is a pair of radios.
    let choice_kind = if options.len() == 1 {
        ChoiceKind::Checkbox
    } else {
        ChoiceKind::Radio
    };
    html! {
        div class=(if refusal.is_some() { "form-group form-group--error" } else { "form-group" }) {
            fieldset aria-describedby=[refusal.map(|_| "mode-error")] {
                legend class="label" { (legend) }
                @if let Some(message) = refusal { (error_message("mode-error", message)) }
                @for (index, (value, label)) in options.iter().enumerate() {
                    @let id = if index == 0 { "mode".to_owned() } else { format!("mode-{value}") };
                    (choice(&Choice {
                        kind: choice_kind,
                        id: &id,
                        name: "mode",
                        value,
                        checked: false,
                        with_symbol: false,
                    }, html! { (label) }))
                }
            }
        }
    }
}
