//! Showing one question and saving its answer.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::survey_access::find_open_survey_and_draft;
use super::survey_start::{draft_expiry, where_to_carry_on};
use crate::db::drafts::{self, Draft};
use crate::domain::answer::{Answer, AnswerProblem, SubmittedAnswer};
use crate::domain::survey::Survey;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::page_context;
use crate::web::views::answer_fix_words;
use crate::web::views::question_page::{self, Prefill, QuestionView};
use crate::web::views::survey_shell;

#[derive(Deserialize)]
pub struct ReturnQuery {
    #[serde(rename = "return")]
    return_to: Option<String>,
}

pub async fn show(
    state: Data<AppState>,
    request: HttpRequest,
    path: Path<(String, usize)>,
    query: Query<ReturnQuery>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let (slug, number) = path.into_inner();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let Some(draft) = draft else {
        return Ok(see_other(&survey_shell::start_href(&survey)));
    };
    let question = survey.question_number(number).ok_or(AppError::NotFound)?;
    let returning = query.return_to.as_deref() == Some("check");
    let page = question_page::render(&QuestionView {
        survey: &survey,
        question,
        number,
        format: draft.format,
        prefill: Prefill::from_answer(draft.answers.get(question)),
        problem: None,
        back_href: back_href(&survey, number, returning),
        returning_to_check: returning,
        csrf_token: csrf_token.value(),
        preview: None,
    });
    Ok(html(StatusCode::OK, page))
}

/// The answer fields of a question page's form, as sent (checked by `Answer::from_submission`).
pub fn submitted_answer(form: &FormFields) -> SubmittedAnswer {
    SubmittedAnswer {
        choices: form.get_all("answer"),
        other_text: form.get("other_text").unwrap_or_default().to_owned(),
        text: form.get("text").unwrap_or_default().to_owned(),
        skip_pressed: form.get("skip").is_some(),
    }
}

pub async fn answer(
    state: Data<AppState>,
    request: HttpRequest,
    path: Path<(String, usize)>,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let (slug, number) = path.into_inner();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let Some(draft) = draft else {
        return Ok(see_other(&survey_shell::start_href(&survey)));
    };
    let question = survey.question_number(number).ok_or(AppError::NotFound)?;
    let returning = form.get("return") == Some("check");
    let submitted = submitted_answer(&form);
    match Answer::from_submission(question, draft.format, &submitted) {
        Ok(answer) => {
            let Draft {
                id, mut answers, ..
            } = draft;
            answers.set(question, answer);
            // After a change, or the last question: any question still unanswered, else check answers.
            let next = if returning || number == survey.questions.len() {
                where_to_carry_on(&survey, &answers)
            } else {
                survey_shell::question_href(&survey, number + 1)
            };
            let expires = draft_expiry(&state.settings.clock);
            let language = page_context::language();
            state
                .db(move |connection| {
                    drafts::save_answers(connection, id, &answers, &language, expires)
                })
                .await?;
            Ok(see_other(&next))
        }
        Err(AnswerProblem::Tampered(reason)) => Err(AppError::BadRequest(reason)),
        Err(AnswerProblem::NeedsFixing { field, fix }) => {
            let message = answer_fix_words::say(&fix, draft.format);
            let page = question_page::render(&QuestionView {
                survey: &survey,
                question,
                number,
                format: draft.format,
                prefill: Prefill::from_submitted(&submitted),
                problem: Some((field, &message)),
                back_href: back_href(&survey, number, returning),
                returning_to_check: returning,
                csrf_token: csrf_token.value(),
                preview: None,
            });
            Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

fn back_href(survey: &Survey, number: usize, returning: bool) -> String {
    if returning {
        survey_shell::check_href(survey)
    } else if number <= 1 {
        survey_shell::start_href(survey)
    } else {
        survey_shell::question_href(survey, number - 1)
    }
}
