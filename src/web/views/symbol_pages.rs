//! The symbol library: every symbol with its alt text and licence, and uploading one.

use maud::{Markup, html};

use super::components::{
    TextInput, csrf_field, error_message, problems_summary, symbol, text_input,
};
use super::staff_shell;
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
    let problem = |field: &str| FieldProblem::message_for(view.problems, field);
    let (name, alt, licence) = view.form;
    let content = html! {
        (problems_summary(view.problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        h1 { "Symbols" }
        p {
            "Easy Read shows a symbol beside every question and answer. Add your own, for example from "
            "a symbol set your council licenses. Each needs words that describe it and its licence."
        }
        h2 { "Add a symbol" }
        form method="post" action="/staff/symbols" enctype="multipart/form-data" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: name, error: problem("name"),
                hint: Some("Lower-case letters, digits and hyphens, such as bus-stop. Choose it by this name in the question editor."),
                ..TextInput::new("name", "Name") }))
            (text_input(&TextInput { value: alt, error: problem("alt"), ..TextInput::new("alt", "What the picture shows") }))
            (text_input(&TextInput { value: licence, error: problem("licence"),
                hint: Some("Such as CC BY 4.0, or the name of your licence."),
                ..TextInput::new("licence", "Licence") }))
            div class=(if problem("file").is_some() { "form-group form-group--error" } else { "form-group" }) {
                label class="label" for="file" { "Picture" }
                p class="hint" id="file-hint" { "A PNG or SVG file, 200 KB or smaller. Square pictures look best." }
                @if let Some(message) = problem("file") { (error_message("file-error", message)) }
                input class="file-upload" id="file" name="file" type="file" accept=".png,.svg,image/png,image/svg+xml"
                    aria-describedby={ "file-hint" @if problem("file").is_some() { " file-error" } };
            }
            button class="button" type="submit" { "Add the symbol" }
        }
        h2 { "All symbols (" (view.library.len()) ")" }
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
        "Symbols",
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
