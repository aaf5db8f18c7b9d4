//! The groups that own actions: listed, added, their contact changed, and removed while they own
//! nothing.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{action_owners, tracked_actions};
use crate::domain::action_owner::{ActionOwner, NewOwner};
use crate::domain::ids::OwnerId;
use crate::domain::staff::EmailAddress;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = action_owners)]
struct OwnerRow {
    id: String,
    name: String,
    contact_email: Option<String>,
    added_at: NaiveDateTime,
}

fn from_row(row: OwnerRow) -> Result<ActionOwner, DbError> {
    Ok(ActionOwner {
        id: OwnerId::parse(&row.id)?,
        name: row.name,
        contact: row
            .contact_email
            .as_deref()
            .map(EmailAddress::parse)
            .transpose()?,
    })
}

/// Every group, by name.
pub fn list(connection: &mut AnyConnection) -> Result<Vec<ActionOwner>, DbError> {
    action_owners::table
        .order(action_owners::name.asc())
        .select(OwnerRow::as_select())
        .load(connection)?
        .into_iter()
        .map(from_row)
        .collect()
}

/// Adds a group; `None` when one of that name exists already.
pub fn insert(
    connection: &mut AnyConnection,
    owner: &NewOwner,
    now: NaiveDateTime,
) -> Result<Option<ActionOwner>, DbError> {
    let row = OwnerRow {
        id: OwnerId::new_random().to_string(),
        name: owner.name.clone(),
        contact_email: owner
            .contact
            .as_ref()
            .map(|address| address.as_str().to_owned()),
        added_at: now,
    };
    match diesel::insert_into(action_owners::table)
        .values(row.clone())
        .execute(connection)
    {
        Ok(_) => Ok(Some(from_row(row)?)),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// Changes a group's contact; the group as it was, or `None` if there is no such group.
pub fn set_contact(
    connection: &mut AnyConnection,
    id: OwnerId,
    contact: Option<&EmailAddress>,
) -> Result<Option<ActionOwner>, DbError> {
    let before = find(connection, id)?;
    if before.is_some() {
        diesel::update(action_owners::table.filter(action_owners::id.eq(id.to_string())))
            .set(action_owners::contact_email.eq(contact.map(EmailAddress::as_str)))
            .execute(connection)?;
    }
    Ok(before)
}

pub fn find(connection: &mut AnyConnection, id: OwnerId) -> Result<Option<ActionOwner>, DbError> {
    action_owners::table
        .filter(action_owners::id.eq(id.to_string()))
        .select(OwnerRow::as_select())
        .first(connection)
        .optional()?
        .map(from_row)
        .transpose()
}

/// How many actions each group owns; a group owning none is not in the map.
pub fn actions_owned(connection: &mut AnyConnection) -> Result<HashMap<OwnerId, usize>, DbError> {
    let counts: Vec<(String, i64)> = tracked_actions::table
        .group_by(tracked_actions::owner_id)
        .select((tracked_actions::owner_id, diesel::dsl::count_star()))
        .load(connection)?;
    counts
        .into_iter()
        .map(|(owner, count)| Ok((OwnerId::parse(&owner)?, usize::try_from(count).unwrap_or(0))))
        .collect()
}

/// What removing a group came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    Removed(ActionOwner),
    /// It owns this many actions: give them to another group first.
    OwnsActions(i64),
    NotFound,
}

pub fn remove(connection: &mut AnyConnection, id: OwnerId) -> Result<Removal, DbError> {
    let Some(owner) = find(connection, id)? else {
        return Ok(Removal::NotFound);
    };
    let owned: i64 = tracked_actions::table
        .filter(tracked_actions::owner_id.eq(id.to_string()))
        .count()
        .get_result(connection)?;
    if owned > 0 {
        return Ok(Removal::OwnsActions(owned));
    }
    diesel::delete(action_owners::table.filter(action_owners::id.eq(id.to_string())))
        .execute(connection)?;
    Ok(Removal::Removed(owner))
}
