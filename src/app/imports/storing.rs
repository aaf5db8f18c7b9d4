//! Storing a checked import: all of it in one transaction or none of it, with an audit entry.

use diesel::Connection;

use super::reading::CheckedFile;
use crate::app::actor::Actor;
use crate::app::progress::Progress;
use crate::db::{AnyConnection, DbError, imported_totals, responses};
use crate::domain::audit::AuditAction;
use crate::domain::import_kind::ImportMode;
use crate::domain::response::NewResponse;
use crate::domain::survey::Survey;
use crate::domain::totals_csv::ImportedTotal;

/// Why a checked file was not stored. The command line and the Data page word these for their
/// own controls (flags or radio buttons).
#[derive(Debug, thiserror::Error)]
pub enum ImportRefused {
    #[error("the wave already has {existing} responses")]
    WaveHasResponses { existing: i64 },
    #[error("the wave already has published totals")]
    WaveHasTotals,
    /// Totals are for waves whose responses do not survive; a wave never holds both.
    #[error("the wave holds {existing} responses, so it cannot also hold published totals")]
    TotalsBesideResponses { existing: i64 },
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<diesel::result::Error> for ImportRefused {
    fn from(error: diesel::result::Error) -> Self {
        ImportRefused::Database(error.into())
    }
}

/// Who imported, for the audit log: a signed-in staff member, or the command line.
pub struct Importer<'a> {
    pub actor: Actor,
    pub file_name: &'a str,
    /// When the import is recorded in the audit log.
    pub now: chrono::NaiveDateTime,
    /// Where storing says how far it has got.
    pub progress: &'a dyn Progress,
}

/// What an import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredImport {
    pub stored: usize,
    /// Responses deleted to make way (replacing a wave's responses).
    pub replaced_responses: i64,
}

pub fn store(
    connection: &mut AnyConnection,
    survey: &Survey,
    file: &CheckedFile,
    mode: ImportMode,
    importer: &Importer<'_>,
) -> Result<StoredImport, ImportRefused> {
    match file {
        CheckedFile::Responses(responses) => {
            store_responses(connection, survey, responses, mode, importer)
        }
        CheckedFile::Totals(totals) => store_totals(connection, survey, totals, mode, importer),
    }
}

/// Responses stored between two reports of progress (all in the one transaction).
const RESPONSES_PER_STEP: usize = 1_000;

pub fn store_responses(
    connection: &mut AnyConnection,
    survey: &Survey,
    incoming: &[NewResponse],
    mode: ImportMode,
    importer: &Importer<'_>,
) -> Result<StoredImport, ImportRefused> {
    let replaced = responses::with_room_for_bulk_load(connection, |connection| {
        connection.transaction(|connection| {
            let existing = responses::count_for_survey(connection, survey.id)?;
            let has_totals = imported_totals::exist_for_survey(connection, survey.id)?;
            match mode {
                ImportMode::Replace => {
                    responses::delete_for_survey(connection, survey.id)?;
                    imported_totals::replace(connection, survey.id, &[])?;
                }
                _ if has_totals => return Err(ImportRefused::WaveHasTotals),
                ImportMode::IntoEmptyWave if existing > 0 => {
                    return Err(ImportRefused::WaveHasResponses { existing });
                }
                ImportMode::IntoEmptyWave | ImportMode::Append => {}
            }
            importer
                .progress
                .stage("Storing responses", Some(incoming.len() as u64));
            // In key order across the whole file, so every chunk lands after the one before it.
            let mut ordered: Vec<&NewResponse> = incoming.iter().collect();
            ordered.sort_unstable_by_key(|response| response.id);
            for chunk in ordered.chunks(RESPONSES_PER_STEP) {
                responses::insert_many(connection, survey, chunk)?;
                importer.progress.advance(chunk.len() as u64);
            }
            record(
                connection,
                importer,
                AuditAction::ResponsesImported,
                &format!("{}: {} responses", survey.slug, incoming.len()),
            )?;
            Ok::<_, ImportRefused>(if mode == ImportMode::Replace {
                existing
            } else {
                0
            })
        })
    })?;
    // Fresh statistics let the planner use the indexes on the new rows at once.
    importer
        .progress
        .stage("Refreshing the database's statistics", None);
    responses::refresh_statistics_after_bulk_load(connection)?;
    Ok(StoredImport {
        stored: incoming.len(),
        replaced_responses: replaced,
    })
}

pub fn store_totals(
    connection: &mut AnyConnection,
    survey: &Survey,
    totals: &[ImportedTotal],
    mode: ImportMode,
    importer: &Importer<'_>,
) -> Result<StoredImport, ImportRefused> {
    connection.transaction(|connection| {
        let existing = responses::count_for_survey(connection, survey.id)?;
        if existing > 0 {
            return Err(ImportRefused::TotalsBesideResponses { existing });
        }
        if mode != ImportMode::Replace && imported_totals::exist_for_survey(connection, survey.id)?
        {
            return Err(ImportRefused::WaveHasTotals);
        }
        imported_totals::replace(connection, survey.id, totals)?;
        record(
            connection,
            importer,
            AuditAction::TotalsImported,
            &format!("{}: {} totals", survey.slug, totals.len()),
        )?;
        Ok(StoredImport {
            stored: totals.len(),
            replaced_responses: 0,
        })
    })
}

fn record(
    connection: &mut AnyConnection,
    importer: &Importer<'_>,
    action: AuditAction,
    what: &str,
) -> Result<(), DbError> {
    importer.actor.record(
        connection,
        action,
        &format!("{what} from {}", importer.file_name),
        importer.now,
    )
}
