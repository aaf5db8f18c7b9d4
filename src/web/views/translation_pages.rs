//! A wave's translations for staff: how far each language is, the translators' sheet to
//! download, a filled sheet to upload, and removing a language.

use maud::{Markup, html};

use super::components::{button_form, csrf_field};
use super::language_page::own_name;
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;
use crate::domain::wide_csv::ImportProblem;
use crate::domain::wording::Language;

pub struct TranslationsView<'a> {
    pub me: &'a StaffUser,
    pub survey: &'a Survey,
    /// Every language the pages can be written in, English aside.
    pub offered: &'a [Language],
    /// The upload's problems, when a sheet was refused.
    pub problems: &'a [ImportProblem],
    pub done: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn render(view: &TranslationsView<'_>) -> Markup {
    let w = StaffWords;
    let survey = view.survey;
    let base = format!("/staff/surveys/{}/translations", survey.slug);
    let readable = survey.languages();
    let gaps = survey.translation_gaps();
    let title = w.with(
        "staff-translations-title",
        &[("wave", survey.title.as_str().into())],
    );
    let content = html! {
        a class="back-link" href={ "/staff/surveys/" (survey.slug) } { (w.t("staff-translations-back")) }
        @if !view.problems.is_empty() {
            div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 id="error-summary-title" { (w.t("staff-translations-refused")) }
                p { (w.t("staff-translations-refused-lead")) }
                ul class="problem-list" {
                    @for problem in view.problems { li { (w.import_problem(problem)) } }
                }
            }
        }
        @if let Some(done) = view.done {
            div class="notice" role="status" { p { (w.t(done_message(done))) } }
        }
        h1 { (title) }
        p { (w.t("staff-translations-lead")) }
        // One block per language rather than a table: nothing scrolls sideways on a phone.
        @for language in view.offered {
            @let missing = gaps.iter().find(|(gap, _)| gap == language).map(|(_, missing)| missing.len());
            @let tag = [("language", language.as_str().into())];
            div class="inset" {
                h2 { span lang=(language.as_str()) { (own_name(language)) } " (" (language) ")" }
                p {
                    @if readable.contains(language) { (w.t("staff-translations-done")) }
                    @else if let Some(count) = missing { (w.with("staff-translations-partly", &[("count", count.into())])) }
                    @else { (w.t("staff-translations-not")) }
                }
                p { a href={ (base) "/" (language) "/sheet.csv" } {
                    (w.t("staff-translations-sheet"))
                    span class="visually-hidden" { " " (w.with("staff-translations-sheet-for", &tag)) }
                } }
                @if readable.contains(language) || missing.is_some() {
                    (button_form(&format!("{base}/{language}/remove"), view.csrf_token, &w.with("staff-translations-remove", &tag), true))
                }
            }
        }
        h2 { (w.t("staff-translations-upload")) }
        p { (w.t("staff-translations-upload-lead")) }
        form method="post" action=(base) enctype="multipart/form-data" novalidate {
            (csrf_field(view.csrf_token))
            div class="form-group" {
                label class="label" for="language" { (w.t("staff-translations-language")) }
                select id="language" name="language" class="input" {
                    @for language in view.offered {
                        option value=(language.as_str()) { (own_name(language)) " (" (language) ")" }
                    }
                }
            }
            div class="form-group" {
                label class="label" for="file" { (w.t("staff-translations-file")) }
                input class="input" id="file" name="file" type="file" accept=".csv,text/csv";
            }
            button class="button" type="submit" { (w.t("staff-translations-store")) }
        }
    };
    staff_shell::render(
        &title,
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

fn done_message(done: &str) -> &'static str {
    match done {
        "imported" => "staff-translations-done-imported",
        "removed" => "staff-translations-done-removed",
        _ => "staff-translations-done-other",
    }
}
