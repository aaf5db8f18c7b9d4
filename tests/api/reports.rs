//! Reports end to end on the demo waves: the command line writes each report as HTML and as a
//! tagged PDF whose numbers match the database; analysts preview, publish and email them; a
//! published version never changes afterwards; the public sees only summaries and Easy Read.

use youthvoice::domain::staff::Role;
use youthvoice::email::MailSettings;

use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use crate::import_export::{succeeds, youthvoice};
use crate::pdf_tools;
use crate::smtp::SmtpServer;

fn load_demo(app: &TestApp, with_reports: bool) {
    youthvoice::demo::load(&mut app.connection()).unwrap();
    if with_reports {
        use chrono::TimeZone;
        let noon = chrono::Utc
            .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .unwrap();
        let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, noon);
        youthvoice::demo::load_reports(
            &mut app.connection(),
            &clock,
            youthvoice::domain::organisation::DEFAULT_NAME,
        )
        .unwrap();
    }
}

/// Whitespace collapsed, so text can be matched across line breaks (PDF text, HTML source).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The share knowing who to talk to in 2022, counted straight from the answers table.
fn knows_who_to_talk_to(app: &TestApp) -> (i64, i64) {
    let count = |condition: &str| {
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM answers a JOIN questions q ON q.id = a.question_id \
             JOIN surveys s ON s.id = q.survey_id WHERE s.slug = 'be-supported-2022' \
             AND q.question_key = 'know_who_to_speak_to' AND {condition}"
        ))
    };
    (
        count("a.option_value IN ('strongly_agree', 'agree')"),
        count("a.option_value <> ''"),
    )
}

