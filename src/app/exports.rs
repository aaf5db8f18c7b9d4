//! Exporting a wave's responses as the wide CSV `import responses` reads back. Every export is
//! recorded; the file is handed over only once its audit entry is stored.

use chrono::NaiveDateTime;

use super::actor::Actor;
use super::progress::Progress;
use crate::db::{AnyConnection, DbError, responses, surveys};
use crate::domain::audit::AuditAction;
use crate::domain::ids::Slug;
use crate::domain::survey::Survey;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no survey called {0}")]
    NoSuchWave(Slug),
    #[error("the export could not be written: {0}")]
    Writing(#[from] csv::Error),
    #[error(transparent)]
    Db(#[from] DbError),
}

pub struct ResponsesExport {
    pub survey: Survey,
    pub responses: usize,
    pub csv: Vec<u8>,
}

pub fn responses_csv(
    connection: &mut AnyConnection,
    slug: &Slug,
    by: Actor,
    now: NaiveDateTime,
    progress: &dyn Progress,
) -> Result<ResponsesExport, ExportError> {
    let survey = surveys::find_by_slug(connection, slug)?
        .ok_or_else(|| ExportError::NoSuchWave(slug.clone()))?;
    progress.stage("Reading responses", None);
    let stored = responses::load_all(connection, survey.id)?;
    progress.stage("Writing the CSV", None);
    let mut csv = Vec::new();
    crate::exports::write_responses(&survey, &stored, &mut csv)?;
    by.record(
        connection,
        AuditAction::ResponsesExported,
        &format!("{}: {} responses", survey.slug, stored.len()),
        now,
    )?;
    Ok(ResponsesExport {
        survey,
        responses: stored.len(),
        csv,
    })
}
