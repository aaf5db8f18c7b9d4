//! Getting into and out of a staff account: sign in and out, the first admin, invitations, resets.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;

use super::redirect::{html, see_other, too_many_requests};
use crate::app::accounts::sessions::{self, SignInOutcome};
use crate::app::accounts::{AccountForm, AccountOutcome, FieldProblem, onboarding, passwords};
use crate::auth::access::CurrentStaff;
use crate::auth::attempt_limiter::Limited;
use crate::auth::staff_session;
use crate::domain::message::Message;
use crate::domain::staff::TokenPurpose;
use crate::domain::tokens::Secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::views::account_pages::{self, NewAccountView, SignInView};

#[derive(Deserialize)]
pub struct NoticeQuery {
    done: Option<String>,
}

/// The staff catalogue's message for what just happened.
fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "signed_out" => Some("staff-sign-in-done-signed-out"),
        "everywhere" => Some("staff-sign-in-done-everywhere"),
        "password" => Some("staff-sign-in-done-password"),
        _ => None,
    }
}

pub async fn show_sign_in(query: Query<NoticeQuery>, csrf_token: CsrfToken) -> HttpResponse {
    let page = account_pages::sign_in(&SignInView {
        email: "",
        problem: None,
        notice: notice(query.done.as_deref()),
        csrf_token: csrf_token.value(),
    });
    html(StatusCode::OK, page)
}

pub async fn sign_in(
    state: Data<AppState>,
    request: HttpRequest,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let email = form.get("email").unwrap_or_default().to_owned();
    let password = form.get("password").unwrap_or_default().to_owned();
    let again = |status: StatusCode, problem: Message| {
        let page = account_pages::sign_in(&SignInView {
            email: &email,
            problem: Some(&problem),
            notice: None,
            csrf_token: csrf_token.value(),
        });
        Ok(html(status, page))
    };
    if email.trim().is_empty() || password.is_empty() {
        return again(
            StatusCode::UNPROCESSABLE_ENTITY,
            Message::new("staff-sign-in-problem-empty"),
        );
    }
    // The address is only counted in memory: it is never stored or logged.
    let client = request.peer_addr().map(|address| address.ip());
    if let Err(limited) = state.sign_in_guesses.attempt(client) {
        return Ok(too_many_attempts(limited));
    }
    match sessions::sign_in(&state, email.clone(), password).await? {
        SignInOutcome::SignedIn { session, .. } => {
            begin_session(&request, &state, &session, "/staff").await
        }
        SignInOutcome::WrongDetails => again(
            StatusCode::UNPROCESSABLE_ENTITY,
            Message::new("staff-sign-in-problem-wrong"),
        ),
        SignInOutcome::Locked { until } => again(
            StatusCode::TOO_MANY_REQUESTS,
            Message::new("staff-sign-in-problem-locked").with(
                "time",
                state.settings.clock.local_time_of_day(until).to_string(),
            ),
        ),
    }
}

/// Too many sign-ins or resets from this address, or from everywhere, in a short time.
fn too_many_attempts(limited: Limited) -> HttpResponse {
    too_many_requests(account_pages::too_many_attempts(limited.minutes()), limited)
}

fn signed_out_to(location: &str) -> Result<HttpResponse, AppError> {
    let mut response = see_other(location);
    response
        .add_cookie(&staff_session::removal())
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(response)
}

pub async fn sign_out(
    state: Data<AppState>,
    request: HttpRequest,
    staff: CurrentStaff,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    sessions::sign_out(&state, Some(staff.0.id), staff_session::read(&request)).await?;
    signed_out_to("/staff/sign-in?done=signed_out")
}

pub async fn sign_out_everywhere(
    state: Data<AppState>,
    staff: CurrentStaff,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    sessions::sign_out_everywhere(&state, staff.0.id).await?;
    signed_out_to("/staff/sign-in?done=everywhere")
}

/// The page for a link whose token could never have been issued (not a token at all).
fn link_not_found() -> HttpResponse {
    html(StatusCode::NOT_FOUND, account_pages::link_not_valid())
}

fn link_not_valid() -> HttpResponse {
    html(StatusCode::GONE, account_pages::link_not_valid())
}

pub async fn show_first_admin(
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let Some(secret) = Secret::parse(&token) else {
        return Ok(link_not_found());
    };
    if !onboarding::link_is_valid(&state, secret, TokenPurpose::FirstAdmin).await? {
        return Ok(link_not_valid());
    }
    let action = format!("/staff/setup/{token}");
    let page = account_pages::first_admin(&NewAccountView {
        action: &action,
        email: "",
        display_name: "",
        problems: &[],
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::OK, page))
}

