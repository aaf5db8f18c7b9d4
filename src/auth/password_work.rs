//! argon2 is slow on purpose: it runs on the blocking pool, never while holding a database
//! connection, and on at most half the cores at a time (at least one), so a flood of sign-ins
//! queues here while young people's survey pages keep a core and their connections.

use std::sync::Arc;

use tokio::sync::Semaphore;

use super::password;
use crate::domain::staff::NewPassword;
use crate::error::AppError;

#[derive(Debug, Clone)]
pub struct PasswordWork(Arc<Semaphore>);

impl Default for PasswordWork {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        PasswordWork(Arc::new(Semaphore::new((cores / 2).max(1))))
    }
}

impl PasswordWork {
    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self
            .0
            .acquire()
            .await
            .map_err(|_| AppError::Internal("password work has stopped".into()))?;
        Ok(actix_web::web::block(job).await?)
    }

    /// See [`password::verify`]: unknown accounts cost the same as known ones.
    pub async fn verify(&self, stored: Option<String>, typed: String) -> Result<bool, AppError> {
        self.run(move || password::verify(stored.as_deref(), &typed))
            .await
    }

    pub async fn hash(&self, new: NewPassword) -> Result<String, AppError> {
        self.run(move || password::hash(&new)).await
    }
}
