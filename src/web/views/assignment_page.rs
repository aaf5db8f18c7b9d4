//! Choosing the waves a moderator (VOXY rep) checks.

use maud::{Markup, html};

use super::components::{Choice, ChoiceKind, choice, csrf_field};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
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
    let w = StaffWords;
    let title = w.with(
        "staff-assign-title",
        &[("name", view.moderator.display_name.as_str().into())],
    );
    let content = html! {
        a class="back-link" href="/staff/users" { (w.t("staff-assign-back")) }
        h1 { (title) }
        p { (w.t("staff-assign-lead")) }
        form method="post" action={ "/staff/users/" (view.moderator.id) "/waves" } novalidate {
            (csrf_field(view.csrf_token))
            input type="hidden" name="waves_listed" value="yes";
            div class="form-group" {
                fieldset {
                    legend class="label" { (w.t("staff-assign-waves")) }
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
            button class="button" type="submit" { (w.t("staff-assign-save")) }
        }
    };
    staff_shell::render(&title, false, Some((view.me, view.csrf_token)), content)
}
