//! "Check your answers": every question with its answer and a Change link, then send.

use maud::{Markup, html};

use super::components::{csrf_field, easy_read_lines};
use super::easy_read_words as lines;
use super::page_tools::{self, FormatSwitch, SwitchReturn};
use super::survey_shell;
use super::words::Words;
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
    let words = Words::new(format);
    let title = words.t("check-title");
    let switch = FormatSwitch {
        slug: &survey.slug,
        current: format,
        back_to: SwitchReturn::CheckAnswers,
        csrf_token: view.csrf_token,
    };
    let content = html! {
        (page_tools::render(Some(&survey_shell::question_href(survey, last)), Some(&switch), false))
        h1 { (title) }
        @if easy {
            (easy_read_lines(&words.lines(lines::CHECK_INTRO)))
        }
        dl class="summary-list" {
            @for (index, question) in survey.questions.iter().enumerate() {
                @let answer = view.answers.get(question).cloned().unwrap_or(Answer::Skipped);
                div class="summary-list__row" {
                    dt class="summary-list__key" { (question.text_in(format)) }
                    dd class="summary-list__value" {
                        @if answer == Answer::Skipped {
                            (words.t("question-skip"))
                        }
                        @for line in answer.describe(question, format) {
                            (line) br;
                        }
                    }
                    dd class="summary-list__actions" {
                        a href={ (survey_shell::question_href(survey, index + 1)) "?return=check" } {
                            (words.t("check-change")) span class="visually-hidden" { " " (words.with("check-change-hidden", &[("question", question.text_in(format).into())])) }
                        }
                    }
                }
            }
        }
        h2 { (words.t("check-send-heading")) }
        @if easy {
            (easy_read_lines(&words.lines(lines::CHECK_SEND)))
        } @else {
            p { (words.t("check-send")) }
        }
        form method="post" action={ "/s/" (survey.slug) "/submit" } novalidate {
            (csrf_field(view.csrf_token))
            button class="button" type="submit" { (words.t("check-send-button")) }
        }
    };
    survey_shell::render(survey, &title, false, format, content)
}
