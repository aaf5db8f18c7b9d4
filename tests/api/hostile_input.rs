//! The hostile-input corpus: every public and staff form, and every path that names a file, is sent
//! requests a careless or malicious client might send. Each gets a clear 4xx page, never a 5xx, and
//! changes nothing. (Answers from another question, doubled final submissions and free text with
//! script in the respondent's own pages are covered in `security.rs` and `journey.rs`.)

use std::collections::BTreeMap;

use youthvoice::auth::access::STAFF_ROUTES;
use youthvoice::domain::staff::Role;
use youthvoice::domain::survey::SurveyStatus;

use crate::helpers::{Browser, Page, TestApp, serde_urlencoded_pairs, spawn_app, start_survey};
use crate::import_export::{new_wave, succeeds, youthvoice};

/// The public forms, besides those under `/staff` (which `STAFF_ROUTES` lists).
const PUBLIC_FORMS: &[&str] = &[
    "/display",
    "/s/{slug}/start",
    "/s/{slug}/q/{number}",
    "/s/{slug}/submit",
    "/s/{slug}/save",
    "/s/{slug}/format",
    "/s/{slug}/resume",
];

const SQL_METACHARACTERS: &str = "x'; DROP TABLE responses; -- \" OR 1=1 /* ` \\ %00 ;";

/// Every form, with its placeholders filled in with a real wave and a real account.
fn every_form(app_slug: &str, user_id: &str) -> Vec<String> {
    let staff_forms = STAFF_ROUTES
        .iter()
        .filter(|route| route.method == "POST")
        .map(|route| route.pattern);
    PUBLIC_FORMS
        .iter()
        .copied()
        .chain(staff_forms)
        .map(|pattern| {
            pattern
                .replace("{slug}", app_slug)
                .replace("{number}", "1")
                .replace("{token}", &"0".repeat(64))
                .replace("{id}", user_id)
                .replace("{key}", "know_who_to_speak_to")
                .replace("{kind}", "summary")
        })
        .collect()
}

/// How many rows each table holds: "changes nothing" means this is the same afterwards.
fn table_counts(app: &TestApp) -> BTreeMap<String, i64> {
    let tables_sql = if app.database.is_postgres() {
        "SELECT table_name AS value FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'"
    } else {
        "SELECT name AS value FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations'"
    };
    app.texts(tables_sql)
        .into_iter()
        .flatten()
        .map(|table| {
            let count = app.count(&format!("SELECT COUNT(*) AS n FROM {table}"));
            (table, count)
        })
        .collect()
}

fn assert_refused(page: &Page, what: &str) {
    assert!(
        (400..500).contains(&page.status),
        "{what}: expected a 4xx page, got {}: {}",
        page.status,
        &page.body[..page.body.len().min(300)]
    );
    assert!(
        page.body.contains("<h1"),
        "{what}: a 4xx answer is a page that says what went wrong"
    );
}

struct Setup {
    app: TestApp,
    respondent: Browser,
    staff: Browser,
    /// A browser of its own, whose token the others try to replay.
    stranger: Browser,
    user_id: String,
}

async fn set_up() -> Setup {
    let app = spawn_app().await;
    app.open_survey("hostile");
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let target = app.create_staff("target@example.org", Role::Viewer, "another passphrase 1");
    let respondent = app.browser();
    start_survey(&respondent, "hostile", "standard").await;
    let staff = app.browser_signed_in_as(&admin);
    staff.get("/staff/sign-in").await;
    let stranger = app.browser();
    stranger.get("/s/hostile").await;
    Setup {
        app,
        respondent,
        staff,
        stranger,
        user_id: target.id.to_string(),
    }
}

impl Setup {
    fn browser_for(&self, path: &str) -> &Browser {
        if path.starts_with("/staff") {
            &self.staff
        } else {
            &self.respondent
        }
    }
}

