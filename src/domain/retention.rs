//! How long personal data is kept: the council's retention settings, and when each rule falls due.
//! Three things age out: the words of free-text answers never used as a quote, audit entries, and
//! (only if the council chooses) a closed wave's individual responses, which are then kept as the
//! wave's totals. Published reports and quotes, and totals, stay.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::ids::InvalidValue;
use super::survey::{Availability, Survey, SurveyStatus};

/// How long something is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepFor {
    Days(u32),
    Forever,
}

impl KeepFor {
    /// "forever", or a whole number of days from 1 to 36,500.
    pub fn parse(text: &str) -> Result<KeepFor, InvalidValue> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("forever") {
            return Ok(KeepFor::Forever);
        }
        text.parse::<u32>()
            .ok()
            .filter(|days| (1..=36_500).contains(days))
            .map(KeepFor::Days)
            .ok_or_else(|| InvalidValue::new("a number of days or \"forever\"", text))
    }

    /// Whether something that started on `day` is past keeping on `today`.
    pub fn has_passed(self, day: NaiveDate, today: NaiveDate) -> bool {
        match self {
            KeepFor::Forever => false,
            KeepFor::Days(days) => day + Duration::days(i64::from(days)) < today,
        }
    }

    /// The earliest moment still kept at `now`; anything before it is past keeping.
    pub fn keeps_since(self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        match self {
            KeepFor::Forever => None,
            KeepFor::Days(days) => Some(now - Duration::days(i64::from(days))),
        }
    }
}

impl std::fmt::Display for KeepFor {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeepFor::Forever => formatter.write_str("forever"),
            KeepFor::Days(days) => write!(formatter, "{days} days"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// Words of free-text answers that never became a quote, counted from the wave's closing day.
    pub unquoted_text: KeepFor,
    /// Audit entries, counted from when they were written.
    pub audit_entries: KeepFor,
    /// A closed wave's individual responses, counted from its closing day; then only its totals
    /// stay (headlines and year-on-year tests still work; breakdowns by group do not).
    pub raw_responses: KeepFor,
}

impl Default for RetentionPolicy {
    /// A year for unused words, two for the audit log, and responses kept until the council
    /// decides otherwise (year-on-year breakdowns need them).
    fn default() -> Self {
        RetentionPolicy {
            unquoted_text: KeepFor::Days(365),
            audit_entries: KeepFor::Days(730),
            raw_responses: KeepFor::Forever,
        }
    }
}

/// The day a wave stopped taking answers: its closing day, or the last day of its year when it
/// was closed without one. `None` while it may still take answers (or has not opened).
pub fn closed_on(survey: &Survey, today: NaiveDate) -> Option<NaiveDate> {
    if survey.availability_on(today) != Availability::Closed || survey.status == SurveyStatus::Draft
    {
        return None;
    }
    survey
        .closes_on
        .or_else(|| NaiveDate::from_ymd_opt(survey.year, 12, 31))
}

/// What one run of the retention rules removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionDone {
    /// Free-text answers whose words were deleted.
    pub texts_cleared: usize,
    /// Answers taken out of the moderation queue with their words.
    pub queue_entries_removed: usize,
    pub audit_entries_deleted: usize,
    /// Waves whose responses were replaced by their totals, with how many responses each had.
    pub waves_reduced_to_totals: Vec<(String, usize)>,
}

impl RetentionDone {
    pub fn is_empty(&self) -> bool {
        *self == RetentionDone::default()
    }
}

impl std::fmt::Display for RetentionDone {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "{} free-text answers' words deleted ({} taken out of the moderation queue), {} audit entries deleted",
            self.texts_cleared, self.queue_entries_removed, self.audit_entries_deleted
        )?;
        for (wave, responses) in &self.waves_reduced_to_totals {
            write!(
                formatter,
                ", {wave}: {responses} responses kept as totals only"
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn keeping_is_read_as_days_or_forever() {
        assert_eq!(KeepFor::parse(" 365 "), Ok(KeepFor::Days(365)));
        assert_eq!(KeepFor::parse("Forever"), Ok(KeepFor::Forever));
        for bad in ["0", "-1", "a year", "", "36501", "1.5"] {
            assert!(KeepFor::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_day_is_past_keeping_only_once_the_whole_period_has_gone() {
        let year = KeepFor::Days(365);
        assert!(!year.has_passed(day("2022-04-14"), day("2023-04-13")));
        assert!(!year.has_passed(day("2022-04-14"), day("2023-04-14")));
        assert!(year.has_passed(day("2022-04-14"), day("2023-04-15")));
        assert!(!KeepFor::Forever.has_passed(day("1990-01-01"), day("2030-01-01")));
    }
}
