//! Showing and saving display options; the choice lives in a cookie that identifies nobody.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::domain::display::{DisplayPreferences, TextSize};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::page_context::{self, display_cookie, safe_return_path};
use crate::web::views::display_page::{self, DisplayView};

#[derive(Deserialize)]
pub struct DisplayQuery {
    #[serde(rename = "return")]
    return_path: Option<String>,
    saved: Option<String>,
}

pub async fn show(query: Query<DisplayQuery>, csrf_token: CsrfToken) -> HttpResponse {
    let page = display_page::render(&DisplayView {
        current: page_context::current().display,
        return_path: query.return_path.as_deref().and_then(safe_return_path),
        saved: query.saved.is_some(),
        csrf_token: csrf_token.value(),
    });
    html(StatusCode::OK, page)
}

pub async fn save(state: Data<AppState>, form: CheckedForm) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let text_size = match form.get("text_size") {
        None | Some("") => TextSize::Normal,
        Some(text) => TextSize::parse(text)
            .ok_or_else(|| AppError::BadRequest("an unknown text size".into()))?,
    };
    let preferences = DisplayPreferences {
        text_size,
        high_contrast: form.get("high_contrast") == Some("yes"),
        dyslexia_friendly: form.get("dyslexia_friendly") == Some("yes"),
    };
    let location = match form.get("return").and_then(safe_return_path) {
        Some(path) => format!(
            "/display?saved=yes&return={}",
            crate::web::views::layout::percent_encode_query(path)
        ),
        None => "/display?saved=yes".to_owned(),
    };
    let mut response = see_other(&location);
    response
        .add_cookie(&display_cookie(preferences, state.settings.uses_https()))
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(response)
}
