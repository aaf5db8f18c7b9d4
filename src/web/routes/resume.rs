//! Saving answers for later with a resume code, and carrying on with one on any device.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::redirect::{html, see_other, too_many_requests};
use super::survey_access::{find_open_survey, find_open_survey_and_draft};
use super::survey_start::{draft_expiry, where_to_carry_on};
use crate::db::drafts;
use crate::domain::resume_code::ResumeCode;
use crate::domain::tokens::Secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::page_context;
use crate::web::reading_choice;
use crate::web::respondent_session;
use crate::web::views::resume_pages::{self, ResumeFormProblem, ResumeFormView};
use crate::web::views::survey_shell;

/// Codes are random; a clash with a live code is so unlikely that a few tries always succeed.
const CODE_ATTEMPTS: usize = 5;

pub async fn save(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let Some(draft) = draft else {
        return Ok(see_other(&survey_shell::start_href(&survey)));
    };
    let draft_id = draft.id;
    let key = state.server_key.clone();
    let expires = draft_expiry(&state.settings.clock);
    let code = state
        .db(move |connection| {
            for _ in 0..CODE_ATTEMPTS {
                let code = ResumeCode::generate();
                if drafts::set_resume_code(connection, draft_id, &code.hash(&key), expires)? {
                    return Ok(Some(code));
                }
            }
            Ok(None)
        })
        .await?
        .ok_or_else(|| AppError::Internal("could not find a free resume code".into()))?;
    let page = resume_pages::code_saved(
        &survey,
        &code,
        &where_to_carry_on(&survey, &draft.answers),
        draft.format,
    );
    Ok(html(StatusCode::OK, page))
}

pub async fn show_form(
    state: Data<AppState>,
    slug: Path<String>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let survey = find_open_survey(&state, &slug).await?;
    let page = resume_pages::resume_form(&ResumeFormView {
        survey: &survey,
        format: page_context::current().reading,
        typed: "",
        problem: None,
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::OK, page))
}

pub async fn resume(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    let survey = find_open_survey(&state, &slug).await?;
    let format = page_context::current().reading;
    let typed = form.get("code").unwrap_or_default();
    let show_problem = |problem: ResumeFormProblem| {
        let page = resume_pages::resume_form(&ResumeFormView {
            survey: &survey,
            format,
            typed,
            problem: Some(problem),
            csrf_token: csrf_token.value(),
        });
        Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
    };
    let code = match ResumeCode::parse(typed) {
        Ok(code) => code,
        Err(problem) => return show_problem(ResumeFormProblem::Code(problem)),
    };
    // The address is only counted in memory: it is never stored or logged.
    let client = request.peer_addr().map(|address| address.ip());
    if let Err(limited) = state.resume_guesses.attempt(client) {
        let page = resume_pages::too_many_tries(&survey, limited.minutes(), format);
        return Ok(too_many_requests(page, limited));
    }
    let secret = Secret::generate();
    let session = secret.hash();
    let survey_id = survey.id;
    let hash = code.hash(&state.server_key);
    let claimed = state
        .db(move |connection| {
            drafts::claim_by_code(connection, survey_id, &hash, &session, clock.now())
        })
        .await?;
    let Some(draft) = claimed else {
        return show_problem(ResumeFormProblem::NoSavedAnswers);
    };
    let mut response = see_other(&where_to_carry_on(&survey, &draft.answers));
    let secure = state.settings.uses_https();
    for cookie in [
        respondent_session::cookie(&survey, &secret, secure),
        reading_choice::cookie(draft.format, secure),
    ] {
        response
            .add_cookie(&cookie)
            .map_err(|error| AppError::Internal(error.to_string()))?;
    }
    Ok(response)
}
