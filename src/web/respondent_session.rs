//! The anonymous cookie that ties a browser to its survey in progress. It holds a random secret;
//! the database holds only the secret's hash. It is scoped to one survey's pages.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};

use crate::domain::survey::Survey;
use crate::domain::tokens::Secret;

const COOKIE_NAME: &str = "yv_draft";

pub fn read(request: &HttpRequest) -> Option<Secret> {
    request
        .cookie(COOKIE_NAME)
        .and_then(|cookie| Secret::parse(cookie.value()))
}

pub fn cookie(survey: &Survey, secret: &Secret, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE_NAME, secret.expose().to_owned())
        .path(format!("/s/{}", survey.slug))
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// Tells the browser to forget the cookie, e.g. once the answers are sent.
pub fn removal(survey: &Survey) -> Cookie<'static> {
    Cookie::build(COOKIE_NAME, "")
        .path(format!("/s/{}", survey.slug))
        .max_age(Duration::ZERO)
        .finish()
}
