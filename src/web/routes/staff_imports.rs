//! Importing a CSV file on the Data page (admins and analysts): upload, check with a preview of the
//! first rows, then confirm or cancel. The upload is held in `pending_imports` in between, visible
//! only to whoever uploaded it.

use actix_multipart::MultipartError;
use actix_multipart::form::bytes::Bytes as UploadedFile;
use actix_multipart::form::text::Text;
use actix_multipart::form::{MultipartForm, MultipartFormConfig};
use actix_web::HttpResponse;
use actix_web::error::PayloadError;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};
use chrono::Duration;

use super::redirect::{html, see_other};
use super::staff_data::data_page;
use crate::app::actor::Actor;
use crate::app::imports::{self, CheckedFile, ImportRefused, Importer, StoredImport, preview};
use crate::app::progress::Silent;
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::db::pending_imports::{self, PendingImport};
use crate::db::{DbError, imported_totals, responses, surveys};
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::{PendingImportId, SurveyId, UserId};
use crate::domain::import_kind::{ImportKind, ImportMode};
use crate::domain::survey::Survey;
use crate::domain::wide_csv::ImportProblem;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::import_pages::{self, CheckView, PREVIEW_ROWS, UploadChoices, WaveHolds};

/// Big enough for 100,000 responses to the Be Supported survey (about 12 MB).
pub const LARGEST_UPLOAD_BYTES: usize = 32 * 1024 * 1024;

/// Uploads nobody confirmed are deleted after this long: they may hold unchecked free text.
const UPLOAD_KEPT_FOR_HOURS: i64 = 24;

#[derive(MultipartForm)]
pub struct ImportUpload {
    csrf_token: Option<Text<String>>,
    survey: Option<Text<String>>,
    kind: Option<Text<String>>,
    #[multipart(limit = "32 MiB")]
    file: Option<UploadedFile>,
}

/// Reads the upload form in memory up to the limit; anything malformed or too large becomes our
/// own error page instead of actix's plain-text one.
pub fn upload_config() -> MultipartFormConfig {
    MultipartFormConfig::default()
        .total_limit(LARGEST_UPLOAD_BYTES + 64 * 1024)
        .memory_limit(LARGEST_UPLOAD_BYTES + 64 * 1024)
        .error_handler(|error, _| match error {
            MultipartError::Payload(PayloadError::Overflow) => AppError::TooLarge.into(),
            _ => AppError::BadRequest("the upload could not be read as a form with a file".into())
                .into(),
        })
}

pub async fn upload(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: MultipartForm<ImportUpload>,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_inner();
    csrf_token.verify(form.csrf_token.as_ref().map(|token| token.as_str()))?;
    let choices = UploadChoices {
        survey: form.survey.as_ref().and_then(|id| SurveyId::parse(id).ok()),
        kind: form
            .kind
            .as_ref()
            .and_then(|kind| ImportKind::parse(kind).ok()),
    };
    let chosen_survey = match choices.survey {
        Some(id) => {
            state
                .db(move |connection| surveys::find_by_id(connection, id))
                .await?
        }
        None => None,
    };
    let file = form.file.filter(|file| !file.data.is_empty());
    let mut problems = Vec::new();
    if chosen_survey.is_none() {
        problems.push(FieldProblem::new("survey", "staff-problem-import-wave"));
    }
    if choices.kind.is_none() {
        problems.push(FieldProblem::new("kind", "staff-problem-import-kind"));
    }
    if file.is_none() {
        problems.push(FieldProblem::new("file", "staff-problem-import-file"));
    }
    let (Some(survey), Some(kind), Some(file)) = (chosen_survey, choices.kind, file) else {
        return data_page(
            &state,
            &staff.0,
            None,
            &choices,
            &problems,
            StatusCode::UNPROCESSABLE_ENTITY,
            &csrf_token,
        )
        .await;
    };
    let pending = PendingImport {
        id: PendingImportId::new_random(),
        survey: survey.id,
        kind,
        file_name: shown_file_name(file.file_name.as_deref()),
        contents: file.data.to_vec(),
        uploaded_at: clock.now(),
    };
    let uploader = staff.0.id;
    let location = format!("/staff/data/imports/{}", pending.id);
    state
        .db(move |connection| {
            pending_imports::delete_uploaded_before(
                connection,
                clock.now() - Duration::hours(UPLOAD_KEPT_FOR_HOURS),
            )?;
            pending_imports::insert(connection, uploader, &pending)
        })
        .await?;
    Ok(see_other(&location))
}

/// The name the browser sent, without any folders, short enough for a page and the audit log.
fn shown_file_name(sent: Option<&str>) -> String {
    let name = sent
        .and_then(|name| name.rsplit(['/', '\\']).next())
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .unwrap_or("upload.csv");
    name.chars().filter(|c| !c.is_control()).take(120).collect()
}

/// An upload with its wave and what the wave holds now.
struct Upload {
    pending: PendingImport,
    survey: Survey,
    holds: WaveHolds,
}

