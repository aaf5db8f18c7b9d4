//! What the page shell needs to know about the request it answers: the young person's display
//! options (from their cookie), the page's own address (for "Display options" to come back to),
//! the organisation running the survey, and the wording the young person chose.
//! Set once per request by middleware, so every page honours the options, error pages included,
//! without each handler passing them along.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

use std::cell::RefCell;
use std::sync::Arc;

use actix_web::web::Data;

use crate::domain::display::DisplayPreferences;
use crate::domain::organisation::Organisation;
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;
use crate::state::AppState;
use crate::web::{language_choice, reading_choice};

pub const DISPLAY_COOKIE: &str = "yv_display";
const DISPLAY_COOKIE_DAYS: i64 = 365;
const LONGEST_RETURN_PATH: usize = 300;

#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub display: DisplayPreferences,
    /// The path and query of this request, when it is a page worth coming back to.
    pub return_path: Option<String>,
    /// Who runs the survey, named in every page's header and footer.
    pub organisation: Arc<Organisation>,
    /// The wording a young person chose, for pages that have no draft to ask (see
    /// `reading_choice`).
    pub reading: ResponseFormat,
}

tokio::task_local! {
    static CURRENT: PageContext;
    /// The language this request's pages are written in: the young person's choice, until a
    /// survey page settles it to one the wave is written in.
    static LANGUAGE: RefCell<Language>;
}

/// The language the page being drawn is written in (English outside a request).
pub fn language() -> Language {
    LANGUAGE
        .try_with(|language| language.borrow().clone())
        .unwrap_or_default()
}

/// Writes this request's pages in `language`, e.g. English for a wave not translated into the
/// language the young person chose.
pub fn settle_language(language: Language) {
    let _outside_a_request = LANGUAGE.try_with(|current| *current.borrow_mut() = language);
}

/// The context of the request being answered; the defaults outside a request (e.g. in unit tests).
pub fn current() -> PageContext {
    CURRENT.try_with(Clone::clone).unwrap_or_default()
}

pub async fn provide(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let display = request
        .cookie(DISPLAY_COOKIE)
        .map(|cookie| DisplayPreferences::decode(cookie.value()))
        .unwrap_or_default();
    let path_and_query = match request.query_string() {
        "" => request.path().to_owned(),
        query => format!("{}?{query}", request.path()),
    };
    let return_path = safe_return_path(&path_and_query).map(str::to_owned);
    let state = request.app_data::<Data<AppState>>();
    let organisation = state
        .map(|state| Arc::clone(&state.settings.organisation))
        .unwrap_or_default();
    let secure = state.is_some_and(|state| state.settings.uses_https());
    let reading = reading_choice::chosen(
        request.path(),
        request.query_string(),
        request
            .cookie(reading_choice::READING_COOKIE)
            .as_ref()
            .map(Cookie::value),
    );
    let context = PageContext {
        display,
        return_path,
        organisation,
        reading,
    };
    let asked_by_link = language_choice::asked_by_link(request.path(), request.query_string());
    let language = language_choice::chosen(
        request.path(),
        asked_by_link.clone(),
        request
            .cookie(language_choice::LANGUAGE_COOKIE)
            .as_ref()
            .map(Cookie::value),
        request
            .headers()
            .get(actix_web::http::header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    );
    let mut response = CURRENT
        .scope(
            context,
            LANGUAGE.scope(RefCell::new(language), next.call(request)),
        )
        .await?;
    // A link that asks for a language (a poster's `?lang=pl`) chooses it for the pages after too.
    if let Some(language) = asked_by_link {
        response
            .response_mut()
            .add_cookie(&language_choice::cookie(&language, secure))?;
    }
    Ok(response)
}

/// A path on this site to send someone back to; anything else (another site, `//host`, odd
/// characters, staff link tokens) is refused so the display page cannot be used to redirect away.
pub fn safe_return_path(path: &str) -> Option<&str> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "/-_.?=&".contains(c);
    (path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/staff")
        && !path.starts_with("/display")
        && !path.starts_with("/language")
        && path.len() <= LONGEST_RETURN_PATH
        && path.chars().all(allowed))
    .then_some(path)
}

pub fn display_cookie(preferences: DisplayPreferences, secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build(DISPLAY_COOKIE, preferences.encode())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish();
    if preferences.is_default() {
        cookie.make_removal();
    } else {
        cookie.set_max_age(Duration::days(DISPLAY_COOKIE_DAYS));
    }
    cookie
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_returned_to() {
        assert_eq!(
            safe_return_path("/s/be-supported-2022/q/3?return=check"),
            Some("/s/be-supported-2022/q/3?return=check")
        );
        for refused in [
            "https://example.org/",
            "//example.org/x",
            "/\\example.org",
            "/staff/setup/abc",
            "/display",
            "/s/x\"><script>",
            "",
        ] {
            assert_eq!(safe_return_path(refused), None, "{refused}");
        }
    }
}
