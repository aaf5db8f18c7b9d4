//! A programme's Board update on the staff pages: read as a page, downloaded as its one-page PDF,
//! and emailed to the Board's list, through `app::board_update`.

use actix_web::HttpResponse;
use actix_web::web::{self, Data, Path};

use super::programme_access::find_programme;
use super::redirect::see_other;
use super::report_files;
use crate::app::board_update::{self, BoardUpdate};
use crate::app::report_publishing::BoardEmailError;
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::programme::Programme;
use crate::email::messages::Attachment;
use crate::error::AppError;
use crate::reports::document::ReportDocument;
use crate::reports::pdf;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;

/// The update as the data stands; "not found" while no wave of the programme has closed, and
/// refused, saying why, when the latest closed wave's numbers may not leave the team.
async fn prepared(state: &AppState, slug: &str) -> Result<(Programme, ReportDocument), AppError> {
    let programme = find_programme(state, slug).await?;
    let (clock, publisher) = (
        state.settings.clock,
        state.settings.organisation.name.clone(),
    );
    let for_programme = programme.clone();
    let document = state
        .reporting(move |connection| {
            board_update::prepare(connection, &for_programme, &clock, &publisher)
        })
        .await?;
    match document {
        BoardUpdate::Ready(document) => Ok((programme, *document)),
        BoardUpdate::NoClosedWave => Err(AppError::NotFound),
        BoardUpdate::Withheld { year, why } => Err(AppError::BadRequest(format!(
            "The Board update is made from the {year} survey, and its numbers cannot go to the \
             Board now: {why}."
        ))),
    }
}

async fn rendered(document: ReportDocument) -> Result<Vec<u8>, AppError> {
    // Typesetting is CPU work: off the async workers, like the database work.
    web::block(move || pdf::render(&document, Some(&StaffWords.t("staff-board-update-status"))))
        .await?
        .map_err(|error| AppError::Internal(error.to_string()))
}

fn file_name(programme: &Programme, document: &ReportDocument) -> String {
    format!(
        "{}-board-update-{}.pdf",
        programme.slug,
        document.prepared_on.replace(' ', "-").to_lowercase()
    )
}

pub async fn show(state: Data<AppState>, slug: Path<String>) -> Result<HttpResponse, AppError> {
    let (programme, document) = prepared(&state, &slug).await?;
    let base = format!("/staff/programmes/{}", programme.slug);
    let links = vec![
        (
            format!("{base}/actions"),
            StaffWords.t("staff-board-update-back"),
        ),
        (
            format!("{base}/board-update/pdf"),
            StaffWords.t("staff-reports-download-as-pdf"),
        ),
    ];
    Ok(report_files::page(
        &document,
        links,
        Some(StaffWords.t("staff-board-update-status")),
    ))
}

pub async fn show_pdf(state: Data<AppState>, slug: Path<String>) -> Result<HttpResponse, AppError> {
    let (programme, document) = prepared(&state, &slug).await?;
    let name = file_name(&programme, &document);
    Ok(report_files::pdf(rendered(document).await?, &name))
}

pub async fn email(
    state: Data<AppState>,
    staff: CurrentStaff,
    slug: Path<String>,
    _form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    if state.settings.board_emails.is_empty() {
        return Err(AppError::BadRequest(
            BoardEmailError::NoBoardList.to_string(),
        ));
    }
    let (programme, document) = prepared(&state, &slug).await?;
    let attachment = Attachment {
        filename: file_name(&programme, &document),
        content_type: "application/pdf",
        bytes: rendered(document).await?,
    };
    let link = format!(
        "{}/staff/programmes/{}/board-update",
        state.settings.base_url, programme.slug
    );
    board_update::email_to_board(&state, staff.0.id, &programme, &link, attachment).await?;
    Ok(see_other(&format!(
        "/staff/programmes/{}/actions?done=board",
        programme.slug
    )))
}
