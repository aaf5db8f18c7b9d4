//! What the benchmarks share: a synthetic wave loaded the way imports load one, a scratch
//! PostgreSQL database, and timing by the median of several runs.

#![allow(dead_code)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use youthvoice::db::{AnyConnection, responses};
use youthvoice::domain::ids::ResponseId;
use youthvoice::domain::response::{NewResponse, StoredAnswer};
use youthvoice::domain::survey::{QuestionKind, ResponseFormat, Survey};

pub const RUNS: usize = 5;
const RESPONSES_PER_TRANSACTION: usize = 5_000;

/// Adds `count` synthetic responses to the wave, in transactions of 5,000, then refreshes the
/// planner's statistics as `import responses` does.
pub fn load(connection: &mut AnyConnection, survey: &Survey, count: usize, rng: &mut StdRng) {
    let mut stored = 0;
    while stored < count {
        let batch: Vec<NewResponse> = (0..RESPONSES_PER_TRANSACTION.min(count - stored))
            .map(|_| synthetic(survey, rng))
            .collect();
        connection
            .transaction(|connection| responses::insert_many(connection, survey, &batch))
            .expect("responses stored");
        stored += batch.len();
    }
    responses::refresh_statistics_after_bulk_load(connection).expect("statistics");
}

/// Runs `work` against a new database on the PostgreSQL server named by BENCH_POSTGRES_URL
/// (default postgres://postgres@127.0.0.1:5432/postgres; empty to skip), dropped afterwards
/// unless BENCH_KEEP_DATABASE is set.
pub fn with_scratch_postgres(work: impl FnOnce(&str)) {
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
    work(&format!("{base}/{name}"));
    if std::env::var("BENCH_KEEP_DATABASE").is_ok() {
        println!("kept {name} for a closer look");
        return;
    }
    admin
        .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .expect("drop the scratch database");
}

pub fn median(mut work: impl FnMut()) -> Duration {
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

pub fn seconds(duration: Duration) -> String {
    format!("{:>8.3} s", duration.as_secs_f64())
}

/// A response answering most questions at random; one in ten skips each question.
pub fn synthetic(survey: &Survey, rng: &mut StdRng) -> NewResponse {
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
        language: youthvoice::domain::wording::Language::english(),
        channel: None,
        answers,
    }
}

/// Runs a command to its end; its wall time and its peak resident memory in KiB. The peak comes
/// from GNU time (Debian's `time` package), which starts the command from its own small process:
/// Linux carries a parent's peak over to a child it starts directly, so asking wait4 from here
/// would report this benchmark's own memory instead.
pub fn time_and_peak_memory(command: &std::process::Command) -> (Duration, u64) {
    let report = tempfile::NamedTempFile::new().expect("a temporary file");
    let started = Instant::now();
    let status = std::process::Command::new("/usr/bin/time")
        .arg("--format=%M")
        .arg("--output")
        .arg(report.path())
        .arg(command.get_program())
        .args(command.get_args())
        .envs(
            command
                .get_envs()
                .filter_map(|(name, value)| value.map(|value| (name, value))),
        )
        .stdout(std::process::Stdio::null())
        .status()
        .expect("GNU time runs (apt-get install time)");
    let took = started.elapsed();
    assert!(status.success(), "the command succeeded");
    let peak_kib = std::fs::read_to_string(report.path())
        .expect("GNU time's report")
        .trim()
        .parse()
        .expect("a number of KiB");
    (took, peak_kib)
}
