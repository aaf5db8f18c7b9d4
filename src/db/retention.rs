//! The deletions the retention rules make: unused words of free-text answers, old audit entries,
//! and a wave's responses once only its totals are to be kept. Call inside a transaction.

use chrono::NaiveDateTime;
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{answers, audit_log, quotes, safeguarding_flags};
use crate::domain::ids::{OptionValue, SurveyId};
use crate::domain::quote::QuoteStatus;
use crate::domain::survey::Survey;
use crate::domain::totals_csv::ImportedTotal;

/// Ids of the wave's answers flagged for safeguarding and not yet dealt with: kept whole, whatever
/// the retention rules say, until the safeguarding lead has acted.
fn waiting_flags(connection: &mut AnyConnection, survey: SurveyId) -> Result<Vec<String>, DbError> {
    Ok(safeguarding_flags::table
        .inner_join(quotes::table)
        .filter(quotes::survey_id.eq(survey.to_string()))
        .filter(safeguarding_flags::handled_at.is_null())
        .select(safeguarding_flags::quote_id)
        .load(connection)?)
}

/// Whether the wave has a safeguarding flag the lead has not dealt with.
pub fn has_waiting_flags(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<bool, DbError> {
    Ok(!waiting_flags(connection, survey)?.is_empty())
}

/// Deletes the words of the wave's free-text answers that never became a quote, and takes their
/// answers out of the moderation queue. Published quotes and answers waiting for the safeguarding
/// lead keep their words. Returns (answers cleared, queue entries removed).
pub fn clear_unquoted_text(
    connection: &mut AnyConnection,
    survey: &Survey,
) -> Result<(usize, usize), DbError> {
    let waiting = waiting_flags(connection, survey.id)?;
    let removed = diesel::delete(
        quotes::table
            .filter(quotes::survey_id.eq(survey.id.to_string()))
            .filter(quotes::status.ne(QuoteStatus::Published.as_str()))
            .filter(quotes::id.ne_all(&waiting)),
    )
    .execute(connection)?;
    let mut cleared = 0;
    // Question ids are the wave's own, so these touch only the wave's answers.
    for question in &survey.questions {
        let keeping: Vec<String> = quotes::table
            .filter(quotes::question_id.eq(question.id.to_string()))
            .select(quotes::response_id)
            .load(connection)?;
        cleared += diesel::update(
            answers::table
                .filter(answers::question_id.eq(question.id.to_string()))
                .filter(answers::text_value.is_not_null())
                .filter(answers::response_id.ne_all(&keeping)),
        )
        .set(answers::text_value.eq(None::<String>))
        .execute(connection)?;
    }
    Ok((cleared, removed))
}

/// Deletes audit entries written before `before`.
pub fn delete_audit_before(
    connection: &mut AnyConnection,
    before: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(
        diesel::delete(audit_log::table.filter(audit_log::occurred_at.lt(before)))
            .execute(connection)?,
    )
}

/// The wave's totals as its responses give them: for each question with answers to choose from,
/// how many answered it and how many chose each answer (as an imported totals file holds them).
pub fn totals_from_responses(
    connection: &mut AnyConnection,
    survey: &Survey,
) -> Result<Vec<ImportedTotal>, DbError> {
    let mut totals = Vec::new();
    for question in survey
        .questions
        .iter()
        .filter(|question| !question.options.is_empty())
    {
        let id = question.id.to_string();
        let answered: i64 = answers::table
            .filter(answers::question_id.eq(&id))
            .select(count(answers::response_id).aggregate_distinct())
            .first(connection)?;
        if answered == 0 {
            continue;
        }
        totals.push(ImportedTotal {
            question: question.id,
            option_value: None,
            count: count_of(answered)?,
        });
        let chosen: Vec<(String, i64)> = answers::table
            .filter(answers::question_id.eq(&id))
            .filter(answers::option_value.ne(""))
            .group_by(answers::option_value)
            .select((answers::option_value, count_star()))
            .load(connection)?;
        for (value, times) in chosen {
            totals.push(ImportedTotal {
                question: question.id,
                option_value: Some(OptionValue::parse(&value)?),
                count: count_of(times)?,
            });
        }
    }
    Ok(totals)
}

fn count_of(value: i64) -> Result<u64, DbError> {
    u64::try_from(value).map_err(|_| DbError::Corrupt(format!("a count of {value}")))
}
