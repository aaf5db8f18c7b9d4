//! Days written the one way nobody misreads: `YYYY-MM-DD`, four-digit year. chrono alone would
//! read `22-03-14` as the year 22.

use chrono::NaiveDate;

/// The day `text` names, if it is exactly `YYYY-MM-DD` and a real date.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(at, byte)| at == 4 || at == 7 || byte.is_ascii_digit());
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_digit_years_in_year_month_day_order_are_days() {
        assert_eq!(parse("2022-03-14"), NaiveDate::from_ymd_opt(2022, 3, 14));
        for not_a_day in [
            "22-03-14",
            "0022-03-14x",
            "2022-3-14",
            "14/03/2022",
            "2022-02-30",
            "+2022-03-14",
            " 2022-03-14",
            "２０２２-03-14",
        ] {
            assert_eq!(parse(not_a_day), None, "{not_a_day}");
        }
    }
}
