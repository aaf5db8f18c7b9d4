//! Who may use which staff page. Every staff route is declared once, with the access it needs, in
//! `web::staff_routes`; a guard on the whole `/staff` scope enforces that table and refuses
//! anything not in it.

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web::Data;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest};

use super::staff_session;
use crate::db::staff_sessions;
use crate::domain::staff::{Permission, StaffUser};
use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Signing in, setting up the first admin, accepting invitations, resetting passwords.
    Anyone,
    /// Any signed-in staff member.
    SignedIn,
    /// Staff whose role has this permission.
    Needs(Permission),
}

#[derive(Debug, Clone, Copy)]
pub struct StaffRoute {
    pub method: &'static str,
    pub pattern: &'static str,
    pub access: Access,
}

/// Every staff route, declared once with its handler in `web::staff_routes`.
pub use crate::web::staff_routes::STAFF_ROUTES;

/// The rule for a request, matching `{name}` segments against any one segment.
pub fn rule_for(method: &str, path: &str) -> Option<&'static StaffRoute> {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    STAFF_ROUTES
        .iter()
        .find(|rule| rule.method == method && pattern_matches(rule.pattern, path))
}

fn pattern_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    pattern.len() == path.len()
        && pattern.iter().zip(&path).all(|(expected, actual)| {
            if expected.starts_with('{') {
                !actual.is_empty()
            } else {
                expected == actual
            }
        })
}

/// Enforces [`STAFF_ROUTES`] for every request under `/staff`.
pub async fn guard(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let rule = rule_for(request.method().as_str(), request.path()).ok_or(AppError::NotFound)?;
    if rule.access != Access::Anyone {
        let user = signed_in_user(request.request())
            .await?
            .ok_or(AppError::SignInRequired)?;
        if let Access::Needs(permission) = rule.access
            && !user.role.can(permission)
        {
            return Err(AppError::Forbidden.into());
        }
        request.extensions_mut().insert(user);
    }
    next.call(request).await
}

async fn signed_in_user(request: &HttpRequest) -> Result<Option<StaffUser>, AppError> {
    let Some(secret) = staff_session::read(request) else {
        return Ok(None);
    };
    let state = request
        .app_data::<Data<AppState>>()
        .ok_or_else(|| AppError::Internal("application state missing".into()))?;
    let now = state.settings.clock.now();
    let (idle_since, created_since) = staff_session::live_since(now);
    Ok(state
        .db(move |connection| {
            staff_sessions::find_live(connection, &secret.hash(), now, idle_since, created_since)
        })
        .await?)
}

/// The signed-in staff member, for handlers behind a `SignedIn` or `Needs` rule.
pub struct CurrentStaff(pub StaffUser);

impl FromRequest for CurrentStaff {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(
            request
                .extensions()
                .get::<StaffUser>()
                .cloned()
                .map(CurrentStaff)
                .ok_or(AppError::SignInRequired),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Access::SignedIn;
    use super::*;

    #[test]
    fn rules_match_their_own_paths_only() {
        assert_eq!(rule_for("GET", "/staff").unwrap().access, SignedIn);
        assert_eq!(rule_for("GET", "/staff/").unwrap().access, SignedIn);
        assert_eq!(
            rule_for("POST", "/staff/users/abc/role").unwrap().pattern,
            "/staff/users/{id}/role"
        );
        assert!(
            rule_for("GET", "/staff/users/abc/role").is_none(),
            "wrong method"
        );
        assert!(
            rule_for("GET", "/staff/users//role").is_none(),
            "empty segment"
        );
        assert!(
            rule_for("GET", "/staff/secret").is_none(),
            "not in the table"
        );
    }

    #[test]
    fn every_pattern_is_listed_once_per_method() {
        let mut seen = std::collections::HashSet::new();
        for rule in STAFF_ROUTES {
            assert!(
                seen.insert((rule.method, rule.pattern)),
                "{} {}",
                rule.method,
                rule.pattern
            );
        }
    }
}
