//! Pages for getting into a staff account: sign in, first admin, invitations, password resets.

use maud::{Markup, html};

use super::components::{TextInput, csrf_field, problems_summary, text_input};
use super::staff_shell;
use crate::catalogue::staff_words::{StaffWords, WordedProblems};
use crate::domain::field_problem::FieldProblem;
use crate::domain::message::Message;

pub struct SignInView<'a> {
    pub email: &'a str,
    pub problem: Option<&'a Message>,
    /// The staff catalogue's message for what just happened, such as signing out.
    pub notice: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn sign_in(view: &SignInView<'_>) -> Markup {
    let problems: Vec<FieldProblem> = view
        .problem
        .map(|message| FieldProblem::new("email", message.clone()))
        .into_iter()
        .collect();
    let w = StaffWords;
    let worded = w.worded(&problems);
    let email_label = w.t("staff-email-label");
    let password_label = w.t("staff-password-label");
    let content = html! {
        (problems_summary(&problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (w.t(notice)) } }
        h1 { (w.t("staff-sign-in-title")) }
        p { (w.t("staff-sign-in-lead")) }
        form method="post" action="/staff/sign-in" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.email, input_type: "email", autocomplete: "email",
                error: worded.about("email"), ..TextInput::new("email", &email_label) }))
            (text_input(&TextInput { input_type: "password", autocomplete: "current-password",
                ..TextInput::new("password", &password_label) }))
            button class="button" type="submit" { (w.t("staff-sign-in-button")) }
        }
        p { a href="/staff/password-reset" { (w.t("staff-sign-in-forgotten")) } }
    };
    staff_shell::render(
        &w.t("staff-sign-in-title"),
        view.problem.is_some(),
        None,
        content,
    )
}

pub struct NewAccountView<'a> {
    pub action: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub problems: &'a [FieldProblem],
    pub csrf_token: &'a str,
}

pub fn first_admin(view: &NewAccountView<'_>) -> Markup {
    let w = StaffWords;
    let worded = w.worded(view.problems);
    let name_label = w.t("staff-your-name-label");
    let email_label = w.t("staff-email-label");
    let content = html! {
        (problems_summary(view.problems))
        h1 { (w.t("staff-first-admin-title")) }
        p { (w.t("staff-first-admin-lead")) }
        form method="post" action=(view.action) novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.display_name, autocomplete: "name",
                error: worded.about("display_name"), ..TextInput::new("display_name", &name_label) }))
            (text_input(&TextInput { value: view.email, input_type: "email", autocomplete: "email",
                error: worded.about("email"), ..TextInput::new("email", &email_label) }))
            (password_fields(&worded))
            button class="button" type="submit" { (w.t("staff-create-account-button")) }
        }
    };
    staff_shell::render(
        &w.t("staff-first-admin-title"),
        !view.problems.is_empty(),
        None,
        content,
    )
}

fn password_fields(worded: &WordedProblems) -> Markup {
    let w = StaffWords;
    let hint = w.t("staff-password-choose-hint");
    let label = w.t("staff-password-choose-label");
    let again = w.t("staff-password-again-label");
    html! {
        (text_input(&TextInput { input_type: "password", autocomplete: "new-password",
            hint: Some(&hint),
            error: worded.about("password"), ..TextInput::new("password", &label) }))
        (text_input(&TextInput { input_type: "password", autocomplete: "new-password",
            ..TextInput::new("confirmation", &again) }))
    }
}

/// The page choosing a password, titled by the staff catalogue's message `title_id`.
pub fn set_password(
    title_id: &str,
    action: &str,
    problems: &[FieldProblem],
    csrf_token: &str,
) -> Markup {
    let title = StaffWords.t(title_id);
    let content = html! {
        (problems_summary(problems))
        h1 { (title) }
        form method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            (password_fields(&StaffWords.worded(problems)))
            button class="button" type="submit" { (StaffWords.t("staff-password-save-button")) }
        }
    };
    staff_shell::render(&title, !problems.is_empty(), None, content)
}

pub fn link_not_valid() -> Markup {
    let w = StaffWords;
    let content = html! {
        h1 { (w.t("staff-link-expired-title")) }
        p { (w.t("staff-link-expired-lead")) }
        p {
            (w.t("staff-link-expired-reset-before")) " "
            a href="/staff/password-reset" { (w.t("staff-link-expired-reset-link")) }
            (w.t("staff-link-expired-reset-after"))
        }
    };
    staff_shell::render(&w.t("staff-link-expired-title"), false, None, content)
}

pub fn reset_request(sent: bool, csrf_token: &str) -> Markup {
    let w = StaffWords;
    let hint = w.t("staff-reset-email-hint");
    let email_label = w.t("staff-email-label");
    let title = w.t(if sent {
        "staff-reset-sent-title"
    } else {
        "staff-reset-title"
    });
    let content = html! {
        h1 { (title) }
        @if sent {
            p { (w.t("staff-reset-sent-lead")) }
            p { a href="/staff/sign-in" { (w.t("staff-back-to-sign-in")) } }
        } @else {
            form method="post" action="/staff/password-reset" novalidate {
                (csrf_field(csrf_token))
                (text_input(&TextInput { input_type: "email", autocomplete: "email",
                    hint: Some(&hint),
                    ..TextInput::new("email", &email_label) }))
                button class="button" type="submit" { (w.t("staff-reset-button")) }
            }
        }
    };
    staff_shell::render(&title, false, None, content)
}

/// Too many sign-ins or reset requests from this address, or from everywhere, in a short time.
pub fn too_many_attempts(minutes: u64) -> Markup {
    let w = StaffWords;
    let content = html! {
        h1 { (w.t("staff-wait-title")) }
        p { (w.with("staff-wait-lead", &[("minutes", minutes.into())])) }
        p { (w.t("staff-wait-forgotten")) }
        p { a href="/staff/sign-in" { (w.t("staff-back-to-sign-in")) } }
    };
    staff_shell::render(&w.t("staff-wait-title"), false, None, content)
}
