//! Finding the survey a respondent URL names, and the browser's draft of it.

use chrono::{NaiveDateTime, Utc};

use crate::db::{drafts, surveys};
use crate::domain::ids::Slug;
use crate::domain::survey::{Availability, Survey};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::respondent_session;

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Any survey the slug names, whatever its state (e.g. for the thank-you page).
pub async fn find_survey(state: &AppState, slug: &str) -> Result<Survey, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    state
        .db(move |connection| surveys::find_by_slug(connection, &slug))
        .await?
        .ok_or(AppError::NotFound)
}

/// A survey young people can answer today; closed ones get the "closed" page, unopened ones 404.
pub async fn find_open_survey(state: &AppState, slug: &str) -> Result<Survey, AppError> {
    let survey = find_survey(state, slug).await?;
    match survey.availability_on(now().date()) {
        Availability::Open => Ok(survey),
        Availability::NotYetOpen => Err(AppError::NotFound),
        Availability::Closed => Err(AppError::SurveyClosed {
            title: survey.title,
        }),
    }
}

/// The live draft this browser holds for the survey, if any.
pub async fn find_draft(
    state: &AppState,
    survey: &Survey,
    request: &actix_web::HttpRequest,
) -> Result<Option<drafts::Draft>, AppError> {
    let Some(secret) = respondent_session::read(request) else {
        return Ok(None);
    };
    let survey_id = survey.id;
    state
        .db(move |connection| drafts::find_by_session(connection, survey_id, &secret.hash(), now()))
        .await
}
