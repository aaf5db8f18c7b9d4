//! The groups that own actions, for staff: each with its contact (who hears about overdue
//! actions), the form to change it, removal once the group owns nothing, and the form to add one.

use maud::{Markup, html};

use super::components::{TextInput, button_form, csrf_field, problems_summary, text_input};
use super::staff_shell;
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
        "added" => Some("The group is added. It can now own actions."),
        "contact" => Some("The contact is saved."),
        "removed" => Some("The group is removed."),
        "owns" => Some("That group still owns actions: give them to another group first."),
        _ => None,
    }
}

pub fn render(view: &GroupsView<'_>) -> Markup {
    let error = |field: &str| FieldProblem::message_for(view.problems, field);
    let content = html! {
        a class="back-link" href="/staff" { "Staff home" }
        (problems_summary(view.problems))
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (message) } }
        }
        h1 { "Groups that own actions" }
        p {
            "Each action in a programme\u{2019}s register is owned by a group: one of the strategic "
            "groups, VOXY or the engagement team. When an action falls overdue, the group\u{2019}s "
            "contact is emailed once for each due day that passes. A group without a contact is not "
            "emailed; its overdue actions are still listed in the Board update."
        }
        @if view.groups.is_empty() {
            p { "No groups yet." }
        }
        @for (group, owned) in view.groups {
            @let id = group.id.to_string();
            section aria-labelledby={ "group-" (id) } {
                h2 id={ "group-" (id) } { (group.name) }
                p {
                    @if *owned == 1 { "Owns 1 action. " } @else { "Owns " (owned) " actions. " }
                    @match &group.contact {
                        Some(contact) => { "Contact: " (contact.as_str()) },
                        None => { "No contact: overdue actions are not emailed." },
                    }
                }
                form method="post" action={ "/staff/groups/" (id) "/contact" } novalidate {
                    (csrf_field(view.csrf_token))
                    @let field_id = format!("contact-{id}");
                    (text_input(&TextInput {
                        value: group.contact.as_ref().map_or("", |contact| contact.as_str()),
                        input_type: "email",
                        autocomplete: "email",
                        hint: Some("Leave empty for no contact."),
                        error: error(&field_id),
                        ..TextInput::new(&field_id, "Contact email")
                    }))
                    button class="button button--secondary" type="submit" { "Save the contact" span class="visually-hidden" { " for " (group.name) } }
                }
                @if *owned == 0 {
                    (button_form(&format!("/staff/groups/{id}/remove"), view.csrf_token, &format!("Remove {}", group.name), true))
                }
            }
        }
        h2 { "Add a group" }
        form method="post" action="/staff/groups" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput {
                value: view.typed.0,
                error: error("name"),
                ..TextInput::new("name", "Name")
            }))
            (text_input(&TextInput {
                value: view.typed.1,
                input_type: "email",
                autocomplete: "email",
                hint: Some("Who is emailed about the group\u{2019}s overdue actions. Leave empty for nobody."),
                error: error("contact"),
                ..TextInput::new("contact", "Contact email")
            }))
            button class="button" type="submit" { "Add the group" }
        }
    };
    staff_shell::render(
        "Groups that own actions",
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