#[tokio::test]
async fn every_form_refuses_unreadable_forged_and_oversized_bodies_and_changes_nothing() {
    let setup = set_up().await;
    let before = table_counts(&setup.app);
    assert!(
        before.len() > 20 && before["staff_sessions"] == 1,
        "{before:?}"
    );
    let stolen = setup.stranger.csrf();
    let forms = every_form("hostile", &setup.user_id);
    assert!(forms.len() >= 38, "{} forms", forms.len());
    for path in forms {
        let browser = setup.browser_for(&path);
        let own = browser.csrf();
        let form = "application/x-www-form-urlencoded";
        let cases: Vec<(&str, &str, Vec<u8>)> = vec![
            (
                "no CSRF token",
                form,
                b"answer=agree&role=viewer&email=a%40example.org".to_vec(),
            ),
            (
                "another browser's CSRF token",
                form,
                format!("csrf_token={stolen}&answer=agree&role=viewer").into_bytes(),
            ),
            (
                "a made-up CSRF token",
                form,
                format!("csrf_token={}&answer=agree", "0".repeat(64)).into_bytes(),
            ),
            (
                "percent-encoded bytes that are not UTF-8",
                form,
                format!("csrf_token={own}&answer=%FF%FE&text=%C3%28").into_bytes(),
            ),
            ("raw bytes that are not UTF-8", form, {
                let mut body = format!("csrf_token={own}&text=").into_bytes();
                body.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28]);
                body
            }),
            (
                "JSON instead of a form",
                "application/json",
                format!("{{\"csrf_token\":\"{own}\",\"answer\":\"agree\"}}").into_bytes(),
            ),
            (
                "plain text instead of a form",
                "text/plain",
                format!("csrf_token={own}&answer=agree").into_bytes(),
            ),
            (
                "multipart without a boundary",
                "multipart/form-data",
                format!("csrf_token={own}").into_bytes(),
            ),
            (
                "an oversized body",
                form,
                format!("csrf_token={own}&text={}", "a".repeat(3 * 1024 * 1024)).into_bytes(),
            ),
            (
                "more fields than any form has",
                form,
                format!("csrf_token={own}{}", "&answer=agree".repeat(5_000)).into_bytes(),
            ),
        ];
        for (what, content_type, body) in cases {
            let page = browser.post_raw(&path, content_type, body).await;
            assert_refused(&page, &format!("POST {path} with {what}"));
        }
    }
    assert_eq!(
        table_counts(&setup.app),
        before,
        "refused requests changed the database"
    );
}

/// Forms whose fields replace what is stored: a body holding only the CSRF token must not read as
/// "empty every field".
const FORMS_THAT_REPLACE: &[&str] = &[
    "/staff/moderation/settings",
    "/staff/users/{id}/waves",
    "/staff/surveys/{slug}/details",
    "/staff/surveys/{slug}/questions/{key}",
    "/staff/surveys/{slug}/questions/new",
    "/staff/reports/{slug}/texts",
];

#[tokio::test]
async fn a_staff_form_with_only_its_csrf_token_is_refused_and_changes_nothing() {
    let setup = set_up().await;
    let phrases = || {
        setup
            .app
            .texts("SELECT phrase AS value FROM safeguarding_phrases ORDER BY phrase")
    };
    let (before, phrases_before) = (table_counts(&setup.app), phrases());
    assert!(phrases_before.len() > 20, "{phrases_before:?}");
    for pattern in FORMS_THAT_REPLACE {
        let path = pattern
            .replace("{slug}", "hostile")
            .replace("{id}", &setup.user_id)
            .replace("{key}", "know_who_to_speak_to");
        let browser = setup.browser_for(&path);
        let page = browser
            .post_raw(
                &path,
                "application/x-www-form-urlencoded",
                format!("csrf_token={}", browser.csrf()).into_bytes(),
            )
            .await;
        assert_eq!(page.status, 400, "POST {path} with only the CSRF token");
        assert!(page.contains("nothing was changed"), "{path}");
    }
    assert_eq!(table_counts(&setup.app), before);
    assert_eq!(
        phrases(),
        phrases_before,
        "the safeguarding phrases are all still there"
    );
}

#[tokio::test]
async fn sql_metacharacters_in_every_field_of_every_form_are_only_ever_text() {
    let setup = set_up().await;
    let fields = [
        "answer",
        "text",
        "other",
        "skip",
        "format",
        "email",
        "password",
        "confirmation",
        "display_name",
        "role",
        "title",
        "slug",
        "year",
        "opens_on",
        "closes_on",
        "label",
        "decision",
        "reason",
        "theme",
        "code",
        "kind",
        "channel",
        "next_steps",
        "note",
    ];
    for path in every_form("hostile", &setup.user_id) {
        let browser = setup.browser_for(&path);
        let token = browser.csrf();
        let mut pairs = vec![("csrf_token", token.as_str())];
        pairs.extend(fields.iter().map(|field| (*field, SQL_METACHARACTERS)));
        let page = browser
            .post_raw(
                &path,
                "application/x-www-form-urlencoded",
                serde_urlencoded_pairs(&pairs).into_bytes(),
            )
            .await;
        assert!(
            page.status < 500,
            "POST {path} with SQL metacharacters: {} {}",
            page.status,
            &page.body[..page.body.len().min(300)]
        );
        // Whatever the form did with the text, the tables are all still there.
        assert_eq!(setup.app.count("SELECT COUNT(*) AS n FROM responses"), 0);
        assert!(setup.app.count("SELECT COUNT(*) AS n FROM surveys") >= 1);
    }
    assert_eq!(setup.app.count("SELECT COUNT(*) AS n FROM users"), 2);
}

