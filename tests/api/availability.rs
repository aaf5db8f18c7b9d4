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
        "UPDATE questions SET text = 'Reworded elsewhere' WHERE position = 1 \
         AND survey_id = (SELECT id FROM surveys WHERE slug = 'changed')",
    );
    assert!(
        browser
            .get("/s/changed/q/1")
            .await
            .contains("Reworded elsewhere")
    );
    app.execute(
        "UPDATE answer_options SET label = 'Relabelled elsewhere' WHERE position = 1 AND question_id = \
         (SELECT id FROM questions WHERE position = 1 \
          AND survey_id = (SELECT id FROM surveys WHERE slug = 'changed'))",
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
