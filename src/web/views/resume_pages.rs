//! Saving for later (showing the resume code) and carrying on with a code, in the young person's
//! wording.

use maud::{Markup, html};

use super::components::{
    FieldError, back_link, csrf_field, easy_read_line, easy_read_lines, error_message,
    error_summary,
};
use super::easy_read_words as words;
use super::survey_shell;
use crate::domain::resume_code::{RESUME_CODE_LIFETIME_DAYS, ResumeCode, ResumeCodeProblem};
use crate::domain::survey::{ResponseFormat, Survey};
use crate::web::reading_choice;

pub fn code_saved(
    survey: &Survey,
    code: &ResumeCode,
    continue_href: &str,
    format: ResponseFormat,
) -> Markup {
    if format == ResponseFormat::EasyRead {
        return easy_read_code_saved(survey, code, continue_href);
    }
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

fn easy_read_code_saved(survey: &Survey, code: &ResumeCode, continue_href: &str) -> Markup {
    let days = RESUME_CODE_LIFETIME_DAYS.to_string();
    let content = html! {
        h1 { (words::SAVED_TITLE) }
        (easy_read_lines(words::SAVED_CODE))
        p class="code" { (code.as_str()) }
        (easy_read_lines(&words::filled(words::SAVED, &[("days", &days)])))
        div class="button-group" {
            a class="button" href=(continue_href) { (words::CARRY_ON_NOW) }
        }
    };
    survey_shell::render(
        survey,
        words::SAVED_TITLE,
        false,
        ResponseFormat::EasyRead,
        content,
    )
}

/// Why a typed code did not bring answers back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeFormProblem {
    Code(ResumeCodeProblem),
    /// Well formed, but no saved answers have it (used, expired, or mistyped into another code).
    NoSavedAnswers,
}

impl ResumeFormProblem {
    fn say(self, format: ResponseFormat) -> String {
        let easy = format == ResponseFormat::EasyRead;
        match self {
            ResumeFormProblem::Code(ResumeCodeProblem::Empty) if easy => words::RESUME_EMPTY.into(),
            ResumeFormProblem::Code(ResumeCodeProblem::WrongShape) if easy => {
                words::RESUME_WRONG_SHAPE.into()
            }
            ResumeFormProblem::Code(problem) => problem.to_string(),
            ResumeFormProblem::NoSavedAnswers if easy => words::fill(
                words::RESUME_NOT_FOUND,
                &[("days", &RESUME_CODE_LIFETIME_DAYS.to_string())],
            ),
            ResumeFormProblem::NoSavedAnswers => format!(
                "We could not find saved answers for that code. Check the words and the number. \
                 Codes work once, for {RESUME_CODE_LIFETIME_DAYS} days"
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
    let easy = format == ResponseFormat::EasyRead;
    let message = view.problem.map(|problem| problem.say(format));
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
    let title = if easy {
        words::RESUME_TITLE
    } else {
        "Enter your resume code"
    };
    let action = reading_choice::link(&format!("/s/{}/resume", survey.slug), format);
    let content = html! {
        (back_link(&reading_choice::link(&survey_shell::start_href(survey), format)))
        (error_summary(&errors))
        form method="post" action=(action) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if message.is_some() { "form-group form-group--error" } else { "form-group" }) {
                h1 { label for="code" { (title) } }
                @if easy {
                    div class="hint" id="code-hint" {
                        (easy_read_line(words::START_BEFORE_SYMBOL, html! { (words::RESUME_HINT) }))
                    }
                } @else {
                    p class="hint" id="code-hint" {
                        "It is four words and a number, like \u{2018}otter lemon cloud river 4721\u{2019}."
                    }
                }
                @if let Some(message) = &message {
                    (error_message("code-error", message))
                }
                input class=(if message.is_some() { "input input--error" } else { "input" })
                    id="code" name="code" type="text" autocomplete="off" autocapitalize="none"
                    spellcheck="false" value=(view.typed) aria-describedby=(described_by);
            }
            button class="button" type="submit" { @if easy { (words::CARRY_ON) } @else { "Carry on" } }
        }
    };
    survey_shell::render(survey, title, message.is_some(), format, content)
}

/// Too many codes were tried from here (or from everywhere) in a short time.
pub fn too_many_tries(survey: &Survey, minutes: u64, format: ResponseFormat) -> Markup {
    let start = reading_choice::link(&survey_shell::start_href(survey), format);
    let minutes_text = if minutes == 1 {
        "1 minute".to_owned()
    } else {
        format!("{minutes} minutes")
    };
    if format == ResponseFormat::EasyRead {
        let content = html! {
            h1 { (words::WAIT_TITLE) }
            (easy_read_lines(&words::filled(words::WAIT, &[("minutes", &minutes_text)])))
            div class="button-group" {
                a class="button" href=(start) { (words::GO_TO_SURVEY_START) }
            }
        };
        return survey_shell::render(survey, words::WAIT_TITLE, false, format, content);
    }
    let content = html! {
        h1 { "Please wait before trying again" }
        p {
            "Lots of resume codes were tried in a short time, so we have paused this for "
            (minutes_text) ". This keeps everyone\u{2019}s saved answers safe."
        }
        p { "Your saved answers are still there. Try your code again after the pause." }
        p { "Or you can start the survey again from the beginning." }
        div class="button-group" {
            a class="button" href=(start) { "Go to the start of the survey" }
        }
    };
    survey_shell::render(
        survey,
        "Please wait before trying again",
        false,
        format,
        content,
    )
}
