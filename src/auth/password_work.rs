//! argon2 is slow on purpose: it runs on the blocking pool, never while holding a database
//! connection, and on at most half the cores at a time (at least one), so a flood of sign-ins
//! queues here while young people's survey pages keep a core and their connections.

use std::sync::Arc;

use tokio::sync::Semaphore;

use super::password;
use crate::domain::staff::NewPassword;

/// The server is stopping: password work is no longer taken.
#[derive(Debug, thiserror::Error)]
#[error("password work has stopped")]
pub struct PasswordWorkStopped;

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
    ) -> Result<T, PasswordWorkStopped> {
        let _permit = self.0.acquire().await.map_err(|_| PasswordWorkStopped)?;
        tokio::task::spawn_blocking(job)
            .await
            .map_err(|_| PasswordWorkStopped)
    }

    /// See [`password::verify`]: unknown accounts cost the same as known ones.
    pub async fn verify(
        &self,
        stored: Option<String>,
        typed: String,
    ) -> Result<bool, PasswordWorkStopped> {
        self.run(move || password::verify(stored.as_deref(), &typed))
            .await
    }

    pub async fn hash(&self, new: NewPassword) -> Result<String, PasswordWorkStopped> {
        self.run(move || password::hash(&new)).await
    }
}
