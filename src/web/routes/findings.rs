//! The public findings page and the published summaries and Easy Read reports it lists. Full
//! reports are not public: their addresses answer "not found" here.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};

use super::redirect::html;
use super::report_files::{self, Audience, pdf_file_name, published_id};
use crate::catalogue;
use crate::db::{published_reports, tracked_actions};
use crate::domain::ids::SurveyId;
use crate::domain::published_report::PublishedReport;
use crate::domain::report_kind::ReportKind;
use crate::domain::survey::ResponseFormat;
use crate::domain::tracked_action::TrackedAction;
use crate::error::AppError;
use crate::reports::action_lines::{self, Readers};
use crate::reports::publishing::{self, status_line_in};
use crate::state::AppState;
use crate::web::page_context;
use crate::web::views::findings_page::{self, ReportVersions, YearFindings};

pub async fn index(state: Data<AppState>) -> Result<HttpResponse, AppError> {
    let (reports, actions) = state
        .db(|connection| {
            let reports: Vec<PublishedReport> = published_reports::list(connection)?
                .into_iter()
                .filter(|report| report.kind.is_public_when_published())
                .collect();
            // Only waves with a public report: an action can tell what young people said, and
            // nothing of a wave is public before its report is.
            let mut waves: Vec<SurveyId> = reports.iter().map(|report| report.survey).collect();
            waves.sort();
            waves.dedup();
            let actions = tracked_actions::for_surveys(connection, &waves)?;
            Ok((reports, actions))
        })
        .await?;
    let context = page_context::current();
    let language = page_context::language();
    let readers = Readers::Public {
        language: &language,
        register: context.reading,
    };
    let actions_of_year = |year: i32| {
        let waves: Vec<SurveyId> = reports
            .iter()
            .filter(|report| report.year == year)
            .map(|report| report.survey)
            .collect();
        let own: Vec<TrackedAction> = actions
            .iter()
            .filter(|action| waves.contains(&action.survey))
            .cloned()
            .collect();
        action_lines::lines(&action_lines::in_order_shown(&own), &readers)
    };
    // Listed newest year first; within a year by kind, newest version first.
    let mut years: Vec<YearFindings<'_>> = Vec::new();
    for report in &reports {
        let year = match years.last_mut() {
            Some(year) if year.year == report.year => year,
            _ => {
                years.push(YearFindings {
                    year: report.year,
                    reports: Vec::new(),
                    actions: actions_of_year(report.year),
                });
                years.last_mut().expect("just pushed")
            }
        };
        match year.reports.iter_mut().find(|versions| {
            versions.latest.kind == report.kind && versions.latest.language == report.language
        }) {
            Some(versions) => versions.earlier.push(report),
            None => year.reports.push(ReportVersions {
                latest: report,
                earlier: Vec::new(),
            }),
        }
    }
    Ok(html(StatusCode::OK, findings_page::render(&years)))
}

pub async fn report(state: Data<AppState>, id: Path<String>) -> Result<HttpResponse, AppError> {
    let id = published_id(&id)?;
    let (report, document) = state
        .db(move |connection| publishing::find(connection, id))
        .await?
        .filter(|(report, _)| report.kind.is_public_when_published())
        .ok_or(AppError::NotFound)?;
    // The words around the report are in its own language, like the report.
    let language = report.language.clone();
    let register = match report.kind {
        ReportKind::EasyRead => ResponseFormat::EasyRead,
        ReportKind::Summary | ReportKind::Full | ReportKind::Briefing | ReportKind::BoardUpdate => {
            ResponseFormat::Standard
        }
    };
    let words = |id: &str| catalogue::built_in().text(&language, register, id, &[]);
    let links = vec![
        ("/findings".to_owned(), words("report-all-findings")),
        (
            format!("/findings/{}/pdf", report.id),
            words("report-download-pdf"),
        ),
    ];
    Ok(report_files::page(
        &document,
        links,
        Some(status_line_in(&report, &language)),
    ))
}

pub async fn report_pdf(state: Data<AppState>, id: Path<String>) -> Result<HttpResponse, AppError> {
    let (report, bytes) =
        report_files::published_pdf(&state, published_id(&id)?, Audience::Public).await?;
    Ok(report_files::pdf(bytes, &pdf_file_name(&report)))
}