#[tokio::test]
async fn unknown_closed_and_malformed_survey_addresses_get_a_clear_4xx_page() {
    let setup = set_up().await;
    let app = &setup.app;
    app.create_survey("shut", SurveyStatus::Closed);
    let before = table_counts(app);
    let visitor = app.browser();
    for path in [
        "/s/no-such-survey",
        "/s/no-such-survey/q/1",
        "/s/no-such-survey/check",
        "/s/NOT%20A%20SLUG",
        "/s/%00",
        "/s/shut/q/1",
        "/findings/not-a-report",
        "/findings/00000000-0000-0000-0000-000000000000",
    ] {
        let page = visitor.get(path).await;
        assert_refused(&page, &format!("GET {path}"));
    }
    // Question numbers that do not exist, from someone part-way through the survey.
    for number in ["0", "999", "-1", "one", "99999999999999999999999"] {
        let path = format!("/s/hostile/q/{number}");
        assert_refused(&setup.respondent.get(&path).await, &format!("GET {path}"));
        let posted = setup.respondent.post(&path, &[("answer", "agree")]).await;
        assert_refused(&posted, &format!("POST {path}"));
    }
    // A respondent whose wave closed part-way through cannot go on sending answers.
    let late = app.browser();
    start_survey(&late, "hostile", "standard").await;
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'hostile'");
    let before_closing = table_counts(app);
    for (path, fields) in [
        ("/s/hostile/q/1", vec![("answer", "agree")]),
        ("/s/hostile/submit", vec![]),
        ("/s/shut/start", vec![("format", "standard")]),
        ("/s/no-such-survey/start", vec![("format", "standard")]),
    ] {
        let page = late.post(path, &fields).await;
        assert_refused(&page, &format!("POST {path}"));
    }
    assert_eq!(table_counts(app), before_closing);
    assert_eq!(before.get("responses"), Some(&0));
}

#[tokio::test]
async fn paths_that_try_to_leave_their_folder_are_not_found() {
    let setup = set_up().await;
    let visitor = setup.app.browser();
    for path in [
        "/assets/symbols/..%2F..%2FCargo.toml",
        "/assets/symbols/..%2f..%2fsrc%2fmain.rs",
        "/assets/symbols/%2e%2e%2f%2e%2e%2fCargo.toml",
        "/assets/symbols/....//....//Cargo.toml",
        "/assets/symbols/%00.png",
        "/assets/..%2FCargo.toml",
        "/assets/%2e%2e/Cargo.toml",
        "/findings/..%2F..%2Fetc%2Fpasswd/pdf",
    ] {
        let (status, _, body) = visitor.get_bytes(path).await;
        assert!(
            (400..500).contains(&status),
            "GET {path}: {status} {}",
            String::from_utf8_lossy(&body)
        );
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("[package]") && !body.contains("fn main"),
            "{path}"
        );
    }
    for path in [
        "/staff/reports/hostile/csv/..%2F..%2FCargo.toml",
        "/staff/reports/hostile/csv/%2e%2e%2fheadline.csv",
        "/staff/reports/..%2Fhostile/summary",
        "/staff/data/..%2F..%2Fhostile/responses.csv",
        "/staff/surveys/hostile%2F..%2F..%2Fx/qr.png",
    ] {
        let (status, _, body) = setup.staff.get_bytes(path).await;
        assert!(
            (400..500).contains(&status),
            "GET {path}: {status} {}",
            String::from_utf8_lossy(&body)
        );
    }
}

