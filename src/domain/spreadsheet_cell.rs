//! Text that a spreadsheet would run as a formula when a CSV file is opened ("CSV injection"):
//! exports write such a cell with a leading apostrophe, as OWASP advises, and imports take it off
//! again, so a young person's "=HYPERLINK(…)" is shown as text and still round-trips exactly.

use std::borrow::Cow;

/// The first characters that make Excel, LibreOffice or Google Sheets read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

const GUARD: char = '\'';

/// The cell as it should be written to a CSV file meant for spreadsheets.
pub fn protect(text: &str) -> Cow<'_, str> {
    if is_plain_number(text) || !starts_like_a_formula(text.trim_start_matches(GUARD)) {
        Cow::Borrowed(text)
    } else {
        // A text that already starts with apostrophes before a formula gets one more, so that
        // `unprotect` can tell it from a guard and give back exactly what was written.
        Cow::Owned(format!("{GUARD}{text}"))
    }
}

/// The text a protected cell stood for; cells that were never protected come back unchanged.
pub fn unprotect(cell: &str) -> Cow<'_, str> {
    match cell.strip_prefix(GUARD) {
        Some(rest) if starts_like_a_formula(rest.trim_start_matches(GUARD)) => Cow::Borrowed(rest),
        _ => Cow::Borrowed(cell),
    }
}

fn starts_like_a_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// "-3.2" (a fall in percentage points) stays a number: a spreadsheet reads it as one, not as a
/// formula, and analysts need to sort by it.
fn is_plain_number(text: &str) -> bool {
    text.parse::<f64>().is_ok_and(f64::is_finite)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_written_as_text() {
        assert_eq!(
            protect("=HYPERLINK(\"http://x\",\"click\")"),
            "'=HYPERLINK(\"http://x\",\"click\")"
        );
        assert_eq!(protect("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
        assert_eq!(protect("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
        assert_eq!(protect("@SUM(A1:A9)"), "'@SUM(A1:A9)");
        assert_eq!(protect("\t=1"), "'\t=1");
        assert_eq!(
            protect("- I like the youth club"),
            "'- I like the youth club"
        );
    }

    #[test]
    fn ordinary_text_and_numbers_are_left_alone() {
        for text in [
            "",
            "I feel listened to",
            "-3.2",
            "12",
            "+4.5",
            "1e3",
            "'cause",
            "a=b",
        ] {
            assert_eq!(protect(text), text);
        }
        // Words that Rust would read as numbers are still text to a spreadsheet.
        assert_eq!(protect("-inf"), "'-inf");
        assert_eq!(protect("-NaN"), "'-NaN");
    }

    #[test]
    fn text_that_already_starts_with_a_guard_keeps_it_on_the_way_back() {
        assert_eq!(protect("'=1"), "''=1");
        assert_eq!(unprotect("''=1"), "'=1");
        assert_eq!(unprotect("'cause"), "'cause");
    }

    proptest! {
        #[test]
        fn every_text_comes_back_exactly(text in ".{0,12}|[-=+@'\t]{1,4}.{0,6}") {
            let cell = protect(&text);
            prop_assert_eq!(unprotect(&cell), text.as_str());
        }

        #[test]
        fn no_protected_cell_starts_like_a_formula(text in ".{0,12}|[-=+@'\t]{1,4}.{0,6}") {
            let cell = protect(&text);
            prop_assert!(is_plain_number(&cell) || !starts_like_a_formula(&cell));
        }
    }
}
