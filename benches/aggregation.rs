//! How long the results of a 100,000-response wave take to count, on SQLite and on PostgreSQL.
//!
//!   cargo bench --bench aggregation
//!
//! BENCH_RESPONSES sets the wave's size (default 100000); BENCH_POSTGRES_URL names a server where a
//! scratch database may be created and dropped (default postgres://postgres@127.0.0.1:5432/postgres;
//! empty to skip PostgreSQL; BENCH_POSTGRES_ONLY skips SQLite, BENCH_KEEP_DATABASE keeps both
//! databases for a closer look). Each timing is the median of five runs. Figures are recorded in
//! benches/BENCHMARKS.md.

mod common;

use std::time::Instant;

use rand::SeedableRng;
use rand::rngs::StdRng;
use youthvoice::db::{self, aggregates, surveys};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::survey::SurveyStatus;
use youthvoice::reports::results;

use common::{median, seconds};

fn main() {
    let size: usize = std::env::var("BENCH_RESPONSES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    println!(
        "Aggregating a wave of {size} responses (median of {} runs)\n",
        common::RUNS
    );

    let directory = tempfile::tempdir().expect("temporary directory");
    let sqlite_url = format!(
        "sqlite://{}",
        directory.path().join("bench.sqlite3").display()
    );
    if std::env::var("BENCH_POSTGRES_ONLY").is_err() {
        run("SQLite", &sqlite_url, size);
    }
    if std::env::var("BENCH_KEEP_DATABASE").is_ok() {
        println!("kept {} for a closer look", directory.keep().display());
    }

    common::with_scratch_postgres(|url| run("PostgreSQL", url, size));
}

fn run(backend: &str, url: &str, size: usize) {
    let pool = db::build_pool(url, 2).expect("connect");
    let mut connection = pool.get().expect("connection");
    db::migrations::run_pending(&mut connection).expect("migrations");
    let mut survey = be_supported(2024);
    survey.status = SurveyStatus::Closed;
    surveys::insert(&mut connection, &survey, chrono::Utc::now().naive_utc()).expect("survey");

    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(2024);
    common::load(&mut connection, &survey, size, &mut rng);
    let loading = started.elapsed();

    let counts = median(|| {
        aggregates::question_counts(&mut connection, &survey).expect("counts");
    });
    let results = median(|| {
        results::wave_results(&mut connection, survey.clone()).expect("results");
    });
    let all_breakdowns = median(|| {
        results::breakdown_counts(&mut connection, &survey).expect("breakdowns");
    });
    let wave = results::wave_results(&mut connection, survey.clone()).expect("results");
    let mut findings = 0;
    let audit = median(|| {
        findings = wave.plan.audit().len();
    });
    let (printed, small, held_back) = wave.plan.tally();
    println!("{backend}:");
    println!(
        "  loading {size} responses:                          {}",
        seconds(loading)
    );
    println!(
        "  counts for every question (2 GROUP BY queries):    {}",
        seconds(counts)
    );
    println!(
        "  question results with suppression and intervals:   {}",
        seconds(results)
    );
    println!(
        "  every breakdown (7 questions x 6 demographics, one pass): {}",
        seconds(all_breakdowns)
    );
    println!(
        "  intruder check of the whole table set ({printed} counts, {small} fewer than the \
         threshold, {held_back} held back; {findings} findings): {}\n",
        seconds(audit)
    );
    drop(connection);
}