fn report(app: &TestApp, kind: &str, format: &str, folder: &std::path::Path) -> Vec<u8> {
    let out = folder.join(format!("{kind}.{format}"));
    succeeds(&youthvoice(
        app,
        &[
            "report",
            "--survey",
            "be-supported-2022",
            "--kind",
            kind,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    std::fs::read(out).unwrap()
}

/// Each `<figure>` of a page, as HTML.
fn figures(html: &str) -> Vec<&str> {
    html.split("<figure>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</figure>").unwrap()])
        .collect()
}

#[tokio::test]
async fn the_command_line_writes_the_2022_reports_as_html_and_tagged_pdf_with_the_database_numbers()
{
    let app = spawn_app().await;
    load_demo(&app, true);
    // A quote that would be code if a renderer ever read it as markup rather than as words.
    let hostile = r#"#panic("no") ]) <script>alert(1)</script> $x$ *really* helped"#;
    app.execute(&format!(
        "UPDATE quotes SET published_text = '{}' WHERE id = (SELECT MIN(id) FROM quotes \
         WHERE status = 'published' AND survey_id = (SELECT id FROM surveys WHERE slug = 'be-supported-2022'))",
        hostile.replace('\'', "''")
    ));
    let folder = tempfile::tempdir().unwrap();
    let (positive, answered) = knows_who_to_talk_to(&app);
    let share = format!("{}%", (positive as f64 * 100.0 / answered as f64).round());

    let summary = String::from_utf8(report(&app, "summary", "html", folder.path())).unwrap();
    let summary_text = flat(&summary);
    assert_eq!(
        summary.matches("class=\"finding\"").count(),
        4,
        "one finding per plan item"
    );
    assert!(
        summary_text.contains(&format!(
            "<span class=\"finding-figure\">{share}</span> of {answered} young people answering know who to talk to"
        )),
        "the headline is {share} of {answered}"
    );
    assert!(summary_text.contains("compared with 2019, 2020 and 2021"));
    assert!(
        summary.contains("fewer than 10"),
        "small groups are held back in words"
    );
    let quotes = summary.matches("<blockquote>").count();
    assert!((3..=6).contains(&quotes), "{quotes} quotes in the summary");
    assert!(
        summary.contains("The Children&#39;s Trust Board will discuss")
            || summary.contains("The Children's Trust Board will discuss")
    );
    for figure in figures(&summary) {
        assert!(
            figure.contains("role=\"img\"") && figure.contains("<table>"),
            "every chart has its table"
        );
    }

    let summary_pdf = report(&app, "summary", "pdf", folder.path());
    pdf_tools::assert_accessible(&summary_pdf);
    let pages = pdf_tools::pages(&summary_pdf);
    assert!((2..=4).contains(&pages), "the summary is {pages} pages");
    assert_eq!(
        pdf_tools::info(&summary_pdf)["Title"],
        "Be Supported 2022: Summary report"
    );
    let pdf_text = flat(&pdf_tools::text(&summary_pdf));
    assert!(
        pdf_text.contains(&format!("{share} of {answered} young people")),
        "{pdf_text}"
    );
    assert!(pdf_text.contains("fewer than 10"));

    let full = String::from_utf8(report(&app, "full", "html", folder.path())).unwrap();
    let full_figures = figures(&full);
    assert!(
        full_figures.len() >= 20,
        "{} figures in the full report",
        full_figures.len()
    );
    assert!(full_figures.iter().all(|figure| figure.contains("<table>")));
    for heading in [
        "How the survey was run",
        "Results question by question",
        "Appendix",
    ] {
        assert!(full.contains(heading), "{heading}");
    }
    assert!(
        full.contains("Of the groups, the share answering"),
        "breakdowns are drawn"
    );
    assert!(
        full.contains("Year on year: "),
        "each measure is tested against earlier years"
    );
    assert!(
        flat(&full).contains("were imported as published totals"),
        "the totals-only waves are noted"
    );
    let full_pdf = report(&app, "full", "pdf", folder.path());
    pdf_tools::assert_accessible(&full_pdf);
    assert!(full.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !full.contains("<script>"));
    assert!(
        flat(&pdf_tools::text(&full_pdf))
            .contains(r#"#panic("no") ]) <script>alert(1)</script> $x$ *really* helped"#),
        "the quote is printed as written"
    );

    let easy_read = String::from_utf8(report(&app, "easy-read", "html", folder.path())).unwrap();
    assert!(easy_read.contains("in 10 young people know who to talk to"));
    assert!(
        easy_read.contains("aria-hidden=\"true\""),
        "symbols beside the words"
    );
    pdf_tools::assert_accessible(&report(&app, "easy-read", "pdf", folder.path()));
}

#[tokio::test]
async fn the_command_line_refuses_an_unknown_kind_or_wave_clearly() {
    let app = spawn_app().await;
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("x.html");
    let unknown_kind = youthvoice(
        &app,
        &[
            "report",
            "--survey",
            "s",
            "--kind",
            "annual",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!unknown_kind.status.success());
    assert!(String::from_utf8_lossy(&unknown_kind.stderr).contains("summary, full, easy-read"));
    let unknown_wave = youthvoice(
        &app,
        &[
            "report",
            "--survey",
            "no-such-wave",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!unknown_wave.status.success());
    assert!(String::from_utf8_lossy(&unknown_wave.stderr).contains("no-such-wave"));
    assert!(!out.exists());
}

#[tokio::test]
async fn every_report_that_compares_a_reworded_question_with_last_year_says_it_was_asked_differently()
 {
    let app = spawn_app().await;
    load_demo(&app, false);
    app.execute(
        "UPDATE question_wordings SET text = 'Do you know who to go to for help?' \
         WHERE language = 'en' AND register = 'standard' AND question_id = \
         (SELECT id FROM questions WHERE question_key = 'know_who_to_speak_to' \
          AND survey_id = (SELECT id FROM surveys WHERE slug = 'be-supported-2021'))",
    );
    let folder = tempfile::tempdir().unwrap();
    let summary = flat(&String::from_utf8(report(&app, "summary", "html", folder.path())).unwrap());
    assert!(
        summary.contains(
            "The question was worded differently in 2021: \u{201C}Do you know who to go to for help?\u{201D}, so compare with care."
        ),
        "{summary}"
    );
    let easy_read =
        flat(&String::from_utf8(report(&app, "easy-read", "html", folder.path())).unwrap());
    assert!(
        easy_read.contains("in 2021. We asked the question in a different way in 2021."),
        "{easy_read}"
    );
    assert_eq!(
        easy_read
            .matches("We asked the question in a different way")
            .count(),
        1,
        "only the reworded question carries the caveat"
    );
}

#[tokio::test]
async fn a_published_version_stays_as_the_board_read_it_and_the_public_sees_summaries_only() {
    let app = spawn_app().await;
    load_demo(&app, false);
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let viewer = app.create_staff(
        "board@example.org",
        Role::Viewer,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let wave = "/staff/reports/be-supported-2022";
    assert!(
        browser
            .get(wave)
            .await
            .contains("Publish the summary report")
    );

    let refused = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(refused.status, 400);
    assert!(refused.contains("write what will happen next before publishing"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 0);

    let texts = |next: &'static str| {
        [
            ("what_happens_next", next),
            ("easy_read_next", "We will tell the Board."),
        ]
    };
    let too_long = "The Board meets. ".repeat(400);
    let bad = browser
        .post(
            &format!("{wave}/texts"),
            &[
                ("what_happens_next", too_long.as_str()),
                ("easy_read_next", "We will tell the Board."),
            ],
        )
        .await;
    assert_eq!(bad.status, 400);
    assert!(bad.contains("Keep it under 6000 characters"));
    assert!(
        bad.contains("We will tell the Board."),
        "what was typed is kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM report_texts"), 0);
    let saved = browser
        .post(
            &format!("{wave}/texts"),
            &texts("The Board meets in January."),
        )
        .await;
    assert_eq!(saved.status, 303);
    crate::actions::add_action(
        &app,
        &browser,
        "be-supported-2022",
        ("More clubs in the evening.", "Two new evening clubs."),
    )
    .await;

    // A new wave with nothing in it yet still previews, and says there is nothing to show.
    app.create_survey(
        "empty-wave",
        youthvoice::domain::survey::SurveyStatus::Draft,
    );
    for kind in ["summary", "full", "easy-read", "briefing"] {
        let empty = browser
            .get(&format!("/staff/reports/empty-wave/{kind}"))
            .await;
        assert_eq!(empty.status, 200, "{kind}: {}", empty.body);
        let (status, _, pdf) = browser
            .get_bytes(&format!("/staff/reports/empty-wave/{kind}/pdf"))
            .await;
        assert_eq!(status, 200, "{kind} PDF");
        pdf_tools::assert_accessible(&pdf);
    }
    assert!(
        browser
            .get("/staff/reports/empty-wave/briefing")
            .await
            .contains("fewer than 10</span>"),
        "the briefing withholds small numbers like every report"
    );
    assert!(
        browser
            .get("/staff/reports/empty-wave/summary")
            .await
            .contains("fewer than 10</span>")
    );

    let preview = browser.get(&format!("{wave}/summary")).await;
    assert!(
        preview.contains("Provisional: the survey is still open. Not published")
            && preview.contains("The Board meets in January.")
    );
    // While young people can still answer, two versions could be compared: nothing is published.
    let still_open = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(still_open.status, 400);
    assert!(still_open.contains("published only once the wave has closed"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 0);
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'be-supported-2022'");
    let published = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(published.status, 303);
    let first_id = app.texts("SELECT id AS value FROM published_reports")[0]
        .clone()
        .unwrap();
    let anyone = app.browser();
    let frozen = anyone.get(&format!("/findings/{first_id}")).await;
    assert_eq!(frozen.status, 200);
    assert!(frozen.contains("Version 1, published on"));
    assert!(frozen.contains("The Board meets in January."));
    let findings = anyone.get("/findings").await;
    assert!(findings.contains("Be Supported 2022: Summary report"));
    assert!(
        findings.contains("Two new evening clubs."),
        "you said, we did"
    );

    // Later the texts change: the published version must not.
    browser.get(wave).await;
    browser
        .post(
            &format!("{wave}/texts"),
            &texts("The Board meets again in May."),
        )
        .await;
    assert_eq!(
        anyone.get(&format!("/findings/{first_id}")).await.body,
        frozen.body
    );
    let changed = browser.get(&format!("{wave}/summary")).await;
    assert!(
        changed.contains("The Board meets again in May.")
            && !changed.contains("The Board meets in January.")
    );

    browser.get(wave).await;
    let again = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(again.status, 303, "{}", again.body);
    let findings = anyone.get("/findings").await;
    assert!(findings.contains("Version 2, published on"));
    assert!(
        findings.contains("Earlier versions: "),
        "version 1 stays readable"
    );
    assert!(findings.contains(&format!("/findings/{first_id}")));

    assert_eq!(
        browser
            .post(&format!("{wave}/full/publish"), &[])
            .await
            .status,
        303
    );
    let full_id = app.texts("SELECT id AS value FROM published_reports WHERE kind = 'full'")[0]
        .clone()
        .unwrap();
    assert!(
        !anyone.get("/findings").await.contains(&full_id),
        "full reports are not public"
    );
    assert_eq!(
        anyone.get(&format!("/findings/{full_id}")).await.status,
        404
    );
    assert_eq!(
        anyone
            .get_bytes(&format!("/findings/{full_id}/pdf"))
            .await
            .0,
        404
    );
    let board = app.browser_signed_in_as(&viewer);
    let board_copy = board.get(&format!("/staff/published/{full_id}")).await;
    assert_eq!(board_copy.status, 200);
    assert!(board_copy.contains("Full report"));
    assert!(
        board
            .get("/staff/reports")
            .await
            .contains("Be Supported 2022: Full report")
    );

    let (status, content_type, pdf) = anyone.get_bytes(&format!("/findings/{first_id}/pdf")).await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"));
    pdf_tools::assert_accessible(&pdf);
    assert!(flat(&pdf_tools::text(&pdf)).contains("Version 1, published on"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report_published'"),
        3
    );

    // Then the data change: the published versions stay as they were, and no version made from
    // the new numbers may stand beside them, where the two could be compared.
    app.execute(
        "DELETE FROM responses WHERE survey_id IN (SELECT id FROM surveys WHERE slug = 'be-supported-2022')",
    );
    assert_eq!(
        anyone.get(&format!("/findings/{first_id}")).await.body,
        frozen.body
    );
    browser.get(wave).await;
    let changed_numbers = browser.post(&format!("{wave}/summary/publish"), &[]).await;
    assert_eq!(changed_numbers.status, 400);
    assert!(changed_numbers.contains("numbers have changed since its"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 3);
}

#[tokio::test]
async fn emailing_a_published_report_sends_its_link_and_pdf_to_every_board_address() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|settings| {
        settings.mail = MailSettings::Smtp {
            url: format!("smtp://127.0.0.1:{}", smtp.port),
        };
        settings.board_emails = ["chair@example.org", "clerk@example.org"]
            .iter()
            .map(|address| youthvoice::domain::staff::EmailAddress::parse(address).unwrap())
            .collect();
    })
    .await;
    load_demo(&app, true);
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let summary_id = app.texts("SELECT id AS value FROM published_reports WHERE kind = 'summary'")
        [0]
    .clone()
    .unwrap();
    let page = browser.get("/staff/reports/be-supported-2021").await;
    assert!(page.contains("Email version 1 to the Board"));
    let sent = browser
        .post(&format!("/staff/published/{summary_id}/email"), &[])
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert!(browser.follow(sent).await.contains("emailed to the Board"));
    let started = std::time::Instant::now();
    while smtp.received().len() < 2 {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "two emails arrive"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    for message in smtp.received() {
        assert!(message.contains("Subject: New report: Be Supported 2021: Summary report"));
        assert!(message.contains(&format!("/findings/{summary_id}")));
        assert!(message.contains("Content-Type: application/pdf"));
        assert!(message.contains("report-2021-summary-v1.pdf"));
    }
    let recipients: Vec<String> = smtp
        .received()
        .iter()
        .filter_map(|m| m.lines().find(|l| l.starts_with("To:")).map(str::to_owned))
        .collect();
    assert!(recipients.iter().any(|to| to.contains("chair@example.org")));
    assert!(recipients.iter().any(|to| to.contains("clerk@example.org")));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report_emailed'"),
        1
    );
}

/// Each answer to the demographic questions of the demo's 2022 wave with a distinct label: how
/// many chose it, and the fewest of them answering any one measure (the size of the group in that
/// measure's breakdown), counted straight from the answers table.
fn demo_group_sizes(app: &TestApp) -> Vec<(String, i64, i64)> {
    let labels = app.texts(
        "SELECT w.label || '|' || o.value || '|' || q.id AS value FROM answer_options o \
         JOIN option_wordings w ON w.option_id = o.id AND w.language = 'en' \
         AND w.register = 'standard' \
         JOIN questions q ON q.id = o.question_id JOIN surveys s ON s.id = q.survey_id \
         WHERE s.slug = 'be-supported-2022' AND q.question_key IN ('age_band', 'gender', 'district')",
    );
    let measures = app.texts(
        "SELECT DISTINCT q.id AS value FROM questions q JOIN surveys s ON s.id = q.survey_id \
         JOIN answer_options o ON o.question_id = q.id \
         WHERE s.slug = 'be-supported-2022' AND o.is_positive",
    );
    labels
        .into_iter()
        .flatten()
        .map(|row| {
            let parts: Vec<&str> = row.split('|').collect();
            let in_group = format!(
                "SELECT response_id FROM answers WHERE question_id = '{}' AND option_value = '{}'",
                parts[2], parts[1]
            );
            let count = app.count(&format!("SELECT COUNT(*) AS n FROM ({in_group}) g"));
            let fewest_answering = measures
                .iter()
                .flatten()
                .map(|measure| {
                    app.count(&format!(
                        "SELECT COUNT(DISTINCT response_id) AS n FROM answers \
                         WHERE question_id = '{measure}' AND response_id IN ({in_group})"
                    ))
                })
                .min()
                .unwrap();
            (parts[0].to_owned(), count, fewest_answering)
        })
        .collect()
}

#[tokio::test]
async fn the_demo_reports_say_fewer_than_10_only_of_counts_below_10_and_pass_the_intruder_check() {
    let app = spawn_app().await;
    load_demo(&app, false);
    let folder = tempfile::tempdir().unwrap();
    let sizes = demo_group_sizes(&app);
    assert!(sizes.iter().any(|(_, _, fewest)| *fewest >= 10));
    let full = flat(&String::from_utf8(report(&app, "full", "html", folder.path())).unwrap());
    let full_pdf = flat(&pdf_tools::text(&report(
        &app,
        "full",
        "pdf",
        folder.path(),
    )));
    let summary_pdf = flat(&pdf_tools::text(&report(
        &app,
        "summary",
        "pdf",
        folder.path(),
    )));
    for (label, count, fewest_answering) in &sizes {
        let small_row = format!("<th scope=\"row\">{label}</th><td>fewer than 10</td>");
        let small_text = format!("{label} fewer than 10");
        if *count >= 10 {
            assert!(
                !full.contains(&small_row),
                "{label} ({count}) reads fewer than 10"
            );
            // A group of 10 or more can still have fewer than 10 answering one measure; only a
            // group with 10 or more answering every measure must never read "fewer than 10".
            if *fewest_answering >= 10 {
                for pdf in [&full_pdf, &summary_pdf] {
                    assert!(
                        !pdf.contains(&small_text),
                        "{label} ({count}, at least {fewest_answering} per measure) reads fewer than 10 in a PDF"
                    );
                }
            }
        } else {
            assert!(
                full.contains(&small_row),
                "{label} ({count}) must read fewer than 10"
            );
        }
    }

    let audit = succeeds(&youthvoice(
        &app,
        &["audit", "disclosure", "--survey", "be-supported-2022"],
    ));
    assert!(audit.contains("be-supported-2022:") && audit.contains("be-supported-2019:"));
    assert!(audit.contains("No withheld number can be worked out from what is shown."));
    assert!(!audit.contains("could be"), "{audit}");
}

#[tokio::test]
async fn early_findings_are_provisional_while_the_wave_is_open_and_never_published() {
    let app = spawn_app().await;
    load_demo(&app, false);
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    // The demo's 2022 wave is still open to young people.
    let wave = "/staff/reports/be-supported-2022";
    let page = browser.get(wave).await;
    assert!(
        page.contains("Early findings briefing") && page.contains("every preview is provisional")
    );
    let briefing = browser.get(&format!("{wave}/briefing")).await;
    assert_eq!(briefing.status, 200);
    assert!(briefing.contains("Provisional: the survey is still open"));
    assert!(briefing.contains("Who has answered so far"));
    assert!(briefing.contains("The Be Supported measures"));
    let summary = browser.get(&format!("{wave}/summary")).await;
    assert!(summary.contains("Provisional: the survey is still open. Not published"));

    let (status, _, pdf) = browser.get_bytes(&format!("{wave}/briefing/pdf")).await;
    assert_eq!(status, 200);
    pdf_tools::assert_accessible(&pdf);
    let size: Vec<f64> = pdf_tools::info(&pdf)["Page size"]
        .split_whitespace()
        .filter_map(|part| part.parse().ok())
        .collect();
    assert!(
        (size[0] / size[1] - 16.0 / 9.0).abs() < 0.01,
        "16:9 slides, not {size:?}"
    );
    assert!(
        pdf_tools::pages(&pdf) >= 4,
        "a cover, then a slide per part"
    );
    assert!(flat(&pdf_tools::text(&pdf)).contains("Provisional: the survey is still open"));

    // Never published, whether the wave is open or closed, and never on /findings.
    browser
        .post(
            &format!("{wave}/texts"),
            &[
                ("what_happens_next", "The Board meets in January."),
                ("easy_read_next", "We will tell the Board."),
                ("actions", ""),
            ],
        )
        .await;
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'be-supported-2022'");
    let refused = browser.post(&format!("{wave}/briefing/publish"), &[]).await;
    assert_eq!(refused.status, 400);
    assert!(refused.contains("never published"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 0);
    let closed = browser.get(&format!("{wave}/briefing")).await;
    assert!(!closed.contains("Provisional") && closed.contains("The survey has closed"));
}
