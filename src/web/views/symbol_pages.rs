//! The symbol library: every symbol with its alt text and licence, and uploading one.

use maud::{Markup, html};

use super::components::{
    TextInput, csrf_field, error_message, problems_summary, symbol, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::field_problem::FieldProblem;
use crate::domain::staff::StaffUser;
use crate::domain::symbols::SymbolLibrary;

pub struct SymbolsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub library: &'a SymbolLibrary,
    pub form: (&'a str, &'a str, &'a str),
    pub problems: &'a [FieldProblem],
    pub notice: Option<&'a str>,
}

pub fn symbols(view: &SymbolsView<'_>) -> Markup {
    let w = StaffWords;
    let worded = StaffWords.worded(view.problems);
    let problem = |field: &str| worded.about(field);
    let (name, alt, licence) = view.form;
    let labels = [
        w.t("staff-symbols-name"),
        w.t("staff-symbols-alt"),
        w.t("staff-symbols-licence"),
    ];
    let hints = [
        w.t("staff-symbols-name-hint"),
        w.t("staff-symbols-licence-hint"),
    ];
    let content = html! {
        (problems_summary(view.problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (w.t("staff-symbols-title")) }
        p { (w.t("staff-symbols-lead")) }
        h2 { (w.t("staff-symbols-add")) }
        form method="post" action="/staff/symbols" enctype="multipart/form-data" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: name, error: problem("name"),
                hint: Some(&hints[0]),
                ..TextInput::new("name", &labels[0]) }))
            (text_input(&TextInput { value: alt, error: problem("alt"), ..TextInput::new("alt", &labels[1]) }))
            (text_input(&TextInput { value: licence, error: problem("licence"),
                hint: Some(&hints[1]),
                ..TextInput::new("licence", &labels[2]) }))
            div class=(if problem("file").is_some() { "form-group form-group--error" } else { "form-group" }) {
                label class="label" for="file" { (w.t("staff-symbols-file")) }
                p class="hint" id="file-hint" { (w.t("staff-symbols-file-hint")) }
                @if let Some(message) = problem("file") { (error_message("file-error", message)) }
                input class="file-upload" id="file" name="file" type="file" accept=".png,.svg,image/png,image/svg+xml"
                    aria-describedby={ "file-hint" @if problem("file").is_some() { " file-error" } };
            }
            button class="button" type="submit" { (w.t("staff-symbols-add-button")) }
        }
        h2 { (w.with("staff-symbols-all", &[("count", view.library.len().into())])) }
        ul class="symbol-list" {
            @for record in view.library.iter() {
                li {
                    (symbol(&record.name, "symbol-list__picture"))
                    span { strong { (record.name) } br; (record.alt) br; span class="hint" { (record.licence) } }
                }
            }
        }
    };
    staff_shell::render(
        &w.t("staff-symbols-title"),
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
