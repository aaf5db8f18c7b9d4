//! Everything a report is built from, read from the database in one place: the wave's results
//! with the earlier waves (each with its breakdowns and disclosure plan), published quotes, the
//! team's texts and where the responses came from.

use chrono::NaiveDate;

use super::quotes::{ThemeQuotes, published_quotes};
use super::results::{BreakdownTable, ComparedWaves, compared_waves};
use crate::db::distribution::channels;
use crate::db::{AnyConnection, DbError, report_texts};
use crate::domain::distribution_channel::Channel;
use crate::domain::survey::Survey;
use crate::domain::team_texts::TeamTexts;

pub struct ReportInputs {
    pub compared: ComparedWaves,
    pub quotes: Vec<ThemeQuotes>,
    pub texts: TeamTexts,
    pub channels: Vec<Channel>,
    /// Years of the compared waves that hold only published totals.
    pub totals_only_years: Vec<i32>,
    pub prepared_on: NaiveDate,
    /// Who publishes the report: the organisation running the survey, named on its cover.
    pub publisher: String,
}

impl ReportInputs {
    /// The wave's breakdowns; empty for a wave of published totals.
    pub fn breakdowns(&self) -> &[BreakdownTable] {
        &self.compared.target().breakdowns
    }
}

/// Reads everything a report needs. Every report kind reads the same: a wave's disclosure plan
/// covers all of its tables, so the summary withholds what the full report does.
pub fn gather(
    connection: &mut AnyConnection,
    survey: Survey,
    prepared_on: NaiveDate,
    publisher: &str,
) -> Result<ReportInputs, DbError> {
    let quotes = published_quotes(connection, &survey)?;
    let texts = report_texts::find(connection, survey.id)?;
    let channels = channels(connection, survey.id)?;
    let compared = compared_waves(connection, survey)?;
    let totals_only_years = compared
        .waves
        .iter()
        .filter(|wave| wave.totals_only)
        .map(|wave| wave.survey.year)
        .collect();
    Ok(ReportInputs {
        compared,
        quotes,
        texts,
        channels,
        totals_only_years,
        prepared_on,
        publisher: publisher.to_owned(),
    })
}
