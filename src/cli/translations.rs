//! `survey translation`: the translators' sheet of a wave, out and back in, and removing a language.

use std::path::Path;

use super::args::TranslationCommand;
use super::{CliError, find_survey, parse_slug};
use crate::app::actor::Actor;
use crate::app::translations::{self, TranslationError};
use crate::catalogue::staff_words::StaffWords;
use crate::db::AnyConnection;
use crate::domain::translation_sheet;
use crate::domain::wording::Language;

pub(super) fn run(
    connection: &mut AnyConnection,
    command: TranslationCommand,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    match command {
        TranslationCommand::Export {
            survey,
            language,
            out,
        } => {
            let survey = find_survey(connection, &survey)?;
            let language = parse_language(&language)?;
            let sheet = translation_sheet::write_csv(&translation_sheet::rows(&survey, &language));
            match out {
                Some(path) => {
                    std::fs::write(&path, sheet).map_err(|error| {
                        CliError::Output(format!("{}: {error}", path.display()))
                    })?;
                    eprintln!(
                        "Wrote the sheet for translating {} into {language} to {}.",
                        survey.slug,
                        path.display()
                    );
                }
                None => print!("{sheet}"),
            }
            Ok(())
        }
        TranslationCommand::Import {
            survey,
            language,
            file,
        } => {
            let slug = parse_slug(&survey)?;
            let language = parse_language(&language)?;
            let text = read_sheet(&file)?;
            match translations::import(connection, &slug, &language, &text, Actor::CommandLine, now)
            {
                Ok(survey) => {
                    println!("{} can now be read in {language}.", survey.slug);
                    Ok(())
                }
                Err(TranslationError::Problems(problems)) => {
                    let listed: Vec<String> = problems
                        .iter()
                        .map(|problem| StaffWords.import_problem(problem))
                        .collect();
                    Err(CliError::Usage(format!(
                        "{} is not ready to import; nothing was stored:\n  {}",
                        file.display(),
                        listed.join("\n  ")
                    )))
                }
                Err(TranslationError::NoSuchWave(slug)) => {
                    Err(CliError::Usage(format!("no survey called {slug}")))
                }
                Err(TranslationError::Db(error)) => Err(CliError::Database(error)),
            }
        }
        TranslationCommand::Remove { survey, language } => {
            let slug = parse_slug(&survey)?;
            let language = parse_language(&language)?;
            match translations::remove(connection, &slug, &language, Actor::CommandLine, now) {
                Ok(removed) => {
                    println!("Removed {removed} piece(s) of {language} wording from {slug}.");
                    Ok(())
                }
                Err(TranslationError::NoSuchWave(slug)) => {
                    Err(CliError::Usage(format!("no survey called {slug}")))
                }
                Err(TranslationError::Db(error)) => Err(CliError::Database(error)),
                Err(refused) => Err(CliError::Usage(refused.to_string())),
            }
        }
    }
}

fn parse_language(tag: &str) -> Result<Language, CliError> {
    let language = Language::parse(tag).map_err(|error| CliError::Usage(error.to_string()))?;
    if language.is_english() {
        return Err(CliError::Usage(
            "English is the wave's own wording: edit it in the question editor".into(),
        ));
    }
    Ok(language)
}

fn read_sheet(path: &Path) -> Result<String, CliError> {
    let bytes = std::fs::read(path)
        .map_err(|error| CliError::Usage(format!("cannot read {}: {error}", path.display())))?;
    String::from_utf8(bytes).map_err(|_| {
        CliError::Usage(format!(
            "{} is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"",
            path.display()
        ))
    })
}
