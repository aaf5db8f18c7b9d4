//! Pages for getting into a staff account: sign in, first admin, invitations, password resets.

use maud::{Markup, html};

use super::components::{TextInput, csrf_field, problems_summary, text_input};
use super::staff_shell;
use crate::domain::field_problem::FieldProblem;

fn problem<'a>(problems: &'a [FieldProblem], field: &str) -> Option<&'a str> {
    FieldProblem::message_for(problems, field)
}

pub struct SignInView<'a> {
    pub email: &'a str,
    pub problem: Option<&'a str>,
    pub notice: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn sign_in(view: &SignInView<'_>) -> Markup {
    let problems: Vec<FieldProblem> = view
        .problem
        .map(|message| FieldProblem::new("email", message.to_owned()))
        .into_iter()
        .collect();
    let content = html! {
        (problems_summary(&problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        h1 { "Sign in" }
        p { "For VOXY reps, the Engagement and Consultation Team and Board members." }
        form method="post" action="/staff/sign-in" novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.email, input_type: "email", autocomplete: "email",
                error: view.problem, ..TextInput::new("email", "Email address") }))
            (text_input(&TextInput { input_type: "password", autocomplete: "current-password",
                ..TextInput::new("password", "Password") }))
            button class="button" type="submit" { "Sign in" }
        }
        p { a href="/staff/password-reset" { "Forgotten your password?" } }
    };
    staff_shell::render("Sign in", view.problem.is_some(), None, content)
}

pub struct NewAccountView<'a> {
    pub action: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub problems: &'a [FieldProblem],
    pub csrf_token: &'a str,
}

pub fn first_admin(view: &NewAccountView<'_>) -> Markup {
    let content = html! {
        (problems_summary(view.problems))
        h1 { "Create the first admin account" }
        p { "This link works once. The admin account can then invite everyone else." }
        form method="post" action=(view.action) novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.display_name, autocomplete: "name",
                error: problem(view.problems, "display_name"), ..TextInput::new("display_name", "Your name") }))
            (text_input(&TextInput { value: view.email, input_type: "email", autocomplete: "email",
                error: problem(view.problems, "email"), ..TextInput::new("email", "Email address") }))
            (password_fields(view.problems))
            button class="button" type="submit" { "Create account" }
        }
    };
    staff_shell::render(
        "Create the first admin account",
        !view.problems.is_empty(),
        None,
        content,
    )
}

fn password_fields(problems: &[FieldProblem]) -> Markup {
    html! {
        (text_input(&TextInput { input_type: "password", autocomplete: "new-password",
            hint: Some("At least 12 characters. A few unrelated words make a strong password you can remember."),
            error: problem(problems, "password"), ..TextInput::new("password", "Choose a password") }))
        (text_input(&TextInput { input_type: "password", autocomplete: "new-password",
            ..TextInput::new("confirmation", "Type the password again") }))
    }
}

pub fn set_password(
    title: &str,
    action: &str,
    problems: &[FieldProblem],
    csrf_token: &str,
) -> Markup {
    let content = html! {
        (problems_summary(problems))
        h1 { (title) }
        form method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            (password_fields(problems))
            button class="button" type="submit" { "Save password" }
        }
    };
    staff_shell::render(title, !problems.is_empty(), None, content)
}

pub fn link_not_valid() -> Markup {
    let content = html! {
        h1 { "This link has expired or has been used" }
        p { "Links in youthvoice emails work once and only for a while." }
        p {
            "If you were resetting your password, "
            a href="/staff/password-reset" { "ask for a new link" }
            ". If you were invited, ask the person who invited you to send a new invitation."
        }
    };
    staff_shell::render(
        "This link has expired or has been used",
        false,
        None,
        content,
    )
}

pub fn reset_request(sent: bool, csrf_token: &str) -> Markup {
    let content = html! {
        @if sent {
            h1 { "Check your email" }
            p {
                "If there is an account with that address, we have sent it a link to choose a new password. "
                "The link works for one hour."
            }
            p { a href="/staff/sign-in" { "Back to sign in" } }
        } @else {
            h1 { "Reset your password" }
            form method="post" action="/staff/password-reset" novalidate {
                (csrf_field(csrf_token))
                (text_input(&TextInput { input_type: "email", autocomplete: "email",
                    hint: Some("We will email you a link to choose a new password."),
                    ..TextInput::new("email", "Email address") }))
                button class="button" type="submit" { "Send me a link" }
            }
        }
    };
    staff_shell::render(
        if sent {
            "Check your email"
        } else {
            "Reset your password"
        },
        false,
        None,
        content,
    )
}

/// Too many sign-ins or reset requests from this address, or from everywhere, in a short time.
pub fn too_many_attempts(minutes: u64) -> Markup {
    let content = html! {
        h1 { "Please wait before trying again" }
        p {
            "There have been a lot of attempts in a short time, so we have paused this for "
            (minutes) @if minutes == 1 { " minute" } @else { " minutes" } "."
        }
        p { "If you have forgotten your password, ask an admin to help, or try again after the pause." }
        p { a href="/staff/sign-in" { "Back to sign in" } }
    };
    staff_shell::render("Please wait before trying again", false, None, content)
}
