//! Reports for staff: analysts preview each report of a wave as a page or PDF, download its CSV
//! tables, write what happens next, publish (freezing a version) and email the Board; signed-in
//! staff and Board members read what was published.

use std::sync::Arc;

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::{self, Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::report_files::{self, Audience, pdf_file_name, published_id};
use super::survey_access::find_survey;
use crate::app::report_publishing::{self, BoardEmailError};
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::db::{programmes, published_reports, report_texts, surveys};
use crate::domain::easy_read::lint_text;
use crate::domain::report_kind::ReportKind;
use crate::domain::staff::{Permission, StaffUser};
use crate::domain::survey::Survey;
use crate::domain::team_texts::{self, TextsProblem};
use crate::domain::wording::Language;
use crate::email::messages::Attachment;
use crate::error::AppError;
use crate::reports::csv_results::FILE_NAMES;
use crate::reports::document::ReportDocument;
use crate::reports::publishing::{self, status_line_in};
use crate::reports::{csv_tables, pdf};
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::report_pages::{self, ReportsView, WaveReportsView, published_href};

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "saved" => Some("staff-reports-done-saved"),
        "published" => Some("staff-reports-done-published"),
        "emailed" => Some("staff-reports-done-emailed"),
        _ => None,
    }
}

pub async fn index(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let can_produce = staff.0.role.can(Permission::ProduceReports);
    let (waves, published) = state
        .db(move |connection| {
            let waves = if can_produce {
                surveys::list(connection)?
            } else {
                Vec::new()
            };
            Ok((waves, published_reports::list(connection)?))
        })
        .await?;
    Ok(html(
        StatusCode::OK,
        report_pages::index(&ReportsView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            waves: &waves,
            published: &published,
        }),
    ))
}

/// What the wave's page shows besides its saved state.
struct WavePage<'a> {
    typed: Option<(&'a str, &'a str)>,
    problem: Option<&'a TextsProblem>,
    refusal: Option<&'a str>,
    notice: Option<&'a str>,
    status: StatusCode,
}

async fn wave_page(
    state: &AppState,
    me: &StaffUser,
    survey: &Survey,
    page: WavePage<'_>,
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    let id = survey.id;
    let programme = survey.programme;
    let (texts, published, programme) = state
        .db(move |connection| {
            Ok((
                report_texts::find(connection, id)?,
                published_reports::for_survey(connection, id)?,
                programmes::find(connection, programme)?,
            ))
        })
        .await?;
    let easy_read_findings: Vec<String> = team_texts::paragraphs(&texts.easy_read_next)
        .iter()
        .flat_map(|paragraph| lint_text(paragraph))
        .map(|rule| StaffWords.message(&rule.message()))
        .collect();
    let (what_happens_next, easy_read_next) = page
        .typed
        .unwrap_or((&texts.what_happens_next, &texts.easy_read_next));
    let programme = programme.ok_or(AppError::NotFound)?;
    Ok(html(
        page.status,
        report_pages::wave(&WaveReportsView {
            me,
            csrf_token: csrf_token.value(),
            survey,
            what_happens_next,
            easy_read_next,
            programme_slug: programme.slug.as_str(),
            problem: page.problem,
            easy_read_findings: &easy_read_findings,
            published: &published,
            board_list_size: state.settings.board_emails.len(),
            notice: page.notice,
            refusal: page.refusal,
        }),
    ))
}

pub async fn wave(
    state: Data<AppState>,
    staff: CurrentStaff,
    slug: Path<String>,
    query: Query<DoneQuery>,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let survey = find_survey(&state, &slug).await?;
    let page = WavePage {
        typed: None,
        problem: None,
        refusal: None,
        notice: notice(query.done.as_deref()),
        status: StatusCode::OK,
    };
    wave_page(&state, &staff.0, &survey, page, &csrf_token).await
}

