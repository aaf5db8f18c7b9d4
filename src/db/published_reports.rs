//! Published reports: each a frozen document (JSON), numbered by version per wave and kind.

use chrono::NaiveDateTime;
use diesel::dsl::max;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::published_reports;
use crate::domain::ids::{PublishedReportId, SurveyId};
use crate::domain::published_report::PublishedReport;
use crate::domain::report_kind::ReportKind;
use crate::domain::wording::Language;

type Row = (
    String,
    String,
    String,
    String,
    i32,
    i32,
    String,
    NaiveDateTime,
);

const COLUMNS: (
    published_reports::id,
    published_reports::survey_id,
    published_reports::kind,
    published_reports::language,
    published_reports::version,
    published_reports::year,
    published_reports::title,
    published_reports::published_at,
) = (
    published_reports::id,
    published_reports::survey_id,
    published_reports::kind,
    published_reports::language,
    published_reports::version,
    published_reports::year,
    published_reports::title,
    published_reports::published_at,
);

fn from_row(
    (id, survey, kind, language, version, year, title, published_at): Row,
) -> Result<PublishedReport, DbError> {
    Ok(PublishedReport {
        id: PublishedReportId::parse(&id)?,
        survey: SurveyId::parse(&survey)?,
        kind: ReportKind::parse(&kind)?,
        language: Language::parse(&language)
            .map_err(|error| DbError::Corrupt(format!("published report {id}: {error}")))?,
        version,
        year,
        title,
        published_at,
    })
}

/// A version of a report about to be stored.
pub struct NewVersion<'a> {
    pub survey: SurveyId,
    pub kind: ReportKind,
    pub language: &'a Language,
    pub year: i32,
    pub title: &'a str,
    pub document_json: &'a str,
    pub counts_digest: &'a str,
    pub published_at: NaiveDateTime,
}

/// Stores a new version of a wave's report of this kind in this language and returns it. Two people
/// publishing at once both succeed, as consecutive versions.
pub fn publish(
    connection: &mut AnyConnection,
    version: &NewVersion<'_>,
) -> Result<PublishedReport, DbError> {
    let &NewVersion {
        survey,
        kind,
        language,
        year,
        title,
        document_json,
        counts_digest,
        published_at,
    } = version;
    loop {
        let latest: Option<i32> = published_reports::table
            .filter(published_reports::survey_id.eq(survey.to_string()))
            .filter(published_reports::kind.eq(kind.as_str()))
            .filter(published_reports::language.eq(language.as_str()))
            .select(max(published_reports::version))
            .first(connection)?;
        let report = PublishedReport {
            id: PublishedReportId::new_random(),
            survey,
            kind,
            language: language.clone(),
            version: latest.unwrap_or(0) + 1,
            year,
            title: title.to_owned(),
            published_at,
        };
        let inserted = diesel::insert_into(published_reports::table)
            .values((
                published_reports::id.eq(report.id.to_string()),
                published_reports::survey_id.eq(survey.to_string()),
                published_reports::kind.eq(kind.as_str()),
                published_reports::language.eq(language.as_str()),
                published_reports::version.eq(report.version),
                published_reports::year.eq(year),
                published_reports::title.eq(title),
                published_reports::published_at.eq(report.published_at),
                published_reports::document.eq(document_json),
                published_reports::counts_digest.eq(counts_digest),
            ))
            .execute(connection);
        match inserted {
            Ok(_) => return Ok(report),
            Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => continue,
            Err(error) => return Err(error.into()),
        }
    }
}

/// The versions of a wave already published (any kind) with the digest of the counts each was
/// made from; an empty digest for versions published before digests were kept.
pub fn counts_digests(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<Vec<(String, i32, String)>, DbError> {
    Ok(published_reports::table
        .filter(published_reports::survey_id.eq(survey.to_string()))
        .select((
            published_reports::kind,
            published_reports::version,
            published_reports::counts_digest,
        ))
        .load(connection)?)
}

/// Every published report, newest year first, then by kind, language and newest version first.
pub fn list(connection: &mut AnyConnection) -> Result<Vec<PublishedReport>, DbError> {
    let rows: Vec<Row> = published_reports::table
        .order((
            published_reports::year.desc(),
            published_reports::kind.desc(),
            published_reports::language.asc(),
            published_reports::version.desc(),
        ))
        .select(COLUMNS)
        .load(connection)?;
    rows.into_iter().map(from_row).collect()
}

/// The wave's published reports, newest first.
pub fn for_survey(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<Vec<PublishedReport>, DbError> {
    let rows: Vec<Row> = published_reports::table
        .filter(published_reports::survey_id.eq(survey.to_string()))
        .order((
            published_reports::kind.desc(),
            published_reports::language.asc(),
            published_reports::version.desc(),
        ))
        .select(COLUMNS)
        .load(connection)?;
    rows.into_iter().map(from_row).collect()
}

/// A published report with its frozen document.
pub fn find(
    connection: &mut AnyConnection,
    id: PublishedReportId,
) -> Result<Option<(PublishedReport, String)>, DbError> {
    let row: Option<(Row, String)> = published_reports::table
        .filter(published_reports::id.eq(id.to_string()))
        .select((COLUMNS, published_reports::document))
        .first(connection)
        .optional()?;
    row.map(|(row, document)| Ok((from_row(row)?, document)))
        .transpose()
}
