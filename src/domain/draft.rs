//! A survey in progress: the answers given so far, kept server-side until the young person submits.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::resume_code::RESUME_CODE_LIFETIME_DAYS;
use super::survey::{Question, Survey};

/// When a draft last touched on `today` is deleted: the start of a day, never a time of day, so
/// the stored expiry cannot say when the young person last answered. It is at least the promised
/// 30 days away.
pub fn expiry_for(today: chrono::NaiveDate) -> chrono::NaiveDateTime {
    (today + chrono::Duration::days(RESUME_CODE_LIFETIME_DAYS + 1))
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
}

/// Answers so far, by question key. Stored as JSON against an anonymous draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftAnswers(BTreeMap<String, Answer>);

impl DraftAnswers {
    pub fn get(&self, question: &Question) -> Option<&Answer> {
        self.0.get(question.key.as_str())
    }

    pub fn set(&mut self, question: &Question, answer: Answer) {
        self.0.insert(question.key.as_str().to_owned(), answer);
    }

    /// The number (from 1) of the first question not yet answered or skipped, if any.
    pub fn first_unanswered(&self, survey: &Survey) -> Option<usize> {
        survey
            .questions
            .iter()
            .position(|question| self.get(question).is_none())
            .map(|index| index + 1)
    }

    pub fn answered_count(&self, survey: &Survey) -> usize {
        survey
            .questions
            .iter()
            .filter(|q| self.get(q).is_some())
            .count()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("answers always serialise")
    }

    /// Reads stored answers; unreadable JSON (e.g. from an older version) starts afresh rather than failing.
    pub fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;

    #[test]
    fn a_draft_expires_at_the_start_of_a_day_at_least_30_days_on() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).unwrap();
        let expiry = expiry_for(today);
        assert_eq!(expiry.to_string(), "2026-04-14 00:00:00");
        assert!(expiry - today.and_hms_opt(23, 59, 59).unwrap() >= chrono::Duration::days(30));
    }

    #[test]
    fn the_first_unanswered_question_moves_on_as_answers_arrive() {
        let survey = be_supported(2022);
        let mut answers = DraftAnswers::default();
        assert_eq!(answers.first_unanswered(&survey), Some(1));
        answers.set(&survey.questions[0], Answer::Skipped);
        answers.set(&survey.questions[2], Answer::Skipped);
        assert_eq!(answers.first_unanswered(&survey), Some(2));
        for question in &survey.questions {
            answers.set(question, Answer::Skipped);
        }
        assert_eq!(answers.first_unanswered(&survey), None);
        assert_eq!(answers.answered_count(&survey), survey.questions.len());
    }

    #[test]
    fn answers_survive_a_round_trip_through_json() {
        let survey = be_supported(2022);
        let mut answers = DraftAnswers::default();
        answers.set(
            &survey.questions[10],
            Answer::Text {
                text: "More \"youth\" clubs <b>".into(),
            },
        );
        assert_eq!(DraftAnswers::from_json(&answers.to_json()), answers);
        assert_eq!(DraftAnswers::from_json("not json"), DraftAnswers::default());
    }
}
