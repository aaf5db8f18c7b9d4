//! Checking answers, sending them (one transaction), and the thank-you page.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};

use super::redirect::{html, see_other};
use super::survey_access::{find_open_survey_and_draft, find_survey};
use crate::db::responses::{self, SubmitOutcome};
use crate::domain::response::NewResponse;
use crate::domain::survey::ResponseFormat;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::respondent_session;
use crate::web::views::check_answers_page::{self, CheckAnswersView};
use crate::web::views::{done_page, survey_shell};

pub async fn check(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let Some(draft) = draft else {
        return Ok(see_other(&survey_shell::start_href(&survey)));
    };
    if let Some(number) = draft.answers.first_unanswered(&survey) {
        return Ok(see_other(&survey_shell::question_href(&survey, number)));
    }
    let page = check_answers_page::render(&CheckAnswersView {
        survey: &survey,
        answers: &draft.answers,
        format: draft.format,
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::OK, page))
}

pub async fn submit(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let _form = form.into_fields();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let done = format!("/s/{}/done", survey.slug);
    let Some(draft) = draft else {
        // Sent already (a double click or a resent form): the first submission is the one kept.
        return Ok(see_other(&done));
    };
    if let Some(number) = draft.answers.first_unanswered(&survey) {
        return Ok(see_other(&survey_shell::question_href(&survey, number)));
    }
    let response = NewResponse::from_draft(
        &survey,
        &draft.answers,
        draft.format,
        draft.language.clone(),
        draft.channel,
        clock.today(),
    );
    let draft_id = draft.id;
    let draft_format = draft.format;
    let stored_in = survey.clone();
    let outcome = state
        .db(move |connection| responses::submit_draft(connection, &stored_in, draft_id, &response))
        .await?;
    if outcome == SubmitOutcome::Stored {
        tracing::info!(survey = %survey.slug, "response stored");
    }
    // The thank-you page in the format the young person chose (query strings are never logged).
    let done = match draft_format {
        ResponseFormat::EasyRead => format!("{done}?format=easy_read"),
        ResponseFormat::Standard => done,
    };
    let mut redirect = see_other(&done);
    redirect
        .add_cookie(&respondent_session::removal(&survey))
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(redirect)
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct FormatQuery {
    format: Option<String>,
}

pub async fn done(
    state: Data<AppState>,
    slug: Path<String>,
    query: Query<FormatQuery>,
) -> Result<HttpResponse, AppError> {
    let survey = find_survey(&state, &slug).await?;
    let format = query
        .format
        .as_deref()
        .and_then(|text| ResponseFormat::parse(text).ok())
        .unwrap_or_default();
    Ok(html(
        StatusCode::OK,
        done_page::render(&survey, format, &state.support_contacts()),
    ))
}
