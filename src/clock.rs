//! The one place the time is read. Times are stored in UTC; days that people name (a wave's
//! opening and closing days, "today" on a report) are days in the council's time zone
//! (`TIME_ZONE`, Europe/London by default), so in British Summer Time a wave that closes on the
//! 24th closes at midnight local time, not at 01:00 on the 25th. Tests hold a fixed clock.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

pub const DEFAULT_TIME_ZONE: Tz = chrono_tz::Europe::London;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    zone: Tz,
    /// Set in tests: the clock always reads this instant.
    fixed: Option<DateTime<Utc>>,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system(DEFAULT_TIME_ZONE)
    }
}

impl Clock {
    pub fn system(zone: Tz) -> Clock {
        Clock { zone, fixed: None }
    }

    pub fn fixed(zone: Tz, at: DateTime<Utc>) -> Clock {
        Clock {
            zone,
            fixed: Some(at),
        }
    }

    fn instant(&self) -> DateTime<Utc> {
        self.fixed.unwrap_or_else(Utc::now)
    }

    /// Now, in UTC, as stored.
    pub fn now(&self) -> NaiveDateTime {
        self.instant().naive_utc()
    }

    /// Today in the council's time zone.
    pub fn today(&self) -> NaiveDate {
        self.instant().with_timezone(&self.zone).date_naive()
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// A stored (UTC) time as the council's local time of day, such as "14:05".
    pub fn local_time_of_day(&self, stored: NaiveDateTime) -> String {
        stored
            .and_utc()
            .with_timezone(&self.zone)
            .format("%H:%M")
            .to_string()
    }
}

/// Reads a time zone name such as `Europe/London`.
pub fn parse_zone(name: &str) -> Option<Tz> {
    name.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn today_is_the_day_in_london_across_both_clock_changes() {
        let london = DEFAULT_TIME_ZONE;
        // Summer time ends at 01:00 UTC on 25 October 2026: 23:30 UTC on the 24th is 00:30 BST.
        assert_eq!(
            Clock::fixed(london, at(2026, 10, 24, 23, 30)).today(),
            day(2026, 10, 25)
        );
        // After the change, London and UTC agree.
        assert_eq!(
            Clock::fixed(london, at(2026, 10, 25, 23, 30)).today(),
            day(2026, 10, 25)
        );
        // Summer time starts at 01:00 UTC on 29 March 2026.
        assert_eq!(
            Clock::fixed(london, at(2026, 3, 28, 23, 30)).today(),
            day(2026, 3, 28)
        );
        assert_eq!(
            Clock::fixed(london, at(2026, 3, 29, 23, 30)).today(),
            day(2026, 3, 30)
        );
        assert_eq!(
            Clock::fixed(london, at(2026, 3, 29, 23, 30)).now(),
            at(2026, 3, 29, 23, 30).naive_utc(),
            "stored times stay in UTC"
        );
    }

    #[test]
    fn stored_times_are_shown_in_local_time() {
        let clock = Clock::system(DEFAULT_TIME_ZONE);
        assert_eq!(
            clock.local_time_of_day(at(2026, 7, 1, 13, 5).naive_utc()),
            "14:05",
            "British Summer Time"
        );
        assert_eq!(
            clock.local_time_of_day(at(2026, 12, 1, 13, 5).naive_utc()),
            "13:05"
        );
    }

    #[test]
    fn zones_are_read_by_name() {
        assert_eq!(parse_zone("Europe/London"), Some(chrono_tz::Europe::London));
        assert_eq!(parse_zone(" UTC "), Some(chrono_tz::UTC));
        assert_eq!(parse_zone("Middle/Earth"), None);
    }
}
