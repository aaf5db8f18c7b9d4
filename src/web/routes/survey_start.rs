//! The start page and starting a survey: creating the anonymous draft and its cookie.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::survey_access::find_open_survey_and_draft;
use crate::db::distribution;
use crate::db::drafts::{self, NewDraft};
use crate::domain::ids::ChannelTag;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::domain::tokens::Secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::page_context;
use crate::web::reading_choice;
use crate::web::respondent_session;
use crate::web::views::{start_page, survey_shell};

#[derive(Deserialize)]
pub struct StartQuery {
    /// The channel tag of a distribution link, e.g. `?c=cherwell-school`.
    c: Option<String>,
}

pub async fn show(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    query: Query<StartQuery>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    // A mistyped tag on a poster must not stop anyone answering: it is just not counted.
    let channel = query
        .c
        .as_deref()
        .and_then(|tag| ChannelTag::parse(tag).ok());
    let continue_href = draft.map(|draft| where_to_carry_on(&survey, &draft.answers));
    let format = page_context::current().reading;
    let page = start_page::render(&start_page::StartView {
        survey: &survey,
        format,
        channel: channel.as_ref(),
        continue_href,
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::OK, page))
}

pub async fn start(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let format = match form.get("format") {
        None | Some("") => ResponseFormat::Standard,
        Some(text) => ResponseFormat::parse(text)
            .map_err(|_| AppError::BadRequest("an unknown reading format".into()))?,
    };
    let channel = form
        .get("channel")
        .and_then(|tag| ChannelTag::parse(tag).ok());

    if let Some(draft) = draft {
        let draft_id = draft.id;
        state
            .db(move |connection| drafts::set_format(connection, draft_id, format))
            .await?;
        let mut response = see_other(&where_to_carry_on(&survey, &draft.answers));
        response
            .add_cookie(&reading_choice::cookie(format, state.settings.uses_https()))
            .map_err(|error| AppError::Internal(error.to_string()))?;
        return Ok(response);
    }

    let secret = Secret::generate();
    let session = secret.hash();
    let survey_id = survey.id;
    let language = page_context::language();
    state
        .db(move |connection| {
            drafts::create(
                connection,
                NewDraft {
                    survey: survey_id,
                    session: &session,
                    format,
                    language: &language,
                    channel: channel.as_ref(),
                    expires_at: draft_expiry(&clock),
                },
            )?;
            // Counted apart from the draft, so the count cannot lead back to it.
            distribution::count_start(connection, survey_id, clock.today(), channel.as_ref())
        })
        .await?;
    let mut response = see_other(&survey_shell::question_href(&survey, 1));
    let secure = state.settings.uses_https();
    for cookie in [
        respondent_session::cookie(&survey, &secret, secure),
        reading_choice::cookie(format, secure),
    ] {
        response
            .add_cookie(&cookie)
            .map_err(|error| AppError::Internal(error.to_string()))?;
    }
    Ok(response)
}

/// When a draft nobody touches is deleted: a day, not a time (see `draft::expiry_for`).
pub fn draft_expiry(clock: &crate::clock::Clock) -> chrono::NaiveDateTime {
    crate::domain::draft::expiry_for(clock.today())
}

/// The first question still to answer, or "check your answers" when all are done.
pub fn where_to_carry_on(survey: &Survey, answers: &crate::domain::draft::DraftAnswers) -> String {
    match answers.first_unanswered(survey) {
        Some(number) => survey_shell::question_href(survey, number),
        None => survey_shell::check_href(survey),
    }
}
