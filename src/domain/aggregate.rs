//! Results of one closed question in one wave, from its counts: each answer's count and share of
//! those answering, and the headline positive share with its 95% interval, each count shown or
//! withheld as the wave's disclosure plan says. Counts come from the database (GROUP BY) or from an imported table of totals.

use super::breakdown_tally::BreakdownCounts;
use super::disclosure::wave_plan::{GroupCounts, WavePlan};
use super::ids::{OptionValue, QuestionKey};
use super::statistics::{Interval, Proportion};
use super::suppression::{Count, Threshold};
use super::survey::{Question, QuestionKind};

/// How many chose each answer, and how many answered at all (skips excluded). For a
/// multiple-choice question the answers' counts can add up to more than `answered`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionCounts {
    pub key: QuestionKey,
    /// In the question's own order; an answer nobody chose has 0.
    pub options: Vec<(OptionValue, u64)>,
    pub answered: u64,
}

impl QuestionCounts {
    pub fn count_of(&self, value: &OptionValue) -> u64 {
        self.options
            .iter()
            .find(|(option, _)| option == value)
            .map_or(0, |(_, count)| *count)
    }
}

/// A share of those answering, as a percentage, only where the count behind it may be shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(f64);

impl Percent {
    fn of(count: Count, answered: Count) -> Option<Percent> {
        match (count, answered) {
            (Count::Shown(count), Count::Shown(answered)) if answered > 0 => {
                Some(Percent(count as f64 * 100.0 / answered as f64))
            }
            _ => None,
        }
    }

    pub fn value(self) -> f64 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionResult {
    pub value: OptionValue,
    pub count: Count,
    pub percent: Option<Percent>,
}

/// The share giving a positive answer (e.g. "agree" or "strongly agree"), with its 95% interval,
/// only where both the positive and the other answers may be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub answered: Count,
    pub positive: Count,
    pub others: Count,
    pub percent: Option<Percent>,
    pub interval: Option<Interval>,
    /// The exact proportion for significance tests; present only when both counts may be shown.
    pub proportion: Option<Proportion>,
}

impl Headline {
    /// What can safely be said when nearly everyone answered positively: with the others fewer
    /// than the threshold, the share is at least (answered − (threshold − 1)) / answered.
    pub fn at_least(&self, threshold: Threshold) -> Option<Percent> {
        match (self.answered, self.others) {
            (Count::Shown(answered), Count::FewerThan) if answered > 0 => {
                let least = answered.saturating_sub(threshold.value() - 1);
                Some(Percent(least as f64 * 100.0 / answered as f64))
            }
            _ => None,
        }
    }

