//! Importing on the Data page, as an analyst does it: upload a CSV file, see its first rows and the
//! result of checking every row, then confirm (or cancel). Nothing is stored before confirming.

use youthvoice::domain::staff::Role;

use crate::helpers::{Browser, Page, TestApp, spawn_app};
use crate::import_export::{new_wave, responses_in};

const TWO_RESPONSES: &[u8] =
    b"response_id,submitted_on,format,know_who_to_speak_to,where_go_for_support,where_go_for_support:other\n\
      a,2023-03-01,easy_read,agree,family;other,my coach\n\
      b,,,neither,,\n";

fn survey_id(app: &TestApp, slug: &str) -> String {
    app.texts(&format!(
        "SELECT id AS value FROM surveys WHERE slug = '{slug}'"
    ))[0]
        .clone()
        .expect("the wave exists")
}

async fn analyst(app: &TestApp, email: &str) -> Browser {
    let analyst = app.create_staff(email, Role::Analyst, "a long enough passphrase");
    let browser = app.browser_signed_in_as(&analyst);
    browser.get("/staff/data").await;
    browser
}

/// Uploads `contents` and returns the check page it leads to.
async fn upload(
    browser: &Browser,
    survey: &str,
    kind: &str,
    file_name: &str,
    contents: &[u8],
) -> Page {
    let uploaded = browser
        .post_file(
            "/staff/data/imports",
            &[("survey", survey), ("kind", kind)],
            file_name,
            contents.to_vec(),
        )
        .await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let location = uploaded.location.clone().unwrap();
    assert!(location.starts_with("/staff/data/imports/"), "{location}");
    browser.get(&location).await
}

fn check_path(page: &Page) -> String {
    let marker = "action=\"/staff/data/imports/";
    let start = page.body.find(marker).expect("a form on the check page") + "action=\"".len();
    let end = page.body[start..].find('"').unwrap() + start;
    page.body[start..end].trim_end_matches("/cancel").to_owned()
}

#[tokio::test]
async fn an_analyst_sees_the_first_rows_then_confirms_and_the_import_is_audited() {
    let app = spawn_app().await;
    new_wave(&app, "from-web");
    let browser = analyst(&app, "analyst@example.org").await;
    let data = browser.get("/staff/data").await;
    assert!(data.contains("enctype=\"multipart/form-data\""));
    assert!(data.contains(&format!(
        "<option value=\"{}\"",
        survey_id(&app, "from-web")
    )));

    let check = upload(
        &browser,
        &survey_id(&app, "from-web"),
        "responses",
        "C:\\Users\\analyst\\wave 2023.csv",
        TWO_RESPONSES,
    )
    .await;
    assert_eq!(check.status, 200);
    assert_eq!(check.h1(), "Check the file before importing");
    assert!(
        check.contains("wave 2023.csv"),
        "the name without its folders"
    );
    assert!(check.contains("2 responses are ready to import into"));
    assert!(
        check.contains("<td>my coach</td>"),
        "the first rows are shown"
    );
    assert!(!check.contains("already has"), "an empty wave asks nothing");
    assert_eq!(responses_in(&app, "from-web"), 0, "nothing is stored yet");

    let path = check_path(&check);
    let confirmed = browser.post(&path, &[]).await;
    assert_eq!(
        confirmed.location.as_deref(),
        Some("/staff/data?done=imported")
    );
    assert_eq!(responses_in(&app, "from-web"), 2);
    assert_eq!(
        app.texts("SELECT text_value AS value FROM answers WHERE option_value = 'other'"),
        [Some("my coach".to_owned())]
    );
    let after = browser.follow(confirmed).await;
    assert!(after.contains("The file is imported."));
    assert_eq!(
        app.texts(
            "SELECT u.email || ': ' || a.detail AS value FROM audit_log a \
             JOIN users u ON u.id = a.actor_id WHERE a.action = 'responses_imported'"
        ),
        [Some(
            "analyst@example.org: from-web: 2 responses from wave 2023.csv".to_owned()
        )]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM pending_imports"),
        0,
        "the upload is gone once stored"
    );
    assert_eq!(browser.get(&path).await.status, 404);
}

