//! Who did an action, for the audit log: a signed-in staff member, someone at the server's command
//! line, or the server's own schedule (neither has an account, so the entry says where it came
//! from instead).

use chrono::NaiveDateTime;

use crate::db::{AnyConnection, DbError, audit_log};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Staff(UserId),
    CommandLine,
    /// The server's own daily work, such as the retention rules.
    Scheduled,
}

impl Actor {
    pub fn staff(&self) -> Option<UserId> {
        match self {
            Actor::Staff(id) => Some(*id),
            Actor::CommandLine | Actor::Scheduled => None,
        }
    }

    /// Records `action` as this actor's, inside the caller's transaction.
    pub fn record(
        &self,
        connection: &mut AnyConnection,
        action: AuditAction,
        detail: &str,
        now: NaiveDateTime,
    ) -> Result<(), DbError> {
        let detail = match self {
            Actor::Staff(_) => detail.to_owned(),
            Actor::CommandLine => format!("{detail} (command line)"),
            Actor::Scheduled => format!("{detail} (scheduled)"),
        };
        audit_log::record(connection, self.staff(), action, &detail, now)
    }
}
