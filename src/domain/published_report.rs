//! A published report as lists show it, without its document.

use chrono::NaiveDateTime;

use super::ids::{PublishedReportId, SurveyId};
use super::report_kind::ReportKind;

/// A published report without its document, as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedReport {
    pub id: PublishedReportId,
    pub survey: SurveyId,
    pub kind: ReportKind,
    pub version: i32,
    pub year: i32,
    pub title: String,
    pub published_at: NaiveDateTime,
}
