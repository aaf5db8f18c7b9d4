//! The wide responses CSV that earlier waves are imported from and every wave is exported to:
//! `response_id,submitted_on,format,<question key>…`, one row per response. A cell holds the
//! chosen option value, several joined by `;`, free text as written, or nothing when the question
//! was not answered. A question with an "other, please say" answer has one more column,
//! `<question key>:other`, for what was written there.
//!
//! This module checks a file's header and rows against the wave's questions and says exactly
//! what is wrong where; reading the bytes and storing the responses happen elsewhere.

use std::collections::HashSet;

use super::ids::{OptionValue, ResponseId};
use super::message::Message;
use super::response::{NewResponse, StoredAnswer};
use super::spreadsheet_cell;
use super::survey::{
    FREE_TEXT_MAX_CHARS, OTHER_TEXT_MAX_CHARS, QuestionKind, ResponseFormat, Survey,
};
use super::wording::Language;

pub const RESPONSE_ID: &str = "response_id";
pub const SUBMITTED_ON: &str = "submitted_on";
pub const FORMAT: &str = "format";
const OTHER_SUFFIX: &str = ":other";
const VALUE_SEPARATOR: char = ';';

/// One thing wrong with a file: the line (1 is the header; 0 is the file as a whole, such as
/// totals that do not add up) and column it is in, and what to do, as a staff catalogue message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: u64,
    pub column: Option<String>,
    pub message: Message,
}

/// A line the CSV reader could not read, with the reader's own account of why.
pub fn unreadable(error: &csv::Error) -> Message {
    Message::new("staff-import-unreadable-line").with("detail", error.to_string())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    ResponseId,
    SubmittedOn,
    Format,
    Answer(usize),
    OtherText(usize),
}

/// A checked header: which question each column belongs to.
#[derive(Debug, Clone)]
pub struct WideHeader {
    names: Vec<String>,
    columns: Vec<Column>,
}

impl WideHeader {
    pub fn len(&self) -> usize {
        self.columns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }
}

/// The header an export writes for `survey`.
pub fn header_for(survey: &Survey) -> Vec<String> {
    let mut header = vec![
        RESPONSE_ID.to_owned(),
        SUBMITTED_ON.to_owned(),
        FORMAT.to_owned(),
    ];
    for question in &survey.questions {
        header.push(question.key.to_string());
        if question.inviting_option().is_some() {
            header.push(format!("{}{OTHER_SUFFIX}", question.key));
        }
    }
    header
}

pub fn parse_header(survey: &Survey, names: &[String]) -> Result<WideHeader, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut columns = Vec::with_capacity(names.len());
    for name in names {
        let problem = |message: Message| ImportProblem {
            line: 1,
            column: Some(name.clone()),
            message,
        };
        if !seen.insert(name.as_str()) {
            problems.push(problem("staff-import-column-twice".into()));
            continue;
        }
        let column = match name.as_str() {
            RESPONSE_ID => Some(Column::ResponseId),
            SUBMITTED_ON => Some(Column::SubmittedOn),
            FORMAT => Some(Column::Format),
            other => {
                let (key, is_other_text) = match other.strip_suffix(OTHER_SUFFIX) {
                    Some(key) => (key, true),
                    None => (other, false),
                };
                let index = survey.questions.iter().position(|q| q.key.as_str() == key);
                match (index, is_other_text) {
                    (Some(index), false) => Some(Column::Answer(index)),
                    (Some(index), true) if survey.questions[index].inviting_option().is_some() => {
                        Some(Column::OtherText(index))
                    }
                    (Some(_), true) => {
                        problems.push(problem(
                            Message::new("staff-import-no-other-answer").with("key", key),
                        ));
                        None
                    }
                    (None, _) => {
                        problems.push(problem(
                            Message::new("staff-import-no-such-question")
                                .with("wave", survey.slug.as_str())
                                .with("key", key),
                        ));
                        None
                    }
                }
            }
        };
        if let Some(column) = column {
            columns.push(column);
        }
    }
    if !seen.contains(RESPONSE_ID) {
        problems.push(ImportProblem {
            line: 1,
            column: None,
            message: Message::new("staff-import-no-response-id").with("column", RESPONSE_ID),
        });
    }
    if problems.is_empty() {
        Ok(WideHeader {
            names: names.to_vec(),
            columns,
        })
    } else {
        Err(problems)
    }
}

