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

/// Whether a question's wording differs between two waves in more than spacing and capitals, so
/// a comparison needs a caveat.
pub fn wording_changed(earlier: &str, later: &str) -> bool {
    let normal = |text: &str| {
        text.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    normal(earlier) != normal(later)
}

/// A p-value in three significant figures, cut (never rounded) so the printed number is always on
/// the same side of the significance level as the verdict: 0.04994 prints as 0.0499 and 0.05003
/// as 0.0500, never both as 0.050.
pub fn p_value_digits(p: f64) -> String {
    if p.is_nan() || p <= 0.0 {
        return "0".to_owned();
    }
    let magnitude = p.log10().floor() as i32;
    let decimals = (2 - magnitude).max(0) as usize;
    let scale = 10f64.powi(decimals as i32);
    // The small nudge keeps a value that is exactly on a step (0.05 held as 0.04999…98) on it.
    let cut = ((p * scale) * (1.0 + 1e-12)).floor() / scale;
    let cut = if cut >= SIGNIFICANCE_LEVEL && p < SIGNIFICANCE_LEVEL {
        (p * scale).floor() / scale
    } else {
        cut
    };
    format!("{cut:.decimals$}")
}

/// The p-value as a report prints it: "p < 0.001", or "p = 0.0499".
pub fn p_value_text(p: f64) -> String {
    if p < 0.001 {
        "p < 0.001".to_owned()
    } else {
        format!("p = {}", p_value_digits(p))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn p_values_either_side_of_the_level_print_apart() {
        assert_eq!(p_value_text(0.04994), "p = 0.0499");
        assert_eq!(p_value_text(0.05003), "p = 0.0500");
        assert_eq!(p_value_text(0.0499999), "p = 0.0499");
        assert_eq!(p_value_text(0.00099), "p < 0.001");
        assert_eq!(p_value_text(0.5), "p = 0.500");
        assert_eq!(p_value_digits(0.000123456), "0.000123");
    }

    proptest! {
        #[test]
        fn the_printed_p_value_never_contradicts_the_verdict(p in 0.0001f64..1.0, nudge in -1e-4f64..1e-4) {
            let p = (p + nudge).clamp(1e-6, 1.0);
            for p in [p, SIGNIFICANCE_LEVEL + nudge] {
                let printed: f64 = p_value_digits(p).parse().unwrap();
                prop_assert_eq!(printed < SIGNIFICANCE_LEVEL, p < SIGNIFICANCE_LEVEL, "{} printed as {}", p, printed);
            }
        }
    }
    use crate::domain::aggregate::{Headline, headline};
    use crate::domain::suppression::Count;

    fn shown(positive: u64, answered: u64) -> Headline {
        headline(
            Count::Shown(positive),
            Count::Shown(answered - positive),
            Count::Shown(answered),
        )
    }

    #[test]
    fn a_clear_rise_is_an_improvement_and_a_clear_fall_is_worse() {
        let before = shown(180, 400);
        let after = shown(275, 500);
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
        let before = shown(150, 300);
        let after = shown(160, 300);
        let result = compare(Some(&before), Some(&after));
        assert_eq!(result.verdict, Verdict::NoSignificantChange);
        assert!(result.p_value.unwrap() >= 0.05);
    }

    #[test]
    fn missing_or_suppressed_waves_are_not_comparable() {
        let visible = shown(150, 300);
        let suppressed = headline(Count::FewerThan, Count::HeldBack, Count::Shown(300));
        for (earlier, later) in [
            (None, Some(&visible)),
            (Some(&visible), None),
            (Some(&suppressed), Some(&visible)),
        ] {
            let result = compare(earlier, later);
            assert_eq!(result, Comparison::NOT_COMPARABLE);
            assert_eq!(result.verdict.as_str(), "not_comparable");
        }
    }
}
