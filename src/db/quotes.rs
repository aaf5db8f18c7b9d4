//! The moderation queue: free-text answers, their redactions and decisions. Moderators only ever
//! get the answer's words, its question and its wave: nothing here returns a response id.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::moderation_lists;
use super::schema::{answers, questions, quotes, responses, safeguarding_flags, surveys, users};
use crate::domain::ids::{OptionValue, QuoteId, SurveyId, UserId};
use crate::domain::quote::{DecisionRefused, QuoteState, QuoteStatus, RejectReason, candidates};
use crate::domain::redaction::Redactions;
use crate::domain::response::NewResponse;
use crate::domain::safeguarding::first_concern;
use crate::domain::survey::Survey;

#[derive(Insertable)]
#[diesel(table_name = quotes)]
struct NewQuoteRow {
    id: String,
    survey_id: String,
    question_id: String,
    response_id: String,
    consent: bool,
    concern: Option<String>,
    status: String,
    redactions: String,
}

/// Rows per INSERT statement, as for responses.
const ROWS_PER_STATEMENT: usize = 500;

/// Puts the free-text answers of new responses in the queue, answers that match a safeguarding
/// phrase marked. Called by `responses::insert_many`, in the same transaction as the responses.
pub(super) fn queue_new_answers(
    connection: &mut AnyConnection,
    survey: &Survey,
    batch: &[NewResponse],
) -> Result<(), DbError> {
    let rows: Vec<(&NewResponse, crate::domain::quote::QuoteCandidate)> = batch
        .iter()
        .flat_map(|response| {
            candidates(survey, response)
                .into_iter()
                .map(move |candidate| (response, candidate))
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let phrases = moderation_lists::phrases(connection)?;
    let rows: Vec<NewQuoteRow> = rows
        .into_iter()
        .map(|(response, candidate)| NewQuoteRow {
            id: QuoteId::new_random().to_string(),
            survey_id: response.survey_id.to_string(),
            question_id: candidate.question.to_string(),
            response_id: response.id.to_string(),
            consent: candidate.consent,
            concern: first_concern(&candidate.text, &phrases).map(str::to_owned),
            status: QuoteStatus::Waiting.as_str().to_owned(),
            redactions: "[]".to_owned(),
        })
        .collect();
    macro_rules! insert_in_chunks {
        ($connection:expr) => {{
            for chunk in rows.chunks(ROWS_PER_STATEMENT) {
                diesel::insert_into(quotes::table)
                    .values(chunk)
                    .execute($connection)?;
            }
        }};
    }
    match connection {
        AnyConnection::Sqlite(connection) => insert_in_chunks!(connection),
        AnyConnection::Postgresql(connection) => insert_in_chunks!(connection),
    }
    Ok(())
}

/// One answer as a moderator sees it.
#[derive(Debug, Clone)]
pub struct QuoteItem {
    pub id: QuoteId,
    pub survey: SurveyId,
    pub survey_title: String,
    pub question_text: String,
    /// The answer exactly as written.
    pub text: String,
    pub state: QuoteState,
    pub concern: Option<String>,
    pub redactions: Redactions,
    pub theme: Option<String>,
    pub reject_reason: Option<RejectReason>,
    pub published_text: Option<String>,
}

type ItemRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    bool,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

macro_rules! item_query {
    () => {
        quotes::table
            .inner_join(surveys::table)
            .inner_join(questions::table)
            .inner_join(
                answers::table.on(answers::response_id
                    .eq(quotes::response_id)
                    .and(answers::question_id.eq(quotes::question_id))
                    .and(answers::option_value.eq(""))),
            )
            .select((
                quotes::id,
                quotes::survey_id,
                surveys::title,
                questions::text,
                answers::text_value,
                quotes::status,
                quotes::consent,
                quotes::concern,
                quotes::redactions,
                quotes::theme,
                quotes::reject_reason,
                quotes::first_approver_id,
                quotes::published_text,
            ))
    };
}

fn into_item(row: ItemRow) -> Result<QuoteItem, DbError> {
    let (id, survey, title, question, text, status, consent, concern, redactions, theme, reason) = (
        row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10,
    );
    let text = text.unwrap_or_default();
    let wanted: Vec<crate::domain::redaction::Redaction> = serde_json::from_str(&redactions)
        .map_err(|error| DbError::Corrupt(format!("redactions of {id}: {error}")))?;
    let redactions = Redactions::check(&text, &wanted)
        .map_err(|error| DbError::Corrupt(format!("redactions of {id}: {error}")))?;
    Ok(QuoteItem {
        id: QuoteId::parse(&id)?,
        survey: SurveyId::parse(&survey)?,
        survey_title: title,
        question_text: question,
        state: QuoteState {
            status: QuoteStatus::parse(&status)?,
            consent,
            first_approver: row.11.as_deref().map(UserId::parse).transpose()?,
        },
        text,
        concern,
        redactions,
        theme,
        reject_reason: reason.as_deref().map(RejectReason::parse).transpose()?,
        published_text: row.12,
    })
}

/// Which waves a query may look at: all of them (analysts and admins) or a moderator's own.
#[derive(Debug, Clone)]
pub enum Waves {
    All,
    Only(Vec<SurveyId>),
}

impl Waves {
    pub fn allows(&self, survey: SurveyId) -> bool {
        match self {
            Waves::All => true,
            Waves::Only(ids) => ids.contains(&survey),
        }
    }

    fn ids(&self) -> Option<Vec<String>> {
        match self {
            Waves::All => None,
            Waves::Only(ids) => Some(ids.iter().map(ToString::to_string).collect()),
        }
    }
}

/// A page of the queue for `viewer`: open answers they can act on (not those waiting for someone
/// else's second approval), worrying ones first, the rest in an order that says nothing about when
/// they were written.
pub fn queue(
    connection: &mut AnyConnection,
    waves: &Waves,
    viewer: UserId,
    limit: i64,
    offset: i64,
) -> Result<Vec<QuoteItem>, DbError> {
    let open = [
        QuoteStatus::Waiting.as_str(),
        QuoteStatus::SecondApproval.as_str(),
    ];
    let mut query = item_query!()
        .filter(quotes::status.eq_any(open))
        .filter(
            quotes::first_approver_id
                .is_null()
                .or(quotes::first_approver_id.ne(viewer.to_string())),
        )
        .order((quotes::concern.is_null(), quotes::id))
        .limit(limit)
        .offset(offset)
        .into_boxed();
    if let Some(ids) = waves.ids() {
        query = query.filter(quotes::survey_id.eq_any(ids));
    }
    let rows: Vec<ItemRow> = query.load(connection)?;
    rows.into_iter().map(into_item).collect()
}

/// How many answers are open for `viewer`, and how many they approved that wait for someone else.
pub fn open_counts(
    connection: &mut AnyConnection,
    waves: &Waves,
    viewer: UserId,
) -> Result<(i64, i64), DbError> {
    let open = [
        QuoteStatus::Waiting.as_str(),
        QuoteStatus::SecondApproval.as_str(),
    ];
    let mut to_do = quotes::table
        .filter(quotes::status.eq_any(open))
        .filter(
            quotes::first_approver_id
                .is_null()
                .or(quotes::first_approver_id.ne(viewer.to_string())),
        )
        .count()
        .into_boxed();
    let mut approved_by_viewer = quotes::table
        .filter(quotes::status.eq(QuoteStatus::SecondApproval.as_str()))
        .filter(quotes::first_approver_id.eq(viewer.to_string()))
        .count()
        .into_boxed();
    if let Some(ids) = waves.ids() {
        to_do = to_do.filter(quotes::survey_id.eq_any(ids.clone()));
        approved_by_viewer = approved_by_viewer.filter(quotes::survey_id.eq_any(ids));
    }
    Ok((
        to_do.get_result(connection)?,
        approved_by_viewer.get_result(connection)?,
    ))
}

/// Open answers per wave, for the daily digest.
pub fn open_by_survey(connection: &mut AnyConnection) -> Result<Vec<(SurveyId, i64)>, DbError> {
    let rows: Vec<(String, i64)> = quotes::table
        .filter(quotes::status.eq_any([
            QuoteStatus::Waiting.as_str(),
            QuoteStatus::SecondApproval.as_str(),
        ]))
        .group_by(quotes::survey_id)
        .select((quotes::survey_id, diesel::dsl::count_star()))
        .load(connection)?;
    rows.iter()
        .map(|(survey, count)| Ok((SurveyId::parse(survey)?, *count)))
        .collect()
}

pub fn find(connection: &mut AnyConnection, id: QuoteId) -> Result<Option<QuoteItem>, DbError> {
    let row: Option<ItemRow> = item_query!()
        .filter(quotes::id.eq(id.to_string()))
        .first(connection)
        .optional()?;
    row.map(into_item).transpose()
}

/// Replaces an answer's redactions. Changing the words after a first approval withdraws it: the
/// second approver must approve the same words the first one did.
pub fn save_redactions(
    connection: &mut AnyConnection,
    item: &QuoteItem,
    redactions: &Redactions,
) -> Result<(), DbError> {
    let json =
        serde_json::to_string(redactions).map_err(|error| DbError::Corrupt(error.to_string()))?;
    diesel::update(quotes::table.find(item.id.to_string()))
        .set((
            quotes::redactions.eq(json),
            quotes::status.eq(QuoteStatus::Waiting.as_str()),
            quotes::first_approver_id.eq(None::<String>),
        ))
        .execute(connection)?;
    Ok(())
}

/// Everything a decision writes about an answer.
pub struct StoredDecision<'a> {
    pub status: QuoteStatus,
    pub theme: Option<&'a str>,
    pub reject_reason: Option<RejectReason>,
    pub first_approver: Option<UserId>,
    pub second_approver: Option<UserId>,
    pub redactions: &'a Redactions,
    pub published_text: Option<&'a str>,
    pub identifier_override: Option<&'a str>,
    pub decided_at: NaiveDateTime,
}

/// Writes a decision only if the answer is still as `read` found it (same status, same hidden
/// words), so two people deciding at once cannot both win. Returns whether it was written; the
/// caller holds the transaction.
pub fn store_decision(
    connection: &mut AnyConnection,
    read: &QuoteItem,
    decision: &StoredDecision<'_>,
) -> Result<bool, DbError> {
    let as_read = serde_json::to_string(&read.redactions)
        .map_err(|error| DbError::Corrupt(error.to_string()))?;
    let redactions = serde_json::to_string(decision.redactions)
        .map_err(|error| DbError::Corrupt(error.to_string()))?;
    let updated = diesel::update(
        quotes::table
            .find(read.id.to_string())
            .filter(quotes::status.eq(read.state.status.as_str()))
            .filter(quotes::redactions.eq(as_read)),
    )
    .set((
        quotes::status.eq(decision.status.as_str()),
        quotes::theme.eq(decision.theme),
        quotes::reject_reason.eq(decision.reject_reason.map(RejectReason::as_str)),
        quotes::first_approver_id.eq(decision.first_approver.map(|id| id.to_string())),
        quotes::second_approver_id.eq(decision.second_approver.map(|id| id.to_string())),
        quotes::redactions.eq(redactions),
        quotes::published_text.eq(decision.published_text),
        quotes::identifier_override.eq(decision.identifier_override),
        quotes::decided_at.eq(Some(decision.decided_at)),
    ))
    .execute(connection)?;
    Ok(updated == 1)
}

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

/// A flagged answer as the safeguarding lead sees it.
#[derive(Debug, Clone)]
pub struct FlaggedAnswer {
    pub id: QuoteId,
    pub survey_title: String,
    pub text: String,
    pub flagged_at: NaiveDateTime,
    /// Who dealt with it, and when.
    pub handled: Option<(String, NaiveDateTime)>,
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

/// A published quote with its theme and, for attribution, the age band its author gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedQuote {
    pub theme: String,
    pub text: String,
    pub age_band: Option<OptionValue>,
    /// A second person's reason for publishing words the identifier check questions.
    pub identifier_override: Option<String>,
}

/// Every published quote of a wave, with the answer its author gave to `age_question` (if any).
pub fn published(
    connection: &mut AnyConnection,
    survey: SurveyId,
    age_question: Option<crate::domain::ids::QuestionId>,
) -> Result<Vec<PublishedQuote>, DbError> {
    type Row = (Option<String>, Option<String>, String, Option<String>);
    let rows: Vec<Row> = quotes::table
        .inner_join(responses::table)
        .filter(quotes::survey_id.eq(survey.to_string()))
        .filter(quotes::status.eq(QuoteStatus::Published.as_str()))
        .order((quotes::theme, quotes::id))
        .select((
            quotes::theme,
            quotes::published_text,
            quotes::response_id,
            quotes::identifier_override,
        ))
        .load(connection)?;
    let age_question = age_question.map(|id| id.to_string());
    rows.into_iter()
        .map(|(theme, text, response, identifier_override)| {
            let age_band = match &age_question {
                Some(question) => answers::table
                    .filter(answers::response_id.eq(&response))
                    .filter(answers::question_id.eq(question))
                    .select(answers::option_value)
                    .first::<String>(connection)
                    .optional()?
                    .map(|value| OptionValue::parse(&value))
                    .transpose()?,
                None => None,
            };
            Ok(PublishedQuote {
                theme: theme.unwrap_or_default(),
                text: text.unwrap_or_default(),
                age_band,
                identifier_override,
            })
        })
        .collect()
}

/// Marks again which open answers match the safeguarding list, after the team changed it.
pub fn refresh_concerns(connection: &mut AnyConnection, phrases: &[String]) -> Result<(), DbError> {
    let open: Vec<(String, Option<String>, Option<String>)> = quotes::table
        .inner_join(
            answers::table.on(answers::response_id
                .eq(quotes::response_id)
                .and(answers::question_id.eq(quotes::question_id))
                .and(answers::option_value.eq(""))),
        )
        .filter(quotes::status.eq_any([
            QuoteStatus::Waiting.as_str(),
            QuoteStatus::SecondApproval.as_str(),
        ]))
        .select((quotes::id, answers::text_value, quotes::concern))
        .load(connection)?;
    for (id, text, concern) in open {
        let now_matches = first_concern(text.as_deref().unwrap_or_default(), phrases);
        if now_matches != concern.as_deref() {
            diesel::update(quotes::table.find(&id))
                .set(quotes::concern.eq(now_matches))
                .execute(connection)?;
        }
    }
    Ok(())
}

/// Demo data only: publishes up to `most` of the wave's waiting answers whose words are listed in
/// `publishable` (words, theme), as if two moderators had approved them. Returns how many.
pub fn publish_seeded(
    connection: &mut AnyConnection,
    survey: SurveyId,
    publishable: &[(&str, &str)],
    most: usize,
    decided_at: NaiveDateTime,
) -> Result<usize, DbError> {
    let waiting: Vec<(String, String, String)> = quotes::table
        .filter(quotes::survey_id.eq(survey.to_string()))
        .filter(quotes::status.eq(QuoteStatus::Waiting.as_str()))
        .filter(quotes::consent.eq(true))
        .order(quotes::id)
        .select((quotes::id, quotes::response_id, quotes::question_id))
        .load(connection)?;
    let mut published: Vec<String> = Vec::new();
    for (id, response, question) in waiting {
        if published.len() == most {
            break;
        }
        let text: Option<String> = answers::table
            .filter(answers::response_id.eq(&response))
            .filter(answers::question_id.eq(&question))
            .select(answers::text_value)
            .first::<Option<String>>(connection)
            .optional()?
            .flatten();
        let Some((words, theme)) = text.and_then(|text| {
            publishable
                .iter()
                .find(|(words, _)| *words == text)
                .copied()
        }) else {
            continue;
        };
        if published.iter().any(|done| done == words) {
            continue;
        }
        diesel::update(quotes::table.find(&id))
            .set((
                quotes::status.eq(QuoteStatus::Published.as_str()),
                quotes::theme.eq(Some(theme)),
                quotes::published_text.eq(Some(words)),
                quotes::decided_at.eq(Some(decided_at)),
            ))
            .execute(connection)?;
        published.push(words.to_owned());
    }
    Ok(published.len())
}
