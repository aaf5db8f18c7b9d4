//! The team's texts for a wave's reports, one row per wave.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::report_texts;
use crate::domain::ids::SurveyId;
use crate::domain::team_texts::TeamTexts;

/// The wave's texts, or empty texts when the team has written none yet.
pub fn find(connection: &mut AnyConnection, survey: SurveyId) -> Result<TeamTexts, DbError> {
    let row: Option<(String, String)> = report_texts::table
        .filter(report_texts::survey_id.eq(survey.to_string()))
        .select((
            report_texts::what_happens_next,
            report_texts::easy_read_next,
        ))
        .first(connection)
        .optional()?;
    Ok(
        row.map_or_else(TeamTexts::default, |(what_happens_next, easy_read_next)| {
            TeamTexts {
                what_happens_next,
                easy_read_next,
            }
        }),
    )
}

pub fn save(
    connection: &mut AnyConnection,
    survey: SurveyId,
    texts: &TeamTexts,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        diesel::delete(report_texts::table.filter(report_texts::survey_id.eq(survey.to_string())))
            .execute(connection)?;
        diesel::insert_into(report_texts::table)
            .values((
                report_texts::survey_id.eq(survey.to_string()),
                report_texts::what_happens_next.eq(&texts.what_happens_next),
                report_texts::easy_read_next.eq(&texts.easy_read_next),
                report_texts::updated_at.eq(now),
            ))
            .execute(connection)?;
        Ok(())
    })
}
