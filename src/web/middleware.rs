//! Response-wide policies: security headers, no caching of personal pages, and friendly error pages.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers, Next};
use actix_web::{Error, HttpResponse};

use super::views::error_pages;

/// No inline script or style anywhere, so the policy can stay this strict.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     script-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn security_headers(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let https = request
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .is_some_and(|state| state.settings.uses_https());
    let mut response = next.call(request).await?;
    let headers = response.headers_mut();
    // Served over https: browsers must never fall back to plain http for this site.
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    // A handler may set a stricter policy of its own (uploaded pictures do); otherwise the site's.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
    }
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // Answers must not linger in a shared computer's cache; assets set their own caching.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

/// Replaces actix's plain-text error bodies (oversized body, bad method, unreadable form …) with
/// our own page, keeping the status. Pages we rendered ourselves pass through.
pub fn friendly_errors<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response: ServiceResponse<B>| {
        let is_html = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"));
        if is_html {
            return Ok(ErrorHandlerResponse::Response(
                response.map_into_left_body(),
            ));
        }
        let status = response.status();
        let page = HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(error_pages::for_status(status).into_string());
        let (request, _) = response.into_parts();
        Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(request, page).map_into_right_body(),
        ))
    })
}
