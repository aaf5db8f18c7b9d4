//! `youthvoice report --format csv` on both databases, checked against numbers worked out
//! independently (Python's math module: Wilson interval and pooled z-test written from the formulas).

use std::process::Command;

use chrono::NaiveDate;
use youthvoice::db::{responses, surveys};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::ids::{OptionValue, ResponseId, Slug};
use youthvoice::domain::response::{NewResponse, StoredAnswer};
use youthvoice::domain::survey::{ResponseFormat, Survey, SurveyStatus};

use crate::helpers::{TestApp, spawn_app};

fn wave(app: &TestApp, slug: &str, year: i32) -> Survey {
    let mut survey = be_supported(year);
    survey.slug = Slug::parse(slug).unwrap();
    survey.status = SurveyStatus::Closed;
    surveys::insert(
        &mut app.connection(),
        &survey,
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    survey
}

/// Stores `how_many` responses answering "know who to speak to" with `answer`, and the district
/// question with `district` when given.
fn store(app: &TestApp, survey: &Survey, how_many: usize, answer: &str, district: Option<&str>) {
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
        let mut answers = vec![StoredAnswer {
            question_id: question("know_who_to_speak_to"),
            option_value: Some(OptionValue::parse(answer).unwrap()),
            text: None,
        }];
        if let Some(district) = district {
            answers.push(StoredAnswer {
                question_id: question("district"),
                option_value: Some(OptionValue::parse(district).unwrap()),
                text: None,
            });
        }
        let response = NewResponse {
            id: ResponseId::new_random(),
            survey_id: survey.id,
            format: ResponseFormat::Standard,
            submitted_on: NaiveDate::from_ymd_opt(survey.year, 3, 1),
            channel: None,
            language: youthvoice::domain::wording::Language::english(),
            answers,
        };
        responses::insert(&mut connection, survey, &response).unwrap();
    }
}

fn rows_for(csv_text: &str, key: &str) -> Vec<String> {
    csv_text
        .lines()
        .filter(|line| line.starts_with(&format!("{key},")))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn report_csv_matches_an_independent_calculation_and_suppresses_small_groups() {
    let app = spawn_app().await;
    let earlier = wave(&app, "report-a", 2021);
    for (answer, how_many) in [
        ("strongly_agree", 20),
        ("agree", 40),
        ("neither", 15),
        ("disagree", 15),
        ("strongly_disagree", 10),
    ] {
        store(&app, &earlier, how_many, answer, None);
    }
    let later = wave(&app, "report-b", 2022);
    // 150 of 200 positive: Cherwell 28 of 40, Oxford 2 of 4, West Oxfordshire 120 of 156.
    for (answer, how_many, district) in [
        ("strongly_agree", 28, "cherwell"),
        ("neither", 12, "cherwell"),
        ("agree", 2, "oxford"),
        ("disagree", 2, "oxford"),
        ("strongly_agree", 42, "west_oxfordshire"),
        ("agree", 78, "west_oxfordshire"),
        ("neither", 8, "west_oxfordshire"),
        ("disagree", 18, "west_oxfordshire"),
        ("strongly_disagree", 10, "west_oxfordshire"),
    ] {
        store(&app, &later, how_many, answer, Some(district));
    }

    let out = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .args(["report", "--survey", "report-b", "--format", "csv", "--out"])
        .arg(out.path())
        .env("DATABASE_URL", app.database.url())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(out.path().join(name)).unwrap();

    let headline = read("headline.csv");
    assert!(headline.starts_with(
        "question_key,survey,n,positive_count,positive_pct,ci95_low,ci95_high,change_vs_previous_pp,\
         p_value_vs_previous,verdict_vs_previous,change_vs_baseline_pp,p_value_vs_baseline,verdict_vs_baseline,\
         withheld,wording_changed,wording\n"
    ));
    assert_eq!(
        rows_for(&headline, "know_who_to_speak_to"),
        [
            "know_who_to_speak_to,report-a,100,60,60.0,50.2,69.1,,,not_comparable,,,not_comparable,,false,I know who I can speak to when I need support.",
            "know_who_to_speak_to,report-b,200,150,75.0,68.6,80.5,15.0,0.00752,improved,15.0,0.00752,improved,,false,I know who I can speak to when I need support.",
        ]
    );
    // Nobody answered these: nothing to show, nothing to compare.
    assert_eq!(
        rows_for(&headline, "listened_to"),
        [
            "listened_to,report-a,,,,,,,,not_comparable,,,not_comparable,fewer_than_10,false,\"When you speak to someone about a problem, how often do you feel listened to?\"",
            "listened_to,report-b,,,,,,,,not_comparable,,,not_comparable,fewer_than_10,false,\"When you speak to someone about a problem, how often do you feel listened to?\"",
        ]
    );

    let options = read("options.csv");
    let later_options: Vec<String> = rows_for(&options, "know_who_to_speak_to")
        .into_iter()
        .filter(|row| row.contains(",report-b,"))
        .collect();
    assert_eq!(
        later_options,
        [
            "know_who_to_speak_to,report-b,strongly_agree,70,35.0,",
            "know_who_to_speak_to,report-b,agree,80,40.0,",
            "know_who_to_speak_to,report-b,neither,20,10.0,",
            "know_who_to_speak_to,report-b,disagree,20,10.0,",
            "know_who_to_speak_to,report-b,strongly_disagree,10,5.0,",
        ]
    );

    let breakdowns = read("breakdowns.csv");
    let by_district: Vec<String> = rows_for(&breakdowns, "know_who_to_speak_to")
        .into_iter()
        .filter(|row| row.contains(",district,"))
        .collect();
    assert_eq!(
        by_district,
        [
            // Oxford's 2 of 4 and the empty districts are fewer than 10; with 150 of 200 positive
            // shown, Cherwell's and West Oxfordshire's shares would give Oxford's away.
            "know_who_to_speak_to,report-b,district,cherwell,,,held_back",
            "know_who_to_speak_to,report-b,district,oxford,,,fewer_than_10",
            "know_who_to_speak_to,report-b,district,south_oxfordshire,,,fewer_than_10",
            "know_who_to_speak_to,report-b,district,vale_of_white_horse,,,fewer_than_10",
            "know_who_to_speak_to,report-b,district,west_oxfordshire,156,,held_back",
            "know_who_to_speak_to,report-b,district,outside_oxfordshire,,,fewer_than_10",
            "know_who_to_speak_to,report-b,district,not_sure,,,fewer_than_10",
        ]
    );
    for line in breakdowns.lines().chain(options.lines()).skip(1) {
        for cell in line.split(',').skip(3) {
            if let Ok(count) = cell.parse::<u64>() {
                assert!(count >= 10, "a count below 10 was published: {line}");
            }
        }
    }
}
