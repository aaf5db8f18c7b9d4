//! Pages that are not part of one survey: home, help, health check and the stylesheet.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::Data;
use diesel::connection::SimpleConnection;

use super::redirect::html;
use super::survey_access::now;
use crate::db::{DbError, surveys};
use crate::domain::survey::Availability;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::views::layout::STYLESHEET;
use crate::web::views::{help_page, home_page};

pub async fn home(state: Data<AppState>) -> Result<HttpResponse, AppError> {
    let today = now().date();
    let open: Vec<_> = state
        .db(surveys::list)
        .await?
        .into_iter()
        .filter(|survey| survey.availability_on(today) == Availability::Open)
        .collect();
    Ok(html(StatusCode::OK, home_page::render(&open)))
}

pub async fn help(state: Data<AppState>) -> HttpResponse {
    html(StatusCode::OK, help_page::render(&state.support_contacts()))
}

/// 200 when the database answers, 503 when it does not.
pub async fn health(state: Data<AppState>) -> HttpResponse {
    let answered = state
        .db(|connection| connection.batch_execute("SELECT 1").map_err(DbError::from))
        .await;
    match answered {
        Ok(()) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("ok"),
        Err(_) => HttpResponse::ServiceUnavailable()
            .content_type("text/plain; charset=utf-8")
            .body("database unavailable"),
    }
}

/// The stylesheet; its URL carries a content hash, so it can be cached for a year.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(STYLESHEET)
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
