//! A published report as lists show it, without its document.

use chrono::NaiveDateTime;

use super::ids::{PublishedReportId, SurveyId};
use super::report_kind::ReportKind;
use super::wording::Language;

/// A published report without its document, as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedReport {
    pub id: PublishedReportId,
    pub survey: SurveyId,
    pub kind: ReportKind,
    /// The language it is written in; its versions are numbered apart from other languages'.
    pub language: Language,
    pub version: i32,
    pub year: i32,
    pub title: String,
    pub published_at: NaiveDateTime,
}
