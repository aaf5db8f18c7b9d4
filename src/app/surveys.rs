//! Setting up waves, the same from the Surveys page and the command line: a new wave from a
//! template (storing its programme the first time) or as a copy of an earlier one, and opening or
//! closing it.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, programmes, surveys};
use crate::domain::audit::AuditAction;
use crate::domain::easy_read::{LintReport, lint_survey};
use crate::domain::ids::{ProgrammeId, Slug};
use crate::domain::programme::Programme;
use crate::domain::survey::{Survey, SurveyStatus};
use crate::domain::symbols::SymbolLibrary;
use crate::domain::template::Template;
use crate::domain::wave_setup::{self, NewWave};
use crate::domain::wording::Language;
use crate::domain::wording_place::WordingPlace;

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

/// Why a wave's status did not change.
#[derive(Debug, thiserror::Error)]
pub enum StatusChangeError {
    #[error("no survey called {0}")]
    NoSuchWave(Slug),
    /// Partly translated: young people choosing that language would meet a wave half in it.
    #[error("the wave is partly translated into {language}: {} place(s) are not", .missing.len())]
    TranslationGaps {
        language: Language,
        missing: Vec<WordingPlace>,
    },
    /// The Easy Read check found problems nobody has yet agreed to open the wave with.
    #[error("the Easy Read version has {} problem(s) to fix or accept first", .report.problem_count())]
    EasyReadProblems {
        survey: Box<Survey>,
        report: LintReport,
    },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for StatusChangeError {
    fn from(error: diesel::result::Error) -> Self {
        StatusChangeError::Db(DbError::Query(error))
    }
}

/// What a new wave starts from.
pub enum WaveStart {
    Template(Box<Template>),
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
            WaveStart::Template(template) => {
                let programme = stored_programme(connection, &template.programme, now)?;
                wave_setup::from_template(template, programme, details)
            }
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

/// The stored programme with the template's slug, stored now if this is its first wave. A
/// programme already stored keeps its measures: its earlier waves were reported by them.
fn stored_programme(
    connection: &mut AnyConnection,
    defined: &Programme,
    now: NaiveDateTime,
) -> Result<ProgrammeId, DbError> {
    if let Some(stored) = programmes::find_by_slug(connection, &defined.slug)? {
        return Ok(stored.id);
    }
    let programme = Programme {
        id: ProgrammeId::new_random(),
        ..defined.clone()
    };
    programmes::insert(connection, &programme, now)?;
    Ok(programme.id)
}

/// What the person opening a wave has agreed to about its Easy Read check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EasyReadConsent {
    /// Open only if the check passes.
    NotGiven,
    /// Open despite this many problems (the number they were shown): if the count has changed
    /// since, they are asked again.
    Accepted(usize),
}

/// Opens (or reopens) the wave `slug` names, refusing while its Easy Read check finds problems
/// the person has not accepted; records who opened it, and any problems they accepted.
pub fn open(
    connection: &mut AnyConnection,
    slug: &Slug,
    symbols: &SymbolLibrary,
    consent: EasyReadConsent,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Survey, StatusChangeError> {
    connection.transaction(|connection| {
        let mut survey = surveys::find_by_slug(connection, slug)?
            .ok_or_else(|| StatusChangeError::NoSuchWave(slug.clone()))?;
        if let Some((language, missing)) = survey.translation_gaps().into_iter().next() {
            return Err(StatusChangeError::TranslationGaps { language, missing });
        }
        let report = lint_survey(&survey, symbols);
        let problems = report.problem_count();
        if problems > 0 && consent != EasyReadConsent::Accepted(problems) {
            return Err(StatusChangeError::EasyReadProblems {
                survey: Box::new(survey),
                report,
            });
        }
        surveys::set_status(connection, survey.id, SurveyStatus::Open)?;
        survey.status = SurveyStatus::Open;
        let detail = if problems == 0 {
            survey.slug.to_string()
        } else {
            format!(
                "{}, accepting {problems} Easy Read problem{} unfixed",
                survey.slug,
                if problems == 1 { "" } else { "s" }
            )
        };
        actor.record(connection, AuditAction::WaveOpened, &detail, now)?;
        Ok(survey)
    })
}

/// Closes the wave `slug` names, and records who closed it.
pub fn close(
    connection: &mut AnyConnection,
    slug: &Slug,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Survey, StatusChangeError> {
    connection.transaction(|connection| {
        let mut survey = surveys::find_by_slug(connection, slug)?
            .ok_or_else(|| StatusChangeError::NoSuchWave(slug.clone()))?;
        surveys::set_status(connection, survey.id, SurveyStatus::Closed)?;
        survey.status = SurveyStatus::Closed;
        actor.record(
            connection,
            AuditAction::WaveClosed,
            survey.slug.as_str(),
            now,
        )?;
        Ok(survey)
    })
}
