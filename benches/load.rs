//! The load benchmark: the release server as its own process, on SQLite and then on PostgreSQL,
//! played by many virtual young people at once over HTTP. It records, for each database:
//!
//! - time from start to ready (median of 5 starts) and resident memory when idle;
//! - the gzip weight of every respondent page with its stylesheet and script (budget 14 KB);
//! - the health route's throughput and latency (the machine's yardstick);
//! - a question page's throughput and latency under the same concurrency;
//! - whole surveys (start, every question GET and POST with CSRF, check answers, Send) as fast
//!   as the respondents can go: completed per second, page and form latency p50/p95/p99, errors;
//! - the same respondents all answering at once at a second a page (a quick person's pace):
//!   latency and errors, and whether every acknowledged response was stored; memory at the peak.
//!
//!   cargo bench --bench load
//!
//! LOAD_RESPONDENTS (default 200) sets the concurrency, LOAD_SECONDS (default 20) each run's
//! length; BENCH_POSTGRES_URL and BENCH_POSTGRES_ONLY work as for the other benchmarks. Figures
//! are recorded in benches/BENCHMARKS.md.

mod common;
// The crash-safety tests' server process and virtual respondent, not all of which is used here.
#[allow(dead_code)]
#[path = "../tests/api/server_process.rs"]
mod server_process;
#[allow(dead_code)]
#[path = "../tests/api/virtual_respondent.rs"]
mod virtual_respondent;

use std::time::{Duration, Instant};

use server_process::{ServerProcess, create_open_wave, free_port, server_binary};
use virtual_respondent::{Journey, JourneyError, Patience, Step, VirtualRespondent, gzip_weight};

const SLUG: &str = "load-test";
const BUDGET_BYTES: usize = 14 * 1024;
const STARTS: usize = 5;

struct Load {
    respondents: usize,
    length: Duration,
}

