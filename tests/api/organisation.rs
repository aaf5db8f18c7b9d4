//! The organisation running the survey is named wherever people meet the platform: every page's
//! header and footer (with its contact and privacy notice), the start page, the poster, the
//! reports' covers and every email; its logo is served as a checked picture.

use std::sync::Arc;

use youthvoice::domain::organisation::Organisation;
use youthvoice::domain::staff::Role;

use crate::helpers::spawn_app_with;

const LOGO: &[u8] = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 20\"><rect width=\"20\" height=\"20\" fill=\"#3d2375\"/></svg>";

#[tokio::test]
async fn pages_poster_reports_and_emails_name_the_organisation_running_the_survey() {
    let app = spawn_app_with(|settings| {
        settings.organisation = Arc::new(
            Organisation::from_settings(
                Some("Anyshire County Council"),
                Some("Anyshire"),
                Some("voice@anyshire.gov.uk"),
                Some("https://anyshire.gov.uk/privacy/youth-survey"),
                Some(LOGO),
            )
            .unwrap(),
        );
    })
    .await;
    app.open_survey("named");
    let young_person = app.browser();
    let start = young_person.get("/s/named").await;
    for said in [
        "This survey is run by Anyshire County Council.",
        "href=\"mailto:voice@anyshire.gov.uk\"",
        "href=\"https://anyshire.gov.uk/privacy/youth-survey\"",
        "class=\"header__organisation\"",
        "Run by Anyshire County Council.",
    ] {
        assert!(start.contains(said), "{said}");
    }
    let logo_at = start
        .body
        .find("/assets/logo?v=")
        .expect("the logo in the header");
    let logo_path = &start.body[logo_at..logo_at + start.body[logo_at..].find('"').unwrap()];
    let (status, content_type, picture) = young_person.get_bytes(logo_path).await;
    assert_eq!((status, content_type.as_str()), (200, "image/svg+xml"));
    // Rewritten by usvg: only what draws is kept (the square becomes a path).
    assert!(String::from_utf8(picture).unwrap().contains("<path"));
    for page in ["/help", "/s/named/resume", "/no-such-page"] {
        let shown = young_person.get(page).await;
        assert!(shown.contains("Run by Anyshire County Council."), "{page}");
    }

    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let staff = app.browser_signed_in_as(&admin);
    let poster = staff.get("/staff/surveys/named/poster").await;
    assert!(poster.contains("class=\"poster__organisation\""));
    assert!(poster.contains("Anyshire County Council"));
    let report = staff.get("/staff/reports/named/summary").await;
    assert!(
        report.contains("Published by Anyshire County Council"),
        "{}",
        report.body
    );

    staff.get("/staff/users/invite").await;
    staff
        .post(
            "/staff/users/invite",
            &[
                ("display_name", "Sam"),
                ("email", "sam@example.org"),
                ("role", "moderator"),
            ],
        )
        .await;
    let sent = app.mailer.sent();
    let invitation = sent.last().expect("an invitation");
    assert!(
        invitation
            .text
            .contains("From youthvoice, for Anyshire County Council.")
    );
    assert!(
        invitation
            .html
            .contains("From youthvoice, for Anyshire County Council.")
    );
}

#[tokio::test]
async fn without_a_logo_there_is_no_logo_address() {
    let app = spawn_app_with(|_| {}).await;
    let home = app.browser().get("/").await;
    assert!(!home.contains("/assets/logo"));
    assert!(home.contains("Run by Oxfordshire Children's Trust."));
    assert_eq!(app.browser().get("/assets/logo").await.status, 404);
}
