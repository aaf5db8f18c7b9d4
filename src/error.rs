//! The one error type of the web layer: each variant knows its HTTP status and its friendly page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::db::DbError;
use crate::web::views::error_pages;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    /// A form no honest browser would send; the reason is shown to help whoever is testing.
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("the form's security token is missing or wrong")]
    CsrfRejected,
    /// A staff page that needs signing in; answered with a redirect to the sign-in page.
    #[error("sign in required")]
    SignInRequired,
    /// Signed in, but the role does not allow this.
    #[error("the signed-in role may not do this")]
    Forbidden,
    /// A moderator acting on a wave nobody assigned to them.
    #[error("the moderator is not assigned to this wave")]
    NotYourWave,
    #[error("the survey {title:?} is closed")]
    SurveyClosed { title: String },
    #[error("the request was too large")]
    TooLarge,
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::CsrfRejected | AppError::Forbidden | AppError::NotYourWave => {
                StatusCode::FORBIDDEN
            }
            AppError::SignInRequired => StatusCode::SEE_OTHER,
            AppError::SurveyClosed { .. } => StatusCode::GONE,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if status.is_server_error() {
            // Errors here never carry form contents, so logging them keeps responses anonymous.
            tracing::error!(error = %self, "request failed");
        }
        if let AppError::SignInRequired = self {
            return HttpResponse::SeeOther()
                .insert_header((actix_web::http::header::LOCATION, "/staff/sign-in"))
                .finish();
        }
        let page = match self {
            AppError::SurveyClosed { title } => error_pages::survey_closed(title),
            AppError::Forbidden => error_pages::forbidden(),
            AppError::NotYourWave => error_pages::not_your_wave(),
            AppError::BadRequest(reason) => error_pages::bad_request(reason),
            _ => error_pages::for_status(status),
        };
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(page.into_string())
    }
}

impl From<crate::reports::ReportError> for AppError {
    fn from(error: crate::reports::ReportError) -> Self {
        match error {
            crate::reports::ReportError::Db(error) => AppError::Database(error),
            // A link to a language the wave is not (or no longer) written in.
            crate::reports::ReportError::NotWrittenIn(_)
            | crate::reports::ReportError::BoardReportsAreEnglish => AppError::NotFound,
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<crate::app::report_publishing::BoardEmailError> for AppError {
    fn from(error: crate::app::report_publishing::BoardEmailError) -> Self {
        use crate::app::report_publishing::BoardEmailError;
        match error {
            BoardEmailError::NoBoardList => AppError::BadRequest(error.to_string()),
            BoardEmailError::Db(error) => AppError::Database(error),
            BoardEmailError::Mail(_) => AppError::Internal(error.to_string()),
        }
    }
}

impl From<crate::app::accounts::AccountError> for AppError {
    fn from(error: crate::app::accounts::AccountError) -> Self {
        match error {
            crate::app::accounts::AccountError::Db(error) => AppError::Database(error),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<crate::auth::password_work::PasswordWorkStopped> for AppError {
    fn from(error: crate::auth::password_work::PasswordWorkStopped) -> Self {
        AppError::Internal(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(_: actix_web::error::BlockingError) -> Self {
        AppError::Internal("the database worker pool is shutting down".into())
    }
}
