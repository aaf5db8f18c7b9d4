//! A wave's translations on the staff pages: the same use cases as `survey translation` on the
//! command line.

use actix_multipart::form::MultipartForm;
use actix_multipart::form::bytes::Bytes as UploadedFile;
use actix_multipart::form::text::Text;
use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::{Data, Path, Query};

use super::redirect::{html, see_other};
use super::staff_surveys::{DoneQuery, wave};
use crate::app::actor::Actor;
use crate::app::translations::{self, TranslationError};
use crate::auth::access::CurrentStaff;
use crate::catalogue;
use crate::domain::ids::Slug;
use crate::domain::translation_sheet;
use crate::domain::wide_csv::ImportProblem;
use crate::domain::wording::Language;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::translation_pages::{self, TranslationsView};

#[derive(MultipartForm)]
pub struct SheetUpload {
    csrf_token: Option<Text<String>>,
    language: Option<Text<String>>,
    #[multipart(limit = "2 MiB")]
    file: Option<UploadedFile>,
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    let page = translation_pages::render(&TranslationsView {
        me: &staff.0,
        survey: &survey,
        offered: &translated_languages(),
        problems: &[],
        done: query.done(),
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::OK, page))
}

pub async fn sheet(
    state: Data<AppState>,
    path: Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, tag) = path.into_inner();
    let language = offered_language(&tag).ok_or(AppError::NotFound)?;
    let survey = wave(&state, &slug).await?;
    let body = translation_sheet::write_csv(&translation_sheet::rows(&survey, &language));
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}-{language}.csv\"", survey.slug),
        ))
        .body(body))
}

pub async fn import(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: MultipartForm<SheetUpload>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    csrf_token.verify(form.csrf_token.as_ref().map(|token| token.as_str()))?;
    let survey = wave(&state, &slug).await?;
    let language = form
        .language
        .as_ref()
        .and_then(|tag| offered_language(tag))
        .ok_or_else(|| AppError::BadRequest("a language the pages are not written in".into()))?;
    let text = form
        .file
        .filter(|file| !file.data.is_empty())
        .map(|file| String::from_utf8(file.data.to_vec()));
    let sheet = match text {
        Some(Ok(text)) => text,
        unusable => {
            let problem = match unusable {
                Some(_) => "staff-translations-problem-not-utf8",
                None => "staff-translations-problem-no-file",
            };
            return refused(
                &state,
                &staff,
                &csrf_token,
                &survey.slug,
                vec![file_problem(problem)],
            )
            .await;
        }
    };
    let actor = Actor::Staff(staff.0.id);
    let now = state.settings.clock.now();
    let target = survey.slug.clone();
    let imported = state
        .run(move |connection| {
            translations::import(connection, &target, &language, &sheet, actor, now)
        })
        .await;
    match imported {
        Ok(survey) => Ok(see_other(&format!(
            "/staff/surveys/{}/translations?done=imported",
            survey.slug
        ))),
        Err(TranslationError::Problems(problems)) => {
            refused(&state, &staff, &csrf_token, &survey.slug, problems).await
        }
        Err(TranslationError::NoSuchWave(_)) => Err(AppError::NotFound),
        Err(TranslationError::Db(error)) => Err(AppError::Database(error)),
    }
}

pub async fn remove(
    state: Data<AppState>,
    staff: CurrentStaff,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let (slug, tag) = path.into_inner();
    let slug = Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let language = offered_language(&tag).ok_or(AppError::NotFound)?;
    let actor = Actor::Staff(staff.0.id);
    let now = state.settings.clock.now();
    let target = slug.clone();
    let removed = state
        .run(move |connection| translations::remove(connection, &target, &language, actor, now))
        .await;
    match removed {
        Ok(_) => Ok(see_other(&format!(
            "/staff/surveys/{slug}/translations?done=removed"
        ))),
        Err(TranslationError::NoSuchWave(_)) => Err(AppError::NotFound),
        Err(TranslationError::Db(error)) => Err(AppError::Database(error)),
        Err(TranslationError::Problems(_)) => Err(AppError::Internal(
            "removing a translation reads no sheet".into(),
        )),
    }
}

/// The page again, with why the sheet was not stored.
async fn refused(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    slug: &Slug,
    problems: Vec<ImportProblem>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(state, slug.as_str()).await?;
    let page = translation_pages::render(&TranslationsView {
        me: &staff.0,
        survey: &survey,
        offered: &translated_languages(),
        problems: &problems,
        done: None,
        csrf_token: csrf_token.value(),
    });
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page))
}

fn file_problem(message: &'static str) -> ImportProblem {
    ImportProblem {
        line: 0,
        column: None,
        message: message.into(),
    }
}

/// The languages other than English that young people can choose (the catalogue's).
fn translated_languages() -> Vec<Language> {
    catalogue::built_in()
        .languages()
        .iter()
        .filter(|language| !language.is_english())
        .cloned()
        .collect()
}

fn offered_language(tag: &str) -> Option<Language> {
    let language = Language::parse(tag).ok()?;
    (!language.is_english() && catalogue::built_in().languages().contains(&language))
        .then_some(language)
}
