//! Safeguarding flags on answers: raised, listed for the lead, handled or withdrawn.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::super::connection::AnyConnection;
use super::super::error::DbError;
use super::super::schema::{answers, quotes, safeguarding_flags, surveys, users};
use crate::domain::answer_under_review::FlaggedAnswer;
use crate::domain::ids::{QuoteId, UserId};
use crate::domain::quote::{DecisionRefused, QuoteStatus};

/// Marks an answer as a safeguarding concern; it leaves the queue and is never published.
pub fn record_flag(
    connection: &mut AnyConnection,
    id: QuoteId,
    by: UserId,
    now: NaiveDateTime,
) -> Result<Result<(), DecisionRefused>, DbError> {
    connection.transaction(|connection| {
        let updated = diesel::update(
            quotes::table
                .find(id.to_string())
                .filter(quotes::status.ne(QuoteStatus::Flagged.as_str())),
        )
        .set((
            quotes::status.eq(QuoteStatus::Flagged.as_str()),
            quotes::published_text.eq(None::<String>),
            quotes::decided_at.eq(Some(now)),
        ))
        .execute(connection)?;
        if updated == 0 {
            return Ok(Err(DecisionRefused::AlreadyDecided));
        }
        diesel::insert_into(safeguarding_flags::table)
            .values((
                safeguarding_flags::quote_id.eq(id.to_string()),
                safeguarding_flags::flagged_by_id.eq(Some(by.to_string())),
                safeguarding_flags::flagged_at.eq(now),
            ))
            .execute(connection)?;
        Ok(Ok(()))
    })
}

type FlagRow = (
    String,
    String,
    Option<String>,
    NaiveDateTime,
    Option<String>,
    Option<NaiveDateTime>,
);

/// Every flagged answer, those not yet handled first, newest first.
pub fn flagged(connection: &mut AnyConnection) -> Result<Vec<FlaggedAnswer>, DbError> {
    let rows: Vec<FlagRow> = safeguarding_flags::table
        .inner_join(quotes::table.inner_join(surveys::table))
        .inner_join(
            answers::table.on(answers::response_id
                .eq(quotes::response_id)
                .and(answers::question_id.eq(quotes::question_id))
                .and(answers::option_value.eq(""))),
        )
        .left_join(users::table.on(users::id.nullable().eq(safeguarding_flags::handled_by_id)))
        .order((
            safeguarding_flags::handled_at.is_not_null(),
            safeguarding_flags::flagged_at.desc(),
        ))
        .select((
            quotes::id,
            surveys::title,
            answers::text_value,
            safeguarding_flags::flagged_at,
            users::display_name.nullable(),
            safeguarding_flags::handled_at,
        ))
        .load(connection)?;
    rows.into_iter()
        .map(|(id, title, text, flagged_at, handler, handled_at)| {
            Ok(FlaggedAnswer {
                id: QuoteId::parse(&id)?,
                survey_title: title,
                text: text.unwrap_or_default(),
                flagged_at,
                handled: handled_at.map(|at| {
                    (
                        handler.unwrap_or_else(|| "a former member of staff".into()),
                        at,
                    )
                }),
            })
        })
        .collect()
}

/// How many flags the safeguarding lead has not dealt with yet.
pub fn unhandled_flags(connection: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(safeguarding_flags::table
        .filter(safeguarding_flags::handled_at.is_null())
        .count()
        .get_result(connection)?)
}

/// Records that the safeguarding lead has dealt with a flag; false if it was not waiting.
pub fn mark_handled(
    connection: &mut AnyConnection,
    id: QuoteId,
    by: UserId,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let updated = diesel::update(
        safeguarding_flags::table
            .find(id.to_string())
            .filter(safeguarding_flags::handled_at.is_null()),
    )
    .set((
        safeguarding_flags::handled_by_id.eq(Some(by.to_string())),
        safeguarding_flags::handled_at.eq(Some(now)),
    ))
    .execute(connection)?;
    Ok(updated == 1)
}

/// Withdraws a flag the lead has not dealt with (raised by mistake): the answer goes back to the
/// queue to be read afresh, with any earlier approvals and published words cleared. False if
/// there was no such flag waiting. The caller holds the transaction.
pub fn withdraw_flag(connection: &mut AnyConnection, id: QuoteId) -> Result<bool, DbError> {
    let removed = diesel::delete(
        safeguarding_flags::table
            .find(id.to_string())
            .filter(safeguarding_flags::handled_at.is_null()),
    )
    .execute(connection)?;
    if removed == 0 {
        return Ok(false);
    }
    diesel::update(quotes::table.find(id.to_string()))
        .set((
            quotes::status.eq(QuoteStatus::Waiting.as_str()),
            quotes::first_approver_id.eq(None::<String>),
            quotes::second_approver_id.eq(None::<String>),
            quotes::published_text.eq(None::<String>),
            quotes::identifier_override.eq(None::<String>),
            quotes::decided_at.eq(None::<NaiveDateTime>),
        ))
        .execute(connection)?;
    Ok(true)
}
