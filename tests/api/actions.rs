//! The working group's actions register, end to end: groups, actions moved from planned to
//! dropped with every change audited, "you said, we did" in the reports and on the public
//! findings page, overdue reminders by email, and the one-page Board update sent to the Board.

use youthvoice::domain::staff::{EmailAddress, Role};
use youthvoice::email::MailSettings;

use crate::helpers::{Browser, TestApp, spawn_app, spawn_app_with};
use crate::pdf_tools;
use crate::smtp::{SmtpServer, unfold_quoted_printable};

const PASSWORD: &str = "a long enough passphrase";

fn survey_id(app: &TestApp, slug: &str) -> String {
    app.texts(&format!(
        "SELECT id AS value FROM surveys WHERE slug = '{slug}'"
    ))[0]
        .clone()
        .expect("the wave exists")
}

fn group_id(app: &TestApp, name: &str) -> String {
    app.texts(&format!(
        "SELECT id AS value FROM action_owners WHERE name = '{name}'"
    ))[0]
        .clone()
        .expect("the group exists")
}

/// Adds a group (once) and an action answering `wave` whose Board and Easy Read words are the
/// same, through the staff pages; returns the action page's address.
pub async fn add_action(
    app: &TestApp,
    browser: &Browser,
    wave: &str,
    (you_said, we_do): (&str, &str),
) -> String {
    if app.count("SELECT COUNT(*) AS n FROM action_owners WHERE name = 'Working group'") == 0 {
        browser.get("/staff/groups").await;
        let added = browser
            .post(
                "/staff/groups",
                &[("name", "Working group"), ("contact", "group@example.org")],
            )
            .await;
        assert_eq!(added.status, 303, "{}", added.body);
    }
    let register = "/staff/programmes/be-supported/actions";
    browser.get(register).await;
    let (wave_id, owner) = (survey_id(app, wave), group_id(app, "Working group"));
    let added = browser
        .post(
            register,
            &[
                ("wave", &wave_id),
                ("you_said", you_said),
                ("you_said_easy_read", you_said),
                ("we_do", we_do),
                ("we_do_easy_read", we_do),
                ("measures", "13"),
                ("owner", &owner),
                ("due_on", "2030-03-31"),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    added
        .location
        .expect("to the action's page")
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = '{action}'"
    ))
}

