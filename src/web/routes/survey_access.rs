//! Finding the survey a respondent URL names, and the browser's draft of it.

use std::sync::Arc;

use crate::db::drafts;
use crate::domain::ids::Slug;
use crate::domain::survey::{Availability, Survey};
use crate::domain::wording::Language;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{page_context, respondent_session};

/// Any survey the slug names, whatever its state (e.g. for the thank-you page).
pub async fn find_survey(state: &AppState, slug: &str) -> Result<Arc<Survey>, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let cache = state.surveys.clone();
    let survey = state
        .db(move |connection| cache.find_by_slug(connection, &slug))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(in_chosen_language(survey))
}

/// A survey young people can answer today; closed ones get the "closed" page, unopened ones 404.
pub async fn find_open_survey(state: &AppState, slug: &str) -> Result<Arc<Survey>, AppError> {
    let survey = find_survey(state, slug).await?;
    ensure_open(&survey, state.settings.clock.today())?;
    Ok(survey)
}

/// The open survey and this browser's draft of it, if any: what every page of the journey needs,
/// read in one trip to the database.
pub async fn find_open_survey_and_draft(
    state: &AppState,
    slug: &str,
    request: &actix_web::HttpRequest,
) -> Result<(Arc<Survey>, Option<drafts::Draft>), AppError> {
    let clock = state.settings.clock;
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let session = respondent_session::read(request).map(|secret| secret.hash());
    let cache = state.surveys.clone();
    let (survey, draft) = state
        .db(move |connection| {
            let found = drafts::survey_revision_and_draft(
                connection,
                &slug,
                session.as_ref(),
                clock.now(),
            )?;
            let Some((revision, draft)) = found else {
                return Ok((None, None));
            };
            Ok((cache.at_revision(connection, &slug, revision)?, draft))
        })
        .await?;
    let survey = in_chosen_language(survey.ok_or(AppError::NotFound)?);
    ensure_open(&survey, state.settings.clock.today())?;
    Ok((survey, draft))
}

/// The wave as read in the young person's language; a wave not (wholly) written in it is read in
/// English, and so is every page around it.
fn in_chosen_language(survey: Arc<Survey>) -> Arc<Survey> {
    let language = page_context::language();
    if language.is_english() {
        return survey;
    }
    match survey.in_language(&language) {
        Some(read) => Arc::new(read),
        None => {
            page_context::settle_language(Language::english());
            survey
        }
    }
}

/// Open on `today`, the council's day (not UTC's: in summer time they differ after midnight).
fn ensure_open(survey: &Survey, today: chrono::NaiveDate) -> Result<(), AppError> {
    match survey.availability_on(today) {
        Availability::Open => Ok(()),
        Availability::NotYetOpen => Err(AppError::NotFound),
        Availability::Closed => Err(AppError::SurveyClosed {
            title: survey.title_in(page_context::current().reading).to_owned(),
        }),
    }
}
