//! Staff home, managing accounts, and the audit log.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, TextInput, button_form, choice, csrf_field, error_message,
    problems_summary, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::field_problem::FieldProblem;
use crate::domain::staff::{AccountStatus, Permission, Role, StaffUser};

pub fn dashboard(user: &StaffUser, csrf_token: &str, notice: Option<&str>) -> Markup {
    let w = StaffWords;
    // Each area a role may use: who may, its address, its name and what it is for.
    let areas: [(Permission, &str, &str, &str); 9] = [
        (
            Permission::ManageUsers,
            "/staff/users",
            "staff-home-users",
            "staff-home-users-what",
        ),
        (
            Permission::ManageSurveys,
            "/staff/surveys",
            "staff-home-waves",
            "staff-home-waves-what",
        ),
        (
            Permission::ManageSurveys,
            "/staff/symbols",
            "staff-home-symbols",
            "staff-home-symbols-what",
        ),
        (
            Permission::ImportAndExport,
            "/staff/data",
            "staff-home-data",
            "staff-home-data-what",
        ),
        (
            Permission::ReadReports,
            "/staff/reports",
            "staff-home-reports",
            "staff-home-reports-what",
        ),
        (
            Permission::ProduceReports,
            "/staff/groups",
            "staff-home-groups",
            "staff-home-groups-what",
        ),
        (
            Permission::Moderate,
            "/staff/moderation",
            "staff-home-moderation",
            "staff-home-moderation-what",
        ),
        (
            Permission::HandleSafeguarding,
            "/staff/safeguarding",
            "staff-home-safeguarding",
            "staff-home-safeguarding-what",
        ),
        (
            Permission::ReadAuditLog,
            "/staff/audit",
            "staff-home-audit",
            "staff-home-audit-what",
        ),
    ];
    let content = html! {
        @if let Some(notice) = notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (w.with("staff-home-hello", &[("name", user.display_name.as_str().into())])) }
        ul class="survey-list" {
            @for (permission, href, name, what) in &areas {
                @if user.role.can(*permission) {
                    li { a href=(href) { (w.t(name)) } " \u{2013} " (w.t(what)) }
                }
            }
        }
        h2 { (w.t("staff-home-sessions")) }
        p { (w.t("staff-home-sessions-lead")) }
        (button_form("/staff/sign-out-everywhere", csrf_token, &w.t("staff-home-sign-out-everywhere"), true))
    };
    staff_shell::render(
        &w.t("staff-home-title"),
        false,
        Some((user, csrf_token)),
        content,
    )
}

