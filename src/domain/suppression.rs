//! The threshold below which no count is shown, and a count as an output may print it. Which
//! counts are withheld is decided once per wave by `domain::disclosure`.
//!
//! A withheld count holds no number at all, so nothing that renders a table can print it by
//! mistake.

use std::fmt;

/// The smallest group that may be shown, at least `MINIMUM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold(u64);

impl Threshold {
    pub const MINIMUM: u64 = 5;
    pub const DEFAULT: Threshold = Threshold(10);

    pub fn new(value: u64) -> Result<Threshold, ThresholdTooLow> {
        if value >= Self::MINIMUM {
            Ok(Threshold(value))
        } else {
            Err(ThresholdTooLow(value))
        }
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a suppression threshold of {0} is too low: groups smaller than 5 can identify people")]
pub struct ThresholdTooLow(pub u64);

/// A count that may be published, or why it may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Shown(u64),
    /// Below the threshold (zero included): reads "fewer than N".
    FewerThan,
    /// At or above the threshold, withheld so that a small count cannot be worked out: reads
    /// "held back".
    HeldBack,
}

impl Count {
    pub fn shown(self) -> Option<u64> {
        match self {
            Count::Shown(value) => Some(value),
            Count::FewerThan | Count::HeldBack => None,
        }
    }

    pub fn is_withheld(self) -> bool {
        !matches!(self, Count::Shown(_))
    }

    /// The CSV `withheld` column: empty, `fewer_than_10` (with the wave's threshold) or
    /// `held_back`.
    pub fn withheld_code(self, threshold: Threshold) -> String {
        match self {
            Count::Shown(_) => String::new(),
            Count::FewerThan => format!("fewer_than_{}", threshold.value()),
            Count::HeldBack => "held_back".to_owned(),
        }
    }
}

/// Renders a shown count as its number and a withheld one as the empty string, for CSV cells
/// whose `withheld` column says why.
impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Shown(value) => write!(f, "{value}"),
            Count::FewerThan | Count::HeldBack => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_below_five_are_refused() {
        assert_eq!(Threshold::new(4), Err(ThresholdTooLow(4)));
        assert_eq!(Threshold::new(5).unwrap().value(), 5);
        assert_eq!(Threshold::DEFAULT.value(), 10);
    }

    #[test]
    fn withheld_counts_print_as_nothing_and_say_why_in_their_own_column() {
        assert_eq!(Count::Shown(12).to_string(), "12");
        assert_eq!(Count::FewerThan.to_string(), "");
        assert_eq!(Count::Shown(12).withheld_code(Threshold::DEFAULT), "");
        assert_eq!(
            Count::FewerThan.withheld_code(Threshold::DEFAULT),
            "fewer_than_10"
        );
        assert_eq!(
            Count::HeldBack.withheld_code(Threshold::DEFAULT),
            "held_back"
        );
    }
}
