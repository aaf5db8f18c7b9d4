//! Results of one closed question in one wave, from its counts: each answer's count and share of
//! those answering, and the headline positive share with its 95% interval, with small numbers
//! suppressed. Counts come from the database (GROUP BY) or from an imported table of totals.

use super::ids::{OptionValue, QuestionKey};
use super::statistics::{Interval, Proportion};
use super::suppression::{Count, Threshold, suppress_table};
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

/// The share giving a positive answer (e.g. "agree" or "strongly agree"), with its 95% interval.
/// Everything is `None`/suppressed when the positive or the other answers are too few to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub answered: Count,
    pub positive: Count,
    pub percent: Option<Percent>,
    pub interval: Option<Interval>,
    /// The exact proportion for significance tests; present only when both counts may be shown.
    pub proportion: Option<Proportion>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub key: QuestionKey,
    pub answered: Count,
    pub options: Vec<OptionResult>,
    /// For questions with answers marked positive.
    pub headline: Option<Headline>,
}

pub fn question_result(
    question: &Question,
    counts: &QuestionCounts,
    threshold: Threshold,
) -> QuestionResult {
    let values: Vec<u64> = question
        .options
        .iter()
        .map(|option| counts.count_of(&option.value))
        .collect();
    let (option_counts, answered) = if question.kind == QuestionKind::MultipleChoice {
        // People may choose several answers, so the answers' counts do not add up to a total that
        // could give one away: each is shown or hidden on its own.
        let single = |count| suppress_table(&[vec![count]], threshold).total;
        (
            values.iter().map(|&count| single(count)).collect(),
            single(counts.answered),
        )
    } else {
        let table = suppress_table(&[values], threshold);
        (table.cells[0].clone(), table.total)
    };
    let options = question
        .options
        .iter()
        .zip(option_counts)
        .map(|(option, count)| OptionResult {
            value: option.value.clone(),
            count,
            percent: Percent::of(count, answered),
        })
        .collect();
    let has_positive = question.options.iter().any(|option| option.is_positive);
    let headline = (has_positive && question.kind != QuestionKind::MultipleChoice).then(|| {
        let positive: u64 = question
            .options
            .iter()
            .filter(|option| option.is_positive)
            .map(|option| counts.count_of(&option.value))
            .sum();
        headline(positive, counts.answered, threshold)
    });
    QuestionResult {
        key: counts.key.clone(),
        answered,
        options,
        headline,
    }
}

/// The headline from a positive count out of `answered`: both it and the rest must be showable,
/// since publishing the share and the total reveals both.
pub fn headline(positive: u64, answered: u64, threshold: Threshold) -> Headline {
    let rest = answered.saturating_sub(positive);
    let table = suppress_table(&[vec![positive, rest]], threshold);
    let shown_positive = table.cells[0][0];
    let shown_answered = table.total;
    let proportion = match (shown_positive, table.cells[0][1]) {
        (Count::Shown(_), Count::Shown(_)) => Proportion::new(positive, answered),
        _ => None,
    };
    Headline {
        answered: shown_answered,
        positive: shown_positive,
        percent: Percent::of(shown_positive, shown_answered),
        interval: proportion.map(|proportion| proportion.wilson_95()),
        proportion,
    }
}

/// One group's row of a breakdown, e.g. the positive share among young carers.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub group: OptionValue,
    pub answered: Count,
    pub positive_percent: Option<Percent>,
}

