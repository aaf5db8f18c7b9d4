//! Data commands: import and export a wave's responses, back up the database, and the nightly
//! upkeep.

use std::path::Path;

use super::progress_bar::TerminalProgress;
use super::{CliError, connection, find_survey, parse_slug};
use crate::app::actor::Actor;
use crate::app::comparators as app_comparators;
use crate::app::exports::{self, ExportError};
use crate::app::imports::{self, ImportRefused};
use crate::app::progress::Progress;
use crate::app::retention::{self, RunMode};
use crate::catalogue::staff_words::StaffWords;
use crate::config::Settings;
use crate::db;
use crate::domain::comparator;
use crate::domain::import_kind::{ImportKind, ImportMode};
use crate::domain::survey::Survey;
use crate::domain::wide_csv::ImportProblem;
use crate::startup::prepare_database;

pub(super) fn upkeep(settings: &Settings) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let done = db::upkeep::nightly(&mut *connection(&pool)?, settings.clock.now())?;
    println!(
        "Upkeep done: {} expired drafts deleted, {} quiet sign-in addresses forgotten, {} ended \
         sessions, {} used or expired links and {} abandoned uploads deleted, storage rewritten",
        done.expired_drafts,
        done.forgotten_sign_in_addresses,
        done.ended_sessions,
        done.spent_links,
        done.abandoned_uploads
    );
    Ok(())
}

pub(super) fn apply_retention(settings: &Settings, dry_run: bool) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let mode = if dry_run {
        RunMode::DryRun
    } else {
        RunMode::Apply
    };
    let done = retention::apply(
        &mut *connection(&pool)?,
        &settings.retention,
        Actor::CommandLine,
        mode,
        settings.clock.today(),
        settings.clock.now(),
    )?;
    let rules = &settings.retention;
    println!(
        "Keeping unquoted free text {} after a wave closes, audit entries {}, responses {}.",
        rules.unquoted_text, rules.audit_entries, rules.raw_responses
    );
    if dry_run {
        println!("Dry run, nothing deleted. Would delete: {done}.");
    } else {
        println!("Deleted: {done}.");
    }
    Ok(())
}

pub(super) fn backup(settings: &Settings, out: &Path) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let progress = TerminalProgress::new();
    progress.stage("Copying the database", None);
    let copied = db::backup::copy_to(&mut *connection(&pool)?, out);
    progress.finish();
    copied.map_err(|error| CliError::Output(error.to_string()))?;
    println!("Backed up the database to {}", out.display());
    Ok(())
}

pub(super) fn export_responses(
    settings: &Settings,
    survey: &str,
    out: Option<&Path>,
) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let slug = parse_slug(survey)?;
    let progress = TerminalProgress::new();
    let export = exports::responses_csv(
        &mut *connection(&pool)?,
        &slug,
        Actor::CommandLine,
        settings.clock.now(),
        &progress,
    );
    progress.finish();
    let export = export.map_err(|error| match error {
        ExportError::Db(error) => CliError::Database(error),
        ExportError::NoSuchWave(_) => CliError::Usage(error.to_string()),
        ExportError::Writing(_) => CliError::Output(error.to_string()),
    })?;
    let written = match out {
        Some(path) => std::fs::write(path, &export.csv),
        None => {
            use std::io::Write;
            std::io::stdout().lock().write_all(&export.csv)
        }
    };
    written.map_err(|error| CliError::Output(error.to_string()))?;
    if let Some(path) = out {
        println!("Wrote {} responses to {}", export.responses, path.display());
    }
    Ok(())
}

pub(super) fn import_responses(
    settings: &Settings,
    survey: &str,
    file: &Path,
    append: bool,
    replace: bool,
) -> Result<(), CliError> {
    let mode = match (append, replace) {
        (_, true) => ImportMode::Replace,
        (true, false) => ImportMode::Append,
        (false, false) => ImportMode::IntoEmptyWave,
    };
    import_file(settings, survey, file, ImportKind::Responses, mode)
}