#[tokio::test]
async fn an_upload_named_to_escape_its_folder_is_refused_or_kept_under_its_own_name() {
    let setup = set_up().await;
    let picture = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\"/></svg>";
    setup.staff.get("/staff/symbols").await;
    for name in ["../../Cargo", "..%2F..%2Fx", "a/b", "..", "<script>"] {
        let page = setup
            .staff
            .post_file(
                "/staff/symbols",
                &[("name", name), ("alt", "x"), ("licence", "x")],
                "../../../Cargo.svg",
                picture.to_vec(),
            )
            .await;
        assert_refused(&page, &format!("a symbol named {name:?}"));
    }
    assert_eq!(
        setup
            .app
            .count("SELECT COUNT(*) AS n FROM uploaded_symbols"),
        0
    );
    // The file's own name plays no part: the symbol is stored and served under the name given.
    let added = setup
        .staff
        .post_file(
            "/staff/symbols",
            &[("name", "safe-name"), ("alt", "x"), ("licence", "x")],
            "../../../Cargo.svg",
            picture.to_vec(),
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let served = setup.app.browser().get("/assets/symbols/safe-name").await;
    // Served as written out again from what draws: the same picture, with nothing that acts.
    assert!(
        served.body.starts_with("<svg") && served.body.contains("viewBox=\"0 0 8 8\""),
        "{}",
        served.body
    );
}

/// Free text that is markup to a browser and a formula to a spreadsheet.
const HOSTILE_TEXT: &str =
    "=HYPERLINK(\"http://evil.example\",\"click\") <script>alert(1)</script> & <b>bold</b>";

#[tokio::test]
async fn hostile_free_text_is_escaped_for_moderators_and_written_as_text_for_spreadsheets() {
    let app = spawn_app().await;
    new_wave(&app, "formulas");
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers.csv");
    let quoted = HOSTILE_TEXT.replace('"', "\"\"");
    std::fs::write(
        &answers,
        format!(
            "response_id,submitted_on,format,what_would_help,consent_to_quote\n\
             1,2023-03-01,standard,\"{quoted}\",yes\n\
             2,2023-03-01,standard,\"-1+1|cmd\",yes\n"
        ),
    )
    .unwrap();
    let import = |slug: &str, file: &std::path::Path| {
        succeeds(&youthvoice(
            &app,
            &[
                "import",
                "responses",
                "--survey",
                slug,
                file.to_str().unwrap(),
            ],
        ))
    };
    import("formulas", &answers);

    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let staff = app.browser_signed_in_as(&admin);
    let queue = staff.get("/staff/moderation").await;
    let mut shown = false;
    for link in queue
        .body
        .match_indices("href=\"/staff/moderation/")
        .map(|(at, _)| &queue.body[at + 6..at + 6 + queue.body[at + 6..].find('"').unwrap()])
        .filter(|link| !link.ends_with("/settings"))
    {
        let page = staff.get(link).await;
        assert!(!page.contains("<script>alert(1)"), "{link} runs the script");
        assert!(
            !page.contains("<b>bold"),
            "{link} shows the markup as markup"
        );
        shown |=
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    }
    assert!(shown, "a moderator sees the words, escaped");

    let (status, content_type, exported) =
        staff.get_bytes("/staff/data/formulas/responses.csv").await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let exported = String::from_utf8(exported).unwrap();
    assert!(
        exported.contains(&format!("\"'{quoted}\"")),
        "the formula is written as text: {exported}"
    );
    assert!(exported.contains(",'-1+1|cmd,"), "{exported}");
    let spreadsheet_would_run = exported
        .lines()
        .flat_map(|line| line.split(','))
        .any(|cell| {
            cell.trim_start_matches('"')
                .starts_with(['=', '+', '-', '@'])
        });
    assert!(!spreadsheet_would_run, "{exported}");

    // The export still imports back to exactly what the young people wrote.
    new_wave(&app, "formulas-again");
    let again = dir.path().join("again.csv");
    std::fs::write(&again, &exported).unwrap();
    import("formulas-again", &again);
    let stored = |slug: &str| {
        let mut texts = app.texts(&format!(
            "SELECT a.text_value AS value FROM answers a JOIN responses r ON r.id = a.response_id \
             JOIN surveys s ON s.id = r.survey_id WHERE s.slug = '{slug}' AND a.text_value IS NOT NULL"
        ));
        texts.sort();
        texts
    };
    assert_eq!(stored("formulas-again"), stored("formulas"));
    assert!(stored("formulas").contains(&Some(HOSTILE_TEXT.to_owned())));
}
