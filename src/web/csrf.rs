//! CSRF protection by double submission: a random token in an HttpOnly cookie, repeated in a hidden
//! field of every form; a POST whose field does not match its cookie is refused.

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};

use crate::domain::tokens::{Secret, constant_time_eq};
use crate::error::AppError;
use crate::state::AppState;

pub const COOKIE_NAME: &str = "yv_csrf";
pub const FIELD_NAME: &str = "csrf_token";

/// The token for this browser, to put in a form's hidden field.
#[derive(Debug, Clone)]
pub struct CsrfToken(String);

impl CsrfToken {
    pub fn value(&self) -> &str {
        &self.0
    }

    /// Refuses a submitted token that is missing or is not this browser's.
    pub fn verify(&self, submitted: Option<&str>) -> Result<(), AppError> {
        match submitted {
            Some(token) if constant_time_eq(token, &self.0) => Ok(()),
            _ => Err(AppError::CsrfRejected),
        }
    }
}

impl FromRequest for CsrfToken {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(
            request
                .extensions()
                .get::<CsrfToken>()
                .cloned()
                .ok_or_else(|| AppError::Internal("CSRF middleware is not installed".into())),
        )
    }
}

/// Gives every request a token, issuing a cookie when the browser has none yet.
pub async fn ensure_cookie(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let existing = request
        .cookie(COOKIE_NAME)
        .and_then(|cookie| Secret::parse(cookie.value()));
    let secure = request
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.settings.uses_https());
    let (secret, is_new) = match existing {
        Some(secret) => (secret, false),
        None => (Secret::generate(), true),
    };
    request
        .extensions_mut()
        .insert(CsrfToken(secret.expose().to_owned()));
    let mut response = next.call(request).await?;
    if is_new {
        let cookie = Cookie::build(COOKIE_NAME, secret.expose().to_owned())
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    Ok(response)
}
