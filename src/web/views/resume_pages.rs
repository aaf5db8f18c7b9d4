//! Saving for later (showing the resume code) and carrying on with a code.

use maud::{Markup, html};

use super::components::{FieldError, back_link, csrf_field, error_message, error_summary};
use super::survey_shell;
use crate::domain::resume_code::{RESUME_CODE_LIFETIME_DAYS, ResumeCode};
use crate::domain::survey::{ResponseFormat, Survey};

pub fn code_saved(
    survey: &Survey,
    code: &ResumeCode,
    continue_href: &str,
    format: ResponseFormat,
) -> Markup {
    let content = html! {
        h1 { "Your answers are saved" }
        p { "This is your resume code:" }
        p class="code" { (code.as_str()) }
        p {
            "Write it down or take a photo of it. You can use it once, on any phone or computer, "
            "in the next " (RESUME_CODE_LIFETIME_DAYS) " days."
        }
        p {
            "To carry on later, go to this survey and choose \u{2018}carry on with your resume code\u{2019}. "
            "Do not share your code with anyone."
        }
        div class="button-group" {
            a class="button" href=(continue_href) { "Carry on now" }
        }
    };
    survey_shell::render(survey, "Your answers are saved", false, format, content)
}

pub struct ResumeFormView<'a> {
    pub survey: &'a Survey,
    pub typed: &'a str,
    pub problem: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn resume_form(view: &ResumeFormView<'_>) -> Markup {
    let survey = view.survey;
    let errors: Vec<FieldError<'_>> = view
        .problem
        .iter()
        .map(|message| FieldError {
            field_id: "code",
            message,
        })
        .collect();
    let described_by = if view.problem.is_some() {
        "code-hint code-error"
    } else {
        "code-hint"
    };
    let content = html! {
        (back_link(&survey_shell::start_href(survey)))
        (error_summary(&errors))
        form method="post" action={ "/s/" (survey.slug) "/resume" } novalidate {
            (csrf_field(view.csrf_token))
            div class=(if view.problem.is_some() { "form-group form-group--error" } else { "form-group" }) {
                h1 { label for="code" { "Enter your resume code" } }
                p class="hint" id="code-hint" {
                    "It is four words and a number, like \u{2018}otter lemon cloud river 4721\u{2019}."
                }
                @if let Some(message) = view.problem {
                    (error_message("code-error", message))
                }
                input class=(if view.problem.is_some() { "input input--error" } else { "input" })
                    id="code" name="code" type="text" autocomplete="off" autocapitalize="none"
                    spellcheck="false" value=(view.typed) aria-describedby=(described_by);
            }
            button class="button" type="submit" { "Carry on" }
        }
    };
    survey_shell::render(
        survey,
        "Enter your resume code",
        view.problem.is_some(),
        ResponseFormat::Standard,
        content,
    )
}

/// Too many codes were tried from here (or from everywhere) in a short time.
pub fn too_many_tries(survey: &Survey, minutes: u64) -> Markup {
    let content = html! {
        h1 { "Please wait before trying again" }
        p {
            "Lots of resume codes were tried in a short time, so we have paused this for "
            (minutes) @if minutes == 1 { " minute" } @else { " minutes" }
            ". This keeps everyone\u{2019}s saved answers safe."
        }
        p { "Your saved answers are still there. Try your code again after the pause." }
        p { "Or you can start the survey again from the beginning." }
        div class="button-group" {
            a class="button" href=(survey_shell::start_href(survey)) { "Go to the start of the survey" }
        }
    };
    survey_shell::render(
        survey,
        "Please wait before trying again",
        false,
        ResponseFormat::Standard,
        content,
    )
}
