//! Applying the council's retention rules: unused words of free-text answers, old audit entries
//! and (if chosen) closed waves' responses are deleted, all in one transaction with its audit
//! entry. A dry run makes the same changes and rolls them back, so what it reports is exact.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, imported_totals, responses, retention, surveys};
use crate::domain::audit::AuditAction;
use crate::domain::retention::{RetentionDone, RetentionPolicy, closed_on};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    Apply,
    /// Report what would be deleted; change nothing.
    DryRun,
}

/// Why the transaction ended without committing: a failure, or a dry run done.
enum Ending {
    Failed(DbError),
    DryRunDone(RetentionDone),
}

impl From<diesel::result::Error> for Ending {
    fn from(error: diesel::result::Error) -> Self {
        Ending::Failed(error.into())
    }
}

impl From<DbError> for Ending {
    fn from(error: DbError) -> Self {
        Ending::Failed(error)
    }
}

pub fn apply(
    connection: &mut AnyConnection,
    policy: &RetentionPolicy,
    by: Actor,
    mode: RunMode,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<RetentionDone, DbError> {
    let outcome = connection.transaction(|connection| {
        let done = delete_what_is_due(connection, policy, today, now)?;
        match mode {
            RunMode::DryRun => Err(Ending::DryRunDone(done)),
            RunMode::Apply => {
                if !done.is_empty() {
                    by.record(
                        connection,
                        AuditAction::RetentionApplied,
                        &done.to_string(),
                        now,
                    )?;
                }
                Ok(done)
            }
        }
    });
    match outcome {
        Ok(done) | Err(Ending::DryRunDone(done)) => Ok(done),
        Err(Ending::Failed(error)) => Err(error),
    }
}

fn delete_what_is_due(
    connection: &mut AnyConnection,
    policy: &RetentionPolicy,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<RetentionDone, DbError> {
    let mut done = RetentionDone::default();
    for listed in surveys::list(connection)? {
        let Some(closed) = closed_on(&listed, today) else {
            continue;
        };
        // The list leaves questions out; the rules need them.
        let Some(survey) = surveys::find_by_id(connection, listed.id)? else {
            continue;
        };
        if policy.unquoted_text.has_passed(closed, today) {
            let (cleared, removed) = retention::clear_unquoted_text(connection, &survey)?;
            done.texts_cleared += cleared;
            done.queue_entries_removed += removed;
        }
        // A flag the safeguarding lead has not dealt with keeps its response, whatever the rule.
        if policy.raw_responses.has_passed(closed, today)
            && !retention::has_waiting_flags(connection, survey.id)?
        {
            let held = responses::count_for_survey(connection, survey.id)?;
            if held > 0 {
                let totals = retention::totals_from_responses(connection, &survey)?;
                imported_totals::replace(connection, survey.id, &totals)?;
                responses::delete_for_survey(connection, survey.id)?;
                done.waves_reduced_to_totals
                    .push((survey.slug.to_string(), usize::try_from(held).unwrap_or(0)));
            }
        }
    }
    if let Some(kept_since) = policy.audit_entries.keeps_since(now) {
        done.audit_entries_deleted = retention::delete_audit_before(connection, kept_since)?;
    }
    Ok(done)
}
