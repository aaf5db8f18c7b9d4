//! Counting answers in SQL (GROUP BY), so a wave of any size is summarised without loading its
//! answers into memory. The domain turns these counts into shares, intervals and verdicts.

use std::collections::HashMap;

use diesel::connection::DefaultLoadingMode;
use diesel::dsl::{count, count_star};
use diesel::pg::PgRowByRowLoadingMode;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::imported_totals;
use super::schema::{answers, responses};
use crate::domain::aggregate::QuestionCounts;
use crate::domain::breakdown_tally::{BreakdownCounts, BreakdownTally};
use crate::domain::disclosure::wave_plan::ResponseCounts;
use crate::domain::ids::SurveyId;
use crate::domain::survey::{Question, QuestionKind, Survey};

/// Counts for every closed question of a wave, in the survey's question order: from its
/// responses, or from its imported totals when only those survive.
pub fn question_counts(
    connection: &mut AnyConnection,
    survey: &Survey,
) -> Result<Vec<QuestionCounts>, DbError> {
    let totals = imported_totals::for_survey(connection, survey.id)?;
    if !totals.is_empty() {
        let mut by_option = HashMap::new();
        let mut answered = HashMap::new();
        // A question with no totals at all was not asked that year: it has no results, rather
        // than results of 0.
        let asked: std::collections::HashSet<String> = totals
            .iter()
            .map(|total| total.question_id.clone())
            .collect();
        for total in totals {
            let count = u64::try_from(total.count).unwrap_or(0);
            if total.option_value.is_empty() {
                answered.insert(total.question_id, count);
            } else {
                by_option.insert((total.question_id, total.option_value), count);
            }
        }
        return Ok(assemble(survey, &by_option, &answered)
            .into_iter()
            .filter(|counts| {
                survey.questions.iter().any(|question| {
                    question.key == counts.key && asked.contains(&question.id.to_string())
                })
            })
            .collect());
    }
    // Filtering on the wave's question ids (no join) lets both queries run from the indexes.
    let question_ids: Vec<String> = survey
        .questions
        .iter()
        .filter(|question| question.kind.has_options())
        .map(|question| question.id.to_string())
        .collect();
    let chosen: Vec<(String, String, i64)> = answers::table
        .filter(answers::question_id.eq_any(&question_ids))
        .filter(answers::option_value.ne(""))
        .group_by((answers::question_id, answers::option_value))
        .select((answers::question_id, answers::option_value, count_star()))
        .load(connection)?;
    // Each response gives one answer to a one-answer question, so only choose-all questions
    // need the (dearer) count of distinct responses.
    let choose_all: Vec<String> = survey
        .questions
        .iter()
        .filter(|question| question.kind == QuestionKind::MultipleChoice)
        .map(|question| question.id.to_string())
        .collect();
    let answering: Vec<(String, i64)> = answers::table
        .filter(answers::question_id.eq_any(&choose_all))
        .group_by(answers::question_id)
        .select((
            answers::question_id,
            count(answers::response_id).aggregate_distinct(),
        ))
        .load(connection)?;
    let mut by_option: HashMap<(String, String), u64> = HashMap::new();
    for (question, value, count) in chosen {
        by_option.insert((question, value), count as u64);
    }
    let answered: HashMap<String, u64> = answering
        .into_iter()
        .map(|(question, count)| (question, count as u64))
        .collect();
    Ok(assemble(survey, &by_option, &answered))
}

/// Puts counts in the survey's order. A question with no number answering (one-answer questions
/// counted from responses, or totals without that row) takes the sum of its answers.
fn assemble(
    survey: &Survey,
    by_option: &HashMap<(String, String), u64>,
    answered: &HashMap<String, u64>,
) -> Vec<QuestionCounts> {
    survey
        .questions
        .iter()
        .filter(|question| question.kind.has_options())
        .map(|question| {
            let id = question.id.to_string();
            QuestionCounts {
                key: question.key.clone(),
                options: question
                    .options
                    .iter()
                    .map(|option| {
                        let count = by_option
                            .get(&(id.clone(), option.value.to_string()))
                            .copied()
                            .unwrap_or(0);
                        (option.value.clone(), count)
                    })
                    .collect(),
                answered: answered.get(&id).copied().unwrap_or_else(|| {
                    question
                        .options
                        .iter()
                        .filter_map(|option| by_option.get(&(id.clone(), option.value.to_string())))
                        .sum()
                }),
            }
        })
        .collect()
}

