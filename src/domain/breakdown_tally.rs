//! Counts every breakdown of a wave in one pass over its answers. The answers arrive grouped by
//! response (the database sorts them); each response's answers are held only until the next
//! response starts, so memory stays small whatever the size of the wave.

use std::collections::HashMap;

use super::ids::{OptionValue, QuestionKey};
use super::survey::Question;

/// One question broken down by one demographic question: per answer of the demographic (in its
/// option order), how many of those young people gave a positive answer, and how many answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownCounts {
    pub question: QuestionKey,
    pub group_question: QuestionKey,
    pub groups: Vec<(OptionValue, u64, u64)>,
}

pub struct BreakdownTally<'a> {
    questions: Vec<&'a Question>,
    group_questions: Vec<&'a Question>,
    /// Question id (as stored) to the question's place in `questions`.
    question_at: HashMap<String, usize>,
    /// Question id (as stored) to the demographic's place, and its option values to their places.
    group_at: HashMap<String, (usize, HashMap<String, usize>)>,
    current_response: Option<String>,
    /// This response's answers: (question, whether positive) and (demographic, group).
    current_answers: Vec<(usize, bool)>,
    current_groups: Vec<(usize, usize)>,
    /// [question][demographic][group] = (positive, answered)
    counts: Vec<Vec<Vec<(u64, u64)>>>,
}

impl<'a> BreakdownTally<'a> {
    pub fn new(questions: Vec<&'a Question>, group_questions: Vec<&'a Question>) -> Self {
        let question_at = questions
            .iter()
            .enumerate()
            .map(|(index, question)| (question.id.to_string(), index))
            .collect();
        let group_at = group_questions
            .iter()
            .enumerate()
            .map(|(index, group)| {
                let options = group
                    .options
                    .iter()
                    .enumerate()
                    .map(|(at, option)| (option.value.to_string(), at))
                    .collect();
                (group.id.to_string(), (index, options))
            })
            .collect();
        let counts = questions
            .iter()
            .map(|_| {
                group_questions
                    .iter()
                    .map(|group| vec![(0, 0); group.options.len()])
                    .collect()
            })
            .collect();
        BreakdownTally {
            questions,
            group_questions,
            question_at,
            group_at,
            current_response: None,
            current_answers: Vec::new(),
            current_groups: Vec::new(),
            counts,
        }
    }

    /// The ids of every question the tally needs answers to.
    pub fn question_ids(&self) -> Vec<String> {
        self.question_at
            .keys()
            .chain(self.group_at.keys())
            .cloned()
            .collect()
    }

    /// One chosen answer. All of a response's answers must come together; answers to other
    /// questions, and values that are not options, are ignored.
    pub fn add(&mut self, response: &str, question: &str, value: &str) {
        if self.current_response.as_deref() != Some(response) {
            self.finish_response();
            self.current_response = Some(response.to_owned());
        }
        if let Some(&at) = self.question_at.get(question) {
            let positive = self.questions[at]
                .options
                .iter()
                .any(|option| option.is_positive && option.value.as_str() == value);
            self.current_answers.push((at, positive));
        } else if let Some((at, options)) = self.group_at.get(question)
            && let Some(&group) = options.get(value)
        {
            self.current_groups.push((*at, group));
        }
    }

    fn finish_response(&mut self) {
        for &(question, positive) in &self.current_answers {
            for &(demographic, group) in &self.current_groups {
                let cell = &mut self.counts[question][demographic][group];
                cell.1 += 1;
                if positive {
                    cell.0 += 1;
                }
            }
        }
        self.current_answers.clear();
        self.current_groups.clear();
    }

