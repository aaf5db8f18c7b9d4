//! `import responses` and `export responses`, run as the real binary on both databases: a wave
//! exported and imported into another wave exports the same again, and every kind of mistake in a
//! file is named by line and column with nothing stored.

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::{TestApp, spawn_app};

pub(crate) fn youthvoice(app: &TestApp, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .args(args)
        .env("DATABASE_URL", app.database.url())
        .env("RUST_LOG", "warn")
        // Commands that need the server key get one, rather than writing a key file here.
        .env("SECRET_KEY", "5e".repeat(32))
        .output()
        .expect("the binary runs")
}

pub(crate) fn succeeds(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn new_wave(app: &TestApp, slug: &str) {
    succeeds(&youthvoice(
        app,
        &[
            "survey", "new", "--slug", slug, "--title", slug, "--year", "2023",
        ],
    ));
}

pub(crate) fn responses_in(app: &TestApp, slug: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) AS n FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = '{slug}'"
    ))
}

/// The rows without their first column (response ids change on import), sorted.
fn rows_without_ids(csv_text: &str) -> Vec<String> {
    let mut rows: Vec<String> = csv_text
        .lines()
        .skip(1)
        .map(|line| line.split_once(',').unwrap().1.to_owned())
        .collect();
    rows.sort();
    rows
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

#[tokio::test]
async fn an_export_imported_into_another_wave_exports_the_same_again() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.csv").display().to_string();
    succeeds(&youthvoice(
        &app,
        &[
            "export",
            "responses",
            "--survey",
            "be-supported-2021",
            "--out",
            &first,
        ],
    ));
    let exported = std::fs::read_to_string(&first).unwrap();
    assert!(exported.starts_with("response_id,submitted_on,format,know_who_to_speak_to,"));
    assert!(exported.contains(",where_go_for_support:other,"));

    new_wave(&app, "copy-2021");
    let imported = succeeds(&youthvoice(
        &app,
        &["import", "responses", "--survey", "copy-2021", &first],
    ));
    let count = responses_in(&app, "be-supported-2021");
    assert!(imported.contains(&format!("Imported {count} responses into copy-2021")));
    assert_eq!(responses_in(&app, "copy-2021"), count);

    let again = succeeds(&youthvoice(
        &app,
        &["export", "responses", "--survey", "copy-2021"],
    ));
    assert_eq!(exported.lines().next(), again.lines().next());
    assert_eq!(rows_without_ids(&exported), rows_without_ids(&again));
    assert_eq!(
        app.texts("SELECT action AS value FROM audit_log ORDER BY occurred_at, action"),
        [
            Some("responses_exported".to_owned()),
            Some("responses_imported".to_owned()),
            Some("responses_exported".to_owned()),
        ],
        "every import and export is in the audit log"
    );
    let original_ids: Vec<&str> = exported.lines().skip(1).map(|l| &l[..36]).collect();
    assert!(
        again
            .lines()
            .skip(1)
            .all(|line| !original_ids.contains(&&line[..36])),
        "imported responses get new ids"
    );
}

#[tokio::test]
async fn a_wave_with_responses_needs_append_or_replace() {
    let app = spawn_app().await;
    new_wave(&app, "twice");
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "two.csv",
        b"response_id,submitted_on,format,know_who_to_speak_to,where_go_for_support,where_go_for_support:other\n\
          a,2023-03-01,easy_read,agree,family;other,my coach\n\
          b,,,neither,,\n",
    );
    succeeds(&youthvoice(
        &app,
        &["import", "responses", "--survey", "twice", &file],
    ));
    assert_eq!(responses_in(&app, "twice"), 2);
    assert_eq!(
        app.texts("SELECT text_value AS value FROM answers WHERE option_value = 'other'"),
        [Some("my coach".to_owned())]
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM responses WHERE submitted_on IS NULL AND format = 'standard'"
        ),
        1,
        "an empty date stays empty and an empty format is standard"
    );

    let refused = youthvoice(&app, &["import", "responses", "--survey", "twice", &file]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("already has 2 responses: add --append")
    );
    assert_eq!(responses_in(&app, "twice"), 2);

    succeeds(&youthvoice(
        &app,
        &[
            "import",
            "responses",
            "--survey",
            "twice",
            "--append",
            &file,
        ],
    ));
    assert_eq!(responses_in(&app, "twice"), 4);
    let replaced = succeeds(&youthvoice(
        &app,
        &[
            "import",
            "responses",
            "--survey",
            "twice",
            "--replace",
            &file,
        ],
    ));
    assert!(replaced.contains("replacing 4"));
    assert_eq!(responses_in(&app, "twice"), 2);
}

