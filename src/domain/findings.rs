//! The plain words reports use for a programme's measures: a change between two waves as a
//! sentence a Board member can repeat, and a share as young people would say it.

use super::comparison::{Comparison, Verdict};
use super::number_format::one_decimal;
use super::survey::{Question, ResponseFormat};

/// A short name for an "about you" question, for table rows and chart panels ("Age: 14 or 15"
/// reads better than "How old are you?: 14 or 15"); other questions keep their wording.
pub fn group_name(question: &Question) -> &str {
    match question.key.as_str() {
        "age_band" => "Age",
        "gender" => "Gender",
        "district" => "Where they live",
        "send" => "SEND",
        "young_carer" => "Young carer",
        "care_experience" => "Care experience",
        _ => question.text_in(ResponseFormat::Standard),
    }
}

/// e.g. "More young people know who to talk to when they need support than in 2019 (up 6.2
/// points); this change is unlikely to be chance."
pub fn change_sentence(people_phrase: &str, since_year: i32, comparison: &Comparison) -> String {
    let points = |change: f64| {
        let size = one_decimal(change.abs());
        let unit = if size == "1.0" { "point" } else { "points" };
        let direction = if change >= 0.0 { "up" } else { "down" };
        format!("{direction} {size} {unit}")
    };
    match (comparison.verdict, comparison.change_pp) {
        (Verdict::Improved, Some(change)) => format!(
            "More young people {people_phrase} than in {since_year} ({}); this change is unlikely \
             to be chance.",
            points(change)
        ),
        (Verdict::Worsened, Some(change)) => format!(
            "Fewer young people {people_phrase} than in {since_year} ({}); this change is unlikely \
             to be chance.",
            points(change)
        ),
        (Verdict::NoSignificantChange, Some(change)) => format!(
            "About the same share of young people {people_phrase} as in {since_year} ({}); a \
             difference this small could be chance.",
            points(change)
        ),
        _ => format!(
            "This cannot be compared with {since_year}: the question was not asked the same way, \
             or too few young people answered."
        ),
    }
}

/// A share as "about 6 in 10", which young people and Easy Read readers find easier than percentages.
pub fn in_ten(percent: f64) -> String {
    let tenths = (percent / 10.0).round();
    if tenths < 1.0 {
        "fewer than 1 in 10".to_owned()
    } else if tenths >= 10.0 {
        "almost all".to_owned()
    } else {
        format!("about {tenths:.0} in 10")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comparison(verdict: Verdict, change: Option<f64>) -> Comparison {
        Comparison {
            change_pp: change,
            p_value: change.map(|_| 0.01),
            verdict,
        }
    }

    #[test]
    fn verdicts_become_sentences_that_say_whether_the_change_could_be_chance() {
        let phrase = "know who to talk to when they need support";
        assert_eq!(
            change_sentence(phrase, 2019, &comparison(Verdict::Improved, Some(6.25))),
            "More young people know who to talk to when they need support than in 2019 (up 6.3 \
             points); this change is unlikely to be chance."
        );
        assert!(
            change_sentence(phrase, 2021, &comparison(Verdict::Worsened, Some(-1.0)))
                .starts_with("Fewer young people know who to talk to when they need support than in 2021 (down 1.0 point)")
        );
        assert!(
            change_sentence(
                phrase,
                2021,
                &comparison(Verdict::NoSignificantChange, Some(-0.4))
            )
            .contains("could be chance")
        );
        assert!(
            change_sentence(phrase, 2020, &comparison(Verdict::NotComparable, None))
                .starts_with("This cannot be compared with 2020")
        );
    }

    #[test]
    fn shares_in_ten_round_to_the_nearest_tenth_and_never_say_none() {
        assert_eq!(in_ten(62.0), "about 6 in 10");
        assert_eq!(in_ten(65.0), "about 7 in 10");
        assert_eq!(in_ten(3.0), "fewer than 1 in 10");
        assert_eq!(in_ten(97.0), "almost all");
    }
}
