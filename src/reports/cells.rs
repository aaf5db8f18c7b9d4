//! How counts and shares read in report tables and sentences: held-back values always say
//! "fewer than N", never a number and never a blank a reader might take for zero.

use crate::domain::aggregate::Percent;
use crate::domain::number_format::{thousands, whole_percent};
use crate::domain::statistics::Interval;
use crate::domain::suppression::{Count, Threshold};

pub fn withheld(threshold: Threshold) -> String {
    format!("fewer than {}", threshold.value())
}

pub fn count(count: Count, threshold: Threshold) -> String {
    match count {
        Count::Shown(value) => thousands(value),
        Count::Suppressed => withheld(threshold),
    }
}

/// A share; held back when its count is (`count`), or "–" when nobody answered.
pub fn percent(percent: Option<Percent>, count: Count, threshold: Threshold) -> String {
    match (percent, count) {
        (Some(percent), _) => whole_percent(percent.value()),
        (None, Count::Suppressed) => withheld(threshold),
        (None, Count::Shown(_)) => "\u{2013}".to_owned(),
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

    #[test]
    fn held_back_values_say_fewer_than_the_threshold() {
        assert_eq!(
            count(Count::Suppressed, Threshold::DEFAULT),
            "fewer than 10"
        );
        assert_eq!(count(Count::Shown(1234), Threshold::DEFAULT), "1,234");
        assert_eq!(
            percent(None, Count::Suppressed, Threshold::DEFAULT),
            "fewer than 10"
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
}