#[tokio::test]
async fn every_mistake_in_a_file_is_named_and_nothing_is_stored() {
    let app = spawn_app().await;
    new_wave(&app, "careful");
    let dir = tempfile::tempdir().unwrap();

    let header = write(
        dir.path(),
        "header.csv",
        b"response_id,format,know_who_to_speak_to,know_who_to_speak_to,favourite_colour,listened_to:other\n",
    );
    let output = youthvoice(
        &app,
        &["import", "responses", "--survey", "careful", &header],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    for expected in [
        "line 1, column know_who_to_speak_to: this column appears twice",
        "line 1, column favourite_colour: careful has no question with the key “favourite_colour”",
        "line 1, column listened_to:other: question listened_to has no \u{201c}other\u{201d} answer",
    ] {
        assert!(message.contains(expected), "{expected}\n{message}");
    }

    let rows = write(
        dir.path(),
        "rows.csv",
        b"response_id,submitted_on,format,know_who_to_speak_to,where_go_for_support,where_go_for_support:other\n\
          1,2023-02-30,standard,agree,family,\n\
          2,2023-03-01,braille,maybe,family;teleport,\n\
          3,2023-03-01,standard,agree\n\
          4,2023-03-01,standard,\xffagree,family,\n\
          5,2023-03-01,standard,agree;disagree,family;family,\n\
          6,2023-03-01,standard,agree,family,only other text\n\
          6b,22-03-14,standard,agree,family,\n\
          7,2023-03-01,standard,agree,family,\n\
          8,2023-03-01,standard,agree,family;nobody,\n",
    );
    let output = youthvoice(&app, &["import", "responses", "--survey", "careful", &rows]);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    for expected in [
        "rows.csv is not ready to import; nothing was stored",
        "line 2, column submitted_on: “2023-02-30” is not a date written as YYYY-MM-DD",
        "line 3, column format: “braille” is not a format: use standard or easy_read",
        "line 3, column know_who_to_speak_to: “maybe” is not an answer to know_who_to_speak_to: use one of strongly_agree, agree, neither, disagree, strongly_disagree",
        "line 3, column where_go_for_support: “teleport” is not an answer",
        "line 4: this row has 4 fields but the first line names 6 columns",
        "line 5, column know_who_to_speak_to: byte 1 is not valid UTF-8",
        "line 6, column know_who_to_speak_to: know_who_to_speak_to takes one answer, not 2",
        "line 6, column where_go_for_support: “family” is listed twice",
        "line 7, column where_go_for_support:other: there is \u{201c}other\u{201d} text",
        "line 8, column submitted_on: “22-03-14” is not a date written as YYYY-MM-DD, with a four-digit year",
        "line 10, column where_go_for_support: nobody cannot go with other answers to where_go_for_support: it is chosen only on its own",
    ] {
        assert!(message.contains(expected), "{expected}\n{message}");
    }
    assert!(!message.contains("line 9"), "the good row is not a problem");
    assert_eq!(responses_in(&app, "careful"), 0, "nothing is stored");

    let empty = write(dir.path(), "empty.csv", b"");
    let output = youthvoice(
        &app,
        &["import", "responses", "--survey", "careful", &empty],
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("line 1: the file is empty"));
    let missing = youthvoice(
        &app,
        &["import", "responses", "--survey", "careful", "/no/such.csv"],
    );
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such.csv"));
}

#[tokio::test]
async fn published_totals_give_headlines_and_comparisons_but_no_breakdowns() {
    let app = spawn_app().await;
    new_wave(&app, "totals-only");
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "totals.csv",
        b"question_key,option_value,count\n\
          know_who_to_speak_to,strongly_agree,20\n\
          know_who_to_speak_to,agree,40\n\
          know_who_to_speak_to,neither,15\n\
          know_who_to_speak_to,disagree,15\n\
          know_who_to_speak_to,strongly_disagree,10\n\
          where_go_for_support,family,45\n\
          where_go_for_support,friends,52\n\
          where_go_for_support,,80\n",
    );
    let imported = succeeds(&youthvoice(
        &app,
        &["import", "aggregates", "--survey", "totals-only", &file],
    ));
    assert!(imported.contains("Imported 8 totals into totals-only"));

    let out = dir.path().join("report");
    let report = succeeds(&youthvoice(
        &app,
        &[
            "report",
            "--survey",
            "totals-only",
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(report.contains("totals-only holds published totals only"));
    let headline = std::fs::read_to_string(out.join("headline.csv")).unwrap();
    assert!(
        headline.contains(
            "know_who_to_speak_to,totals-only,100,60,60.0,50.2,69.1,,,not_comparable,,,not_comparable"
        ),
        "{headline}"
    );
    let options = std::fs::read_to_string(out.join("options.csv")).unwrap();
    assert!(options.contains("where_go_for_support,totals-only,family,45,56.3"));
    let breakdowns = std::fs::read_to_string(out.join("breakdowns.csv")).unwrap();
    assert_eq!(breakdowns.lines().count(), 1, "a header and no rows");

    let again = youthvoice(
        &app,
        &["import", "aggregates", "--survey", "totals-only", &file],
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has totals: add --replace"));
    succeeds(&youthvoice(
        &app,
        &[
            "import",
            "aggregates",
            "--survey",
            "totals-only",
            "--replace",
            &file,
        ],
    ));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM imported_totals"), 8);
}

#[tokio::test]
async fn every_mistake_in_a_totals_file_is_named_and_nothing_is_stored() {
    let app = spawn_app().await;
    new_wave(&app, "totals-careful");
    let dir = tempfile::tempdir().unwrap();
    let wrong_header = write(dir.path(), "header.csv", b"key,value,n\nx,y,1\n");
    let output = youthvoice(
        &app,
        &[
            "import",
            "aggregates",
            "--survey",
            "totals-careful",
            &wrong_header,
        ],
    );
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("line 1: the first line must be exactly question_key,option_value,count")
    );

    let rows = write(
        dir.path(),
        "rows.csv",
        b"question_key,option_value,count\n\
          favourite_colour,blue,4\n\
          know_who_to_speak_to,maybe,4\n\
          know_who_to_speak_to,agree,lots\n\
          know_who_to_speak_to,agree,30\n\
          know_who_to_speak_to,agree,31\n\
          know_who_to_speak_to,,99\n\
          what_would_help,,3\n\
          where_go_for_support,family,12\n\
          listened_to,always,12,extra\n",
    );
    let output = youthvoice(
        &app,
        &["import", "aggregates", "--survey", "totals-careful", &rows],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    for expected in [
        "line 2, column question_key: totals-careful has no question with the key “favourite_colour”",
        "line 3, column option_value: “maybe” is not an answer to know_who_to_speak_to",
        "line 4, column count: “lots” is not a whole number of young people",
        "line 6, column option_value: know_who_to_speak_to “agree” was already given on line 5",
        "line 8, column question_key: what_would_help is a free-text question: it has no totals",
        "line 10: this row has 4 fields but the first line names 3 columns",
        "know_who_to_speak_to: the answers to know_who_to_speak_to add up to 30, not the 99 given as answering",
        "where_go_for_support: where_go_for_support is a choose-all question: add a row `where_go_for_support,,<number who answered>`",
    ] {
        assert!(message.contains(expected), "{expected}\n{message}");
    }
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM imported_totals"), 0);

    // A wave keeps responses or totals, never both.
    let responses = write(
        dir.path(),
        "responses.csv",
        b"response_id,know_who_to_speak_to\n1,agree\n",
    );
    succeeds(&youthvoice(
        &app,
        &[
            "import",
            "responses",
            "--survey",
            "totals-careful",
            &responses,
        ],
    ));
    let good = write(
        dir.path(),
        "good.csv",
        b"question_key,option_value,count\nknow_who_to_speak_to,agree,30\n",
    );
    let refused = youthvoice(
        &app,
        &["import", "aggregates", "--survey", "totals-careful", &good],
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains("holds 1 responses"));
}

#[tokio::test]
async fn analysts_download_the_same_file_the_command_line_exports_and_it_is_audited() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff(
        "analyst@example.org",
        youthvoice::domain::staff::Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let home = browser.get("/staff").await;
    assert_eq!(home.link_href("Data").as_deref(), Some("/staff/data"));
    let data = browser.get("/staff/data").await;
    assert_eq!(data.h1(), "Data");
    assert_eq!(
        data.link_href("Responses (CSV) for Be Supported 2021")
            .as_deref(),
        Some("/staff/data/be-supported-2021/responses.csv")
    );
    assert!(
        data.link_href("Responses (CSV) for Be Supported 2019")
            .is_none(),
        "a wave of published totals has no responses to download"
    );
    assert!(data.contains("Published totals only"));

    let download = browser
        .get("/staff/data/be-supported-2021/responses.csv")
        .await;
    assert_eq!(download.status, 200);
    assert_eq!(
        download.headers.get("content-disposition").unwrap(),
        "attachment; filename=\"be-supported-2021-responses.csv\""
    );
    assert_eq!(download.headers.get("cache-control").unwrap(), "no-store");
    let from_command_line = succeeds(&youthvoice(
        &app,
        &["export", "responses", "--survey", "be-supported-2021"],
    ));
    assert_eq!(download.body, from_command_line);
    assert_eq!(
        app.texts(
            "SELECT u.email AS value FROM audit_log a JOIN users u ON u.id = a.actor_id \
             WHERE a.action = 'responses_exported'"
        ),
        [Some("analyst@example.org".to_owned())]
    );
    assert_eq!(
        browser
            .get("/staff/data/no-such-wave/responses.csv")
            .await
            .status,
        404
    );
}

/// Progress bars are for people at a terminal: run from a script, a long command writes only its
/// outcome, and nothing on standard error.
#[tokio::test]
async fn commands_run_from_scripts_draw_no_progress() {
    let app = spawn_app().await;
    new_wave(&app, "scripted");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("responses.csv");
    let mut csv = String::from("response_id,submitted_on,format,age_band\n");
    for id in 1..=2_500 {
        csv.push_str(&format!("{id},2023-03-01,standard,age_14_15\n"));
    }
    std::fs::write(&file, csv).unwrap();
    for args in [
        vec![
            "import",
            "responses",
            "--survey",
            "scripted",
            file.to_str().unwrap(),
        ],
        vec!["export", "responses", "--survey", "scripted"],
    ] {
        let output = youthvoice(&app, &args);
        assert!(output.status.success(), "{args:?}");
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert_eq!(responses_in(&app, "scripted"), 2_500);
}
