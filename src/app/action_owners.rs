//! The groups that own actions: added, their contact changed, removed once they own nothing;
//! each change written with its audit entry.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::action_owners::{self, Removal};
use crate::db::{AnyConnection, DbError};
use crate::domain::action_owner::{ActionOwner, NewOwner};
use crate::domain::audit::AuditAction;
use crate::domain::ids::OwnerId;
use crate::domain::staff::EmailAddress;

fn contact_words(contact: Option<&EmailAddress>) -> String {
    contact.map_or_else(|| "no contact".to_owned(), |address| address.masked())
}

/// Adds the group; `None` when one of that name exists already.
pub fn add(
    connection: &mut AnyConnection,
    owner: &NewOwner,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<ActionOwner>, DbError> {
    connection.transaction(|connection| {
        let Some(added) = action_owners::insert(connection, owner, now)? else {
            return Ok(None);
        };
        actor.record(
            connection,
            AuditAction::OwnerGroupAdded,
            &format!("{} ({})", added.name, contact_words(added.contact.as_ref())),
            now,
        )?;
        Ok(Some(added))
    })
}

/// Changes the group's contact; `None` when there is no such group.
pub fn set_contact(
    connection: &mut AnyConnection,
    id: OwnerId,
    contact: Option<&EmailAddress>,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<ActionOwner>, DbError> {
    connection.transaction(|connection| {
        let Some(before) = action_owners::set_contact(connection, id, contact)? else {
            return Ok(None);
        };
        actor.record(
            connection,
            AuditAction::OwnerGroupChanged,
            &format!(
                "{}: contact from {} to {}",
                before.name,
                contact_words(before.contact.as_ref()),
                contact_words(contact)
            ),
            now,
        )?;
        action_owners::find(connection, id)
    })
}

pub fn remove(
    connection: &mut AnyConnection,
    id: OwnerId,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Removal, DbError> {
    connection.transaction(|connection| {
        let removal = action_owners::remove(connection, id)?;
        if let Removal::Removed(owner) = &removal {
            actor.record(connection, AuditAction::OwnerGroupRemoved, &owner.name, now)?;
        }
        Ok(removal)
    })
}
