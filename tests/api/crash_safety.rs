//! The server as a separate process under load: killed with SIGKILL several times while young
//! people are answering, every response whose Send was acknowledged is stored exactly once and
//! whole; asked to stop with SIGTERM, it finishes the request it has begun. CI runs these against
//! the release build (`YOUTHVOICE_SERVER_BINARY`), on SQLite and on PostgreSQL.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use youthvoice::domain::built_in_templates::be_supported;

use crate::helpers::TestDatabase;
use crate::server_process::{ServerProcess, create_open_wave, free_port, health_status};
use crate::virtual_respondent::{Patience, VirtualRespondent};

const SLUG: &str = "crash-test";
const RESPONDENTS: usize = 24;
/// At least this many each; more while the kills go on.
const SURVEYS_EACH: usize = 3;
const KILLS: usize = 4;

/// A database with an open wave, made by the command line as an operator would.
fn database_with_open_wave() -> TestDatabase {
    let database = TestDatabase::create();
    create_open_wave(database.url(), SLUG);
    database
}

/// The words a respondent writes in every free-text box: unique to that response.
fn words_of(respondent: usize, survey: usize) -> String {
    format!("crash test respondent {respondent} survey {survey}")
}

/// Runs a query through a short-lived connection of its own (the server owns the database).
fn rows(database: &TestDatabase, sql: &str) -> Vec<(String, i64)> {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        label: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let pool = youthvoice::db::build_pool(database.url(), 1).expect("a database pool");
    let mut connection = pool.get().expect("a database connection");
    let found: Vec<Row> = diesel::RunQueryDsl::load(
        diesel::sql_query(sql),
        &mut *connection as &mut youthvoice::db::AnyConnection,
    )
    .expect("the query runs");
    found.into_iter().map(|row| (row.label, row.n)).collect()
}

fn count(database: &TestDatabase, sql: &str) -> i64 {
    rows(database, &format!("SELECT 'n' AS label, ({sql}) AS n"))[0].1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_response_survives_repeated_kill_9_exactly_once_and_whole() {
    let database = database_with_open_wave();
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = ServerProcess::start(database.url(), port, folder.path());
    let address = server.address();
    let deadline = Instant::now() + Duration::from_secs(240);

    // Respondents keep answering until the last kill, so every kill lands mid-load.
    let killing = Arc::new(AtomicBool::new(true));
    let respondents: Vec<_> = (0..RESPONDENTS)
        .map(|respondent| {
            let address = address.clone();
            let killing = killing.clone();
            tokio::spawn(async move {
                let mut acknowledged = Vec::new();
                let mut retries = 0;
                let mut survey = 0;
                while survey < SURVEYS_EACH || killing.load(Ordering::SeqCst) {
                    survey += 1;
                    let words = words_of(respondent, survey);
                    let journey = VirtualRespondent::new(&address, SLUG)
                        .complete_survey(&words, Patience::RetryUntil(deadline))
                        .await
                        .unwrap_or_else(|error| panic!("{words}: {error}"));
                    retries += journey.retries;
                    acknowledged.push(words);
                }
                (acknowledged, retries)
            })
        })
        .collect();

    for _ in 0..KILLS {
        tokio::time::sleep(Duration::from_millis(600)).await;
        server.kill_hard();
        tokio::time::sleep(Duration::from_millis(150)).await;
        server = ServerProcess::start(database.url(), port, folder.path());
    }
    killing.store(false, Ordering::SeqCst);
    let mut acknowledged = Vec::new();
    let mut retries = 0;
    for respondent in respondents {
        let (words, tried_again) = respondent.await.expect("a respondent finished");
        acknowledged.extend(words);
        retries += tried_again;
    }
    assert!(
        retries > 0,
        "no request ever failed: the kills missed the load, so nothing was tested"
    );
    server.ask_to_stop();
    assert!(
        server.wait_for_exit(Duration::from_secs(40)).success(),
        "a server asked to stop exits cleanly"
    );

    let questions = be_supported(2030).questions;
    let free_text = questions.iter().filter(|q| q.options.is_empty()).count() as i64;
    let stored: BTreeMap<String, i64> = rows(
        &database,
        "SELECT text_value AS label, COUNT(DISTINCT response_id) AS n FROM answers \
         WHERE text_value LIKE 'crash test respondent %' GROUP BY text_value",
    )
    .into_iter()
    .collect();
    for words in &acknowledged {
        assert_eq!(stored.get(words), Some(&1), "{words} is stored once");
    }
    assert!(acknowledged.len() >= RESPONDENTS * SURVEYS_EACH);
    assert_eq!(
        count(&database, "SELECT COUNT(*) FROM responses"),
        acknowledged.len() as i64,
        "no response beyond those acknowledged"
    );
    // Whole: every response has all its answers, each free-text answer joined the moderation
    // queue, and no answer or quote belongs to no response.
    assert_eq!(
        count(
            &database,
            &format!(
                "SELECT COUNT(*) FROM responses r WHERE \
                 (SELECT COUNT(*) FROM answers a WHERE a.response_id = r.id) <> {}",
                questions.len()
            )
        ),
        0,
        "a response is missing answers"
    );
    assert_eq!(
        count(&database, "SELECT COUNT(*) FROM quotes"),
        acknowledged.len() as i64 * free_text
    );
    assert_eq!(
        count(
            &database,
            "SELECT COUNT(*) FROM answers WHERE response_id NOT IN (SELECT id FROM responses)"
        ),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_asked_to_stop_finishes_the_send_it_has_begun_then_exits() {
    let database = database_with_open_wave();
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let server = ServerProcess::start(database.url(), port, folder.path());
    let mut respondent = VirtualRespondent::new(&server.address(), SLUG);
    respondent
        .answer_every_question("pressed Send as the server stopped", Patience::None)
        .await
        .expect("the survey is answered");

    // Send, written by hand so it can be left half-sent while the server is told to stop.
    let (cookies, body) = respondent.send_request_parts();
    let mut connection = TcpStream::connect(("127.0.0.1", port)).unwrap();
    connection
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        connection,
        "POST {} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookies}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        respondent.submit_path(),
        body.len()
    )
    .unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    connection.write_all(first.as_bytes()).unwrap();
    connection.flush().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    server.ask_to_stop();
    let stopping_since = Instant::now();
    while health_status(port).is_some() {
        assert!(
            stopping_since.elapsed() < Duration::from_secs(5),
            "a stopping server takes no new requests"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    connection.write_all(rest.as_bytes()).unwrap();
    let mut reply = String::new();
    connection.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 303"), "{reply}");
    assert!(
        reply
            .to_ascii_lowercase()
            .contains(&format!("location: /s/{SLUG}/done")),
        "{reply}"
    );
    assert!(
        server.wait_for_exit(Duration::from_secs(40)).success(),
        "the server exits cleanly once the request is done"
    );
    assert_eq!(count(&database, "SELECT COUNT(*) FROM responses"), 1);
    assert_eq!(
        count(
            &database,
            "SELECT COUNT(*) FROM answers WHERE text_value = 'pressed Send as the server stopped'"
        ),
        be_supported(2030)
            .questions
            .iter()
            .filter(|q| q.options.is_empty())
            .count() as i64
    );
}
