//! How counts and shares read in report tables and sentences. Every label is true: "fewer than
//! N" only for a count that is below N, "held back" for a count withheld to protect another, and
//! never a blank a reader might take for zero.

use crate::domain::aggregate::{Headline, Percent};
use crate::domain::number_format::{thousands, whole_percent};
use crate::domain::statistics::Interval;
use crate::domain::suppression::{Count, Threshold};

pub const HELD_BACK: &str = "held back";

pub fn fewer_than(threshold: Threshold) -> String {
    format!("fewer than {}", threshold.value())
}

/// Why a count is not shown, in a table cell.
pub fn withheld(count: Count, threshold: Threshold) -> String {
    match count {
        Count::Shown(value) => thousands(value),
        Count::FewerThan => fewer_than(threshold),
        Count::HeldBack => HELD_BACK.to_owned(),
    }
}

pub fn count(count: Count, threshold: Threshold) -> String {
    withheld(count, threshold)
}

/// A share; withheld as its count is (`count`), or "–" when nobody answered.
pub fn percent(percent: Option<Percent>, count: Count, threshold: Threshold) -> String {
    match (percent, count) {
        (Some(percent), _) => whole_percent(percent.value()),
        (None, Count::Shown(_)) => "\u{2013}".to_owned(),
        (None, withheld_count) => withheld(withheld_count, threshold),
    }
}

/// The headline share, or what can safely be said of it: "at least 93%" when fewer than N
/// answered otherwise, "at most 6%" when fewer than N answered positively.
pub fn headline_share(headline: &Headline, threshold: Threshold) -> String {
    if let Some(percent) = headline.percent {
        return whole_percent(percent.value());
    }
    if let Some(least) = headline.at_least(threshold) {
        return format!("at least {}%", least.value().floor());
    }
    if let Some(most) = headline.at_most(threshold) {
        return format!("at most {}%", most.value().ceil());
    }
    match (headline.positive, headline.others) {
        (Count::FewerThan, _) | (_, Count::FewerThan) => fewer_than(threshold),
        _ => HELD_BACK.to_owned(),
    }
}

/// e.g. "58% to 66%".
pub fn interval(interval: Interval) -> String {
    format!(
        "{} to {}",
        whole_percent(interval.low * 100.0),
        whole_percent(interval.high * 100.0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aggregate::headline;

    #[test]
    fn labels_say_why_a_value_is_withheld() {
        assert_eq!(count(Count::FewerThan, Threshold::DEFAULT), "fewer than 10");
        assert_eq!(count(Count::HeldBack, Threshold::DEFAULT), "held back");
        assert_eq!(count(Count::Shown(1234), Threshold::DEFAULT), "1,234");
        assert_eq!(
            percent(None, Count::FewerThan, Threshold::DEFAULT),
            "fewer than 10"
        );
        assert_eq!(
            percent(None, Count::HeldBack, Threshold::DEFAULT),
            "held back"
        );
        assert_eq!(
            percent(None, Count::Shown(0), Threshold::DEFAULT),
            "\u{2013}"
        );
        assert_eq!(
            interval(Interval {
                low: 0.584,
                high: 0.6612
            }),
            "58% to 66%"
        );
    }

    #[test]
    fn everyone_or_nobody_says_what_can_safely_be_said() {
        let everyone = headline(Count::HeldBack, Count::FewerThan, Count::Shown(140));
        assert_eq!(
            headline_share(&everyone, Threshold::DEFAULT),
            "at least 93%"
        );
        let nobody = headline(Count::FewerThan, Count::HeldBack, Count::Shown(140));
        assert_eq!(headline_share(&nobody, Threshold::DEFAULT), "at most 7%");
        let protected = headline(Count::HeldBack, Count::HeldBack, Count::HeldBack);
        assert_eq!(headline_share(&protected, Threshold::DEFAULT), "held back");
    }
}
