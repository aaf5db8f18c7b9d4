//! The moderation queue: answers put in it as responses arrive, listed and read one at a time,
//! and marked again when the safeguarding phrases change.

use diesel::prelude::*;

use super::super::connection::AnyConnection;
use super::super::error::DbError;
use super::super::moderation_lists;
use super::super::schema::{answers, question_wordings, quotes, surveys};
use crate::domain::answer_under_review::QuoteItem;
use crate::domain::ids::{QuoteId, SurveyId, UserId};
use crate::domain::quote::{QuoteState, QuoteStatus, RejectReason, candidates};
use crate::domain::redaction::Redactions;
use crate::domain::response::NewResponse;
use crate::domain::safeguarding::first_concern;
use crate::domain::survey::Survey;

#[derive(Insertable)]
#[diesel(table_name = quotes, treat_none_as_default_value = false)]
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
/// From this many rows PostgreSQL is sent them with COPY, as for responses.
const COPY_FROM_ROWS: usize = super::super::responses::COPY_FROM_ROWS;

/// Puts the free-text answers of new responses in the queue, answers that match a safeguarding
/// phrase marked. Called by `responses::insert_many`, in the same transaction as the responses.
pub(in crate::db) fn queue_new_answers(
    connection: &mut AnyConnection,
    survey: &Survey,
    batch: &[impl std::borrow::Borrow<NewResponse>],
) -> Result<(), DbError> {
    let rows: Vec<(&NewResponse, crate::domain::quote::QuoteCandidate)> = batch
        .iter()
        .map(std::borrow::Borrow::borrow)
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
        AnyConnection::Postgresql(connection) if rows.len() >= COPY_FROM_ROWS => {
            diesel::copy_from(quotes::table)
                .from_insertable(&rows)
                .execute(connection)?;
        }
        AnyConnection::Postgresql(connection) => insert_in_chunks!(connection),
    }
    Ok(())
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

const ENGLISH: &str = "en";
const STANDARD: &str = "standard";

macro_rules! item_query {
    () => {
        quotes::table
            .inner_join(surveys::table)
            // The question as moderators read it: its English, standard wording.
            .inner_join(
                question_wordings::table.on(question_wordings::question_id
                    .eq(quotes::question_id)
                    .and(question_wordings::language.eq(ENGLISH))
                    .and(question_wordings::register.eq(STANDARD))),
            )
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
                question_wordings::text,
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
