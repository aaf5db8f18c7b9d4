//! Storing, listing and removing other surveys' figures shown beside a programme's measures.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::local_comparators;
use crate::domain::comparator::{LocalComparator, NewComparator, PublishedShare};
use crate::domain::https_link::HttpsLink;
use crate::domain::ids::{ComparatorId, ProgrammeId};
use crate::domain::survey::PlanItem;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = local_comparators)]
struct ComparatorRow {
    id: String,
    programme_id: String,
    plan_item: i32,
    source: String,
    year: i32,
    wording: String,
    share_tenths: i32,
    respondents: Option<i32>,
    link: Option<String>,
    added_at: NaiveDateTime,
}

fn from_row(row: ComparatorRow) -> Result<LocalComparator, DbError> {
    let corrupt = || DbError::Corrupt(format!("comparator {} is out of range", row.id));
    let item = PlanItem::from_stored(row.plan_item).ok_or_else(corrupt)?;
    Ok(LocalComparator {
        id: ComparatorId::parse(&row.id)?,
        programme: ProgrammeId::parse(&row.programme_id)?,
        item,
        figure: NewComparator {
            item,
            source: row.source,
            year: row.year,
            wording: row.wording,
            share: u16::try_from(row.share_tenths)
                .ok()
                .and_then(PublishedShare::from_tenths)
                .ok_or_else(corrupt)?,
            respondents: match row.respondents {
                None => None,
                Some(n) => Some(u32::try_from(n).map_err(|_| corrupt())?),
            },
            link: match row.link {
                None => None,
                Some(link) => Some(HttpsLink::parse(&link, "report link").map_err(|_| corrupt())?),
            },
        },
    })
}

/// The programme's comparators, by measure, then source and year.
pub fn for_programme(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
) -> Result<Vec<LocalComparator>, DbError> {
    local_comparators::table
        .filter(local_comparators::programme_id.eq(programme.to_string()))
        .order((
            local_comparators::plan_item.asc(),
            local_comparators::source.asc(),
            local_comparators::year.asc(),
        ))
        .select(ComparatorRow::as_select())
        .load(connection)?
        .into_iter()
        .map(from_row)
        .collect()
}

pub fn insert(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
    figure: &NewComparator,
    added_at: NaiveDateTime,
) -> Result<LocalComparator, DbError> {
    let row = ComparatorRow {
        id: ComparatorId::new_random().to_string(),
        programme_id: programme.to_string(),
        plan_item: i32::from(figure.item.number()),
        source: figure.source.clone(),
        year: figure.year,
        wording: figure.wording.clone(),
        share_tenths: i32::from(figure.share.tenths()),
        respondents: figure.respondents.and_then(|n| i32::try_from(n).ok()),
        link: figure.link.as_ref().map(|link| link.as_str().to_owned()),
        added_at,
    };
    diesel::insert_into(local_comparators::table)
        .values(row.clone())
        .execute(connection)?;
    from_row(row)
}

/// Deletes one of the programme's comparators, returning it; `None` if it was not there.
pub fn remove(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
    id: ComparatorId,
) -> Result<Option<LocalComparator>, DbError> {
    let found: Option<ComparatorRow> = local_comparators::table
        .filter(local_comparators::id.eq(id.to_string()))
        .filter(local_comparators::programme_id.eq(programme.to_string()))
        .select(ComparatorRow::as_select())
        .first(connection)
        .optional()?;
    let Some(row) = found else {
        return Ok(None);
    };
    diesel::delete(local_comparators::table.filter(local_comparators::id.eq(&row.id)))
        .execute(connection)?;
    Ok(Some(from_row(row)?))
}
