//! The lists behind moderation, which the team edits: safeguarding phrases, local schools and
//! places, and quote themes. One item per line.

use maud::{Markup, html};

use super::components::{FieldError, csrf_field, error_message, error_summary};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::quote::PLAN_THEMES;
use crate::domain::staff::StaffUser;

pub struct ListsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub phrases: &'a str,
    pub schools: &'a str,
    pub places: &'a str,
    pub themes: &'a str,
    pub problem: Option<(&'static str, &'a str)>,
    pub notice: Option<&'a str>,
}

fn list_field(id: &str, label: &str, hint: &str, value: &str, problem: Option<&str>) -> Markup {
    html! {
        div class=(if problem.is_some() { "form-group form-group--error" } else { "form-group" }) {
            label class="label" for=(id) { (label) }
            p class="hint" id={ (id) "-hint" } { (hint) }
            @if let Some(message) = problem { (error_message(&format!("{id}-error"), message)) }
            textarea class="textarea" id=(id) name=(id) rows="8" spellcheck="false"
                aria-describedby={ (id) "-hint" @if problem.is_some() { " " (id) "-error" } } { (value) }
        }
    }
}

pub fn lists(view: &ListsView<'_>) -> Markup {
    let w = StaffWords;
    let problem_for = |field: &str| {
        view.problem
            .filter(|(id, _)| *id == field)
            .map(|(_, message)| message)
    };
    let fields = [
        (
            "phrases",
            "staff-lists-phrases",
            "staff-lists-phrases-hint",
            view.phrases,
        ),
        (
            "schools",
            "staff-lists-schools",
            "staff-lists-schools-hint",
            view.schools,
        ),
        (
            "places",
            "staff-lists-places",
            "staff-lists-places-hint",
            view.places,
        ),
        (
            "themes",
            "staff-lists-themes",
            "staff-lists-themes-hint",
            view.themes,
        ),
    ];
    let content = html! {
        @if let Some((field, message)) = view.problem {
            (error_summary(&[FieldError { field_id: field, message }]))
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href="/staff/moderation" { (w.t("staff-lists-back")) }
        h1 { (w.t("staff-lists-title")) }
        form method="post" action="/staff/moderation/settings" novalidate {
            (csrf_field(view.csrf_token))
            @for (id, label, hint, value) in fields {
                (list_field(id, &w.t(label), &w.t(hint), value, problem_for(id)))
            }
            p class="hint" {
                (w.t("staff-lists-always")) " " @for (index, theme) in PLAN_THEMES.iter().enumerate() {
                    @if index > 0 { "; " } (theme)
                } "."
            }
            button class="button" type="submit" { (w.t("staff-lists-save")) }
        }
    };
    staff_shell::render(
        &w.t("staff-lists-title"),
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
