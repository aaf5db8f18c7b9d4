//! Which answers of a scale lean positive, neutral or negative, so a diverging chart can put them
//! either side of a centre line. Only the positive answers are marked on a question; the negative
//! ones are the same number of answers at the other end of the scale, and what is between is neutral.

use super::survey::{Question, QuestionKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sentiment {
    Negative,
    Neutral,
    Positive,
}

/// One sentiment per option, in option order; `None` for questions that are not scales, or whose
/// positive answers are not together at one end.
pub fn sentiments(question: &Question) -> Option<Vec<Sentiment>> {
    if !matches!(
        question.kind,
        QuestionKind::Agreement | QuestionKind::Frequency | QuestionKind::FaceScale
    ) {
        return None;
    }
    let positive: Vec<bool> = question.options.iter().map(|o| o.is_positive).collect();
    let count = positive.iter().filter(|p| **p).count();
    let total = positive.len();
    if count == 0 || count * 2 > total {
        return None;
    }
    let at_start = positive[..count].iter().all(|p| *p);
    let at_end = positive[total - count..].iter().all(|p| *p);
    let sentiment_at = |index: usize| {
        let from_positive_end = if at_start { index } else { total - 1 - index };
        if from_positive_end < count {
            Sentiment::Positive
        } else if from_positive_end >= total - count {
            Sentiment::Negative
        } else {
            Sentiment::Neutral
        }
    };
    (at_start || at_end).then(|| (0..total).map(sentiment_at).collect())
}

#[cfg(test)]
mod tests {
    use super::Sentiment::{Negative, Neutral, Positive};
    use super::*;
    use crate::domain::built_in_templates;

    fn question(key: &str) -> Question {
        built_in_templates::be_supported(2024)
            .questions
            .into_iter()
            .find(|q| q.key.as_str() == key)
            .unwrap()
    }

    #[test]
    fn agreement_leans_positive_first_and_the_middle_is_neutral() {
        assert_eq!(
            sentiments(&question("know_who_to_speak_to")),
            Some(vec![Positive, Positive, Neutral, Negative, Negative])
        );
        assert_eq!(
            sentiments(&question("listened_to")),
            Some(vec![Positive, Positive, Neutral, Negative, Negative])
        );
    }

    #[test]
    fn a_face_scale_runs_from_negative_to_positive() {
        assert_eq!(
            sentiments(&question("feel_supported")),
            Some(vec![Negative, Negative, Neutral, Positive, Positive])
        );
    }

    #[test]
    fn choices_and_scales_with_scattered_positives_are_not_diverging() {
        assert_eq!(sentiments(&question("have_role_models")), None);
        assert_eq!(sentiments(&question("where_go_for_support")), None);
        let mut scattered = question("know_who_to_speak_to");
        scattered.options[0].is_positive = false;
        scattered.options[2].is_positive = true;
        assert_eq!(sentiments(&scattered), None);
    }
}
