//! What a young person answered to one question, and how a submitted form becomes an answer.

use serde::{Deserialize, Serialize};

use super::ids::OptionValue;
use super::survey::{
    FREE_TEXT_MAX_CHARS, OTHER_TEXT_MAX_CHARS, Question, QuestionKind, ResponseFormat,
};

/// The form value of the "I do not want to say" choice. Option values cannot start with `_`.
pub const SKIP_VALUE: &str = "_skip";

/// One question's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    /// "I do not want to say": seen and declined. Nothing is stored for it in a response.
    Skipped,
    /// One or more options (exactly one for single-answer kinds), with the text of "other – please say".
    Chosen {
        values: Vec<OptionValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_text: Option<String>,
    },
    /// A free-text answer, never empty.
    Text { text: String },
}

/// The fields of one question page as the browser sent them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubmittedAnswer {
    pub choices: Vec<String>,
    pub other_text: String,
    pub text: String,
    /// The "I do not want to say" button of a free-text question.
    pub skip_pressed: bool,
}

/// The part of a question page a problem is about, so the error can point at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerField {
    Choices,
    OtherText,
    Text,
}

impl AnswerProblem {
    fn fix(field: AnswerField, fix: AnswerFix) -> Self {
        AnswerProblem::NeedsFixing { field, fix }
    }
}

/// What the young person needs to fix, as a code: the page says it in the wording they chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerFix {
    /// "I do not want to say" chosen together with answers.
    SkipWithAnswers,
    /// Nothing chosen; `one_answer` when the question takes exactly one answer.
    NothingChosen { one_answer: bool },
    /// An answer that must stand alone ("Nobody") chosen with others; `label` is its wording in
    /// the young person's format.
    ExclusiveClash { label: String },
    /// `length` characters written where `limit` fit.
    TooLong { limit: usize, length: usize },
}

/// Why a submitted answer was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerProblem {
    /// Something the young person can fix; shown next to the field it is about.
    #[error("the answer needs fixing: {fix:?}")]
    NeedsFixing { field: AnswerField, fix: AnswerFix },
    /// A value no honest form could send (an unknown option, a second radio value).
    #[error("the form sent {0}")]
    Tampered(String),
}

impl Answer {
    /// Checks a submission against its question and turns it into an answer.
    pub fn from_submission(
        question: &Question,
        format: ResponseFormat,
        submitted: &SubmittedAnswer,
    ) -> Result<Answer, AnswerProblem> {
        if question.kind == QuestionKind::FreeText {
            return free_text_answer(submitted);
        }
        let skipped = submitted.choices.iter().any(|choice| choice == SKIP_VALUE);
        let chosen: Vec<&String> = submitted
            .choices
            .iter()
            .filter(|choice| *choice != SKIP_VALUE)
            .collect();
        if skipped && chosen.is_empty() {
            return Ok(Answer::Skipped);
        }
        if skipped {
            return Err(AnswerProblem::fix(
                AnswerField::Choices,
                AnswerFix::SkipWithAnswers,
            ));
        }
        if chosen.is_empty() {
            let one_answer = question.kind.is_single_answer();
            return Err(AnswerProblem::fix(
                AnswerField::Choices,
                AnswerFix::NothingChosen { one_answer },
            ));
        }
        if question.kind.is_single_answer() && chosen.len() > 1 {
            return Err(AnswerProblem::Tampered(
                "more than one answer to a one-answer question".into(),
            ));
        }
        let mut values: Vec<OptionValue> = Vec::with_capacity(chosen.len());
        let mut invites_text = false;
        for choice in chosen {
            let option = question.option(choice).ok_or_else(|| {
                AnswerProblem::Tampered(format!(
                    "an answer that is not an option of {}",
                    question.key
                ))
            })?;
            if values.contains(&option.value) {
                return Err(AnswerProblem::Tampered("the same answer twice".into()));
            }
            invites_text |= option.invites_text;
            values.push(option.value.clone());
        }
        if let Some(exclusive) = question.exclusive_clash(&values) {
            return Err(AnswerProblem::fix(
                AnswerField::Choices,
                AnswerFix::ExclusiveClash {
                    label: exclusive.label_in(format).to_owned(),
                },
            ));
        }
        // Keep the question's own order so answers read the same whatever order the browser sent.
        values.sort_by_key(|value| question.options.iter().position(|o| &o.value == value));
        let other_text = normalise_text(&submitted.other_text);
        let other_text = if invites_text && !other_text.is_empty() {
            let length = other_text.chars().count();
            if length > OTHER_TEXT_MAX_CHARS {
                return Err(AnswerProblem::fix(
                    AnswerField::OtherText,
                    AnswerFix::TooLong {
                        limit: OTHER_TEXT_MAX_CHARS,
                        length,
                    },
                ));
            }
            Some(other_text)
        } else {
            None
        };
        Ok(Answer::Chosen { values, other_text })
    }

