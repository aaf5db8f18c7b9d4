//! Pages that are not part of one survey: home, help, accessibility statement, health check, and
//! the assets (stylesheet, read-aloud script, symbols).

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::{Data, Path, Query};

use super::redirect::html;
use crate::assets::{READ_ALOUD_SCRIPT, STYLESHEET, symbol_svg};
use crate::db::{connection, surveys, uploaded_symbols};
use crate::domain::ids::SymbolName;
use crate::domain::survey::Availability;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::page_context::{self, safe_return_path};
use crate::web::views::{help_page, home_page, statement_page};

pub async fn home(state: Data<AppState>) -> Result<HttpResponse, AppError> {
    let today = state.settings.clock.today();
    let open: Vec<_> = state
        .db(surveys::list)
        .await?
        .into_iter()
        .filter(|survey| survey.availability_on(today) == Availability::Open)
        .collect();
    Ok(html(StatusCode::OK, home_page::render(&open)))
}

/// Where "Need to talk to someone now?" was pressed: the page to go back to (the young person's
/// format comes with it, see `reading_choice`). Query strings never reach the access log (see
/// `telemetry`).
#[derive(Debug, Default, serde::Deserialize)]
pub struct HelpQuery {
    #[serde(rename = "return")]
    return_to: Option<String>,
}

pub async fn help(state: Data<AppState>, query: Query<HelpQuery>) -> HttpResponse {
    let format = page_context::current().reading;
    let back_to = query.return_to.as_deref().and_then(safe_return_path);
    html(
        StatusCode::OK,
        help_page::render(&state.support_contacts(), format, back_to),
    )
}

/// 200 when the database answers, 503 when it does not.
pub async fn health(state: Data<AppState>) -> HttpResponse {
    let answered = state.db(connection::answers).await;
    match answered {
        Ok(()) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("ok"),
        Err(_) => HttpResponse::ServiceUnavailable()
            .content_type("text/plain; charset=utf-8")
            .body("database unavailable"),
    }
}

pub async fn accessibility_statement() -> HttpResponse {
    html(StatusCode::OK, statement_page::render())
}

/// Assets' URLs carry a content hash, so they can be cached for a year.
fn cached_asset(content_type: &str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(body)
}

pub async fn stylesheet() -> HttpResponse {
    cached_asset("text/css; charset=utf-8", STYLESHEET)
}

pub async fn report_stylesheet() -> HttpResponse {
    cached_asset("text/css; charset=utf-8", crate::reports::html::STYLESHEET)
}

pub async fn read_aloud_script() -> HttpResponse {
    cached_asset("text/javascript; charset=utf-8", READ_ALOUD_SCRIPT)
}

pub async fn symbol(state: Data<AppState>, file: Path<String>) -> Result<HttpResponse, AppError> {
    if let Some(svg) = file.strip_suffix(".svg").and_then(symbol_svg) {
        return Ok(cached_asset("image/svg+xml", svg));
    }
    let name = SymbolName::parse(&file).map_err(|_| AppError::NotFound)?;
    let (format, picture) = state
        .db(move |connection| uploaded_symbols::picture(connection, &name))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        // Opened on its own, an uploaded SVG is still only a picture: no script, no plugins.
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(picture))
}

/// The organisation's logo from `ORGANISATION_LOGO`, checked at start as an uploaded symbol is.
pub async fn logo(state: Data<AppState>) -> Result<HttpResponse, AppError> {
    let logo = state
        .settings
        .organisation
        .logo
        .as_ref()
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(logo.format.content_type())
        // The address carries a hash of the picture, so a new logo is a new address.
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(logo.contents.clone()))
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
