//! The actions register in SQL: actions with their measures, each status change kept beside them,
//! and the claim that makes an overdue reminder go out once however many servers run.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{action_status_changes, tracked_action_measures, tracked_actions};
use crate::domain::ids::{ActionId, OwnerId, SurveyId};
use crate::domain::survey::PlanItem;
use crate::domain::tracked_action::{
    ActionDraft, ActionStatus, ActionWords, NewStatus, StatusChange, TrackedAction,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = tracked_actions)]
struct ActionRow {
    id: String,
    survey_id: String,
    you_said: String,
    you_said_easy_read: String,
    we_do: String,
    we_do_easy_read: String,
    owner_id: String,
    due_on: NaiveDate,
    status: String,
    status_note: String,
    status_changed_at: NaiveDateTime,
    overdue_reminded_for: Option<NaiveDate>,
    added_at: NaiveDateTime,
}

fn from_row(row: ActionRow, measures: Vec<PlanItem>) -> Result<TrackedAction, DbError> {
    Ok(TrackedAction {
        id: ActionId::parse(&row.id)?,
        survey: SurveyId::parse(&row.survey_id)?,
        words: ActionWords {
            you_said: row.you_said,
            you_said_easy_read: row.you_said_easy_read,
            we_do: row.we_do,
            we_do_easy_read: row.we_do_easy_read,
        },
        measures,
        owner: OwnerId::parse(&row.owner_id)?,
        due_on: row.due_on,
        status: ActionStatus::parse(&row.status)?,
        status_note: row.status_note,
        status_changed_at: row.status_changed_at,
        added_at: row.added_at,
    })
}

/// The rows with their measures, in the order they were added.
fn with_measures(
    connection: &mut AnyConnection,
    rows: Vec<ActionRow>,
) -> Result<Vec<TrackedAction>, DbError> {
    let ids: Vec<&str> = rows.iter().map(|row| row.id.as_str()).collect();
    let mut measures: BTreeMap<String, Vec<PlanItem>> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        let pairs: Vec<(String, i32)> = tracked_action_measures::table
            .filter(tracked_action_measures::action_id.eq_any(chunk))
            .order(tracked_action_measures::plan_item.asc())
            .select((
                tracked_action_measures::action_id,
                tracked_action_measures::plan_item,
            ))
            .load(connection)?;
        for (action, item) in pairs {
            let item = PlanItem::from_stored(item)
                .ok_or_else(|| DbError::Corrupt(format!("action {action} has plan item {item}")))?;
            measures.entry(action).or_default().push(item);
        }
    }
    rows.into_iter()
        .map(|row| {
            let own = measures.remove(&row.id).unwrap_or_default();
            from_row(row, own)
        })
        .collect()
}

/// The actions answering these waves, oldest first.
pub fn for_surveys(
    connection: &mut AnyConnection,
    surveys: &[SurveyId],
) -> Result<Vec<TrackedAction>, DbError> {
    let ids: Vec<String> = surveys.iter().map(ToString::to_string).collect();
    let rows: Vec<ActionRow> = tracked_actions::table
        .filter(tracked_actions::survey_id.eq_any(&ids))
        .order((tracked_actions::added_at.asc(), tracked_actions::id.asc()))
        .select(ActionRow::as_select())
        .load(connection)?;
    with_measures(connection, rows)
}

pub fn find(
    connection: &mut AnyConnection,
    id: ActionId,
) -> Result<Option<TrackedAction>, DbError> {
    let row: Option<ActionRow> = tracked_actions::table
        .filter(tracked_actions::id.eq(id.to_string()))
        .select(ActionRow::as_select())
        .first(connection)
        .optional()?;
    Ok(with_measures(connection, row.into_iter().collect())?.pop())
}

fn write_measures(
    connection: &mut AnyConnection,
    id: ActionId,
    measures: &[PlanItem],
) -> Result<(), DbError> {
    diesel::delete(
        tracked_action_measures::table
            .filter(tracked_action_measures::action_id.eq(id.to_string())),
    )
    .execute(connection)?;
    for item in measures {
        diesel::insert_into(tracked_action_measures::table)
            .values((
                tracked_action_measures::action_id.eq(id.to_string()),
                tracked_action_measures::plan_item.eq(i32::from(item.number())),
            ))
            .execute(connection)?;
    }
    Ok(())
}

fn record_change(
    connection: &mut AnyConnection,
    id: ActionId,
    status: &NewStatus,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(action_status_changes::table)
        .values((
            action_status_changes::id.eq(uuid::Uuid::new_v4().to_string()),
            action_status_changes::action_id.eq(id.to_string()),
            action_status_changes::status.eq(status.status.code()),
            action_status_changes::note.eq(&status.note),
            action_status_changes::changed_at.eq(now),
        ))
        .execute(connection)?;
    Ok(())
}

