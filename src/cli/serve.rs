//! `serve`: the web server, with the moderation digest, overdue-action reminders and upkeep
//! running beside it.

use super::{CliError, connection};
use crate::app::accounts::onboarding;
use crate::app::actor::Actor;
use crate::app::retention::{self, RunMode};
use crate::app::{moderation_digest, overdue_actions};
use crate::config::Settings;
use crate::db;
use crate::demo;
use crate::startup::{Application, prepare_database};
use crate::state::AppState;

/// How often the server runs its upkeep (expired drafts, ended sessions, spent links, SQLite's
/// write-ahead log) and checks whether today's retention run is still to do.
const UPKEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(10 * 60);

pub(super) fn serve(settings: Settings, load_demo: bool) -> Result<(), CliError> {
    if let Some(folder) = &settings.messages_dir {
        let added = crate::catalogue::install(folder)
            .map_err(|error| CliError::Usage(format!("MESSAGES_DIR: {error}")))?;
        let tags: Vec<String> = added.iter().map(ToString::to_string).collect();
        tracing::info!(languages = %tags.join(", "), "interface languages added");
    }
    let pool = prepare_database(&settings)?;
    if load_demo {
        let mut connection = connection(&pool)?;
        let loaded = demo::load(&mut connection)?;
        demo::load_planned_wave(&mut connection)?;
        demo::load_working_group(&mut connection, &settings.clock)?;
        demo::load_reports(
            &mut connection,
            &settings.clock,
            &settings.organisation.name,
        )
        .map_err(|error| CliError::Output(error.to_string()))?;
        tracing::info!(
            waves = loaded.waves_created,
            responses = loaded.responses_created,
            "demo data ready"
        );
    }
    let base_url = settings.base_url.clone();
    {
        let mut connection = connection(&pool)?;
        if let Some(link) =
            onboarding::first_admin_link(&mut connection, &base_url, settings.clock.now())?
        {
            // Printed, not logged: the link is a secret for whoever started the server.
            println!(
                "\nNo admin account exists yet. Create the first one (this link works once, for 24 hours):\n  {link}\n"
            );
        }
    }
    actix_web::rt::System::new().block_on(async move {
        let digest_settings = settings.clone();
        let application = Application::build_with_pool(settings, pool)?;
        let server_key = crate::server_key::load(&digest_settings.secret_key)
            .map_err(|e| CliError::Usage(e.to_string()))?;
        tracing::info!(
            "youthvoice is running at {base_url} (port {})",
            application.port()
        );
        let digest_state = AppState::new(
            digest_settings,
            application.pool().clone(),
            application.mailer().clone(),
            server_key,
        );
        let upkeep_state = digest_state.clone();
        actix_web::rt::spawn(async move {
            loop {
                let now = digest_state.settings.clock.now();
                if let Err(error) = moderation_digest::send_if_due(&digest_state, now).await {
                    tracing::error!(%error, "the moderation digest failed");
                }
                if let Err(error) = overdue_actions::remind_if_due(&digest_state, now).await {
                    tracing::error!(%error, "the overdue-action reminders failed");
                }
                actix_web::rt::time::sleep(moderation_digest::CHECK_EVERY).await;
            }
        });
        actix_web::rt::spawn(async move {
            let mut retention_applied_on = None;
            loop {
                let clock = upkeep_state.settings.clock;
                let now = clock.now();
                if let Err(error) = upkeep_state
                    .db(move |connection| db::upkeep::frequent(connection, now))
                    .await
                {
                    tracing::error!(%error, "upkeep failed");
                }
                let today = clock.today();
                if retention_applied_on != Some(today) {
                    let policy = upkeep_state.settings.retention;
                    let applied = upkeep_state
                        .db(move |connection| {
                            retention::apply(
                                connection,
                                &policy,
                                Actor::Scheduled,
                                RunMode::Apply,
                                today,
                                clock.now(),
                            )
                        })
                        .await;
                    match applied {
                        Ok(done) => {
                            if !done.is_empty() {
                                tracing::info!(%done, "retention rules applied");
                            }
                            retention_applied_on = Some(today);
                        }
                        // Tried again at the next upkeep: a busy database (another server's
                        // write between this run's reads and its deletes) must not cost a day.
                        Err(error) => tracing::error!(%error, "the retention rules failed"),
                    }
                }
                actix_web::rt::time::sleep(UPKEEP_EVERY).await;
            }
        });
        application.run_until_stopped().await?;
        Ok(())
    })
}
