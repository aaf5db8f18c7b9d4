//! Stopping half way and carrying on later, on another device, with a resume code.

use crate::helpers::{answer_all_from, resume_code, spawn_app, start_survey};

#[tokio::test]
async fn a_code_carries_the_answers_to_another_device_once() {
    let app = spawn_app().await;
    let survey = app.open_survey("resumable");
    let phone = app.browser();
    start_survey(&phone, "resumable", "standard").await;
    // Answer the first three questions, then save on question 4.
    for number in 1..=3 {
        let path = format!("/s/resumable/q/{number}");
        phone.get(&path).await;
        phone
            .post(
                &path,
                &[(
                    "answer",
                    &survey.questions[number - 1].options[1].value.to_string(),
                )],
            )
            .await;
    }
    phone.get("/s/resumable/q/4").await;
    let saved = phone.post("/s/resumable/save", &[]).await;
    assert_eq!(saved.status, 200);
    assert_eq!(saved.h1(), "Your answers are saved");
    let code = resume_code(&saved);
    assert_eq!(
        code.split(' ').count(),
        5,
        "four words and a number: {code}"
    );
    let stored = app.texts("SELECT resume_code_hash AS value FROM drafts");
    assert!(
        !stored.iter().flatten().any(|hash| hash.contains(&code)),
        "only a hash is stored"
    );

    let laptop = app.browser();
    laptop.get("/s/resumable/resume").await;
    let typed = code.to_uppercase().replace(' ', "-");
    let resumed = laptop
        .post("/s/resumable/resume", &[("code", typed.as_str())])
        .await;
    assert_eq!(resumed.status, 303);
    assert_eq!(resumed.location.as_deref(), Some("/s/resumable/q/4"));
    let page = laptop.get("/s/resumable/q/2").await;
    assert!(
        page.is_checked(survey.questions[1].options[1].value.as_str()),
        "answers came along"
    );

    // The phone no longer holds the draft, and the code is used up.
    let phone_page = phone.get("/s/resumable/q/2").await;
    assert_eq!(phone_page.location.as_deref(), Some("/s/resumable"));
    let third = app.browser();
    third.get("/s/resumable/resume").await;
    let reused = third
        .post("/s/resumable/resume", &[("code", code.as_str())])
        .await;
    assert_eq!(reused.status, 422);
    assert!(reused.contains("We could not find saved answers for that code"));

    // The laptop finishes the survey.
    answer_all_from(&laptop, &survey, 4).await;
    laptop.get("/s/resumable/check").await;
    laptop.post("/s/resumable/submit", &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 1);
}

#[tokio::test]
async fn a_wrong_or_malformed_code_is_explained_and_kept_in_the_box() {
    let app = spawn_app().await;
    app.open_survey("wrong-code");
    let browser = app.browser();
    browser.get("/s/wrong-code/resume").await;
    let malformed = browser
        .post("/s/wrong-code/resume", &[("code", "banana")])
        .await;
    assert_eq!(malformed.status, 422);
    assert!(malformed.title().starts_with("Error: "));
    assert!(malformed.contains("four words and a number"));
    assert!(malformed.contains("value=\"banana\""));

    let unknown = browser
        .post(
            "/s/wrong-code/resume",
            &[("code", "otter lemon cloud river 4721")],
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.contains("We could not find saved answers for that code"));

    let empty = browser
        .post("/s/wrong-code/resume", &[("code", "  ")])
        .await;
    assert!(empty.contains("Enter your resume code"));
}

#[tokio::test]
async fn an_expired_code_no_longer_works() {
    let app = spawn_app().await;
    app.open_survey("expiring");
    let phone = app.browser();
    start_survey(&phone, "expiring", "standard").await;
    let saved = phone.post("/s/expiring/save", &[]).await;
    let code = resume_code(&saved);
    app.count("SELECT COUNT(*) AS n FROM drafts"); // the draft exists
    {
        use diesel::RunQueryDsl;
        let mut connection = app.connection();
        diesel::sql_query("UPDATE drafts SET expires_at = '2020-01-01 00:00:00'")
            .execute(&mut *connection)
            .unwrap();
    }
    let laptop = app.browser();
    laptop.get("/s/expiring/resume").await;
    let page = laptop
        .post("/s/expiring/resume", &[("code", code.as_str())])
        .await;
    assert_eq!(page.status, 422);
    assert!(page.contains("We could not find saved answers for that code"));
}

#[tokio::test]
async fn a_hundred_wrong_guesses_from_one_address_are_paused_while_a_right_code_elsewhere_works() {
    let app = spawn_app().await;
    app.open_survey("guessing");
    let phone = app.browser_from("127.0.0.2".parse().unwrap());
    start_survey(&phone, "guessing", "standard").await;
    let code = resume_code(&phone.post("/s/guessing/save", &[]).await);

    let attacker = app.browser();
    attacker.get("/s/guessing/resume").await;
    let mut statuses = Vec::new();
    for guess in 0..100 {
        let typed = format!("otter lemon cloud river {}", 1000 + guess);
        let answered = attacker
            .post("/s/guessing/resume", &[("code", typed.as_str())])
            .await;
        statuses.push(answered.status);
        if answered.status == 429 {
            assert!(answered.contains("Please wait before trying again"));
            assert!(
                !answered.contains(&code),
                "a refused guess says nothing about codes"
            );
        }
    }
    let checked = statuses.iter().filter(|status| **status == 422).count();
    assert_eq!(
        checked, 20,
        "twenty guesses are checked, then the rest wait"
    );
    assert!(statuses[20..].iter().all(|status| *status == 429));
    // Still paused: a right-looking guess is not even checked.
    let paused = attacker
        .post(
            "/s/guessing/resume",
            &[("code", "otter lemon cloud river 9999")],
        )
        .await;
    assert_eq!(paused.status, 429);

    let laptop = app.browser_from("127.0.0.3".parse().unwrap());
    laptop.get("/s/guessing/resume").await;
    let resumed = laptop
        .post("/s/guessing/resume", &[("code", code.as_str())])
        .await;
    assert_eq!(resumed.status, 303, "{}", resumed.body);
}

#[tokio::test]
async fn codes_are_stored_keyed_so_the_database_alone_cannot_be_searched() {
    use sha2::Digest;
    let app = spawn_app().await;
    app.open_survey("keyed");
    let phone = app.browser();
    start_survey(&phone, "keyed", "standard").await;
    let code = resume_code(&phone.post("/s/keyed/save", &[]).await);
    let stored = app.texts("SELECT resume_code_hash AS value FROM drafts");
    let plain = hex::encode(sha2::Sha256::digest(code.as_bytes()));
    assert_eq!(stored.len(), 1);
    let stored = stored[0].clone().unwrap();
    assert_eq!(stored.len(), 64);
    assert_ne!(stored, plain, "not a plain SHA-256 anyone could recompute");
}
