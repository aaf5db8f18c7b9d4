//! Single-use links (first admin, invitations, password resets), stored as hashes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::one_time_tokens;
use crate::domain::ids::UserId;
use crate::domain::staff::TokenPurpose;
use crate::domain::tokens::SecretHash;

pub fn create(
    connection: &mut AnyConnection,
    token: &SecretHash,
    purpose: TokenPurpose,
    user: Option<UserId>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(one_time_tokens::table)
        .values((
            one_time_tokens::token_hash.eq(token.as_str()),
            one_time_tokens::purpose.eq(purpose.as_str()),
            one_time_tokens::user_id.eq(user.map(|id| id.to_string())),
            one_time_tokens::created_at.eq(now),
            one_time_tokens::expires_at.eq(now + purpose.lifetime()),
        ))
        .execute(connection)?;
    Ok(())
}

/// A token that exists, has this purpose, is unused and unexpired. `Some(None)` is a valid token
/// that names no user (the first-admin link).
pub fn find_valid(
    connection: &mut AnyConnection,
    token: &SecretHash,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> Result<Option<Option<UserId>>, DbError> {
    let user: Option<Option<String>> = one_time_tokens::table
        .filter(one_time_tokens::token_hash.eq(token.as_str()))
        .filter(one_time_tokens::purpose.eq(purpose.as_str()))
        .filter(one_time_tokens::used_at.is_null())
        .filter(one_time_tokens::expires_at.gt(now))
        .select(one_time_tokens::user_id)
        .first(connection)
        .optional()?;
    user.map(|user| user.map(|id| UserId::parse(&id)).transpose())
        .transpose()
        .map_err(DbError::from)
}

/// Marks a valid token used. Returns false if it was already used (or expired) meanwhile.
pub fn consume(
    connection: &mut AnyConnection,
    token: &SecretHash,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let updated = diesel::update(
        one_time_tokens::table
            .filter(one_time_tokens::token_hash.eq(token.as_str()))
            .filter(one_time_tokens::purpose.eq(purpose.as_str()))
            .filter(one_time_tokens::used_at.is_null())
            .filter(one_time_tokens::expires_at.gt(now)),
    )
    .set(one_time_tokens::used_at.eq(now))
    .execute(connection)?;
    Ok(updated == 1)
}

/// Withdraws unused tokens of a purpose (e.g. earlier first-admin links, or older resets of a user).
pub fn withdraw_unused(
    connection: &mut AnyConnection,
    purpose: TokenPurpose,
    user: Option<UserId>,
) -> Result<(), DbError> {
    let unused = one_time_tokens::table
        .filter(one_time_tokens::purpose.eq(purpose.as_str()))
        .filter(one_time_tokens::used_at.is_null());
    match user {
        Some(user) => diesel::delete(unused.filter(one_time_tokens::user_id.eq(user.to_string())))
            .execute(connection)?,
        None => diesel::delete(unused).execute(connection)?,
    };
    Ok(())
}

/// Deletes links already used or past their expiry. Returns how many.
pub fn delete_spent(connection: &mut AnyConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::delete(
        one_time_tokens::table.filter(
            one_time_tokens::used_at
                .is_not_null()
                .or(one_time_tokens::expires_at.lt(now)),
        ),
    )
    .execute(connection)?)
}
