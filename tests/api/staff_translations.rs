//! An analyst translates a wave on the staff pages: downloads the sheet, uploads it filled (and is
//! told exactly what is wrong when it is not), and removes a language.

use youthvoice::domain::staff::Role;
use youthvoice::domain::survey::SurveyStatus;

use crate::helpers::spawn_app;

const SHIPPED_POLISH: &str = include_str!("../../assets/translations/be-supported/pl.csv");

#[tokio::test]
async fn an_analyst_downloads_the_sheet_uploads_it_filled_and_removes_the_language() {
    let app = spawn_app().await;
    app.create_survey("be-supported-2030", SurveyStatus::Draft);
    let analyst = app.create_staff("analyst@example.org", Role::Analyst, "a long pass phrase");
    let browser = app.browser_signed_in_as(&analyst);
    let base = "/staff/surveys/be-supported-2030/translations";

    let page = browser.get(base).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("Not translated."));
    let (status, content_type, sheet) = browser.get_bytes(&format!("{base}/pl/sheet.csv")).await;
    assert_eq!(
        (status, content_type.as_str()),
        (200, "text/csv; charset=utf-8")
    );
    let sheet = String::from_utf8(sheet).unwrap();
    assert!(sheet.starts_with("place,register,english,translation,note\n"));
    assert_eq!(
        browser.get_bytes(&format!("{base}/tlh/sheet.csv")).await.0,
        404
    );

    // One place left empty: nothing is stored, and the page says which place.
    let gap = SHIPPED_POLISH.replacen(",Nikt,", ",,", 1);
    let refused = browser
        .post_file(base, &[("language", "pl")], "pl.csv", gap.into_bytes())
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.contains("answer:where_go_for_support:nobody in standard is not translated"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM question_wordings WHERE language = 'pl'"),
        0
    );

    let stored = browser
        .post_file(
            base,
            &[("language", "pl")],
            "pl.csv",
            SHIPPED_POLISH.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(
        stored.location.as_deref(),
        Some(&*format!("{base}?done=imported"))
    );
    let page = browser.follow(stored).await;
    assert!(page.contains("Translated: young people can read this wave in this language."));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'translation_imported'"),
        1
    );

    browser.get(base).await;
    let removed = browser.post(&format!("{base}/pl/remove"), &[]).await;
    assert_eq!(
        removed.location.as_deref(),
        Some(&*format!("{base}?done=removed"))
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM question_wordings WHERE language = 'pl'"),
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'translation_removed'"),
        1
    );
}
