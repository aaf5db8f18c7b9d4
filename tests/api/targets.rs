//! The working group's targets and other local surveys' figures: an analyst records a target per
//! measure and year (who agreed it, when); reports show each measure against it, decided from the
//! 95% interval; the trend chart draws it and `targets.csv` lists it; another survey's figure sits
//! beside its measure as a different survey, never tested against ours; every change is audited.

use youthvoice::domain::staff::Role;

use crate::helpers::{Browser, TestApp, spawn_app};

const TARGETS: &str = "/staff/programmes/be-supported/targets";

fn target_form<'a>(
    measure: &'a str,
    percent: &'a str,
    by_year: &'a str,
) -> [(&'a str, &'a str); 5] {
    [
        ("measure", measure),
        ("percent", percent),
        ("by_year", by_year),
        ("agreed_by", "CTB working group"),
        ("agreed_on", "2021-07-12"),
    ]
}

async fn analyst(app: &TestApp) -> Browser {
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    browser.get(TARGETS).await;
    browser
}

/// The rounded share of 2022 answering the measure's question positively, from targets.csv.
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn an_analyst_sets_targets_and_the_reports_judge_each_measure_from_its_interval() {
    let app = spawn_app().await;
    let browser = analyst(&app).await;
    let page = browser.get(TARGETS).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("Targets") && page.contains("No target set."));
    assert!(
        browser
            .get("/staff/surveys")
            .await
            .contains("/staff/programmes/be-supported/targets")
    );

    // Mistakes are named by field, what was typed is kept, and nothing is stored.
    let refused = browser
        .post(TARGETS, &target_form("13", "170", "2022"))
        .await;
    assert_eq!(refused.status, 400);
    assert!(refused.contains("a whole number from 1 to 99"));
    assert!(refused.contains(r##"href="#percent""##));
    assert!(refused.contains(r#"value="170""#));
    let not_a_measure = browser.post(TARGETS, &target_form("3", "70", "2022")).await;
    assert_eq!(not_a_measure.status, 400);
    assert!(not_a_measure.contains("Choose the measure"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM measure_targets"), 0);

    // Three targets for 2022 whose standing is certain whatever the demo's numbers: far below the
    // share (met), far above it (not met), and the share itself (inside its interval).
    let share_now = {
        let csv = browser
            .get("/staff/reports/be-supported-2022/csv/headline.csv")
            .await;
        let rows = csv_rows(&csv.body);
        let row = rows
            .iter()
            .find(|row| row[0] == "information_suits_me" && row[1] == "be-supported-2022")
            .expect("the 2022 headline of measure 14");
        row[4].parse::<f64>().unwrap().round().to_string()
    };
    for (measure, percent) in [("13", "5"), ("15", "99"), ("14", share_now.as_str())] {
        let set = browser
            .post(TARGETS, &target_form(measure, percent, "2022"))
            .await;
        assert_eq!(set.status, 303, "{measure}: {}", set.body);
    }
    let again = browser
        .post(TARGETS, &target_form("13", "60", "2022"))
        .await;
    assert_eq!(again.status, 400);
    assert!(again.contains("already set"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'target_set'"),
        3
    );
    let listed = browser.get(TARGETS).await;
    assert!(listed.contains("5% by 2022, agreed by CTB working group on 12 July 2021"));

    let summary = browser
        .get("/staff/reports/be-supported-2022/summary")
        .await;
    assert!(summary.contains(
        "The target is 5% by 2022, agreed by CTB working group on 12 July 2021. Met: the whole \
         95% interval"
    ));
    assert!(
        summary.contains("The target is 99% by 2022")
            && summary.contains("Not met: the whole 95% interval")
    );
    assert!(summary.contains("Not yet clear: the 95% interval"));
    assert!(summary.contains("5% by 2022: met") && summary.contains("99% by 2022: not met"));
    // The trend chart draws each target, and its table says it.
    assert!(summary.contains("Target: 5% by 2022") && summary.contains("Target: 99% by 2022"));
    assert!(summary.contains("None set"), "measure 16 has no target");

    // targets.csv: each standing follows from its own interval.
    let csv = browser
        .get("/staff/reports/be-supported-2022/csv/targets.csv")
        .await;
    assert_eq!(csv.status, 200);
    let rows = csv_rows(&csv.body);
    assert_eq!(rows.len(), 3);
    for row in &rows {
        let (target, low, high) = (
            row[2].parse::<f64>().unwrap(),
            row[8].parse::<f64>().unwrap(),
            row[9].parse::<f64>().unwrap(),
        );
        let expected = if low >= target {
            "met"
        } else if high < target {
            "not_met"
        } else {
            "not_yet_clear"
        };
        assert_eq!(row[10], expected, "{row:?}");
    }
    assert_eq!(
        rows.iter().map(|row| row[10].as_str()).collect::<Vec<_>>(),
        ["met", "not_yet_clear", "not_met"]
    );

    // A wave from before the targets is judged against the next one due.
    let earlier = browser
        .get("/staff/reports/be-supported-2021/summary")
        .await;
    assert!(earlier.contains("The target is 5% by 2022"));

    // Withdrawn: gone from the page and the reports, and audited.
    let id = app.texts("SELECT id AS value FROM measure_targets WHERE percent = 99")[0]
        .clone()
        .unwrap();
    let withdrawn = browser.post(&format!("{TARGETS}/{id}/withdraw"), &[]).await;
    assert_eq!(withdrawn.status, 303);
    assert_eq!(
        browser
            .post(&format!("{TARGETS}/{id}/withdraw"), &[])
            .await
            .status,
        404,
        "already withdrawn"
    );
    assert!(!browser.get(TARGETS).await.contains("99% by 2022"));
    assert!(
        !browser
            .get("/staff/reports/be-supported-2022/summary")
            .await
            .contains("99% by 2022")
    );
    assert_eq!(
        app.texts("SELECT detail AS value FROM audit_log WHERE action = 'target_withdrawn'"),
        [Some(
            "Be Supported, Have inspiring role models: 99% by 2022, agreed by CTB working group \
             on 12 July 2021"
                .to_owned()
        )]
    );
}

#[tokio::test]
async fn a_held_back_share_gets_no_standing_because_met_would_tell_how_large_it_is() {
    let app = spawn_app().await;
    let browser = analyst(&app).await;
    // A new wave of the programme with a handful of responses: every share is held back.
    app.create_survey(
        "be-supported-2030",
        youthvoice::domain::survey::SurveyStatus::Closed,
    );
    let set = browser
        .post(TARGETS, &target_form("13", "50", "2030"))
        .await;
    assert_eq!(set.status, 303);
    let summary = browser
        .get("/staff/reports/be-supported-2030/summary")
        .await;
    assert_eq!(summary.status, 200);
    assert!(!summary.contains("Met:") && !summary.contains("Not met:"));
    let csv = browser
        .get("/staff/reports/be-supported-2030/csv/targets.csv")
        .await;
    let rows = csv_rows(&csv.body);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (&rows[0][7], &rows[0][8], &rows[0][9], &rows[0][10]),
        (
            &String::new(),
            &String::new(),
            &String::new(),
            &"not_shown".to_owned()
        )
    );
}

#[tokio::test]
async fn another_surveys_figure_sits_beside_its_measure_and_is_never_compared_with_ours() {
    let app = spawn_app().await;
    let browser = analyst(&app).await;
    let comparators = "/staff/programmes/be-supported/comparators";
    let page = browser.get(comparators).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("No other survey\u{2019}s figure."));
    let form = |share: &'static str, link: &'static str, year: &'static str| {
        [
            ("measure", "13"),
            ("source", "OxWell survey"),
            ("year", year),
            ("wording", "I know who to talk to if I am worried"),
            ("share", share),
            ("respondents", "1,234"),
            ("link", link),
        ]
    };
    let refused = browser
        .post(comparators, &form("64.5", "javascript:alert(1)", "2022"))
        .await;
    assert_eq!(refused.status, 400);
    assert!(refused.contains("https:// address"));
    assert!(
        refused.contains(r#"value="64.5""#),
        "what was typed is kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM local_comparators"), 0);
    for (share, year) in [("64.5", "2022"), ("58", "2021"), ("70", "2025")] {
        let added = browser
            .post(
                comparators,
                &form(share, "https://oxwell.example.org/2022", year),
            )
            .await;
        assert_eq!(added.status, 303, "{}", added.body);
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'comparator_added'"),
        3
    );
    let listed = browser.get(comparators).await;
    assert!(listed.contains("OxWell survey 2022: 64.5%</strong> of 1,234"));
    assert!(listed.contains(r#"href="https://oxwell.example.org/2022" rel="noreferrer""#));

    // The 2022 report shows the latest figure published by 2022, as a different survey.
    let verdicts_before = {
        let csv = browser
            .get("/staff/reports/be-supported-2022/csv/headline.csv")
            .await;
        csv.body
    };
    let summary = browser
        .get("/staff/reports/be-supported-2022/summary")
        .await;
    assert!(summary.contains(
        "A different survey, the OxWell survey 2022, found 64.5% of 1,234 young people answering \
         positively to its own question \u{201C}I know who to talk to if I am worried\u{201D}. It \
         is shown for context, not compared with ours"
    ));
    assert!(!summary.contains("OxWell survey 2021") && !summary.contains("OxWell survey 2025"));
    let full = browser.get("/staff/reports/be-supported-2022/full").await;
    assert!(full.contains("A different survey, the OxWell survey 2022"));
    assert_eq!(
        browser
            .get("/staff/reports/be-supported-2022/csv/headline.csv")
            .await
            .body,
        verdicts_before,
        "no test or verdict of ours changes"
    );

    let id = app.texts("SELECT id AS value FROM local_comparators WHERE year = 2022")[0]
        .clone()
        .unwrap();
    let removed = browser
        .post(&format!("{comparators}/{id}/remove"), &[])
        .await;
    assert_eq!(removed.status, 303);
    let after = browser
        .get("/staff/reports/be-supported-2022/summary")
        .await;
    assert!(after.contains("A different survey, the OxWell survey 2021, found 58%"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'comparator_removed'"),
        1
    );
}

#[tokio::test]
async fn a_file_of_other_surveys_figures_is_imported_whole_from_the_command_line_or_not_at_all() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let import = |contents: &str| {
        let file = folder.path().join("figures.csv");
        std::fs::write(&file, contents).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
            .args(["import", "comparators", "--programme", "be-supported"])
            .arg(&file)
            .env("DATABASE_URL", app.database.url())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let header = "plan_item,source,year,wording,share,respondents,link\n";
    let refused = import(&format!(
        "{header}13,OxWell survey,2022,I know who to ask,64.5,\"1,234\",https://oxwell.example.org\n\
         15,OxWell survey,2022,I have someone to look up to,71,,javascript:alert(1)\n"
    ));
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("line 3, column link"), "{said}");
    assert!(said.contains("nothing was stored"), "{said}");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM local_comparators"), 0);

    let imported = import(&format!(
        "{header}13,OxWell survey,2022,I know who to ask,64.5,\"1,234\",https://oxwell.example.org\n\
         15,OxWell survey,2022,I have someone to look up to,71,,\n"
    ));
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(String::from_utf8_lossy(&imported.stdout).contains("Added 2 figure(s)"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'comparator_added' \
             AND detail LIKE '%(command line)'"
        ),
        2
    );
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let summary = app
        .browser_signed_in_as(&analyst)
        .get("/staff/reports/be-supported-2022/summary")
        .await;
    assert!(summary.contains("the OxWell survey 2022, found 71% answering positively"));
}
