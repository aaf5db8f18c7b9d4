//! What the command line accepts: the commands, their flags and their help text.

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::domain::report_kind::ReportKind;

/// Settings every command reads from the environment (the README's "Configuration" has them all).
const ENVIRONMENT: &str = "\
Environment (every command):
  DATABASE_URL   sqlite://PATH or postgres://USER@HOST/DB [default: sqlite://youthvoice.sqlite3]
  BIND           address and port the server listens on [default: 127.0.0.1:8080]
  BASE_URL       the address people use, for links in emails [default: http://BIND]
  SECRET_KEY     the server's key (or SECRET_KEY_FILE, default youthvoice.key, made on first start)
  TIME_ZONE      the council's time zone, for opening and closing days [default: Europe/London]
  SMTP_URL       smtp://… to send email; without it, emails are written to OUTBOX_DIR [default: outbox]
  ORGANISATION_NAME  who runs the survey, on every page, poster, report and email
                 [default: Oxfordshire Children's Trust]; also ORGANISATION_SHORT_NAME,
                 ORGANISATION_CONTACT, PRIVACY_NOTICE_URL and ORGANISATION_LOGO (a PNG or SVG file)
  MESSAGES_DIR   a folder of extra interface languages from `catalogue import` (serve reads it)
  RUST_LOG       log detail [default: info]

Exit codes:
  0  done
  1  the command failed or found problems (the message says which; `survey lint` and
     `audit disclosure` exit 1 when they find something)
  2  the command line could not be read (unknown command or flag, missing value)";

#[derive(Debug, Parser)]
#[command(
    name = "youthvoice",
    version,
    about = "Accessible, anonymous surveys for young people",
    long_about = "Accessible, anonymous surveys for young people. With no command, starts the web \
                  server (`youthvoice serve`); the first start prints a link to create the first \
                  admin account.",
    after_help = ENVIRONMENT
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Start the web server (what runs when no command is given).
    ///
    /// Listens on BIND (default 127.0.0.1:8080) with the database at DATABASE_URL (default sqlite://youthvoice.sqlite3,
    /// created and migrated if missing); prints a first-admin link when no admin exists.
    #[command(after_help = ENVIRONMENT)]
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
        /// The wave's address name, e.g. be-supported-2022.
        #[arg(long)]
        survey: String,
        /// `summary` (for the Board), `full`, `easy-read` ("You said", for young people) or
        /// `briefing` (early findings as slides, never published).
        #[arg(long, value_enum, default_value_t = ReportKindArg::Summary)]
        kind: ReportKindArg,
        /// `html` or `pdf`: the report as one file; `csv`: the numbers as headline.csv,
        /// options.csv, breakdowns.csv and quotes.csv, whatever the kind (see the README).
        #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
        format: ReportFormat,
        /// The file to write (html, pdf), or the folder to write into (csv); created if missing.
        #[arg(long)]
        out: std::path::PathBuf,
        /// The language of the Easy Read report (a tag such as pl or ar); the wave must be
        /// written in it. The Board's reports are English.
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Copy the SQLite database to a new file, while the server runs (PostgreSQL: use pg_dump).
    Backup {
        /// The file to write; it must not exist yet.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Nightly upkeep, for cron: deletes expired drafts and quiet sign-in rows.
    ///
    /// Then rewrites the database so nothing deleted lingers (SQLite: VACUUM; PostgreSQL: CLUSTER in key order).
    /// The server does the light part by itself every few minutes.
    Upkeep,
    /// Apply the retention rules now (the server does so once a day by itself).
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// The working group's actions register.
    Actions {
        #[command(subcommand)]
        command: ActionsCommand,
    },
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
    /// The words of the pages young people meet, for translators: a language's sheet out, and a
    /// filled sheet back as that language's message files (see "Languages" in the README).
    Catalogue {
        #[command(subcommand)]
        command: CatalogueCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum CatalogueCommand {
    /// Write the sheet for translating every message into a language: one row per message and
    /// register, the English beside it, notes on its gaps and on Easy Read, and the translation
    /// already shipped, if any.
    Export {
        /// The language, as a tag such as ur, ro or pt-BR.
        #[arg(long)]
        language: String,
        /// The CSV file to write (standard output if not given).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Check a filled sheet and write the language's two message files, standard.ftl and
    /// easy_read.ftl. Nothing is written while any row has a problem; each is listed with its line.
    Import {
        /// The language the sheet is translated into.
        #[arg(long)]
        language: String,
        /// The folder to write the files into, e.g. assets/messages/ur (made if missing).
        #[arg(long)]
        out_dir: std::path::PathBuf,
        /// The filled sheet (CSV).
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum AuditCommand {
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
pub(super) enum RetentionCommand {
    /// Delete what is past its keeping time: the words of free-text answers never used as a
    /// quote (KEEP_UNQUOTED_TEXT_DAYS after the wave closed, default 365), audit entries
    /// (KEEP_AUDIT_DAYS, default 730) and, if KEEP_RAW_RESPONSES_DAYS is set (default forever),
    /// closed waves' responses, keeping their totals.
    Apply {
        /// Print what would be deleted, and delete nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum ActionsCommand {
    /// Email each group's contact about its actions that are past their due day, once per due
    /// day (`serve` does this by itself after MODERATION_DIGEST_HOUR; this is for cron or a nudge).
    RemindOverdue,
}

#[derive(Debug, Subcommand)]
pub(super) enum ModerationCommand {
    /// Email each moderator how many answers wait in their waves, if today's digest has not gone
    /// out yet (`serve` sends it by itself after MODERATION_DIGEST_HOUR; this is for cron or a nudge).
    Digest,
}

#[derive(Debug, Subcommand)]
pub(super) enum ImportCommand {
    /// A wide responses CSV: `response_id,submitted_on,format,<question key>…` (see the README).
    /// Checked in full first; nothing is stored unless every row is right.
    Responses {
        /// The wave to load into, by its address name, e.g. be-supported-2021.
        #[arg(long)]
        survey: String,
        /// The CSV file to read.
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
        /// The wave the totals belong to, by its address name.
        #[arg(long)]
        survey: String,
        /// The CSV file to read.
        file: std::path::PathBuf,
        /// Replace the totals the wave already has.
        #[arg(long)]
        replace: bool,
    },
    /// Other local surveys' published figures, to show beside a programme's measures:
    /// `plan_item,source,year,wording,share,respondents,link` (the last two may be empty).
    /// Checked in full first; nothing is stored unless every row is right.
    Comparators {
        /// The programme whose measures the figures sit beside, e.g. be-supported.
        #[arg(long)]
        programme: String,
        /// The CSV file to read.
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum ExportCommand {
    /// Every response of a wave as the wide CSV that `import responses` reads.
    Responses {
        /// The wave to export, by its address name.
        #[arg(long)]
        survey: String,
        /// Where to write; standard output when left out.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ReportFormat {
    /// One web page, readable offline.
    Html,
    /// One PDF, for Board papers.
    Pdf,
    /// The numbers as CSV files, for analysts.
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum ReportKindArg {
    /// The Board's summary: the four measures, year on year.
    Summary,
    /// Every question, with breakdowns and method.
    Full,
    /// "You said": Easy Read, for the young people who answered.
    EasyRead,
    /// Early findings as slides for a verbal briefing (never published; provisional while open).
    Briefing,
}

impl From<ReportKindArg> for ReportKind {
    fn from(kind: ReportKindArg) -> ReportKind {
        match kind {
            ReportKindArg::Summary => ReportKind::Summary,
            ReportKindArg::Full => ReportKind::Full,
            ReportKindArg::EasyRead => ReportKind::EasyRead,
            ReportKindArg::Briefing => ReportKind::Briefing,
        }
    }
}

#[derive(Debug, Subcommand)]
pub(super) enum UserCommand {
    /// Invite someone: emails them a link to set their password, and prints the link.
    Invite {
        /// Their email address; the invitation goes there.
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
pub(super) enum SurveyCommand {
    /// Create a new wave from a template, as a draft. The wave belongs to the template's
    /// programme, and is compared year on year only with that programme's other waves.
    New {
        /// The programme whose built-in template to start from: be-supported (the default),
        /// be-healthy, be-safe or be-successful.
        #[arg(long, conflicts_with = "template")]
        programme: Option<String>,
        /// The template to start from: a built-in one by name, or your own TOML file written
        /// as assets/templates/*.toml are (see "Templates and programmes" in the README). A
        /// file's programme is created with the first wave made from it.
        #[arg(long, value_name = "NAME|FILE")]
        template: Option<std::path::PathBuf>,
        /// The wave's address, e.g. be-supported-2023 (lower-case letters, digits and hyphens).
        #[arg(long)]
        slug: String,
        /// The title young people and reports see, e.g. "Be Supported 2023".
        #[arg(long)]
        title: String,
        /// The year the wave reports on; reports compare it with earlier years.
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
        /// The new wave's title, e.g. "Be Supported 2023".
        #[arg(long)]
        title: String,
        /// The year the new wave reports on.
        #[arg(long)]
        year: i32,
        /// First day young people can answer (YYYY-MM-DD), in TIME_ZONE.
        #[arg(long)]
        opens_on: Option<NaiveDate>,
        /// Last day young people can answer (YYYY-MM-DD), in TIME_ZONE.
        #[arg(long)]
        closes_on: Option<NaiveDate>,
    },
    /// Print every question key, kind and option value of a wave as CSV.
    Questions {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
    },
    /// Check a wave's Easy Read wording and symbols; exits 1 when something needs fixing.
    Lint {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
    },
    /// Let young people answer a wave. The Easy Read check must pass first, or its problems be
    /// accepted with --accept-easy-read-problems.
    Open {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
        /// Open it even though the Easy Read check finds this many problems (the number
        /// `survey open` printed); the audit log records the choice.
        #[arg(long, value_name = "COUNT")]
        accept_easy_read_problems: Option<usize>,
    },
    /// Stop taking answers for a wave.
    Close {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
    },
    /// Translate a wave: write the translators' sheet, store a filled one, or remove a language.
    Translation {
        #[command(subcommand)]
        command: TranslationCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum TranslationCommand {
    /// Write the translators' sheet as CSV: every piece of the wave's wording in both registers,
    /// the English beside it, the Easy Read rules as notes, and what is translated already.
    Export {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
        /// The language to translate into, as a tag such as pl, ar or pt-BR.
        #[arg(long)]
        language: String,
        /// Where to write the sheet (standard output when not given).
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Store a filled sheet as the wave's translation. Nothing is stored while any place is
    /// untranslated, unknown, given twice, or translated from English that has changed since.
    Import {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
        /// The language the sheet is translated into, e.g. pl.
        #[arg(long)]
        language: String,
        /// The filled sheet (CSV, UTF-8).
        file: std::path::PathBuf,
    },
    /// Delete the wave's translation into a language (its English stays).
    Remove {
        /// The wave's address name, e.g. be-supported-2023.
        #[arg(long)]
        survey: String,
        /// The language to remove, e.g. pl.
        #[arg(long)]
        language: String,
    },
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    fn every_command(
        command: &clap::Command,
        path: &str,
        found: &mut Vec<(String, clap::Command)>,
    ) {
        let path = format!("{path} {}", command.get_name());
        found.push((path.clone(), command.clone()));
        for sub in command.get_subcommands() {
            every_command(sub, &path, found);
        }
    }

    /// A newcomer reading `--help` learns what every command and every flag is for.
    #[test]
    fn every_command_and_argument_says_what_it_is_for() {
        let mut commands = Vec::new();
        every_command(&Cli::command(), "", &mut commands);
        assert!(commands.len() > 20, "{} commands", commands.len());
        for (path, command) in &commands {
            if command.get_name() == "help" {
                continue;
            }
            assert!(command.get_about().is_some(), "{path} has no description");
            for argument in command.get_arguments() {
                let id = argument.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                assert!(
                    argument.get_help().is_some(),
                    "{path} --{id} has no description"
                );
            }
        }
    }

    #[test]
    fn the_help_names_the_environment_the_port_and_the_exit_codes() {
        let help = Cli::command().render_long_help().to_string();
        for said in [
            "DATABASE_URL",
            "BIND",
            "127.0.0.1:8080",
            "Exit codes",
            "first",
        ] {
            assert!(help.contains(said), "top-level help: {said}");
        }
        let mut cli = Cli::command();
        let serve = cli.find_subcommand_mut("serve").unwrap();
        let help = serve.render_long_help().to_string();
        for said in ["DATABASE_URL", "BIND", "127.0.0.1:8080"] {
            assert!(help.contains(said), "serve help: {said}");
        }
    }
}
