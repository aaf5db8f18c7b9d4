//! Staff accounts: the first admin, signing in, throttling, sessions, invitations, resets.

use youthvoice::app::accounts::onboarding::first_admin_link;
use youthvoice::domain::staff::Role;

use crate::helpers::{link_path_in, spawn_app, spawn_app_with};

const PASSWORD: &str = "a long enough passphrase";

#[tokio::test]
async fn the_first_start_link_creates_the_first_admin_once() {
    let app = spawn_app().await;
    let link = first_admin_link(
        &mut app.connection(),
        "http://example.org",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap()
    .expect("no admin yet");
    assert!(link.starts_with("http://example.org/staff/setup/"));
    let path = link_path_in(&link);
    let browser = app.browser();
    let form = browser.get(&path).await;
    assert_eq!(form.status, 200);
    assert_eq!(form.h1(), "Create the first admin account");

    let short = browser
        .post(
            &path,
            &[
                ("display_name", "Alex"),
                ("email", "alex@example.org"),
                ("password", "short"),
                ("confirmation", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.contains("at least 12 characters"));
    assert!(
        short.contains("value=\"alex@example.org\""),
        "typed values are kept"
    );

    let made = browser
        .post(
            &path,
            &[
                ("display_name", "Alex"),
                ("email", "Alex@Example.org"),
                ("password", PASSWORD),
                ("confirmation", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        made.location.as_deref(),
        Some("/staff?done=first_admin"),
        "signed in at once, without typing the password again"
    );
    let home = browser.get("/staff?done=first_admin").await;
    assert_eq!(home.status, 200);
    assert!(home.contains("Your admin account is ready and you are signed in"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'signed_in'"),
        1
    );
    let again = browser
        .post(
            &path,
            &[
                ("display_name", "Eve"),
                ("email", "eve@example.org"),
                ("password", PASSWORD),
                ("confirmation", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status, 410, "the link works once");
    assert_eq!(
        first_admin_link(
            &mut app.connection(),
            "http://example.org",
            chrono::Utc::now().naive_utc(),
        )
        .unwrap(),
        None
    );

    let signed_in = browser.sign_in("alex@example.org", PASSWORD).await;
    assert_eq!(signed_in.location.as_deref(), Some("/staff"));
    let home = browser.get("/staff").await;
    assert!(home.contains("Staff accounts"));
}

#[tokio::test]
async fn wrong_passwords_and_unknown_addresses_get_the_same_answer() {
    let app = spawn_app().await;
    app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser();
    let wrong = browser
        .sign_in("analyst@example.org", "not the password")
        .await;
    let unknown = browser
        .sign_in("nobody@example.org", "not the password")
        .await;
    assert_eq!(wrong.status, 422);
    assert_eq!(unknown.status, 422);
    assert!(wrong.contains("The email address or password is not right"));
    assert_eq!(wrong.h1(), unknown.h1());
    assert!(wrong.title().starts_with("Error: "));
    assert!(wrong.contains("value=\"analyst@example.org\""));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign_in_failed'"),
        2
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM staff_sessions"), 0);
}

#[tokio::test]
async fn five_failures_lock_an_address_until_the_lock_expires() {
    let app = spawn_app().await;
    app.create_staff("rep@example.org", Role::Moderator, PASSWORD);
    let browser = app.browser();
    for _ in 0..5 {
        assert_eq!(
            browser
                .sign_in("rep@example.org", "guess guess guess")
                .await
                .status,
            422
        );
    }
    let locked = browser.sign_in("rep@example.org", PASSWORD).await;
    assert_eq!(locked.status, 429, "even the right password waits");
    assert!(locked.contains("Too many wrong attempts"));
    // Unknown addresses lock the same way, so locking reveals nothing.
    for _ in 0..5 {
        browser
            .sign_in("ghost@example.org", "guess guess guess")
            .await;
    }
    assert_eq!(
        browser
            .sign_in("ghost@example.org", "guess guess guess")
            .await
            .status,
        429
    );

    {
        use diesel::RunQueryDsl;
        diesel::sql_query("UPDATE sign_in_throttle SET locked_until = '2020-01-01 00:00:00'")
            .execute(&mut *app.connection())
            .unwrap();
    }
    let after = browser.sign_in("rep@example.org", PASSWORD).await;
    assert_eq!(
        after.location.as_deref(),
        Some("/staff"),
        "the lock has expired"
    );
}

#[tokio::test]
async fn twelve_parallel_guessers_get_five_passwords_checked_and_never_a_server_error() {
    let app = spawn_app().await;
    app.create_staff("rep@example.org", Role::Moderator, PASSWORD);
    let mut guessers = Vec::new();
    for thread in 0..12 {
        let browser = app.browser();
        guessers.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for guess in 0..8 {
                let typed = format!("guess {thread} {guess} of many");
                statuses.push(browser.sign_in("rep@example.org", &typed).await.status);
            }
            statuses
        }));
    }
    let mut statuses = Vec::new();
    for guesser in guessers {
        statuses.extend(guesser.await.unwrap());
    }
    assert_eq!(statuses.len(), 96);
    assert!(
        statuses
            .iter()
            .all(|status| *status == 422 || *status == 429),
        "only wrong-password and wait pages: {statuses:?}"
    );
    let checked = app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign_in_failed'");
    assert!(
        (1..=5).contains(&checked),
        "{checked} passwords were checked"
    );
    assert_eq!(
        statuses.iter().filter(|status| **status == 422).count() as i64,
        checked
    );
    let locked = app.browser().sign_in("rep@example.org", PASSWORD).await;
    assert_eq!(locked.status, 429, "the lock holds for the right password");
}

#[tokio::test]
async fn addresses_nobody_tried_for_a_day_are_forgotten() {
    let app = spawn_app().await;
    let browser = app.browser();
    browser
        .sign_in("ghost@example.org", "guess guess guess")
        .await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM sign_in_throttle"), 1);
    app.execute("UPDATE sign_in_throttle SET last_attempt_at = '2020-01-01 00:00:00'");
    browser
        .sign_in("other@example.org", "guess guess guess")
        .await;
    // The server's regular upkeep, which `serve` runs every ten minutes.
    youthvoice::db::upkeep::frequent(&mut app.connection(), chrono::Utc::now().naive_utc())
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM sign_in_throttle"),
        1,
        "only the address tried today is kept"
    );
}

fn staff_cookie(page: &crate::helpers::Page) -> String {
    page.headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|cookie| cookie.starts_with("yv_staff="))
        .expect("a staff cookie is set")
}

#[tokio::test]
async fn signing_in_issues_a_fresh_session_and_ends_the_old_one() {
    let app = spawn_app().await;
    app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let browser = app.browser();
    let first = staff_cookie(&browser.sign_in("analyst@example.org", PASSWORD).await);
    let second = staff_cookie(&browser.sign_in("analyst@example.org", PASSWORD).await);
    assert_ne!(first, second);
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/staff"] {
        assert!(first.contains(attribute), "{attribute} in {first}");
    }
    assert!(!first.contains("Secure"), "plain http in tests");
    let value = &first["yv_staff=".len()..first.find(';').unwrap()];
    assert_eq!(value.len(), 64, "256 random bits");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM staff_sessions"), 1);

    let old = app.browser();
    old.set_cookie(&format!("yv_staff={value}; Path=/staff"));
    assert_eq!(
        old.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
}

#[tokio::test]
async fn cookies_are_secure_and_https_is_insisted_on_when_the_site_is_https() {
    let app =
        spawn_app_with(|settings| settings.base_url = "https://youthvoice.example.org".into())
            .await;
    app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let page = app.browser().sign_in("analyst@example.org", PASSWORD).await;
    assert!(staff_cookie(&page).contains("Secure"));
    assert_eq!(
        page.headers
            .get("strict-transport-security")
            .map(|value| value.to_str().unwrap()),
        Some("max-age=31536000; includeSubDomains")
    );
    let plain = spawn_app().await;
    let page = plain.browser().get("/staff/sign-in").await;
    assert!(
        page.headers.get("strict-transport-security").is_none(),
        "not on a plain-http site, where it would be ignored or break a local copy"
    );
}

#[tokio::test]
async fn sessions_end_after_idle_and_absolute_timeouts() {
    use diesel::RunQueryDsl;
    let app = spawn_app().await;
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let idle = app.browser_signed_in_as(&analyst);
    assert_eq!(idle.get("/staff").await.status, 200);
    let three_hours_ago =
        (chrono::Utc::now().naive_utc() - chrono::Duration::hours(3)).format("%Y-%m-%d %H:%M:%S");
    diesel::sql_query(format!(
        "UPDATE staff_sessions SET last_seen_at = '{three_hours_ago}'"
    ))
    .execute(&mut *app.connection())
    .unwrap();
    assert_eq!(
        idle.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );

    let busy = app.browser_signed_in_as(&analyst);
    let thirteen_hours_ago =
        (chrono::Utc::now().naive_utc() - chrono::Duration::hours(13)).format("%Y-%m-%d %H:%M:%S");
    diesel::sql_query(format!(
        "UPDATE staff_sessions SET created_at = '{thirteen_hours_ago}'"
    ))
    .execute(&mut *app.connection())
    .unwrap();
    assert_eq!(
        busy.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = spawn_app().await;
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let laptop = app.browser_signed_in_as(&analyst);
    let phone = app.browser_signed_in_as(&analyst);
    laptop.get("/staff").await;
    let out = laptop.post("/staff/sign-out-everywhere", &[]).await;
    assert_eq!(
        out.location.as_deref(),
        Some("/staff/sign-in?done=everywhere")
    );
    assert_eq!(
        phone.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM staff_sessions"), 0);

    let tablet = app.browser_signed_in_as(&analyst);
    tablet.get("/staff").await;
    tablet.post("/staff/sign-out", &[]).await;
    assert_eq!(
        tablet.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
}

#[tokio::test]
async fn an_admin_invites_a_moderator_who_sets_a_password_and_sees_only_moderation() {
    let app = spawn_app().await;
    let admin = app.create_staff("admin@example.org", Role::Admin, PASSWORD);
    let browser = app.browser_signed_in_as(&admin);
    browser.get("/staff/users/invite").await;
    let missing = browser
        .post(
            "/staff/users/invite",
            &[("display_name", "Sam"), ("email", "sam@example")],
        )
        .await;
    assert_eq!(missing.status, 422);
    assert!(missing.contains("Enter an email address") || missing.contains("Choose a role"));
    let empty = browser
        .post(
            "/staff/users/invite",
            &[("display_name", ""), ("email", ""), ("role", "")],
        )
        .await;
    assert_eq!(empty.status, 422);
    for said in [
        "Enter their name",
        "Enter an email address",
        "Choose a role",
    ] {
        assert!(empty.contains(said), "every problem at once: {said}");
    }
    let sent = browser
        .post(
            "/staff/users/invite",
            &[
                ("display_name", "Sam"),
                ("email", "sam@example.org"),
                ("role", "moderator"),
            ],
        )
        .await;
    assert_eq!(sent.location.as_deref(), Some("/staff/users?done=invited"));
    let email = app.mailer.sent().pop().expect("an invitation was emailed");
    assert_eq!(email.to, "sam@example.org");
    assert!(email.html.contains("Moderator (VOXY rep)"));
    for said in [
        "You never see who wrote it.",
        "A trained adult, the safeguarding lead, takes it from there.",
        "You can stop at any time",
    ] {
        assert!(email.text.contains(said), "the role is explained: {said}");
        assert!(email.html.contains(said), "in both parts: {said}");
    }

    let link = app.link_emailed_to("sam@example.org");
    let sam = app.browser();
    assert_eq!(sam.get(&link).await.h1(), "Set your password");
    let saved = sam
        .post(&link, &[("password", PASSWORD), ("confirmation", PASSWORD)])
        .await;
    assert_eq!(
        saved.location.as_deref(),
        Some("/staff/sign-in?done=password")
    );
    assert_eq!(
        sam.post(&link, &[("password", PASSWORD), ("confirmation", PASSWORD)])
            .await
            .status,
        410
    );

    sam.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(sam.get("/staff").await.status, 200);
    assert_eq!(sam.get("/staff/users").await.status, 403);
    assert_eq!(sam.get("/staff/audit").await.status, 403);

    let twice = browser
        .post(
            "/staff/users/invite",
            &[
                ("display_name", "Sam"),
                ("email", "sam@example.org"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert!(twice.contains("already has an account"));
    let audit = browser.get("/staff/audit").await;
    assert!(audit.contains("Invited a user: s***@example.org as moderator"));
    assert!(audit.contains("Accepted an invitation"));
}

#[tokio::test]
async fn a_password_reset_link_works_once_ends_old_sessions_and_expires() {
    let app = spawn_app().await;
    let viewer = app.create_staff("board@example.org", Role::Viewer, PASSWORD);
    let old_session = app.browser_signed_in_as(&viewer);
    let browser = app.browser();
    browser.get("/staff/password-reset").await;
    let unknown = browser
        .post("/staff/password-reset", &[("email", "nobody@example.org")])
        .await;
    let known = browser
        .post("/staff/password-reset", &[("email", "board@example.org")])
        .await;
    assert_eq!(
        unknown.h1(),
        known.h1(),
        "the page does not say whether an account exists"
    );
    assert_eq!(unknown.body, known.body, "the very same page");
    app.wait_for_emails(1).await;
    assert_eq!(app.mailer.sent().len(), 1);

    let link = app.link_emailed_to("board@example.org");
    browser.get(&link).await;
    let new_password = "a brand new passphrase";
    let mismatch = browser
        .post(
            &link,
            &[
                ("password", new_password),
                ("confirmation", "something else entirely"),
            ],
        )
        .await;
    assert!(mismatch.contains("The passwords do not match"));
    let saved = browser
        .post(
            &link,
            &[("password", new_password), ("confirmation", new_password)],
        )
        .await;
    assert_eq!(saved.status, 303);
    assert_eq!(browser.get(&link).await.status, 410, "used");
    assert_eq!(
        old_session.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
    assert_eq!(
        browser.sign_in("board@example.org", PASSWORD).await.status,
        422
    );
    assert_eq!(
        browser
            .sign_in("board@example.org", new_password)
            .await
            .location
            .as_deref(),
        Some("/staff")
    );

    browser.get("/staff/password-reset").await;
    browser
        .post("/staff/password-reset", &[("email", "board@example.org")])
        .await;
    app.wait_for_emails(2).await;
    let expiring = app.link_emailed_to("board@example.org");
    {
        use diesel::RunQueryDsl;
        diesel::sql_query(
            "UPDATE one_time_tokens SET expires_at = '2020-01-01 00:00:00' WHERE used_at IS NULL",
        )
        .execute(&mut *app.connection())
        .unwrap();
    }
    assert_eq!(browser.get(&expiring).await.status, 410);
}

#[tokio::test]
async fn admins_change_roles_and_disable_accounts_but_never_the_last_admin() {
    let app = spawn_app().await;
    let admin = app.create_staff("admin@example.org", Role::Admin, PASSWORD);
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let analyst_browser = app.browser_signed_in_as(&analyst);
    let browser = app.browser_signed_in_as(&admin);
    let users = browser.get("/staff/users").await;
    assert!(users.contains("analyst@example.org"));

    let role = browser
        .post(
            &format!("/staff/users/{}/role", analyst.id),
            &[("role", "viewer")],
        )
        .await;
    assert_eq!(role.location.as_deref(), Some("/staff/users?done=role"));
    let last = browser
        .post(
            &format!("/staff/users/{}/role", admin.id),
            &[("role", "analyst")],
        )
        .await;
    assert_eq!(last.status, 409);
    assert!(last.contains("There must always be at least one active admin"));
    let own = browser
        .post(&format!("/staff/users/{}/disable", admin.id), &[])
        .await;
    assert!(own.contains("You cannot disable your own account"));

    let disabled = browser
        .post(&format!("/staff/users/{}/disable", analyst.id), &[])
        .await;
    assert_eq!(
        disabled.location.as_deref(),
        Some("/staff/users?done=disabled")
    );
    assert_eq!(
        analyst_browser.get("/staff").await.location.as_deref(),
        Some("/staff/sign-in")
    );
    assert_eq!(
        app.browser()
            .sign_in("analyst@example.org", PASSWORD)
            .await
            .status,
        422
    );
    browser
        .post(&format!("/staff/users/{}/enable", analyst.id), &[])
        .await;
    assert_eq!(
        app.browser()
            .sign_in("analyst@example.org", PASSWORD)
            .await
            .status,
        303
    );

    let audit = browser.get("/staff/audit").await;
    for action in [
        "Changed a role",
        "Disabled an account",
        "Enabled an account",
        "Signed in",
    ] {
        assert!(audit.contains(action), "{action}");
    }
    let bad_role = browser
        .post(
            &format!("/staff/users/{}/role", analyst.id),
            &[("role", "superuser")],
        )
        .await;
    assert_eq!(bad_role.status, 400);
    let unknown = browser.post("/staff/users/not-a-uuid/disable", &[]).await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn staff_forms_need_the_csrf_token() {
    let app = spawn_app().await;
    app.create_staff("admin@example.org", Role::Admin, PASSWORD);
    let browser = app.browser();
    let page = browser
        .post_raw(
            "/staff/sign-in",
            "application/x-www-form-urlencoded",
            format!(
                "email=admin%40example.org&password={}",
                PASSWORD.replace(' ', "+")
            )
            .into_bytes(),
        )
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM staff_sessions"), 0);
}

/// Young people's pages promise anonymity; staff pages, where the promise is not staff's to
/// receive, remind them that what young people wrote stays confidential.
#[tokio::test]
async fn staff_pages_promise_confidentiality_and_survey_pages_anonymity() {
    let app = spawn_app().await;
    app.open_survey("footer-check");
    let browser = app.browser();
    let help = browser.get("/help").await;
    assert!(help.contains("Your answers are anonymous"));
    let start = browser.get("/s/footer-check").await;
    assert!(start.contains("Your answers are anonymous"));
    let sign_in = browser.get("/staff/sign-in").await;
    assert!(!sign_in.contains("Your answers are anonymous"));
    assert!(sign_in.contains("What young people wrote stays here"));
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, PASSWORD);
    let staff = app.browser_signed_in_as(&analyst);
    let home = staff.get("/staff").await;
    assert!(!home.contains("Your answers are anonymous"));
    assert!(home.contains("What young people wrote stays here"));
}
