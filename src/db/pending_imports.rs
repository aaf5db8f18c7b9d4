//! Uploaded import files waiting for their uploader's confirmation.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::pending_imports;
use crate::domain::ids::{PendingImportId, SurveyId, UserId};
use crate::domain::import_kind::ImportKind;

#[derive(Debug, Clone)]
pub struct PendingImport {
    pub id: PendingImportId,
    pub survey: SurveyId,
    pub kind: ImportKind,
    pub file_name: String,
    pub contents: Vec<u8>,
    pub uploaded_at: NaiveDateTime,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = pending_imports)]
struct PendingImportRow {
    id: String,
    survey_id: String,
    kind: String,
    file_name: String,
    contents: Vec<u8>,
    uploaded_at: NaiveDateTime,
}

pub fn insert(
    connection: &mut AnyConnection,
    uploader: UserId,
    pending: &PendingImport,
) -> Result<(), DbError> {
    diesel::insert_into(pending_imports::table)
        .values((
            pending_imports::id.eq(pending.id.to_string()),
            pending_imports::user_id.eq(uploader.to_string()),
            pending_imports::survey_id.eq(pending.survey.to_string()),
            pending_imports::kind.eq(pending.kind.as_str()),
            pending_imports::file_name.eq(&pending.file_name),
            pending_imports::contents.eq(&pending.contents),
            pending_imports::uploaded_at.eq(pending.uploaded_at),
        ))
        .execute(connection)?;
    Ok(())
}

/// The upload, if it exists and `uploader` made it: nobody else may see or commit it.
pub fn find_for_uploader(
    connection: &mut AnyConnection,
    id: PendingImportId,
    uploader: UserId,
) -> Result<Option<PendingImport>, DbError> {
    let row = pending_imports::table
        .filter(pending_imports::id.eq(id.to_string()))
        .filter(pending_imports::user_id.eq(uploader.to_string()))
        .select(PendingImportRow::as_select())
        .first(connection)
        .optional()?;
    row.map(|row| {
        Ok(PendingImport {
            id: PendingImportId::parse(&row.id)?,
            survey: SurveyId::parse(&row.survey_id)?,
            kind: ImportKind::parse(&row.kind)?,
            file_name: row.file_name,
            contents: row.contents,
            uploaded_at: row.uploaded_at,
        })
    })
    .transpose()
}

pub fn delete(connection: &mut AnyConnection, id: PendingImportId) -> Result<(), DbError> {
    diesel::delete(pending_imports::table.filter(pending_imports::id.eq(id.to_string())))
        .execute(connection)?;
    Ok(())
}

/// Forgets uploads nobody confirmed: they may hold free text that has not been checked.
pub fn delete_uploaded_before(
    connection: &mut AnyConnection,
    cutoff: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(
        diesel::delete(pending_imports::table.filter(pending_imports::uploaded_at.lt(cutoff)))
            .execute(connection)?,
    )
}

/// Deletes uploads nobody confirmed or cancelled, uploaded before `before`. Returns how many.
pub fn delete_abandoned(
    connection: &mut AnyConnection,
    before: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(
        diesel::delete(pending_imports::table.filter(pending_imports::uploaded_at.lt(before)))
            .execute(connection)?,
    )
}
