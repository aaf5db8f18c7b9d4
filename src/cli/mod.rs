//! The command line: `serve` (the default) and the team's commands. Each command reads its
//! arguments, calls the same use case the web pages call (`crate::app`), and prints the outcome.

mod args;
mod catalogue;
mod data;
mod progress_bar;
mod reports;
mod serve;
mod staff;
mod surveys;
mod translations;

use std::process::ExitCode;

use clap::Parser;

use crate::config::{ConfigError, Settings};
use crate::db::{AnyConnection, DbError, DbPool};
use crate::domain::ids::Slug;
use crate::domain::survey::Survey;
use crate::startup::{StartupError, prepare_database};
use crate::telemetry;
use args::{
    ActionsCommand, AuditCommand, Cli, Command, ExportCommand, ImportCommand, ModerationCommand,
    RetentionCommand,
};

/// Anything a command can fail with, each said plainly.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("{0}")]
    Usage(String),
    #[error("could not write output: {0}")]
    Output(String),
    #[error("withheld numbers could be worked out:\n{0}")]
    Disclosure(String),
    #[error("the server stopped with an error: {0}")]
    Server(#[from] std::io::Error),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A one-shot command needs one connection, and a report a second for its breakdowns; opening
/// the server's whole pool of ten up front made a report command on PostgreSQL up to 0.5 s slower.
const COMMAND_POOL_SIZE: u32 = 2;

fn run(cli: Cli) -> Result<(), CliError> {
    let mut settings = Settings::from_env()?;
    let command = cli.command.unwrap_or(Command::Serve { demo: false });
    if !matches!(command, Command::Serve { .. }) {
        settings.database_pool_size = settings.database_pool_size.min(COMMAND_POOL_SIZE);
    }
    match command {
        Command::Serve { demo } => serve::serve(settings, demo),
        Command::Survey { command } => {
            let pool = prepare_database(&settings)?;
            surveys::run(&pool, command, settings.clock.now())
        }
        Command::Upkeep => data::upkeep(&settings),
        Command::Backup { out } => data::backup(&settings, &out),
        Command::Report {
            survey,
            kind,
            format,
            out,
            language,
        } => {
            let pool = prepare_database(&settings)?;
            reports::write(
                &pool,
                &reports::Wanted {
                    survey: &survey,
                    kind: kind.into(),
                    format,
                    language: &language,
                },
                &out,
                settings.clock.today(),
                &settings.organisation.name,
            )
        }
        Command::Import {
            command:
                ImportCommand::Responses {
                    survey,
                    file,
                    append,
                    replace,
                },
        } => data::import_responses(&settings, &survey, &file, append, replace),
        Command::Import {
            command:
                ImportCommand::Aggregates {
                    survey,
                    file,
                    replace,
                },
        } => data::import_totals(&settings, &survey, &file, replace),
        Command::Import {
            command: ImportCommand::Comparators { programme, file },
        } => data::import_comparators(&settings, &programme, &file),
        Command::Export {
            command: ExportCommand::Responses { survey, out },
        } => data::export_responses(&settings, &survey, out.as_deref()),
        Command::User { command } => staff::user(settings, command),
        Command::Audit {
            command: AuditCommand::Disclosure { survey },
        } => {
            let pool = prepare_database(&settings)?;
            reports::audit_disclosure(&pool, &survey)
        }
        Command::Moderation {
            command: ModerationCommand::Digest,
        } => staff::send_digest(settings),
        Command::Actions {
            command: ActionsCommand::RemindOverdue,
        } => staff::remind_overdue(settings),
        Command::Retention {
            command: RetentionCommand::Apply { dry_run },
        } => data::apply_retention(&settings, dry_run),
        Command::Catalogue { command } => catalogue::run(command),
    }
}

fn connection(pool: &DbPool) -> Result<crate::db::DbConnection, CliError> {
    Ok(pool.get().map_err(DbError::from)?)
}

fn find_survey(connection: &mut AnyConnection, slug: &str) -> Result<Survey, CliError> {
    let slug = parse_slug(slug)?;
    crate::db::surveys::find_by_slug(connection, &slug)?
        .ok_or_else(|| CliError::Usage(format!("no survey called {slug}")))
}

fn parse_slug(text: &str) -> Result<Slug, CliError> {
    Slug::parse(text).map_err(|_| {
        CliError::Usage(format!(
            "{text:?} is not a survey name: use lower-case letters, digits and hyphens, like be-supported-2023"
        ))
    })
}
