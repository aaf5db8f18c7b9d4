//! How the demo's young people answer: shares like a real county youth survey's (about half girls
//! and half boys, SEND around 15%, young carers around 8%, care-experienced around 3%), measures
//! that move a few points a year, and the gaps a Board looks for (young people with SEND, young
//! carers and care leavers feel less supported), so the demo's tables and trends read as real ones.

use rand::Rng;
use rand::rngs::StdRng;

use crate::domain::answer::Answer;
use crate::domain::ids::OptionValue;
use crate::domain::survey::{Question, QuestionKind};

/// The share of each answer to a one-answer demographic question, by option value.
const ONE_ANSWER_SHARES: &[(&str, &[(&str, f64)])] = &[
    (
        "age_band",
        &[
            ("age_8_10", 0.07),
            ("age_11_13", 0.35),
            ("age_14_15", 0.31),
            ("age_16_17", 0.20),
            ("age_18_25", 0.07),
        ],
    ),
    (
        "gender",
        &[
            ("girl", 0.50),
            ("boy", 0.46),
            ("non_binary", 0.025),
            ("self_describe", 0.015),
        ],
    ),
    (
        "district",
        &[
            ("cherwell", 0.23),
            ("oxford", 0.22),
            ("south_oxfordshire", 0.19),
            ("vale_of_white_horse", 0.18),
            ("west_oxfordshire", 0.15),
            ("outside_oxfordshire", 0.015),
            ("not_sure", 0.015),
        ],
    ),
    ("send", &[("yes", 0.15), ("no", 0.78), ("not_sure", 0.07)]),
    (
        "young_carer",
        &[("yes", 0.08), ("no", 0.86), ("not_sure", 0.06)],
    ),
    (
        "care_experience",
        &[("yes", 0.03), ("no", 0.955), ("not_sure", 0.015)],
    ),
    ("consent_to_quote", &[("yes", 0.7), ("no", 0.3)]),
];

/// For choose-all questions, how likely each answer is to be ticked. An answer that excludes the
/// rest (such as "Nobody") is chosen on its own with its share.
const TICK_SHARES: &[(&str, &[(&str, f64)])] = &[
    (
        "where_go_for_support",
        &[
            ("family", 0.66),
            ("friends", 0.54),
            ("school_staff", 0.33),
            ("youth_worker", 0.09),
            ("health_worker", 0.14),
            ("social_worker", 0.05),
            ("helpline", 0.06),
            ("online", 0.21),
            ("nobody", 0.07),
            ("other", 0.03),
        ],
    ),
    (
        "how_get_information",
        &[
            ("face_to_face", 0.56),
            ("phone_call", 0.18),
            ("text_message", 0.29),
            ("social_media", 0.44),
            ("website", 0.38),
            ("leaflet", 0.11),
            ("video", 0.27),
            ("easy_read", 0.06),
            ("email", 0.14),
            ("other", 0.02),
        ],
    ),
    (
        "who_role_models",
        &[
            ("parent_carer", 0.56),
            ("family", 0.31),
            ("friend", 0.29),
            ("teacher", 0.19),
            ("youth_worker", 0.11),
            ("famous", 0.24),
            ("online", 0.17),
            ("none_yet", 0.10),
            ("other", 0.03),
        ],
    ),
];

/// Each measure's share giving a positive answer in 2019, and its change a year: different levels
/// and paces, as real measures have.
const MEASURES: &[(&str, f64, f64)] = &[
    ("know_who_to_speak_to", 0.66, 0.025),
    ("listened_to", 0.55, 0.02),
    ("believed", 0.60, 0.015),
    ("information_suits_me", 0.48, 0.03),
    ("have_role_models", 0.63, 0.01),
    ("staff_experienced_caring", 0.57, 0.02),
    ("feel_supported", 0.58, 0.02),
];
const OTHER_SCALES: (f64, f64) = (0.55, 0.02);

/// Who a young person is, as far as it changes how supported they feel.
#[derive(Debug, Default, Clone, Copy)]
pub struct Circumstances {
    pub send: bool,
    pub young_carer: bool,
    pub care_experienced: bool,
}

impl Circumstances {
    /// Points off the positive share: the gaps the plan exists to close.
    fn gap(self) -> f64 {
        [
            (self.send, 0.09),
            (self.young_carer, 0.07),
            (self.care_experienced, 0.12),
        ]
        .iter()
        .filter(|(applies, _)| *applies)
        .map(|(_, points)| points)
        .sum()
    }

    /// Reads the demographic answers given so far.
    pub fn note(&mut self, question: &Question, answer: &Answer) {
        let yes = answer.includes("yes");
        match question.key.as_str() {
            "send" => self.send = yes,
            "young_carer" => self.young_carer = yes,
            "care_experience" => self.care_experienced = yes,
            _ => {}
        }
    }
}

/// A made-up but plausible answer to `question` in the wave `years_on` years after 2019.
pub fn answer(
    question: &Question,
    years_on: f64,
    who: Circumstances,
    rng: &mut StdRng,
) -> Option<Answer> {
    match question.kind {
        QuestionKind::FreeText => None,
        QuestionKind::MultipleChoice => Some(ticked(question, rng)),
        _ if question.options.iter().any(|option| option.is_positive) => {
            let (start, yearly) = MEASURES
                .iter()
                .find(|(key, _, _)| *key == question.key.as_str())
                .map_or(OTHER_SCALES, |(_, start, yearly)| (*start, *yearly));
            let share = (start + yearly * years_on - who.gap()).clamp(0.05, 0.95);
            Some(on_scale(question, share, rng))
        }
        _ => {
            let shares = shares_for(ONE_ANSWER_SHARES, question);
            let weights: Vec<f64> = question
                .options
                .iter()
                .map(|option| share_of(&shares, &option.value))
                .collect();
            Some(chosen(vec![
                question.options[pick(&weights, rng)].value.clone(),
            ]))
        }
    }
}

