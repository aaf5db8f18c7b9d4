//! The groups that own actions, for staff: each with its contact (who hears about overdue
//! actions), the form to change it, removal once the group owns nothing, and the form to add one.

use maud::{Markup, html};

use super::components::{TextInput, button_form, csrf_field, problems_summary, text_input};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::action_owner::ActionOwner;
use crate::domain::field_problem::FieldProblem;
use crate::domain::staff::StaffUser;

pub struct GroupsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    /// Each group with how many actions it owns.
    pub groups: &'a [(ActionOwner, usize)],
    /// The add form as typed: name and contact.
    pub typed: (&'a str, &'a str),
    pub problems: &'a [FieldProblem],
    pub done: Option<&'a str>,
}

fn done_message(done: &str) -> Option<&'static str> {
    match done {
        "added" => Some("staff-groups-done-added"),
        "contact" => Some("staff-groups-done-contact"),
        "removed" => Some("staff-groups-done-removed"),
        "owns" => Some("staff-groups-done-owns"),
        _ => None,
    }
}

pub fn render(view: &GroupsView<'_>) -> Markup {
    let w = StaffWords;
    let worded = w.worded(view.problems);
    let error = |field: &str| worded.about(field);
    let contact_label = w.t("staff-groups-contact-label");
    let contact_hint = w.t("staff-groups-contact-hint");
    let name_label = w.t("staff-groups-name");
    let new_contact_hint = w.t("staff-groups-new-contact-hint");
    let content = html! {
        a class="back-link" href="/staff" { (w.t("staff-groups-back")) }
        (problems_summary(view.problems))
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (w.t(message)) } }
        }
        h1 { (w.t("staff-groups-title")) }
        p { (w.t("staff-groups-lead")) }
        @if view.groups.is_empty() {
            p { (w.t("staff-groups-none")) }
        }
        @for (group, owned) in view.groups {
            @let id = group.id.to_string();
            section aria-labelledby={ "group-" (id) } {
                h2 id={ "group-" (id) } { (group.name) }
                p {
                    (w.with("staff-groups-owns", &[("count", (*owned).into())])) " "
                    @match &group.contact {
                        Some(contact) => { (w.with("staff-groups-contact", &[("address", contact.as_str().into())])) },
                        None => { (w.t("staff-groups-no-contact")) },
                    }
                }
                form method="post" action={ "/staff/groups/" (id) "/contact" } novalidate {
                    (csrf_field(view.csrf_token))
                    @let field_id = format!("contact-{id}");
                    (text_input(&TextInput {
                        value: group.contact.as_ref().map_or("", |contact| contact.as_str()),
                        input_type: "email",
                        autocomplete: "email",
                        hint: Some(&contact_hint),
                        error: error(&field_id),
                        ..TextInput::new(&field_id, &contact_label)
                    }))
                    button class="button button--secondary" type="submit" {
                        (w.t("staff-groups-save-contact"))
                        span class="visually-hidden" { " " (w.with("staff-groups-save-contact-for", &[("group", group.name.as_str().into())])) }
                    }
                }
                @if *owned == 0 {
                    (button_form(
                        &format!("/staff/groups/{id}/remove"),
                        view.csrf_token,
                        &w.with("staff-groups-remove", &[("group", group.name.as_str().into())]),
                        true,
                    ))
                }
            }
        }
        h2 { (w.t("staff-groups-add")) }
        form method="post" action="/staff/groups" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput {
                value: view.typed.0,
                error: error("name"),
                ..TextInput::new("name", &name_label)
            }))
            (text_input(&TextInput {
                value: view.typed.1,
                input_type: "email",
                autocomplete: "email",
                hint: Some(&new_contact_hint),
                error: error("contact"),
                ..TextInput::new("contact", &contact_label)
            }))
            button class="button" type="submit" { (w.t("staff-groups-add-button")) }
        }
    };
    staff_shell::render(
        &w.t("staff-groups-title"),
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
