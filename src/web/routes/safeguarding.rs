//! The safeguarding lead's page: flagged answers, marking them dealt with, or withdrawing a flag
//! raised by mistake (each audited, in the same transaction).

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::app::safeguarding::{self, FlagChange};
use crate::auth::access::CurrentStaff;
use crate::db::quotes;
use crate::domain::ids::QuoteId;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::safeguarding_pages::{self, FlagsView};

#[derive(Deserialize)]
pub struct FlagsQuery {
    done: Option<String>,
}

pub async fn flags(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<FlagsQuery>,
) -> Result<HttpResponse, AppError> {
    let flags = state.db(quotes::flagged).await?;
    let notice = match query.done.as_deref() {
        Some("handled") => Some("staff-safeguarding-done-handled"),
        Some("withdrawn") => Some("staff-safeguarding-done-withdrawn"),
        _ => None,
    };
    Ok(html(
        StatusCode::OK,
        safeguarding_pages::flags(&FlagsView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            flags: &flags,
            lead_configured: state.settings.safeguarding_lead.is_some(),
            notice,
        }),
    ))
}

/// Changes one flag (audited, in one transaction); "Page not found" when there is no such flag
/// waiting.
async fn act_on_flag(
    state: &AppState,
    staff: &CurrentStaff,
    id: &str,
    change: FlagChange,
    done: &str,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let id = QuoteId::parse(id).map_err(|_| AppError::NotFound)?;
    let me = staff.0.id;
    let changed = state
        .db(move |connection| safeguarding::change(connection, id, change, me, clock.now()))
        .await?;
    if !changed {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/staff/safeguarding?done={done}")))
}

pub async fn handled(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    act_on_flag(&state, &staff, &id, FlagChange::Handled, "handled").await
}

/// A flag raised by mistake: the answer goes back to the queue, to be read afresh.
pub async fn withdraw(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    act_on_flag(&state, &staff, &id, FlagChange::Withdrawn, "withdrawn").await
}
