//! Wording by language and register: a translation is rows, stored and read back whole, and kept
//! when staff edit the English.

use youthvoice::db::surveys;
use youthvoice::domain::survey::{QuestionWording, ResponseFormat, SurveyStatus, SurveyTexts};
use youthvoice::domain::wording::Language;

use crate::helpers::spawn_app;

#[tokio::test]
async fn translations_are_stored_read_back_and_kept_through_an_edit() {
    let app = spawn_app().await;
    let mut survey = app.create_survey("in-polish", SurveyStatus::Draft);
    let polish = Language::parse("pl").unwrap();
    let arabic = Language::parse("ar").unwrap();
    let question_id = survey.questions[0].id;
    survey.texts.set(
        polish.clone(),
        ResponseFormat::Standard,
        SurveyTexts {
            intro: "Chcemy wiedzieć, czy dostajesz pomoc, której potrzebujesz.".into(),
            privacy: "Nie pytamy o twoje imię.".into(),
            title: "Ankieta o wsparciu".into(),
        },
    );
    let question = &mut survey.questions[0];
    question.wording.set(
        arabic.clone(),
        ResponseFormat::EasyRead,
        QuestionWording::new("أعرف مع من أتكلم عندما أحتاج إلى مساعدة.", None),
    );
    question.options[0].labels.set(
        polish.clone(),
        ResponseFormat::Standard,
        "Zdecydowanie się zgadzam".into(),
    );
    // Stored as a new wave (a copy with new ids would be stored the same way).
    let mut connection = app.connection();
    app.execute("DELETE FROM surveys WHERE slug = 'in-polish'");
    surveys::insert(&mut connection, &survey, chrono::Utc::now().naive_utc()).unwrap();
    let stored = surveys::find_by_id(&mut connection, survey.id)
        .unwrap()
        .unwrap();
    assert_eq!(stored, survey);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM survey_wordings WHERE language = 'pl' AND title = 'Ankieta o wsparciu'"
        ),
        1
    );
    assert_eq!(
        stored.questions[0].wording.languages(),
        vec![Language::english(), arabic.clone()]
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM option_wordings WHERE language = 'pl' AND label = 'Zdecydowanie się zgadzam'"
        ),
        1
    );

    // Staff edit the English; the translations stay with the question and its answer.
    let mut edited = stored.questions[0].clone();
    edited.wording.in_english_mut(ResponseFormat::Standard).text = "I know who to talk to.".into();
    surveys::update_question(&mut connection, survey.id, &edited).unwrap();
    let reread = surveys::find_by_id(&mut connection, survey.id)
        .unwrap()
        .unwrap();
    let first = reread
        .questions
        .iter()
        .find(|question| question.id == question_id)
        .unwrap();
    assert_eq!(first.text(), "I know who to talk to.");
    assert_eq!(
        first
            .wording
            .get(&arabic, ResponseFormat::EasyRead)
            .map(|wording| wording.text.as_str()),
        Some("أعرف مع من أتكلم عندما أحتاج إلى مساعدة.")
    );
    assert_eq!(
        first.options[0]
            .labels
            .get(&polish, ResponseFormat::Standard)
            .map(String::as_str),
        Some("Zdecydowanie się zgadzam")
    );
}