pub struct UsersView<'a> {
    pub me: &'a StaffUser,
    pub users: &'a [StaffUser],
    pub notice: Option<&'a str>,
    pub problem: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn users(view: &UsersView<'_>) -> Markup {
    let w = StaffWords;
    let for_name =
        |id: &str, user: &StaffUser| w.with(id, &[("name", user.display_name.as_str().into())]);
    let content = html! {
        @if let Some(problem) = view.problem {
            div class="error-summary" role="alert" {
                h2 { (w.t("staff-users-problem")) }
                p { (problem) }
            }
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (w.t("staff-users-title")) }
        a class="button" href="/staff/users/invite" { (w.t("staff-users-invite")) }
        // A list, not a table: a table of forms does not fit a phone with the largest text.
        ul class="wave-list" {
            @for user in view.users {
                li {
                    strong { (user.display_name) } br; span class="hint" { (user.email) }
                    @if user.role == Role::Moderator {
                        br;
                        a href={ "/staff/users/" (user.id) "/waves" } {
                            (w.t("staff-users-waves")) span class="visually-hidden" { " " (for_name("staff-users-for", user)) }
                        }
                    }
                    form method="post" action={ "/staff/users/" (user.id) "/role" } novalidate {
                        (csrf_field(view.csrf_token))
                        label class="label" for={ "role-" (user.id) } { (for_name("staff-users-role-for", user)) }
                        select class="select" id={ "role-" (user.id) } name="role" {
                            @for role in Role::ALL {
                                option value=(role.as_str()) selected[role == user.role] { (role.as_str()) }
                            }
                        }
                        " "
                        button class="button button--secondary" type="submit" {
                            (w.t("staff-users-change")) span class="visually-hidden" { " " (for_name("staff-users-change-for", user)) }
                        }
                    }
                    p { (w.t("staff-users-status")) ": " span class="tag" { (user.status.as_str()) } }
                    @if user.id != view.me.id {
                        @if user.status == AccountStatus::Disabled {
                            (button_form(&format!("/staff/users/{}/enable", user.id), view.csrf_token, &w.t("staff-users-enable"), true))
                        } @else {
                            (button_form(&format!("/staff/users/{}/disable", user.id), view.csrf_token, &w.t("staff-users-disable"), true))
                        }
                    }
                }
            }
        }
    };
    staff_shell::render(
        &w.t("staff-users-title"),
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

pub struct InviteView<'a> {
    pub me: &'a StaffUser,
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Option<Role>,
    pub problems: &'a [FieldProblem],
    pub csrf_token: &'a str,
}

pub fn invite(view: &InviteView<'_>) -> Markup {
    let worded = StaffWords.worded(view.problems);
    let problem = |field: &str| worded.about(field);
    let role_problem = problem("role");
    let w = StaffWords;
    let name_label = w.t("staff-invite-name-label");
    let email_label = w.t("staff-invite-email-label");
    let email_hint = w.t("staff-invite-email-hint");
    let content = html! {
        (problems_summary(view.problems))
        a class="back-link" href="/staff/users" { (w.t("staff-invite-back")) }
        h1 { (w.t("staff-invite-title")) }
        form method="post" action="/staff/users/invite" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.display_name, error: problem("display_name"),
                ..TextInput::new("display_name", &name_label) }))
            (text_input(&TextInput { value: view.email, input_type: "email", error: problem("email"),
                hint: Some(&email_hint),
                ..TextInput::new("email", &email_label) }))
            div class=(if role_problem.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset {
                    legend { h2 { (w.t("staff-invite-role")) } }
                    @if let Some(message) = role_problem { (error_message("role-error", message)) }
                    @for (index, role) in Role::ALL.iter().enumerate() {
                        @let id = if index == 0 { "role".to_owned() } else { format!("role-{}", role.as_str()) };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "role",
                            value: role.as_str(),
                            checked: view.role == Some(*role),
                            with_symbol: false,
                        }, html! { (StaffWords.t(role.description_id())) }))
                    }
                }
            }
            button class="button" type="submit" { (w.t("staff-invite-button")) }
        }
    };
    staff_shell::render(
        &w.t("staff-invite-title"),
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

/// The staff catalogue's message for a kind of audit entry: `signed_in` is `staff-audit-signed-in`.
pub fn audit_message_id(action: AuditAction) -> String {
    format!("staff-audit-{}", action.as_str().replace('_', "-"))
}

pub fn audit(me: &StaffUser, entries: &[AuditEntry], csrf_token: &str) -> Markup {
    let w = StaffWords;
    let content = html! {
        h1 { (w.t("staff-audit-title")) }
        p { (w.with("staff-audit-lead", &[("count", entries.len().into())])) }
        // A list, not a table: the details are sentences, which a table squeezes off a phone.
        ol class="wave-list" {
            @for entry in entries {
                li {
                    span class="hint" {
                        (entry.occurred_at.format("%-d %b %Y %H:%M"))
                        " \u{00B7} "
                        (entry.actor.as_deref().unwrap_or("\u{2013}"))
                    }
                    br;
                    (w.t(&audit_message_id(entry.action)))
                    @if !entry.detail.is_empty() { ": " (entry.detail) }
                }
            }
        }
    };
    staff_shell::render(
        &w.t("staff-audit-title"),
        false,
        Some((me, csrf_token)),
        content,
    )
}
