//! Forged, tampered and oversized requests get a clear 4xx page and change nothing.

use crate::helpers::{spawn_app, start_survey};

#[tokio::test]
async fn a_form_without_the_right_csrf_token_is_refused() {
    let app = spawn_app().await;
    app.open_survey("forged");
    let browser = app.browser();
    start_survey(&browser, "forged", "standard").await;
    let missing = browser
        .post_raw(
            "/s/forged/q/1",
            "application/x-www-form-urlencoded",
            b"answer=agree".to_vec(),
        )
        .await;
    assert_eq!(missing.status, 403);
    assert_eq!(missing.h1(), "This form has expired");
    let wrong = browser
        .post_raw(
            "/s/forged/q/1",
            "application/x-www-form-urlencoded",
            format!("csrf_token={}&answer=agree", "0".repeat(64)).into_bytes(),
        )
        .await;
    assert_eq!(wrong.status, 403);
    // A token from another browser does not work either.
    let other = app.browser();
    other.get("/s/forged").await;
    let borrowed = browser
        .post_raw(
            "/s/forged/q/1",
            "application/x-www-form-urlencoded",
            format!("csrf_token={}&answer=agree", other.csrf()).into_bytes(),
        )
        .await;
    assert_eq!(borrowed.status, 403);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts WHERE answers <> '{}'"),
        0
    );
}

#[tokio::test]
async fn tampered_and_unreadable_forms_get_a_400_page_and_change_nothing() {
    let app = spawn_app().await;
    app.open_survey("tampered");
    let browser = app.browser();
    start_survey(&browser, "tampered", "standard").await;
    let token = browser.csrf();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "application/x-www-form-urlencoded",
            format!("csrf_token={token}&answer=friends").into_bytes(),
        ),
        (
            "application/x-www-form-urlencoded",
            format!("csrf_token={token}&answer=agree&answer=disagree").into_bytes(),
        ),
        (
            "application/x-www-form-urlencoded",
            format!("csrf_token={token}&answer=%FF%FE").into_bytes(),
        ),
        (
            "application/x-www-form-urlencoded",
            format!("csrf_token={token}&answer=' OR 1=1 --").into_bytes(),
        ),
        (
            "application/json",
            format!("{{\"csrf_token\":\"{token}\"}}").into_bytes(),
        ),
    ];
    for (content_type, body) in cases {
        let page = browser
            .post_raw("/s/tampered/q/1", content_type, body.clone())
            .await;
        assert_eq!(page.status, 400, "{}", String::from_utf8_lossy(&body));
        assert!(
            page.body
                .contains("<h1>Sorry, something was wrong with that request</h1>")
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM drafts WHERE answers <> '{}'"),
        0
    );
}

#[tokio::test]
async fn an_oversized_form_gets_a_friendly_413_page() {
    let app = spawn_app().await;
    app.open_survey("oversized");
    let browser = app.browser();
    start_survey(&browser, "oversized", "standard").await;
    let body = format!("csrf_token={}&text={}", browser.csrf(), "a".repeat(200_000));
    let page = browser
        .post_raw(
            "/s/oversized/q/11",
            "application/x-www-form-urlencoded",
            body.into_bytes(),
        )
        .await;
    assert_eq!(page.status, 413);
    assert_eq!(page.h1(), "That was too much to send");
}

#[tokio::test]
async fn script_in_free_text_is_stored_as_written_and_shown_escaped() {
    let app = spawn_app().await;
    app.open_survey("escaping");
    let browser = app.browser();
    start_survey(&browser, "escaping", "standard").await;
    browser.get("/s/escaping/q/11").await;
    let hostile = "<script>alert('hi')</script> & \"quotes\"";
    browser.post("/s/escaping/q/11", &[("text", hostile)]).await;
    let page = browser.get("/s/escaping/q/11").await;
    assert!(!page.body.contains("<script>alert"));
    assert!(
        page.body
            .contains("&lt;script&gt;alert('hi')&lt;/script&gt; &amp; &quot;quotes&quot;")
    );
}

#[tokio::test]
async fn every_response_carries_strict_security_headers_and_is_not_cached() {
    let app = spawn_app().await;
    app.open_survey("headers");
    let page = app.browser().get("/s/headers").await;
    let header = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    assert!(header("content-security-policy").contains("script-src 'self'"));
    assert!(!header("content-security-policy").contains("unsafe-inline"));
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "no-referrer");
    assert_eq!(header("cache-control"), "no-store");
    let cookies: Vec<_> = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        cookies
            .iter()
            .all(|c| c.contains("HttpOnly") && c.contains("SameSite=Lax"))
    );
}
