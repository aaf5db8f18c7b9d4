//! A programme's Board update: prepared from its latest closed wave (an open wave's numbers are
//! still changing and are not for the Board), and emailed to the Board's list with its PDF. Each
//! sending is audited and remembered, so the next update says what changed since.

use super::report_publishing::{BoardEmailError, send_to_board};
use crate::clock::Clock;
use crate::db::{AnyConnection, board_updates, surveys};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;
use crate::domain::programme::Programme;
use crate::domain::report_kind::ReportKind;
use crate::email::messages::{Attachment, BoardUpdateReady};
use crate::reports::document::{Block, ReportDocument};
use crate::reports::inputs::gather;
use crate::reports::publishing::{PublishRefused, refusal_to_release};
use crate::reports::{self, ReportError};
use crate::state::AppState;

/// What preparing a programme's Board update came to.
#[derive(Debug)]
pub enum BoardUpdate {
    Ready(Box<ReportDocument>),
    /// No wave of the programme has closed: the update is made from the latest closed one.
    NoClosedWave,
    /// The latest closed wave's numbers may not leave the team, for the same reasons a report
    /// could not be published (see `reports::publishing::refusal_to_release`).
    Withheld {
        year: i32,
        why: PublishRefused,
    },
}

/// The programme's Board update as the data stands now.
pub fn prepare(
    connection: &mut AnyConnection,
    programme: &Programme,
    clock: &Clock,
    publisher: &str,
) -> Result<BoardUpdate, ReportError> {
    let waves = surveys::list_of_programme(connection, programme.id)?;
    let latest_closed = waves
        .iter()
        .filter(|wave| !wave.status.results_are_provisional())
        .max_by_key(|wave| wave.year)
        .cloned();
    // The list holds each wave without its questions: read the whole wave.
    let Some(wave) = latest_closed
        .map(|listed| surveys::find_by_id(connection, listed.id))
        .transpose()?
        .flatten()
    else {
        return Ok(BoardUpdate::NoClosedWave);
    };
    let still_open: Vec<i32> = waves
        .iter()
        .filter(|other| other.status.results_are_provisional() && other.year >= wave.year)
        .map(|other| other.year)
        .collect();
    let year = wave.year;
    let inputs = gather(connection, wave, clock.today(), publisher)?;
    if let Some(why) = refusal_to_release(connection, &inputs)? {
        return Ok(BoardUpdate::Withheld { year, why });
    }
    let mut document = reports::build(ReportKind::BoardUpdate, &inputs)?;
    if let (Some(year), Some(section)) = (still_open.first(), document.sections.first_mut()) {
        section.blocks.insert(
            0,
            Block::Note {
                text: format!(
                    "The {year} survey is still open. Its numbers are not here until it closes; \
                     staff can see them as early findings."
                ),
            },
        );
    }
    Ok(BoardUpdate::Ready(Box::new(document)))
}

/// Emails the update's PDF to every address on the Board list, then remembers when, so the next
/// update says what changed since.
pub async fn email_to_board(
    state: &AppState,
    by: UserId,
    programme: &Programme,
    link: &str,
    attachment: Attachment,
) -> Result<(), BoardEmailError> {
    let title = format!("{}: Board update", programme.name);
    send_to_board(
        state,
        by,
        AuditAction::BoardUpdateEmailed,
        &programme.name,
        |address| {
            BoardUpdateReady {
                to: address,
                title: &title,
                link,
                pdf: attachment.clone(),
            }
            .render()
        },
    )
    .await?;
    let (id, count, sent_at) = (
        programme.id,
        state.settings.board_emails.len(),
        state.settings.clock.now(),
    );
    state
        .db(move |connection| board_updates::record(connection, id, sent_at, count))
        .await?;
    Ok(())
}