fn ticked(question: &Question, rng: &mut StdRng) -> Answer {
    let shares = shares_for(TICK_SHARES, question);
    let (together, alone) = question.options_by_exclusivity();
    for option in alone {
        if rng.random_bool(share_of(&shares, &option.value).clamp(0.0, 1.0)) {
            return chosen(vec![option.value.clone()]);
        }
    }
    let mut values: Vec<OptionValue> = together
        .iter()
        .filter(|option| rng.random_bool(share_of(&shares, &option.value).clamp(0.0, 1.0)))
        .map(|option| option.value.clone())
        .collect();
    if values.is_empty() {
        // Someone who ticks nothing else ticks the most common answer.
        let weights: Vec<f64> = together
            .iter()
            .map(|option| share_of(&shares, &option.value))
            .collect();
        values.push(together[pick(&weights, rng)].value.clone());
    }
    chosen(values)
}

/// A positive answer with probability `share`; within each side, the milder answers are commoner.
fn on_scale(question: &Question, share: f64, rng: &mut StdRng) -> Answer {
    let (positive, other): (Vec<_>, Vec<_>) = question
        .options
        .iter()
        .partition(|option| option.is_positive);
    let value = if rng.random_bool(share) {
        // Positive answers are listed strongest first: "Agree" is commoner than "Strongly agree".
        let weights: Vec<f64> = (1..=positive.len()).map(|rank| rank as f64).collect();
        positive[pick(&weights, rng)].value.clone()
    } else {
        // The rest are listed mildest first: "Sometimes" is commoner than "Never".
        let weights: Vec<f64> = (1..=other.len()).rev().map(|rank| rank as f64).collect();
        other[pick(&weights, rng)].value.clone()
    };
    chosen(vec![value])
}

fn shares_for(
    table: &'static [(&str, &'static [(&'static str, f64)])],
    question: &Question,
) -> Vec<(&'static str, f64)> {
    table
        .iter()
        .find(|(key, _)| *key == question.key.as_str())
        .map(|(_, shares)| shares.to_vec())
        .unwrap_or_default()
}

/// An answer the table does not list (a question the team added) gets an even share.
fn share_of(shares: &[(&str, f64)], value: &OptionValue) -> f64 {
    if shares.is_empty() {
        return 0.2;
    }
    shares
        .iter()
        .find(|(listed, _)| *listed == value.as_str())
        .map_or(0.0, |(_, share)| *share)
}

/// An index drawn in proportion to `weights` (the first when all are zero).
fn pick(weights: &[f64], rng: &mut StdRng) -> usize {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return 0;
    }
    let mut target = rng.random_range(0.0..total);
    for (index, weight) in weights.iter().enumerate() {
        if target < *weight {
            return index;
        }
        target -= weight;
    }
    weights.len() - 1
}

fn chosen(values: Vec<OptionValue>) -> Answer {
    Answer::Chosen {
        values,
        other_text: None,
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;
    use crate::domain::built_in_templates::be_supported;

    fn share(key: &str, value: &str, draws: usize) -> f64 {
        let survey = be_supported(2022);
        let question = survey
            .questions
            .iter()
            .find(|q| q.key.as_str() == key)
            .unwrap();
        let mut rng = StdRng::seed_from_u64(7);
        let hits = (0..draws)
            .filter(|_| {
                answer(question, 3.0, Circumstances::default(), &mut rng)
                    .is_some_and(|answer| answer.includes(value))
            })
            .count();
        hits as f64 / draws as f64
    }

    #[test]
    fn demographics_look_like_a_county_youth_survey() {
        let near = |actual: f64, expected: f64| (actual - expected).abs() < 0.02;
        assert!(near(share("gender", "girl", 5000), 0.50));
        assert!(near(share("gender", "non_binary", 5000), 0.025));
        assert!(near(share("send", "yes", 5000), 0.15));
        assert!(near(share("young_carer", "yes", 5000), 0.08));
        assert!(near(share("care_experience", "yes", 5000), 0.03));
    }

    #[test]
    fn nobody_is_never_ticked_with_anyone_else() {
        let survey = be_supported(2022);
        let mut rng = StdRng::seed_from_u64(11);
        for question in survey
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::MultipleChoice)
        {
            for _ in 0..2000 {
                if let Some(Answer::Chosen { values, .. }) =
                    answer(question, 0.0, Circumstances::default(), &mut rng)
                {
                    assert!(question.exclusive_clash(&values).is_none(), "{values:?}");
                }
            }
        }
    }

    #[test]
    fn young_people_with_send_feel_less_supported_and_every_year_a_little_more() {
        let survey = be_supported(2022);
        let question = survey
            .questions
            .iter()
            .find(|q| q.key.as_str() == "feel_supported")
            .unwrap();
        let positive = |years_on: f64, who: Circumstances| {
            let mut rng = StdRng::seed_from_u64(3);
            (0..6000)
                .filter(|_| {
                    let answer = answer(question, years_on, who, &mut rng).unwrap();
                    question
                        .options
                        .iter()
                        .any(|o| o.is_positive && answer.includes(o.value.as_str()))
                })
                .count() as f64
                / 6000.0
        };
        let send = Circumstances {
            send: true,
            ..Circumstances::default()
        };
        assert!(positive(3.0, Circumstances::default()) - positive(3.0, send) > 0.05);
        let gain =
            positive(3.0, Circumstances::default()) - positive(0.0, Circumstances::default());
        assert!((0.03..0.10).contains(&gain), "three years gained {gain}");
    }
}
