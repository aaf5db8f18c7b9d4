//! Everything a report is built from, read from the database in one place: the wave's results
//! with the earlier waves, breakdowns (full report only), published quotes, the team's texts and
//! where the responses came from.

use chrono::NaiveDate;

use super::quotes::{ThemeQuotes, published_quotes};
use super::results::{
    BreakdownTable, ComparedWaves, breakdowns, compared_waves, holds_totals_only,
};
use crate::db::aggregates::{ResponseSources, response_sources};
use crate::db::distribution::{Channel, channels};
use crate::db::{AnyConnection, DbError, report_texts};
use crate::domain::report_kind::ReportKind;
use crate::domain::survey::Survey;
use crate::domain::team_texts::TeamTexts;

pub struct ReportInputs {
    pub compared: ComparedWaves,
    /// Empty unless the report is the full one, or the wave holds totals only.
    pub breakdowns: Vec<BreakdownTable>,
    pub quotes: Vec<ThemeQuotes>,
    pub texts: TeamTexts,
    pub sources: ResponseSources,
    pub channels: Vec<Channel>,
    /// Years of the compared waves that hold only published totals.
    pub totals_only_years: Vec<i32>,
    pub prepared_on: NaiveDate,
}

pub fn gather(
    connection: &mut AnyConnection,
    survey: Survey,
    kind: ReportKind,
    prepared_on: NaiveDate,
) -> Result<ReportInputs, DbError> {
    let breakdowns = if kind == ReportKind::Full {
        breakdowns(connection, &survey)?
    } else {
        Vec::new()
    };
    let quotes = published_quotes(connection, &survey)?;
    let texts = report_texts::find(connection, survey.id)?;
    let sources = response_sources(connection, survey.id)?;
    let channels = channels(connection, survey.id)?;
    let compared = compared_waves(connection, survey)?;
    let mut totals_only_years = Vec::new();
    for wave in &compared.waves {
        if holds_totals_only(connection, &wave.survey)? {
            totals_only_years.push(wave.survey.year);
        }
    }
    Ok(ReportInputs {
        compared,
        breakdowns,
        quotes,
        texts,
        sources,
        channels,
        totals_only_years,
        prepared_on,
    })
}
