//! Choosing the waves a moderator (VOXY rep) checks.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, csrf_field};
use super::staff_shell;
use crate::domain::ids::SurveyId;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;

pub struct AssignmentView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub moderator: &'a StaffUser,
    pub waves: &'a [Survey],
    pub assigned: &'a [SurveyId],
}

pub fn assignment(view: &AssignmentView<'_>) -> Markup {
    let title = format!("Waves {} moderates", view.moderator.display_name);
    let content = html! {
        a class="back-link" href="/staff/users" { "Back to staff accounts" }
        h1 { (title) }
        p { "They see the free-text answers of these waves only, and nothing else about the responses." }
        form method="post" action={ "/staff/users/" (view.moderator.id) "/waves" } novalidate {
            (csrf_field(view.csrf_token))
            input type="hidden" name="waves_listed" value="yes";
            div class="form-group" {
                fieldset {
                    legend class="label" { "Waves" }
                    @for (index, wave) in view.waves.iter().enumerate() {
                        @let id = if index == 0 { "wave".to_owned() } else { format!("wave-{}", wave.slug) };
                        @let value = wave.id.to_string();
                        (choice(&Choice {
                            kind: ChoiceKind::Checkbox,
                            id: &id,
                            name: "wave",
                            value: &value,
                            checked: view.assigned.contains(&wave.id),
                            with_symbol: false,
                        }, html! { (wave.title) }))
                    }
                }
            }
            button class="button" type="submit" { "Save" }
        }
    };
    staff_shell::render(&title, false, Some((view.me, view.csrf_token)), content)
}
