//! Everything a report is built from, read from the database in one place: the wave's results
//! with the earlier waves (each with its breakdowns and disclosure plan), published quotes, the
//! team's texts, the register's actions and where the responses came from.

use chrono::{NaiveDate, NaiveDateTime};

use super::quotes::{ThemeQuotes, published_quotes};
use super::results::{BreakdownTable, ComparedWaves, compared_waves};
use crate::db::distribution::channels;
use crate::db::{
    AnyConnection, DbError, action_owners, board_updates, report_texts, surveys, tracked_actions,
};
use crate::domain::action_owner::ActionOwner;
use crate::domain::distribution_channel::Channel;
use crate::domain::ids::{ActionId, SurveyId};
use crate::domain::survey::Survey;
use crate::domain::team_texts::TeamTexts;
use crate::domain::tracked_action::{StatusChange, TrackedAction};

pub struct ReportInputs {
    pub compared: ComparedWaves,
    pub quotes: Vec<ThemeQuotes>,
    pub texts: TeamTexts,
    /// The register's actions answering this wave, in the order reports show them.
    pub actions: Vec<TrackedAction>,
    /// Every action of the wave's programme, whichever wave it answers, for the Board update.
    pub programme_actions: Vec<TrackedAction>,
    pub owners: Vec<ActionOwner>,
    /// When the programme's last Board update was emailed, if one was.
    pub last_board_update: Option<NaiveDateTime>,
    /// The status changes of the programme's actions since then (all of them if never).
    pub changes_since_board: Vec<StatusChange>,
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
    let wave_ids: Vec<SurveyId> = surveys::list_of_programme(connection, survey.programme)?
        .iter()
        .map(|wave| wave.id)
        .collect();
    let programme_actions = tracked_actions::for_surveys(connection, &wave_ids)?;
    let own: Vec<TrackedAction> = programme_actions
        .iter()
        .filter(|action| action.survey == survey.id)
        .cloned()
        .collect();
    let actions = super::action_lines::in_order_shown(&own);
    let owners = action_owners::list(connection)?;
    let last_board_update = board_updates::last_sent(connection, survey.programme)?;
    let action_ids: Vec<ActionId> = programme_actions.iter().map(|action| action.id).collect();
    let changes_since_board =
        tracked_actions::changes_since(connection, &action_ids, last_board_update)?;
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
        actions,
        programme_actions,
        owners,
        last_board_update,
        changes_since_board,
        channels,
        totals_only_years,
        prepared_on,
        publisher: publisher.to_owned(),
    })
}
