//! Published quotes as reports read them, and the demo data's ready-made ones.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::super::connection::AnyConnection;
use super::super::error::DbError;
use super::super::schema::{answers, quotes, responses};
use crate::domain::ids::{OptionValue, SurveyId};
use crate::domain::quote::QuoteStatus;

/// A published quote with its theme and, for attribution, the age band its author gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedQuote {
    pub theme: String,
    pub text: String,
    pub age_band: Option<OptionValue>,
    /// A second person's reason for publishing words the identifier check questions.
    pub identifier_override: Option<String>,
}

/// Every published quote of a wave, with the answer its author gave to `age_question` (if any).
pub fn published(
    connection: &mut AnyConnection,
    survey: SurveyId,
    age_question: Option<crate::domain::ids::QuestionId>,
) -> Result<Vec<PublishedQuote>, DbError> {
    type Row = (Option<String>, Option<String>, String, Option<String>);
    let rows: Vec<Row> = quotes::table
        .inner_join(responses::table)
        .filter(quotes::survey_id.eq(survey.to_string()))
        .filter(quotes::status.eq(QuoteStatus::Published.as_str()))
        .order((quotes::theme, quotes::id))
        .select((
            quotes::theme,
            quotes::published_text,
            quotes::response_id,
            quotes::identifier_override,
        ))
        .load(connection)?;
    let age_question = age_question.map(|id| id.to_string());
    rows.into_iter()
        .map(|(theme, text, response, identifier_override)| {
            let age_band = match &age_question {
                Some(question) => answers::table
                    .filter(answers::response_id.eq(&response))
                    .filter(answers::question_id.eq(question))
                    .select(answers::option_value)
                    .first::<String>(connection)
                    .optional()?
                    .map(|value| OptionValue::parse(&value))
                    .transpose()?,
                None => None,
            };
            Ok(PublishedQuote {
                theme: theme.unwrap_or_default(),
                text: text.unwrap_or_default(),
                age_band,
                identifier_override,
            })
        })
        .collect()
}

/// Demo data only: publishes up to `most` of the wave's waiting answers whose words are listed in
/// `publishable` (words, theme), as if two moderators had approved them. Returns how many.
pub fn publish_seeded(
    connection: &mut AnyConnection,
    survey: SurveyId,
    publishable: &[(&str, &str)],
    most: usize,
    decided_at: NaiveDateTime,
) -> Result<usize, DbError> {
    let waiting: Vec<(String, String, String)> = quotes::table
        .filter(quotes::survey_id.eq(survey.to_string()))
        .filter(quotes::status.eq(QuoteStatus::Waiting.as_str()))
        .filter(quotes::consent.eq(true))
        .order(quotes::id)
        .select((quotes::id, quotes::response_id, quotes::question_id))
        .load(connection)?;
    let mut published: Vec<String> = Vec::new();
    for (id, response, question) in waiting {
        if published.len() == most {
            break;
        }
        let text: Option<String> = answers::table
            .filter(answers::response_id.eq(&response))
            .filter(answers::question_id.eq(&question))
            .select(answers::text_value)
            .first::<Option<String>>(connection)
            .optional()?
            .flatten();
        let Some((words, theme)) = text.and_then(|text| {
            publishable
                .iter()
                .find(|(words, _)| *words == text)
                .copied()
        }) else {
            continue;
        };
        if published.iter().any(|done| done == words) {
            continue;
        }
        diesel::update(quotes::table.find(&id))
            .set((
                quotes::status.eq(QuoteStatus::Published.as_str()),
                quotes::theme.eq(Some(theme)),
                quotes::published_text.eq(Some(words)),
                quotes::decided_at.eq(Some(decided_at)),
            ))
            .execute(connection)?;
        published.push(words.to_owned());
    }
    Ok(published.len())
}
