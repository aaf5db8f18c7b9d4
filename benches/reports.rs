//! How long a report takes to build and render as the wave grows: 1,000, 10,000 and 100,000
//! responses, on SQLite and on PostgreSQL, each report built from the database as the web page and
//! the command line build it (results, comparisons with an earlier wave, breakdowns for the full
//! report, quotes), then rendered as HTML and as PDF.
//!
//!   cargo bench --bench reports
//!
//! BENCH_SIZES lists the sizes (default 1000,10000,100000); BENCH_POSTGRES_URL, BENCH_POSTGRES_ONLY
//! and BENCH_KEEP_DATABASE work as for the aggregation benchmark. Each timing is the median of five
//! runs. Figures are recorded in benches/RESULTS.md.

mod common;

use chrono::NaiveDate;
use rand::SeedableRng;
use rand::rngs::StdRng;
use youthvoice::db::{self, surveys};
use youthvoice::domain::report_kind::ReportKind;
use youthvoice::domain::survey::SurveyStatus;
use youthvoice::domain::template::be_supported;
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
    surveys::insert(&mut connection, &earlier).expect("earlier wave");
    common::load(&mut connection, &earlier, 1_000, &mut rng);
    let mut survey = be_supported(2024);
    survey.status = SurveyStatus::Closed;
    surveys::insert(&mut connection, &survey).expect("wave");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");

    println!("{backend}:");
    println!("  responses | summary HTML | summary PDF | full HTML |  full PDF | full PDF size");
    let mut loaded = 0;
    for &size in sizes {
        common::load(&mut connection, &survey, size - loaded, &mut rng);
        loaded = size;
        let mut time = |kind: ReportKind, as_pdf: bool| {
            let mut bytes = 0;
            let took = median(|| {
                let document = prepare(&mut connection, Some(&pool), survey.clone(), kind, today)
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
    }
    println!();
}
