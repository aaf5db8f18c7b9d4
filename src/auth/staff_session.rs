//! The staff session cookie: a random 256-bit id, HttpOnly, SameSite=Lax, Secure over https,
//! with idle and absolute timeouts enforced server-side.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};

use crate::domain::tokens::Secret;

pub const COOKIE_NAME: &str = "yv_staff";
pub use crate::domain::staff::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, live_since};

pub fn read(request: &HttpRequest) -> Option<Secret> {
    request
        .cookie(COOKIE_NAME)
        .and_then(|cookie| Secret::parse(cookie.value()))
}

pub fn cookie(secret: &Secret, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE_NAME, secret.expose().to_owned())
        .path("/staff")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

pub fn removal() -> Cookie<'static> {
    Cookie::build(COOKIE_NAME, "")
        .path("/staff")
        .max_age(CookieDuration::ZERO)
        .finish()
}