    /// Every question by every demographic, questions in the order given, then demographics.
    pub fn finish(mut self) -> Vec<BreakdownCounts> {
        self.finish_response();
        let mut all = Vec::with_capacity(self.questions.len() * self.group_questions.len());
        for (question, by_demographic) in self.questions.iter().zip(&self.counts) {
            for (group_question, by_group) in self.group_questions.iter().zip(by_demographic) {
                all.push(BreakdownCounts {
                    question: question.key.clone(),
                    group_question: group_question.key.clone(),
                    groups: group_question
                        .options
                        .iter()
                        .zip(by_group)
                        .map(|(option, (positive, answered))| {
                            (option.value.clone(), *positive, *answered)
                        })
                        .collect(),
                });
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::built_in_templates::be_supported;

    fn find<'a>(survey: &'a crate::domain::survey::Survey, key: &str) -> &'a Question {
        survey
            .questions
            .iter()
            .find(|question| question.key.as_str() == key)
            .unwrap()
    }

    #[test]
    fn counts_each_response_in_its_groups_whatever_order_its_answers_come_in() {
        let survey = be_supported(2024);
        let know = find(&survey, "know_who_to_speak_to");
        let district = find(&survey, "district");
        let carer = find(&survey, "young_carer");
        let mut tally = BreakdownTally::new(vec![know], vec![district, carer]);
        let (k, d, c) = (
            know.id.to_string(),
            district.id.to_string(),
            carer.id.to_string(),
        );
        let rows = [
            ("r1", &d, "oxford"),
            ("r1", &k, "agree"),
            ("r1", &c, "yes"),
            ("r2", &k, "disagree"),
            ("r2", &d, "oxford"),
            // No district: counted by caring only.
            ("r3", &c, "yes"),
            ("r3", &k, "strongly_agree"),
            // No answer to the question: counted nowhere.
            ("r4", &d, "cherwell"),
        ];
        for (response, question, value) in rows {
            tally.add(response, question, value);
        }
        let all = tally.finish();
        assert_eq!(all.len(), 2);
        let by_district = &all[0];
        assert_eq!(by_district.group_question.as_str(), "district");
        let group = |value: &str| {
            by_district
                .groups
                .iter()
                .find(|(group, _, _)| group.as_str() == value)
                .map(|(_, positive, answered)| (*positive, *answered))
                .unwrap()
        };
        assert_eq!(group("oxford"), (1, 2));
        assert_eq!(group("cherwell"), (0, 0));
        let by_caring = &all[1];
        assert_eq!(by_caring.groups[0].0.as_str(), "yes");
        assert_eq!((by_caring.groups[0].1, by_caring.groups[0].2), (2, 2));
    }

    proptest! {
        /// The one-pass tally agrees with counting each pair on its own, as the database's join
        /// did before: every response that answered both, in the group it gave.
        #[test]
        fn agrees_with_counting_each_pair_separately(
            responses in proptest::collection::vec(
                (proptest::option::of(0usize..5), proptest::option::of(0usize..12)), 0..200)
        ) {
            let survey = be_supported(2024);
            let know = find(&survey, "know_who_to_speak_to");
            let district = find(&survey, "district");
            let mut tally = BreakdownTally::new(vec![know], vec![district]);
            let mut expected = vec![(0u64, 0u64); district.options.len()];
            for (index, (answer, group)) in responses.iter().enumerate() {
                let response = format!("r{index:04}");
                let answer = answer.map(|at| &know.options[at % know.options.len()]);
                let group = group.map(|at| at % district.options.len());
                if let Some(option) = answer {
                    tally.add(&response, &know.id.to_string(), option.value.as_str());
                }
                if let Some(group) = group {
                    tally.add(&response, &district.id.to_string(), district.options[group].value.as_str());
                }
                if let (Some(option), Some(group)) = (answer, group) {
                    expected[group].1 += 1;
                    if option.is_positive {
                        expected[group].0 += 1;
                    }
                }
            }
            let counted: Vec<(u64, u64)> = tally.finish()[0]
                .groups
                .iter()
                .map(|(_, positive, answered)| (*positive, *answered))
                .collect();
            prop_assert_eq!(counted, expected);
        }
    }
}
