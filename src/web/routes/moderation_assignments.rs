//! Admins choose the waves each moderator checks; a moderator with none sees an empty queue.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};

use super::redirect::{html, see_other};
use crate::app::moderation_setup;
use crate::auth::access::CurrentStaff;
use crate::db::{moderation_assignments, surveys, users};
use crate::domain::ids::{SurveyId, UserId};
use crate::domain::staff::{Role, StaffUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::assignment_page::{self, AssignmentView};

async fn moderator(state: &AppState, id: &str) -> Result<StaffUser, AppError> {
    let id = UserId::parse(id).map_err(|_| AppError::NotFound)?;
    state
        .db(move |connection| users::find(connection, id))
        .await?
        .filter(|user| user.role == Role::Moderator)
        .ok_or(AppError::NotFound)
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
) -> Result<HttpResponse, AppError> {
    let moderator = moderator(&state, &id).await?;
    let moderator_id = moderator.id;
    let (waves, assigned) = state
        .db(move |connection| {
            Ok((
                surveys::list(connection)?,
                moderation_assignments::surveys_for(connection, moderator_id)?,
            ))
        })
        .await?;
    Ok(html(
        StatusCode::OK,
        assignment_page::assignment(&AssignmentView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            moderator: &moderator,
            waves: &waves,
            assigned: &assigned,
        }),
    ))
}

pub async fn save(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    // Unticking every wave is allowed; a form that never listed them is not.
    form.require(&["waves_listed"])?;
    let moderator = moderator(&state, &id).await?;
    let chosen: Vec<SurveyId> = form
        .get_all("wave")
        .iter()
        .map(|id| SurveyId::parse(id))
        .collect::<Result<_, _>>()
        .map_err(|_| AppError::BadRequest("a wave that cannot be read".into()))?;
    let me = staff.0.id;
    let saved = state
        .db(move |connection| {
            moderation_setup::assign_waves(connection, me, &moderator, &chosen, clock.now())
        })
        .await?;
    if !saved {
        return Err(AppError::BadRequest("a wave that does not exist".into()));
    }
    Ok(see_other("/staff/users?done=waves"))
}