async fn find_upload(state: &AppState, id: &str, uploader: UserId) -> Result<Upload, AppError> {
    let id = PendingImportId::parse(id).map_err(|_| AppError::NotFound)?;
    let found = state
        .db(move |connection| {
            let Some(pending) = pending_imports::find_for_uploader(connection, id, uploader)?
            else {
                return Ok(None);
            };
            let Some(survey) = surveys::find_by_id(connection, pending.survey)? else {
                return Ok(None);
            };
            let holds = WaveHolds {
                responses: responses::count_for_survey(connection, survey.id)?,
                totals: imported_totals::exist_for_survey(connection, survey.id)?,
            };
            Ok(Some(Upload {
                pending,
                survey,
                holds,
            }))
        })
        .await?;
    found.ok_or(AppError::NotFound)
}

/// Reads and checks the whole file (off the async threads: a big file takes a moment).
async fn check_file(
    upload: Upload,
) -> Result<(Upload, Result<CheckedFile, Vec<ImportProblem>>), AppError> {
    Ok(actix_web::web::block(move || {
        let checked = imports::read(
            upload.pending.kind,
            &upload.survey,
            &upload.pending.contents,
        );
        (upload, checked)
    })
    .await?)
}

fn check_page(
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    upload: &Upload,
    checked: &Result<CheckedFile, Vec<ImportProblem>>,
    refusal: Option<&str>,
) -> maud::Markup {
    let action = format!("/staff/data/imports/{}", upload.pending.id);
    let cancel_action = format!("{action}/cancel");
    let preview = preview::first_rows(&upload.pending.contents, PREVIEW_ROWS);
    import_pages::check(&CheckView {
        me: &staff.0,
        csrf_token: csrf_token.value(),
        action: &action,
        cancel_action: &cancel_action,
        file_name: &upload.pending.file_name,
        kind: upload.pending.kind,
        survey: &upload.survey,
        preview: &preview,
        check: checked
            .as_ref()
            .map(CheckedFile::len)
            .map_err(Vec::as_slice),
        holds: upload.holds,
        refusal,
    })
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
) -> Result<HttpResponse, AppError> {
    let upload = find_upload(&state, &id, staff.0.id).await?;
    let (upload, checked) = check_file(upload).await?;
    Ok(html(
        StatusCode::OK,
        check_page(&staff, &csrf_token, &upload, &checked, None),
    ))
}

pub async fn confirm(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let mode = match form.get("mode") {
        None => ImportMode::IntoEmptyWave,
        Some("append") => ImportMode::Append,
        Some("replace") => ImportMode::Replace,
        Some(_) => return Err(AppError::BadRequest("an unknown import choice".into())),
    };
    let upload = find_upload(&state, &id, staff.0.id).await?;
    let (upload, checked) = check_file(upload).await?;
    let Ok(file) = checked else {
        let page = check_page(&staff, &csrf_token, &upload, &checked, None);
        return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page));
    };
    let actor = staff.0.id;
    let now = state.settings.clock.now();
    let (upload, file, outcome) = state
        .db(move |connection| {
            let importer = Importer {
                actor: Actor::Staff(actor),
                file_name: &upload.pending.file_name,
                now,
                progress: &Silent,
            };
            let outcome = match imports::store(connection, &upload.survey, &file, mode, &importer) {
                Ok(stored) => {
                    pending_imports::delete(connection, upload.pending.id)?;
                    Ok(stored)
                }
                Err(ImportRefused::Database(error)) => return Err::<_, DbError>(error),
                Err(refused) => Err(refused),
            };
            Ok((upload, file, outcome))
        })
        .await?;
    match outcome {
        Ok(StoredImport { .. }) => Ok(see_other("/staff/data?done=imported")),
        Err(refused) => {
            let message = refusal_message(upload.pending.kind, &refused);
            let page = check_page(&staff, &csrf_token, &upload, &Ok(file), Some(&message));
            Ok(html(StatusCode::CONFLICT, page))
        }
    }
}

/// A refused import, worded for the check page's choices.
fn refusal_message(kind: ImportKind, refused: &ImportRefused) -> String {
    let w = StaffWords;
    match (refused, kind) {
        (ImportRefused::WaveHasResponses { existing }, _) => w.with(
            "staff-imports-refused-has-responses",
            &[("count", (*existing).into())],
        ),
        (ImportRefused::WaveHasTotals, ImportKind::Responses) => {
            w.t("staff-imports-refused-has-totals-responses")
        }
        (ImportRefused::WaveHasTotals, ImportKind::Totals) => {
            w.t("staff-imports-refused-has-totals")
        }
        (ImportRefused::TotalsBesideResponses { existing }, _) => w.with(
            "staff-imports-refused-totals-beside-responses",
            &[("count", (*existing).into())],
        ),
        (ImportRefused::Database(_), _) => w.t("staff-imports-refused-database"),
    }
}

pub async fn cancel(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let upload = find_upload(&state, &id, staff.0.id).await?;
    state
        .db(move |connection| pending_imports::delete(connection, upload.pending.id))
        .await?;
    Ok(see_other("/staff/data?done=cancelled"))
}

#[cfg(test)]
mod tests {
    use super::shown_file_name;

    #[test]
    fn file_names_lose_their_folders_and_control_characters() {
        assert_eq!(shown_file_name(Some("C:\\Users\\me\\2021.csv")), "2021.csv");
        assert_eq!(shown_file_name(Some("/home/me/2021.csv")), "2021.csv");
        assert_eq!(shown_file_name(Some("a\nb.csv")), "ab.csv");
        assert_eq!(shown_file_name(Some("  ")), "upload.csv");
        assert_eq!(shown_file_name(None), "upload.csv");
    }
}
