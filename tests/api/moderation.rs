//! Quote moderation as VOXY reps do it: a rep clears the queue of a wave given to them (hides a
//! suggested name and school and approves, rejects one, flags one, keeps one for analysis), the
//! safeguarding lead gets the flagged words through a real SMTP server, and a second person
//! publishes the quote. Everything refused changes nothing.

use youthvoice::domain::staff::{EmailAddress, Role};
use youthvoice::email::MailSettings;

use crate::helpers::{Browser, Page, TestApp, spawn_app_with};
use crate::import_export::{new_wave, succeeds, youthvoice};
use crate::smtp::{SmtpServer, unfold_quoted_printable};

const ANSWERS: &str = "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n\
    1,2023-03-01,standard,My teacher Mrs Patel at Banbury Academy really helped me,yes,age_14_15\n\
    2,2023-03-01,standard,More youth clubs in the evenings,yes,age_14_15\n\
    3,2023-03-02,easy_read,Sometimes I am not safe at home,no,age_14_15\n\
    4,2023-03-02,standard,idk,no,\n";

pub(crate) fn survey_id(app: &TestApp, slug: &str) -> String {
    app.texts(&format!(
        "SELECT id AS value FROM surveys WHERE slug = '{slug}'"
    ))[0]
        .clone()
        .unwrap()
}

/// A wave holding the four answers above.
fn wave_with_answers(app: &TestApp, slug: &str) {
    wave_holding(app, slug, ANSWERS);
}

/// A new wave with the responses of `csv` (the wide responses CSV) imported.
pub(crate) fn wave_holding(app: &TestApp, slug: &str, csv: &str) {
    new_wave(app, slug);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.csv");
    std::fs::write(&file, csv).unwrap();
    succeeds(&youthvoice(
        app,
        &[
            "import",
            "responses",
            "--survey",
            slug,
            file.to_str().unwrap(),
        ],
    ));
}

/// The links to answers on a queue page, in the order shown.
pub(crate) fn answer_links(page: &Page) -> Vec<String> {
    page.body
        .match_indices("href=\"/staff/moderation/")
        .map(|(at, _)| {
            let start = at + "href=\"".len();
            let end = page.body[start..].find('"').unwrap() + start;
            page.body[start..end].to_owned()
        })
        .filter(|link| !link.ends_with("/settings"))
        .collect()
}

/// The answer page whose answer contains `words`.
async fn answer_containing(browser: &Browser, links: &[String], words: &str) -> (String, Page) {
    for link in links {
        let page = browser.get(link).await;
        if page.contains(words) {
            return (link.clone(), page);
        }
    }
    panic!("no answer contains {words:?}");
}

/// The `value` of every checkbox named `suggestion`.
pub(crate) fn suggestions(page: &Page) -> Vec<String> {
    page.body
        .match_indices("name=\"suggestion\" value=\"")
        .map(|(at, marker)| {
            let start = at + marker.len();
            let end = page.body[start..].find('"').unwrap() + start;
            page.body[start..end].to_owned()
        })
        .collect()
}

/// The fingerprint of the hidden words the page showed, which an approval sends back.
pub(crate) fn shown(page: &Page) -> String {
    let marker = "name=\"shown\" value=\"";
    let start = page
        .body
        .find(marker)
        .expect("the answer page has a decision form")
        + marker.len();
    let end = page.body[start..].find('"').unwrap() + start;
    page.body[start..end].to_owned()
}

/// Approves the answer on `page` as its form stands, every suggestion still ticked; `extra` fields
/// replace the form's own.
pub(crate) async fn approve(
    browser: &Browser,
    link: &str,
    page: &Page,
    theme: &str,
    extra: &[(&str, &str)],
) -> Page {
    let shown = shown(page);
    let ticked = suggestions(page);
    let mut fields: Vec<(&str, &str)> = extra.to_vec();
    for default in [
        ("shown", shown.as_str()),
        ("decision", "approve"),
        ("theme", theme),
        ("words", ""),
        ("mark", "removed"),
    ] {
        if !extra.iter().any(|(name, _)| *name == default.0) {
            fields.push(default);
        }
    }
    fields.extend(ticked.iter().map(|value| ("suggestion", value.as_str())));
    browser.post(&format!("{link}/decision"), &fields).await
}

