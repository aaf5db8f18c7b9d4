//! Disclosure control: which counts a wave may show, and the check that nothing withheld can be
//! worked out. One plan per wave ([`wave_plan::WavePlan`]) covers every table the wave shows;
//! every output reads its counts from it.
//!
//! The rules, in the words the README uses:
//! - a count from 0 to threshold − 1 is withheld and reads "fewer than N" (zeros are protected
//!   like other small counts: a zero in a group says what every one of them answered);
//! - more counts are held back, smallest first, until an attacker who combines every number the
//!   wave shows learns nothing about a withheld small count beyond "fewer than N", cannot work
//!   out a held-back count exactly, and cannot show that the withheld counts of any line add up to
//!   a small group.

pub mod intruder;
mod protection;
pub mod table_set;
pub mod wave_plan;

/// What an output may do with one count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Release {
    Shown,
    /// Below the threshold: "fewer than N".
    FewerThan,
    /// At or above the threshold, withheld so that a small count cannot be worked out.
    HeldBack,
    /// Never printed: follows from printed counts, and is checked like them.
    Derived,
}

/// A withheld count that the intruder check could narrow: where, how, and to what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub place: String,
    pub problem: String,
    pub low: u64,
    pub high: u64,
    pub true_value: u64,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.low == self.high {
            write!(
                f,
                "{}: {} (it is exactly {})",
                self.place, self.problem, self.low
            )
        } else {
            write!(
                f,
                "{}: {} (to between {} and {})",
                self.place, self.problem, self.low, self.high
            )
        }
    }
}
