//! Which waves each moderator (VOXY rep) may moderate.

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::moderation_assignments;
use crate::domain::ids::{SurveyId, UserId};

pub fn surveys_for(connection: &mut AnyConnection, user: UserId) -> Result<Vec<SurveyId>, DbError> {
    let ids: Vec<String> = moderation_assignments::table
        .filter(moderation_assignments::user_id.eq(user.to_string()))
        .select(moderation_assignments::survey_id)
        .load(connection)?;
    Ok(ids
        .iter()
        .map(|id| SurveyId::parse(id))
        .collect::<Result<_, _>>()?)
}

/// Gives `user` exactly these waves (call inside a transaction).
pub fn replace_for(
    connection: &mut AnyConnection,
    user: UserId,
    surveys: &[SurveyId],
) -> Result<(), DbError> {
    diesel::delete(
        moderation_assignments::table.filter(moderation_assignments::user_id.eq(user.to_string())),
    )
    .execute(connection)?;
    for survey in surveys {
        diesel::insert_into(moderation_assignments::table)
            .values((
                moderation_assignments::user_id.eq(user.to_string()),
                moderation_assignments::survey_id.eq(survey.to_string()),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// Active moderators' ids with the waves they moderate, for the daily digest.
pub fn all(connection: &mut AnyConnection) -> Result<Vec<(UserId, SurveyId)>, DbError> {
    let rows: Vec<(String, String)> = moderation_assignments::table
        .select((
            moderation_assignments::user_id,
            moderation_assignments::survey_id,
        ))
        .load(connection)?;
    rows.iter()
        .map(|(user, survey)| Ok((UserId::parse(user)?, SurveyId::parse(survey)?)))
        .collect()
}