pub async fn save_texts(
    state: Data<AppState>,
    staff: CurrentStaff,
    slug: Path<String>,
    form: CheckedForm,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let survey = find_survey(&state, &slug).await?;
    let fields = form.into_fields();
    fields.require(&["what_happens_next", "easy_read_next"])?;
    let field = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    let (what_happens_next, easy_read_next) = (field("what_happens_next"), field("easy_read_next"));
    match team_texts::parse(&what_happens_next, &easy_read_next) {
        Err(problem) => {
            let page = WavePage {
                typed: Some((&what_happens_next, &easy_read_next)),
                problem: Some(&problem),
                refusal: None,
                notice: None,
                status: StatusCode::BAD_REQUEST,
            };
            wave_page(&state, &staff.0, &survey, page, &csrf_token).await
        }
        Ok(texts) => {
            let id = survey.id;
            let now = state.settings.clock.now();
            state
                .db(move |connection| report_texts::save(connection, id, &texts, now))
                .await?;
            Ok(see_other(&format!(
                "/staff/reports/{}?done=saved#texts",
                survey.slug
            )))
        }
    }
}

fn kind_of(text: &str) -> Result<ReportKind, AppError> {
    ReportKind::parse(text).map_err(|_| AppError::NotFound)
}

/// The wave and kind a preview address names, and the report built from the data as it is now.
/// `?language=pl`: the Easy Read report in a language the wave is written in.
#[derive(Deserialize)]
pub struct InLanguage {
    language: Option<String>,
}

impl InLanguage {
    /// English unless the address names another language; a malformed tag is not found.
    fn language(&self) -> Result<Language, AppError> {
        match self.language.as_deref() {
            None => Ok(Language::english()),
            Some(tag) => Language::parse(tag).map_err(|_| AppError::NotFound),
        }
    }
}

/// A report prepared for a preview, with the line under its title: provisional while young people
/// can still answer.
struct Prepared {
    slug: String,
    kind: ReportKind,
    document: ReportDocument,
    status: String,
}

async fn prepared(
    state: &AppState,
    path: Path<(String, String)>,
    wanted: &InLanguage,
) -> Result<Prepared, AppError> {
    let (slug, kind) = path.into_inner();
    let kind = kind_of(&kind)?;
    let language = wanted.language()?;
    let survey = find_survey(state, &slug).await?;
    let status = if survey.status.results_are_provisional() {
        StaffWords.with(
            "staff-reports-status-provisional",
            &[("provisional", crate::reports::PROVISIONAL.into())],
        )
    } else {
        StaffWords.t("staff-reports-status-preview")
    };
    let today = state.settings.clock.today();
    let publisher = state.settings.organisation.name.clone();
    let document = state
        .reporting(move |connection| {
            let survey = Arc::unwrap_or_clone(survey);
            crate::reports::prepare_in(connection, survey, kind, &language, today, &publisher)
        })
        .await?;
    Ok(Prepared {
        slug,
        kind,
        document,
        status,
    })
}

pub async fn preview(
    state: Data<AppState>,
    path: Path<(String, String)>,
    wanted: Query<InLanguage>,
) -> Result<HttpResponse, AppError> {
    let Prepared {
        slug,
        kind,
        document,
        status,
    } = prepared(&state, path, &wanted).await?;
    let in_language = match document.language.as_str() {
        "en" => String::new(),
        tag => format!("?language={tag}"),
    };
    let links = vec![
        (
            format!("/staff/reports/{slug}"),
            StaffWords.t("staff-reports-back-to-wave"),
        ),
        (
            format!("/staff/reports/{slug}/{}/pdf{in_language}", kind.as_str()),
            StaffWords.t("staff-reports-download-as-pdf"),
        ),
    ];
    Ok(report_files::page(
        &document,
        links,
        Some(status.to_owned()),
    ))
}

