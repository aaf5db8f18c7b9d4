//! The staff home page, managing staff accounts, and reading the audit log.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::app::accounts::AccountOutcome;
use crate::app::accounts::admin::{self, AccountChange, ChangeRefused};
use crate::app::accounts::onboarding;
use crate::auth::access::CurrentStaff;
use crate::db::{audit_log, users};
use crate::domain::ids::UserId;
use crate::domain::staff::Role;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::views::admin_pages::{self, InviteView, UsersView};

/// How many audit entries the audit page shows.
const AUDIT_PAGE_SIZE: i64 = 200;

pub async fn dashboard(
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<DoneQuery>,
) -> HttpResponse {
    let notice = match query.done.as_deref() {
        Some("first_admin") => Some("staff-home-done-first-admin"),
        _ => None,
    };
    html(
        StatusCode::OK,
        admin_pages::dashboard(&staff.0, csrf_token.value(), notice),
    )
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "invited" => Some("staff-users-done-invited"),
        "role" => Some("staff-users-done-role"),
        "disabled" => Some("staff-users-done-disabled"),
        "enabled" => Some("staff-users-done-enabled"),
        "waves" => Some("staff-users-done-waves"),
        _ => None,
    }
}

async fn users_page(
    state: &AppState,
    me: &crate::domain::staff::StaffUser,
    notice: Option<&str>,
    problem: Option<&str>,
    status: StatusCode,
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    let all = state.db(users::list).await?;
    let page = admin_pages::users(&UsersView {
        me,
        users: &all,
        notice,
        problem,
        csrf_token: csrf_token.value(),
    });
    Ok(html(status, page))
}

pub async fn list_users(
    state: Data<AppState>,
    staff: CurrentStaff,
    query: Query<DoneQuery>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    users_page(
        &state,
        &staff.0,
        notice(query.done.as_deref()),
        None,
        StatusCode::OK,
        &csrf_token,
    )
    .await
}

pub async fn show_invite(staff: CurrentStaff, csrf_token: CsrfToken) -> HttpResponse {
    let page = admin_pages::invite(&InviteView {
        me: &staff.0,
        email: "",
        display_name: "",
        role: None,
        problems: &[],
        csrf_token: csrf_token.value(),
    });
    html(StatusCode::OK, page)
}

pub async fn invite(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let email = form.get("email").unwrap_or_default();
    let display_name = form.get("display_name").unwrap_or_default();
    let role = match form.get("role") {
        None | Some("") => None,
        Some(text) => {
            Some(Role::parse(text).map_err(|_| AppError::BadRequest("an unknown role".into()))?)
        }
    };
    let outcome = onboarding::invite(&state, Some(&staff.0), email, display_name, role).await?;
    match outcome {
        AccountOutcome::Done(_) => Ok(see_other("/staff/users?done=invited")),
        AccountOutcome::Fix(problems) => {
            let page = admin_pages::invite(&InviteView {
                me: &staff.0,
                email,
                display_name,
                role,
                problems: &problems,
                csrf_token: csrf_token.value(),
            });
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        AccountOutcome::LinkNotValid => Err(AppError::Internal(
            "an invitation has no link to check".into(),
        )),
    }
}

async fn apply_change(
    state: &AppState,
    form: &FormFields,
    staff: &CurrentStaff,
    target: &str,
    csrf_token: &CsrfToken,
    change: impl FnOnce(&FormFields) -> Result<(AccountChange, &'static str), AppError>,
) -> Result<HttpResponse, AppError> {
    let target = UserId::parse(target).map_err(|_| AppError::NotFound)?;
    let (change, done) = change(form)?;
    match admin::change_account(state, &staff.0, target, change).await? {
        Ok(()) => Ok(see_other(&format!("/staff/users?done={done}"))),
        Err(ChangeRefused::NoSuchAccount) => Err(AppError::NotFound),
        Err(refused) => {
            users_page(
                state,
                &staff.0,
                None,
                Some(&refused.to_string()),
                StatusCode::CONFLICT,
                csrf_token,
            )
            .await
        }
    }
}

pub async fn change_role(
    state: Data<AppState>,
    staff: CurrentStaff,
    target: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    apply_change(&state, &form, &staff, &target, &csrf_token, |form| {
        let role = Role::parse(form.get("role").unwrap_or_default())
            .map_err(|_| AppError::BadRequest("an unknown role".into()))?;
        Ok((AccountChange::Role(role), "role"))
    })
    .await
}

pub async fn disable(
    state: Data<AppState>,
    staff: CurrentStaff,
    target: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    apply_change(&state, &form, &staff, &target, &csrf_token, |_| {
        Ok((AccountChange::Disable, "disabled"))
    })
    .await
}

pub async fn enable(
    state: Data<AppState>,
    staff: CurrentStaff,
    target: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    apply_change(&state, &form, &staff, &target, &csrf_token, |_| {
        Ok((AccountChange::Enable, "enabled"))
    })
    .await
}

pub async fn audit(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let entries = state
        .db(|connection| audit_log::recent(connection, AUDIT_PAGE_SIZE))
        .await?;
    Ok(html(
        StatusCode::OK,
        admin_pages::audit(&staff.0, &entries, csrf_token.value()),
    ))
}
