//! The retention rules as a council runs them: a dry run that changes nothing and says exactly
//! what would go, then the words nobody quoted and old audit entries deleted, published quotes and
//! answers waiting for the safeguarding lead kept, and (when chosen) a wave kept as totals only.

use std::process::{Command, Output};

use crate::helpers::{TestApp, spawn_app};
use crate::import_export::succeeds;
use crate::moderation::wave_holding;

fn retention(app: &TestApp, args: &[&str], keep_responses: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .arg("retention")
        .arg("apply")
        .args(args)
        .env("DATABASE_URL", app.database.url())
        .env("RUST_LOG", "warn")
        .env("SECRET_KEY", "5e".repeat(32))
        .env("KEEP_RAW_RESPONSES_DAYS", keep_responses)
        .output()
        .expect("the binary runs")
}

fn words_left(app: &TestApp) -> Vec<Option<String>> {
    app.texts(
        "SELECT text_value AS value FROM answers WHERE text_value IS NOT NULL ORDER BY text_value",
    )
}

#[tokio::test]
async fn words_nobody_quoted_and_old_audit_entries_go_and_what_must_stay_stays() {
    let app = spawn_app().await;
    wave_holding(
        &app,
        "old-wave",
        "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
         1,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n\
         2,2023-03-02,standard,I do not feel safe at home,yes,age_14_15\n\
         3,2023-03-03,standard,My teacher Mrs Patel at Cherwell School,no,age_14_15\n",
    );
    app.execute(
        "UPDATE surveys SET status = 'closed', closes_on = '2023-04-14' WHERE slug = 'old-wave'",
    );
    app.execute(
        "UPDATE quotes SET status = 'published', theme = 'Places', \
         published_text = 'More youth clubs in the evenings', decided_at = '2023-05-01 10:00:00' \
         WHERE response_id IN (SELECT id FROM responses WHERE id IN \
         (SELECT response_id FROM answers WHERE text_value = 'More youth clubs in the evenings'))",
    );
    app.execute(
        "INSERT INTO safeguarding_flags (quote_id, flagged_at) SELECT id, '2023-05-01 10:00:00' \
         FROM quotes WHERE response_id IN \
         (SELECT response_id FROM answers WHERE text_value = 'I do not feel safe at home')",
    );
    app.execute(
        "INSERT INTO audit_log (id, occurred_at, action, detail) \
         VALUES ('old-entry', '2020-01-01 00:00:00', 'signed_in', '')",
    );
    let audit_before = app.count("SELECT COUNT(*) AS n FROM audit_log");
    assert_eq!(words_left(&app).len(), 3);

    let dry = succeeds(&retention(&app, &["--dry-run"], "forever"));
    assert!(
        dry.contains("Would delete: 1 free-text answers' words deleted (1 taken out of the moderation queue), 1 audit entries deleted"),
        "{dry}"
    );
    assert_eq!(words_left(&app).len(), 3, "a dry run deletes nothing");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log"),
        audit_before
    );

    let applied = succeeds(&retention(&app, &[], "forever"));
    assert!(
        applied.contains("Deleted: 1 free-text answers' words"),
        "{applied}"
    );
    assert_eq!(
        words_left(&app),
        [
            Some("I do not feel safe at home".to_owned()),
            Some("More youth clubs in the evenings".to_owned()),
        ],
        "the published quote and the answer waiting for the lead keep their words"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM quotes"), 2);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 3);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE id = 'old-entry'"),
        0
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'retention_applied' \
             AND detail LIKE '%(command line)'"
        ),
        1
    );

    // Responses kept as totals only: not while a flag waits for the lead.
    succeeds(&retention(&app, &[], "30"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 3);
    app.execute("UPDATE safeguarding_flags SET handled_at = '2023-05-02 09:00:00'");
    let reduced = succeeds(&retention(&app, &[], "30"));
    assert!(
        reduced.contains("old-wave: 3 responses kept as totals only"),
        "{reduced}"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM answers"), 0);
    assert_eq!(
        app.count(
            "SELECT t.count AS n FROM imported_totals t JOIN questions q ON q.id = t.question_id \
             WHERE q.question_key = 'age_band' AND t.option_value = 'age_14_15'"
        ),
        3,
        "the totals say what the responses said"
    );
    assert_eq!(
        app.count(
            "SELECT t.count AS n FROM imported_totals t JOIN questions q ON q.id = t.question_id \
             WHERE q.question_key = 'age_band' AND t.option_value = ''"
        ),
        3
    );
    let again = succeeds(&retention(&app, &[], "30"));
    assert!(
        again.contains("Deleted: 0 free-text"),
        "nothing more to do: {again}"
    );
}

#[tokio::test]
async fn an_open_wave_keeps_everything_whatever_the_settings() {
    let app = spawn_app().await;
    wave_holding(
        &app,
        "open-wave",
        "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
         1,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n",
    );
    app.execute("UPDATE surveys SET status = 'open', closes_on = NULL WHERE slug = 'open-wave'");
    succeeds(&retention(&app, &[], "1"));
    assert_eq!(words_left(&app).len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 1);
}