    /// The same for nearly nobody: the share is at most (threshold − 1) / answered.
    pub fn at_most(&self, threshold: Threshold) -> Option<Percent> {
        match (self.answered, self.positive) {
            (Count::Shown(answered), Count::FewerThan) if answered > 0 => Some(Percent(
                (threshold.value() - 1) as f64 * 100.0 / answered as f64,
            )),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub key: QuestionKey,
    pub answered: Count,
    pub options: Vec<OptionResult>,
    /// For questions with answers marked positive.
    pub headline: Option<Headline>,
}

/// A question's results as the wave's disclosure plan lets them be shown. A count the plan does
/// not know is held back: nothing is shown that the plan did not check.
pub fn question_result(
    question: &Question,
    counts: &QuestionCounts,
    plan: &WavePlan,
) -> QuestionResult {
    let key = &counts.key;
    let answered = plan.answered(key).unwrap_or(Count::HeldBack);
    let options = question
        .options
        .iter()
        .map(|option| {
            let count = plan.option(key, &option.value).unwrap_or(Count::HeldBack);
            OptionResult {
                value: option.value.clone(),
                count,
                percent: Percent::of(count, answered),
            }
        })
        .collect();
    let has_positive = question.options.iter().any(|option| option.is_positive);
    let headline = (has_positive && question.kind != QuestionKind::MultipleChoice).then(|| {
        let (positive, others) = plan
            .headline(key)
            .unwrap_or((Count::HeldBack, Count::HeldBack));
        headline(positive, others, answered)
    });
    QuestionResult {
        key: key.clone(),
        answered,
        options,
        headline,
    }
}

/// The headline from its counts as the plan releases them.
pub fn headline(positive: Count, others: Count, answered: Count) -> Headline {
    let proportion = match (positive, others) {
        (Count::Shown(positive), Count::Shown(others)) => {
            Proportion::new(positive, positive + others)
        }
        _ => None,
    };
    Headline {
        answered,
        positive,
        others,
        percent: proportion.and_then(|_| Percent::of(positive, answered)),
        interval: proportion.map(|proportion| proportion.wilson_95()),
        proportion,
    }
}

/// One group's row of a breakdown, e.g. the positive share among young carers.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub group: OptionValue,
    pub answered: Count,
    pub positive: Count,
    pub others: Count,
    /// Only where the positive and the other answers may both be shown.
    pub positive_percent: Option<Percent>,
}

/// The positive share of a question within each group of a demographic question, as the plan
/// lets it be shown.
pub fn breakdown(counts: &BreakdownCounts, plan: &WavePlan) -> Vec<BreakdownRow> {
    counts
        .groups
        .iter()
        .map(|(group, _, _)| {
            let counts = plan
                .group(&counts.question, &counts.group_question, group)
                .unwrap_or(GroupCounts {
                    answered: Count::HeldBack,
                    positive: Count::HeldBack,
                    others: Count::HeldBack,
                });
            let both_shown = !counts.positive.is_withheld() && !counts.others.is_withheld();
            BreakdownRow {
                group: group.clone(),
                answered: counts.answered,
                positive: counts.positive,
                others: counts.others,
                positive_percent: if both_shown {
                    Percent::of(counts.positive, counts.answered)
                } else {
                    None
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::built_in_templates::be_supported;
    use crate::domain::disclosure::wave_plan::{ResponseCounts, WaveCounts};
    use crate::domain::survey::Survey;

    fn wave() -> Survey {
        be_supported(2023)
    }

    fn question(key: &str) -> Question {
        wave()
            .questions
            .into_iter()
            .find(|question| question.key.as_str() == key)
            .unwrap()
    }

    fn counts_for(question: &Question, counts: &[u64]) -> QuestionCounts {
        QuestionCounts {
            key: question.key.clone(),
            options: question
                .options
                .iter()
                .zip(counts)
                .map(|(option, count)| (option.value.clone(), *count))
                .collect(),
            answered: counts.iter().sum(),
        }
    }

    fn result_of(
        question: &Question,
        counts: &QuestionCounts,
        threshold: Threshold,
    ) -> QuestionResult {
        let survey = wave();
        let plan = WavePlan::build(
            &WaveCounts {
                survey: &survey,
                questions: std::slice::from_ref(counts),
                breakdowns: &[],
                responses: &ResponseCounts::default(),
            },
            threshold,
        );
        question_result(question, counts, &plan)
    }

    #[test]
    fn an_agreement_question_gives_shares_and_a_headline_with_its_interval() {
        let agree = question("know_who_to_speak_to");
        let result = result_of(
            &agree,
            &counts_for(&agree, &[60, 120, 50, 40, 30]),
            Threshold::DEFAULT,
        );
        assert_eq!(result.answered, Count::Shown(300));
        let shares: Vec<f64> = result
            .options
            .iter()
            .map(|option| option.percent.unwrap().value())
            .collect();
        assert_eq!(shares, [20.0, 40.0, 50.0 / 3.0, 40.0 / 3.0, 10.0]);
        let headline = result.headline.unwrap();
        assert_eq!(headline.positive, Count::Shown(180));
        assert_eq!(headline.percent.unwrap().value(), 60.0);
        let interval = headline.interval.unwrap();
        assert!((interval.low - 0.5436).abs() < 1e-4, "{interval:?}");
        assert!((interval.high - 0.6538).abs() < 1e-4, "{interval:?}");
    }

    #[test]
    fn a_small_answer_is_fewer_than_ten_and_what_protects_it_is_held_back() {
        let agree = question("know_who_to_speak_to");
        let result = result_of(
            &agree,
            &counts_for(&agree, &[3, 40, 20, 15, 12]),
            Threshold::DEFAULT,
        );
        assert_eq!(result.options[0].count, Count::FewerThan);
        assert_eq!(result.options[0].percent, None);
        let held_back: Vec<&OptionResult> = result
            .options
            .iter()
            .filter(|option| option.count == Count::HeldBack)
            .collect();
        assert!(
            !held_back.is_empty(),
            "3 could be worked out from the total: {result:?}"
        );
    }

    #[test]
    fn nearly_everyone_positive_says_at_least_and_not_too_few_answered() {
        let agree = question("know_who_to_speak_to");
        let result = result_of(
            &agree,
            &counts_for(&agree, &[70, 70, 0, 0, 0]),
            Threshold::DEFAULT,
        );
        let headline = result.headline.unwrap();
        assert_eq!(headline.answered, Count::Shown(140));
        assert_eq!(headline.others, Count::FewerThan);
        assert_eq!(
            headline.percent, None,
            "100% would show that nobody said otherwise"
        );
        let at_least = headline.at_least(Threshold::DEFAULT).unwrap().value();
        assert!((at_least - 131.0 * 100.0 / 140.0).abs() < 1e-9);
    }

    #[test]
    fn multiple_choice_answers_are_shares_of_those_answering_and_have_no_headline() {
        let sources = question("where_go_for_support");
        let mut counts = counts_for(&sources, &[150, 120, 60, 20, 25, 12, 8, 40, 15, 5]);
        counts.answered = 200;
        let result = result_of(&sources, &counts, Threshold::DEFAULT);
        assert_eq!(result.options[0].percent.unwrap().value(), 75.0);
        assert_eq!(result.options[6].count, Count::FewerThan);
        assert_eq!(result.options[9].count, Count::FewerThan);
        assert_eq!(result.options[5].count, Count::Shown(12));
        assert!(result.headline.is_none());
    }

    proptest! {
        #[test]
        fn shown_shares_of_a_single_choice_question_add_up_to_100(counts in prop::collection::vec(10u64..500, 5)) {
            let agree = question("know_who_to_speak_to");
            let result = result_of(&agree, &counts_for(&agree, &counts), Threshold::DEFAULT);
            let rounded: f64 = result.options.iter()
                .map(|option| (option.percent.unwrap().value() * 10.0).round() / 10.0)
                .sum();
            // Each share rounded to one decimal moves by at most 0.05.
            prop_assert!((rounded - 100.0).abs() <= 0.05 * counts.len() as f64 + 1e-9, "{rounded}");
        }

        #[test]
        fn no_result_shows_a_count_below_the_threshold(counts in prop::collection::vec(0u64..30, 5), threshold in 5u64..15) {
            let agree = question("know_who_to_speak_to");
            let result = result_of(&agree, &counts_for(&agree, &counts), Threshold::new(threshold).unwrap());
            let headline = result.headline.unwrap();
            let shown = result.options.iter().map(|option| option.count)
                .chain([result.answered, headline.positive, headline.others, headline.answered]);
            for count in shown {
                if let Count::Shown(value) = count {
                    prop_assert!(value >= threshold);
                }
            }
            if let Some(proportion) = headline.proportion {
                prop_assert!(proportion.count >= threshold && proportion.n - proportion.count >= threshold);
            }
        }
    }
}
