//! How long `import responses` takes for a 100,000-response file, on SQLite and on PostgreSQL:
//! checking every row, then storing it all in one transaction (with the moderation queue and the
//! statistics refresh), as the command line and the Data page do.
//!
//!   cargo bench --bench imports
//!
//! BENCH_RESPONSES sets the file's size (default 100000); BENCH_POSTGRES_URL as for the other
//! benchmarks (empty to skip PostgreSQL; BENCH_POSTGRES_ONLY skips SQLite). Each figure is the
//! median of three imports, each into a fresh wave of the same database. Figures are recorded in
//! benches/BENCHMARKS.md.

mod common;

use std::time::{Duration, Instant};

use rand::SeedableRng;
use rand::rngs::StdRng;
use youthvoice::app::actor::Actor;
use youthvoice::app::imports::{self, CheckedFile, Importer};
use youthvoice::app::progress::Silent;
use youthvoice::db::{self, surveys};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::ids::Slug;
use youthvoice::domain::import_kind::{ImportKind, ImportMode};
use youthvoice::domain::survey::SurveyStatus;
use youthvoice::exports;

use common::seconds;

const IMPORTS: usize = 3;

fn main() {
    let size: usize = std::env::var("BENCH_RESPONSES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    let template = be_supported(2024);
    let mut rng = StdRng::seed_from_u64(2024);
    let numbered: Vec<(String, _)> = (0..size)
        .map(|number| (number.to_string(), common::synthetic(&template, &mut rng)))
        .collect();
    let mut file = Vec::new();
    exports::write_responses(&template, &numbered, &mut file).expect("the file");
    println!(
        "Importing {size} responses ({:.1} MB of CSV; median of {IMPORTS} imports)\n",
        file.len() as f64 / 1e6
    );

    let directory = tempfile::tempdir().expect("temporary directory");
    let sqlite_url = format!(
        "sqlite://{}",
        directory.path().join("bench.sqlite3").display()
    );
    if std::env::var("BENCH_POSTGRES_ONLY").is_err() {
        run("SQLite", &sqlite_url, &file);
    }
    common::with_scratch_postgres(|url| run("PostgreSQL", url, &file));
}

fn run(backend: &str, url: &str, file: &[u8]) {
    let pool = db::build_pool(url, 2).expect("connect");
    let mut connection = pool.get().expect("connection");
    db::migrations::run_pending(&mut connection).expect("migrations");
    let mut checking = Vec::new();
    let mut storing = Vec::new();
    for run in 0..IMPORTS {
        let mut survey = be_supported(2024);
        survey.slug = Slug::parse(&format!("import-{run}")).unwrap();
        survey.status = SurveyStatus::Closed;
        surveys::insert(&mut connection, &survey, chrono::Utc::now().naive_utc()).expect("wave");

        let started = Instant::now();
        let checked = imports::read(ImportKind::Responses, &survey, file).expect("a good file");
        checking.push(started.elapsed());
        let CheckedFile::Responses(responses) = &checked else {
            unreachable!("a responses file")
        };
        let size = responses.len();

        let started = Instant::now();
        let importer = Importer {
            actor: Actor::CommandLine,
            file_name: "bench.csv",
            now: chrono::Utc::now().naive_utc(),
            progress: &Silent,
        };
        let stored = imports::store(
            &mut connection,
            &survey,
            &checked,
            ImportMode::IntoEmptyWave,
            &importer,
        )
        .expect("stored");
        storing.push(started.elapsed());
        assert_eq!(stored.stored, size);
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let (checked, stored) = (median(&mut checking), median(&mut storing));
    println!(
        "{backend}: checking {}, storing {}, in all {}",
        seconds(checked),
        seconds(stored),
        seconds(checked + stored)
    );
}