/// Adds an action as planned. Call inside a transaction: it writes three tables.
pub fn insert(
    connection: &mut AnyConnection,
    draft: &ActionDraft,
    now: NaiveDateTime,
) -> Result<TrackedAction, DbError> {
    let id = ActionId::new_random();
    let planned = NewStatus {
        status: ActionStatus::Planned,
        note: String::new(),
    };
    diesel::insert_into(tracked_actions::table)
        .values(ActionRow {
            id: id.to_string(),
            survey_id: draft.survey.to_string(),
            you_said: draft.words.you_said.clone(),
            you_said_easy_read: draft.words.you_said_easy_read.clone(),
            we_do: draft.words.we_do.clone(),
            we_do_easy_read: draft.words.we_do_easy_read.clone(),
            owner_id: draft.owner.to_string(),
            due_on: draft.due_on,
            status: planned.status.code().to_owned(),
            status_note: String::new(),
            status_changed_at: now,
            overdue_reminded_for: None,
            added_at: now,
        })
        .execute(connection)?;
    write_measures(connection, id, &draft.measures)?;
    record_change(connection, id, &planned, now)?;
    find(connection, id)?.ok_or_else(|| DbError::Corrupt(format!("action {id} vanished")))
}

/// Rewrites an action's words, wave, measures, owner and due day; the action as it was, or `None`.
pub fn update(
    connection: &mut AnyConnection,
    id: ActionId,
    draft: &ActionDraft,
) -> Result<Option<TrackedAction>, DbError> {
    let Some(before) = find(connection, id)? else {
        return Ok(None);
    };
    diesel::update(tracked_actions::table.filter(tracked_actions::id.eq(id.to_string())))
        .set((
            tracked_actions::survey_id.eq(draft.survey.to_string()),
            tracked_actions::you_said.eq(&draft.words.you_said),
            tracked_actions::you_said_easy_read.eq(&draft.words.you_said_easy_read),
            tracked_actions::we_do.eq(&draft.words.we_do),
            tracked_actions::we_do_easy_read.eq(&draft.words.we_do_easy_read),
            tracked_actions::owner_id.eq(draft.owner.to_string()),
            tracked_actions::due_on.eq(draft.due_on),
        ))
        .execute(connection)?;
    write_measures(connection, id, &draft.measures)?;
    Ok(Some(before))
}

/// Sets an action's status and note and keeps the change; the action as it was, or `None`.
pub fn change_status(
    connection: &mut AnyConnection,
    id: ActionId,
    status: &NewStatus,
    now: NaiveDateTime,
) -> Result<Option<TrackedAction>, DbError> {
    let Some(before) = find(connection, id)? else {
        return Ok(None);
    };
    diesel::update(tracked_actions::table.filter(tracked_actions::id.eq(id.to_string())))
        .set((
            tracked_actions::status.eq(status.status.code()),
            tracked_actions::status_note.eq(&status.note),
            tracked_actions::status_changed_at.eq(now),
        ))
        .execute(connection)?;
    record_change(connection, id, status, now)?;
    Ok(Some(before))
}

/// The status changes of these actions after `since` (every change when `None`), oldest first.
pub fn changes_since(
    connection: &mut AnyConnection,
    actions: &[ActionId],
    since: Option<NaiveDateTime>,
) -> Result<Vec<StatusChange>, DbError> {
    let ids: Vec<String> = actions.iter().map(ToString::to_string).collect();
    let mut query = action_status_changes::table
        .filter(action_status_changes::action_id.eq_any(&ids))
        .order((
            action_status_changes::changed_at.asc(),
            action_status_changes::id.asc(),
        ))
        .select((
            action_status_changes::action_id,
            action_status_changes::status,
            action_status_changes::note,
            action_status_changes::changed_at,
        ))
        .into_boxed();
    if let Some(since) = since {
        query = query.filter(action_status_changes::changed_at.gt(since));
    }
    let rows: Vec<(String, String, String, NaiveDateTime)> = query.load(connection)?;
    rows.into_iter()
        .map(|(action, status, note, changed_at)| {
            Ok(StatusChange {
                action: ActionId::parse(&action)?,
                status: ActionStatus::parse(&status)?,
                note,
                changed_at,
            })
        })
        .collect()
}

/// Open actions past their due day, each with the due day its owner was last reminded about.
pub fn overdue(
    connection: &mut AnyConnection,
    today: NaiveDate,
) -> Result<Vec<(TrackedAction, Option<NaiveDate>)>, DbError> {
    let rows: Vec<ActionRow> = tracked_actions::table
        .filter(tracked_actions::due_on.lt(today))
        .filter(
            tracked_actions::status
                .eq_any([ActionStatus::Planned.code(), ActionStatus::Doing.code()]),
        )
        .order((tracked_actions::due_on.asc(), tracked_actions::id.asc()))
        .select(ActionRow::as_select())
        .load(connection)?;
    let reminded: Vec<Option<NaiveDate>> =
        rows.iter().map(|row| row.overdue_reminded_for).collect();
    Ok(with_measures(connection, rows)?
        .into_iter()
        .zip(reminded)
        .collect())
}

/// Marks the owner as reminded about the action's current due day. True for the one caller that
/// made the change, so two servers never both send the reminder.
pub fn claim_reminder(
    connection: &mut AnyConnection,
    id: ActionId,
    due_on: NaiveDate,
) -> Result<bool, DbError> {
    let claimed = diesel::update(
        tracked_actions::table
            .filter(tracked_actions::id.eq(id.to_string()))
            .filter(tracked_actions::due_on.eq(due_on))
            .filter(
                tracked_actions::overdue_reminded_for
                    .is_null()
                    .or(tracked_actions::overdue_reminded_for.ne(due_on)),
            ),
    )
    .set(tracked_actions::overdue_reminded_for.eq(Some(due_on)))
    .execute(connection)?;
    Ok(claimed == 1)
}