fn status_of(app: &TestApp, words: &str) -> String {
    app.texts(&format!(
        "SELECT q.status AS value FROM quotes q JOIN answers a ON a.response_id = q.response_id \
         AND a.question_id = q.question_id WHERE a.text_value LIKE '%{words}%'"
    ))[0]
        .clone()
        .unwrap()
}

#[tokio::test]
async fn a_rep_clears_the_queue_the_lead_hears_and_a_second_person_publishes() {
    let smtp = SmtpServer::start();
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = spawn_app_with(|settings| {
        settings.mail = MailSettings::Smtp { url };
        settings.safeguarding_lead = Some(EmailAddress::parse("lead@example.org").unwrap());
    })
    .await;
    wave_with_answers(&app, "voices");
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let rep = app.create_staff(
        "rep@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    let officer = app.create_staff(
        "officer@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let rep_browser = app.browser_signed_in_as(&rep);

    let unassigned = rep_browser.get("/staff/moderation").await;
    assert!(unassigned.contains("No waves have been given to you yet"));
    assert!(answer_links(&unassigned).is_empty());

    let admin_browser = app.browser_signed_in_as(&admin);
    let users = admin_browser.get("/staff/users").await;
    let waves_link = format!("/staff/users/{}/waves", rep.id);
    assert!(users.contains(&format!("href=\"{waves_link}\"")));
    admin_browser.get(&waves_link).await;
    let assigned = admin_browser
        .post(
            &waves_link,
            &[
                ("waves_listed", "yes"),
                ("wave", &survey_id(&app, "voices")),
            ],
        )
        .await;
    assert_eq!(
        assigned.location.as_deref(),
        Some("/staff/users?done=waves")
    );

    let queue = rep_browser.get("/staff/moderation").await;
    assert!(queue.contains("4 answers are waiting for you"));
    assert!(queue.contains("If something you read upsets you"));
    let links = answer_links(&queue);
    assert_eq!(links.len(), 4);
    assert!(
        !queue.contains("Sometimes I am not safe at home"),
        "the queue folds a worrying answer's words away"
    );
    assert!(queue.contains("Content note: this answer may be upsetting"));
    let first = rep_browser.get(&links[0]).await;
    assert!(
        first.contains("Sometimes I am not safe at home"),
        "a worrying answer comes first"
    );
    assert!(first.contains("which is on the safeguarding list"));
    let note = first.body.find("Content note:").unwrap();
    let folded = first
        .body
        .find("<summary>Read the answer</summary>")
        .unwrap();
    let words = first.body.find("Sometimes I am not safe at home").unwrap();
    assert!(
        note < folded && folded < words,
        "a content note, then the words folded until the rep chooses to read them"
    );
    let flag_button = first
        .body
        .find("Flag a safeguarding concern</button>")
        .unwrap();
    let decision = first.body.find("Your decision").unwrap();
    assert!(flag_button < decision, "flagging comes first on the page");
    for other_data in [
        "age_14_15",
        "14 or 15",
        "2023-03-02",
        "easy_read",
        "Easy Read",
    ] {
        assert!(
            !queue.contains(other_data) && !first.contains(other_data),
            "moderators see nothing else about a response: {other_data}"
        );
    }

    // Hide the suggested name and school, then approve.
    let (patel, page) = answer_containing(&rep_browser, &links, "Mrs Patel").await;
    let suggested = suggestions(&page);
    assert_eq!(suggested.len(), 2, "{suggested:?}");
    assert!(page.contains("\u{201C}Mrs Patel\u{201D} (maybe a name) becomes [name]"));
    let outside = rep_browser
        .post(
            &format!("{patel}/redactions"),
            &[("suggestion", "40:400:name")],
        )
        .await;
    assert_eq!(outside.status, 422);
    assert!(outside.contains("are not inside the answer"));
    let hidden = rep_browser
        .post(
            &format!("{patel}/redactions"),
            &[("suggestion", &suggested[0]), ("suggestion", &suggested[1])],
        )
        .await;
    let page = rep_browser.follow(hidden).await;
    assert!(page.contains(
        "My teacher <mark class=\"redaction\">[name]</mark> at <mark class=\"redaction\">[school]</mark> really helped me"
    ));
    let theme = "13: Know who to talk to, be listened to and believed";
    let no_theme = rep_browser
        .post(&format!("{patel}/decision"), &[("decision", "approve")])
        .await;
    assert_eq!(no_theme.status, 422);
    assert!(no_theme.contains("Choose a theme"));
    let approved = approve(&rep_browser, &patel, &page, theme, &[]).await;
    assert_eq!(
        approved.location.as_deref(),
        Some("/staff/moderation?done=second_approval")
    );
    let page = rep_browser.get(&patel).await;
    let twice = approve(&rep_browser, &patel, &page, theme, &[]).await;
    assert_eq!(twice.status, 409);
    assert!(twice.contains("A different person must give the second approval"));

    // Reject one.
    let (clubs, _) = answer_containing(&rep_browser, &links, "More youth clubs").await;
    let rejected = rep_browser
        .post(
            &format!("{clubs}/decision"),
            &[("decision", "reject"), ("reason", "duplicate")],
        )
        .await;
    assert_eq!(
        rejected.location.as_deref(),
        Some("/staff/moderation?done=rejected")
    );

    // Without consent: never a quote, but kept for analysis.
    let (idk, _) = answer_containing(&rep_browser, &links, "idk").await;
    let refused = rep_browser
        .post(
            &format!("{idk}/decision"),
            &[("decision", "approve"), ("theme", theme)],
        )
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.contains("did not agree to their words being shared"));
    assert_eq!(status_of(&app, "idk"), "waiting", "nothing changed");
    rep_browser
        .post(
            &format!("{idk}/decision"),
            &[("decision", "analysis"), ("theme", theme)],
        )
        .await;
    assert_eq!(status_of(&app, "idk"), "analysis_only");

    // Flag the worrying one: the lead gets the words, and nothing else.
    let (worry, _) = answer_containing(&rep_browser, &links, "not safe").await;
    let asked = rep_browser.post(&format!("{worry}/flag"), &[]).await;
    assert_eq!(asked.status, 200);
    assert_eq!(asked.h1(), "Flag this answer to the safeguarding lead?");
    assert_eq!(
        status_of(&app, "not safe"),
        "waiting",
        "not flagged until confirmed"
    );
    let flagged = rep_browser
        .post(&format!("{worry}/flag"), &[("confirm", "yes")])
        .await;
    assert_eq!(
        flagged.location.as_deref(),
        Some("/staff/moderation?done=flagged")
    );
    let message = unfold_quoted_printable(&smtp.wait_for_message());
    assert!(message.contains("To: lead@example.org"), "{message}");
    assert!(message.contains("Subject: Safeguarding: an answer needs your review (voices)"));
    assert!(message.contains("> Sometimes I am not safe at home"));
    assert!(!message.contains("age_14_15") && !message.contains("2023-03-02"));
    assert_eq!(
        app.texts(
            "SELECT u.email AS value FROM audit_log a JOIN users u ON u.id = a.actor_id \
             WHERE a.action = 'safeguarding_flag_raised'"
        ),
        [Some("rep@example.org".to_owned())]
    );

    let cleared = rep_browser.get("/staff/moderation").await;
    assert!(cleared.contains("There is nothing waiting for you"));
    assert!(cleared.contains("1 answer you approved is waiting for a second person"));

    // The officer gives the second approval, and deals with the flag.
    let officer_browser = app.browser_signed_in_as(&officer);
    let page = officer_browser.get(&patel).await;
    assert!(
        page.contains("exactly these words are published")
            && page.contains("My teacher [name] at [school] really helped me"),
        "the second approver sees the exact words"
    );
    let published = approve(&officer_browser, &patel, &page, theme, &[]).await;
    assert_eq!(
        published.location.as_deref(),
        Some("/staff/moderation?done=published")
    );
    assert_eq!(
        app.texts("SELECT published_text AS value FROM quotes WHERE status = 'published'"),
        [Some(
            "My teacher [name] at [school] really helped me".to_owned()
        )]
    );
    assert_eq!(
        report_quotes(&app, "voices"),
        "survey,theme,quote,age_band\n\
         voices,\"13: Know who to talk to, be listened to and believed\",\
         My teacher [name] at [school] really helped me,\n",
        "three young people gave that age band: too few to name it"
    );
    let dir = tempfile::tempdir().unwrap();
    let more = dir.path().join("more.csv");
    let rows: String = (0..7)
        .map(|n| format!("m{n},2023-03-03,standard,,,age_14_15\n"))
        .collect();
    std::fs::write(
        &more,
        format!(
            "response_id,submitted_on,format,what_would_help,consent_to_quote,age_band\n{rows}"
        ),
    )
    .unwrap();
    succeeds(&youthvoice(
        &app,
        &[
            "import",
            "responses",
            "--survey",
            "voices",
            "--append",
            more.to_str().unwrap(),
        ],
    ));
    assert!(
        report_quotes(&app, "voices").ends_with(",14 or 15\n"),
        "ten gave it: the age band may be shown"
    );
    let flags = officer_browser.get("/staff/safeguarding").await;
    assert!(flags.contains("Sometimes I am not safe at home"));
    assert!(flags.contains("<strong>1</strong> flag is waiting"));
    // A flag raised by mistake can be withdrawn by the lead: the answer is read afresh.
    let withdraw_action = format!(
        "/staff/safeguarding/{}/withdraw",
        worry.rsplit('/').next().unwrap()
    );
    let withdrawn = officer_browser.post(&withdraw_action, &[]).await;
    assert_eq!(
        withdrawn.location.as_deref(),
        Some("/staff/safeguarding?done=withdrawn")
    );
    assert_eq!(status_of(&app, "not safe"), "waiting");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'safeguarding_flag_withdrawn'"
        ),
        1
    );
    assert_eq!(
        officer_browser.post(&withdraw_action, &[]).await.status,
        404
    );
    let flagged_again = officer_browser
        .post(&format!("{worry}/flag"), &[("confirm", "yes")])
        .await;
    assert_eq!(flagged_again.status, 303);
    let flags = officer_browser.get("/staff/safeguarding").await;
    assert!(flags.contains("<strong>1</strong> flag is waiting"));
    let handled_action = format!(
        "/staff/safeguarding/{}/handled",
        worry.rsplit('/').next().unwrap()
    );
    let handled = officer_browser.post(&handled_action, &[]).await;
    assert_eq!(
        handled.location.as_deref(),
        Some("/staff/safeguarding?done=handled")
    );
    let flags = officer_browser.follow(handled).await;
    assert!(
        flags.contains("Handled by analyst person"),
        "{}",
        flags.body
    );
    assert_eq!(officer_browser.post(&handled_action, &[]).await.status, 404);
}

