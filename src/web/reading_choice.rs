//! Which wording (Standard or Easy Read) a young person reads the pages that have no draft to ask:
//! carrying on with a resume code, the closed and not-found pages, error pages and help.
//!
//! A link can ask for a version with `?format=easy_read`. Choosing a format on the start page,
//! switching, or carrying on with a code also keeps the choice in a cookie that holds only the
//! format's name and lasts until the browser closes: everyone who chose Easy Read has the same
//! cookie, so it cannot tell one young person from another. Staff pages are always Standard.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use serde::Deserialize;

use crate::domain::survey::ResponseFormat;

pub const READING_COOKIE: &str = "yv_reading";

#[derive(Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

/// The format asked for by the link (`query`), else the one kept in the cookie, else Standard.
pub fn chosen(path: &str, query: &str, cookie: Option<&str>) -> ResponseFormat {
    if path.starts_with("/staff") {
        return ResponseFormat::Standard;
    }
    let from_link = actix_web::web::Query::<FormatQuery>::from_query(query)
        .ok()
        .and_then(|query| query.into_inner().format)
        .and_then(|text| ResponseFormat::parse(&text).ok());
    from_link
        .or_else(|| cookie.and_then(|text| ResponseFormat::parse(text).ok()))
        .unwrap_or_default()
}

/// The cookie that keeps `format`; for Standard, the instruction to forget it.
pub fn cookie(format: ResponseFormat, secure: bool) -> Cookie<'static> {
    let builder = Cookie::build(READING_COOKIE, format.as_str())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax);
    match format {
        ResponseFormat::EasyRead => builder.finish(),
        ResponseFormat::Standard => builder.max_age(Duration::ZERO).finish(),
    }
}

/// `href` with the Easy Read version asked for when that is the format; Standard needs nothing.
pub fn link(href: &str, format: ResponseFormat) -> String {
    match format {
        ResponseFormat::Standard => href.to_owned(),
        ResponseFormat::EasyRead => {
            let joiner = if href.contains('?') { '&' } else { '?' };
            format!("{href}{joiner}format={}", format.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_wins_over_the_cookie_and_staff_pages_stay_standard() {
        let easy = Some("easy_read");
        assert_eq!(
            chosen("/s/x/resume", "format=standard", easy),
            ResponseFormat::Standard
        );
        assert_eq!(chosen("/s/x/resume", "", easy), ResponseFormat::EasyRead);
        assert_eq!(
            chosen("/nowhere", "c=poster&format=easy_read", None),
            ResponseFormat::EasyRead
        );
        assert_eq!(
            chosen("/staff/surveys", "format=easy_read", easy),
            ResponseFormat::Standard
        );
        assert_eq!(
            chosen("/s/x", "format=klingon", Some("nonsense")),
            ResponseFormat::Standard
        );
    }

    #[test]
    fn choosing_standard_forgets_the_cookie() {
        let kept = cookie(ResponseFormat::EasyRead, true);
        assert_eq!(kept.value(), "easy_read");
        assert_eq!(kept.max_age(), None);
        assert_eq!(
            cookie(ResponseFormat::Standard, false).max_age(),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn links_ask_for_easy_read_only_when_it_is_chosen() {
        assert_eq!(link("/s/x/resume", ResponseFormat::Standard), "/s/x/resume");
        assert_eq!(
            link("/s/x/resume", ResponseFormat::EasyRead),
            "/s/x/resume?format=easy_read"
        );
        assert_eq!(
            link("/s/x?c=poster", ResponseFormat::EasyRead),
            "/s/x?c=poster&format=easy_read"
        );
    }
}