#[tokio::test]
async fn actions_are_added_moved_on_and_audited_and_each_report_says_where_it_stands() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser_signed_in_as(&analyst);

    // A group's name is needed and its contact must be an address.
    browser.get("/staff/groups").await;
    let bad_group = browser
        .post("/staff/groups", &[("name", " "), ("contact", "not mail")])
        .await;
    assert_eq!(bad_group.status, 400);
    assert!(bad_group.contains("Enter the group\u{2019}s name"));
    assert!(bad_group.contains("Enter the contact as an email address"));

    // Every mistake in the action form is named, and what was typed is kept.
    let register = "/staff/programmes/be-supported/actions";
    let action = add_action(
        &app,
        &browser,
        "be-supported-2021",
        (
            "There is nowhere to go at weekends.",
            "Open two youth centres on Saturdays.",
        ),
    )
    .await;
    browser.get(register).await;
    let refused = browser
        .post(
            register,
            &[
                ("wave", "not-a-wave"),
                ("you_said", "Clubs close early."),
                ("you_said_easy_read", ""),
                ("we_do", "Later opening."),
                ("we_do_easy_read", "Clubs will stay open later."),
                ("measures", "99"),
                ("owner", &group_id(&app, "Working group")),
                ("due_on", "31/03/2024"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400);
    for problem in [
        "Choose the wave whose findings the action answers",
        "Enter what young people said, in Easy Read",
        "Choose only the programme\u{2019}s own measures",
        "Enter the day it is due as year-month-day",
    ] {
        assert!(refused.contains(problem), "{problem}");
    }
    assert!(
        refused.contains("Clubs will stay open later."),
        "typed words are kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM tracked_actions"), 1);

    // Planned at first; dropped only with a reason.
    let page = browser.get(&action).await;
    assert!(page.contains("Planned"));
    let no_reason = browser
        .post(
            &format!("{action}/status"),
            &[("status", "dropped"), ("note", "  ")],
        )
        .await;
    assert_eq!(no_reason.status, 400);
    assert!(no_reason.contains("Say why the action was dropped"));
    let dropped = browser
        .post(
            &format!("{action}/status"),
            &[
                ("status", "dropped"),
                ("note", "The funding ended in March."),
            ],
        )
        .await;
    assert_eq!(dropped.status, 303);
    let page = browser.follow(dropped).await;
    assert!(page.contains("Dropped: The funding ended in March."));
    assert!(page.contains("How it got here"));

    // Editing keeps the words, and the log says what changed.
    let wave_id = survey_id(&app, "be-supported-2021");
    let owner = group_id(&app, "Working group");
    let edited = browser
        .post(
            &action,
            &[
                ("wave", &wave_id),
                ("you_said", "There is nowhere to go at weekends."),
                (
                    "you_said_easy_read",
                    "There is nowhere to go at the weekend.",
                ),
                ("we_do", "Open two youth centres on Saturdays."),
                (
                    "we_do_easy_read",
                    "We wanted to open 2 youth centres on Saturdays.",
                ),
                ("owner", &owner),
                ("due_on", "2030-06-30"),
            ],
        )
        .await;
    assert_eq!(edited.status, 303, "{}", edited.body);
    let log = app.texts("SELECT detail AS value FROM audit_log WHERE action = 'action_edited'");
    let log = log[0].as_deref().unwrap();
    assert!(
        log.contains("its words")
            && log.contains("its measures")
            && log.contains("its due day from 2030-03-31 to 2030-06-30"),
        "{log}"
    );
    for (entry, count) in [
        ("owner_group_added", 1),
        ("action_added", 1),
        ("action_status_changed", 1),
        ("action_edited", 1),
    ] {
        assert_eq!(audit_count(&app, entry), count, "{entry}");
    }

    // The Board reads the action with its owner and note; young people in Easy Read.
    let summary = browser
        .get("/staff/reports/be-supported-2021/summary")
        .await;
    assert!(summary.contains("You said, we did"));
    assert!(summary.contains("We planned to:"));
    assert!(
        summary
            .contains("Not going ahead. Owned by Working group. Note: The funding ended in March.")
    );
    let easy_read = browser
        .get("/staff/reports/be-supported-2021/easy-read")
        .await;
    assert!(easy_read.contains("We wanted to open 2 youth centres on Saturdays."));
    assert!(easy_read.contains("We are not doing this any more."));
    assert!(
        !easy_read.contains("funding"),
        "the staff note is for the Board"
    );
    let polish = browser
        .get("/staff/reports/be-supported-2021/easy-read?language=pl")
        .await;
    assert!(polish.contains("Już tego nie robimy."));

    // The action is not the programme's own in another programme's register.
    youthvoice::demo::load_planned_wave(&mut app.connection()).unwrap();
    assert_eq!(
        browser
            .get("/staff/programmes/be-healthy/actions")
            .await
            .status,
        200
    );
    assert_eq!(
        browser
            .get(&action.replace("be-supported", "be-healthy"))
            .await
            .status,
        404
    );

    // A group cannot go while it owns actions.
    browser.get("/staff/groups").await;
    let kept = browser
        .post(&format!("/staff/groups/{owner}/remove"), &[])
        .await;
    assert_eq!(kept.location.as_deref(), Some("/staff/groups?done=owns"));
    assert!(
        browser
            .get("/staff/groups")
            .await
            .contains("Owns 1 action. Contact: group@example.org")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM action_owners"), 1);
}

#[tokio::test]
async fn the_findings_page_shows_published_waves_actions_as_they_stand_and_no_others() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, chrono::Utc::now());
    youthvoice::demo::load_working_group(&mut app.connection(), &clock).unwrap();
    youthvoice::demo::load_reports(
        &mut app.connection(),
        &clock,
        youthvoice::domain::organisation::DEFAULT_NAME,
    )
    .unwrap();
    let anyone = app.browser();
    let findings = anyone.get("/findings").await;
    assert!(findings.contains("An Easy Read guide to where to get help"));
    assert!(findings.contains("We planned to:") && findings.contains("Not going ahead."));
    assert!(
        !findings.contains("poster in every school"),
        "2022 has no published report, so its actions are not public"
    );
    assert!(
        !findings.contains("funding ended"),
        "staff notes stay inside"
    );
    assert!(!findings.contains("VOXY)"), "nor who owns an action");

    // The register is live: an action moved on shows its new standing at once.
    app.execute(
        "UPDATE tracked_actions SET status = 'done' WHERE we_do LIKE 'A mentoring scheme%'",
    );
    let findings = anyone.get("/findings").await;
    let mentoring = findings.body.find("A mentoring scheme").unwrap();
    let standing = &findings.body[mentoring..];
    let standing = &standing[standing.find(r#"<p class="action-status">"#).unwrap()..];
    assert!(
        standing.starts_with(r#"<p class="action-status">Done.</p>"#),
        "{standing}"
    );

    // In Easy Read, the Easy Read words.
    anyone.set_cookie("yv_reading=easy_read");
    let easy = anyone.get("/findings").await;
    assert!(easy.contains("We made an Easy Read guide about where to get help."));
    assert!(easy.contains("We have done this."));
}

#[tokio::test]
async fn overdue_actions_are_emailed_to_their_group_once_for_each_due_day() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser_signed_in_as(&analyst);
    let overdue = add_action(
        &app,
        &browser,
        "be-supported-2021",
        ("Few role models.", "A mentoring scheme."),
    )
    .await;
    let done = add_action(
        &app,
        &browser,
        "be-supported-2021",
        ("Hard to find help.", "An Easy Read guide."),
    )
    .await;
    browser.get("/staff/groups").await;
    browser
        .post(
            "/staff/groups",
            &[("name", "No contact group"), ("contact", "")],
        )
        .await;
    app.execute("UPDATE tracked_actions SET due_on = '2024-01-31'");
    app.execute(&format!(
        "UPDATE tracked_actions SET status = 'done' WHERE id = '{}'",
        done.rsplit('/').next().unwrap()
    ));
    let silent = add_action(
        &app,
        &browser,
        "be-supported-2022",
        ("Nowhere to go.", "Saturday clubs."),
    )
    .await;
    app.execute(&format!(
        "UPDATE tracked_actions SET due_on = '2024-01-31', owner_id = '{}' WHERE id = '{}'",
        group_id(&app, "No contact group"),
        silent.rsplit('/').next().unwrap()
    ));

    let outbox = tempfile::tempdir().unwrap();
    let remind = || {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
            .args(["actions", "remind-overdue"])
            .env("DATABASE_URL", app.database.url())
            .env("OUTBOX_DIR", outbox.path())
            .env("BASE_URL", "https://voice.example.org")
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(remind().trim(), "Sent 1 overdue-action reminders.");
    let messages: Vec<String> = std::fs::read_dir(outbox.path())
        .unwrap()
        .map(|entry| {
            unfold_quoted_printable(&std::fs::read_to_string(entry.unwrap().path()).unwrap())
        })
        .collect();
    assert_eq!(
        messages.len(),
        1,
        "done actions and groups without a contact are not emailed"
    );
    let message = &messages[0];
    assert!(message.contains("To: group@example.org"));
    assert!(message.contains("Subject: 1 action is overdue: Working group"));
    assert!(message.contains("A mentoring scheme."));
    assert!(message.contains(&format!("https://voice.example.org{overdue}")));
    assert!(!message.contains("An Easy Read guide."));

    assert_eq!(
        remind().trim(),
        "Sent 0 overdue-action reminders.",
        "once per due day"
    );
    app.execute("UPDATE tracked_actions SET due_on = '2024-06-30' WHERE status = 'planned'");
    assert_eq!(
        remind().trim(),
        "Sent 1 overdue-action reminders.",
        "a new due day that passes earns a new reminder"
    );
    assert_eq!(audit_count(&app, "overdue_action_reminded"), 2);
    // The register and the Board update still list the action without a contact as overdue.
    assert!(
        browser
            .get("/staff/programmes/be-supported/actions")
            .await
            .contains("2 actions are overdue")
    );
}

#[tokio::test]
async fn the_board_update_fits_one_page_goes_to_the_board_and_then_says_what_changed_since() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|settings| {
        settings.mail = MailSettings::Smtp {
            url: format!("smtp://127.0.0.1:{}", smtp.port),
        };
        settings.board_emails = vec![EmailAddress::parse("chair@example.org").unwrap()];
    })
    .await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, chrono::Utc::now());
    youthvoice::demo::load_working_group(&mut app.connection(), &clock).unwrap();
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser_signed_in_as(&analyst);

    let update = "/staff/programmes/be-supported/board-update";
    let page = browser.get(update).await;
    assert_eq!(page.status, 200);
    for words in [
        "Be Supported: Board update",
        "From the 2021 survey",
        "70% by 2024: not met",
        "The 2022 survey is still open",
        "Refresher training on trauma-informed practice",
        "Since the register began",
    ] {
        assert!(page.contains(words), "{words}");
    }
    assert!(
        page.contains("The measures in 2021") && !page.contains("The measures in 2022"),
        "the open wave's numbers are not given to the Board"
    );
    let (status, content_type, pdf) = browser.get_bytes(&format!("{update}/pdf")).await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"));
    assert_eq!(
        pdf_tools::pages(&pdf),
        1,
        "one A4 page for the Board's papers"
    );
    pdf_tools::assert_accessible(&pdf);

    let register = browser.get("/staff/programmes/be-supported/actions").await;
    assert!(register.contains("Email it to the Board (1 address)"));
    let sent = browser.post(&format!("{update}/email"), &[]).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let started = std::time::Instant::now();
    while smtp.received().is_empty() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "the email arrives"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let message = unfold_quoted_printable(&smtp.received()[0]);
    assert!(message.contains("To: chair@example.org"));
    assert!(message.contains("Subject: Be Supported: Board update"));
    assert!(message.contains("Content-Type: application/pdf"));
    assert!(message.contains("be-supported-board-update-"));
    assert_eq!(audit_count(&app, "board_update_emailed"), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM board_updates"), 1);

    // The next update starts from the one the Board has: nothing yet, then the new change.
    let next = browser.get(update).await;
    assert!(next.contains("Since the last Board update ("));
    assert!(next.contains("No action has changed."));
    let action = app.texts(
        "SELECT id AS value FROM tracked_actions WHERE we_do LIKE 'A \u{201c}who to talk to%'",
    )[0]
    .clone()
    .unwrap();
    let action_page = format!("/staff/programmes/be-supported/actions/{action}");
    browser.get(&action_page).await;
    browser
        .post(
            &format!("{action_page}/status"),
            &[
                ("status", "doing"),
                ("note", "Posters are at the printers."),
            ],
        )
        .await;
    let after = browser.get(update).await;
    assert!(after.contains("now under way"));
    assert!(after.contains("Posters are at the printers."));
    assert!(!after.contains("No action has changed."));

    // A programme with no closed wave has no update to make.
    youthvoice::demo::load_planned_wave(&mut app.connection()).unwrap();
    assert_eq!(
        browser
            .get("/staff/programmes/be-healthy/board-update")
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn the_board_update_is_refused_once_its_wave_changed_since_a_published_report() {
    let app = spawn_app_with(|settings| {
        settings.board_emails = vec![EmailAddress::parse("chair@example.org").unwrap()];
    })
    .await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, chrono::Utc::now());
    youthvoice::demo::load_working_group(&mut app.connection(), &clock).unwrap();
    youthvoice::demo::load_reports(
        &mut app.connection(),
        &clock,
        youthvoice::domain::organisation::DEFAULT_NAME,
    )
    .unwrap();
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser_signed_in_as(&analyst);
    let update = "/staff/programmes/be-supported/board-update";
    assert_eq!(browser.get(update).await.status, 200);

    // The 2021 summary is published; then 2021's answers change. An update made from the new
    // numbers could be set beside the published report to single out the answers that changed.
    app.execute(
        "DELETE FROM responses WHERE survey_id IN (SELECT id FROM surveys WHERE slug = 'be-supported-2021')",
    );
    let refused = browser.get(update).await;
    assert_eq!(refused.status, 400);
    assert!(refused.contains("its numbers cannot go to the Board now"));
    assert!(
        refused.contains("numbers have changed since its"),
        "{}",
        refused.body
    );
    assert_eq!(browser.get_bytes(&format!("{update}/pdf")).await.0, 400);
    browser.get("/staff/programmes/be-supported/actions").await;
    let email = browser.post(&format!("{update}/email"), &[]).await;
    assert_eq!(email.status, 400);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM board_updates"), 0);
}
