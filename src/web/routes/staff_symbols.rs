//! The symbol library for the team: see every symbol, and upload one (PNG or a plain SVG).

use actix_multipart::form::bytes::Bytes as UploadedFile;
use actix_multipart::form::text::Text;
use actix_multipart::form::{MultipartForm, MultipartFormConfig};
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::auth::access::CurrentStaff;
use crate::db::uploaded_symbols;
use crate::domain::field_problem::FieldProblem;
use crate::domain::symbol_upload;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::views::symbol_pages::{self, SymbolsView};

#[derive(MultipartForm)]
pub struct SymbolForm {
    csrf_token: Option<Text<String>>,
    name: Option<Text<String>>,
    alt: Option<Text<String>>,
    licence: Option<Text<String>>,
    // A little over the limit, so an oversized file gets the form's own message.
    #[multipart(limit = "1 MiB")]
    file: Option<UploadedFile>,
}

pub fn upload_config() -> MultipartFormConfig {
    MultipartFormConfig::default()
        .total_limit(2 * 1024 * 1024)
        .memory_limit(2 * 1024 * 1024)
        .error_handler(|error, _| match error {
            actix_multipart::MultipartError::Payload(actix_web::error::PayloadError::Overflow) => {
                AppError::TooLarge.into()
            }
            _ => AppError::BadRequest("the upload could not be read as a form with a file".into())
                .into(),
        })
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    form: (&str, &str, &str),
    problems: &[FieldProblem],
    notice: Option<&str>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let library = state.symbol_library().await?;
    Ok(html(
        status,
        symbol_pages::symbols(&SymbolsView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            library: &library,
            form,
            problems,
            notice,
        }),
    ))
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = (query.done.as_deref() == Some("added")).then_some("staff-symbols-done-added");
    page(
        &state,
        &staff,
        &csrf_token,
        ("", "", ""),
        &[],
        notice,
        StatusCode::OK,
    )
    .await
}

pub async fn upload(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: MultipartForm<SymbolForm>,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_inner();
    csrf_token.verify(form.csrf_token.as_ref().map(|token| token.as_str()))?;
    let text = |field: &Option<Text<String>>| {
        field
            .as_ref()
            .map(|t| t.as_str().to_owned())
            .unwrap_or_default()
    };
    let (name, alt, licence) = (text(&form.name), text(&form.alt), text(&form.licence));
    let contents = form.file.map(|file| file.data.to_vec()).unwrap_or_default();
    let checked = symbol_upload::check(&name, &alt, &licence, &contents);
    let problems = match checked {
        Err(problems) => problems,
        Ok(upload) if crate::assets::symbol_svg(upload.record.name.as_str()).is_some() => {
            vec![FieldProblem::new("name", "staff-problem-symbol-built-in")]
        }
        Ok(upload) => {
            let added = state
                .db(move |connection| uploaded_symbols::insert(connection, &upload, clock.now()))
                .await?;
            if added {
                return Ok(see_other("/staff/symbols?done=added"));
            }
            vec![FieldProblem::new("name", "staff-problem-symbol-taken")]
        }
    };
    page(
        &state,
        &staff,
        &csrf_token,
        (&name, &alt, &licence),
        &problems,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}
