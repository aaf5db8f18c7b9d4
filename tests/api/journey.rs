//! Completing the Be Supported survey as a young person would.

use crate::helpers::{answer_all_from, spawn_app, start_survey};

#[tokio::test]
async fn a_young_person_completes_the_survey_and_one_response_is_stored() {
    let app = spawn_app().await;
    let survey = app.open_survey("be-supported-test");
    let browser = app.browser();

    let first = start_survey(&browser, "be-supported-test", "standard").await;
    assert_eq!(first.h1(), "I know who I can speak to when I need support.");

    let last = answer_all_from(&browser, &survey, 1).await;
    assert_eq!(last.location.as_deref(), Some("/s/be-supported-test/check"));

    let check = browser.get("/s/be-supported-test/check").await;
    assert_eq!(check.status, 200);
    assert_eq!(check.h1(), "Check your answers before you send them");
    assert!(check.contains("Strongly agree"));
    assert!(check.contains("Free text for what_would_help"));
    assert_eq!(
        check.body.matches(">Change<").count(),
        survey.questions.len()
    );

    let sent = browser.post("/s/be-supported-test/submit", &[]).await;
    assert_eq!(sent.status, 303);
    let done = browser.follow(sent).await;
    assert_eq!(done.h1(), "Thank you");
    assert!(done.contains("Childline") && done.contains("0800 1111"));

    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts"),
        0,
        "the draft is gone once sent"
    );
    // One row per closed question (first option each) plus one per free-text question.
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM answers"),
        survey.questions.len() as i64
    );
    let stored = app.texts(
        "SELECT a.option_value AS value FROM answers a JOIN questions q ON q.id = a.question_id \
         WHERE q.question_key = 'know_who_to_speak_to'",
    );
    assert_eq!(stored, vec![Some("strongly_agree".to_owned())]);

    // After sending, the journey cannot be resumed from this browser.
    let again = browser.get("/s/be-supported-test/q/1").await;
    assert_eq!(again.location.as_deref(), Some("/s/be-supported-test"));
}

#[tokio::test]
async fn question_pages_show_progress_heading_back_link_and_the_skip_choice() {
    let app = spawn_app().await;
    let survey = app.open_survey("progress");
    let browser = app.browser();
    start_survey(&browser, "progress", "standard").await;
    let total = survey.questions.len();

    let page = browser.get("/s/progress/q/3").await;
    assert!(page.contains(&format!("Question 3 of {total}")));
    assert_eq!(page.h1(), survey.questions[2].text());
    assert!(
        page.body.contains("<legend"),
        "radios are grouped in a fieldset with a legend"
    );
    assert_eq!(page.link_href("Back").as_deref(), Some("/s/progress/q/2"));
    assert!(page.contains("I do not want to say"));
    assert!(page.contains("Save and come back later"));

    let first = browser.get("/s/progress/q/1").await;
    assert_eq!(first.link_href("Back").as_deref(), Some("/s/progress"));

    let free_text = browser.get("/s/progress/q/11").await;
    assert!(free_text.body.contains("<textarea"));
    assert!(
        free_text.body.contains("name=\"skip\""),
        "free text has its own skip button"
    );
}

