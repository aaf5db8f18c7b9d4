//! Programmes: a wave belongs to one, made from its template (built in or the team's own file),
//! and trends, reports and the question editor stay within it. Both databases.

use std::process::{Command, Output};

use chrono::NaiveDate;
use youthvoice::db::{responses, surveys};
use youthvoice::domain::ids::{OptionValue, ResponseId, Slug};
use youthvoice::domain::response::{NewResponse, StoredAnswer};
use youthvoice::domain::staff::Role;
use youthvoice::domain::survey::{ResponseFormat, Survey};
use youthvoice::domain::wording::Language;

use crate::helpers::{TestApp, TestDatabase, spawn_app};

fn youthvoice(database: &TestDatabase, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .args(args)
        .env("DATABASE_URL", database.url())
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn succeeded(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn new_wave(database: &TestDatabase, from: &[&str], slug: &str, year: &str) {
    let mut args = vec!["survey", "new"];
    args.extend_from_slice(from);
    args.extend_from_slice(&["--slug", slug, "--title", slug, "--year", year]);
    succeeded(&youthvoice(database, &args));
}

fn stored(app: &TestApp, slug: &str) -> Survey {
    surveys::find_by_slug(&mut app.connection(), &Slug::parse(slug).unwrap())
        .unwrap()
        .unwrap()
}

/// Stores `how_many` responses answering `key` with `value` and the age question with 14 or 15.
fn answer(app: &TestApp, survey: &Survey, how_many: usize, key: &str, value: &str) {
    let question = |key: &str| {
        survey
            .questions
            .iter()
            .find(|q| q.key.as_str() == key)
            .unwrap()
            .id
    };
    let mut connection = app.connection();
    for _ in 0..how_many {
        let stored_answer = |key: &str, value: &str| StoredAnswer {
            question_id: question(key),
            option_value: Some(OptionValue::parse(value).unwrap()),
            text: None,
        };
        let response = NewResponse {
            id: ResponseId::new_random(),
            survey_id: survey.id,
            format: ResponseFormat::Standard,
            submitted_on: NaiveDate::from_ymd_opt(survey.year, 3, 1),
            channel: None,
            language: Language::english(),
            answers: vec![
                stored_answer(key, value),
                stored_answer("age_band", "age_14_15"),
            ],
        };
        responses::insert(&mut connection, survey, &response).unwrap();
    }
}

#[tokio::test]
async fn another_programmes_wave_asking_the_same_age_question_never_joins_be_supported_trends() {
    let app = spawn_app().await;
    let database = &app.database;
    new_wave(database, &[], "be-supported-2021", "2021");
    new_wave(
        database,
        &["--programme", "be-healthy"],
        "be-healthy-2021",
        "2021",
    );
    new_wave(
        database,
        &["--template", "be-supported"],
        "be-supported-2022",
        "2022",
    );
    let supported_2021 = stored(&app, "be-supported-2021");
    let healthy_2021 = stored(&app, "be-healthy-2021");
    let supported_2022 = stored(&app, "be-supported-2022");
    assert_ne!(healthy_2021.programme, supported_2021.programme);
    assert_eq!(supported_2022.programme, supported_2021.programme);
    answer(&app, &supported_2021, 30, "know_who_to_speak_to", "agree");
    answer(&app, &healthy_2021, 40, "know_health_help", "agree");
    answer(
        &app,
        &supported_2022,
        30,
        "know_who_to_speak_to",
        "disagree",
    );

    let out = tempfile::tempdir().unwrap();
    succeeded(&youthvoice(
        database,
        &[
            "report",
            "--survey",
            "be-supported-2022",
            "--format",
            "csv",
            "--out",
        ]
        .into_iter()
        .chain([out.path().to_str().unwrap()])
        .collect::<Vec<_>>(),
    ));
    let options = std::fs::read_to_string(out.path().join("options.csv")).unwrap();
    let age_rows: Vec<&str> = options
        .lines()
        .filter(|line| line.starts_with("age_band,"))
        .collect();
    assert!(
        age_rows.iter().any(|row| row.contains("be-supported-2021")),
        "{options}"
    );
    assert!(
        age_rows.iter().any(|row| row.contains("be-supported-2022")),
        "{options}"
    );
    assert!(
        !options.contains("be-healthy"),
        "a Be Healthy wave is not a Be Supported year: {options}"
    );

    let summary = out.path().join("summary.html");
    succeeded(&youthvoice(
        database,
        &[
            "report",
            "--survey",
            "be-supported-2022",
            "--out",
            summary.to_str().unwrap(),
        ],
    ));
    let summary = std::fs::read_to_string(summary).unwrap();
    assert!(summary.contains("The Be Supported measures at a glance"));
    assert!(
        summary
            .contains("for the four measures of \u{201C}Be Supported\u{201D}, compared with 2021")
    );

    let healthy = out.path().join("healthy.html");
    succeeded(&youthvoice(
        database,
        &[
            "report",
            "--survey",
            "be-healthy-2021",
            "--kind",
            "full",
            "--out",
            healthy.to_str().unwrap(),
        ],
    ));
    let healthy = std::fs::read_to_string(healthy).unwrap();
    assert!(healthy.contains("The Be Healthy measures"));
    assert!(healthy.contains("Be confident that services are available to promote good health"));
    assert!(
        !healthy.contains("Know who to talk to"),
        "Be Supported's measures stay in Be Supported"
    );
}

const OWN_TEMPLATE: &str = r#"
[programme]
slug = "getting-around"
name = "Getting around"

[[programme.measures]]
item = 1
title = "Travel safely and cheaply"
short_name = "Easy to travel"
people_phrase = "find it easy to get where they need to go"
easy_read_phrase = "can get where they need to go"
question = "easy_to_travel"

[start_page]
intro = "This survey asks how you get around."
privacy = "We do not ask for your name."
easy_read_intro = "We want to know how you get around."
easy_read_privacy = "We do not ask for your name."

[[questions]]
key = "easy_to_travel"
kind = "yes_no_not_sure"
text = "Is it easy to get where you need to go?"
easy_read = "Can you get where you need to go?"
symbol = "place"
plan_item = 1
positive = ["yes"]
options = [
    { value = "yes", label = "Yes", easy_read = "Yes", symbol = "yes" },
    { value = "no", label = "No", easy_read = "No", symbol = "no" },
    { value = "not_sure", label = "Not sure", easy_read = "I am not sure", symbol = "not-sure" },
]

[[questions]]
key = "age_band"
kind = "single_choice"
text = "How old are you?"
easy_read = "How old are you?"
symbol = "age"
demographic = true
options = [
    { value = "age_11_13", label = "11 to 13", easy_read = "11 to 13", symbol = "age-11-13" },
    { value = "age_14_15", label = "14 or 15", easy_read = "14 or 15", symbol = "age-14-15" },
]
"#;

#[test]
fn a_teams_own_template_file_starts_its_own_programme_once() {
    let database = TestDatabase::create();
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("getting-around.toml");
    std::fs::write(&file, OWN_TEMPLATE).unwrap();
    let file = file.to_str().unwrap();
    new_wave(
        &database,
        &["--template", file],
        "getting-around-2025",
        "2025",
    );
    new_wave(
        &database,
        &["--template", file],
        "getting-around-2026",
        "2026",
    );
    let mut connection = youthvoice::db::build_pool(database.url(), 1)
        .unwrap()
        .get()
        .unwrap();
    let programmes = youthvoice::db::programmes::list(&mut connection).unwrap();
    let names: Vec<&str> = programmes.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Be Supported", "Getting around"],
        "one new programme, made once"
    );
    let own = &programmes[1];
    assert_eq!(own.measures[0].question.as_str(), "easy_to_travel");
    for slug in ["getting-around-2025", "getting-around-2026"] {
        let wave = surveys::find_by_slug(&mut connection, &Slug::parse(slug).unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(wave.programme, own.id, "{slug}");
    }

    // A broken file names every problem and makes nothing.
    let broken = folder.path().join("broken.toml");
    std::fs::write(
        &broken,
        OWN_TEMPLATE
            .replace(r#"symbol = "place""#, r#"symbol = "bus""#)
            .replace(r#"positive = ["yes"]"#, r#"positive = ["always"]"#),
    )
    .unwrap();
    let refused = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--template",
            broken.to_str().unwrap(),
            "--slug",
            "broken",
            "--title",
            "Broken",
            "--year",
            "2025",
        ],
    );
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains(r#"no symbol called "bus""#), "{said}");
    assert!(said.contains(r#"has no answer "always""#), "{said}");
    let unknown = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--programme",
            "be-happy",
            "--slug",
            "x",
            "--title",
            "X",
            "--year",
            "2025",
        ],
    );
    let said = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        said.contains("be-successful, be-healthy, be-safe, be-supported"),
        "the built-in programmes are listed: {said}"
    );
    assert_eq!(
        youthvoice::db::surveys::list(&mut connection)
            .unwrap()
            .len(),
        2,
        "nothing made from a broken or unknown template"
    );
}

#[tokio::test]
async fn staff_start_a_wave_of_another_programme_and_see_waves_by_programme() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    let form = browser.get("/staff/surveys/new").await;
    assert!(form.contains("The Be Healthy template: plan items 5 to 8"));
    assert!(form.contains("A copy of Be Supported 2022 (Be Supported)"));
    let created = browser
        .post(
            "/staff/surveys/new",
            &[
                ("start_from", "template:be-healthy"),
                ("title", "Be Healthy 2023"),
                ("slug", "be-healthy-2023"),
                ("year", "2023"),
            ],
        )
        .await;
    let created = browser.follow(created).await;
    assert_eq!(created.h1(), "Be Healthy 2023");
    assert!(
        created.contains("Programme"),
        "the overview names the programme"
    );
    assert!(created.contains(">Be Healthy<"));

    let list = browser.get("/staff/surveys").await;
    let healthy = list
        .body
        .find("<h2>Be Healthy</h2>")
        .expect("a Be Healthy heading");
    let supported = list
        .body
        .find("<h2>Be Supported</h2>")
        .expect("a Be Supported heading");
    let new_wave = list.body.find("Be Healthy 2023").unwrap();
    let old_wave = list.body.find("Be Supported 2022").unwrap();
    assert!(
        healthy < new_wave && new_wave < supported && supported < old_wave,
        "{}",
        list.body
    );

    // The question editor offers and accepts only the programme's own plan items.
    let editor = browser
        .get("/staff/surveys/be-healthy-2023/questions/know_health_help")
        .await;
    assert!(editor.contains("Plan item 5: Be confident that services are available"));
    assert!(!editor.contains("Plan item 13"));
    let new_question = browser
        .post(
            "/staff/surveys/be-healthy-2023/questions/new",
            &[
                ("key", "sleep_well"),
                ("kind", "free_text"),
                ("text", "How do you sleep?"),
                ("easy_read_text", "How do you sleep?"),
                ("hint", ""),
                ("easy_read_hint", ""),
                ("symbol", ""),
                ("plan_item", "13"),
                ("option_rows", "0"),
            ],
        )
        .await;
    assert_eq!(new_question.status, 422);
    assert!(new_question.contains("Choose plan item 5, 6, 7, 8, or none"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM programmes WHERE slug = 'be-healthy'"),
        1
    );
}

#[tokio::test]
async fn a_measure_counting_other_answers_as_positive_is_flagged_by_lint_and_beside_its_trend() {
    let app = spawn_app().await;
    let database = &app.database;
    new_wave(database, &[], "be-supported-2021", "2021");
    new_wave(database, &[], "be-supported-2022", "2022");
    let earlier = stored(&app, "be-supported-2021");
    let mut later = stored(&app, "be-supported-2022");
    // This year only "Strongly agree" counts: the share means something else now.
    let question = &mut later.questions[0];
    for option in &mut question.options {
        option.is_positive = option.value.as_str() == "strongly_agree";
    }
    surveys::update_question(&mut app.connection(), later.id, question).unwrap();
    let later = stored(&app, "be-supported-2022");
    answer(&app, &earlier, 30, "know_who_to_speak_to", "agree");
    answer(&app, &later, 30, "know_who_to_speak_to", "strongly_agree");

    let lint = youthvoice(
        database,
        &["survey", "lint", "--survey", "be-supported-2022"],
    );
    let said = String::from_utf8_lossy(&lint.stdout);
    assert!(
        said.contains(
            "question know_who_to_speak_to: counts strongly_agree as positive, but 2021 counted \
             strongly_agree, agree"
        ),
        "{said}"
    );

    let out = tempfile::tempdir().unwrap();
    let summary = out.path().join("summary.html");
    succeeded(&youthvoice(
        database,
        &[
            "report",
            "--survey",
            "be-supported-2022",
            "--out",
            summary.to_str().unwrap(),
        ],
    ));
    let summary = std::fs::read_to_string(summary).unwrap();
    assert!(
        summary.contains(
            "In 2021 the share counted \u{201C}Strongly agree\u{201D} and \u{201C}Agree\u{201D} as \
             positive, and now it counts \u{201C}Strongly agree\u{201D}, so compare with care."
        ),
        "the report says so beside the comparison"
    );
}
