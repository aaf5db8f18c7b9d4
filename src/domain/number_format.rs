//! Numbers as reports and exports write them, rounded the way spreadsheets round (halves away from
//! zero), so a figure in a report always matches the same figure in the CSV.

/// One decimal place: 56.25 → "56.3".
pub fn one_decimal(value: f64) -> String {
    format!("{:.1}", (value * 10.0).round() / 10.0)
}

/// A whole percentage: 62.5 → "63%".
pub fn whole_percent(value: f64) -> String {
    format!("{:.0}%", value.round())
}

/// A count with thousands separators: 12345 → "12,345".
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero_as_in_a_spreadsheet() {
        assert_eq!(one_decimal(56.25), "56.3");
        assert_eq!(one_decimal(-6.25), "-6.3");
        assert_eq!(whole_percent(62.5), "63%");
        assert_eq!(whole_percent(0.4), "0%");
    }

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(123_456_789), "123,456,789");
    }
}
