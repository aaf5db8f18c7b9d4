//! What staff accounts can do: sign in and out, set up the first admin, invite, accept,
//! reset passwords, change roles, disable. Each action writes its audit entry in the same
//! transaction as its change.

pub mod admin;
pub mod onboarding;
pub mod passwords;
pub mod sessions;

pub use crate::domain::field_problem::FieldProblem;

use crate::auth::password_work::PasswordWorkStopped;
use crate::db::DbError;

/// Why an account action could not be done at all (as opposed to a form that needs fixing).
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    PasswordWork(#[from] PasswordWorkStopped),
    #[error("the email could not be sent: {0}")]
    Mail(String),
}

impl From<diesel::result::Error> for AccountError {
    fn from(error: diesel::result::Error) -> Self {
        AccountError::Db(DbError::Query(error))
    }
}

pub enum AccountOutcome<T> {
    Done(T),
    /// The form needs fixing.
    Fix(Vec<FieldProblem>),
    /// The link is unknown, used or expired.
    LinkNotValid,
}

/// What a new-account form says.
pub struct AccountForm {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub confirmation: String,
}
