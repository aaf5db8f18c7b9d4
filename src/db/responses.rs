//! Storing submitted responses.

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::models::{AnswerRow, ResponseRow};
use super::quotes;
use super::schema::{answers, drafts, responses};
use crate::domain::ids::{ChannelTag, DraftId, OptionValue, QuestionId, ResponseId, SurveyId};
use crate::domain::response::{NewResponse, StoredAnswer};
use crate::domain::survey::{ResponseFormat, Survey};
use crate::domain::wording::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmitOutcome {
    Stored,
    /// The draft was already turned into a response (a double click, a resent form).
    AlreadySubmitted,
}

/// Turns a draft into a stored response in one transaction: the draft is removed and the response
/// written together, so a response is stored exactly once and never linked to its draft.
pub fn submit_draft(
    connection: &mut AnyConnection,
    survey: &Survey,
    draft: DraftId,
    response: &NewResponse,
) -> Result<SubmitOutcome, DbError> {
    connection.transaction(|connection| {
        // Delete first: it takes the write lock at once and makes a concurrent second submit find nothing.
        let removed = diesel::delete(drafts::table.find(draft.to_string())).execute(connection)?;
        if removed == 0 {
            return Ok(SubmitOutcome::AlreadySubmitted);
        }
        insert(connection, survey, response)?;
        Ok(SubmitOutcome::Stored)
    })
}

/// Writes one response and its answers.
pub fn insert(
    connection: &mut AnyConnection,
    survey: &Survey,
    response: &NewResponse,
) -> Result<(), DbError> {
    insert_many(connection, survey, std::slice::from_ref(response))
}

/// Rows per INSERT statement: well under SQLite's and PostgreSQL's limits on bound values.
const ROWS_PER_STATEMENT: usize = 500;
/// From this many rows PostgreSQL is sent them with COPY, which is several times faster than
/// INSERT for bulk loads; a single submission stays one INSERT.
pub(in crate::db) const COPY_FROM_ROWS: usize = 1_000;

/// Writes many responses of `survey` and puts their free-text answers in the moderation queue;
/// call inside a transaction. Rows go in key order, so each lands next to the last one written
/// instead of at a random place in the table.
pub fn insert_many(
    connection: &mut AnyConnection,
    survey: &Survey,
    batch: &[impl std::borrow::Borrow<NewResponse>],
) -> Result<(), DbError> {
    let mut ordered: Vec<&NewResponse> = batch.iter().map(std::borrow::Borrow::borrow).collect();
    // Uuid order is the order of the ids as stored text (lower-case hex).
    ordered.sort_unstable_by_key(|response| response.id);
    let response_rows: Vec<ResponseRow> = ordered
        .iter()
        .map(|response| ResponseRow {
            id: response.id.to_string(),
            survey_id: response.survey_id.to_string(),
            format: response.format.as_str().to_owned(),
            submitted_on: response.submitted_on,
            channel: response.channel.as_ref().map(ToString::to_string),
            language: response.language.to_string(),
        })
        .collect();
    let mut answer_rows: Vec<AnswerRow> = ordered
        .iter()
        .flat_map(|response| {
            let response_id = response.id.to_string();
            response.answers.iter().map(move |answer| AnswerRow {
                response_id: response_id.clone(),
                question_id: answer.question_id.to_string(),
                option_value: answer
                    .option_value
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                text_value: answer.text.clone(),
            })
        })
        .collect();
    answer_rows.sort_unstable_by(|a, b| {
        (&a.response_id, &a.question_id, &a.option_value).cmp(&(
            &b.response_id,
            &b.question_id,
            &b.option_value,
        ))
    });
    // Multi-row INSERTs are written per backend: diesel's multi-backend connection cannot.
    macro_rules! insert_in_chunks {
        ($connection:expr) => {{
            for chunk in response_rows.chunks(ROWS_PER_STATEMENT) {
                diesel::insert_into(responses::table)
                    .values(chunk)
                    .execute($connection)?;
            }
            for chunk in answer_rows.chunks(ROWS_PER_STATEMENT) {
                diesel::insert_into(answers::table)
                    .values(chunk)
                    .execute($connection)?;
            }
        }};
    }
    match connection {
        AnyConnection::Sqlite(connection) => insert_in_chunks!(connection),
        AnyConnection::Postgresql(connection) if answer_rows.len() >= COPY_FROM_ROWS => {
            diesel::copy_from(responses::table)
                .from_insertable(&response_rows)
                .execute(connection)?;
            diesel::copy_from(answers::table)
                .from_insertable(&answer_rows)
                .execute(connection)?;
        }
        AnyConnection::Postgresql(connection) => insert_in_chunks!(connection),
    }
    quotes::queue_new_answers(connection, survey, &ordered)
}

