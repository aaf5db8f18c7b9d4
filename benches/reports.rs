//! How long a report takes to build and render as the wave grows: 1,000, 10,000 and 100,000
//! responses, on SQLite and on PostgreSQL, each report built from the database as the web page and
//! the command line build it (results, comparisons with an earlier wave, breakdowns for the full
//! report, quotes), then rendered as HTML and as PDF.
//!
//!   cargo bench --bench reports
//!
//! BENCH_SIZES lists the sizes (default 1000,10000,100000); BENCH_POSTGRES_URL, BENCH_POSTGRES_ONLY
//! and BENCH_KEEP_DATABASE work as for the aggregation benchmark. Each timing is the median of five
//! runs. Then each report is written by `youthvoice report`, a process of its own, for its wall
//! time and peak memory. Figures are recorded in benches/BENCHMARKS.md.

mod common;

use chrono::NaiveDate;
use rand::SeedableRng;
use rand::rngs::StdRng;
use youthvoice::db::{self, surveys};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::report_kind::ReportKind;
use youthvoice::domain::survey::SurveyStatus;
use youthvoice::reports::html::{self, Framing, Stylesheet};
use youthvoice::reports::{pdf, prepare};

use common::{median, seconds};

fn main() {
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000,100000".to_owned())
        .split(',')
        .filter_map(|size| size.trim().parse().ok())
        .collect();
    println!(
        "Reports of a wave of {sizes:?} responses, compared with an earlier wave of 1,000 \
         (median of {} runs)\n",
        common::RUNS
    );
    let directory = tempfile::tempdir().expect("temporary directory");
    if std::env::var("BENCH_POSTGRES_ONLY").is_err() {
        let url = format!(
            "sqlite://{}",
            directory.path().join("bench.sqlite3").display()
        );
        run("SQLite", &url, &sizes);
    }
    if std::env::var("BENCH_KEEP_DATABASE").is_ok() {
        println!("kept {} for a closer look", directory.keep().display());
    }
    common::with_scratch_postgres(|url| run("PostgreSQL", url, &sizes));
}

fn run(backend: &str, url: &str, sizes: &[usize]) {
    let pool = db::build_pool(url, 2).expect("connect");
    let mut connection = pool.get().expect("connection");
    db::migrations::run_pending(&mut connection).expect("migrations");
    let mut rng = StdRng::seed_from_u64(2024);
    let mut earlier = be_supported(2023);
    earlier.status = SurveyStatus::Closed;
    surveys::insert(&mut connection, &earlier, chrono::Utc::now().naive_utc())
        .expect("earlier wave");
    common::load(&mut connection, &earlier, 1_000, &mut rng);
    let mut survey = be_supported(2024);
    survey.status = SurveyStatus::Closed;
    surveys::insert(&mut connection, &survey, chrono::Utc::now().naive_utc()).expect("wave");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");

    println!("{backend}:");
    println!("  responses | summary HTML | summary PDF | full HTML |  full PDF | full PDF size");
    let mut by_command = Vec::new();
    let mut loaded = 0;
    for &size in sizes {
        common::load(&mut connection, &survey, size - loaded, &mut rng);
        loaded = size;
        let mut time = |kind: ReportKind, as_pdf: bool| {
            let mut bytes = 0;
            let took = median(|| {
                let document = prepare(
                    &mut connection,
                    survey.clone(),
                    kind,
                    today,
                    youthvoice::domain::organisation::DEFAULT_NAME,
                )
                .expect("report");
                bytes = if as_pdf {
                    pdf::render(&document, None).expect("pdf").len()
                } else {
                    let framing = Framing {
                        stylesheet: Stylesheet::Inline,
                        links: Vec::new(),
                        status: None,
                    };
                    html::render(&document, &framing).len()
                };
            });
            (took, bytes)
        };
        let (summary_html, _) = time(ReportKind::Summary, false);
        let (summary_pdf, _) = time(ReportKind::Summary, true);
        let (full_html, _) = time(ReportKind::Full, false);
        let (full_pdf, full_pdf_bytes) = time(ReportKind::Full, true);
        println!(
            "  {size:>9} | {} | {} | {} | {} | {} KB",
            seconds(summary_html),
            seconds(summary_pdf),
            seconds(full_html),
            seconds(full_pdf),
            full_pdf_bytes / 1024
        );
        by_command.push((size, report_commands(url, survey.slug.as_str())));
    }
    println!(
        "\n  As `youthvoice report` commands, each a process of its own: wall time / peak memory"
    );
    println!("  responses | summary HTML | summary PDF | full HTML | full PDF");
    for (size, runs) in by_command {
        let cells: Vec<String> = runs
            .iter()
            .map(|(took, peak_kib)| {
                format!("{} / {:.0} MiB", seconds(*took), *peak_kib as f64 / 1024.0)
            })
            .collect();
        println!("  {size:>9} | {}", cells.join(" | "));
    }
    println!();
}

/// Each report written by the command line, as an analyst runs it: (wall time, peak KiB), in
/// the order summary HTML, summary PDF, full HTML, full PDF.
fn report_commands(url: &str, slug: &str) -> Vec<(std::time::Duration, u64)> {
    let folder = tempfile::tempdir().expect("a temporary folder");
    [
        ("summary", "html"),
        ("summary", "pdf"),
        ("full", "html"),
        ("full", "pdf"),
    ]
    .into_iter()
    .map(|(kind, format)| {
        let out = folder.path().join(format!("{kind}.{format}"));
        common::time_and_peak_memory(
            std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
                .args([
                    "report", "--survey", slug, "--kind", kind, "--format", format,
                ])
                .arg("--out")
                .arg(&out)
                .env("DATABASE_URL", url)
                .env("RUST_LOG", "warn"),
        )
    })
    .collect()
}
