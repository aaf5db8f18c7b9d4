//! Command-line interface: `serve` (the default) and survey management.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::auth::accounts::{self, AccountOutcome};
use crate::config::{ConfigError, Settings};
use crate::db::{self, DbError, DbPool, surveys};
use crate::domain::audit::AuditAction;
use crate::domain::ids::Slug;
use crate::domain::import_kind::{ImportKind, ImportMode};
use crate::domain::report_kind::ReportKind;
use crate::domain::staff::Role;
use crate::domain::survey::{Survey, SurveyStatus};
use crate::domain::template;
use crate::domain::wide_csv::ImportProblem;
use crate::domain::{easy_read, wave_setup};
use crate::email::Mailer;
use crate::imports::ImportRefused;
use crate::reports::html::{Framing, Stylesheet};
use crate::reports::{csv_results, html, pdf, results};
use crate::startup::{Application, StartupError, prepare_database};
use crate::state::AppState;
use crate::{demo, moderation_digest, telemetry};
use crate::{exports, imports};
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "youthvoice",
    version,
    about = "Accessible, anonymous surveys for young people"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the web server (what runs when no command is given).
    Serve {
        /// Also load four demo waves, Be Supported 2019 to 2022, with synthetic responses.
        #[arg(long)]
        demo: bool,
    },
    /// Create, inspect, open and close survey waves.
    Survey {
        #[command(subcommand)]
        command: SurveyCommand,
    },
    /// Load responses into a wave from a file.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Write a wave's responses to a file.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Write a wave's report, compared with earlier waves that asked the same questions.
    Report {
        #[arg(long)]
        survey: String,
        /// `summary` (for the Board), `full`, or `easy-read` ("You said", for young people).
        #[arg(long, value_enum, default_value_t = ReportKindArg::Summary)]
        kind: ReportKindArg,
        /// `html` or `pdf`: one file; `csv`: headline.csv, options.csv, breakdowns.csv and
        /// quotes.csv, whatever the kind (see the README for their columns).
        #[arg(long, value_enum, default_value_t = ReportFormat::Csv)]
        format: ReportFormat,
        /// The file to write (html, pdf), or the folder to write into (csv); created if missing.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Copy the SQLite database, while the server runs, to a new file (PostgreSQL: use pg_dump).
    Backup {
        /// The file to write; it must not exist yet.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Nightly upkeep, for cron: deletes expired drafts and quiet sign-in rows, then rewrites the
    /// database so nothing deleted lingers (SQLite: VACUUM; PostgreSQL: CLUSTER in key order).
    /// The server does the light part by itself every few minutes.
    Upkeep,
    /// Quote moderation.
    Moderation {
        #[command(subcommand)]
        command: ModerationCommand,
    },
    /// Checks before publishing.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// The intruder check: for each withheld number of the wave (and of each earlier wave its
    /// reports compare with), what an attacker could narrow it to from every number shown.
    /// Exits with 1 when any withheld number could be narrowed, as publishing would refuse.
    Disclosure {
        /// The wave's address name, e.g. be-supported-2022.
        #[arg(long)]
        survey: String,
    },
}

#[derive(Debug, Subcommand)]
enum ModerationCommand {
    /// Email each moderator how many answers wait in their waves, if today's digest has not gone
    /// out yet (`serve` sends it by itself after MODERATION_DIGEST_HOUR; this is for cron or a nudge).
    Digest,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// A wide responses CSV: `response_id,submitted_on,format,<question key>…` (see the README).
    /// Checked in full first; nothing is stored unless every row is right.
    Responses {
        #[arg(long)]
        survey: String,
        file: std::path::PathBuf,
        /// Add to the responses the wave already has.
        #[arg(long, conflicts_with = "replace")]
        append: bool,
        /// Delete the wave's responses first.
        #[arg(long)]
        replace: bool,
    },
    /// Published totals, `question_key,option_value,count`, for a wave whose responses do not
    /// survive: headlines and year-on-year tests, but no breakdowns.
    Aggregates {
        #[arg(long)]
        survey: String,
        file: std::path::PathBuf,
        /// Replace the totals the wave already has.
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// Every response of a wave as the wide CSV that `import responses` reads.
    Responses {
        #[arg(long)]
        survey: String,
        /// Where to write; standard output when left out.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Html,
    Pdf,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ReportKindArg {
    Summary,
    Full,
    EasyRead,
}

impl From<ReportKindArg> for ReportKind {
    fn from(kind: ReportKindArg) -> ReportKind {
        match kind {
            ReportKindArg::Summary => ReportKind::Summary,
            ReportKindArg::Full => ReportKind::Full,
            ReportKindArg::EasyRead => ReportKind::EasyRead,
        }
    }
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Invite someone: emails them a link to set their password, and prints the link.
    Invite {
        #[arg(long)]
        email: String,
        /// admin, analyst, moderator (VOXY reps) or viewer (Board members).
        #[arg(long)]
        role: String,
        /// Their name, as shown to other staff (defaults to the part of the address before @).
        #[arg(long)]
        name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum SurveyCommand {
    /// Create a new wave from a built-in template, as a draft.
    New {
        /// The template to start from.
        #[arg(long, default_value = template::BE_SUPPORTED)]
        template: String,
        /// The wave's address, e.g. be-supported-2023 (lower-case letters, digits and hyphens).
        #[arg(long)]
        slug: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        year: i32,
        /// First day young people can answer (YYYY-MM-DD).
        #[arg(long)]
        opens_on: Option<NaiveDate>,
        /// Last day young people can answer (YYYY-MM-DD).
        #[arg(long)]
        closes_on: Option<NaiveDate>,
        /// Open the wave straight away.
        #[arg(long)]
        open: bool,
    },
    /// Create a new wave as a copy of an earlier one, as a draft: same questions, wording and
    /// keys (so the two compare year on year), new title, year and dates.
    Copy {
        /// The wave to copy.
        #[arg(long)]
        from: String,
        /// The new wave's address, e.g. be-supported-2023.
        #[arg(long)]
        to: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        opens_on: Option<NaiveDate>,
        #[arg(long)]
        closes_on: Option<NaiveDate>,
    },
    /// Print every question key, kind and option value of a wave as CSV.
    Questions {
        #[arg(long)]
        survey: String,
    },
    /// Check a wave's Easy Read wording and symbols; exits 1 when something needs fixing.
    Lint {
        #[arg(long)]
        survey: String,
    },
    /// Let young people answer a wave.
    Open {
        #[arg(long)]
        survey: String,
    },
    /// Stop taking answers for a wave.
    Close {
        #[arg(long)]
        survey: String,
    },
}

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
    #[error("the database refused the change: {0}")]
    Transaction(#[from] diesel::result::Error),
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

/// Prints the intruder check of a wave; an error (exit 1) when anything could be narrowed.
fn audit_disclosure(pool: &DbPool, survey: &str) -> Result<(), CliError> {
    let mut connection = pool.get().map_err(DbError::from)?;
    let survey = find_survey(&mut connection, survey)?;
    let audits = crate::reports::disclosure_audit::audit_survey(&mut connection, survey)?;
    for wave in &audits {
        println!(
            "{}: {} numbers, {} shown as fewer than the threshold, {} held back, {} findings",
            wave.slug,
            wave.printed,
            wave.fewer_than,
            wave.held_back,
            wave.findings.len()
        );
    }
    let findings = crate::reports::disclosure_audit::findings_text(&audits);
    if findings.is_empty() {
        println!("No withheld number can be worked out from what is shown.");
        return Ok(());
    }
    Err(CliError::Disclosure(findings.join("\n")))
}

fn run(cli: Cli) -> Result<(), CliError> {
    let mut settings = Settings::from_env()?;
    let command = cli.command.unwrap_or(Command::Serve { demo: false });
    if !matches!(command, Command::Serve { .. }) {
        settings.database_pool_size = settings.database_pool_size.min(COMMAND_POOL_SIZE);
    }
    match command {
        Command::Serve { demo } => serve(settings, demo),
        Command::Survey { command } => {
            let pool = prepare_database(&settings)?;
            survey_command(&pool, command, settings.clock.now())
        }
        Command::Upkeep => {
            let pool = prepare_database(&settings)?;
            let mut connection = pool.get().map_err(DbError::from)?;
            let done = db::upkeep::nightly(&mut connection, settings.clock.now())?;
            println!(
                "Upkeep done: {} expired drafts deleted, {} quiet sign-in addresses forgotten, storage rewritten",
                done.expired_drafts, done.forgotten_sign_in_addresses
            );
            Ok(())
        }
        Command::Backup { out } => {
            let pool = prepare_database(&settings)?;
            let mut connection = pool.get().map_err(DbError::from)?;
            db::backup::copy_to(&mut connection, &out)
                .map_err(|error| CliError::Output(error.to_string()))?;
            println!("Backed up the database to {}", out.display());
            Ok(())
        }
        Command::Report {
            survey,
            kind,
            format,
            out,
        } => {
            let pool = prepare_database(&settings)?;
            write_report(
                &pool,
                &survey,
                kind.into(),
                format,
                &out,
                settings.clock.today(),
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
        } => import_file(
            &settings,
            &survey,
            &file,
            ImportKind::Responses,
            mode_from_flags(append, replace),
        ),
        Command::Import {
            command:
                ImportCommand::Aggregates {
                    survey,
                    file,
                    replace,
                },
        } => import_file(
            &settings,
            &survey,
            &file,
            ImportKind::Totals,
            mode_from_flags(false, replace),
        ),
        Command::Export {
            command: ExportCommand::Responses { survey, out },
        } => {
            let pool = prepare_database(&settings)?;
            let mut connection = pool.get().map_err(DbError::from)?;
            let survey = find_survey(&mut connection, &survey)?;
            let responses = db::responses::load_all(&mut connection, survey.id)?;
            let written = match &out {
                Some(path) => std::fs::File::create(path)
                    .map_err(csv::Error::from)
                    .and_then(|file| exports::write_responses(&survey, &responses, file)),
                None => exports::write_responses(&survey, &responses, std::io::stdout().lock()),
            };
            written.map_err(|error| CliError::Output(error.to_string()))?;
            record_from_command_line(
                &mut connection,
                AuditAction::ResponsesExported,
                &format!("{}: {} responses", survey.slug, responses.len()),
                settings.clock.now(),
            )?;
            if let Some(path) = out {
                println!("Wrote {} responses to {}", responses.len(), path.display());
            }
            Ok(())
        }
        Command::User { command } => user_command(settings, command),
        Command::Audit {
            command: AuditCommand::Disclosure { survey },
        } => {
            let pool = prepare_database(&settings)?;
            audit_disclosure(&pool, &survey)
        }
        Command::Moderation {
            command: ModerationCommand::Digest,
        } => {
            let state = app_state(settings)?;
            let now = state.settings.clock.now();
            // The command is an explicit request: it does not wait for the configured hour.
            let mut settings = (*state.settings).clone();
            settings.moderation_digest_hour = 0;
            let state = AppState {
                settings: Arc::new(settings),
                ..state
            };
            let sent = actix_web::rt::System::new()
                .block_on(async move { moderation_digest::send_if_due(&state, now).await })
                .map_err(|error| CliError::Usage(error.to_string()))?;
            println!("Sent {sent} digest emails.");
            Ok(())
        }
    }
}

/// Exports are security-relevant whoever runs them; from the command line there is no signed-in
/// person, so the entry says where it came from instead (imports record themselves the same way).
fn record_from_command_line(
    connection: &mut db::AnyConnection,
    action: AuditAction,
    detail: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    let detail = format!("{detail} (command line)");
    db::audit_log::record(connection, None, action, &detail, now)?;
    Ok(())
}

fn read_file(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path)
        .map_err(|error| CliError::Usage(format!("cannot read {}: {error}", path.display())))
}

fn not_ready(path: &std::path::Path, problems: &[ImportProblem]) -> CliError {
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    CliError::Usage(format!(
        "{} is not ready to import; nothing was stored:\n  {}",
        path.display(),
        listed.join("\n  ")
    ))
}

/// Reads, checks and stores an import file in one go, as the Data page does in two steps.
fn import_file(
    settings: &Settings,
    survey: &str,
    file: &std::path::Path,
    kind: ImportKind,
    mode: ImportMode,
) -> Result<(), CliError> {
    let pool = prepare_database(settings)?;
    let mut connection = pool.get().map_err(DbError::from)?;
    let survey = find_survey(&mut connection, survey)?;
    let checked = imports::read(kind, &survey, &read_file(file)?)
        .map_err(|problems| not_ready(file, &problems))?;
    let file_name = file.display().to_string();
    let importer = imports::Importer {
        actor: None,
        file_name: &file_name,
        now: settings.clock.now(),
    };
    let stored = imports::store(&mut connection, &survey, &checked, mode, &importer)
        .map_err(|refused| import_refused(&survey, refused))?;
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

fn mode_from_flags(append: bool, replace: bool) -> ImportMode {
    match (append, replace) {
        (_, true) => ImportMode::Replace,
        (true, false) => ImportMode::Append,
        (false, false) => ImportMode::IntoEmptyWave,
    }
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

/// The new-wave details, checked as the web form checks them, every problem on its own line.
fn new_wave_details(
    slug_flag: &str,
    slug: &str,
    title: &str,
    year: i32,
    opens_on: Option<NaiveDate>,
    closes_on: Option<NaiveDate>,
) -> Result<wave_setup::NewWave, CliError> {
    let date = |day: Option<NaiveDate>| day.map(|day| day.to_string()).unwrap_or_default();
    wave_setup::check_new_wave(
        slug,
        title,
        &year.to_string(),
        &date(opens_on),
        &date(closes_on),
    )
    .map_err(|problems| {
        let flag = |field: &str| match field {
            "slug" => slug_flag.to_owned(),
            other => format!("--{}", other.replace('_', "-")),
        };
        let lines: Vec<String> = problems
            .iter()
            .map(|problem| format!("{}: {}", flag(problem.field), problem.message))
            .collect();
        CliError::Usage(lines.join("\n"))
    })
}

fn store_new_wave(
    connection: &mut db::AnyConnection,
    survey: &Survey,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    if surveys::slug_exists(connection, &survey.slug)? {
        return Err(CliError::Usage(format!(
            "a survey called {} already exists",
            survey.slug
        )));
    }
    surveys::insert(connection, survey, now)?;
    println!(
        "Created {} ({}) with {} questions, status {}.",
        survey.slug,
        survey.title,
        survey.questions.len(),
        survey.status.as_str()
    );
    Ok(())
}

fn find_survey(connection: &mut db::AnyConnection, slug: &str) -> Result<Survey, CliError> {
    let slug = parse_slug(slug)?;
    surveys::find_by_slug(connection, &slug)?
        .ok_or_else(|| CliError::Usage(format!("no survey called {slug}")))
}

/// What the web handlers share, for commands that send email as the server would.
fn app_state(settings: Settings) -> Result<AppState, CliError> {
    let pool = prepare_database(&settings)?;
    let mailer = Mailer::new(&settings.mail, &settings.mail_from, settings.clock)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let server_key = crate::server_key::load(&settings.secret_key)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    Ok(AppState::new(settings, pool, mailer, server_key))
}

/// How often the server deletes expired drafts and truncates SQLite's write-ahead log.
const UPKEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(10 * 60);

fn serve(settings: Settings, load_demo: bool) -> Result<(), CliError> {
    let pool = prepare_database(&settings)?;
    if load_demo {
        let mut connection = pool.get().map_err(DbError::from)?;
        let loaded = demo::load(&mut connection)?;
        demo::load_reports(&mut connection, &settings.clock)
            .map_err(|error| CliError::Output(error.to_string()))?;
        tracing::info!(
            waves = loaded.waves_created,
            responses = loaded.responses_created,
            "demo data ready"
        );
    }
    let base_url = settings.base_url.clone();
    {
        let mut connection = pool.get().map_err(DbError::from)?;
        if let Some(link) =
            accounts::first_admin_link(&mut connection, &base_url, settings.clock.now())?
        {
            // Printed, not logged: the link is a secret for whoever started the server.
            println!(
                "\nNo admin account exists yet. Create the first one (this link works once, for 24 hours):\n  {link}\n"
            );
        }
    }
    actix_web::rt::System::new().block_on(async move {
        let digest_settings = settings.clone();
        let application = Application::build_with_pool(settings, pool)?;
        let server_key = crate::server_key::load(&digest_settings.secret_key)
            .map_err(|e| CliError::Usage(e.to_string()))?;
        tracing::info!(
            "youthvoice is running at {base_url} (port {})",
            application.port()
        );
        let digest_state = AppState::new(
            digest_settings,
            application.pool().clone(),
            application.mailer().clone(),
            server_key,
        );
        let upkeep_state = digest_state.clone();
        actix_web::rt::spawn(async move {
            loop {
                let now = digest_state.settings.clock.now();
                if let Err(error) = moderation_digest::send_if_due(&digest_state, now).await {
                    tracing::error!(%error, "the moderation digest failed");
                }
                actix_web::rt::time::sleep(moderation_digest::CHECK_EVERY).await;
            }
        });
        actix_web::rt::spawn(async move {
            loop {
                let now = upkeep_state.settings.clock.now();
                if let Err(error) = upkeep_state
                    .db(move |connection| db::upkeep::frequent(connection, now))
                    .await
                {
                    tracing::error!(%error, "upkeep failed");
                }
                actix_web::rt::time::sleep(UPKEEP_EVERY).await;
            }
        });
        application.run_until_stopped().await?;
        Ok(())
    })
}

fn survey_command(
    pool: &DbPool,
    command: SurveyCommand,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    let mut connection = pool.get().map_err(DbError::from)?;
    match command {
        SurveyCommand::New {
            template: name,
            slug,
            title,
            year,
            opens_on,
            closes_on,
            open,
        } => {
            if name != template::BE_SUPPORTED {
                return Err(CliError::Usage(format!(
                    "unknown template {name:?}; the built-in template is {:?}",
                    template::BE_SUPPORTED
                )));
            }
            let details = new_wave_details("--slug", &slug, &title, year, opens_on, closes_on)?;
            let mut survey = wave_setup::from_template(&details);
            if open {
                survey.status = SurveyStatus::Open;
            }
            store_new_wave(&mut connection, &survey, now)
        }
        SurveyCommand::Copy {
            from,
            to,
            title,
            year,
            opens_on,
            closes_on,
        } => {
            let earlier = find_survey(&mut connection, &from)?;
            let details = new_wave_details("--to", &to, &title, year, opens_on, closes_on)?;
            store_new_wave(
                &mut connection,
                &wave_setup::copy_of(&earlier, &details),
                now,
            )
        }
        SurveyCommand::Questions { survey } => {
            let survey = find_survey(&mut connection, &survey)?;
            write_questions_csv(&survey, std::io::stdout().lock())
        }
        SurveyCommand::Lint { survey } => {
            let survey = find_survey(&mut connection, &survey)?;
            let uploaded = db::uploaded_symbols::records(&mut connection)?;
            print_easy_read_lint(&survey, &crate::assets::built_in_symbols().with(uploaded))
        }
        SurveyCommand::Open { survey } => set_status(&mut connection, &survey, SurveyStatus::Open),
        SurveyCommand::Close { survey } => {
            set_status(&mut connection, &survey, SurveyStatus::Closed)
        }
    }
}

fn user_command(settings: Settings, command: UserCommand) -> Result<(), CliError> {
    let UserCommand::Invite { email, role, name } = command;
    let role = Role::parse(&role).map_err(|_| {
        CliError::Usage(format!(
            "{role:?} is not a role: use admin, analyst, moderator or viewer"
        ))
    })?;
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    let state = app_state(settings)?;
    let outcome = actix_web::rt::System::new()
        .block_on(async move { accounts::invite(&state, None, &email, &name, role).await })
        .map_err(|error| CliError::Usage(error.to_string()))?;
    match outcome {
        AccountOutcome::Done(link) => {
            println!("Invitation sent. The link works once, for 7 days:\n  {link}");
            Ok(())
        }
        AccountOutcome::Fix(problems) => Err(CliError::Usage(
            problems
                .into_iter()
                .map(|problem| problem.message)
                .collect::<Vec<_>>()
                .join("; "),
        )),
        AccountOutcome::LinkNotValid => {
            Err(CliError::Usage("the invitation could not be made".into()))
        }
    }
}

fn print_easy_read_lint(
    survey: &Survey,
    symbols: &crate::domain::symbols::SymbolLibrary,
) -> Result<(), CliError> {
    let report = easy_read::lint_survey(survey, symbols);
    for finding in &report.findings {
        println!(
            "{}: {}\n    \u{201c}{}\u{201d}",
            finding.place, finding.rule, finding.text
        );
    }
    println!(
        "Flesch\u{2013}Kincaid grade of all the Easy Read text: {:.1} (aim for {:.0} or below)",
        report.grade,
        easy_read::MAX_GRADE
    );
    if report.passes() {
        println!("{}: the Easy Read wording and symbols pass.", survey.slug);
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "{}: the Easy Read version needs {} change{}{}",
            survey.slug,
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            if report.grade_is_too_high() {
                ", and simpler words overall"
            } else {
                ""
            }
        )))
    }
}

fn set_status(
    connection: &mut db::AnyConnection,
    slug: &str,
    status: SurveyStatus,
) -> Result<(), CliError> {
    let survey = find_survey(connection, slug)?;
    surveys::set_status(connection, survey.id, status)?;
    println!("{} is now {}.", survey.slug, status.as_str());
    Ok(())
}

fn parse_slug(text: &str) -> Result<Slug, CliError> {
    Slug::parse(text).map_err(|_| {
        CliError::Usage(format!(
            "{text:?} is not a survey name: use lower-case letters, digits and hyphens, like be-supported-2023"
        ))
    })
}

/// One row per option (one row with an empty value for free text), so the file doubles as a
/// codebook for the responses CSV.
fn write_questions_csv(
    survey: &crate::domain::survey::Survey,
    out: impl Write,
) -> Result<(), CliError> {
    let output_error = |error: csv::Error| CliError::Output(error.to_string());
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(["question_key", "kind", "option_value"])
        .map_err(output_error)?;
    for question in &survey.questions {
        if question.options.is_empty() {
            writer
                .write_record([question.key.as_str(), question.kind.as_str(), ""])
                .map_err(output_error)?;
        }
        for option in &question.options {
            writer
                .write_record([
                    question.key.as_str(),
                    question.kind.as_str(),
                    option.value.as_str(),
                ])
                .map_err(output_error)?;
        }
    }
    writer
        .flush()
        .map_err(|error| CliError::Output(error.to_string()))
}

fn write_report(
    pool: &DbPool,
    survey: &str,
    kind: ReportKind,
    format: ReportFormat,
    out: &std::path::Path,
    today: chrono::NaiveDate,
) -> Result<(), CliError> {
    let mut connection = pool.get().map_err(DbError::from)?;
    let survey = find_survey(&mut connection, survey)?;
    if format == ReportFormat::Csv {
        if results::holds_totals_only(&mut connection, &survey)? {
            println!(
                "{} holds published totals only: breakdowns.csv has no rows for it.",
                survey.slug
            );
        }
        let tables = crate::reports::csv_tables(&mut connection, survey)?;
        let written = csv_results::write_all(out, tables)
            .map_err(|error| CliError::Output(error.to_string()))?;
        for file in written {
            println!("Wrote {file}");
        }
        return Ok(());
    }
    let document = crate::reports::prepare(&mut connection, survey, kind, today)
        .map_err(|error| CliError::Output(error.to_string()))?;
    let status = format!("Not published: prepared on {}", document.prepared_on);
    let bytes = match format {
        ReportFormat::Html => html::render(
            &document,
            &Framing {
                stylesheet: Stylesheet::Inline,
                links: Vec::new(),
                status: Some(status),
            },
        )
        .into_bytes(),
        _ => pdf::render(&document, Some(&status))
            .map_err(|error| CliError::Output(error.to_string()))?,
    };
    if let Some(folder) = out.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|error| {
            CliError::Output(format!("could not create {}: {error}", folder.display()))
        })?;
    }
    std::fs::write(out, bytes)
        .map_err(|error| CliError::Output(format!("could not write {}: {error}", out.display())))?;
    println!(
        "Wrote {} ({}) to {}",
        document.full_title(),
        if format == ReportFormat::Html {
            "HTML"
        } else {
            "PDF"
        },
        out.display()
    );
    Ok(())
}
