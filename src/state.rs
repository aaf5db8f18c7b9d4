//! What every request handler and command shares: settings (with the clock), the database pool,
//! the mailer, the survey cache and the guess limits.

use std::sync::Arc;
use std::time::Duration;

use crate::auth::attempt_limiter::AttemptLimiter;
use crate::auth::password_work::PasswordWork;
use crate::config::Settings;
use crate::db::survey_cache::SurveyCache;
use crate::db::{AnyConnection, DbError, DbPool};
use crate::domain::tokens::ServerKey;
use crate::email::Mailer;
use crate::reports::ReportError;

/// Resume-code guesses checked per client address, and overall, in each quarter hour. A code is
/// used once, so even a school sharing one address needs few; 48-bit codes at 2,000 guesses an
/// hour give an attacker about one chance in 10^11 a day for each live code.
const RESUME_GUESSES_PER_CLIENT: u32 = 20;
const RESUME_GUESSES_OVERALL: u32 = 500;
/// Staff sign-ins checked per client address and overall in each quarter hour (each account is
/// also locked after five wrong passwords), and password-reset requests per client address.
const SIGN_INS_PER_CLIENT: u32 = 50;
const SIGN_INS_OVERALL: u32 = 1_000;
const RESET_REQUESTS_PER_CLIENT: u32 = 10;
const RESET_REQUESTS_OVERALL: u32 = 200;
const GUESS_WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub pool: DbPool,
    pub mailer: Mailer,
    /// Surveys as respondents' pages need them, without reassembling one for every request.
    pub surveys: Arc<SurveyCache>,
    /// Keys the stored hashes of resume codes; never in the database.
    pub server_key: ServerKey,
    pub resume_guesses: Arc<AttemptLimiter>,
    pub sign_in_guesses: Arc<AttemptLimiter>,
    pub reset_requests: Arc<AttemptLimiter>,
    pub password_work: PasswordWork,
}

impl AppState {
    pub fn new(
        settings: Settings,
        pool: DbPool,
        mailer: Mailer,
        server_key: ServerKey,
    ) -> AppState {
        AppState {
            settings: Arc::new(settings),
            pool,
            mailer,
            surveys: Arc::new(SurveyCache::default()),
            server_key,
            resume_guesses: Arc::new(AttemptLimiter::new(
                RESUME_GUESSES_PER_CLIENT,
                RESUME_GUESSES_OVERALL,
                GUESS_WINDOW,
            )),
            sign_in_guesses: Arc::new(AttemptLimiter::new(
                SIGN_INS_PER_CLIENT,
                SIGN_INS_OVERALL,
                GUESS_WINDOW,
            )),
            reset_requests: Arc::new(AttemptLimiter::new(
                RESET_REQUESTS_PER_CLIENT,
                RESET_REQUESTS_OVERALL,
                GUESS_WINDOW,
            )),
            password_work: PasswordWork::default(),
        }
    }

    /// Runs blocking database work off the async workers, with a pooled connection.
    pub async fn db<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.run(work).await
    }

    /// Like [`AppState::db`], for work that also draws charts or typesets a PDF.
    pub async fn reporting<T, F>(&self, work: F) -> Result<T, ReportError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, ReportError> + Send + 'static,
    {
        self.run(work).await
    }

    /// Runs one use case's blocking work (see `crate::app`) with a pooled connection, keeping
    /// the use case's own error type.
    pub async fn run<T, E, F>(&self, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, E> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut connection = pool.get().map_err(DbError::from)?;
            work(&mut connection)
        })
        .await
        .map_err(|_| DbError::WorkerStopped)?
    }
}

impl AppState {
    /// The built-in symbols and those the team uploaded.
    pub async fn symbol_library(&self) -> Result<crate::domain::symbols::SymbolLibrary, DbError> {
        let uploaded = self.db(crate::db::uploaded_symbols::records).await?;
        Ok(crate::assets::built_in_symbols().with(uploaded))
    }

    /// Childline and the emergency number first, then the deployment's local contacts.
    pub fn support_contacts(&self) -> Vec<crate::domain::support::SupportContact> {
        let mut contacts = crate::domain::support::national_contacts();
        contacts.extend(self.settings.local_support_contacts.iter().cloned());
        contacts
    }
}
