//! The lists the team edits for moderation: safeguarding phrases, local schools and places, and
//! quote themes. Each is read whole and replaced whole.

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{local_names, quote_themes, safeguarding_phrases};
use crate::domain::redaction_suggestions::{LocalName, LocalNameKind};

pub fn phrases(connection: &mut AnyConnection) -> Result<Vec<String>, DbError> {
    Ok(safeguarding_phrases::table
        .select(safeguarding_phrases::phrase)
        .order(safeguarding_phrases::phrase)
        .load(connection)?)
}

pub fn replace_phrases(connection: &mut AnyConnection, phrases: &[String]) -> Result<(), DbError> {
    diesel::delete(safeguarding_phrases::table).execute(connection)?;
    for phrase in phrases {
        diesel::insert_into(safeguarding_phrases::table)
            .values(safeguarding_phrases::phrase.eq(phrase))
            .execute(connection)?;
    }
    Ok(())
}

pub fn local_names(connection: &mut AnyConnection) -> Result<Vec<LocalName>, DbError> {
    let rows: Vec<(String, String)> = local_names::table
        .select((local_names::name, local_names::kind))
        .order(local_names::name)
        .load(connection)?;
    Ok(rows
        .into_iter()
        .map(|(name, kind)| LocalName {
            name,
            kind: if kind == LocalNameKind::School.as_str() {
                LocalNameKind::School
            } else {
                LocalNameKind::Place
            },
        })
        .collect())
}

pub fn replace_local_names(
    connection: &mut AnyConnection,
    names: &[LocalName],
) -> Result<(), DbError> {
    diesel::delete(local_names::table).execute(connection)?;
    for name in names {
        diesel::insert_into(local_names::table)
            .values((
                local_names::name.eq(&name.name),
                local_names::kind.eq(name.kind.as_str()),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// The team's own themes (the plan items are always offered as well).
pub fn themes(connection: &mut AnyConnection) -> Result<Vec<String>, DbError> {
    Ok(quote_themes::table
        .select(quote_themes::label)
        .order(quote_themes::label)
        .load(connection)?)
}

pub fn replace_themes(connection: &mut AnyConnection, themes: &[String]) -> Result<(), DbError> {
    diesel::delete(quote_themes::table).execute(connection)?;
    for theme in themes {
        diesel::insert_into(quote_themes::table)
            .values(quote_themes::label.eq(theme))
            .execute(connection)?;
    }
    Ok(())
}
