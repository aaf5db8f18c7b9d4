//! The lists behind moderation, which the team edits: safeguarding phrases, local schools and
//! places, and quote themes. One item per line.

use maud::{Markup, html};

use super::components::{FieldError, csrf_field, error_message, error_summary};
use super::staff_shell;
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
    let problem_for = |field: &str| {
        view.problem
            .filter(|(id, _)| *id == field)
            .map(|(_, message)| message)
    };
    let content = html! {
        @if let Some((field, message)) = view.problem {
            (error_summary(&[FieldError { field_id: field, message }]))
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        a class="back-link" href="/staff/moderation" { "Back to the queue" }
        h1 { "Moderation lists" }
        form method="post" action="/staff/moderation/settings" novalidate {
            (csrf_field(view.csrf_token))
            (list_field("phrases", "Safeguarding phrases",
                "One per line. An answer containing any of these, as whole words, goes to the top of the queue, marked.",
                view.phrases, problem_for("phrases")))
            (list_field("schools", "Local schools and colleges",
                "One per line. Moderators are offered to hide them as [school].",
                view.schools, problem_for("schools")))
            (list_field("places", "Local places",
                "One per line: towns, villages, estates, youth centres. Moderators are offered to hide them as [place].",
                view.places, problem_for("places")))
            (list_field("themes", "Your own themes",
                "One per line, offered beside the four plan items when a quote is tagged.",
                view.themes, problem_for("themes")))
            p class="hint" {
                "Always offered: " @for (index, theme) in PLAN_THEMES.iter().enumerate() {
                    @if index > 0 { "; " } (theme)
                } "."
            }
            button class="button" type="submit" { "Save the lists" }
        }
    };
    staff_shell::render(
        "Moderation lists",
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
