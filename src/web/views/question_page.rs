//! One question per page: the question is the page heading, with progress, back link, options,
//! "I do not want to say", and the way to save and come back later.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, button_form, choice, csrf_field, error_message, error_summary,
    symbol,
};
use super::page_tools::{self, FormatSwitch, SwitchReturn};
use super::survey_shell;
use super::words::Words;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::answer::{Answer, AnswerField, SKIP_VALUE, SubmittedAnswer, group_thousands};
use crate::domain::ids::SymbolName;
use crate::domain::survey::{
    AnswerOption, FREE_TEXT_MAX_CHARS, OTHER_TEXT_MAX_CHARS, Question, QuestionKind,
    ResponseFormat, Survey,
};

/// What the fields show when the page opens: the saved answer, or what was just typed.
#[derive(Debug, Default)]
pub struct Prefill {
    pub chosen: Vec<String>,
    pub other_text: String,
    pub text: String,
}

impl Prefill {
    pub fn from_answer(answer: Option<&Answer>) -> Self {
        match answer {
            None => Prefill::default(),
            Some(Answer::Skipped) => Prefill {
                chosen: vec![SKIP_VALUE.into()],
                ..Default::default()
            },
            Some(Answer::Text { text }) => Prefill {
                text: text.clone(),
                ..Default::default()
            },
            Some(Answer::Chosen { values, other_text }) => Prefill {
                chosen: values.iter().map(ToString::to_string).collect(),
                other_text: other_text.clone().unwrap_or_default(),
                text: String::new(),
            },
        }
    }

    pub fn from_submitted(submitted: &SubmittedAnswer) -> Self {
        Prefill {
            chosen: submitted.choices.clone(),
            other_text: submitted.other_text.clone(),
            text: submitted.text.clone(),
        }
    }

    fn is_chosen(&self, value: &str) -> bool {
        self.chosen.iter().any(|chosen| chosen == value)
    }
}

pub struct QuestionView<'a> {
    pub survey: &'a Survey,
    pub question: &'a Question,
    pub number: usize,
    pub format: ResponseFormat,
    pub prefill: Prefill,
    pub problem: Option<(AnswerField, &'a str)>,
    pub back_href: String,
    pub returning_to_check: bool,
    pub csrf_token: &'a str,
    /// Shown to staff as a preview: nothing is saved, Continue shows the next question.
    pub preview: Option<Preview<'a>>,
}

/// Where a preview's links go.
pub struct Preview<'a> {
    pub wave_href: &'a str,
    /// The next question's preview (or the wave), without a query: the form adds the format.
    pub next_href: &'a str,
    pub other_format_href: &'a str,
}

const CHOICES_ID: &str = "answer";
const OTHER_TEXT_ID: &str = "other_text";
const TEXT_ID: &str = "text";

pub fn render(view: &QuestionView<'_>) -> Markup {
    let question = view.question;
    let format = view.format;
    let errors: Vec<FieldError<'_>> = view
        .problem
        .iter()
        .map(|(field, message)| FieldError {
            field_id: field_id(*field),
            message,
        })
        .collect();
    let words = Words::new(format);
    let action = survey_shell::question_href(view.survey, view.number);
    let switch = FormatSwitch {
        slug: &view.survey.slug,
        current: format,
        back_to: SwitchReturn::Question(view.number),
        csrf_token: view.csrf_token,
    };
    let content = html! {
        @if let Some(preview) = &view.preview {
            div class="notice" {
                p { strong { (StaffWords.t("staff-preview-label")) } " " (StaffWords.with("staff-preview-explained", &[("number", view.number.into())])) }
                p {
                    a href=(preview.other_format_href) {
                        @if format == ResponseFormat::Standard { (StaffWords.t("staff-preview-in-easy-read")) } @else { (StaffWords.t("staff-preview-in-standard")) }
                    }
                    " \u{2013} "
                    a href=(preview.wave_href) { (StaffWords.t("staff-preview-back-to-wave")) }
                }
            }
        }
        // The error summary comes first, as GOV.UK places it: the first thing read after an error.
        (error_summary(&errors))
        (page_tools::render(
            view.preview.is_none().then_some(view.back_href.as_str()),
            view.preview.is_none().then_some(&switch),
            true,
        ))
        @if let Some(preview) = &view.preview {
            form method="get" action=(preview.next_href) novalidate {
                // A form sent by GET replaces the address's query, so the format travels as a field.
                @if format == ResponseFormat::EasyRead {
                    input type="hidden" name="format" value="easy_read";
                }
                @if question.kind == QuestionKind::FreeText {
                    (free_text(view))
                } @else {
                    (choices(view))
                }
            }
        } @else {
            form method="post" action=(action) novalidate {
                (csrf_field(view.csrf_token))
                @if view.returning_to_check {
                    input type="hidden" name="return" value="check";
                }
                @if question.kind == QuestionKind::FreeText {
                    (free_text(view))
                } @else {
                    (choices(view))
                }
            }
            (button_form(
                &format!("/s/{}/save", view.survey.slug),
                view.csrf_token,
                &words.t("save-for-later"),
                true,
            ))
        }
    };
    // The progress leads the title, so a screen reader hears it first when the page opens.
    let title = format!("{}: {}", progress(view), question.text_in(format));
    survey_shell::render(view.survey, &title, view.problem.is_some(), format, content)
}

