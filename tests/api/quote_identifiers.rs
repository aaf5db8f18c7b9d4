//! Nothing identifying gets into a quote: the reviewer's click sequence (suggestions ticked, a
//! mistyped word in "Other words to hide", then "Use it as a quote") publishes no name, school or
//! email; words the identifier check questions need a second person's written reason; a quote that
//! reached the database some other way without one is left out of every report.

use youthvoice::domain::staff::Role;

use crate::helpers::{Browser, Page, TestApp, spawn_app};
use crate::import_export::{succeeds, youthvoice};
use crate::moderation::{
    answer_links, approve, report_quotes, shown, suggestions, survey_id, wave_holding,
};

const ANSWER: &str = "My teacher Mrs Patel at Cherwell School listens, email me on sam@example.org";
const THEME: &str = "13: Know who to talk to, be listened to and believed";

/// A wave holding the reviewer's answer (with consent) and one harmless one.
fn wave_with_the_answer(app: &TestApp, slug: &str) {
    wave_holding(
        app,
        slug,
        &format!(
            "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
             1,2023-03-01,standard,\"{ANSWER}\",yes,age_14_15\n\
             2,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n"
        ),
    );
}

struct People {
    rep: Browser,
    admin: Browser,
}

fn people(app: &TestApp, slug: &str) -> People {
    let rep = app.create_staff(
        "rep@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    app.execute(&format!(
        "INSERT INTO moderation_assignments (user_id, survey_id) VALUES ('{}', '{}')",
        rep.id,
        survey_id(app, slug)
    ));
    People {
        rep: app.browser_signed_in_as(&rep),
        admin: app.browser_signed_in_as(&admin),
    }
}

async fn the_answer_page(browser: &Browser) -> (String, Page) {
    let queue = browser.get("/staff/moderation").await;
    for link in answer_links(&queue) {
        let page = browser.get(&link).await;
        if page.contains("Mrs Patel") {
            return (link, page);
        }
    }
    panic!("the answer is not in the queue");
}

fn quote_row(app: &TestApp) -> (String, Option<String>) {
    let status = app.texts(
        "SELECT status AS value FROM quotes WHERE response_id IN \
         (SELECT response_id FROM answers WHERE text_value LIKE '%Mrs Patel%')",
    );
    let published = app.texts(
        "SELECT published_text AS value FROM quotes WHERE response_id IN \
         (SELECT response_id FROM answers WHERE text_value LIKE '%Mrs Patel%')",
    );
    (status[0].clone().unwrap(), published[0].clone())
}

/// Every way a quote leaves the platform: the CSV, and the summary and Easy Read reports.
fn everything_published(app: &TestApp, slug: &str) -> String {
    let folder = tempfile::tempdir().unwrap();
    let mut all = report_quotes(app, slug);
    for kind in ["summary", "easy-read", "full"] {
        let out = folder.path().join(format!("{kind}.html"));
        succeeds(&youthvoice(
            app,
            &[
                "report",
                "--survey",
                slug,
                "--kind",
                kind,
                "--format",
                "html",
                "--out",
                out.to_str().unwrap(),
            ],
        ));
        all.push_str(&std::fs::read_to_string(out).unwrap());
    }
    all
}

fn assert_nothing_identifying(published: &str) {
    // "Cherwell" alone is a district the reports name.
    for identifying in ["Patel", "Cherwell School", "sam@example.org"] {
        assert!(!published.contains(identifying), "{identifying} got out");
    }
}

#[tokio::test]
async fn the_reviewers_click_sequence_publishes_no_name_school_or_email() {
    let app = spawn_app().await;
    wave_with_the_answer(&app, "voices");
    let people = people(&app, "voices");
    let (link, page) = the_answer_page(&people.rep).await;
    let ticked = suggestions(&page);
    for offered in [
        "\u{201C}Mrs Patel\u{201D} (maybe a name) becomes [name]",
        "\u{201C}Cherwell School\u{201D} (a local school) becomes [school]",
        "\u{201C}sam@example.org\u{201D} (an email address) becomes [removed]",
    ] {
        assert!(page.contains(offered), "{offered}");
    }
    assert_eq!(ticked.len(), 3);

    // A word typed in "Other words to hide" that is not in the answer: nothing is saved, and the
    // page says so and keeps what was sent.
    let mistyped = approve(&people.rep, &link, &page, THEME, &[("words", "Mr Jones")]).await;
    assert_eq!(mistyped.status, 422);
    assert!(mistyped.contains("Nothing was saved: \u{201C}Mr Jones\u{201D} is not in the answer"));
    assert!(
        mistyped.contains("value=\"Mr Jones\""),
        "the typed words come back"
    );
    assert_eq!(quote_row(&app), ("waiting".to_owned(), None));

    // "Use it as a quote" with the suggestions still ticked hides them as it approves.
    let approved = approve(&people.rep, &link, &page, THEME, &[]).await;
    assert_eq!(
        approved.location.as_deref(),
        Some("/staff/moderation?done=second_approval")
    );
    let (_, admin_page) = (link.clone(), people.admin.get(&link).await);
    let exact = "My teacher [name] at [school] listens, email me on [removed]";
    assert!(admin_page.contains("exactly these words are published"));
    assert!(admin_page.contains(exact), "{}", admin_page.body);
    let published = approve(&people.admin, &link, &admin_page, THEME, &[]).await;
    assert_eq!(
        published.location.as_deref(),
        Some("/staff/moderation?done=published")
    );
    assert_eq!(
        quote_row(&app),
        ("published".to_owned(), Some(exact.to_owned()))
    );
    let everything = everything_published(&app, "voices");
    assert!(everything.contains(exact), "the quote is published");
    assert_nothing_identifying(&everything);
}

