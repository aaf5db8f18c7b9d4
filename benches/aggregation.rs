//! How long the results of a 100,000-response wave take to count, on SQLite and on PostgreSQL.
//!
//!   cargo bench --bench aggregation
//!
//! BENCH_RESPONSES sets the wave's size (default 100000); BENCH_POSTGRES_URL names a server where a
//! scratch database may be created and dropped (default postgres://postgres@127.0.0.1:5432/postgres;
//! empty to skip PostgreSQL; BENCH_POSTGRES_ONLY skips SQLite, BENCH_KEEP_DATABASE keeps both
//! databases for a closer look). Each timing is the median of five runs. Figures are recorded in
//! benches/RESULTS.md.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use youthvoice::db::{self, aggregates, responses, surveys};
use youthvoice::domain::ids::ResponseId;
use youthvoice::domain::response::{NewResponse, StoredAnswer};
use youthvoice::domain::survey::{QuestionKind, ResponseFormat, Survey, SurveyStatus};
use youthvoice::domain::template::be_supported;
use youthvoice::reports::results;

const RUNS: usize = 5;
const RESPONSES_PER_TRANSACTION: usize = 5_000;

fn main() {
    let size: usize = std::env::var("BENCH_RESPONSES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    println!("Aggregating a wave of {size} responses (median of {RUNS} runs)\n");

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

    let admin_url = std::env::var("BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    if admin_url.is_empty() {
        println!("PostgreSQL: skipped (BENCH_POSTGRES_URL is empty)");
        return;
    }
    let name = format!("yv_bench_{}", uuid::Uuid::new_v4().simple());
    let mut admin = match PgConnection::establish(&admin_url) {
        Ok(connection) => connection,
        Err(error) => {
            println!("PostgreSQL: skipped ({error})");
            return;
        }
    };
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create the scratch database");
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("a URL with a database name");
    run("PostgreSQL", &format!("{base}/{name}"), size);
    if std::env::var("BENCH_KEEP_DATABASE").is_ok() {
        println!("kept {name} for a closer look");
        return;
    }
    admin
        .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .expect("drop the scratch database");
}

fn run(backend: &str, url: &str, size: usize) {
    let pool = db::build_pool(url, 2).expect("connect");
    let mut connection = pool.get().expect("connection");
    db::migrations::run_pending(&mut connection).expect("migrations");
    let mut survey = be_supported(2024);
    survey.status = SurveyStatus::Closed;
    surveys::insert(&mut connection, &survey).expect("survey");

    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(2024);
    let mut stored = 0;
    while stored < size {
        let batch: Vec<NewResponse> = (0..RESPONSES_PER_TRANSACTION.min(size - stored))
            .map(|_| synthetic(&survey, &mut rng))
            .collect();
        connection
            .transaction(|connection| responses::insert_many(connection, &survey, &batch))
            .expect("responses stored");
        stored += batch.len();
    }
    // What `import responses` does after storing, and autovacuum would do anyway.
    responses::refresh_statistics_after_bulk_load(&mut connection).expect("statistics");
    let loading = started.elapsed();

    let counts = median(|| {
        aggregates::question_counts(&mut connection, &survey).expect("counts");
    });
    let results = median(|| {
        results::wave_results(&mut connection, survey.clone()).expect("results");
    });
    let all_breakdowns = median(|| {
        results::breakdowns(&mut connection, &survey).expect("breakdowns");
    });
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
        "  every breakdown (7 questions x 6 demographics, one pass): {}\n",
        seconds(all_breakdowns)
    );
    drop(connection);
}

fn median(mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn seconds(duration: Duration) -> String {
    format!("{:>8.3} s", duration.as_secs_f64())
}

/// A response answering most questions at random; one in ten skips each question.
fn synthetic(survey: &Survey, rng: &mut StdRng) -> NewResponse {
    let mut answers = Vec::new();
    for question in &survey.questions {
        if rng.random_bool(0.1) {
            continue;
        }
        match question.kind {
            QuestionKind::FreeText => {
                if rng.random_bool(0.2) {
                    answers.push(StoredAnswer {
                        question_id: question.id,
                        option_value: None,
                        text: Some("More places to go in the evening.".to_owned()),
                    });
                }
            }
            QuestionKind::MultipleChoice => {
                let how_many = rng.random_range(1..=3);
                let chosen: Vec<_> = question.options.choose_multiple(rng, how_many).collect();
                for option in chosen {
                    answers.push(StoredAnswer {
                        question_id: question.id,
                        option_value: Some(option.value.clone()),
                        text: None,
                    });
                }
            }
            _ => {
                let option = question.options.choose(rng).expect("options");
                answers.push(StoredAnswer {
                    question_id: question.id,
                    option_value: Some(option.value.clone()),
                    text: None,
                });
            }
        }
    }
    NewResponse {
        id: ResponseId::new_random(),
        survey_id: survey.id,
        format: if rng.random_bool(0.2) {
            ResponseFormat::EasyRead
        } else {
            ResponseFormat::Standard
        },
        submitted_on: NaiveDate::from_ymd_opt(2024, 3, rng.random_range(1..=28)),
        channel: None,
        answers,
    }
}