pub(super) fn import_totals(
    settings: &Settings,
    survey: &str,
    file: &Path,
    replace: bool,
) -> Result<(), CliError> {
    let mode = if replace {
        ImportMode::Replace
    } else {
        ImportMode::IntoEmptyWave
    };
    import_file(settings, survey, file, ImportKind::Totals, mode)
}

/// Reads a file of other local surveys' figures and stores them all beside the programme's
/// measures, or stores nothing and names every problem with its line.
pub(super) fn import_comparators(
    settings: &Settings,
    programme: &str,
    file: &Path,
) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let mut connection = connection(&pool)?;
    let slug = crate::domain::ids::Slug::parse(programme).map_err(|_| {
        CliError::Usage(format!(
            "{programme:?} is not a programme's name: use lower-case letters, digits and \
             hyphens, like be-supported"
        ))
    })?;
    let programme = db::programmes::find_by_slug(&mut connection, &slug)?
        .ok_or_else(|| CliError::Usage(format!("no programme called {slug}")))?;
    let text = std::fs::read_to_string(file).map_err(|error| {
        CliError::Usage(format!(
            "cannot read {} as UTF-8 text: {error}",
            file.display()
        ))
    })?;
    let items: Vec<_> = programme
        .measures
        .iter()
        .map(|measure| measure.item)
        .collect();
    let figures =
        comparator::read_csv(&text, &items).map_err(|problems| not_ready(file, &problems))?;
    let stored = app_comparators::add_all(
        &mut connection,
        &programme,
        &figures,
        Actor::CommandLine,
        settings.clock.now(),
    )?;
    println!(
        "Added {} figure(s) from other surveys beside the {} measures.",
        stored.len(),
        programme.name
    );
    Ok(())
}

/// Reads, checks and stores an import file in one go, as the Data page does in two steps.
fn import_file(
    settings: &Settings,
    survey: &str,
    file: &Path,
    kind: ImportKind,
    mode: ImportMode,
) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let mut connection = connection(&pool)?;
    let survey = find_survey(&mut connection, survey)?;
    let contents = std::fs::read(file)
        .map_err(|error| CliError::Usage(format!("cannot read {}: {error}", file.display())))?;
    let progress = TerminalProgress::new();
    let checked = imports::read_showing(kind, &survey, &contents, &progress);
    progress.finish();
    let checked = checked.map_err(|problems| not_ready(file, &problems))?;
    let file_name = file.display().to_string();
    let importer = imports::Importer {
        actor: Actor::CommandLine,
        file_name: &file_name,
        now: settings.clock.now(),
        progress: &progress,
    };
    let stored = imports::store(&mut connection, &survey, &checked, mode, &importer);
    progress.finish();
    let stored = stored.map_err(|refused| import_refused(&survey, refused))?;
    let what = match kind {
        ImportKind::Responses => "responses",
        ImportKind::Totals => "totals",
    };
    let replacing = if stored.replaced_responses > 0 {
        format!(", replacing {}", stored.replaced_responses)
    } else {
        String::new()
    };
    println!(
        "Imported {} {what} into {}{replacing}.",
        stored.stored, survey.slug
    );
    Ok(())
}

fn not_ready(path: &Path, problems: &[ImportProblem]) -> CliError {
    let listed: Vec<String> = problems
        .iter()
        .map(|problem| StaffWords.import_problem(problem))
        .collect();
    CliError::Usage(format!(
        "{} is not ready to import; nothing was stored:\n  {}",
        path.display(),
        listed.join("\n  ")
    ))
}

/// A refused import, worded for the command line's flags.
fn import_refused(survey: &Survey, refused: ImportRefused) -> CliError {
    let slug = &survey.slug;
    match refused {
        ImportRefused::WaveHasResponses { existing } => CliError::Usage(format!(
            "{slug} already has {existing} responses: add --append to add these to them, or \
             --replace to delete them first"
        )),
        ImportRefused::WaveHasTotals => CliError::Usage(format!(
            "{slug} already has totals: add --replace to replace them"
        )),
        ImportRefused::TotalsBesideResponses { existing } => CliError::Usage(format!(
            "{slug} holds {existing} responses; totals are for waves whose responses do not survive"
        )),
        ImportRefused::Database(error) => error.into(),
    }
}
