//! The safeguarding lead's page: flagged answers, marking them dealt with, or withdrawing a flag
//! raised by mistake (each audited, in the same transaction).

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::survey_access::now;
use diesel::Connection;

use crate::auth::access::CurrentStaff;
use crate::db::{audit_log, quotes};
use crate::domain::audit::AuditAction;
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
        Some("handled") => Some("Marked as handled."),
        Some("withdrawn") => {
            Some("The flag is withdrawn. The answer is back in the queue, to be read afresh.")
        }
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

pub async fn handled(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let id = QuoteId::parse(&id).map_err(|_| AppError::NotFound)?;
    let me = staff.0.id;
    let marked = state
        .db(move |connection| {
            let marked = quotes::mark_handled(connection, id, me, now())?;
            if marked {
                audit_log::record(
                    connection,
                    Some(me),
                    AuditAction::SafeguardingFlagHandled,
                    &format!("answer {id}"),
                    now(),
                )?;
            }
            Ok(marked)
        })
        .await?;
    if !marked {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/staff/safeguarding?done=handled"))
}

pub async fn withdraw(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let id = QuoteId::parse(&id).map_err(|_| AppError::NotFound)?;
    let me = staff.0.id;
    let withdrawn = state
        .db(move |connection| {
            connection.transaction(|connection| {
                if !quotes::withdraw_flag(connection, id)? {
                    return Ok(false);
                }
                audit_log::record(
                    connection,
                    Some(me),
                    AuditAction::SafeguardingFlagWithdrawn,
                    &format!("answer {id}"),
                    now(),
                )?;
                Ok(true)
            })
        })
        .await?;
    if !withdrawn {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/staff/safeguarding?done=withdrawn"))
}
