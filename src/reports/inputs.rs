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
use crate::db::{AnyConnection, DbError, DbPool, report_texts};
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

/// Reads everything the report needs. The full report's breakdowns are the slowest part; on
/// PostgreSQL, when `spare` has a connection free right now, they are counted on it alongside the
/// rest.
pub fn gather(
    connection: &mut AnyConnection,
    spare: Option<&DbPool>,
    survey: Survey,
    kind: ReportKind,
    prepared_on: NaiveDate,
) -> Result<ReportInputs, DbError> {
    if kind != ReportKind::Full {
        return gather_all_but_breakdowns(connection, survey, prepared_on, Vec::new());
    }
    // Measured at 100,000 responses: on PostgreSQL counting the breakdowns on a second connection
    // took the full report from 2.3 s to 1.5 s; on SQLite two readers of one file at once took it
    // from 2.0 s to 4.7 s, so SQLite keeps to one connection. Never wait for a second connection:
    // when the pool is busy, one is enough.
    let on_postgres = matches!(connection, AnyConnection::Postgresql(_));
    match spare
        .filter(|_| on_postgres)
        .and_then(|pool| pool.try_get())
    {
        Some(mut second) => std::thread::scope(|scope| {
            let counting = scope.spawn(|| breakdowns(&mut second, &survey));
            let mut inputs =
                gather_all_but_breakdowns(connection, survey.clone(), prepared_on, Vec::new())?;
            inputs.breakdowns = counting
                .join()
                .expect("the breakdown thread does not panic")?;
            Ok(inputs)
        }),
        None => {
            let counted = breakdowns(connection, &survey)?;
            gather_all_but_breakdowns(connection, survey, prepared_on, counted)
        }
    }
}

fn gather_all_but_breakdowns(
    connection: &mut AnyConnection,
    survey: Survey,
    prepared_on: NaiveDate,
    breakdowns: Vec<BreakdownTable>,
) -> Result<ReportInputs, DbError> {
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
