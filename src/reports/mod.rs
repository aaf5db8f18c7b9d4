//! Reports: a wave's results gathered with the earlier waves it is compared with, built into a
//! document (summary, full or Easy Read) and rendered as HTML or PDF; and the CSV tables.

pub mod action_lines;
mod board_update;
mod briefing;
mod cells;
pub mod csv_results;
pub mod disclosure_audit;
pub mod document;
mod easy_read;
mod figures;
mod full;
pub mod html;
pub mod inputs;
pub mod labels;
pub mod pdf;
pub mod publishing;
pub mod quotes;
pub mod results;
mod shared_sections;
mod summary;

use chrono::NaiveDate;

use crate::charts::ChartError;
use crate::db::{AnyConnection, DbError};
use crate::domain::report_kind::ReportKind;
use crate::domain::survey::Survey;
use crate::domain::wording::Language;
use document::ReportDocument;
use inputs::ReportInputs;

/// The words that mark results from a wave young people can still answer, on every preview of it.
pub const PROVISIONAL: &str = "Provisional: the survey is still open";

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Chart(#[from] ChartError),
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    #[error("the wave is not written in {0}: translate it first (see \"Languages\" in the README)")]
    NotWrittenIn(Language),
    #[error(
        "only the Easy Read report is written in other languages: the Board's reports are English"
    )]
    BoardReportsAreEnglish,
}

impl From<diesel::result::Error> for ReportError {
    fn from(error: diesel::result::Error) -> Self {
        ReportError::Db(DbError::Query(error))
    }
}

/// Reads what the report needs and builds it, as the data stands now.
pub fn prepare(
    connection: &mut AnyConnection,
    survey: Survey,
    kind: ReportKind,
    prepared_on: NaiveDate,
    publisher: &str,
) -> Result<ReportDocument, ReportError> {
    let inputs = inputs::gather(connection, survey, prepared_on, publisher)?;
    Ok(build(kind, &inputs)?)
}

/// The report of this kind in `language`, as the data stands now; refused unless that language
/// can have it (see [`build_in`]).
pub fn prepare_in(
    connection: &mut AnyConnection,
    survey: Survey,
    kind: ReportKind,
    language: &Language,
    prepared_on: NaiveDate,
    publisher: &str,
) -> Result<ReportDocument, ReportError> {
    can_be_written_in(&survey, kind, language)?;
    let inputs = inputs::gather(connection, survey, prepared_on, publisher)?;
    build_in(kind, language, &inputs)
}

/// Only the Easy Read report, for young people, is written in other languages, and only in a
/// language the whole wave is written in; the Board's reports are English.
pub fn can_be_written_in(
    survey: &Survey,
    kind: ReportKind,
    language: &Language,
) -> Result<(), ReportError> {
    if language.is_english() {
        return Ok(());
    }
    if kind != ReportKind::EasyRead {
        return Err(ReportError::BoardReportsAreEnglish);
    }
    if !survey.languages().contains(language) {
        return Err(ReportError::NotWrittenIn(language.clone()));
    }
    Ok(())
}

/// Builds the report of this kind in `language` from what was gathered for it.
pub fn build_in(
    kind: ReportKind,
    language: &Language,
    inputs: &ReportInputs,
) -> Result<ReportDocument, ReportError> {
    can_be_written_in(&inputs.compared.target().survey, kind, language)?;
    if language.is_english() {
        Ok(build(kind, inputs)?)
    } else {
        Ok(easy_read::build_in(inputs, language))
    }
}

/// The CSV tables of a wave as the data stands now.
pub fn csv_tables(
    connection: &mut AnyConnection,
    survey: Survey,
) -> Result<[(&'static str, String); 6], DbError> {
    let quotes = quotes::published_quotes(connection, &survey)?;
    let compared = results::compared_waves(connection, survey)?;
    Ok(csv_results::files(&compared, &quotes))
}

/// Builds the report of the given kind from what was gathered for it.
pub fn build(kind: ReportKind, inputs: &ReportInputs) -> Result<ReportDocument, ChartError> {
    match kind {
        ReportKind::Summary => summary::build(inputs),
        ReportKind::Full => full::build(inputs),
        ReportKind::EasyRead => Ok(easy_read::build(inputs)),
        ReportKind::Briefing => briefing::build(inputs),
        ReportKind::BoardUpdate => board_update::build(inputs),
    }
}
