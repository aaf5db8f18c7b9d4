//! Which language pages are written in: a link can ask with `?lang=pl`; choosing one on the
//! language page keeps it in a cookie holding only the tag, until the browser closes; otherwise
//! the browser's `Accept-Language` is the first guess. Only languages the catalogue has are
//! chosen; anything else, and every staff page, is English.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use serde::Deserialize;

use crate::catalogue;
use crate::domain::wording::Language;

pub const LANGUAGE_COOKIE: &str = "yv_language";

#[derive(Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
}

/// The offered language a link asks for with `?lang=`, if it asks for one (never on staff pages).
pub fn asked_by_link(path: &str, query: &str) -> Option<Language> {
    if path.starts_with("/staff") {
        return None;
    }
    let asked = actix_web::web::Query::<LanguageQuery>::from_query(query)
        .ok()
        .and_then(|query| query.into_inner().lang)?;
    best_offered(
        &Language::parse(&asked).ok()?,
        catalogue::built_in().languages(),
    )
}

/// The language for a request: the one its link asks for (`asked_by_link`), else the kept one,
/// else the browser's best match.
pub fn chosen(
    path: &str,
    asked_by_link: Option<Language>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Language {
    if path.starts_with("/staff") {
        return Language::english();
    }
    let offered = catalogue::built_in().languages();
    let kept = || {
        let language = Language::parse(cookie?).ok()?;
        best_offered(&language, offered)
    };
    asked_by_link
        .or_else(kept)
        .or_else(|| accept_language.and_then(|header| browser_choice(header, offered)))
        .unwrap_or_default()
}

/// The cookie that keeps `language`; for English, the instruction to forget it.
pub fn cookie(language: &Language, secure: bool) -> Cookie<'static> {
    let builder = Cookie::build(LANGUAGE_COOKIE, language.to_string())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax);
    if language.is_english() {
        builder.max_age(Duration::ZERO).finish()
    } else {
        builder.finish()
    }
}

/// The offered language that serves `wanted`: itself, or the same language without its region.
fn best_offered(wanted: &Language, offered: &[Language]) -> Option<Language> {
    offered
        .iter()
        .find(|language| *language == wanted)
        .or_else(|| {
            offered
                .iter()
                .find(|language| language.primary() == wanted.primary())
        })
        .cloned()
}

/// The browser's most preferred language that we offer, reading `Accept-Language` as
/// `pl-PL,pl;q=0.9,en;q=0.8`.
fn browser_choice(header: &str, offered: &[Language]) -> Option<Language> {
    let mut wanted: Vec<(f32, Language)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let language = Language::parse(pieces.next()?.trim()).ok()?;
            let weight = pieces
                .find_map(|piece| piece.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (weight > 0.0).then_some((weight, language))
        })
        .collect();
    // A stable sort keeps the browser's own order among equal weights.
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted
        .into_iter()
        .find_map(|(_, language)| best_offered(&language, offered))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(tag: &str) -> Language {
        Language::parse(tag).unwrap()
    }

    #[test]
    fn the_browser_is_the_first_guess_among_what_we_offer() {
        let offered = [language("en"), language("pl"), language("ar")];
        assert_eq!(
            browser_choice("pl-PL,pl;q=0.9,en;q=0.8", &offered),
            Some(language("pl"))
        );
        assert_eq!(
            browser_choice("de-DE,de;q=0.9,ar;q=0.5,en;q=0.4", &offered),
            Some(language("ar"))
        );
        assert_eq!(
            browser_choice("en;q=0.2, pl;q=0.8", &offered),
            Some(language("pl"))
        );
        assert_eq!(browser_choice("de, fr;q=0", &offered), None);
        assert_eq!(browser_choice("*;q=0.5, ;;, x", &offered), None);
    }

    #[test]
    fn staff_pages_and_unknown_languages_are_english() {
        let chosen_for = |path: &str, query: &str, kept: &str, browser: &str| {
            chosen(path, asked_by_link(path, query), Some(kept), Some(browser))
        };
        assert_eq!(
            chosen_for("/staff/surveys", "lang=pl", "pl", "pl"),
            Language::english()
        );
        assert_eq!(
            chosen_for("/s/x", "lang=klingon", "tlh", "tlh"),
            Language::english()
        );
    }

    #[test]
    fn choosing_english_forgets_the_cookie() {
        assert_eq!(
            cookie(&Language::english(), false).max_age(),
            Some(Duration::ZERO)
        );
        let kept = cookie(&language("pl"), true);
        assert_eq!((kept.value(), kept.max_age()), ("pl", None));
    }
}
