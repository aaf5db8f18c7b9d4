//! The words around a report's content, from the interface catalogue in the report's language.

use chrono::NaiveDate;

use super::document::ReportLabels;
use super::shared_sections::long_date;
use crate::catalogue::{self, Arg};
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;

/// The labels of a report in `language`, naming its publisher and the day it was prepared.
pub fn labels(language: &Language, publisher: &str, prepared_on: &str) -> ReportLabels {
    let words = |id: &str, args: &[(&str, Arg)]| {
        catalogue::built_in().text(language, ResponseFormat::Standard, id, args)
    };
    ReportLabels {
        links: words("report-links", &[]),
        published_by: if publisher.is_empty() {
            String::new()
        } else {
            words("report-published-by", &[("publisher", publisher.into())])
        },
        prepared_on: words("report-prepared-on", &[("date", prepared_on.into())]),
        contents: words("report-contents", &[]),
        note: words("report-note", &[]),
        you_said: words("report-you-said", &[]),
        we_did: words("report-we-did", &[]),
        page: words("report-page", &[]),
        of: words("report-of", &[]),
        footer: words("report-footer", &[]),
        right_to_left: language.is_right_to_left(),
    }
}

/// A day as a reader of `language` writes it: "23 November 2026" in English, "23.11.2026"
/// elsewhere, which every language the catalogue may gain reads without month names.
pub fn day_in(language: &Language, day: NaiveDate) -> String {
    if language.is_english() {
        long_date(day)
    } else {
        day.format("%d.%m.%Y").to_string()
    }
}
