//! Storing and loading programmes with their measures.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{programme_measures, programmes};
use crate::domain::ids::{ProgrammeId, QuestionKey, Slug};
use crate::domain::programme::{Measure, Programme};
use crate::domain::survey::PlanItem;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = programmes)]
struct ProgrammeRow {
    id: String,
    slug: String,
    name: String,
    created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = programme_measures)]
struct MeasureRow {
    programme_id: String,
    plan_item: i32,
    title: String,
    short_name: String,
    people_phrase: String,
    easy_read_phrase: String,
    question_key: String,
}

/// Every programme, by name, with its measures.
pub fn list(connection: &mut AnyConnection) -> Result<Vec<Programme>, DbError> {
    let rows: Vec<ProgrammeRow> = programmes::table
        .order(programmes::name.asc())
        .select(ProgrammeRow::as_select())
        .load(connection)?;
    let measures: Vec<MeasureRow> = programme_measures::table
        .order((
            programme_measures::programme_id.asc(),
            programme_measures::plan_item.asc(),
        ))
        .select(MeasureRow::as_select())
        .load(connection)?;
    rows.into_iter()
        .map(|row| {
            let own = measures
                .iter()
                .filter(|measure| measure.programme_id == row.id)
                .cloned()
                .collect();
            assemble(row, own)
        })
        .collect()
}

pub fn find(connection: &mut AnyConnection, id: ProgrammeId) -> Result<Option<Programme>, DbError> {
    let row: Option<ProgrammeRow> = programmes::table
        .find(id.to_string())
        .select(ProgrammeRow::as_select())
        .first(connection)
        .optional()?;
    row.map(|row| with_measures(connection, row)).transpose()
}

pub fn find_by_slug(
    connection: &mut AnyConnection,
    slug: &Slug,
) -> Result<Option<Programme>, DbError> {
    let row: Option<ProgrammeRow> = programmes::table
        .filter(programmes::slug.eq(slug.as_str()))
        .select(ProgrammeRow::as_select())
        .first(connection)
        .optional()?;
    row.map(|row| with_measures(connection, row)).transpose()
}

/// Stores a new programme with its measures.
pub fn insert(
    connection: &mut AnyConnection,
    programme: &Programme,
    created_at: NaiveDateTime,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        diesel::insert_into(programmes::table)
            .values(ProgrammeRow {
                id: programme.id.to_string(),
                slug: programme.slug.to_string(),
                name: programme.name.clone(),
                created_at,
            })
            .execute(connection)?;
        let measures: Vec<MeasureRow> = programme
            .measures
            .iter()
            .map(|measure| MeasureRow {
                programme_id: programme.id.to_string(),
                plan_item: i32::from(measure.item.number()),
                title: measure.title.clone(),
                short_name: measure.short_name.clone(),
                people_phrase: measure.people_phrase.clone(),
                easy_read_phrase: measure.easy_read_phrase.clone(),
                question_key: measure.question.to_string(),
            })
            .collect();
        for measure in measures {
            diesel::insert_into(programme_measures::table)
                .values(measure)
                .execute(connection)?;
        }
        Ok(())
    })
}

fn with_measures(connection: &mut AnyConnection, row: ProgrammeRow) -> Result<Programme, DbError> {
    let measures: Vec<MeasureRow> = programme_measures::table
        .filter(programme_measures::programme_id.eq(&row.id))
        .order(programme_measures::plan_item.asc())
        .select(MeasureRow::as_select())
        .load(connection)?;
    assemble(row, measures)
}

fn assemble(row: ProgrammeRow, measures: Vec<MeasureRow>) -> Result<Programme, DbError> {
    let measures = measures
        .into_iter()
        .map(|measure| {
            let item = PlanItem::from_stored(measure.plan_item).ok_or_else(|| {
                DbError::Corrupt(format!(
                    "programme {} has plan item {}",
                    row.slug, measure.plan_item
                ))
            })?;
            Ok(Measure {
                item,
                title: measure.title,
                short_name: measure.short_name,
                people_phrase: measure.people_phrase,
                easy_read_phrase: measure.easy_read_phrase,
                question: QuestionKey::parse(&measure.question_key)?,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    Ok(Programme {
        id: ProgrammeId::parse(&row.id)?,
        slug: Slug::parse(&row.slug)?,
        name: row.name,
        measures,
    })
}
