//! An audited action and its audit entry are stored together or not at all: with the audit log
//! made to refuse every entry, the action itself leaves nothing behind.

use youthvoice::domain::staff::Role;

use crate::helpers::{TestApp, spawn_app};
use crate::moderation::{answer_links, approve, wave_holding};

/// Makes every insert into the audit log fail, as a full disk or a broken table would.
fn break_the_audit_log(app: &TestApp) {
    if app.database.is_postgres() {
        app.execute(
            "CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$ \
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

/// With the audit log refusing every entry, each audited staff action answers with an error and
/// leaves nothing changed; once the log works again the same action goes through.
#[tokio::test]
async fn no_audited_staff_action_happens_without_its_entry() {
    let app = spawn_app().await;
    wave_holding(
        &app,
        "gaps",
        "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
         1,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n",
    );
    let passphrase = "a long enough passphrase";
    let admin = app.create_staff("admin@example.org", Role::Admin, passphrase);
    let rep = app.create_staff("rep@example.org", Role::Moderator, passphrase);
    let admin_browser = app.browser_signed_in_as(&admin);
    let link = answer_links(&admin_browser.get("/staff/moderation").await)[0].clone();
    admin_browser.get(&link).await;
    let wave_id = app.texts("SELECT id AS value FROM surveys WHERE slug = 'gaps'")[0]
        .clone()
        .unwrap();
    let sessions_before = app.count("SELECT COUNT(*) AS n FROM staff_sessions");
    break_the_audit_log(&app);

    let invited = admin_browser
        .post(
            "/staff/users/invite",
            &[
                ("email", "new@example.org"),
                ("display_name", "New"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert_eq!(invited.status, 500, "invite");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM users"),
        2,
        "nobody invited"
    );

    let role = admin_browser
        .post(
            &format!("/staff/users/{}/role", rep.id),
            &[("role", "analyst")],
        )
        .await;
    assert_eq!(role.status, 500, "role change");
    let disabled = admin_browser
        .post(&format!("/staff/users/{}/disable", rep.id), &[])
        .await;
    assert_eq!(disabled.status, 500, "disable");
    assert_eq!(
        app.texts(&format!(
            "SELECT role || ' ' || status AS value FROM users WHERE id = '{}'",
            rep.id
        )),
        [Some("moderator active".to_owned())]
    );

    let assigned = admin_browser
        .post(
            &format!("/staff/users/{}/waves", rep.id),
            &[("waves_listed", "yes"), ("wave", &wave_id)],
        )
        .await;
    assert_eq!(assigned.status, 500, "assign waves");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM moderation_assignments"),
        0
    );

    let lists = admin_browser
        .post(
            "/staff/moderation/settings",
            &[
                ("phrases", "a new worry"),
                ("schools", ""),
                ("places", ""),
                ("themes", "Only theme"),
            ],
        )
        .await;
    assert_eq!(lists.status, 500, "moderation lists");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM safeguarding_phrases WHERE phrase = 'a new worry'"),
        0
    );

    let flagged = admin_browser
        .post(&format!("{link}/flag"), &[("confirm", "yes")])
        .await;
    assert_eq!(flagged.status, 500, "flag");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM safeguarding_flags"), 0);

    let (status, _, body) = admin_browser
        .get_bytes("/staff/data/gaps/responses.csv")
        .await;
    assert_eq!(status, 500, "an export is handed over only once recorded");
    assert!(!String::from_utf8_lossy(&body).contains("More youth clubs"));

    let signed_in = app.browser().sign_in("rep@example.org", passphrase).await;
    assert_eq!(signed_in.status, 500, "sign-in");
    let signed_out = admin_browser.post("/staff/sign-out", &[]).await;
    assert_eq!(signed_out.status, 500, "sign-out");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM staff_sessions"),
        sessions_before,
        "no session begun or ended unrecorded"
    );

    mend_the_audit_log(&app);
    let flagged = admin_browser
        .post(&format!("{link}/flag"), &[("confirm", "yes")])
        .await;
    assert_eq!(flagged.status, 303, "{}", flagged.body);
    let flag_id = link.rsplit('/').next().unwrap().to_owned();
    break_the_audit_log(&app);
    for change in ["handled", "withdraw"] {
        let changed = admin_browser
            .post(&format!("/staff/safeguarding/{flag_id}/{change}"), &[])
            .await;
        assert_eq!(changed.status, 500, "{change}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM safeguarding_flags WHERE handled_at IS NULL"),
        1,
        "the flag still waits for the lead"
    );
    mend_the_audit_log(&app);
    let handled = admin_browser
        .post(&format!("/staff/safeguarding/{flag_id}/handled"), &[])
        .await;
    assert_eq!(handled.status, 303);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'safeguarding_flag_%'"),
        2
    );
}

/// Joining: the first admin, an accepted invitation, and an import from the command line's way
/// in, each refused whole while the audit log cannot record it.
#[tokio::test]
async fn no_account_is_made_or_import_stored_without_its_entry() {
    let app = spawn_app().await;
    let setup = youthvoice::app::accounts::onboarding::first_admin_link(
        &mut app.connection(),
        "http://example.org",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap()
    .expect("no admin yet");
    let setup = crate::helpers::link_path_in(&setup);
    let passphrase = "a long enough passphrase";
    let first_admin = [
        ("display_name", "Alex"),
        ("email", "alex@example.org"),
        ("password", passphrase),
        ("confirmation", passphrase),
    ];
    let browser = app.browser();
    browser.get(&setup).await;
    break_the_audit_log(&app);
    assert_eq!(browser.post(&setup, &first_admin).await.status, 500);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM users"), 0);
    mend_the_audit_log(&app);
    assert_eq!(browser.post(&setup, &first_admin).await.status, 303);

    let admin = browser.sign_in("alex@example.org", passphrase).await;
    assert_eq!(admin.status, 303);
    let invited = browser
        .post(
            "/staff/users/invite",
            &[
                ("display_name", "Sam"),
                ("email", "sam@example.org"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let link = app.link_emailed_to("sam@example.org");
    let sam = app.browser();
    sam.get(&link).await;
    let password = [("password", passphrase), ("confirmation", passphrase)];
    break_the_audit_log(&app);
    assert_eq!(sam.post(&link, &password).await.status, 500);
    assert_eq!(
        app.texts("SELECT status AS value FROM users WHERE email = 'sam@example.org'"),
        [Some("invited".to_owned())],
        "the invitation is still waiting"
    );

    let survey = app.create_survey(
        "gaps-import",
        youthvoice::domain::survey::SurveyStatus::Closed,
    );
    let csv = b"response_id,submitted_on,format,age_band\n1,2023-03-01,standard,age_14_15\n";
    let checked = youthvoice::app::imports::read(
        youthvoice::domain::import_kind::ImportKind::Responses,
        &survey,
        csv,
    )
    .expect("a good file");
    let stored = youthvoice::app::imports::store(
        &mut app.connection(),
        &survey,
        &checked,
        youthvoice::domain::import_kind::ImportMode::IntoEmptyWave,
        &youthvoice::app::imports::Importer {
            actor: youthvoice::app::actor::Actor::CommandLine,
            file_name: "old-wave.csv",
            now: chrono::Utc::now().naive_utc(),
            progress: &youthvoice::app::progress::Silent,
        },
    );
    assert!(stored.is_err(), "the import is refused");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM responses"), 0);

    mend_the_audit_log(&app);
    assert_eq!(sam.post(&link, &password).await.status, 303);
}

#[tokio::test]
async fn a_target_set_without_its_audit_entry_is_not_stored() {
    let app = spawn_app().await;
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let targets = "/staff/programmes/be-supported/targets";
    browser.get(targets).await;
    let form = [
        ("measure", "13"),
        ("percent", "70"),
        ("by_year", "2024"),
        ("agreed_by", "CTB working group"),
        ("agreed_on", "2023-07-12"),
    ];
    break_the_audit_log(&app);
    assert_eq!(browser.post(targets, &form).await.status, 500);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM measure_targets"), 0);
    mend_the_audit_log(&app);
    assert_eq!(browser.post(targets, &form).await.status, 303);
    let id = app.texts("SELECT id AS value FROM measure_targets")[0]
        .clone()
        .unwrap();
    break_the_audit_log(&app);
    let withdraw = format!("{targets}/{id}/withdraw");
    assert_eq!(browser.post(&withdraw, &[]).await.status, 500);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM measure_targets"),
        1,
        "no withdrawal without its audit entry"
    );
}
