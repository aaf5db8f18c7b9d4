//! Publishing a wave's report and sending it to the Board: each recorded in the audit log, the
//! publication in the same transaction as its new version.

use diesel::Connection;

use crate::clock::Clock;
use crate::db::{AnyConnection, DbError, audit_log};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;
use crate::domain::language_names::english_name;
use crate::domain::published_report::PublishedReport;
use crate::domain::report_kind::ReportKind;
use crate::domain::staff::EmailAddress;
use crate::domain::survey::Survey;
use crate::domain::wording::Language;
use crate::email::messages::{Attachment, OutgoingEmail, ReportPublished};
use crate::reports::ReportError;
use crate::reports::publishing::{self, PublishRefused};
use crate::state::AppState;

/// Freezes a new version of the wave's report; refused (nothing stored) when publishing it could
/// mislead or disclose.
pub fn publish(
    connection: &mut AnyConnection,
    survey: Survey,
    kind: ReportKind,
    language: &Language,
    by: UserId,
    clock: &Clock,
    publisher: &str,
) -> Result<Result<PublishedReport, PublishRefused>, ReportError> {
    connection.transaction(|connection| {
        let outcome = publishing::publish(connection, survey, kind, language, clock, publisher)?;
        if let Ok(published) = &outcome {
            audit_log::record(
                connection,
                Some(by),
                AuditAction::ReportPublished,
                &format!(
                    "{}, {} version {}",
                    published.title,
                    english_name(&published.language),
                    published.version
                ),
                clock.now(),
            )?;
        }
        Ok(outcome)
    })
}

#[derive(Debug, thiserror::Error)]
pub enum BoardEmailError {
    #[error("no Board list is set up: set BOARD_EMAILS to the Board's addresses first")]
    NoBoardList,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the email could not be sent: {0}")]
    Mail(String),
}

/// Emails a published report, as a PDF with a link, to every address on the Board list.
pub async fn email_to_board(
    state: &AppState,
    by: UserId,
    report: &PublishedReport,
    link: &str,
    attachment: Attachment,
) -> Result<(), BoardEmailError> {
    let detail = format!("{}, version {}", report.title, report.version);
    send_to_board(state, by, AuditAction::ReportEmailed, &detail, |address| {
        ReportPublished {
            to: address,
            report_title: &report.title,
            report_link: link,
            pdf: Some(attachment.clone()),
        }
        .render()
    })
    .await
}

/// Sends the email `for_address` writes to every address on the Board list, refused when there
/// is no list. The audit entry (`detail`, then how many addresses) is written first: if the log
/// cannot take it, nothing is sent.
pub async fn send_to_board(
    state: &AppState,
    by: UserId,
    action: AuditAction,
    detail: &str,
    for_address: impl Fn(&EmailAddress) -> OutgoingEmail,
) -> Result<(), BoardEmailError> {
    let addresses = &state.settings.board_emails;
    if addresses.is_empty() {
        return Err(BoardEmailError::NoBoardList);
    }
    let clock = state.settings.clock;
    let detail = format!("{detail}, to {} addresses", addresses.len());
    state
        .db(move |connection| audit_log::record(connection, Some(by), action, &detail, clock.now()))
        .await?;
    for address in addresses {
        state
            .mailer
            .send(for_address(address))
            .await
            .map_err(|error| BoardEmailError::Mail(error.to_string()))?;
    }
    Ok(())
}
