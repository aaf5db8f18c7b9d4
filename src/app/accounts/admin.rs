//! An admin's changes to other accounts: role, disable, enable; never the last active admin.

use diesel::Connection;

use super::AccountError;
use crate::db::{audit_log, staff_sessions, users};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;
use crate::domain::staff::{AccountStatus, Role, StaffUser};
use crate::state::AppState;

/// Why an admin's change to an account was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeRefused {
    #[error("There must always be at least one active admin")]
    LastAdmin,
    #[error("You cannot disable your own account")]
    OwnAccount,
    #[error("That account does not exist")]
    NoSuchAccount,
}

pub enum AccountChange {
    Role(Role),
    Disable,
    Enable,
}

pub async fn change_account(
    state: &AppState,
    actor: &StaffUser,
    target: UserId,
    change: AccountChange,
) -> Result<Result<(), ChangeRefused>, AccountError> {
    let clock = state.settings.clock;
    let actor = actor.id;
    state
        .run(move |connection| {
            connection.transaction(|connection| {
                let now = clock.now();
                let Some(account) = users::find(connection, target)? else {
                    return Ok(Err(ChangeRefused::NoSuchAccount));
                };
                let is_active_admin =
                    account.role == Role::Admin && account.status == AccountStatus::Active;
                let last_admin = is_active_admin && users::count_active_admins(connection)? <= 1;
                match change {
                    AccountChange::Role(role) => {
                        if last_admin && role != Role::Admin {
                            return Ok(Err(ChangeRefused::LastAdmin));
                        }
                        users::set_role(connection, target, role)?;
                        let detail =
                            format!("{}: {} to {role}", account.email.masked(), account.role);
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::RoleChanged,
                            &detail,
                            now,
                        )?;
                    }
                    AccountChange::Disable => {
                        if target == actor {
                            return Ok(Err(ChangeRefused::OwnAccount));
                        }
                        if last_admin {
                            return Ok(Err(ChangeRefused::LastAdmin));
                        }
                        users::set_status(connection, target, AccountStatus::Disabled)?;
                        staff_sessions::delete_all_for(connection, target)?;
                        let detail = account.email.masked();
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::AccountDisabled,
                            &detail,
                            now,
                        )?;
                    }
                    AccountChange::Enable => {
                        let has_password = users::find_for_sign_in(connection, &account.email)?
                            .is_some_and(|(_, hash)| hash.is_some());
                        let status = if has_password {
                            AccountStatus::Active
                        } else {
                            AccountStatus::Invited
                        };
                        users::set_status(connection, target, status)?;
                        let detail = account.email.masked();
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::AccountEnabled,
                            &detail,
                            now,
                        )?;
                    }
                }
                Ok(Ok(()))
            })
        })
        .await
}