fn main() {
    let load = Load {
        respondents: number_from_env("LOAD_RESPONDENTS", 200),
        length: Duration::from_secs(number_from_env("LOAD_SECONDS", 20) as u64),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    println!("# Load benchmark\n");
    println!("- machine: {}", machine());
    println!("- server: {}", server_binary().display());
    println!(
        "- {} virtual respondents at once, {} s per run\n",
        load.respondents,
        load.length.as_secs()
    );
    let folder = tempfile::tempdir().expect("a temporary folder");
    if std::env::var("BENCH_POSTGRES_ONLY").is_err() {
        let url = format!("sqlite://{}", folder.path().join("load.sqlite3").display());
        runtime.block_on(run("SQLite", &url, &load, folder.path()));
    }
    common::with_scratch_postgres(|url| {
        runtime.block_on(run("PostgreSQL", url, &load, folder.path()))
    });
}

fn number_from_env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

async fn run(backend: &str, url: &str, load: &Load, folder: &std::path::Path) {
    println!("## {backend}\n");
    create_open_wave(url, SLUG);
    let port = free_port();

    let mut starts = Vec::new();
    for _ in 0..STARTS {
        let server = ServerProcess::start(url, port, folder);
        starts.push(server.started_in);
        server.ask_to_stop();
        assert!(server.wait_for_exit(Duration::from_secs(40)).success());
    }
    starts.sort();
    let server = ServerProcess::start(url, port, folder);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (idle_kib, _) = server.memory_kib();
    println!(
        "Start to ready: {:.0} ms (median of {STARTS}); idle memory: {:.1} MiB\n",
        millis(starts[STARTS / 2]),
        idle_kib as f64 / 1024.0
    );

    let weighing_surveys = page_weights(&server.address()).await;

    println!("| run | requests/s | p50 ms | p95 ms | p99 ms | errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    let health = repeat_one_page(&server.address(), None, load).await;
    print_row("health route", &health);
    let question = repeat_one_page(&server.address(), Some(SLUG), load).await;
    print_row("question page (GET)", &question);
    let journeys = whole_surveys(&server.address(), load).await;
    print_row("survey pages (GET)", &journeys.pages);
    print_row("answers (POST)", &journeys.forms);
    let at_pace = at_human_pace(&server.address(), load).await;
    print_row("at 1 s a page: pages (GET)", &at_pace.pages);
    print_row("at 1 s a page: answers (POST)", &at_pace.forms);
    let (rss_kib, peak_kib) = server.memory_kib();
    println!(
        "\nWhole surveys: {:.1} completed per second, {} completed, {} errors. \
         Question page throughput is {:.2}x the health route's ({:.0} vs {:.0} requests/s).\n\
         Memory after the load: {:.1} MiB resident, {:.1} MiB at the peak.\n",
        journeys.completed as f64 / load.length.as_secs_f64(),
        journeys.completed,
        journeys.pages.errors + journeys.forms.errors,
        health.per_second() / question.per_second(),
        question.per_second(),
        health.per_second(),
        rss_kib as f64 / 1024.0,
        peak_kib as f64 / 1024.0
    );
    let stored = stored_responses(url);
    println!(
        "At 1 s a page: {} of {} respondents finished, {} errors; {stored} responses stored \
         in all, for {} acknowledged.\n",
        at_pace.completed,
        load.respondents,
        at_pace.pages.errors + at_pace.forms.errors,
        journeys.completed + at_pace.completed + weighing_surveys
    );
    server.ask_to_stop();
    assert!(server.wait_for_exit(Duration::from_secs(40)).success());
}

/// Every page of the journey in both formats, and the public pages a young person may open;
/// returns how many surveys it sent on the way.
async fn page_weights(address: &str) -> usize {
    let client = reqwest::Client::new();
    let mut pages = Vec::new();
    let formats = ["standard", "easy_read"];
    for format in formats {
        let journey = VirtualRespondent::new(address, SLUG)
            .in_format(format)
            .weighing_pages()
            .complete_survey("Somewhere quiet to talk", Patience::None)
            .await
            .unwrap_or_else(|error| panic!("{format}: {error}"));
        pages.extend(journey.pages.into_iter().map(|page| {
            (
                format!("{format} {}", page.path),
                page.gzip_bytes,
                page.assets,
            )
        }));
    }
    for path in [
        "/",
        "/help",
        "/accessibility",
        "/display",
        "/findings",
        "/s/load-test/resume",
    ] {
        let (bytes, assets) = gzip_weight(&client, &format!("{address}{path}"))
            .await
            .expect("a public page");
        pages.push((path.to_owned(), bytes, assets));
    }
    let mut asset_bytes = std::collections::BTreeMap::new();
    for (_, _, assets) in &pages {
        for asset in assets {
            if !asset_bytes.contains_key(asset) {
                let (bytes, _) = gzip_weight(&client, &format!("{address}{asset}"))
                    .await
                    .expect("an asset");
                asset_bytes.insert(asset.clone(), bytes);
            }
        }
    }
    println!("| page (gzip) | HTML | with CSS and JS | budget |");
    println!("|---|---:|---:|---|");
    let mut heaviest = 0;
    for (path, bytes, assets) in &pages {
        let total = bytes + assets.iter().map(|asset| asset_bytes[asset]).sum::<usize>();
        heaviest = heaviest.max(total);
        println!(
            "| {path} | {bytes} B | {total} B | {} |",
            if total <= BUDGET_BYTES {
                "within"
            } else {
                "OVER"
            }
        );
    }
    for (asset, bytes) in &asset_bytes {
        println!("| (asset) {asset} | {bytes} B | | |");
    }
    println!("\nHeaviest page with its assets: {heaviest} B of {BUDGET_BYTES} B.\n");
    formats.len()
}

#[derive(Default)]
struct Latencies {
    times: Vec<Duration>,
    errors: usize,
    length: Duration,
}

impl Latencies {
    fn merge(&mut self, other: Latencies) {
        self.times.extend(other.times);
        self.errors += other.errors;
    }

    fn per_second(&self) -> f64 {
        self.times.len() as f64 / self.length.as_secs_f64()
    }

    fn percentile(&mut self, share: f64) -> Duration {
        self.times.sort();
        let index = ((self.times.len() as f64 * share).ceil() as usize).saturating_sub(1);
        self.times.get(index).copied().unwrap_or_default()
    }
}

fn print_row(run: &str, latencies: &Latencies) {
    let mut latencies = Latencies {
        times: latencies.times.clone(),
        errors: latencies.errors,
        length: latencies.length,
    };
    println!(
        "| {run} | {:.0} | {:.1} | {:.1} | {:.1} | {} |",
        latencies.per_second(),
        millis(latencies.percentile(0.50)),
        millis(latencies.percentile(0.95)),
        millis(latencies.percentile(0.99)),
        latencies.errors
    );
}

/// Each respondent loads one page again and again: /healthz, or (with a wave) its first
/// question after starting the survey.
async fn repeat_one_page(address: &str, wave: Option<&str>, load: &Load) -> Latencies {
    let began = Instant::now();
    let end = began + load.length;
    let tasks: Vec<_> = (0..load.respondents)
        .map(|_| {
            let address = address.to_owned();
            let wave = wave.map(str::to_owned);
            tokio::spawn(async move {
                let mut latencies = Latencies::default();
                let mut respondent =
                    VirtualRespondent::new(&address, wave.as_deref().unwrap_or(SLUG));
                let path = match &wave {
                    Some(_) => match respondent.start(Patience::None).await {
                        Ok(first_question) => first_question,
                        Err(_) => {
                            latencies.errors += 1;
                            return latencies;
                        }
                    },
                    None => "/healthz".to_owned(),
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
        all.merge(task.await.expect("a respondent task"));
    }
    all.length = began.elapsed();
    all
}

#[derive(Default)]
struct SurveyLoad {
    pages: Latencies,
    forms: Latencies,
    completed: usize,
}

impl SurveyLoad {
    fn completed(&mut self, journey: Journey) {
        self.completed += 1;
        for (step, time) in journey.timings {
            match step {
                Step::Page => self.pages.times.push(time),
                Step::Form => self.forms.times.push(time),
            }
        }
    }

    fn failed(&mut self, error: JourneyError) {
        eprintln!("{error}");
        self.forms.errors += 1;
    }

    fn merge(&mut self, other: SurveyLoad) {
        self.pages.merge(other.pages);
        self.forms.merge(other.forms);
        self.completed += other.completed;
    }

    fn lasted(mut self, length: Duration) -> SurveyLoad {
        self.pages.length = length;
        self.forms.length = length;
        self
    }
}

/// Each respondent answers the whole survey, again and again, until the run ends.
async fn whole_surveys(address: &str, load: &Load) -> SurveyLoad {
    let began = Instant::now();
    let end = began + load.length;
    let tasks: Vec<_> = (0..load.respondents)
        .map(|respondent| {
            let address = address.to_owned();
            tokio::spawn(async move {
                let mut outcome = SurveyLoad::default();
                let mut round = 0;
                while Instant::now() < end {
                    round += 1;
                    let words = format!("load test respondent {respondent} round {round}");
                    match VirtualRespondent::new(&address, SLUG)
                        .complete_survey(&words, Patience::None)
                        .await
                    {
                        Ok(journey) => outcome.completed(journey),
                        Err(error) => outcome.failed(error),
                    }
                }
                outcome
            })
        })
        .collect();
    let mut result = SurveyLoad::default();
    for task in tasks {
        result.merge(task.await.expect("a respondent task"));
    }
    result.lasted(began.elapsed())
}

/// Every respondent answers the whole survey once, all at the same time, spending a second on
/// each page as a (very quick) person would; their starts are spread over that first second.
async fn at_human_pace(address: &str, load: &Load) -> SurveyLoad {
    let thinking = Duration::from_secs(1);
    let began = Instant::now();
    let tasks: Vec<_> = (0..load.respondents)
        .map(|respondent| {
            let address = address.to_owned();
            let stagger = thinking * respondent as u32 / load.respondents as u32;
            tokio::spawn(async move {
                tokio::time::sleep(stagger).await;
                let words = format!("paced respondent {respondent}");
                VirtualRespondent::new(&address, SLUG)
                    .thinking_for(thinking)
                    .complete_survey(&words, Patience::None)
                    .await
            })
        })
        .collect();
    let mut result = SurveyLoad::default();
    for task in tasks {
        match task.await.expect("a respondent task") {
            Ok(journey) => result.completed(journey),
            Err(error) => result.failed(error),
        }
    }
    result.lasted(began.elapsed())
}

/// How many responses the database holds now.
fn stored_responses(url: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let pool = youthvoice::db::build_pool(url, 1).expect("a database pool");
    let mut connection = pool.get().expect("a connection");
    let counted: Vec<Count> = diesel::RunQueryDsl::load(
        diesel::sql_query("SELECT COUNT(*) AS n FROM responses"),
        &mut *connection as &mut youthvoice::db::AnyConnection,
    )
    .expect("the count");
    counted[0].n
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The processor, cores and memory, from /proc.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| "unknown processor".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory_gib = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(0.0, |kib| kib / 1024.0 / 1024.0);
    format!("{model}, {cores} cores, {memory_gib:.0} GiB")
}
