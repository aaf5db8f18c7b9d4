//! Switching between Standard and Easy Read part way through: the answers stay, only the wording
//! changes, and the young person lands back on the page they were on.

use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::redirect::see_other;
use super::survey_access::find_open_survey_and_draft;
use crate::db::drafts;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::reading_choice;
use crate::web::views::survey_shell;

pub async fn switch(
    state: Data<AppState>,
    request: HttpRequest,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let (survey, draft) = find_open_survey_and_draft(&state, &slug, &request).await?;
    let format = ResponseFormat::parse(form.get("format").unwrap_or_default())
        .map_err(|_| AppError::BadRequest("an unknown reading format".into()))?;
    let Some(draft) = draft else {
        return Ok(see_other(&survey_shell::start_href(&survey)));
    };
    let draft_id = draft.id;
    state
        .db(move |connection| drafts::set_format(connection, draft_id, format))
        .await?;
    let mut response = see_other(&page_to_return_to(
        &survey,
        form.get("page").unwrap_or_default(),
    ));
    response
        .add_cookie(&reading_choice::cookie(format, state.settings.uses_https()))
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(response)
}

/// The question number or "check" the switch was pressed on; anything else goes to question 1.
fn page_to_return_to(survey: &Survey, page: &str) -> String {
    match page.parse::<usize>() {
        _ if page == "check" => survey_shell::check_href(survey),
        Ok(number) if (1..=survey.questions.len()).contains(&number) => {
            survey_shell::question_href(survey, number)
        }
        _ => survey_shell::question_href(survey, 1),
    }
}
