//! Deciding about a young person's answer: hiding words and deciding are one step. "Use it as a
//! quote" hides the ticked words first and publishes exactly the text that results, checked once
//! more for anything identifying, with its audit entry, in one transaction. A decision made on a
//! page whose hidden words someone has since changed is refused.

use chrono::NaiveDateTime;
use diesel::Connection;

use crate::db::quotes::{self, StoredDecision};
use crate::db::{AnyConnection, DbError, audit_log, moderation_lists};
use crate::domain::answer_under_review::QuoteItem;
use crate::domain::audit::AuditAction;
use crate::domain::ids::{QuoteId, UserId};
use crate::domain::quote::{
    Decision, DecisionRefused, OverrideReason, QuoteState, QuoteStatus, SignOff,
    approval_with_identifiers, decide as next_status,
};
use crate::domain::redaction::{Redaction, RedactionRefused, Redactions};
use crate::domain::redaction_suggestions::{Suggestion, identifiers_left};

#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    #[error("there is no such answer")]
    NotFound,
    #[error(transparent)]
    Refused(DecisionRefused),
    /// Someone hid or showed words after this page was shown: nobody has read what would be saved.
    #[error("the hidden words changed since the page was shown")]
    WordsChanged,
    #[error(transparent)]
    Redaction(RedactionRefused),
    /// The words to publish still hold what the identifier check finds, and no reason was given
    /// (or the reason cannot publish on its own): nothing changed.
    #[error("the words to publish still look identifying")]
    IdentifiersLeft(Vec<Suggestion>),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for DecisionError {
    fn from(error: diesel::result::Error) -> Self {
        DecisionError::Db(DbError::Query(error))
    }
}

/// A decision as the answer page sends it.
pub struct DecisionRequest<'a> {
    pub quote: QuoteId,
    pub by: UserId,
    pub decision: Decision,
    pub theme: Option<&'a str>,
    /// `Redactions::fingerprint` of the hidden words the page showed; an approval needs it.
    pub shown: Option<&'a str>,
    /// Words to hide before approving (ticked suggestions and typed words), as ranges.
    pub hide: &'a [Redaction],
    pub reason: Option<&'a OverrideReason>,
    pub sign_off: SignOff,
    pub now: NaiveDateTime,
}

fn find(connection: &mut AnyConnection, id: QuoteId) -> Result<QuoteItem, DecisionError> {
    quotes::find(connection, id)?.ok_or(DecisionError::NotFound)
}

fn check_shown(item: &QuoteItem, shown: Option<&str>) -> Result<(), DecisionError> {
    match shown {
        Some(shown) if shown == item.redactions.fingerprint() => Ok(()),
        _ => Err(DecisionError::WordsChanged),
    }
}

/// Changing the words withdraws a first approval: two people must approve the same words.
fn state_after_hiding(item: &QuoteItem, redactions: &Redactions) -> QuoteState {
    if redactions == &item.redactions || !item.state.status.is_open() {
        item.state
    } else {
        QuoteState {
            status: QuoteStatus::Waiting,
            first_approver: None,
            ..item.state
        }
    }
}

pub fn decide(
    connection: &mut AnyConnection,
    request: &DecisionRequest<'_>,
) -> Result<QuoteStatus, DecisionError> {
    connection.transaction(|connection| {
        let item = find(connection, request.quote)?;
        let approving = request.decision == Decision::Approve;
        let redactions = if approving {
            check_shown(&item, request.shown)?;
            item.redactions
                .with(&item.text, request.hide)
                .map_err(DecisionError::Redaction)?
        } else {
            item.redactions.clone()
        };
        let state = state_after_hiding(&item, &redactions);
        let mut status = next_status(&state, request.by, request.decision, request.sign_off)
            .map_err(DecisionError::Refused)?;
        let to_publish = redactions.apply(&item.text);
        let mut overridden = None;
        if approving {
            let local_names = moderation_lists::local_names(connection)?;
            let found = identifiers_left(&to_publish, &local_names);
            if !found.is_empty() {
                status = approval_with_identifiers(status, &state, request.reason)
                    .map_err(|_| DecisionError::IdentifiersLeft(found))?;
                overridden = request.reason;
            }
        }
        let (first_approver, second_approver) = match (request.decision, state.status) {
            (Decision::Approve, QuoteStatus::SecondApproval) => {
                (state.first_approver, Some(request.by))
            }
            (Decision::Approve, _) => (Some(request.by), None),
            _ => (state.first_approver, None),
        };
        let reject_reason = match request.decision {
            Decision::Reject(reason) => Some(reason),
            _ => None,
        };
        let published = status == QuoteStatus::Published;
        let stored = StoredDecision {
            status,
            theme: request.theme,
            reject_reason,
            first_approver,
            second_approver,
            redactions: &redactions,
            published_text: published.then_some(to_publish.as_str()),
            identifier_override: overridden.filter(|_| published).map(OverrideReason::as_str),
            decided_at: request.now,
        };
        if !quotes::store_decision(connection, &item, &stored)? {
            return Err(DecisionError::Refused(DecisionRefused::AlreadyDecided));
        }
        let wave = &item.survey_title;
        audit_log::record(
            connection,
            Some(request.by),
            AuditAction::QuoteDecided,
            &format!("{wave}: answer {} is now {}", item.id, status.as_str()),
            request.now,
        )?;
        if let Some(reason) = overridden {
            audit_log::record(
                connection,
                Some(request.by),
                AuditAction::QuoteIdentifierOverride,
                &format!("{wave}: answer {}: {}", item.id, reason.as_str()),
                request.now,
            )?;
        }
        Ok(status)
    })
}

/// What "Hide these words" or "Show all the words again" asks for.
pub enum WordsChange<'a> {
    Hide(&'a [Redaction]),
    ShowAll,
}

/// Hides more words (or shows them all again) on an answer still waiting for a decision. Returns
/// whether a first approval was withdrawn because the words changed.
pub fn change_words(
    connection: &mut AnyConnection,
    quote: QuoteId,
    change: WordsChange<'_>,
) -> Result<bool, DecisionError> {
    connection.transaction(|connection| {
        let item = find(connection, quote)?;
        if !item.state.status.is_open() {
            return Err(DecisionError::Refused(DecisionRefused::AlreadyDecided));
        }
        let redactions = match change {
            WordsChange::Hide(more) => item
                .redactions
                .with(&item.text, more)
                .map_err(DecisionError::Redaction)?,
            WordsChange::ShowAll => Redactions::none(),
        };
        quotes::save_redactions(connection, &item, &redactions)?;
        Ok(item.state.status == QuoteStatus::SecondApproval)
    })
}
