//! The statistics behind every published number: proportions with Wilson 95% intervals, and the
//! pooled two-proportion z-test that says whether a change between waves is more than chance.

/// The two-sided 95% point of the standard normal distribution.
pub const Z_95: f64 = 1.959_963_984_540_054;
/// Below this p-value a change between waves is called significant.
pub const SIGNIFICANCE_LEVEL: f64 = 0.05;

/// `count` out of `n`, e.g. 120 of 300 young people agreeing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proportion {
    pub count: u64,
    pub n: u64,
}

/// A 95% interval, as shares between 0 and 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Proportion {
    /// `None` when nobody answered, or when the count is larger than the number answering.
    pub fn new(count: u64, n: u64) -> Option<Proportion> {
        (n > 0 && count <= n).then_some(Proportion { count, n })
    }

    pub fn share(&self) -> f64 {
        self.count as f64 / self.n as f64
    }

    /// The Wilson score interval: unlike the textbook ± interval it stays within 0–100% and is
    /// honest for small groups and for shares near 0 or 100%.
    pub fn wilson_95(&self) -> Interval {
        let n = self.n as f64;
        let share = self.share();
        let z2 = Z_95 * Z_95;
        let denominator = 1.0 + z2 / n;
        let centre = (share + z2 / (2.0 * n)) / denominator;
        let half_width =
            Z_95 * (share * (1.0 - share) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
        Interval {
            low: (centre - half_width).max(0.0),
            high: (centre + half_width).min(1.0),
        }
    }
}

/// The result of comparing the same measure in two waves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZTest {
    /// Later share minus earlier share, in percentage points.
    pub change_pp: f64,
    pub z: f64,
    /// Two-sided.
    pub p_value: f64,
}

/// Pooled two-proportion z-test of `later` against `earlier`.
pub fn two_proportion_z_test(earlier: Proportion, later: Proportion) -> ZTest {
    let (n1, n2) = (earlier.n as f64, later.n as f64);
    let pooled = (earlier.count + later.count) as f64 / (n1 + n2);
    let difference = later.share() - earlier.share();
    let standard_error = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    // Everyone (or no one) said yes in both waves: there is no variation and no change to test.
    let z = if standard_error > 0.0 {
        difference / standard_error
    } else {
        0.0
    };
    ZTest {
        change_pp: difference * 100.0,
        z,
        p_value: two_sided_p(z),
    }
}

/// P(|Z| ≥ |z|) for a standard normal Z.
pub fn two_sided_p(z: f64) -> f64 {
    libm::erfc(z.abs() / std::f64::consts::SQRT_2).min(1.0)
}

/// The standard normal cumulative distribution function.
pub fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    /// An independent normal CDF for the tests: Simpson's rule over the density from 0 to |z|.
    fn reference_cdf(z: f64) -> f64 {
        let steps = 20_000;
        let width = z.abs() / steps as f64;
        let density = |x: f64| (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
        let mut area = density(0.0) + density(z.abs());
        for step in 1..steps {
            let x = step as f64 * width;
            area += density(x) * if step % 2 == 1 { 4.0 } else { 2.0 };
        }
        let half = area * width / 3.0;
        if z >= 0.0 { 0.5 + half } else { 0.5 - half }
    }

    /// The textbook pooled z-test, written out independently from the formula.
    fn reference_z_test(x1: u64, n1: u64, x2: u64, n2: u64) -> (f64, f64) {
        let p1 = x1 as f64 / n1 as f64;
        let p2 = x2 as f64 / n2 as f64;
        let p = (x1 + x2) as f64 / (n1 + n2) as f64;
        let se = (p * (1.0 - p) * (1.0 / n1 as f64 + 1.0 / n2 as f64)).sqrt();
        if se == 0.0 {
            return (0.0, 1.0);
        }
        let z = (p2 - p1) / se;
        (z, 2.0 * (1.0 - reference_cdf(z.abs())))
    }

    #[test]
    fn wilson_intervals_match_published_values() {
        // Newcombe (1998), table I: 81/263 gives 0.2553–0.3662; 15/148 gives 0.0624–0.1605.
        let interval = Proportion::new(81, 263).unwrap().wilson_95();
        assert!(close(interval.low, 0.2553, 5e-5), "{interval:?}");
        assert!(close(interval.high, 0.3662, 5e-5), "{interval:?}");
        let interval = Proportion::new(15, 148).unwrap().wilson_95();
        assert!(close(interval.low, 0.0624, 5e-5), "{interval:?}");
        assert!(close(interval.high, 0.1605, 5e-5), "{interval:?}");
        // 0 of 10 still has room above zero, unlike the ± interval.
        let none = Proportion::new(0, 10).unwrap().wilson_95();
        assert_eq!(none.low, 0.0);
        assert!(close(none.high, 0.2775, 5e-5), "{none:?}");
    }

    #[test]
    fn proportions_need_someone_answering_and_a_possible_count() {
        assert_eq!(Proportion::new(1, 0), None);
        assert_eq!(Proportion::new(0, 0), None);
        assert_eq!(Proportion::new(11, 10), None);
    }

    #[test]
    fn the_z_test_matches_a_worked_example() {
        // 45% of 400 then 55% of 500: pooled 0.5056, z = 2.98, p = 0.0029.
        let test = two_proportion_z_test(
            Proportion::new(180, 400).unwrap(),
            Proportion::new(275, 500).unwrap(),
        );
        assert!(close(test.change_pp, 10.0, 1e-9));
        assert!(close(test.z, 2.9815, 5e-4), "{test:?}");
        assert!(close(test.p_value, 0.00287, 5e-5), "{test:?}");
        let same = two_proportion_z_test(
            Proportion::new(10, 10).unwrap(),
            Proportion::new(20, 20).unwrap(),
        );
        assert_eq!((same.z, same.p_value), (0.0, 1.0));
    }

    #[test]
    fn the_normal_distribution_has_its_known_points() {
        assert!(close(normal_cdf(0.0), 0.5, 1e-15));
        assert!(close(normal_cdf(Z_95), 0.975, 1e-12));
        assert!(close(two_sided_p(Z_95), 0.05, 1e-12));
        assert!(close(normal_cdf(-3.0), 0.001_349_898, 1e-9));
    }

    proptest! {
        #[test]
        fn the_z_test_agrees_with_the_reference(
            n1 in 1u64..5_000, n2 in 1u64..5_000, a in 0.0f64..=1.0, b in 0.0f64..=1.0,
        ) {
            let x1 = (a * n1 as f64).round() as u64;
            let x2 = (b * n2 as f64).round() as u64;
            let ours = two_proportion_z_test(Proportion::new(x1, n1).unwrap(), Proportion::new(x2, n2).unwrap());
            let (z, p) = reference_z_test(x1, n1, x2, n2);
            prop_assert!(close(ours.z, z, 1e-9), "z {} vs {}", ours.z, z);
            prop_assert!(close(ours.p_value, p, 1e-6), "p {} vs {}", ours.p_value, p);
        }

        #[test]
        fn wilson_intervals_hold_the_share_and_stay_within_bounds(n in 1u64..100_000, a in 0.0f64..=1.0) {
            let count = (a * n as f64).round() as u64;
            let proportion = Proportion::new(count, n).unwrap();
            let interval = proportion.wilson_95();
            prop_assert!(0.0 <= interval.low && interval.low <= proportion.share() + 1e-12);
            prop_assert!(proportion.share() <= interval.high + 1e-12 && interval.high <= 1.0);
        }
    }
}