#[tokio::test]
async fn a_file_with_mistakes_lists_them_all_and_cannot_be_confirmed() {
    let app = spawn_app().await;
    new_wave(&app, "careful");
    let browser = analyst(&app, "analyst@example.org").await;
    let check = upload(
        &browser,
        &survey_id(&app, "careful"),
        "responses",
        "mistakes.csv",
        b"response_id,submitted_on,format,know_who_to_speak_to\n\
          a,2023-02-30,standard,agree\n\
          b,,braille,maybe\n",
    )
    .await;
    assert!(check.contains("This file cannot be imported yet"));
    assert!(check.contains("Nothing has been stored."));
    for expected in [
        "<strong>Line 2</strong>, column <code>submitted_on</code>",
        "<strong>Line 3</strong>, column <code>format</code>",
        "<strong>Line 3</strong>, column <code>know_who_to_speak_to</code>",
    ] {
        assert!(check.contains(expected), "{expected} in {}", check.body);
    }
    assert!(!check.contains("Import 0"), "no button to store a bad file");
    let path = check_path(&check);
    assert_eq!(browser.post(&path, &[]).await.status, 422);
    assert_eq!(responses_in(&app, "careful"), 0);

    let cancelled = browser.post(&format!("{path}/cancel"), &[]).await;
    assert_eq!(
        cancelled.location.as_deref(),
        Some("/staff/data?done=cancelled")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM pending_imports"), 0);
}

#[tokio::test]
async fn a_wave_that_has_responses_asks_whether_to_add_or_replace() {
    let app = spawn_app().await;
    new_wave(&app, "twice");
    let browser = analyst(&app, "analyst@example.org").await;
    let first = upload(
        &browser,
        &survey_id(&app, "twice"),
        "responses",
        "a.csv",
        TWO_RESPONSES,
    )
    .await;
    browser.post(&check_path(&first), &[]).await;
    assert_eq!(responses_in(&app, "twice"), 2);

    let second = upload(
        &browser,
        &survey_id(&app, "twice"),
        "responses",
        "a.csv",
        TWO_RESPONSES,
    )
    .await;
    assert!(second.contains("The wave already has 2 responses"));
    assert!(second.contains("Add these to the 2 responses already there"));
    let path = check_path(&second);
    let unanswered = browser.post(&path, &[]).await;
    assert_eq!(unanswered.status, 409);
    assert!(unanswered.contains("choose whether to add these to them or to replace them"));
    assert_eq!(responses_in(&app, "twice"), 2);

    browser.post(&path, &[("mode", "append")]).await;
    assert_eq!(responses_in(&app, "twice"), 4);
    let third = upload(
        &browser,
        &survey_id(&app, "twice"),
        "responses",
        "a.csv",
        TWO_RESPONSES,
    )
    .await;
    browser
        .post(&check_path(&third), &[("mode", "replace")])
        .await;
    assert_eq!(responses_in(&app, "twice"), 2);
}

#[tokio::test]
async fn published_totals_replace_only_when_asked_and_never_sit_beside_responses() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app, "analyst@example.org").await;
    let totals = b"question_key,option_value,count\n\
        know_who_to_speak_to,strongly_agree,20\n\
        know_who_to_speak_to,agree,20\n";
    let into_totals = upload(
        &browser,
        &survey_id(&app, "be-supported-2019"),
        "totals",
        "t.csv",
        totals,
    )
    .await;
    assert!(
        into_totals.contains("2 totals are ready"),
        "{}",
        into_totals.body
    );
    assert!(into_totals.contains("Replace the published totals it holds with these"));
    let path = check_path(&into_totals);
    assert_eq!(browser.post(&path, &[]).await.status, 409);
    let stored_before = app.count(
        "SELECT COUNT(*) AS n FROM imported_totals t JOIN questions q ON q.id = t.question_id \
         JOIN surveys s ON s.id = q.survey_id WHERE s.slug = 'be-supported-2019'",
    );
    assert!(stored_before > 2);
    browser.post(&path, &[("mode", "replace")]).await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM imported_totals t JOIN questions q ON q.id = t.question_id \
             JOIN surveys s ON s.id = q.survey_id WHERE s.slug = 'be-supported-2019'",
        ),
        2
    );

    let beside_responses = upload(
        &browser,
        &survey_id(&app, "be-supported-2021"),
        "totals",
        "t.csv",
        totals,
    )
    .await;
    assert!(beside_responses.contains("cannot be imported into it"));
    assert!(!beside_responses.contains("Import 2 totals"));
    assert_eq!(
        browser
            .post(&check_path(&beside_responses), &[])
            .await
            .status,
        409
    );
}

#[tokio::test]
async fn the_upload_form_names_each_missing_choice() {
    let app = spawn_app().await;
    let browser = analyst(&app, "analyst@example.org").await;
    let empty = browser
        .post_file(
            "/staff/data/imports",
            &[("survey", ""), ("kind", "")],
            "",
            Vec::new(),
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.title().starts_with("Error: "), "{}", empty.title());
    for message in [
        "Choose the wave the file belongs to",
        "Choose what the file holds",
        "Choose a CSV file that is not empty",
    ] {
        assert!(empty.contains(message), "{message}");
    }
    let not_a_form = browser
        .post_raw("/staff/data/imports", "text/plain", b"hello".to_vec())
        .await;
    assert_eq!(not_a_form.status, 415, "not an upload form");
    assert_eq!(
        not_a_form.h1(),
        "Sorry, something was wrong with that request"
    );
}

#[tokio::test]
async fn uploads_are_private_checked_for_csrf_and_limited_in_size() {
    let app = spawn_app().await;
    new_wave(&app, "private");
    let owner = analyst(&app, "owner@example.org").await;
    let check = upload(
        &owner,
        &survey_id(&app, "private"),
        "responses",
        "a.csv",
        TWO_RESPONSES,
    )
    .await;
    let path = check_path(&check);

    let other = analyst(&app, "other@example.org").await;
    assert_eq!(other.get(&path).await.status, 404);
    assert_eq!(other.post(&path, &[]).await.status, 404);
    assert_eq!(other.post(&format!("{path}/cancel"), &[]).await.status, 404);
    assert_eq!(responses_in(&app, "private"), 0);

    let forged = owner
        .post_raw(
            &path,
            "application/x-www-form-urlencoded",
            b"csrf_token=forged".to_vec(),
        )
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(responses_in(&app, "private"), 0);

    let too_big = owner
        .post_file(
            "/staff/data/imports",
            &[
                ("survey", &survey_id(&app, "private")),
                ("kind", "responses"),
            ],
            "big.csv",
            vec![b'x'; 33 * 1024 * 1024],
        )
        .await;
    assert_eq!(too_big.status, 413);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM pending_imports"), 1);
}