#[tokio::test]
async fn every_question_can_be_skipped_and_skips_store_nothing() {
    let app = spawn_app().await;
    let survey = app.open_survey("skipping");
    let browser = app.browser();
    start_survey(&browser, "skipping", "standard").await;
    for (index, question) in survey.questions.iter().enumerate() {
        let path = format!("/s/skipping/q/{}", index + 1);
        browser.get(&path).await;
        let fields: &[(&str, &str)] = if question.options.is_empty() {
            &[("skip", "yes")]
        } else {
            &[("answer", "_skip")]
        };
        let page = browser.post(&path, fields).await;
        assert_eq!(page.status, 303, "{} skipped", question.key);
    }
    let check = browser.get("/s/skipping/check").await;
    assert_eq!(
        check.body.matches("I do not want to say").count(),
        survey.questions.len()
    );
    browser.post("/s/skipping/submit", &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM answers"), 0);
}

#[tokio::test]
async fn a_missing_answer_shows_the_error_first_and_keeps_what_was_chosen() {
    let app = spawn_app().await;
    app.open_survey("errors");
    let browser = app.browser();
    start_survey(&browser, "errors", "standard").await;

    browser.get("/s/errors/q/1").await;
    let empty = browser.post("/s/errors/q/1", &[]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.title().starts_with("Error: "));
    let summary = empty
        .body
        .find("There is a problem")
        .expect("error summary");
    assert!(
        summary < empty.body.find("<form").unwrap(),
        "the summary comes before the form"
    );
    assert!(
        empty.contains("href=\"#answer\""),
        "the summary links to the first option"
    );

    // Question 4 is multiple choice: an option and "I do not want to say" together must be fixed.
    browser.get("/s/errors/q/4").await;
    let both = browser
        .post(
            "/s/errors/q/4",
            &[
                ("answer", "friends"),
                ("answer", "_skip"),
                ("other_text", "my coach"),
            ],
        )
        .await;
    assert_eq!(both.status, 422);
    assert!(both.contains("not both"));
    assert!(both.is_checked("friends") && both.is_checked("_skip"));
    assert!(both.contains("value=\"my coach\""), "typed text is kept");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts WHERE answers <> '{}'"),
        0,
        "nothing saved"
    );
}

