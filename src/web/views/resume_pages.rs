//! Saving for later (showing the resume code) and carrying on with a code, in the young person's
//! wording.

use maud::{Markup, html};

use super::components::{
    FieldError, back_link, csrf_field, easy_read_line, easy_read_lines, error_message,
    error_summary,
};
use super::easy_read_words as lines;
use super::survey_shell;
use super::words::Words;
use crate::catalogue::Arg;
use crate::domain::resume_code::{RESUME_CODE_LIFETIME_DAYS, ResumeCode, ResumeCodeProblem};
use crate::domain::survey::{ResponseFormat, Survey};
use crate::web::reading_choice;

pub fn code_saved(
    survey: &Survey,
    code: &ResumeCode,
    continue_href: &str,
    format: ResponseFormat,
) -> Markup {
    let words = Words::new(format);
    let title = words.t("saved-title");
    let days: Arg = RESUME_CODE_LIFETIME_DAYS.into();
    let content = html! {
        h1 { (title) }
        @if words.is_easy_read() {
            (easy_read_lines(&words.lines(lines::SAVED_CODE)))
            p class="code" { (code.as_str()) }
            (easy_read_lines(&words.lines_with(lines::SAVED, &[("days", days)])))
        } @else {
            p { (words.t("saved-code-intro")) }
            p class="code" { (code.as_str()) }
            p { (words.with("saved-how-long", &[("days", days)])) }
            p { (words.t("saved-how-to")) }
        }
        div class="button-group" {
            a class="button" href=(continue_href) { (words.t("carry-on-now")) }
        }
    };
    survey_shell::render(survey, &title, false, format, content)
}

/// Why a typed code did not bring answers back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeFormProblem {
    Code(ResumeCodeProblem),
    /// Well formed, but no saved answers have it (used, expired, or mistyped into another code).
    NoSavedAnswers,
}

impl ResumeFormProblem {
    fn say(self, words: &Words) -> String {
        match self {
            ResumeFormProblem::Code(ResumeCodeProblem::Empty) => words.t("resume-empty"),
            ResumeFormProblem::Code(ResumeCodeProblem::WrongShape) => words.t("resume-wrong-shape"),
            ResumeFormProblem::NoSavedAnswers => words.with(
                "resume-not-found",
                &[("days", RESUME_CODE_LIFETIME_DAYS.into())],
            ),
        }
    }
}

pub struct ResumeFormView<'a> {
    pub survey: &'a Survey,
    pub format: ResponseFormat,
    pub typed: &'a str,
    pub problem: Option<ResumeFormProblem>,
    pub csrf_token: &'a str,
}

pub fn resume_form(view: &ResumeFormView<'_>) -> Markup {
    let survey = view.survey;
    let format = view.format;
    let words = Words::new(format);
    let message = view.problem.map(|problem| problem.say(&words));
    let errors: Vec<FieldError<'_>> = message
        .iter()
        .map(|message| FieldError {
            field_id: "code",
            message,
        })
        .collect();
    let described_by = if message.is_some() {
        "code-hint code-error"
    } else {
        "code-hint"
    };
    let title = words.t("resume-title");
    let action = reading_choice::link(&format!("/s/{}/resume", survey.slug), format);
    let content = html! {
        (back_link(&reading_choice::link(&survey_shell::start_href(survey), format)))
        (error_summary(&errors))
        form method="post" action=(action) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if message.is_some() { "form-group form-group--error" } else { "form-group" }) {
                h1 { label for="code" { (title) } }
                @if words.is_easy_read() {
                    div class="hint" id="code-hint" {
                        (easy_read_line(lines::START_BEFORE_SYMBOL, html! { (words.t("resume-hint")) }))
                    }
                } @else {
                    p class="hint" id="code-hint" { (words.t("resume-hint")) }
                }
                @if let Some(message) = &message {
                    (error_message("code-error", message))
                }
                input class=(if message.is_some() { "input input--error" } else { "input" })
                    id="code" name="code" type="text" autocomplete="off" autocapitalize="none"
                    spellcheck="false" value=(view.typed) aria-describedby=(described_by);
            }
            button class="button" type="submit" { (words.t("resume-button")) }
        }
    };
    survey_shell::render(survey, &title, message.is_some(), format, content)
}

/// Too many codes were tried from here (or from everywhere) in a short time.
pub fn too_many_tries(survey: &Survey, minutes: u64, format: ResponseFormat) -> Markup {
    let words = Words::new(format);
    let start = reading_choice::link(&survey_shell::start_href(survey), format);
    let title = words.t("wait-title");
    let minutes: Arg = minutes.into();
    let content = html! {
        h1 { (title) }
        @if words.is_easy_read() {
            (easy_read_lines(&words.lines_with(lines::WAIT, &[("minutes", minutes)])))
        } @else {
            p { (words.with("wait-paused", &[("minutes", minutes)])) }
            p { (words.t("wait-saved")) }
            p { (words.t("wait-start-again")) }
        }
        div class="button-group" {
            a class="button" href=(start) { (words.t("go-to-survey-start")) }
        }
    };
    survey_shell::render(survey, &title, false, format, content)
}
