//! A sign-in flood against the release server, on SQLite and then on PostgreSQL: how much slower
//! do young people's question pages get while made-up passwords pour in from many addresses?
//! argon2 runs behind a semaphore, on the blocking pool and outside any database connection, and
//! sign-ins are limited per address and overall, so the answer should be "not much" (the issue's
//! bar: p99 within twice the idle p99).
//!
//!   cargo bench --bench sign_in_flood
//!
//! FLOOD_SECONDS (default 15) sets each phase's length; BENCH_POSTGRES_URL and
//! BENCH_POSTGRES_ONLY work as for the other benchmarks. Figures are in benches/BENCHMARKS.md.

mod common;
#[allow(dead_code)]
#[path = "../tests/api/server_process.rs"]
mod server_process;
#[allow(dead_code)]
#[path = "../tests/api/virtual_respondent.rs"]
mod virtual_respondent;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use server_process::{ServerProcess, create_open_wave, free_port, server_binary};
use virtual_respondent::{Patience, VirtualRespondent, form_encode, value_after};

const SLUG: &str = "flood-test";
/// Young people loading question pages throughout.
const RESPONDENTS: usize = 20;
/// Clients flooding the sign-in form, each from its own loopback address.
const FLOODERS: u8 = 16;

fn main() {
    let seconds = std::env::var("FLOOD_SECONDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(15);
    let phase = Duration::from_secs(seconds);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    println!("# Sign-in flood benchmark\n");
    println!("- server: {}", server_binary().display());
    println!(
        "- {RESPONDENTS} respondents loading question pages; {FLOODERS} clients from {FLOODERS} addresses posting made-up sign-ins; {seconds} s per phase\n"
    );
    let folder = tempfile::tempdir().expect("a temporary folder");
    if std::env::var("BENCH_POSTGRES_ONLY").is_err() {
        let url = format!("sqlite://{}", folder.path().join("flood.sqlite3").display());
        runtime.block_on(run("SQLite", &url, phase, folder.path()));
    }
    common::with_scratch_postgres(|url| {
        runtime.block_on(run("PostgreSQL", url, phase, folder.path()))
    });
}

async fn run(backend: &str, url: &str, phase: Duration, folder: &std::path::Path) {
    println!("## {backend}\n");
    create_open_wave(url, SLUG);
    let server = ServerProcess::start(url, free_port(), folder);
    let address = server.address();
    // Warm up: every respondent's first page, and one sign-in.
    let mut idle = question_pages(&address, phase).await;
    let stop = Arc::new(AtomicBool::new(false));
    let outcomes = Arc::new([
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    ]);
    let flooders: Vec<_> = (0..FLOODERS)
        .map(|n| {
            let address = address.clone();
            let stop = stop.clone();
            let outcomes = outcomes.clone();
            tokio::spawn(async move { flood(&address, n, &stop, &outcomes).await })
        })
        .collect();
    let mut flooded = question_pages(&address, phase).await;
    stop.store(true, Ordering::Relaxed);
    for flooder in flooders {
        flooder.await.expect("a flooder");
    }
    println!("| phase | pages/s | p50 ms | p99 ms | errors |");
    println!("|---|---:|---:|---:|---:|");
    for (name, latencies) in [("idle", &mut idle), ("during the flood", &mut flooded)] {
        println!(
            "| {name} | {:.0} | {:.1} | {:.1} | {} |",
            latencies.times.len() as f64 / phase.as_secs_f64(),
            millis(latencies.percentile(0.50)),
            millis(latencies.percentile(0.99)),
            latencies.errors
        );
    }
    let [checked, limited, other] = outcomes.as_ref();
    println!(
        "\nSign-ins sent during the flood: {} answered \"not right\" (a password checked), {} \
         answered 429 (limited, nothing checked), {} other. p99 during the flood is {:.2}x idle.\n",
        checked.load(Ordering::Relaxed),
        limited.load(Ordering::Relaxed),
        other.load(Ordering::Relaxed),
        millis(flooded.percentile(0.99)) / millis(idle.percentile(0.99)).max(0.001)
    );
    server.ask_to_stop();
    assert!(server.wait_for_exit(Duration::from_secs(40)).success());
}

#[derive(Default)]
struct Latencies {
    times: Vec<Duration>,
    errors: usize,
}

impl Latencies {
    fn percentile(&mut self, share: f64) -> Duration {
        self.times.sort();
        let index = ((self.times.len() as f64 * share).ceil() as usize).saturating_sub(1);
        self.times.get(index).copied().unwrap_or_default()
    }
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Each respondent starts the survey, then loads its first question again and again.
async fn question_pages(address: &str, length: Duration) -> Latencies {
    let end = Instant::now() + length;
    let tasks: Vec<_> = (0..RESPONDENTS)
        .map(|_| {
            let address = address.to_owned();
            tokio::spawn(async move {
                let mut latencies = Latencies::default();
                let mut respondent = VirtualRespondent::new(&address, SLUG);
                let Ok(path) = respondent.start(Patience::None).await else {
                    latencies.errors += 1;
                    return latencies;
                };
                while Instant::now() < end {
                    match respondent.load_page(&path).await {
                        Ok(time) => latencies.times.push(time),
                        Err(_) => latencies.errors += 1,
                    }
                }
                latencies
            })
        })
        .collect();
    let mut all = Latencies::default();
    for task in tasks {
        let done = task.await.expect("a respondent");
        all.times.extend(done.times);
        all.errors += done.errors;
    }
    all
}

/// One flooder: its own address (127.0.0.n), its own cookies, made-up addresses and passwords.
async fn flood(address: &str, n: u8, stop: &AtomicBool, outcomes: &[AtomicUsize; 3]) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + n)))
        .build()
        .expect("a client");
    let Ok(form) = client.get(format!("{address}/staff/sign-in")).send().await else {
        return;
    };
    let body = form.text().await.unwrap_or_default();
    let Some(token) = value_after(&body, "name=\"csrf_token\" value=\"") else {
        return;
    };
    let mut guess = 0u64;
    while !stop.load(Ordering::Relaxed) {
        guess += 1;
        let fields = format!(
            "csrf_token={}&email={}&password={}",
            form_encode(&token),
            form_encode(&format!("nobody{n}x{guess}@example.org")),
            form_encode(&format!("guess number {guess}"))
        );
        let sent = client
            .post(format!("{address}/staff/sign-in"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(fields)
            .send()
            .await;
        let slot = match sent.map(|response| response.status().as_u16()) {
            Ok(422) => 0,
            Ok(429) => 1,
            _ => 2,
        };
        outcomes[slot].fetch_add(1, Ordering::Relaxed);
    }
}
