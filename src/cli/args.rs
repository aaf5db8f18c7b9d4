//! What the command line accepts: the commands, their flags and their help text.

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::domain::report_kind::ReportKind;
use crate::domain::template;

#[derive(Debug, Parser)]
#[command(
    name = "youthvoice",
    version,
    about = "Accessible, anonymous surveys for young people"
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
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
pub(super) enum ExportCommand {
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
pub(super) enum ReportFormat {
    Html,
    Pdf,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum ReportKindArg {
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
pub(super) enum UserCommand {
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
pub(super) enum SurveyCommand {
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
