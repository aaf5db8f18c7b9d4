//! Symbols uploaded by the team, kept beside the built-in set.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::uploaded_symbols;
use crate::domain::ids::SymbolName;
use crate::domain::symbol_upload::{SymbolFormat, SymbolUpload};
use crate::domain::symbols::SymbolRecord;

/// Stores an upload; false if a symbol with this name was uploaded before.
pub fn insert(
    connection: &mut AnyConnection,
    upload: &SymbolUpload,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    match diesel::insert_into(uploaded_symbols::table)
        .values((
            uploaded_symbols::name.eq(upload.record.name.as_str()),
            uploaded_symbols::alt.eq(&upload.record.alt),
            uploaded_symbols::licence.eq(&upload.record.licence),
            uploaded_symbols::content_type.eq(upload.format.content_type()),
            uploaded_symbols::contents.eq(&upload.contents),
            uploaded_symbols::uploaded_at.eq(now),
        ))
        .execute(connection)
    {
        Ok(_) => Ok(true),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Every uploaded symbol's name, alt text and licence.
pub fn records(connection: &mut AnyConnection) -> Result<Vec<SymbolRecord>, DbError> {
    let rows: Vec<(String, String, String)> = uploaded_symbols::table
        .order(uploaded_symbols::name)
        .select((
            uploaded_symbols::name,
            uploaded_symbols::alt,
            uploaded_symbols::licence,
        ))
        .load(connection)?;
    rows.into_iter()
        .map(|(name, alt, licence)| {
            Ok(SymbolRecord {
                name: SymbolName::parse(&name)?,
                alt,
                licence,
            })
        })
        .collect()
}

/// The picture of an uploaded symbol, with its format.
pub fn picture(
    connection: &mut AnyConnection,
    name: &SymbolName,
) -> Result<Option<(SymbolFormat, Vec<u8>)>, DbError> {
    let row: Option<(String, Vec<u8>)> = uploaded_symbols::table
        .find(name.as_str())
        .select((uploaded_symbols::content_type, uploaded_symbols::contents))
        .first(connection)
        .optional()?;
    row.map(|(content_type, contents)| {
        SymbolFormat::from_content_type(&content_type)
            .map(|format| (format, contents))
            .ok_or_else(|| DbError::Corrupt(format!("symbol {name} has type {content_type}")))
    })
    .transpose()
}