    /// Whether this answer chose `value`.
    pub fn includes(&self, value: &str) -> bool {
        match self {
            Answer::Chosen { values, .. } => values.iter().any(|v| v.as_str() == value),
            _ => false,
        }
    }

    /// The answer in words, one line per chosen option, as the check-answers page shows it;
    /// nothing for a skipped question, which the page words in the young person's language.
    pub fn describe(&self, question: &Question, format: ResponseFormat) -> Vec<String> {
        match self {
            Answer::Skipped => Vec::new(),
            Answer::Text { text } => vec![text.clone()],
            Answer::Chosen { values, other_text } => values
                .iter()
                .map(|value| {
                    let option = question.option(value.as_str());
                    let label = option.map_or(value.as_str(), |o| o.label_in(format));
                    match (option.is_some_and(|o| o.invites_text), other_text) {
                        (true, Some(text)) => format!("{label}: {text}"),
                        _ => label.to_owned(),
                    }
                })
                .collect(),
        }
    }
}

fn free_text_answer(submitted: &SubmittedAnswer) -> Result<Answer, AnswerProblem> {
    let text = normalise_text(&submitted.text);
    if submitted.skip_pressed || text.is_empty() {
        return Ok(Answer::Skipped);
    }
    let length = text.chars().count();
    if length > FREE_TEXT_MAX_CHARS {
        return Err(AnswerProblem::fix(
            AnswerField::Text,
            AnswerFix::TooLong {
                limit: FREE_TEXT_MAX_CHARS,
                length,
            },
        ));
    }
    Ok(Answer::Text { text })
}

