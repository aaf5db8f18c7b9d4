//! "You said, we did" from the actions register, as finished lines for a report or the findings
//! page: in the reader's language and register, each saying where the action stands. Lines for
//! the Board add the owning group, the note and whether it is overdue.

use chrono::NaiveDate;

use super::document::ActionLine;
use super::labels::day_in;
use crate::catalogue::{self, Arg};
use crate::domain::action_owner::ActionOwner;
use crate::domain::survey::ResponseFormat;
use crate::domain::tracked_action::{ActionStatus, TrackedAction};
use crate::domain::wording::Language;

/// Who reads the lines.
pub enum Readers<'a> {
    /// The Board's reports (English, standard): owner, note and lateness included.
    Board {
        owners: &'a [ActionOwner],
        today: NaiveDate,
    },
    /// Young people and the public, in their language and register: the action and where it
    /// stands, nothing about who inside the organisation owns it.
    Public {
        language: &'a Language,
        register: ResponseFormat,
    },
}

/// The lines for `actions`, in the order given.
pub fn lines(actions: &[TrackedAction], readers: &Readers<'_>) -> Vec<ActionLine> {
    actions.iter().map(|action| line(action, readers)).collect()
}

fn line(action: &TrackedAction, readers: &Readers<'_>) -> ActionLine {
    let english = Language::english();
    let (language, register) = match readers {
        Readers::Board { .. } => (&english, ResponseFormat::Standard),
        Readers::Public { language, register } => (*language, *register),
    };
    let words =
        |id: &str, args: &[(&str, Arg)]| catalogue::built_in().text(language, register, id, args);
    let due = ("date", Arg::Text(day_in(language, action.due_on)));
    let status = action.status.code();
    let mut status_words = words(&format!("action-status-{status}"), &[due]);
    let (you_said, we_did) = match register {
        ResponseFormat::EasyRead => (
            action.words.you_said_easy_read.clone(),
            action.words.we_do_easy_read.clone(),
        ),
        ResponseFormat::Standard => (action.words.you_said.clone(), action.words.we_do.clone()),
    };
    if let Readers::Board { owners, today } = readers {
        if action.is_overdue(*today) {
            status_words = format!(
                "Overdue: it was due by {}.",
                day_in(language, action.due_on)
            );
        }
        if let Some(owner) = owners.iter().find(|owner| owner.id == action.owner) {
            status_words.push_str(&format!(" Owned by {}.", owner.name));
        }
        if !action.status_note.is_empty() {
            status_words.push_str(&format!(" Note: {}", action.status_note));
        }
    }
    ActionLine {
        you_said,
        we_did,
        doing_label: Some(words(&format!("action-label-{status}"), &[])),
        status: status_words,
    }
}

/// A wave's actions in the order reports show them: what was done first, then what is under way,
/// what is planned, and last what was dropped. Dropped actions are shown too: young people
/// deserve to hear what did not happen as well as what did.
pub fn in_order_shown(actions: &[TrackedAction]) -> Vec<TrackedAction> {
    let rank = |status: ActionStatus| match status {
        ActionStatus::Done => 0,
        ActionStatus::Doing => 1,
        ActionStatus::Planned => 2,
        ActionStatus::Dropped => 3,
    };
    let mut shown = actions.to_vec();
    shown.sort_by_key(|action| (rank(action.status), action.due_on, action.added_at));
    shown
}
