//! Published quotes of a wave, grouped by theme, each with the age band its author gave, but only
//! where that age band has enough respondents that naming it cannot point at anyone. The
//! identifier check runs again on every quote as a report or page is built: one it questions goes
//! out only with a second person's recorded reason, whatever path put it in the database.

use super::results::threshold_of;
use crate::db::{AnyConnection, DbError, moderation_lists, quotes, responses};
use crate::domain::ids::OptionValue;
use crate::domain::redaction_suggestions::identifiers_left;
use crate::domain::survey::{ResponseFormat, Survey};

/// The demographic question whose answer may be given beside a quote.
pub const ATTRIBUTION_QUESTION_KEY: &str = "age_band";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    /// e.g. "14 or 15", when at least the wave's suppression threshold gave that age band.
    pub age_band: Option<String>,
    /// The same age band's answer value (`age_14_15`), to name it in another language.
    pub age_value: Option<OptionValue>,
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
    let local_names = moderation_lists::local_names(connection)?;
    let mut themes: Vec<ThemeQuotes> = Vec::new();
    for quote in published {
        if quote.identifier_override.is_none()
            && !identifiers_left(&quote.text, &local_names).is_empty()
        {
            tracing::warn!(
                wave = %survey.slug,
                "a published quote still looks identifying and has no recorded reason: left out"
            );
            continue;
        }
        let age_value = match (age_question, &quote.age_band) {
            (Some(question), Some(band)) => {
                let respondents = responses::count_choosing(connection, question.id, band)?;
                (u64::try_from(respondents).unwrap_or(0) >= threshold).then(|| band.clone())
            }
            _ => None,
        };
        let age_band = age_question
            .zip(age_value.as_ref())
            .and_then(|(question, band)| question.option(band.as_str()))
            .map(|option| option.label_in(ResponseFormat::Standard).to_owned());
        let entry = Quote {
            text: quote.text,
            age_band,
            age_value,
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