#[tokio::test]
async fn nobody_stands_alone_after_or_and_a_mix_with_my_family_is_refused() {
    let app = spawn_app().await;
    let survey = app.open_survey("alone");
    let browser = app.browser();
    start_survey(&browser, "alone", "easy_read").await;
    let total = survey.questions.len();

    // Question 4, "Who do you go to for help?": "Nobody" comes after "or", with "I do not want to say".
    let page = browser.get("/s/alone/q/4").await;
    let divider = page
        .body
        .find("radios__divider")
        .expect("an \u{2018}or\u{2019} divider");
    let family = page.body.find("value=\"family\"").unwrap();
    let nobody = page.body.find("value=\"nobody\"").unwrap();
    let other = page.body.find("value=\"other\"").unwrap();
    assert!(family < divider && other < divider && divider < nobody);
    // Progress is heard with the question: in the title and inside the legend.
    assert!(
        page.title()
            .starts_with(&format!("Question 4 of {total}: "))
    );
    let legend =
        &page.body[page.body.find("<legend").unwrap()..page.body.find("</legend>").unwrap()];
    assert!(
        legend.contains(&format!("Question 4 of {total}")),
        "{legend}"
    );

    let mixed = browser
        .post(
            "/s/alone/q/4",
            &[("answer", "family"), ("answer", "nobody")],
        )
        .await;
    assert_eq!(mixed.status, 422);
    assert!(
        mixed.contains(
            "Choose \u{2018}Nobody\u{2019} on its own. Or choose the other answers without it."
        ),
        "{}",
        mixed.body
    );
    assert!(mixed.is_checked("family") && mixed.is_checked("nobody"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts WHERE answers <> '{}'"),
        0,
        "nothing saved"
    );
    let alone = browser.post("/s/alone/q/4", &[("answer", "nobody")]).await;
    assert_eq!(alone.status, 303);
}

#[tokio::test]
async fn free_text_over_2000_characters_is_refused_and_kept() {
    let app = spawn_app().await;
    app.open_survey("long-text");
    let browser = app.browser();
    start_survey(&browser, "long-text", "standard").await;
    browser.get("/s/long-text/q/11").await;
    let long = "a".repeat(2001);
    let page = browser
        .post("/s/long-text/q/11", &[("text", long.as_str())])
        .await;
    assert_eq!(page.status, 422);
    assert!(page.contains("2,000 characters or fewer"));
    assert!(
        page.contains(&long),
        "the text is kept so it can be shortened"
    );
    let fits = "é".repeat(2000);
    let page = browser
        .post("/s/long-text/q/11", &[("text", fits.as_str())])
        .await;
    assert_eq!(page.status, 303);
}

#[tokio::test]
async fn change_links_return_to_check_answers() {
    let app = spawn_app().await;
    let survey = app.open_survey("changes");
    let browser = app.browser();
    start_survey(&browser, "changes", "standard").await;
    answer_all_from(&browser, &survey, 1).await;
    let check = browser.get("/s/changes/check").await;
    let change = check.link_href("Change").expect("a change link");
    assert_eq!(change, "/s/changes/q/1?return=check");

    let page = browser.get(&change).await;
    assert!(
        page.is_checked("strongly_agree"),
        "the saved answer is shown"
    );
    assert_eq!(page.link_href("Back").as_deref(), Some("/s/changes/check"));
    let changed = browser
        .post(
            "/s/changes/q/1",
            &[("answer", "disagree"), ("return", "check")],
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/s/changes/check"));
    let check = browser.get("/s/changes/check").await;
    assert!(check.contains("<dd class=\"summary-list__value\">Disagree"));
}

#[tokio::test]
async fn check_answers_and_submit_send_unfinished_journeys_back_to_the_first_gap() {
    let app = spawn_app().await;
    let survey = app.open_survey("gaps");
    let browser = app.browser();
    start_survey(&browser, "gaps", "standard").await;
    answer_all_from(&browser, &survey, 3).await;
    let check = browser.get("/s/gaps/check").await;
    assert_eq!(check.location.as_deref(), Some("/s/gaps/q/1"));
    let submit = browser.post("/s/gaps/submit", &[]).await;
    assert_eq!(submit.location.as_deref(), Some("/s/gaps/q/1"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 0);
}

#[tokio::test]
async fn pressing_send_twice_stores_one_response() {
    let app = spawn_app().await;
    let survey = app.open_survey("twice");
    let browser = app.browser();
    start_survey(&browser, "twice", "standard").await;
    answer_all_from(&browser, &survey, 1).await;
    browser.get("/s/twice/check").await;
    let (first, second) = tokio::join!(
        browser.post("/s/twice/submit", &[]),
        browser.post("/s/twice/submit", &[]),
    );
    assert_eq!(first.status, 303);
    assert_eq!(second.status, 303);
    assert_eq!(first.location.as_deref(), Some("/s/twice/done"));
    assert_eq!(second.location.as_deref(), Some("/s/twice/done"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 1);
}

#[tokio::test]
async fn the_format_and_channel_tag_are_recorded_with_the_response() {
    let app = spawn_app().await;
    let survey = app.open_survey("tagged");
    let browser = app.browser();
    let start = browser.get("/s/tagged?c=cherwell-school").await;
    assert!(start.contains("name=\"channel\" value=\"cherwell-school\""));
    let started = browser
        .post(
            "/s/tagged/start",
            &[("format", "easy_read"), ("channel", "cherwell-school")],
        )
        .await;
    assert_eq!(started.status, 303);
    let first = browser.get("/s/tagged/q/1").await;
    assert_eq!(
        first.h1(),
        "I know who to talk to when I need help.",
        "Easy Read wording"
    );
    answer_all_from(&browser, &survey, 1).await;
    browser.get("/s/tagged/check").await;
    browser.post("/s/tagged/submit", &[]).await;
    let stored = app.texts("SELECT format || '/' || channel AS value FROM responses");
    assert_eq!(stored, vec![Some("easy_read/cherwell-school".to_owned())]);
}

#[tokio::test]
async fn the_help_page_and_every_survey_page_point_to_childline() {
    let app = spawn_app_with_contacts().await;
    app.open_survey("help");
    let browser = app.browser();
    let question = start_survey(&browser, "help", "standard").await;
    assert_eq!(
        question
            .link_href("Need to talk to someone now?")
            .as_deref(),
        Some("/help?return=%2Fs%2Fhelp%2Fq%2F1"),
        "help keeps the way back to the question"
    );
    let help = browser.get("/help").await;
    assert!(help.contains("Childline") && help.contains("0800 1111"));
    assert!(help.contains("Oxfordshire Youth Line") && help.contains("01865 000 000"));
    assert!(
        help.contains("href=\"tel:01865000000\"") && help.contains("href=\"https://kooth.com\""),
        "numbers can be called and web addresses opened"
    );
}

async fn spawn_app_with_contacts() -> crate::helpers::TestApp {
    crate::helpers::spawn_app_with(|settings| {
        settings.local_support_contacts = youthvoice::domain::support::parse_contact_list(
            "Oxfordshire Youth Line|01865 000 000|Weekdays, 9am to 5pm; Kooth|kooth.com|Free online counselling",
        )
        .unwrap();
    })
    .await
}
