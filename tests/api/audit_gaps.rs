//! An audited action and its audit entry are stored together or not at all: with the audit log
//! made to refuse every entry, the action itself leaves nothing behind.

use youthvoice::domain::staff::Role;

use crate::helpers::{TestApp, spawn_app};
use crate::moderation::{answer_links, approve, wave_holding};

/// Makes every insert into the audit log fail, as a full disk or a broken table would.
fn break_the_audit_log(app: &TestApp) {
    if app.database.is_postgres() {
        app.execute(
            "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'the audit log is unavailable'; END $$ LANGUAGE plpgsql",
        );
        app.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        );
    } else {
        app.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             BEGIN SELECT RAISE(ABORT, 'the audit log is unavailable'); END",
        );
    }
}

fn mend_the_audit_log(app: &TestApp) {
    if app.database.is_postgres() {
        app.execute("DROP TRIGGER refuse_audit ON audit_log");
    } else {
        app.execute("DROP TRIGGER refuse_audit");
    }
}

#[tokio::test]
async fn a_quote_decision_without_its_audit_entry_is_not_stored() {
    let app = spawn_app().await;
    wave_holding(
        &app,
        "gaps",
        "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
         1,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n",
    );
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let link = answer_links(&browser.get("/staff/moderation").await)[0].clone();
    let page = browser.get(&link).await;
    let theme = "13: Know who to talk to, be listened to and believed";
    break_the_audit_log(&app);
    let failed = approve(&browser, &link, &page, theme, &[]).await;
    assert_eq!(failed.status, 500);
    assert_eq!(
        app.texts("SELECT status AS value FROM quotes"),
        [Some("waiting".to_owned())],
        "no decision without its audit entry"
    );
    mend_the_audit_log(&app);
    let decided = approve(&browser, &link, &page, theme, &[]).await;
    assert_eq!(decided.status, 303);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'quote_decided'"),
        1
    );
}

#[tokio::test]
async fn a_report_published_without_its_audit_entry_is_not_stored() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let wave = "/staff/reports/be-supported-2022";
    browser.get(wave).await;
    let saved = browser
        .post(
            &format!("{wave}/texts"),
            &[
                ("what_happens_next", "The Board meets in January."),
                ("easy_read_next", "We will tell the Board."),
                ("actions", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'be-supported-2022'");
    break_the_audit_log(&app);
    let failed = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(failed.status, 500);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 0);
    mend_the_audit_log(&app);
    let published = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(published.status, 303, "{}", published.body);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report_published'"),
        1
    );
}
