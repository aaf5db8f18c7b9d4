//! Setting up waves, the same from the Surveys page and the command line: a new wave from the
//! template or as a copy of an earlier one, and opening or closing it.

use chrono::NaiveDateTime;
use diesel::Connection;

use crate::db::{AnyConnection, DbError, surveys};
use crate::domain::ids::Slug;
use crate::domain::survey::{Survey, SurveyStatus};
use crate::domain::wave_setup::{self, NewWave};

#[derive(Debug, thiserror::Error)]
pub enum WaveSetupError {
    #[error("a survey called {0} already exists")]
    SlugTaken(Slug),
    #[error("no survey called {0}")]
    NoSuchWave(Slug),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for WaveSetupError {
    fn from(error: diesel::result::Error) -> Self {
        WaveSetupError::Db(DbError::Query(error))
    }
}

/// What a new wave starts from.
pub enum WaveStart {
    Template,
    CopyOf(Slug),
}

/// Creates a wave with `details` (already checked), as a draft unless `status` says otherwise.
pub fn create(
    connection: &mut AnyConnection,
    details: &NewWave,
    start: &WaveStart,
    status: SurveyStatus,
    now: NaiveDateTime,
) -> Result<Survey, WaveSetupError> {
    connection.transaction(|connection| {
        if surveys::slug_exists(connection, &details.slug)? {
            return Err(WaveSetupError::SlugTaken(details.slug.clone()));
        }
        let mut survey = match start {
            WaveStart::Template => wave_setup::from_template(details),
            WaveStart::CopyOf(from) => {
                let earlier = surveys::find_by_slug(connection, from)?
                    .ok_or_else(|| WaveSetupError::NoSuchWave(from.clone()))?;
                wave_setup::copy_of(&earlier, details)
            }
        };
        survey.status = status;
        surveys::insert(connection, &survey, now)?;
        Ok(survey)
    })
}

/// Opens or closes the wave `slug` names; returns it as it now is.
pub fn set_status(
    connection: &mut AnyConnection,
    slug: &Slug,
    status: SurveyStatus,
) -> Result<Survey, WaveSetupError> {
    let mut survey = surveys::find_by_slug(connection, slug)?
        .ok_or_else(|| WaveSetupError::NoSuchWave(slug.clone()))?;
    surveys::set_status(connection, survey.id, status)?;
    survey.status = status;
    Ok(survey)
}
