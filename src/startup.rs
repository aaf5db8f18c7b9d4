//! Building the application: pool, migrations, routes and a bound listener.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::Compress;
use actix_web::{App, HttpServer};

use crate::config::Settings;
use crate::db::{self, DbPool};
use crate::email::Mailer;
use crate::state::AppState;
use crate::telemetry;
use crate::web;

/// The largest form body we read. A full free-text answer is 2,000 characters, at most 8 KB of
/// UTF-8, percent-encoded to roughly three times that.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Pool(#[from] db::connection::PoolError),
    #[error("could not get a database connection: {0}")]
    Connection(#[from] diesel::r2d2::PoolError),
    #[error("could not apply database migrations: {0}")]
    Migrations(String),
    #[error(transparent)]
    Mail(#[from] crate::email::MailError),
    #[error(transparent)]
    Key(#[from] crate::server_key::KeyError),
    #[error("could not listen on {address}: {source}")]
    Bind {
        address: String,
        source: std::io::Error,
    },
}

pub struct Application {
    port: u16,
    server: Server,
    pool: DbPool,
    mailer: Mailer,
}

impl Application {
    /// Connects to the database, applies pending migrations and binds the listener (not yet serving).
    pub fn build(settings: Settings) -> Result<Application, StartupError> {
        let pool = prepare_database(&settings)?;
        Self::build_with_pool(settings, pool)
    }

    pub fn build_with_pool(settings: Settings, pool: DbPool) -> Result<Application, StartupError> {
        let listener = TcpListener::bind(&settings.bind).map_err(|source| StartupError::Bind {
            address: settings.bind.clone(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind {
                address: settings.bind.clone(),
                source,
            })?
            .port();
        let mailer = Mailer::new(
            &settings.mail,
            &settings.mail_from,
            settings.clock,
            &settings.organisation.name,
        )?;
        let server_key = crate::server_key::load(&settings.secret_key)?;
        let state = AppState::new(settings, pool.clone(), mailer.clone(), server_key);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(actix_web::web::Data::new(state.clone()))
                .app_data(actix_web::web::PayloadConfig::new(MAX_FORM_BYTES))
                .wrap(web::middleware::friendly_errors())
                .wrap(actix_web::middleware::from_fn(
                    web::middleware::security_headers,
                ))
                .wrap(actix_web::middleware::from_fn(web::csrf::ensure_cookie))
                .wrap(Compress::default())
                .wrap(telemetry::access_log())
                .wrap(actix_web::middleware::from_fn(web::page_context::provide))
                .configure(web::routes)
        })
        .listen(listener)
        .map_err(|source| StartupError::Bind {
            address: "listener".into(),
            source,
        })?
        .shutdown_timeout(30)
        .run();
        Ok(Application {
            port,
            server,
            pool,
            mailer,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    /// The mailer the running app sends with (tests read the memory backend).
    pub fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Opens the pool and applies migrations, logging what was applied.
pub fn prepare_database(settings: &Settings) -> Result<DbPool, StartupError> {
    let pool = db::build_pool(&settings.database_url, settings.database_pool_size)?;
    let mut connection = pool.get()?;
    let applied = db::migrations::run_pending(&mut connection)
        .map_err(|error| StartupError::Migrations(error.to_string()))?;
    if !applied.is_empty() {
        tracing::info!(migrations = ?applied, "applied database migrations");
    }
    Ok(pool)
}
