//! Storing, listing and withdrawing the targets set for a programme's measures.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::measure_targets;
use crate::domain::ids::{ProgrammeId, TargetId};
use crate::domain::survey::PlanItem;
use crate::domain::target::{MeasureTarget, NewTarget, TargetPercent};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = measure_targets)]
struct TargetRow {
    id: String,
    programme_id: String,
    plan_item: i32,
    percent: i32,
    by_year: i32,
    agreed_by: String,
    agreed_on: NaiveDate,
    set_at: NaiveDateTime,
}

fn from_row(row: TargetRow) -> Result<MeasureTarget, DbError> {
    let corrupt = || DbError::Corrupt(format!("target {} is out of range", row.id));
    Ok(MeasureTarget {
        id: TargetId::parse(&row.id)?,
        programme: ProgrammeId::parse(&row.programme_id)?,
        item: PlanItem::from_stored(row.plan_item).ok_or_else(corrupt)?,
        percent: u8::try_from(row.percent)
            .ok()
            .and_then(|number| TargetPercent::new(number).ok())
            .ok_or_else(corrupt)?,
        by_year: row.by_year,
        agreed_by: row.agreed_by,
        agreed_on: row.agreed_on,
    })
}

/// The programme's targets, by measure and then year.
pub fn for_programme(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
) -> Result<Vec<MeasureTarget>, DbError> {
    measure_targets::table
        .filter(measure_targets::programme_id.eq(programme.to_string()))
        .order((
            measure_targets::plan_item.asc(),
            measure_targets::by_year.asc(),
        ))
        .select(TargetRow::as_select())
        .load(connection)?
        .into_iter()
        .map(from_row)
        .collect()
}

/// Stores a target; `None` when the measure already has one for that year.
pub fn insert(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
    target: &NewTarget,
    set_at: NaiveDateTime,
) -> Result<Option<MeasureTarget>, DbError> {
    let row = TargetRow {
        id: TargetId::new_random().to_string(),
        programme_id: programme.to_string(),
        plan_item: i32::from(target.item.number()),
        percent: i32::from(target.percent.value()),
        by_year: target.by_year,
        agreed_by: target.agreed_by.clone(),
        agreed_on: target.agreed_on,
        set_at,
    };
    match diesel::insert_into(measure_targets::table)
        .values(row.clone())
        .execute(connection)
    {
        Ok(_) => Ok(Some(from_row(row)?)),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// Deletes one of the programme's targets, returning it; `None` if it was not there.
pub fn withdraw(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
    id: TargetId,
) -> Result<Option<MeasureTarget>, DbError> {
    let found: Option<TargetRow> = measure_targets::table
        .filter(measure_targets::id.eq(id.to_string()))
        .filter(measure_targets::programme_id.eq(programme.to_string()))
        .select(TargetRow::as_select())
        .first(connection)
        .optional()?;
    let Some(row) = found else {
        return Ok(None);
    };
    diesel::delete(measure_targets::table.filter(measure_targets::id.eq(&row.id)))
        .execute(connection)?;
    Ok(Some(from_row(row)?))
}