/// Runs a bulk load with room for it: on SQLite a page cache of 256 MiB for this connection
/// (the default 2 MiB makes every insert into a large table's indexes a disk read), put back
/// afterwards, whatever the outcome.
pub fn with_room_for_bulk_load<T, E: From<DbError>>(
    connection: &mut AnyConnection,
    work: impl FnOnce(&mut AnyConnection) -> Result<T, E>,
) -> Result<T, E> {
    use diesel::connection::SimpleConnection;
    let AnyConnection::Sqlite(sqlite) = connection else {
        return work(connection);
    };
    sqlite
        .batch_execute("PRAGMA cache_size = -262144")
        .map_err(DbError::from)?;
    let outcome = work(connection);
    if let AnyConnection::Sqlite(sqlite) = connection {
        sqlite
            .batch_execute("PRAGMA cache_size = -2000")
            .map_err(DbError::from)?;
    }
    outcome
}

/// How many respondents chose `option` for `question`.
pub fn count_choosing(
    connection: &mut AnyConnection,
    question: QuestionId,
    option: &OptionValue,
) -> Result<i64, DbError> {
    Ok(answers::table
        .filter(answers::question_id.eq(question.to_string()))
        .filter(answers::option_value.eq(option.as_str()))
        .count()
        .get_result(connection)?)
}

pub fn count_for_survey(connection: &mut AnyConnection, survey: SurveyId) -> Result<i64, DbError> {
    Ok(responses::table
        .filter(responses::survey_id.eq(survey.to_string()))
        .count()
        .get_result(connection)?)
}

/// Removes every response of a wave (an import with `--replace`), answers included.
pub fn delete_for_survey(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<usize, DbError> {
    Ok(
        diesel::delete(responses::table.filter(responses::survey_id.eq(survey.to_string())))
            .execute(connection)?,
    )
}

/// Every response of a wave with its answers, oldest day first, for export.
pub fn load_all(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<Vec<(String, NewResponse)>, DbError> {
    let rows: Vec<ResponseRow> = responses::table
        .filter(responses::survey_id.eq(survey.to_string()))
        .order((responses::submitted_on.asc(), responses::id.asc()))
        .select(ResponseRow::as_select())
        .load(connection)?;
    let answer_rows: Vec<AnswerRow> = answers::table
        .inner_join(responses::table)
        .filter(responses::survey_id.eq(survey.to_string()))
        .select(AnswerRow::as_select())
        .load(connection)?;
    let mut by_response: std::collections::HashMap<String, Vec<StoredAnswer>> =
        std::collections::HashMap::new();
    for row in answer_rows {
        let answer = StoredAnswer {
            question_id: QuestionId::parse(&row.question_id)?,
            option_value: match row.option_value.as_str() {
                "" => None,
                value => Some(OptionValue::parse(value)?),
            },
            text: row.text_value,
        };
        by_response.entry(row.response_id).or_default().push(answer);
    }
    rows.into_iter()
        .map(|row| {
            let answers = by_response.remove(&row.id).unwrap_or_default();
            Ok((
                row.id.clone(),
                NewResponse {
                    id: ResponseId::parse(&row.id)?,
                    survey_id: survey,
                    format: ResponseFormat::parse(&row.format)?,
                    submitted_on: row.submitted_on,
                    channel: row.channel.as_deref().map(ChannelTag::parse).transpose()?,
                    language: Language::parse(&row.language)?,
                    answers,
                },
            ))
        })
        .collect()
}

/// Brings the query planner's statistics (and PostgreSQL's visibility map, which index-only scans
/// need) up to date after a bulk load, as autovacuum would do later. Run outside a transaction.
pub fn refresh_statistics_after_bulk_load(connection: &mut AnyConnection) -> Result<(), DbError> {
    use diesel::connection::SimpleConnection;
    match connection {
        AnyConnection::Sqlite(connection) => connection.batch_execute("ANALYZE")?,
        AnyConnection::Postgresql(connection) => {
            connection.batch_execute("VACUUM (ANALYZE) answers, responses")?
        }
    }
    Ok(())
}
