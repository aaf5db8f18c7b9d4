//! A wave's distribution channels, and the counts its progress page shows: starts and responses
//! per day and per channel. Counts only; nothing here can point at one young person.

use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{distribution_channels, responses, survey_starts};
use crate::domain::distribution_channel::Channel;
use crate::domain::ids::{ChannelTag, SurveyId};

pub fn channels(connection: &mut AnyConnection, survey: SurveyId) -> Result<Vec<Channel>, DbError> {
    let rows: Vec<(String, String)> = distribution_channels::table
        .filter(distribution_channels::survey_id.eq(survey.to_string()))
        .order(distribution_channels::label)
        .select((distribution_channels::tag, distribution_channels::label))
        .load(connection)?;
    rows.into_iter()
        .map(|(tag, label)| {
            Ok(Channel {
                tag: ChannelTag::parse(&tag)?,
                label,
            })
        })
        .collect()
}

/// Adds a channel; false if the wave already has one with this tag.
pub fn add_channel(
    connection: &mut AnyConnection,
    survey: SurveyId,
    channel: &Channel,
) -> Result<bool, DbError> {
    match diesel::insert_into(distribution_channels::table)
        .values((
            distribution_channels::survey_id.eq(survey.to_string()),
            distribution_channels::tag.eq(channel.tag.as_str()),
            distribution_channels::label.eq(&channel.label),
        ))
        .execute(connection)
    {
        Ok(_) => Ok(true),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Counts one young person starting the wave (called when their draft is made).
pub fn count_start(
    connection: &mut AnyConnection,
    survey: SurveyId,
    day: NaiveDate,
    channel: Option<&ChannelTag>,
) -> Result<(), DbError> {
    let channel = channel.map_or("", ChannelTag::as_str).to_owned();
    let survey = survey.to_string();
    connection.transaction(|connection| {
        let add_one = |connection: &mut AnyConnection| {
            diesel::update(
                survey_starts::table
                    .filter(survey_starts::survey_id.eq(&survey))
                    .filter(survey_starts::started_on.eq(day))
                    .filter(survey_starts::channel.eq(&channel)),
            )
            .set(survey_starts::count.eq(survey_starts::count + 1))
            .execute(connection)
        };
        if add_one(connection)? == 0 {
            // The day's first start on this channel. Another may be inserting the same row at
            // this moment: the insert runs in a savepoint, and losing that race means adding one.
            let inserted = connection.transaction(|connection| {
                diesel::insert_into(survey_starts::table)
                    .values((
                        survey_starts::survey_id.eq(&survey),
                        survey_starts::started_on.eq(day),
                        survey_starts::channel.eq(&channel),
                        survey_starts::count.eq(1_i64),
                    ))
                    .execute(connection)
            });
            match inserted {
                Ok(_) => {}
                Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                    add_one(connection)?;
                }
                Err(error) => return Err(error.into()),
            }
        }
        Ok(())
    })
}

/// Starts and responses of a wave, by day and by channel ("" for the plain link).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub started: i64,
    pub submitted: i64,
    /// (day, responses), oldest first; imported responses without a date are left out.
    pub by_day: Vec<(NaiveDate, i64)>,
    /// (channel tag or "", starts, responses)
    pub by_channel: Vec<(String, i64, i64)>,
}

pub fn progress(connection: &mut AnyConnection, survey: SurveyId) -> Result<Progress, DbError> {
    let id = survey.to_string();
    let by_day: Vec<(Option<NaiveDate>, i64)> = responses::table
        .filter(responses::survey_id.eq(&id))
        .filter(responses::submitted_on.is_not_null())
        .group_by(responses::submitted_on)
        .order(responses::submitted_on)
        .select((responses::submitted_on, count_star()))
        .load(connection)?;
    let submitted_by_channel: Vec<(Option<String>, i64)> = responses::table
        .filter(responses::survey_id.eq(&id))
        .group_by(responses::channel)
        .select((responses::channel, count_star()))
        .load(connection)?;
    // One row per day and channel: few enough to add up here (SUM of BIGINT is NUMERIC in SQL).
    let starts: Vec<(String, i64)> = survey_starts::table
        .filter(survey_starts::survey_id.eq(&id))
        .select((survey_starts::channel, survey_starts::count))
        .load(connection)?;
    let mut by_channel: Vec<(String, i64, i64)> = Vec::new();
    for (channel, started) in starts {
        match by_channel.iter_mut().find(|(tag, _, _)| *tag == channel) {
            Some(row) => row.1 += started,
            None => by_channel.push((channel, started, 0)),
        }
    }
    for (channel, submitted) in submitted_by_channel {
        let channel = channel.unwrap_or_default();
        match by_channel.iter_mut().find(|(tag, _, _)| *tag == channel) {
            Some(row) => row.2 = submitted,
            None => by_channel.push((channel, 0, submitted)),
        }
    }
    by_channel.sort();
    Ok(Progress {
        started: by_channel.iter().map(|(_, started, _)| started).sum(),
        submitted: by_channel.iter().map(|(_, _, submitted)| submitted).sum(),
        by_day: by_day
            .into_iter()
            .filter_map(|(day, count)| day.map(|day| (day, count)))
            .collect(),
        by_channel,
    })
}