#[tokio::test]
async fn questioned_words_need_a_second_persons_reason_and_are_refused_without_one() {
    let app = spawn_app().await;
    wave_with_the_answer(&app, "voices");
    let people = people(&app, "voices");
    let (link, page) = the_answer_page(&people.rep).await;
    let shown_first = shown(&page);

    // Unticking everything leaves the email in: refused, nothing saved.
    let unticked = [
        ("shown", shown_first.as_str()),
        ("decision", "approve"),
        ("theme", THEME),
    ];
    let refused = people
        .rep
        .post(&format!("{link}/decision"), &unticked)
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.contains("the words to publish still contain"));
    assert!(refused.contains("\u{201C}sam@example.org\u{201D} (an email address)"));
    assert_eq!(quote_row(&app).0, "waiting");

    // With a reason the rep's approval waits for a second person, who must give a reason too.
    let reason = ("identifier_reason", "Patel is the name of the youth centre");
    let mut with_reason = unticked.to_vec();
    with_reason.push(reason);
    let first = people
        .rep
        .post(&format!("{link}/decision"), &with_reason)
        .await;
    assert_eq!(
        first.location.as_deref(),
        Some("/staff/moderation?done=second_approval")
    );
    let admin_page = people.admin.get(&link).await;
    let shown_now = shown(&admin_page);
    let without_reason = [
        ("shown", shown_now.as_str()),
        ("decision", "approve"),
        ("theme", THEME),
    ];
    let refused = people
        .admin
        .post(&format!("{link}/decision"), &without_reason)
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(quote_row(&app).0, "second_approval");
    let mut overridden = without_reason.to_vec();
    overridden.push((
        "identifier_reason",
        "Checked with VOXY: Patel is the centre",
    ));
    let published = people
        .admin
        .post(&format!("{link}/decision"), &overridden)
        .await;
    assert_eq!(
        published.location.as_deref(),
        Some("/staff/moderation?done=published")
    );
    assert_eq!(
        app.texts("SELECT identifier_override AS value FROM quotes WHERE status = 'published'"),
        [Some("Checked with VOXY: Patel is the centre".to_owned())]
    );
    let audited = app.texts(
        "SELECT detail AS value FROM audit_log WHERE action = 'quote_identifier_override' \
         ORDER BY occurred_at",
    );
    assert_eq!(audited.len(), 2, "both reasons are audited: {audited:?}");
    assert!(
        audited[1]
            .as_deref()
            .unwrap()
            .ends_with("Checked with VOXY: Patel is the centre")
    );
    assert!(
        report_quotes(&app, "voices").contains("sam@example.org"),
        "the override holds"
    );

    // A quote that reached the database with no reason (an old row, a direct edit) is left out.
    app.execute("UPDATE quotes SET identifier_override = NULL WHERE status = 'published'");
    assert_nothing_identifying(&everything_published(&app, "voices"));
}

#[tokio::test]
async fn a_decision_on_words_someone_changed_since_the_page_was_shown_is_refused() {
    let app = spawn_app().await;
    wave_with_the_answer(&app, "voices");
    let people = people(&app, "voices");
    let (link, stale) = the_answer_page(&people.rep).await;
    let admin_page = people.admin.get(&link).await;
    let cleared = people
        .admin
        .post(
            &format!("{link}/redactions"),
            &[("suggestion", suggestions(&admin_page)[0].as_str())],
        )
        .await;
    assert_eq!(cleared.status, 303);
    let outdated = approve(&people.rep, &link, &stale, THEME, &[]).await;
    assert_eq!(outdated.status, 409);
    assert!(outdated.contains("Someone changed the hidden words while you were reading"));
    assert_eq!(quote_row(&app).0, "waiting");
    let missing = people
        .rep
        .post(
            &format!("{link}/decision"),
            &[("decision", "approve"), ("theme", THEME)],
        )
        .await;
    assert_eq!(
        missing.status, 409,
        "an approval must say which words it read"
    );
    assert_eq!(quote_row(&app).0, "waiting");
}