pub async fn preview_pdf(
    state: Data<AppState>,
    path: Path<(String, String)>,
    wanted: Query<InLanguage>,
) -> Result<HttpResponse, AppError> {
    let Prepared {
        slug,
        kind,
        document,
        status,
    } = prepared(&state, path, &wanted).await?;
    let language = document.language.clone();
    // Typesetting is CPU work: off the async workers, like the database work.
    let bytes = web::block(move || pdf::render(&document, Some(&status)))
        .await?
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(report_files::pdf(
        bytes,
        &format!("{slug}-{}-{language}-preview.pdf", kind.as_str()),
    ))
}

pub async fn csv(
    state: Data<AppState>,
    path: Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let Some(name) = FILE_NAMES.into_iter().find(|name| *name == file) else {
        return Err(AppError::NotFound);
    };
    let survey = find_survey(&state, &slug).await?;
    let content = state
        .db(move |connection| {
            let tables = csv_tables(connection, Arc::unwrap_or_clone(survey))?;
            Ok(tables
                .into_iter()
                .find(|(file, _)| *file == name)
                .map(|(_, content)| content)
                .unwrap_or_default())
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{slug}-{name}\""),
        ))
        .body(content))
}

pub async fn publish(
    state: Data<AppState>,
    staff: CurrentStaff,
    path: Path<(String, String)>,
    wanted: Query<InLanguage>,
    _form: CheckedForm,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let (slug, kind) = path.into_inner();
    let kind = kind_of(&kind)?;
    let language = wanted.language()?;
    let survey = find_survey(&state, &slug).await?;
    let actor = staff.0.id;
    let to_publish = survey.clone();
    let publisher = state.settings.organisation.name.clone();
    let outcome = state
        .reporting(move |connection| {
            report_publishing::publish(
                connection,
                Arc::unwrap_or_clone(to_publish),
                kind,
                &language,
                actor,
                &clock,
                &publisher,
            )
        })
        .await?;
    match outcome {
        Ok(_) => Ok(see_other(&format!("/staff/reports/{slug}?done=published"))),
        Err(refused) => {
            let refusal = refused.to_string();
            let page = WavePage {
                typed: None,
                problem: None,
                refusal: Some(&refusal),
                notice: None,
                status: StatusCode::BAD_REQUEST,
            };
            wave_page(&state, &staff.0, &survey, page, &csrf_token).await
        }
    }
}

pub async fn read_published(
    state: Data<AppState>,
    id: Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = published_id(&id)?;
    let (report, document) = state
        .db(move |connection| publishing::find(connection, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let links = vec![
        (
            "/staff/reports".to_owned(),
            StaffWords.t("staff-reports-all-reports"),
        ),
        (
            format!("{}/pdf", published_href(&report)),
            StaffWords.t("staff-reports-download-as-pdf"),
        ),
    ];
    Ok(report_files::page(
        &document,
        links,
        Some(status_line_in(&report, &report.language)),
    ))
}

pub async fn published_pdf(
    state: Data<AppState>,
    id: Path<String>,
) -> Result<HttpResponse, AppError> {
    let (report, bytes) =
        report_files::published_pdf(&state, published_id(&id)?, Audience::Staff).await?;
    Ok(report_files::pdf(bytes, &pdf_file_name(&report)))
}

pub async fn email_board(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    _form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    if state.settings.board_emails.is_empty() {
        return Err(AppError::BadRequest(
            BoardEmailError::NoBoardList.to_string(),
        ));
    }
    let (report, bytes) =
        report_files::published_pdf(&state, published_id(&id)?, Audience::Staff).await?;
    let link = if report.kind.is_public_when_published() {
        format!("{}/findings/{}", state.settings.base_url, report.id)
    } else {
        format!("{}{}", state.settings.base_url, published_href(&report))
    };
    let attachment = Attachment {
        filename: pdf_file_name(&report),
        content_type: "application/pdf",
        bytes,
    };
    report_publishing::email_to_board(&state, staff.0.id, &report, &link, attachment).await?;
    let survey = report.survey;
    let slug = state
        .db(move |connection| surveys::find_by_id(connection, survey))
        .await?
        .ok_or(AppError::NotFound)?
        .slug;
    Ok(see_other(&format!("/staff/reports/{slug}?done=emailed")))
}
