//! Report commands: write a wave's report (HTML, PDF or CSV tables) and check what it withholds.

use super::args::ReportFormat;
use super::progress_bar::TerminalProgress;
use super::{CliError, connection, find_survey};
use crate::app::progress::Progress;
use crate::db::DbPool;
use crate::domain::report_kind::ReportKind;
use crate::domain::wording::Language;
use crate::reports::html::{Framing, Stylesheet};
use crate::reports::{csv_results, html, pdf, results};

/// Prints the intruder check of a wave; an error (exit 1) when anything could be narrowed.
pub(super) fn audit_disclosure(pool: &DbPool, survey: &str) -> Result<(), CliError> {
    let mut connection = connection(pool)?;
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

/// Which report to write: the wave, kind, format and language the command line asked for.
pub(super) struct Wanted<'a> {
    pub survey: &'a str,
    pub kind: ReportKind,
    pub format: ReportFormat,
    pub language: &'a str,
}

pub(super) fn write(
    pool: &DbPool,
    wanted: &Wanted<'_>,
    out: &std::path::Path,
    today: chrono::NaiveDate,
    publisher: &str,
) -> Result<(), CliError> {
    let (kind, format) = (wanted.kind, wanted.format);
    let language =
        Language::parse(wanted.language).map_err(|error| CliError::Usage(error.to_string()))?;
    if !language.is_english() && (kind != ReportKind::EasyRead || format == ReportFormat::Csv) {
        return Err(CliError::Usage(
            "only the Easy Read report (--kind easy-read, as html or pdf) is written in other \
             languages; the Board's reports and the CSV files are English"
                .into(),
        ));
    }
    let mut connection = connection(pool)?;
    let survey = find_survey(&mut connection, wanted.survey)?;
    let still_open = survey.status.results_are_provisional();
    if format == ReportFormat::Csv {
        if results::holds_totals_only(&mut connection, &survey)? {
            println!(
                "{} holds published totals only: breakdowns.csv has no rows for it.",
                survey.slug
            );
        }
        let progress = TerminalProgress::new();
        progress.stage("Counting answers", None);
        let tables = crate::reports::csv_tables(&mut connection, survey);
        progress.finish();
        let tables = tables?;
        let written = csv_results::write_all(out, tables)
            .map_err(|error| CliError::Output(error.to_string()))?;
        for file in written {
            println!("Wrote {file}");
        }
        return Ok(());
    }
    let progress = TerminalProgress::new();
    progress.stage("Counting answers and drawing charts", None);
    let document =
        crate::reports::prepare_in(&mut connection, survey, kind, &language, today, publisher);
    let document = match document {
        Ok(document) => document,
        Err(error) => {
            progress.finish();
            return Err(CliError::Output(error.to_string()));
        }
    };
    let status = if still_open {
        format!(
            "{}. Not published: prepared on {}",
            crate::reports::PROVISIONAL,
            document.prepared_on
        )
    } else {
        format!("Not published: prepared on {}", document.prepared_on)
    };
    let bytes = match format {
        ReportFormat::Html => Ok(html::render(
            &document,
            &Framing {
                stylesheet: Stylesheet::Inline,
                links: Vec::new(),
                status: Some(status),
            },
        )
        .into_bytes()),
        _ => {
            progress.stage("Typesetting the PDF", None);
            pdf::render(&document, Some(&status))
        }
    };
    progress.finish();
    let bytes = bytes.map_err(|error| CliError::Output(error.to_string()))?;
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
