//! The Data page (admins and analysts): each wave's responses to download, each download audited,
//! and the form that starts an import.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::html;
use crate::app::actor::Actor;
use crate::app::exports::{self, ExportError};
use crate::app::progress::Silent;
use crate::auth::access::CurrentStaff;
use crate::db::{imported_totals, responses, surveys};
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::Slug;
use crate::domain::staff::StaffUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::views::data_pages::{self, DataView, WaveData};
use crate::web::views::import_pages::UploadChoices;

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "imported" => Some("staff-data-done-imported"),
        "cancelled" => Some("staff-data-done-cancelled"),
        _ => None,
    }
}

pub async fn data(
    state: Data<AppState>,
    staff: CurrentStaff,
    query: Query<DoneQuery>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    data_page(
        &state,
        &staff.0,
        notice(query.done.as_deref()),
        &UploadChoices::default(),
        &[],
        StatusCode::OK,
        &csrf_token,
    )
    .await
}

/// The Data page: every wave with its responses, and the import form (with its problems, if any).
pub async fn data_page(
    state: &AppState,
    me: &StaffUser,
    notice: Option<&str>,
    upload_choices: &UploadChoices,
    upload_problems: &[FieldProblem],
    status: StatusCode,
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    let waves = state
        .db(|connection| {
            let mut waves = Vec::new();
            for survey in surveys::list(connection)? {
                let count = responses::count_for_survey(connection, survey.id)?;
                let totals_only = imported_totals::exist_for_survey(connection, survey.id)?;
                waves.push((survey, count, totals_only));
            }
            Ok(waves)
        })
        .await?;
    let rows: Vec<WaveData<'_>> = waves
        .iter()
        .map(|(survey, responses, totals_only)| WaveData {
            survey,
            responses: *responses,
            totals_only: *totals_only,
        })
        .collect();
    Ok(html(
        status,
        data_pages::data(&DataView {
            me,
            waves: &rows,
            notice,
            upload_choices,
            upload_problems,
            csrf_token: csrf_token.value(),
        }),
    ))
}

pub async fn responses_csv(
    state: Data<AppState>,
    staff: CurrentStaff,
    slug: Path<String>,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let slug = Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let actor = Actor::Staff(staff.0.id);
    let exported = state
        .run(move |connection| {
            exports::responses_csv(connection, &slug, actor, clock.now(), &Silent)
        })
        .await;
    let export = match exported {
        Ok(export) => export,
        Err(ExportError::NoSuchWave(_)) => return Err(AppError::NotFound),
        Err(ExportError::Db(error)) => return Err(AppError::Database(error)),
        Err(error @ ExportError::Writing(_)) => return Err(AppError::Internal(error.to_string())),
    };
    let (slug, body) = (export.survey.slug, export.csv);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{slug}-responses.csv\""),
        ))
        .body(body))
}
