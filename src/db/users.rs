//! Staff accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::users;
use crate::domain::ids::UserId;
use crate::domain::staff::{AccountStatus, EmailAddress, Role, StaffUser};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub status: String,
    pub password_hash: Option<String>,
    pub created_at: NaiveDateTime,
}

impl UserRow {
    pub fn into_domain(self) -> Result<StaffUser, DbError> {
        Ok(StaffUser {
            id: UserId::parse(&self.id)?,
            email: EmailAddress::parse(&self.email)?,
            display_name: self.display_name,
            role: Role::parse(&self.role)?,
            status: AccountStatus::parse(&self.status)?,
        })
    }
}

pub struct NewUser<'a> {
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub role: Role,
    pub status: AccountStatus,
    pub password_hash: Option<String>,
    pub now: NaiveDateTime,
}

pub fn insert(connection: &mut AnyConnection, new: NewUser<'_>) -> Result<StaffUser, DbError> {
    let row = UserRow {
        id: UserId::new_random().to_string(),
        email: new.email.to_string(),
        display_name: new.display_name.to_owned(),
        role: new.role.as_str().to_owned(),
        status: new.status.as_str().to_owned(),
        password_hash: new.password_hash,
        created_at: new.now,
    };
    diesel::insert_into(users::table)
        .values(&row)
        .execute(connection)?;
    row.into_domain()
}

/// The account and its password hash, for signing in.
pub fn find_for_sign_in(
    connection: &mut AnyConnection,
    email: &EmailAddress,
) -> Result<Option<(StaffUser, Option<String>)>, DbError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(UserRow::as_select())
        .first(connection)
        .optional()?
        .map(|row| {
            let hash = row.password_hash.clone();
            row.into_domain().map(|user| (user, hash))
        })
        .transpose()
}

pub fn find(connection: &mut AnyConnection, id: UserId) -> Result<Option<StaffUser>, DbError> {
    users::table
        .find(id.to_string())
        .select(UserRow::as_select())
        .first(connection)
        .optional()?
        .map(UserRow::into_domain)
        .transpose()
}

pub fn find_by_email(
    connection: &mut AnyConnection,
    email: &EmailAddress,
) -> Result<Option<StaffUser>, DbError> {
    Ok(find_for_sign_in(connection, email)?.map(|(user, _)| user))
}

/// Everyone, admins first, then by name.
pub fn list(connection: &mut AnyConnection) -> Result<Vec<StaffUser>, DbError> {
    let rows: Vec<UserRow> = users::table
        .order((users::role.asc(), users::display_name.asc()))
        .select(UserRow::as_select())
        .load(connection)?;
    rows.into_iter().map(UserRow::into_domain).collect()
}

pub fn count_active_admins(connection: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::status.eq(AccountStatus::Active.as_str()))
        .count()
        .get_result(connection)?)
}

pub fn set_role(connection: &mut AnyConnection, id: UserId, role: Role) -> Result<(), DbError> {
    diesel::update(users::table.find(id.to_string()))
        .set(users::role.eq(role.as_str()))
        .execute(connection)?;
    Ok(())
}

pub fn set_status(
    connection: &mut AnyConnection,
    id: UserId,
    status: AccountStatus,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id.to_string()))
        .set(users::status.eq(status.as_str()))
        .execute(connection)?;
    Ok(())
}

/// Sets a new password and makes an invited account active.
pub fn set_password(
    connection: &mut AnyConnection,
    id: UserId,
    password_hash: &str,
    display_name: Option<&str>,
) -> Result<(), DbError> {
    let target = users::table.find(id.to_string());
    diesel::update(target)
        .set((
            users::password_hash.eq(password_hash),
            users::status.eq(AccountStatus::Active.as_str()),
        ))
        .execute(connection)?;
    if let Some(name) = display_name {
        diesel::update(users::table.find(id.to_string()))
            .set(users::display_name.eq(name))
            .execute(connection)?;
    }
    Ok(())
}
