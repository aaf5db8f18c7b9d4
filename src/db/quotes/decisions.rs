//! Storing what moderators decided: the words hidden, and each approval, rejection or publication.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::super::connection::AnyConnection;
use super::super::error::DbError;
use super::super::schema::quotes;
use crate::domain::answer_under_review::QuoteItem;
use crate::domain::ids::UserId;
use crate::domain::quote::{QuoteStatus, RejectReason};
use crate::domain::redaction::Redactions;

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