/// Every question of `questions` broken down by every demographic of `group_questions`, counted
/// in one pass: the answers to all of them, sorted by response (the primary key's order, so no
/// sort is needed), streamed row by row into the tally. Nothing holds more than one response.
pub fn breakdown_counts(
    connection: &mut AnyConnection,
    questions: Vec<&Question>,
    group_questions: Vec<&Question>,
) -> Result<Vec<BreakdownCounts>, DbError> {
    let mut tally = BreakdownTally::new(questions, group_questions);
    let question_ids = tally.question_ids();
    let query = answers::table
        .filter(answers::question_id.eq_any(&question_ids))
        .filter(answers::option_value.ne(""))
        .order(answers::response_id)
        .select((
            answers::response_id,
            answers::question_id,
            answers::option_value,
        ));
    type Row = (String, String, String);
    match connection {
        AnyConnection::Sqlite(connection) => {
            for row in query.load_iter::<Row, DefaultLoadingMode>(connection)? {
                let (response, question, value) = row?;
                tally.add(&response, &question, &value);
            }
        }
        // Row by row: the default mode would hold the whole result in libpq's memory.
        AnyConnection::Postgresql(connection) => {
            for row in query.load_iter::<Row, PgRowByRowLoadingMode>(connection)? {
                let (response, question, value) = row?;
                tally.add(&response, &question, &value);
            }
        }
    }
    Ok(tally.finish())
}

/// Where a wave's responses came from, as the disclosure plan needs them: formats, and starts and
/// responses by channel and by day.
pub fn response_counts(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<ResponseCounts, DbError> {
    let as_count = |n: i64| u64::try_from(n).unwrap_or(0);
    let sources = response_sources(connection, survey)?;
    let progress = super::distribution::progress(connection, survey)?;
    Ok(ResponseCounts {
        by_format: sources.formats,
        by_language_and_format: sources.languages_and_formats,
        by_channel: progress
            .by_channel
            .into_iter()
            .map(|(tag, started, sent)| (tag, as_count(started), as_count(sent)))
            .collect(),
        by_day: progress
            .by_day
            .into_iter()
            .map(|(day, count)| (day, as_count(count)))
            .collect(),
    })
}

/// Where a wave's responses came from: how many in each format, and through each channel (`None`
/// for the plain link, imports and demo data).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseSources {
    pub formats: Vec<(String, u64)>,
    /// Language tag, format name and responses.
    pub languages_and_formats: Vec<(String, String, u64)>,
    pub channels: Vec<(Option<String>, u64)>,
}

pub fn response_sources(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<ResponseSources, DbError> {
    let as_count = |n: i64| u64::try_from(n).unwrap_or(0);
    let formats: Vec<(String, i64)> = responses::table
        .filter(responses::survey_id.eq(survey.to_string()))
        .group_by(responses::format)
        .select((responses::format, count_star()))
        .order(responses::format)
        .load(connection)?;
    let languages_and_formats: Vec<(String, String, i64)> = responses::table
        .filter(responses::survey_id.eq(survey.to_string()))
        .group_by((responses::language, responses::format))
        .select((responses::language, responses::format, count_star()))
        .order((responses::language, responses::format))
        .load(connection)?;
    let channels: Vec<(Option<String>, i64)> = responses::table
        .filter(responses::survey_id.eq(survey.to_string()))
        .group_by(responses::channel)
        .select((responses::channel, count_star()))
        .order(responses::channel)
        .load(connection)?;
    Ok(ResponseSources {
        formats: formats
            .into_iter()
            .map(|(format, n)| (format, as_count(n)))
            .collect(),
        languages_and_formats: languages_and_formats
            .into_iter()
            .map(|(language, format, n)| (language, format, as_count(n)))
            .collect(),
        channels: channels
            .into_iter()
            .map(|(channel, n)| (channel, as_count(n)))
            .collect(),
    })
}
