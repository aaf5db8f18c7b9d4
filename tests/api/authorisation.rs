//! Every staff route, for every role and for someone signed out. The expected table below must
//! list exactly the routes of `STAFF_ROUTES`, so a new route without a rule here fails this test.

use std::collections::BTreeSet;

use youthvoice::auth::access::STAFF_ROUTES;
use youthvoice::domain::staff::Role;

use crate::helpers::{Browser, Page, spawn_app};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The page did its job (any answer but "sign in first" or "forbidden").
    Allowed,
    Forbidden,
    SignIn,
}

use Expect::{Allowed, Forbidden, SignIn};

/// (method, pattern, [admin, analyst, moderator, viewer, signed out])
const EXPECTED: &[(&str, &str, [Expect; 5])] = &[
    ("GET", "/staff/sign-in", [Allowed; 5]),
    ("POST", "/staff/sign-in", [Allowed; 5]),
    ("GET", "/staff/setup/{token}", [Allowed; 5]),
    ("POST", "/staff/setup/{token}", [Allowed; 5]),
    ("GET", "/staff/invitation/{token}", [Allowed; 5]),
    ("POST", "/staff/invitation/{token}", [Allowed; 5]),
    ("GET", "/staff/password-reset", [Allowed; 5]),
    ("POST", "/staff/password-reset", [Allowed; 5]),
    ("GET", "/staff/password-reset/{token}", [Allowed; 5]),
    ("POST", "/staff/password-reset/{token}", [Allowed; 5]),
    (
        "GET",
        "/staff",
        [Allowed, Allowed, Allowed, Allowed, SignIn],
    ),
    (
        "POST",
        "/staff/sign-out",
        [Allowed, Allowed, Allowed, Allowed, SignIn],
    ),
    (
        "POST",
        "/staff/sign-out-everywhere",
        [Allowed, Allowed, Allowed, Allowed, SignIn],
    ),
    (
        "GET",
        "/staff/users",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/users/invite",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/users/invite",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/users/{id}/role",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/users/{id}/disable",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/users/{id}/enable",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/audit",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/data",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/data/{slug}/responses.csv",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/data/imports",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/data/imports/{id}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/data/imports/{id}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/data/imports/{id}/cancel",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/moderation",
        [Allowed, Allowed, Allowed, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/moderation/settings",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/moderation/settings",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/moderation/{id}",
        [Allowed, Allowed, Allowed, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/moderation/{id}/redactions",
        [Allowed, Allowed, Allowed, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/moderation/{id}/decision",
        [Allowed, Allowed, Allowed, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/moderation/{id}/flag",
        [Allowed, Allowed, Allowed, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/safeguarding",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/safeguarding/{id}/handled",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/safeguarding/{id}/withdraw",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/symbols",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/symbols",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/new",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/new",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/status",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/details",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/details",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/distribution",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/distribution",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/qr.svg",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/qr.png",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/poster",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/progress",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/preview/{number}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/translations",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/translations",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/translations/{language}/sheet.csv",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/translations/{language}/remove",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/questions/new",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/questions/new",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/surveys/{slug}/questions/{key}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/questions/{key}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/surveys/{slug}/questions/{key}/move",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/users/{id}/waves",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/users/{id}/waves",
        [Allowed, Forbidden, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/reports",
        [Allowed, Allowed, Forbidden, Allowed, SignIn],
    ),
    (
        "GET",
        "/staff/reports/{slug}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/reports/{slug}/texts",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/reports/{slug}/csv/{file}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/reports/{slug}/{kind}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/reports/{slug}/{kind}/pdf",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/reports/{slug}/{kind}/publish",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/comparators",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/comparators",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/comparators/{id}/remove",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/actions",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/actions",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/actions/{id}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/actions/{id}",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/actions/{id}/status",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/board-update",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/board-update/pdf",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/board-update/email",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/groups",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/groups",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/groups/{id}/contact",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/groups/{id}/remove",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/programmes/{slug}/targets",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/targets",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "POST",
        "/staff/programmes/{slug}/targets/{id}/withdraw",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
    (
        "GET",
        "/staff/published/{id}",
        [Allowed, Allowed, Forbidden, Allowed, SignIn],
    ),
    (
        "GET",
        "/staff/published/{id}/pdf",
        [Allowed, Allowed, Forbidden, Allowed, SignIn],
    ),
    (
        "POST",
        "/staff/published/{id}/email",
        [Allowed, Allowed, Forbidden, Forbidden, SignIn],
    ),
];

fn outcome(page: &Page) -> Expect {
    match (page.status, page.location.as_deref()) {
        (303, Some("/staff/sign-in")) => SignIn,
        (403, _) if page.body.contains("You cannot use this page") => Forbidden,
        (403, _) => panic!("a CSRF refusal hides the access decision: {}", page.body),
        (500..=599, _) => panic!("server error: {}", page.body),
        _ => Allowed,
    }
}

#[test]
fn the_expected_table_lists_exactly_the_routes_that_exist() {
    let rules: BTreeSet<(&str, &str)> =
        STAFF_ROUTES.iter().map(|r| (r.method, r.pattern)).collect();
    let expected: BTreeSet<(&str, &str)> = EXPECTED.iter().map(|(m, p, _)| (*m, *p)).collect();
    assert_eq!(
        rules, expected,
        "every staff route needs a row in EXPECTED, and no row may be stale"
    );
}

#[tokio::test]
async fn every_staff_route_answers_every_role_as_expected() {
    let app = spawn_app().await;
    // The target of account changes: someone who is neither an admin nor the caller.
    let target = app.create_staff("target@example.org", Role::Viewer, "target password 123");
    let people: Vec<Option<youthvoice::domain::staff::StaffUser>> = Role::ALL
        .iter()
        .map(|role| {
            Some(app.create_staff(
                &format!("{role}@example.org"),
                *role,
                "a long enough passphrase",
            ))
        })
        .chain([None])
        .collect();
    for (method, pattern, expectations) in EXPECTED {
        let path = pattern
            .replace("{token}", &"0".repeat(64))
            .replace("{id}", &target.id.to_string())
            .replace("{slug}", "no-such-wave")
            .replace("{number}", "1")
            .replace("{key}", "no_such_key")
            .replace("{kind}", "summary")
            .replace("{file}", "headline.csv");
        for (person, expected) in people.iter().zip(expectations) {
            // A fresh browser each time: sign-out routes must not affect the next check.
            let browser: Browser = match person {
                Some(user) => app.browser_signed_in_as(user),
                None => app.browser(),
            };
            let page = if *method == "GET" {
                browser.get(&path).await
            } else {
                browser.get("/staff/sign-in").await; // picks up a CSRF token
                browser.post(&path, &[("role", "viewer")]).await
            };
            let who = person
                .as_ref()
                .map_or("signed out".to_owned(), |u| u.role.to_string());
            assert_eq!(
                outcome(&page),
                *expected,
                "{method} {pattern} as {who}: {}",
                page.status
            );
        }
    }
}

#[tokio::test]
async fn paths_under_staff_that_are_not_routes_are_not_found_for_everyone() {
    let app = spawn_app().await;
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    for browser in [app.browser(), app.browser_signed_in_as(&admin)] {
        for path in ["/staff/secret", "/staff/users/x/y/z", "/staff/audit/export"] {
            assert_eq!(browser.get(path).await.status, 404, "{path}");
        }
    }
}
