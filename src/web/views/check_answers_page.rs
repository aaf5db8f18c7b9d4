//! "Check your answers": every question with its answer and a Change link, then send.

use maud::{Markup, html};

use super::components::{csrf_field, easy_read_lines};
use super::easy_read_words as words;
use super::page_tools::{self, FormatSwitch, SwitchReturn};
use super::survey_shell;
use crate::domain::answer::Answer;
use crate::domain::draft::DraftAnswers;
use crate::domain::survey::{ResponseFormat, Survey};

pub struct CheckAnswersView<'a> {
    pub survey: &'a Survey,
    pub answers: &'a DraftAnswers,
    pub format: ResponseFormat,
    pub csrf_token: &'a str,
}

pub fn render(view: &CheckAnswersView<'_>) -> Markup {
    let survey = view.survey;
    let format = view.format;
    let last = survey.questions.len();
    let easy = format == ResponseFormat::EasyRead;
    let switch = FormatSwitch {
        slug: &survey.slug,
        current: format,
        back_to: SwitchReturn::CheckAnswers,
        csrf_token: view.csrf_token,
    };
    let content = html! {
        (page_tools::render(Some(&survey_shell::question_href(survey, last)), Some(&switch), false))
        @if easy {
            h1 { (words::CHECK_TITLE) }
            (easy_read_lines(words::CHECK_INTRO))
        } @else {
            h1 { "Check your answers before you send them" }
        }
        dl class="summary-list" {
            @for (index, question) in survey.questions.iter().enumerate() {
                @let answer = view.answers.get(question).cloned().unwrap_or(Answer::Skipped);
                div class="summary-list__row" {
                    dt class="summary-list__key" { (question.text_in(format)) }
                    dd class="summary-list__value" {
                        @for line in answer.describe(question, format) {
                            (line) br;
                        }
                    }
                    dd class="summary-list__actions" {
                        a href={ (survey_shell::question_href(survey, index + 1)) "?return=check" } {
                            "Change" span class="visually-hidden" { " your answer to: " (question.text_in(format)) }
                        }
                    }
                }
            }
        }
        @if easy {
            h2 { (words::CHECK_SEND_HEADING) }
            (easy_read_lines(words::CHECK_SEND))
        } @else {
            h2 { "Now send your answers" }
            p { "When you send your answers you cannot change them. Nobody will know they are yours." }
        }
        form method="post" action={ "/s/" (survey.slug) "/submit" } novalidate {
            (csrf_field(view.csrf_token))
            button class="button" type="submit" { "Send my answers" }
        }
    };
    survey_shell::render(
        survey,
        if easy {
            words::CHECK_TITLE
        } else {
            "Check your answers before you send them"
        },
        false,
        format,
        content,
    )
}