/// Gives the browser its new session and sends it on to `location`. A new session id on every
/// sign-in: any session this browser had before ends.
async fn begin_session(
    request: &HttpRequest,
    state: &AppState,
    session: &Secret,
    location: &str,
) -> Result<HttpResponse, AppError> {
    if let Some(previous) = staff_session::read(request) {
        sessions::sign_out(state, None, Some(previous)).await?;
    }
    let mut response = see_other(location);
    response
        .add_cookie(&staff_session::cookie(session, state.settings.uses_https()))
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(response)
}

pub async fn create_first_admin(
    request: HttpRequest,
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let Some(secret) = Secret::parse(&token) else {
        return Ok(link_not_found());
    };
    let account = AccountForm {
        email: form.get("email").unwrap_or_default().to_owned(),
        display_name: form.get("display_name").unwrap_or_default().to_owned(),
        password: form.get("password").unwrap_or_default().to_owned(),
        confirmation: form.get("confirmation").unwrap_or_default().to_owned(),
    };
    let (email, display_name) = (account.email.clone(), account.display_name.clone());
    match onboarding::set_up_first_admin(&state, secret, account).await? {
        // Signed in at once: the person who just chose the password need not type it again.
        AccountOutcome::Done((_, session)) => {
            begin_session(&request, &state, &session, "/staff?done=first_admin").await
        }
        AccountOutcome::LinkNotValid => Ok(link_not_valid()),
        AccountOutcome::Fix(problems) => {
            let action = format!("/staff/setup/{token}");
            let page = account_pages::first_admin(&NewAccountView {
                action: &action,
                email: &email,
                display_name: &display_name,
                problems: &problems,
                csrf_token: csrf_token.value(),
            });
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

/// The staff catalogue's title for the page choosing a password.
fn password_page_title(purpose: TokenPurpose) -> &'static str {
    match purpose {
        TokenPurpose::Invitation => "staff-password-set-title",
        _ => "staff-password-new-title",
    }
}

async fn show_password_form(
    state: &AppState,
    purpose: TokenPurpose,
    base: &str,
    token: &str,
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    let Some(secret) = Secret::parse(token) else {
        return Ok(link_not_found());
    };
    if !onboarding::link_is_valid(state, secret, purpose).await? {
        return Ok(link_not_valid());
    }
    let page = account_pages::set_password(
        password_page_title(purpose),
        &format!("{base}/{token}"),
        &[],
        csrf_token.value(),
    );
    Ok(html(StatusCode::OK, page))
}

async fn save_password(
    state: &AppState,
    form: &FormFields,
    purpose: TokenPurpose,
    base: &str,
    token: &str,
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    let Some(secret) = Secret::parse(token) else {
        return Ok(link_not_found());
    };
    let password = form.get("password").unwrap_or_default();
    let confirmation = form.get("confirmation").unwrap_or_default();
    match passwords::set_password_with_link(state, secret, purpose, password, confirmation).await? {
        AccountOutcome::Done(()) => Ok(see_other("/staff/sign-in?done=password")),
        AccountOutcome::LinkNotValid => Ok(link_not_valid()),
        AccountOutcome::Fix(problems) => {
            let problems: Vec<FieldProblem> = problems;
            let page = account_pages::set_password(
                password_page_title(purpose),
                &format!("{base}/{token}"),
                &problems,
                csrf_token.value(),
            );
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

pub async fn show_invitation(
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    show_password_form(
        &state,
        TokenPurpose::Invitation,
        "/staff/invitation",
        &token,
        &csrf_token,
    )
    .await
}

pub async fn accept_invitation(
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    save_password(
        &state,
        &form,
        TokenPurpose::Invitation,
        "/staff/invitation",
        &token,
        &csrf_token,
    )
    .await
}

pub async fn show_reset_request(csrf_token: CsrfToken) -> HttpResponse {
    html(
        StatusCode::OK,
        account_pages::reset_request(false, csrf_token.value()),
    )
}

pub async fn request_reset(
    state: Data<AppState>,
    request: HttpRequest,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let client = request.peer_addr().map(|address| address.ip());
    if let Err(limited) = state.reset_requests.attempt(client) {
        return Ok(too_many_attempts(limited));
    }
    passwords::request_password_reset(&state, form.get("email").unwrap_or_default());
    Ok(html(
        StatusCode::OK,
        account_pages::reset_request(true, csrf_token.value()),
    ))
}

pub async fn show_reset(
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    show_password_form(
        &state,
        TokenPurpose::PasswordReset,
        "/staff/password-reset",
        &token,
        &csrf_token,
    )
    .await
}

pub async fn reset(
    state: Data<AppState>,
    token: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    save_password(
        &state,
        &form,
        TokenPurpose::PasswordReset,
        "/staff/password-reset",
        &token,
        &csrf_token,
    )
    .await
}
