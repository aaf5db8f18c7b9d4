//! The aggregates CSV for waves where only published totals survive (e.g. 2019 and 2020):
//! `question_key,option_value,count`, one row per answer. A row with an empty option_value gives
//! the number who answered the question; it is needed for choose-all questions, whose answers'
//! counts do not add up to it, and optional otherwise.

use std::collections::HashMap;

use super::ids::{OptionValue, QuestionId};
use super::message::Message;
use super::survey::{QuestionKind, Survey};
use super::wide_csv::ImportProblem;

pub const HEADER: [&str; 3] = ["question_key", "option_value", "count"];

/// One published total: an answer's count, or (with no option) how many answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedTotal {
    pub question: QuestionId,
    pub option_value: Option<OptionValue>,
    pub count: u64,
}

pub fn parse_totals(
    survey: &Survey,
    header: &[String],
    rows: &[(u64, Vec<String>)],
) -> Result<Vec<ImportedTotal>, Vec<ImportProblem>> {
    if header != HEADER {
        return Err(vec![ImportProblem {
            line: 1,
            column: None,
            message: Message::new("staff-import-totals-header").with("header", HEADER.join(",")),
        }]);
    }
    let mut problems = Vec::new();
    let mut totals: Vec<ImportedTotal> = Vec::new();
    let mut seen: HashMap<(QuestionId, Option<OptionValue>), u64> = HashMap::new();
    for (line, cells) in rows {
        let line = *line;
        let problem = |column: &str, message: Message| ImportProblem {
            line,
            column: Some(column.to_owned()),
            message,
        };
        let [key, value, count] = [&cells[0], &cells[1], &cells[2]];
        let Some(question) = survey.questions.iter().find(|q| q.key.as_str() == key) else {
            problems.push(problem(
                "question_key",
                Message::new("staff-import-no-such-question")
                    .with("wave", survey.slug.as_str())
                    .with("key", key.as_str()),
            ));
            continue;
        };
        if question.kind == QuestionKind::FreeText {
            problems.push(problem(
                "question_key",
                Message::new("staff-import-totals-free-text").with("key", key.as_str()),
            ));
            continue;
        }
        let option_value = if value.is_empty() {
            None
        } else if let Some(option) = question.option(value) {
            Some(option.value.clone())
        } else {
            problems.push(problem(
                "option_value",
                Message::new("staff-import-totals-not-an-answer")
                    .with("value", value.as_str())
                    .with("key", key.as_str()),
            ));
            continue;
        };
        let Ok(count) = count.trim().parse::<u64>() else {
            problems.push(problem(
                "count",
                Message::new("staff-import-totals-not-a-count").with("value", count.as_str()),
            ));
            continue;
        };
        if let Some(first) = seen.insert((question.id, option_value.clone()), line) {
            problems.push(problem(
                "option_value",
                Message::new("staff-import-totals-given-twice")
                    .with("key", key.as_str())
                    .with("value", value.as_str())
                    .with("line", first),
            ));
            continue;
        }
        totals.push(ImportedTotal {
            question: question.id,
            option_value,
            count,
        });
    }
    for question in &survey.questions {
        let of_question: Vec<&ImportedTotal> = totals
            .iter()
            .filter(|t| t.question == question.id)
            .collect();
        if of_question.is_empty() {
            continue;
        }
        let answered = of_question
            .iter()
            .find(|t| t.option_value.is_none())
            .map(|t| t.count);
        let chosen: Vec<u64> = of_question
            .iter()
            .filter(|t| t.option_value.is_some())
            .map(|t| t.count)
            .collect();
        let whole = |message: Message| ImportProblem {
            line: 0,
            column: Some(question.key.to_string()),
            message,
        };
        match (question.kind == QuestionKind::MultipleChoice, answered) {
            (true, None) => problems.push(whole(
                Message::new("staff-import-totals-choose-all").with("key", question.key.as_str()),
            )),
            (true, Some(answered)) if chosen.iter().any(|&count| count > answered) => problems
                .push(whole(
                    Message::new("staff-import-totals-more-than-answered")
                        .with("key", question.key.as_str())
                        .with("answered", answered),
                )),
            (false, Some(answered)) if chosen.iter().sum::<u64>() != answered => {
                problems.push(whole(
                    Message::new("staff-import-totals-do-not-add-up")
                        .with("key", question.key.as_str())
                        .with("sum", chosen.iter().sum::<u64>())
                        .with("answered", answered),
                ))
            }
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(totals)
    } else {
        Err(problems)
    }
}
