//! Bringing a translators' sheet back into a wave, the same from the command line and (later) the
//! staff pages: checked whole, stored in one transaction with its audit entry.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, surveys, wordings};
use crate::domain::audit::AuditAction;
use crate::domain::ids::Slug;
use crate::domain::survey::Survey;
use crate::domain::translation_sheet;
use crate::domain::wide_csv::ImportProblem;
use crate::domain::wording::Language;

#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    #[error("no survey called {0}")]
    NoSuchWave(Slug),
    #[error("the sheet has {} problem(s); nothing was stored", .0.len())]
    Problems(Vec<ImportProblem>),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for TranslationError {
    fn from(error: diesel::result::Error) -> Self {
        TranslationError::Db(DbError::Query(error))
    }
}

/// Deletes the wave's wording in `language`; returns how many pieces went.
pub fn remove(
    connection: &mut AnyConnection,
    slug: &Slug,
    language: &Language,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<usize, TranslationError> {
    connection.transaction(|connection| {
        let survey = surveys::find_by_slug(connection, slug)?
            .ok_or_else(|| TranslationError::NoSuchWave(slug.clone()))?;
        let removed = wordings::remove_language(connection, &survey, language)?;
        actor.record(
            connection,
            AuditAction::TranslationRemoved,
            &format!("{} in {language}", survey.slug),
            now,
        )?;
        Ok(removed)
    })
}

/// Stores the translation of the wave `slug` into `language` from a filled sheet, or stores
/// nothing and names every problem.
pub fn import(
    connection: &mut AnyConnection,
    slug: &Slug,
    language: &Language,
    sheet_csv: &str,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Survey, TranslationError> {
    let sheet = translation_sheet::read_csv(sheet_csv).map_err(TranslationError::Problems)?;
    connection.transaction(|connection| {
        let survey = surveys::find_by_slug(connection, slug)?
            .ok_or_else(|| TranslationError::NoSuchWave(slug.clone()))?;
        let translated = translation_sheet::apply(&survey, language, &sheet)
            .map_err(TranslationError::Problems)?;
        wordings::replace_all(connection, &translated)?;
        actor.record(
            connection,
            AuditAction::TranslationImported,
            &format!("{} in {language}", survey.slug),
            now,
        )?;
        Ok(translated)
    })
}
