//! Sending a report to the browser: as an HTML page under the site's policy, or as a PDF download
//! named after the report; and a published report's PDF, for whoever may read it.

use actix_web::HttpResponse;
use actix_web::http::header;

use crate::assets::report_stylesheet_href;
use crate::domain::ids::PublishedReportId;
use crate::domain::published_report::PublishedReport;
use crate::error::AppError;
use crate::reports::document::ReportDocument;
use crate::reports::html::{self, Framing, Stylesheet};
use crate::reports::pdf;
use crate::reports::publishing::{self, status_line_in};
use crate::state::AppState;

/// Who is asking for a published report: the public may read only the public kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Public,
    Staff,
}

/// The id in a published report's address; anything else is simply not found.
pub fn published_id(text: &str) -> Result<PublishedReportId, AppError> {
    PublishedReportId::parse(text).map_err(|_| AppError::NotFound)
}

/// A published report's PDF, typeset from its frozen document with its version under the title.
pub async fn published_pdf(
    state: &AppState,
    id: PublishedReportId,
    audience: Audience,
) -> Result<(PublishedReport, Vec<u8>), AppError> {
    state
        .reporting(move |connection| {
            let Some((report, document)) = publishing::find(connection, id)? else {
                return Ok(None);
            };
            if audience == Audience::Public && !report.kind.is_public_when_published() {
                return Ok(None);
            }
            let bytes = pdf::render(&document, Some(&status_line_in(&report, &report.language)))?;
            Ok(Some((report, bytes)))
        })
        .await?
        .ok_or(AppError::NotFound)
}

/// "report-2022-summary-v2.pdf"; another language than English is named, "report-2022-easy-read-pl-v1.pdf".
pub fn pdf_file_name(report: &PublishedReport) -> String {
    let language = if report.language.is_english() {
        String::new()
    } else {
        format!("-{}", report.language)
    };
    format!(
        "report-{}-{}{language}-v{}.pdf",
        report.year,
        report.kind.as_str(),
        report.version
    )
}

pub fn page(
    document: &ReportDocument,
    links: Vec<(String, String)>,
    status: Option<String>,
) -> HttpResponse {
    let body = html::render(
        document,
        &Framing {
            stylesheet: Stylesheet::Linked(report_stylesheet_href()),
            links,
            status,
        },
    );
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body)
}

/// e.g. "be-supported-2022-summary-v2.pdf".
pub fn pdf(bytes: Vec<u8>, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(bytes)
}