/// Writes a count the way people read it: 2,000 rather than 2000.
pub fn group_thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Trims, uses `\n` for line breaks and drops control characters that no keyboard types.
pub fn normalise_text(raw: &str) -> String {
    raw.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;

    fn question(key: &str) -> Question {
        be_supported(2022)
            .questions
            .into_iter()
            .find(|q| q.key.as_str() == key)
            .unwrap()
    }

    fn choose(values: &[&str]) -> SubmittedAnswer {
        SubmittedAnswer {
            choices: values.iter().map(|v| v.to_string()).collect(),
            ..SubmittedAnswer::default()
        }
    }

    #[test]
    fn one_known_option_is_an_answer() {
        let q = question("know_who_to_speak_to");
        let answer =
            Answer::from_submission(&q, ResponseFormat::Standard, &choose(&["agree"])).unwrap();
        assert!(answer.includes("agree"));
        assert_eq!(answer.describe(&q, ResponseFormat::Standard), vec!["Agree"]);
    }

    #[test]
    fn nothing_chosen_asks_for_an_answer_or_skip() {
        let q = question("know_who_to_speak_to");
        let problem =
            Answer::from_submission(&q, ResponseFormat::Standard, &choose(&[])).unwrap_err();
        assert!(
            problem
                == AnswerProblem::NeedsFixing {
                    field: AnswerField::Choices,
                    fix: AnswerFix::NothingChosen { one_answer: true }
                }
        );
    }

    #[test]
    fn skip_alone_is_skipped_but_skip_with_options_must_be_fixed() {
        let q = question("where_go_for_support");
        assert_eq!(
            Answer::from_submission(&q, ResponseFormat::Standard, &choose(&[SKIP_VALUE])).unwrap(),
            Answer::Skipped
        );
        assert!(matches!(
            Answer::from_submission(
                &q,
                ResponseFormat::Standard,
                &choose(&[SKIP_VALUE, "friends"])
            ),
            Err(AnswerProblem::NeedsFixing {
                field: AnswerField::Choices,
                ..
            })
        ));
    }

    #[test]
    fn an_answer_that_excludes_the_others_must_stand_alone() {
        let q = question("where_go_for_support");
        for format in ResponseFormat::ALL {
            let problem =
                Answer::from_submission(&q, format, &choose(&["family", "nobody"])).unwrap_err();
            assert_eq!(
                problem,
                AnswerProblem::NeedsFixing {
                    field: AnswerField::Choices,
                    fix: AnswerFix::ExclusiveClash {
                        label: "Nobody".into()
                    }
                }
            );
        }
        let roles = question("who_role_models");
        let problem = Answer::from_submission(
            &roles,
            ResponseFormat::EasyRead,
            &choose(&["none_yet", "friend"]),
        )
        .unwrap_err();
        assert!(
            matches!(&problem, AnswerProblem::NeedsFixing { fix: AnswerFix::ExclusiveClash { label }, .. } if label == "Nobody yet"),
            "{problem:?}"
        );
        assert!(
            Answer::from_submission(&q, ResponseFormat::Standard, &choose(&["nobody"]))
                .unwrap()
                .includes("nobody")
        );
        assert!(
            Answer::from_submission(
                &q,
                ResponseFormat::Standard,
                &choose(&["family", "friends"])
            )
            .is_ok()
        );
    }

    #[test]
    fn unknown_values_and_two_radio_values_are_tampering() {
        let q = question("know_who_to_speak_to");
        assert!(matches!(
            Answer::from_submission(&q, ResponseFormat::Standard, &choose(&["friends"])),
            Err(AnswerProblem::Tampered(_))
        ));
        assert!(matches!(
            Answer::from_submission(
                &q,
                ResponseFormat::Standard,
                &choose(&["agree", "disagree"])
            ),
            Err(AnswerProblem::Tampered(_))
        ));
    }

    #[test]
    fn several_choices_keep_the_question_order_and_other_text() {
        let q = question("where_go_for_support");
        let mut submitted = choose(&["other", "family", "friends"]);
        submitted.other_text = "  my coach ".into();
        let answer = Answer::from_submission(&q, ResponseFormat::Standard, &submitted).unwrap();
        let Answer::Chosen { values, other_text } = &answer else {
            panic!("not chosen")
        };
        let values: Vec<&str> = values.iter().map(|v| v.as_str()).collect();
        assert_eq!(values, ["family", "friends", "other"]);
        assert_eq!(other_text.as_deref(), Some("my coach"));
    }

    #[test]
    fn free_text_is_trimmed_and_limited_to_2000_characters() {
        let q = question("what_would_help");
        let mut submitted = SubmittedAnswer {
            text: " more youth clubs\r\n ".into(),
            ..Default::default()
        };
        assert_eq!(
            Answer::from_submission(&q, ResponseFormat::Standard, &submitted).unwrap(),
            Answer::Text {
                text: "more youth clubs".into()
            }
        );
        submitted.text = "é".repeat(2000);
        assert!(Answer::from_submission(&q, ResponseFormat::Standard, &submitted).is_ok());
        submitted.text = "é".repeat(2001);
        let problem =
            Answer::from_submission(&q, ResponseFormat::Standard, &submitted).unwrap_err();
        assert_eq!(
            problem,
            AnswerProblem::NeedsFixing {
                field: AnswerField::Text,
                fix: AnswerFix::TooLong {
                    limit: 2000,
                    length: 2001
                }
            }
        );
    }

    #[test]
    fn empty_free_text_or_the_skip_button_is_skipped() {
        let q = question("what_would_help");
        let blank = SubmittedAnswer {
            text: "   ".into(),
            ..Default::default()
        };
        assert_eq!(
            Answer::from_submission(&q, ResponseFormat::Standard, &blank).unwrap(),
            Answer::Skipped
        );
        let pressed = SubmittedAnswer {
            text: "words".into(),
            skip_pressed: true,
            ..Default::default()
        };
        assert_eq!(
            Answer::from_submission(&q, ResponseFormat::Standard, &pressed).unwrap(),
            Answer::Skipped
        );
    }
}
