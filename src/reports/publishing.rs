//! Publishing: a report built from the data as it stands, frozen as a JSON snapshot with a new
//! version number, so later edits or imports never change what the Board read.

use chrono::NaiveDate;

use super::document::ReportDocument;
use super::{ReportError, prepare};
use crate::db::published_reports::{self, PublishedReport};
use crate::db::{AnyConnection, DbError, DbPool, report_texts};
use crate::domain::ids::PublishedReportId;
use crate::domain::report_kind::ReportKind;
use crate::domain::survey::Survey;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PublishRefused {
    #[error(
        "write what will happen next before publishing: the Board and young people need to know"
    )]
    NothingWrittenAboutNextSteps,
}

pub fn publish(
    connection: &mut AnyConnection,
    spare: Option<&DbPool>,
    survey: Survey,
    kind: ReportKind,
    today: NaiveDate,
) -> Result<Result<PublishedReport, PublishRefused>, ReportError> {
    let texts = report_texts::find(connection, survey.id)?;
    let next_steps = match kind {
        ReportKind::EasyRead => &texts.easy_read_next,
        ReportKind::Summary | ReportKind::Full => &texts.what_happens_next,
    };
    if next_steps.trim().is_empty() {
        return Ok(Err(PublishRefused::NothingWrittenAboutNextSteps));
    }
    let (survey_id, year) = (survey.id, survey.year);
    let document = prepare(connection, spare, survey, kind, today)?;
    let published = published_reports::publish(
        connection,
        survey_id,
        kind,
        year,
        &document.full_title(),
        &document.to_json(),
    )?;
    Ok(Ok(published))
}

/// A published report with its frozen document.
pub fn find(
    connection: &mut AnyConnection,
    id: PublishedReportId,
) -> Result<Option<(PublishedReport, ReportDocument)>, DbError> {
    let Some((report, json)) = published_reports::find(connection, id)? else {
        return Ok(None);
    };
    let document = ReportDocument::from_json(&json)
        .map_err(|error| DbError::Corrupt(format!("published report {id}: {error}")))?;
    Ok(Some((report, document)))
}

/// The line under a published report's title, e.g. "Version 2, published on 23 November 2026".
pub fn status_line(report: &PublishedReport) -> String {
    format!(
        "Version {}, published on {}",
        report.version,
        report.published_at.format("%-d %B %Y")
    )
}
