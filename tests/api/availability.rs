//! Unknown, unopened and closed surveys, and pages that do not exist.

use youthvoice::domain::survey::SurveyStatus;

use crate::helpers::{spawn_app, start_survey};

#[tokio::test]
async fn an_unknown_survey_gets_a_friendly_404_page() {
    let app = spawn_app().await;
    let browser = app.browser();
    for path in [
        "/s/no-such-survey",
        "/s/no-such-survey/q/1",
        "/s/Bad%20Slug",
        "/nowhere",
        "/s/x/q/abc",
    ] {
        let page = browser.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert_eq!(page.h1(), "Page not found", "{path}");
        assert!(page.contains("Need to talk to someone now?"));
    }
}

#[tokio::test]
async fn a_closed_survey_says_so_and_takes_no_answers() {
    let app = spawn_app().await;
    app.create_survey("closed-wave", SurveyStatus::Closed);
    let browser = app.browser();
    let page = browser.get("/s/closed-wave").await;
    assert_eq!(page.status, 410);
    assert_eq!(page.h1(), "This survey has closed");

    let open = app.open_survey("closing-soon");
    start_survey(&browser, "closing-soon", "standard").await;
    youthvoice::db::surveys::set_status(&mut app.connection(), open.id, SurveyStatus::Closed)
        .unwrap();
    let answer = browser
        .post("/s/closing-soon/q/1", &[("answer", "agree")])
        .await;
    assert_eq!(answer.status, 410);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts WHERE answers <> '{}'"),
        0
    );
}

#[tokio::test]
async fn a_draft_survey_is_not_public_and_the_home_page_lists_only_open_ones() {
    let app = spawn_app().await;
    app.create_survey("not-yet", SurveyStatus::Draft);
    app.create_survey("long-gone", SurveyStatus::Closed);
    app.open_survey("answer-me");
    let browser = app.browser();
    assert_eq!(browser.get("/s/not-yet").await.status, 404);
    let home = browser.get("/").await;
    assert!(home.contains("/s/answer-me"));
    assert!(!home.contains("/s/not-yet") && !home.contains("/s/long-gone"));
}

#[tokio::test]
async fn a_question_number_outside_the_survey_is_not_found() {
    let app = spawn_app().await;
    let survey = app.open_survey("numbers");
    let browser = app.browser();
    start_survey(&browser, "numbers", "standard").await;
    for number in [0, survey.questions.len() + 1] {
        let page = browser.get(&format!("/s/numbers/q/{number}")).await;
        assert_eq!(page.status, 404, "question {number}");
    }
}

#[tokio::test]
async fn health_check_answers_when_the_database_does() {
    let app = spawn_app().await;
    let page = app.browser().get("/healthz").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body, "ok");
}

/// Servers keep assembled surveys in memory; a change made anywhere else (another server, the
/// command line, plain SQL) must still show on the very next page.
#[tokio::test]
async fn a_change_made_outside_this_server_shows_on_the_very_next_page() {
    let app = spawn_app().await;
    app.open_survey("changed");
    let browser = app.browser();
    let first = start_survey(&browser, "changed", "standard").await;
    assert!(!first.contains("Reworded elsewhere"));
    app.execute(
        "UPDATE question_wordings SET text = 'Reworded elsewhere' \
         WHERE register = 'standard' AND question_id = (SELECT id FROM questions \
         WHERE position = 1 AND survey_id = (SELECT id FROM surveys WHERE slug = 'changed'))",
    );
    assert!(
        browser
            .get("/s/changed/q/1")
            .await
            .contains("Reworded elsewhere")
    );
    app.execute(
        "UPDATE option_wordings SET label = 'Relabelled elsewhere' \
         WHERE register = 'standard' AND option_id = (SELECT id FROM answer_options \
         WHERE position = 1 AND question_id = (SELECT id FROM questions WHERE position = 1 \
          AND survey_id = (SELECT id FROM surveys WHERE slug = 'changed')))",
    );
    assert!(
        browser
            .get("/s/changed/q/1")
            .await
            .contains("Relabelled elsewhere")
    );
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'changed'");
    assert_eq!(browser.get("/s/changed/q/1").await.status, 410);
}

/// The wave's answer to a young person at `utc` (a fixed clock), with its dates set first.
async fn status_at(utc: (i32, u32, u32, u32, u32), opens: &str, closes: &str) -> u16 {
    use chrono::TimeZone;
    let (y, m, d, h, min) = utc;
    let at = chrono::Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, at);
    })
    .await;
    app.open_survey("dated");
    app.execute(&format!(
        "UPDATE surveys SET opens_on = '{opens}', closes_on = '{closes}' WHERE slug = 'dated'"
    ));
    app.browser().get("/s/dated").await.status
}

#[tokio::test]
async fn a_wave_opens_and_closes_on_london_days_across_both_clock_changes() {
    // Summer time: 22:30 UTC on 24 October is 23:30 in London, still the closing day...
    assert_eq!(
        status_at((2026, 10, 24, 22, 30), "2026-10-01", "2026-10-24").await,
        200
    );
    // ...and 23:30 UTC is 00:30 on the 25th in London: closed, though UTC is still on the 24th.
    assert_eq!(
        status_at((2026, 10, 24, 23, 30), "2026-10-01", "2026-10-24").await,
        410
    );
    // After the clocks go back, London and UTC agree again.
    assert_eq!(
        status_at((2026, 10, 25, 23, 30), "2026-10-01", "2026-10-25").await,
        200
    );
    // The clocks go forward on 29 March: 23:30 UTC that night is 00:30 on the 30th in London,
    // so a wave opening on the 30th is open, and an hour earlier it is not yet.
    assert_eq!(
        status_at((2026, 3, 29, 23, 30), "2026-03-30", "2026-04-30").await,
        200
    );
    assert_eq!(
        status_at((2026, 3, 29, 22, 30), "2026-03-30", "2026-04-30").await,
        404
    );
}
