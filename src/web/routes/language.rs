//! Choosing the language pages are written in; the choice lives in a cookie holding only the
//! language's tag, which many young people share.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::catalogue;
use crate::domain::wording::Language;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::language_choice;
use crate::web::page_context::{self, safe_return_path};
use crate::web::views::language_page::{self, LanguageView};

#[derive(Deserialize)]
pub struct LanguageQuery {
    #[serde(rename = "return")]
    return_path: Option<String>,
}

pub async fn show(query: Query<LanguageQuery>, csrf_token: CsrfToken) -> HttpResponse {
    let page = language_page::render(&LanguageView {
        offered: catalogue::built_in().languages().to_vec(),
        current: page_context::language(),
        return_path: query.return_path.as_deref().and_then(safe_return_path),
        csrf_token: csrf_token.value(),
    });
    html(StatusCode::OK, page)
}

pub async fn save(state: Data<AppState>, form: CheckedForm) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let offered = catalogue::built_in().languages();
    let language = form
        .get("language")
        .and_then(|tag| Language::parse(tag).ok())
        .filter(|language| offered.contains(language))
        .ok_or_else(|| AppError::BadRequest("a language this service is not written in".into()))?;
    let back = form
        .get("return")
        .and_then(safe_return_path)
        .map_or_else(|| "/".to_owned(), without_language_asked);
    let mut response = see_other(&back);
    response
        .add_cookie(&language_choice::cookie(
            &language,
            state.settings.uses_https(),
        ))
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(response)
}

/// The page to go back to, without a `lang=` that would outvote the choice just made.
fn without_language_asked(path: &str) -> String {
    let Some((page, query)) = path.split_once('?') else {
        return path.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.starts_with("lang="))
        .collect();
    if kept.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_loses_only_its_language() {
        assert_eq!(without_language_asked("/s/x?lang=pl"), "/s/x");
        assert_eq!(
            without_language_asked("/s/x?c=poster&lang=pl&format=easy_read"),
            "/s/x?c=poster&format=easy_read"
        );
        assert_eq!(without_language_asked("/s/x/q/3"), "/s/x/q/3");
    }
}
