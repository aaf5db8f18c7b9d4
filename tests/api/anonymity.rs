//! No response can be traced to a person: nothing about the device, address or time of day is kept.

use crate::helpers::{
    TEST_FORWARDED_FOR, TEST_USER_AGENT, answer_all_from, spawn_app, start_survey,
};

/// Every text a table holds, one string per row, on either backend.
fn all_text(app: &crate::helpers::TestApp, table: &str, columns: &[&str]) -> Vec<String> {
    let joined = columns
        .iter()
        .map(|column| format!("COALESCE(CAST({column} AS TEXT), '')"))
        .collect::<Vec<_>>()
        .join(" || '|' || ");
    app.texts(&format!("SELECT {joined} AS value FROM {table}"))
        .into_iter()
        .flatten()
        .collect()
}

#[tokio::test]
async fn a_stored_response_holds_no_device_address_or_time_of_day() {
    let app = spawn_app().await;
    let survey = app.open_survey("anonymous");
    let browser = app.browser();
    start_survey(&browser, "anonymous", "standard").await;
    answer_all_from(&browser, &survey, 1).await;
    browser.get("/s/anonymous/check").await;
    browser.post("/s/anonymous/submit", &[]).await;

    let responses = all_text(
        &app,
        "responses",
        &["id", "survey_id", "format", "submitted_on", "channel"],
    );
    let answers = all_text(
        &app,
        "answers",
        &["response_id", "question_id", "option_value", "text_value"],
    );
    assert_eq!(responses.len(), 1);
    for row in responses.iter().chain(&answers) {
        assert!(!row.contains(TEST_USER_AGENT), "user agent stored: {row}");
        assert!(
            !row.contains(TEST_FORWARDED_FOR) && !row.contains("127.0.0.1"),
            "address stored: {row}"
        );
    }
    let submitted_on = app.texts("SELECT CAST(submitted_on AS TEXT) AS value FROM responses");
    let day = submitted_on[0].clone().unwrap();
    assert_eq!(day.len(), 10, "only the day is kept, not the time: {day}");
    assert_eq!(day, chrono::Utc::now().date_naive().to_string());
}

#[tokio::test]
async fn the_responses_table_has_no_column_that_could_identify_anyone() {
    let app = spawn_app().await;
    let columns: Vec<String> = if app.database.is_postgres() {
        app.texts(
            "SELECT column_name::text AS value FROM information_schema.columns \
             WHERE table_name = 'responses' ORDER BY column_name",
        )
    } else {
        app.texts("SELECT name AS value FROM pragma_table_info('responses') ORDER BY name")
    }
    .into_iter()
    .flatten()
    .collect();
    assert_eq!(
        columns,
        ["channel", "format", "id", "submitted_on", "survey_id"]
    );
}

#[tokio::test]
async fn ids_are_random_version_4_uuids() {
    let app = spawn_app().await;
    let survey = app.open_survey("uuid-check");
    for _ in 0..2 {
        let browser = app.browser();
        start_survey(&browser, "uuid-check", "standard").await;
        answer_all_from(&browser, &survey, 1).await;
        browser.get("/s/uuid-check/check").await;
        browser.post("/s/uuid-check/submit", &[]).await;
    }
    let ids: Vec<String> = app
        .texts("SELECT id AS value FROM responses")
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(ids.len(), 2);
    for id in &ids {
        let parsed = uuid::Uuid::parse_str(id).unwrap();
        assert_eq!(parsed.get_version_num(), 4);
    }
    assert_ne!(ids[0], ids[1]);
}
