//! The shapes of our answers: "see other" redirects (after every successful form POST), HTML pages,
//! and "please wait" pages with the time to wait in `Retry-After`.

use actix_web::HttpResponse;
use actix_web::http::header;

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

pub fn html(status: actix_web::http::StatusCode, page: maud::Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.into_string())
}

/// A "please wait" page (HTTP 429) that also tells any client, in `Retry-After`, when to try again.
pub fn too_many_requests(
    page: maud::Markup,
    limited: crate::auth::attempt_limiter::Limited,
) -> HttpResponse {
    let mut response = html(actix_web::http::StatusCode::TOO_MANY_REQUESTS, page);
    response.headers_mut().insert(
        header::RETRY_AFTER,
        header::HeaderValue::from(limited.retry_after.as_secs().max(1)),
    );
    response
}