/// Checks one row and turns it into a response with a new id (the file's ids are never kept).
pub fn parse_record(
    survey: &Survey,
    header: &WideHeader,
    line: u64,
    cells: &[String],
) -> Result<NewResponse, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut submitted_on = None;
    let mut format = ResponseFormat::Standard;
    let mut chosen: Vec<Option<Vec<OptionValue>>> = vec![None; survey.questions.len()];
    let mut texts: Vec<Option<String>> = vec![None; survey.questions.len()];
    let mut other_texts: Vec<Option<String>> = vec![None; survey.questions.len()];
    for ((name, column), cell) in header.names.iter().zip(&header.columns).zip(cells) {
        let mut problem = |message: Message| {
            problems.push(ImportProblem {
                line,
                column: Some(name.clone()),
                message,
            })
        };
        if cell.is_empty() {
            continue;
        }
        match *column {
            Column::ResponseId => {}
            Column::SubmittedOn => match super::iso_day::parse(cell) {
                Some(day) => submitted_on = Some(day),
                None => problem(Message::new("staff-import-bad-date").with("value", cell.as_str())),
            },
            Column::Format => match ResponseFormat::parse(cell) {
                Ok(parsed) => format = parsed,
                Err(_) => {
                    problem(Message::new("staff-import-bad-format").with("value", cell.as_str()))
                }
            },
            Column::Answer(index) => {
                let question = &survey.questions[index];
                if question.kind == QuestionKind::FreeText {
                    if cell.chars().count() > FREE_TEXT_MAX_CHARS {
                        problem(
                            Message::new("staff-import-free-text-long")
                                .with("max", FREE_TEXT_MAX_CHARS),
                        );
                    } else {
                        texts[index] = Some(spreadsheet_cell::unprotect(cell).into_owned());
                    }
                    continue;
                }
                let mut values = Vec::new();
                for part in cell.split(VALUE_SEPARATOR).map(str::trim) {
                    match question.option(part) {
                        Some(option) if values.contains(&option.value) => {
                            problem(Message::new("staff-import-listed-twice").with("value", part))
                        }
                        Some(option) => values.push(option.value.clone()),
                        None => problem(
                            Message::new("staff-import-not-an-answer")
                                .with("value", part)
                                .with("key", question.key.as_str())
                                .with(
                                    "answers",
                                    question
                                        .options
                                        .iter()
                                        .map(|option| option.value.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", "),
                                ),
                        ),
                    }
                }
                if values.len() > 1 && question.kind != QuestionKind::MultipleChoice {
                    problem(
                        Message::new("staff-import-one-answer")
                            .with("key", question.key.as_str())
                            .with("count", values.len()),
                    );
                } else if let Some(exclusive) = question.exclusive_clash(&values) {
                    problem(
                        Message::new("staff-import-on-its-own")
                            .with("value", exclusive.value.as_str())
                            .with("key", question.key.as_str()),
                    );
                }
                chosen[index] = Some(values);
            }
            Column::OtherText(index) => {
                if cell.chars().count() > OTHER_TEXT_MAX_CHARS {
                    problem(
                        Message::new("staff-import-other-text-long")
                            .with("max", OTHER_TEXT_MAX_CHARS),
                    );
                } else {
                    other_texts[index] = Some(spreadsheet_cell::unprotect(cell).into_owned());
                }
            }
        }
    }
    let mut answers = Vec::new();
    for (index, question) in survey.questions.iter().enumerate() {
        if let Some(text) = texts[index].take() {
            answers.push(StoredAnswer {
                question_id: question.id,
                option_value: None,
                text: Some(text),
            });
        }
        let values = chosen[index].take().unwrap_or_default();
        let inviting = question.inviting_option();
        if let Some(other_text) = &other_texts[index]
            && !inviting.is_some_and(|option| values.contains(&option.value))
        {
            problems.push(ImportProblem {
                line,
                column: Some(format!("{}{OTHER_SUFFIX}", question.key)),
                message: Message::new("staff-import-other-text-alone")
                    .with("text", other_text.as_str())
                    .with("key", question.key.as_str()),
            });
        }
        for value in values {
            let is_inviting = inviting.is_some_and(|option| option.value == value);
            answers.push(StoredAnswer {
                question_id: question.id,
                text: if is_inviting {
                    other_texts[index].clone()
                } else {
                    None
                },
                option_value: Some(value),
            });
        }
    }
    if problems.is_empty() {
        Ok(NewResponse {
            id: ResponseId::new_random(),
            survey_id: survey.id,
            format,
            submitted_on,
            channel: None,
            // The wide file has no language column: imported answers count as given in English.
            language: Language::english(),
            answers,
        })
    } else {
        Err(problems)
    }
}

/// Free text and "other" text may start like a spreadsheet formula; it is written as text.
fn protected(text: &str) -> String {
    spreadsheet_cell::protect(text).into_owned()
}

/// A stored response as an export row, in the order of `header_for(survey)`.
pub fn record_for(survey: &Survey, response_id: &str, response: &NewResponse) -> Vec<String> {
    let mut cells = vec![
        response_id.to_owned(),
        response
            .submitted_on
            .map(|day| day.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        response.format.as_str().to_owned(),
    ];
    for question in &survey.questions {
        let answers: Vec<&StoredAnswer> = response
            .answers
            .iter()
            .filter(|answer| answer.question_id == question.id)
            .collect();
        let cell = if question.kind == QuestionKind::FreeText {
            answers
                .iter()
                .find_map(|answer| answer.text.as_deref())
                .map(protected)
                .unwrap_or_default()
        } else {
            // In the question's own order, so the same answers always export the same way.
            question
                .options
                .iter()
                .filter(|option| {
                    answers
                        .iter()
                        .any(|answer| answer.option_value.as_ref() == Some(&option.value))
                })
                .map(|option| option.value.as_str())
                .collect::<Vec<_>>()
                .join(";")
        };
        cells.push(cell);
        if question.inviting_option().is_some() {
            let other = answers
                .iter()
                .find(|answer| answer.option_value.is_some() && answer.text.is_some())
                .and_then(|answer| answer.text.as_deref())
                .map(protected)
                .unwrap_or_default();
            cells.push(other);
        }
    }
    cells
}
