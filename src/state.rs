//! What every request handler shares: settings, the database pool and the survey cache.

use std::sync::Arc;

use actix_web::web;

use crate::config::Settings;
use crate::db::survey_cache::SurveyCache;
use crate::db::{AnyConnection, DbError, DbPool};
use crate::email::Mailer;
use crate::error::AppError;
use crate::reports::ReportError;

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub pool: DbPool,
    pub mailer: Mailer,
    /// Surveys as respondents' pages need them, without reassembling one for every request.
    pub surveys: Arc<SurveyCache>,
}

impl AppState {
    pub fn new(settings: Settings, pool: DbPool, mailer: Mailer) -> AppState {
        AppState {
            settings: Arc::new(settings),
            pool,
            mailer,
            surveys: Arc::new(SurveyCache::default()),
        }
    }

    /// Runs blocking database work on actix's thread pool, with a pooled connection.
    pub async fn db<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.blocking(work).await
    }

    /// Like [`AppState::db`], for work that also draws charts or typesets a PDF.
    pub async fn reporting<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, ReportError> + Send + 'static,
    {
        self.blocking(work).await
    }

    async fn blocking<T, E, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        E: From<DbError> + Into<AppError> + Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, E> + Send + 'static,
    {
        let pool = self.pool.clone();
        let result = web::block(move || {
            let mut connection = pool.get().map_err(DbError::from)?;
            work(&mut connection)
        })
        .await?;
        result.map_err(Into::into)
    }
}

impl AppState {
    /// The built-in symbols and those the team uploaded.
    pub async fn symbol_library(&self) -> Result<crate::domain::symbols::SymbolLibrary, AppError> {
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