/// "Question 3 of 19".
fn progress(view: &QuestionView<'_>) -> String {
    Words::new(view.format).with(
        "question-progress",
        &[
            ("number", view.number.into()),
            ("total", view.survey.questions.len().into()),
        ],
    )
}

fn field_id(field: AnswerField) -> &'static str {
    match field {
        AnswerField::Choices => CHOICES_ID,
        AnswerField::OtherText => OTHER_TEXT_ID,
        AnswerField::Text => TEXT_ID,
    }
}

fn problem_for<'a>(view: &QuestionView<'a>, field: AnswerField) -> Option<&'a str> {
    view.problem
        .and_then(|(problem_field, message)| (problem_field == field).then_some(message))
}

fn choices(view: &QuestionView<'_>) -> Markup {
    let question = view.question;
    let format = view.format;
    let kind = if question.kind == QuestionKind::MultipleChoice {
        ChoiceKind::Checkbox
    } else {
        ChoiceKind::Radio
    };
    let choices_problem = problem_for(view, AnswerField::Choices);
    let hint = question.hint_in(format);
    let described_by = [
        hint.map(|_| "answer-hint"),
        choices_problem.map(|_| "answer-error"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let inviting = question.inviting_option();
    // Faces are part of a face scale in any format; every other symbol is part of Easy Read.
    let option_symbols =
        format == ResponseFormat::EasyRead || question.kind == QuestionKind::FaceScale;
    let heading_symbol = heading_symbol(view);
    let (together, alone) = question.options_by_exclusivity();
    let words = Words::new(format);
    html! {
        div class=(group_class("form-group", choices_problem.is_some())) {
            fieldset aria-describedby=[(!described_by.is_empty()).then_some(&described_by)] {
                legend class=(heading_class(heading_symbol)) {
                    // Inside the legend, so whoever tabs to the first answer also hears where they are.
                    span class="caption" { (progress(view)) }
                    @if let Some(name) = heading_symbol { (symbol(name, "symbol symbol--heading")) }
                    h1 data-speak { (question.text_in(format)) }
                }
                @if let Some(hint) = hint {
                    p class="hint" id="answer-hint" data-speak { (hint) }
                }
                (sign_video(question, &words))
                @if let Some(message) = choices_problem {
                    (error_message("answer-error", message))
                }
                div {
                    @for (index, option) in together.iter().enumerate() {
                        (option_choice(view, kind, index, option, option_symbols))
                    }
                    // The GOV.UK "or" pattern: what follows is chosen only on its own.
                    p class="radios__divider" data-speak { (words.t("question-or")) }
                    @for (index, option) in alone.iter().enumerate() {
                        (option_choice(view, kind, together.len() + index, option, option_symbols))
                    }
                    @let skip_symbol = (format == ResponseFormat::EasyRead).then(skip_symbol_name);
                    (choice(&Choice {
                        kind,
                        id: "answer-skip",
                        name: "answer",
                        value: SKIP_VALUE,
                        checked: view.prefill.is_chosen(SKIP_VALUE),
                        with_symbol: skip_symbol.is_some(),
                    }, html! {
                        @if let Some(name) = &skip_symbol { (symbol(name, "symbol")) }
                        span data-speak { (words.t("question-skip")) }
                    }))
                }
            }
        }
        @if let Some(option) = inviting {
            @let other_problem = problem_for(view, AnswerField::OtherText);
            div class=(group_class("conditional", other_problem.is_some())) {
                label class="label" for=(OTHER_TEXT_ID) {
                    (words.with("question-other-label", &[("answer", option.label_in(format).into())]))
                }
                @if let Some(message) = other_problem {
                    (error_message("other_text-error", message))
                }
                input class=(if other_problem.is_some() { "input input--error" } else { "input" })
                    id=(OTHER_TEXT_ID) name="other_text" type="text" autocomplete="off"
                    spellcheck="true" value=(view.prefill.other_text)
                    aria-describedby=[other_problem.map(|_| "other_text-error")];
                p class="hint" { (words.with("question-other-hint", &[("limit", group_thousands(OTHER_TEXT_MAX_CHARS).into())])) }
            }
        }
        div class="button-group" {
            button class="button" type="submit" { (words.t("continue")) }
        }
    }
}

/// One answer option; the first on the page carries the id the error summary links to.
fn option_choice(
    view: &QuestionView<'_>,
    kind: ChoiceKind,
    index: usize,
    option: &AnswerOption,
    option_symbols: bool,
) -> Markup {
    let id = if index == 0 {
        CHOICES_ID.to_owned()
    } else {
        format!("answer-{index}")
    };
    let shown_symbol = option.symbol.as_ref().filter(|_| option_symbols);
    choice(
        &Choice {
            kind,
            id: &id,
            name: "answer",
            value: option.value.as_str(),
            checked: view.prefill.is_chosen(option.value.as_str()),
            with_symbol: shown_symbol.is_some(),
        },
        html! {
            @if let Some(name) = shown_symbol { (symbol(name, "symbol")) }
            span data-speak { (option.label_in(view.format)) }
        },
    )
}

fn free_text(view: &QuestionView<'_>) -> Markup {
    let question = view.question;
    let format = view.format;
    let problem = problem_for(view, AnswerField::Text);
    let described_by = ["progress".to_owned(), "text-hint".to_owned()]
        .into_iter()
        .chain(problem.map(|_| "text-error".to_owned()))
        .collect::<Vec<_>>()
        .join(" ");
    let heading_symbol = heading_symbol(view);
    let words = Words::new(format);
    html! {
        div class=(group_class("form-group", problem.is_some())) {
            span class="caption" id="progress" { (progress(view)) }
            div class=(heading_class(heading_symbol)) {
                @if let Some(name) = heading_symbol { (symbol(name, "symbol symbol--heading")) }
                h1 data-speak {
                    label for=(TEXT_ID) { (question.text_in(format)) }
                }
            }
            p class="hint" id="text-hint" data-speak {
                @if let Some(hint) = question.hint_in(format) { (hint) " " }
                (words.with("question-free-text-hint", &[("limit", group_thousands(FREE_TEXT_MAX_CHARS).into())]))
            }
            (sign_video(question, &words))
            @if let Some(message) = problem {
                (error_message("text-error", message))
            }
            textarea class=(if problem.is_some() { "textarea textarea--error" } else { "textarea" })
                id=(TEXT_ID) name="text" rows="8" spellcheck="true" aria-describedby=(described_by) {
                    (view.prefill.text)
                }
        }
        div class="button-group" {
            button class="button" type="submit" { (words.t("continue")) }
            button class="button button--secondary" type="submit" name="skip" value="yes" {
                (words.t("question-skip"))
            }
        }
    }
}

/// The question's own symbol, shown beside the heading in Easy Read.
/// The link to the question in British Sign Language, where the team gave one. The video is on
/// another site: no referrer is sent, so it never learns which survey the young person came from.
fn sign_video(question: &Question, words: &Words) -> Markup {
    html! {
        @if let Some(video) = &question.sign_video {
            p class="sign-video" {
                a href=(video.as_str()) rel="noopener noreferrer" referrerpolicy="no-referrer" {
                    (words.t("question-sign-video"))
                }
            }
        }
    }
}

fn heading_symbol<'a>(view: &QuestionView<'a>) -> Option<&'a SymbolName> {
    view.question
        .symbol
        .as_ref()
        .filter(|_| view.format == ResponseFormat::EasyRead)
}

fn heading_class(symbol: Option<&SymbolName>) -> &'static str {
    if symbol.is_some() {
        "question-heading question-heading--symbol"
    } else {
        "question-heading"
    }
}

fn skip_symbol_name() -> SymbolName {
    SymbolName::parse("do-not-want-to-say").expect("built-in symbol name is valid")
}

fn group_class(base: &str, has_error: bool) -> String {
    if has_error {
        format!("{base} form-group--error")
    } else {
        base.to_owned()
    }
}
