//! A wave's translations for staff: how far each language is, the translators' sheet to
//! download, a filled sheet to upload, and removing a language.

use maud::{Markup, html};

use super::components::{button_form, csrf_field};
use super::language_page::own_name;
use super::staff_shell;
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
    let survey = view.survey;
    let base = format!("/staff/surveys/{}/translations", survey.slug);
    let readable = survey.languages();
    let gaps = survey.translation_gaps();
    let title = format!("Translations of {}", survey.title);
    let content = html! {
        a class="back-link" href={ "/staff/surveys/" (survey.slug) } { "Back to the wave" }
        @if !view.problems.is_empty() {
            div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 id="error-summary-title" { "The sheet was not stored" }
                p { "Nothing changed. Fix these in the sheet and upload it again:" }
                ul class="problem-list" {
                    @for problem in view.problems { li { (problem) } }
                }
            }
        }
        @if let Some(done) = view.done {
            div class="notice" role="status" { p { (done_message(done)) } }
        }
        h1 { (title) }
        p {
            "Young people read this wave in a language only when all of it is translated: the start "
            "page and every question and answer, in standard words and in Easy Read. A wave that "
            "is only partly translated into a language cannot open."
        }
        // One block per language rather than a table: nothing scrolls sideways on a phone.
        @for language in view.offered {
            @let missing = gaps.iter().find(|(gap, _)| gap == language).map(|(_, missing)| missing.len());
            div class="inset" {
                h2 { span lang=(language.as_str()) { (own_name(language)) } " (" (language) ")" }
                p {
                    @if readable.contains(language) { "Translated: young people can read this wave in this language." }
                    @else if let Some(count) = missing { "Partly translated: " (count) " places still to translate." }
                    @else { "Not translated." }
                }
                p { a href={ (base) "/" (language) "/sheet.csv" } { "Download the sheet" span class="visually-hidden" { " for " (language) } } }
                @if readable.contains(language) || missing.is_some() {
                    (button_form(&format!("{base}/{language}/remove"), view.csrf_token, &format!("Remove the {language} translation"), true))
                }
            }
        }
        h2 { "Upload a filled sheet" }
        p {
            "Give the sheet to a translator: each row has the English beside an empty translation, "
            "and Easy Read rows carry the Easy Read rules. Save it from the spreadsheet as "
            "\u{201c}CSV UTF-8\u{201d}. A sheet is stored whole or not at all."
        }
        form method="post" action=(base) enctype="multipart/form-data" novalidate {
            (csrf_field(view.csrf_token))
            div class="form-group" {
                label class="label" for="language" { "Language" }
                select id="language" name="language" class="input" {
                    @for language in view.offered {
                        option value=(language.as_str()) { (own_name(language)) " (" (language) ")" }
                    }
                }
            }
            div class="form-group" {
                label class="label" for="file" { "The filled sheet (CSV)" }
                input class="input" id="file" name="file" type="file" accept=".csv,text/csv";
            }
            button class="button" type="submit" { "Store the translation" }
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
        "imported" => {
            "The translation is stored. Young people who choose the language now read this wave in it."
        }
        "removed" => {
            "The translation is removed. Young people who chose that language read this wave in English."
        }
        _ => "Done.",
    }
}