/// The quotes.csv that `report --format csv` writes for a wave.
pub(crate) fn report_quotes(app: &TestApp, slug: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    succeeds(&youthvoice(
        app,
        &[
            "report",
            "--survey",
            slug,
            "--format",
            "csv",
            "--out",
            out.path().to_str().unwrap(),
        ],
    ));
    std::fs::read_to_string(out.path().join("quotes.csv")).unwrap()
}

#[tokio::test]
async fn a_rep_cannot_touch_a_wave_nobody_gave_them() {
    let app = spawn_app_with(|_| {}).await;
    wave_with_answers(&app, "elsewhere");
    let officer = app.create_staff(
        "officer@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let rep = app.create_staff(
        "rep@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    let officer_browser = app.browser_signed_in_as(&officer);
    let links = answer_links(&officer_browser.get("/staff/moderation").await);
    assert_eq!(links.len(), 4, "staff see every wave");

    let rep_browser = app.browser_signed_in_as(&rep);
    rep_browser.get("/staff/moderation").await;
    let page = rep_browser.get(&links[0]).await;
    assert_eq!(page.status, 403);
    assert_eq!(page.h1(), "You do not moderate this wave");
    for action in ["decision", "redactions", "flag"] {
        let refused = rep_browser
            .post(
                &format!("{}/{action}", links[0]),
                &[
                    ("decision", "reject"),
                    ("reason", "unclear"),
                    ("clear", "yes"),
                ],
            )
            .await;
        assert_eq!(refused.status, 403, "{action}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM quotes WHERE status <> 'waiting'"),
        0,
        "nothing changed"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM safeguarding_flags"), 0);
}

#[tokio::test]
async fn new_phrases_mark_waiting_answers_at_once() {
    let app = spawn_app_with(|_| {}).await;
    wave_with_answers(&app, "phrases");
    let officer = app.create_staff(
        "officer@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&officer);
    let settings = browser.get("/staff/moderation/settings").await;
    assert!(settings.contains("not safe"));
    assert!(settings.contains("Banbury Academy"));
    let saved = browser
        .post(
            "/staff/moderation/settings",
            &[
                ("phrases", "youth clubs\nnot safe"),
                ("schools", "Banbury Academy"),
                ("places", "Witney"),
                ("themes", "Transport"),
            ],
        )
        .await;
    assert_eq!(
        saved.location.as_deref(),
        Some("/staff/moderation/settings?done=saved")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM quotes WHERE concern = 'youth clubs'"),
        1
    );
    let links = answer_links(&browser.get("/staff/moderation").await);
    let (_, page) = answer_containing(&browser, &links, "idk").await;
    assert!(page.contains("<option value=\"Transport\">Transport</option>"));
    let too_long = browser
        .post(
            "/staff/moderation/settings",
            &[
                ("phrases", &"x".repeat(101)),
                ("schools", ""),
                ("places", ""),
                ("themes", ""),
            ],
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.contains("100 characters or fewer"));
    assert!(
        too_long.contains(&"x".repeat(101)),
        "what was typed is kept"
    );
}

#[tokio::test]
async fn the_daily_digest_tells_each_rep_how_many_wait_once_a_day_without_any_words() {
    let app = spawn_app_with(|_| {}).await;
    wave_with_answers(&app, "digest");
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let rep = app.create_staff(
        "rep@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    app.create_staff(
        "idle@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    let admin_browser = app.browser_signed_in_as(&admin);
    let waves_link = format!("/staff/users/{}/waves", rep.id);
    admin_browser.get(&waves_link).await;
    admin_browser
        .post(
            &waves_link,
            &[
                ("waves_listed", "yes"),
                ("wave", &survey_id(&app, "digest")),
            ],
        )
        .await;

    let outbox = tempfile::tempdir().unwrap();
    let digest = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
            .args(["moderation", "digest"])
            .env("DATABASE_URL", app.database.url())
            .env("OUTBOX_DIR", outbox.path())
            .env("BASE_URL", "https://voice.example.org")
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    assert_eq!(succeeds(&digest()).trim(), "Sent 1 digest emails.");
    let messages: Vec<String> = std::fs::read_dir(outbox.path())
        .unwrap()
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
        .collect();
    assert_eq!(messages.len(), 1, "only the rep with a wave hears");
    let message = unfold_quoted_printable(&messages[0]);
    assert!(message.contains("To: rep@example.org"));
    assert!(message.contains("Subject: 4 answers are waiting to be checked: digest"));
    assert!(message.contains("https://voice.example.org/staff/moderation"));
    for words in ["Patel", "youth clubs", "not safe", "idk"] {
        assert!(
            !message.contains(words),
            "no answer is ever in the email: {words}"
        );
    }
    assert_eq!(
        succeeds(&digest()).trim(),
        "Sent 0 digest emails.",
        "once a day"
    );
}

#[tokio::test]
async fn a_rep_clears_the_demo_queue_of_the_2022_wave() {
    let app = spawn_app_with(|settings| {
        settings.safeguarding_lead = Some(EmailAddress::parse("lead@example.org").unwrap());
    })
    .await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let rep = app.create_staff(
        "rep@example.org",
        Role::Moderator,
        "a long enough passphrase",
    );
    let admin_browser = app.browser_signed_in_as(&admin);
    let waves_link = format!("/staff/users/{}/waves", rep.id);
    admin_browser.get(&waves_link).await;
    admin_browser
        .post(
            &waves_link,
            &[
                ("waves_listed", "yes"),
                ("wave", &survey_id(&app, "be-supported-2022")),
            ],
        )
        .await;
    let waiting = app.count(
        "SELECT COUNT(*) AS n FROM quotes q JOIN surveys s ON s.id = q.survey_id \
         WHERE s.slug = 'be-supported-2022'",
    );
    assert!(
        waiting > 10,
        "the demo gives the rep something to do: {waiting}"
    );

    let browser = app.browser_signed_in_as(&rep);
    let theme = "16: Staff who are experienced and caring";
    let mut decided = 0;
    loop {
        let queue = browser.get("/staff/moderation").await;
        let Some(link) = answer_links(&queue).into_iter().next() else {
            assert!(queue.contains("There is nothing waiting for you"));
            break;
        };
        let page = browser.get(&link).await;
        let outcome = if page.contains("which is on the safeguarding list") {
            browser
                .post(&format!("{link}/flag"), &[("confirm", "yes")])
                .await
        } else if page.contains("Use it as a quote") {
            // One step: the ticked suggestions are hidden as the quote is approved.
            approve(&browser, &link, &page, theme, &[]).await
        } else {
            browser
                .post(
                    &format!("{link}/decision"),
                    &[("decision", "analysis"), ("theme", theme)],
                )
                .await
        };
        assert_eq!(outcome.status, 303, "{}", outcome.body);
        decided += 1;
        assert!(decided <= waiting, "the queue shrinks with every decision");
    }
    assert_eq!(decided, waiting);
    let flagged = app.count("SELECT COUNT(*) AS n FROM safeguarding_flags");
    assert_eq!(
        app.mailer
            .sent()
            .iter()
            .filter(|email| email.to == "lead@example.org")
            .count() as i64,
        flagged
    );
    // A second person publishes what the rep approved.
    let approved = app.texts("SELECT id AS value FROM quotes WHERE status = 'second_approval'");
    assert!(!approved.is_empty());
    admin_browser.get("/staff/moderation").await;
    for id in approved {
        let link = format!("/staff/moderation/{}", id.unwrap());
        let page = admin_browser.get(&link).await;
        let published = approve(&admin_browser, &link, &page, theme, &[]).await;
        assert_eq!(
            published.location.as_deref(),
            Some("/staff/moderation?done=published")
        );
    }
    let quotes = app.texts("SELECT published_text AS value FROM quotes WHERE status = 'published'");
    assert!(!quotes.is_empty());
    for quote in quotes.iter().flatten() {
        assert!(
            !quote.contains("Patel") && !quote.contains("Banbury Academy"),
            "no suggested name or school survives into a quote: {quote}"
        );
    }
}
