//! Flags on answers that may be a disclosure: raised by a moderator, then marked handled by the
//! safeguarding lead or withdrawn as raised by mistake. Each change and its audit entry are
//! stored together, or neither is.

use chrono::NaiveDateTime;
use diesel::Connection;

use crate::db::{AnyConnection, DbError, audit_log, quotes};
use crate::domain::audit::AuditAction;
use crate::domain::ids::{QuoteId, UserId};
use crate::domain::quote::DecisionRefused;

/// Flags an answer for the safeguarding lead; refused when its state does not allow a flag.
pub fn raise(
    connection: &mut AnyConnection,
    answer: QuoteId,
    survey_title: &str,
    by: UserId,
    now: NaiveDateTime,
) -> Result<Result<(), DecisionRefused>, DbError> {
    connection.transaction(|connection| {
        let flagged = quotes::record_flag(connection, answer, by, now)?;
        if flagged.is_ok() {
            audit_log::record(
                connection,
                Some(by),
                AuditAction::SafeguardingFlagRaised,
                &format!("{survey_title}: answer {answer}"),
                now,
            )?;
        }
        Ok(flagged)
    })
}

/// What the safeguarding lead does with a flag that is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagChange {
    /// Dealt with; the answer stays out of every report.
    Handled,
    /// Raised by mistake: the answer goes back to the queue, to be read afresh.
    Withdrawn,
}

/// Changes a waiting flag; false when there is no such flag waiting.
pub fn change(
    connection: &mut AnyConnection,
    answer: QuoteId,
    change: FlagChange,
    by: UserId,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    connection.transaction(|connection| {
        let (changed, action) = match change {
            FlagChange::Handled => (
                quotes::mark_handled(connection, answer, by, now)?,
                AuditAction::SafeguardingFlagHandled,
            ),
            FlagChange::Withdrawn => (
                quotes::withdraw_flag(connection, answer)?,
                AuditAction::SafeguardingFlagWithdrawn,
            ),
        };
        if changed {
            audit_log::record(
                connection,
                Some(by),
                action,
                &format!("answer {answer}"),
                now,
            )?;
        }
        Ok(changed)
    })
}
