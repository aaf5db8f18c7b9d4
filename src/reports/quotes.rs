//! Published quotes of a wave, grouped by theme, each with the age band its author gave, but only
//! where that age band has enough respondents that naming it cannot point at anyone.

use diesel::prelude::*;

use super::results::threshold_of;
use crate::db::schema::answers;
use crate::db::{AnyConnection, DbError, quotes};
use crate::domain::survey::Survey;

/// The demographic question whose answer may be given beside a quote.
pub const ATTRIBUTION_QUESTION_KEY: &str = "age_band";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    /// e.g. "14 or 15", when at least the wave's suppression threshold gave that age band.
    pub age_band: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeQuotes {
    pub theme: String,
    pub quotes: Vec<Quote>,
}

pub fn published_quotes(
    connection: &mut AnyConnection,
    survey: &Survey,
) -> Result<Vec<ThemeQuotes>, DbError> {
    let age_question = survey
        .questions
        .iter()
        .find(|question| question.key.as_str() == ATTRIBUTION_QUESTION_KEY);
    let published = quotes::published(connection, survey.id, age_question.map(|q| q.id))?;
    let threshold = threshold_of(survey).value();
    let mut themes: Vec<ThemeQuotes> = Vec::new();
    for quote in published {
        let age_band = match (age_question, &quote.age_band) {
            (Some(question), Some(band)) => {
                let respondents: i64 = answers::table
                    .filter(answers::question_id.eq(question.id.to_string()))
                    .filter(answers::option_value.eq(band.as_str()))
                    .count()
                    .get_result(connection)?;
                (u64::try_from(respondents).unwrap_or(0) >= threshold)
                    .then(|| question.option(band.as_str()).map(|o| o.label.clone()))
                    .flatten()
            }
            _ => None,
        };
        let entry = Quote {
            text: quote.text,
            age_band,
        };
        match themes.iter_mut().find(|group| group.theme == quote.theme) {
            Some(group) => group.quotes.push(entry),
            None => themes.push(ThemeQuotes {
                theme: quote.theme,
                quotes: vec![entry],
            }),
        }
    }
    Ok(themes)
}
