//! Year on year: the same headline measure in two waves, the change in percentage points, the
//! pooled z-test and a plain verdict. Anything suppressed or missing is `not_comparable`, never a
//! guess.

use super::aggregate::Headline;
use super::statistics::{SIGNIFICANCE_LEVEL, two_proportion_z_test};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Improved,
    Worsened,
    NoSignificantChange,
    NotComparable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Improved => "improved",
            Verdict::Worsened => "worsened",
            Verdict::NoSignificantChange => "no_significant_change",
            Verdict::NotComparable => "not_comparable",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// Later minus earlier positive share, in percentage points.
    pub change_pp: Option<f64>,
    pub p_value: Option<f64>,
    pub verdict: Verdict,
}

impl Comparison {
    const NOT_COMPARABLE: Comparison = Comparison {
        change_pp: None,
        p_value: None,
        verdict: Verdict::NotComparable,
    };
}

/// Compares a later wave's headline with an earlier one's (`None` where the question was not asked).
pub fn compare(earlier: Option<&Headline>, later: Option<&Headline>) -> Comparison {
    let (Some(earlier), Some(later)) = (
        earlier.and_then(|headline| headline.proportion),
        later.and_then(|headline| headline.proportion),
    ) else {
        return Comparison::NOT_COMPARABLE;
    };
    let test = two_proportion_z_test(earlier, later);
    let verdict = if test.p_value >= SIGNIFICANCE_LEVEL {
        Verdict::NoSignificantChange
    } else if test.change_pp > 0.0 {
        Verdict::Improved
    } else {
        Verdict::Worsened
    };
    Comparison {
        change_pp: Some(test.change_pp),
        p_value: Some(test.p_value),
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aggregate::headline;
    use crate::domain::suppression::Threshold;

    #[test]
    fn a_clear_rise_is_an_improvement_and_a_clear_fall_is_worse() {
        let before = headline(180, 400, Threshold::DEFAULT);
        let after = headline(275, 500, Threshold::DEFAULT);
        let up = compare(Some(&before), Some(&after));
        assert_eq!(up.verdict, Verdict::Improved);
        assert!((up.change_pp.unwrap() - 10.0).abs() < 1e-9);
        assert!((up.p_value.unwrap() - 0.00287).abs() < 5e-5);
        assert_eq!(
            compare(Some(&after), Some(&before)).verdict,
            Verdict::Worsened
        );
    }

    #[test]
    fn a_small_change_is_not_called_a_change() {
        let before = headline(150, 300, Threshold::DEFAULT);
        let after = headline(160, 300, Threshold::DEFAULT);
        let result = compare(Some(&before), Some(&after));
        assert_eq!(result.verdict, Verdict::NoSignificantChange);
        assert!(result.p_value.unwrap() >= 0.05);
    }

    #[test]
    fn missing_or_suppressed_waves_are_not_comparable() {
        let shown = headline(150, 300, Threshold::DEFAULT);
        let suppressed = headline(4, 300, Threshold::DEFAULT);
        for (earlier, later) in [
            (None, Some(&shown)),
            (Some(&shown), None),
            (Some(&suppressed), Some(&shown)),
        ] {
            let result = compare(earlier, later);
            assert_eq!(result, Comparison::NOT_COMPARABLE);
            assert_eq!(result.verdict.as_str(), "not_comparable");
        }
    }
}