/// The positive share of a question within each group of a demographic question. `groups` holds,
/// per group in order, (positive count, count answering). Group sizes and positive counts are
/// suppressed together, so that no small group can be picked out, even by subtraction from the
/// overall totals.
pub fn breakdown(groups: &[(OptionValue, u64, u64)], threshold: Threshold) -> Vec<BreakdownRow> {
    let rows: Vec<Vec<u64>> = groups
        .iter()
        .map(|(_, positive, answered)| vec![*positive, answered.saturating_sub(*positive)])
        .collect();
    let table = suppress_table(&rows, threshold);
    groups
        .iter()
        .enumerate()
        .map(|(index, (group, _, _))| {
            let answered = table.row_totals[index];
            let positive = table.cells[index][0];
            let both_shown = !table.cells[index].iter().any(|count| count.is_suppressed());
            BreakdownRow {
                group: group.clone(),
                answered,
                positive_percent: if both_shown {
                    Percent::of(positive, answered)
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
    use crate::domain::template::be_supported;

    fn question(key: &str) -> Question {
        be_supported(2023)
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

    #[test]
    fn an_agreement_question_gives_shares_and_a_headline_with_its_interval() {
        let agree = question("know_who_to_speak_to");
        let result = question_result(
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
    fn small_answers_and_headlines_are_suppressed() {
        let agree = question("know_who_to_speak_to");
        let result = question_result(
            &agree,
            &counts_for(&agree, &[3, 40, 20, 15, 12]),
            Threshold::DEFAULT,
        );
        assert_eq!(result.options[0].count, Count::Suppressed);
        assert_eq!(result.options[0].percent, None);
        assert_eq!(
            result.options[4].count,
            Count::Suppressed,
            "the next smallest goes too, or 3 could be worked out from the total"
        );
        assert_eq!(result.headline.unwrap().positive, Count::Shown(43));

        let nearly_everyone = headline(96, 100, Threshold::DEFAULT);
        assert_eq!(nearly_everyone.positive, Count::Suppressed);
        assert_eq!(
            nearly_everyone.percent, None,
            "96% of 100 would show that 4 young people said otherwise"
        );
        assert_eq!(nearly_everyone.proportion, None);
    }

    #[test]
    fn multiple_choice_answers_are_shares_of_those_answering_and_have_no_headline() {
        let sources = question("where_go_for_support");
        let mut counts = counts_for(&sources, &[150, 120, 60, 20, 25, 12, 8, 40, 15, 5]);
        counts.answered = 200;
        let result = question_result(&sources, &counts, Threshold::DEFAULT);
        assert_eq!(result.options[0].percent.unwrap().value(), 75.0);
        assert_eq!(result.options[6].count, Count::Suppressed);
        assert_eq!(result.options[9].count, Count::Suppressed);
        assert_eq!(result.options[5].count, Count::Shown(12));
        assert!(result.headline.is_none());
    }

    #[test]
    fn breakdowns_hide_small_groups_and_whatever_would_give_them_away() {
        let value = |text: &str| OptionValue::parse(text).unwrap();
        let rows = breakdown(
            &[
                (value("yes"), 30, 45),
                (value("no"), 150, 240),
                (value("not_sure"), 4, 7),
            ],
            Threshold::DEFAULT,
        );
        assert_eq!(rows[2].answered, Count::Suppressed);
        assert_eq!(rows[2].positive_percent, None);
        assert_eq!(
            rows[0].positive_percent, None,
            "with the overall total shown, the small group would follow from the others"
        );
        assert_eq!(rows[1].answered, Count::Shown(240));
        assert_eq!(rows[1].positive_percent.unwrap().value(), 62.5);
    }

    proptest! {
        #[test]
        fn shown_shares_of_a_single_choice_question_add_up_to_100(counts in prop::collection::vec(10u64..500, 5)) {
            let agree = question("know_who_to_speak_to");
            let result = question_result(&agree, &counts_for(&agree, &counts), Threshold::DEFAULT);
            let rounded: f64 = result.options.iter()
                .map(|option| (option.percent.unwrap().value() * 10.0).round() / 10.0)
                .sum();
            // Each share rounded to one decimal moves by at most 0.05.
            prop_assert!((rounded - 100.0).abs() <= 0.05 * counts.len() as f64 + 1e-9, "{rounded}");
        }

        #[test]
        fn no_result_shows_a_count_below_the_threshold(counts in prop::collection::vec(0u64..30, 5), threshold in 5u64..15) {
            let agree = question("know_who_to_speak_to");
            let result = question_result(&agree, &counts_for(&agree, &counts), Threshold::new(threshold).unwrap());
            let headline = result.headline.unwrap();
            let shown = result.options.iter().map(|option| option.count)
                .chain([result.answered, headline.positive, headline.answered]);
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
