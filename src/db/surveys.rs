//! Storing and loading survey waves with their questions and options.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::models::{OptionRow, QuestionRow, SurveyRow};
use super::schema::{answer_options, questions, surveys};
use super::wordings;
use crate::domain::ids::{ProgrammeId, QuestionId, Slug, SurveyId};
use crate::domain::survey::{Question, Survey, SurveyStatus};

/// Stores a new wave with all its questions and options, whole or not at all.
pub fn insert(
    connection: &mut AnyConnection,
    survey: &Survey,
    created_at: NaiveDateTime,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        diesel::insert_into(surveys::table)
            .values(SurveyRow::from_domain(survey, created_at))
            .execute(connection)?;
        wordings::insert_survey_texts(connection, survey.id, &survey.texts)?;
        for (position, question) in survey.questions.iter().enumerate() {
            diesel::insert_into(questions::table)
                .values(QuestionRow::from_domain(survey.id, position + 1, question))
                .execute(connection)?;
            wordings::replace_question(connection, question)?;
            replace_options(connection, question)?;
        }
        Ok(())
    })
}

pub fn slug_exists(connection: &mut AnyConnection, slug: &Slug) -> Result<bool, DbError> {
    let count: i64 = surveys::table
        .filter(surveys::slug.eq(slug.as_str()))
        .count()
        .get_result(connection)?;
    Ok(count > 0)
}

/// A wave with its questions and options in order, if the slug names one.
pub fn find_by_slug(
    connection: &mut AnyConnection,
    slug: &Slug,
) -> Result<Option<Survey>, DbError> {
    let row: Option<SurveyRow> = surveys::table
        .filter(surveys::slug.eq(slug.as_str()))
        .select(SurveyRow::as_select())
        .first(connection)
        .optional()?;
    row.map(|row| assemble(connection, row)).transpose()
}

/// A wave with its questions and options in order, if it still exists.
pub fn find_by_id(connection: &mut AnyConnection, id: SurveyId) -> Result<Option<Survey>, DbError> {
    let row: Option<SurveyRow> = surveys::table
        .find(id.to_string())
        .select(SurveyRow::as_select())
        .first(connection)
        .optional()?;
    row.map(|row| assemble(connection, row)).transpose()
}

/// Every wave, newest year first, without questions (for lists).
pub fn list(connection: &mut AnyConnection) -> Result<Vec<Survey>, DbError> {
    let rows: Vec<SurveyRow> = surveys::table
        .order((surveys::year.desc(), surveys::title.asc()))
        .select(SurveyRow::as_select())
        .load(connection)?;
    let mut texts = wordings::survey_texts(connection, None)?;
    rows.into_iter()
        .map(|row| {
            let texts = texts
                .remove(&row.id)
                .ok_or_else(|| missing_wording(&row.id))?;
            row.into_domain(texts, Vec::new())
        })
        .collect()
}

/// A programme's waves, newest year first, without questions (for lists).
pub fn list_of_programme(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
) -> Result<Vec<Survey>, DbError> {
    Ok(list(connection)?
        .into_iter()
        .filter(|wave| wave.programme == programme)
        .collect())
}

fn missing_wording(id: &str) -> DbError {
    DbError::Corrupt(format!("{id} has no wording"))
}

pub fn set_status(
    connection: &mut AnyConnection,
    survey: SurveyId,
    status: SurveyStatus,
) -> Result<(), DbError> {
    diesel::update(surveys::table.find(survey.to_string()))
        .set(surveys::status.eq(status.as_str()))
        .execute(connection)?;
    Ok(())
}

fn assemble(connection: &mut AnyConnection, row: SurveyRow) -> Result<Survey, DbError> {
    let question_rows: Vec<QuestionRow> = questions::table
        .filter(questions::survey_id.eq(&row.id))
        .order(questions::position.asc())
        .select(QuestionRow::as_select())
        .load(connection)?;
    let option_rows: Vec<OptionRow> = answer_options::table
        .inner_join(questions::table)
        .filter(questions::survey_id.eq(&row.id))
        .order((
            answer_options::question_id.asc(),
            answer_options::position.asc(),
        ))
        .select(OptionRow::as_select())
        .load(connection)?;
    let mut options_by_question: HashMap<String, Vec<OptionRow>> = HashMap::new();
    for option in option_rows {
        options_by_question
            .entry(option.question_id.clone())
            .or_default()
            .push(option);
    }
    let survey_id = SurveyId::parse(&row.id)?;
    let mut question_wordings = wordings::question_wordings(connection, survey_id)?;
    let mut option_labels = wordings::option_labels(connection, survey_id)?;
    let questions = question_rows
        .into_iter()
        .map(|question| {
            let options = options_by_question
                .remove(&question.id)
                .unwrap_or_default()
                .into_iter()
                .map(|option| {
                    let labels = option_labels
                        .remove(&option.id)
                        .ok_or_else(|| missing_wording(&option.id))?;
                    option.into_domain(labels)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let wording = question_wordings
                .remove(&question.id)
                .ok_or_else(|| missing_wording(&question.id))?;
            question.into_domain(wording, options)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let texts = wordings::survey_texts(connection, Some(survey_id))?
        .remove(&row.id)
        .ok_or_else(|| missing_wording(&row.id))?;
    row.into_domain(texts, questions)
}

/// Stores an edited question (found by its id) with its options, in one transaction. Options are
/// written afresh under their own ids: nothing refers to an option's row, answers store its value.
pub fn update_question(
    connection: &mut AnyConnection,
    survey: SurveyId,
    question: &Question,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        diesel::update(questions::table.find(question.id.to_string()))
            .set((
                questions::question_key.eq(question.key.to_string()),
                questions::kind.eq(question.kind.as_str()),
                questions::symbol.eq(question.symbol.as_ref().map(ToString::to_string)),
                questions::plan_item.eq(question.plan_item.map(|item| i32::from(item.number()))),
                questions::is_demographic.eq(question.is_demographic),
                questions::bsl_video.eq(question
                    .sign_video
                    .as_ref()
                    .map(|link| link.as_str().to_owned())),
            ))
            .filter(questions::survey_id.eq(survey.to_string()))
            .execute(connection)?;
        wordings::replace_question(connection, question)?;
        replace_options(connection, question)
    })
}

fn replace_options(connection: &mut AnyConnection, question: &Question) -> Result<(), DbError> {
    diesel::delete(
        answer_options::table.filter(answer_options::question_id.eq(question.id.to_string())),
    )
    .execute(connection)?;
    for (position, option) in question.options.iter().enumerate() {
        diesel::insert_into(answer_options::table)
            .values(OptionRow::from_domain(question.id, position + 1, option))
            .execute(connection)?;
        wordings::insert_option(connection, option)?;
    }
    Ok(())
}

/// Adds a question after the wave's last one.
pub fn add_question(
    connection: &mut AnyConnection,
    survey: SurveyId,
    question: &Question,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        let last: Option<i32> = questions::table
            .filter(questions::survey_id.eq(survey.to_string()))
            .select(diesel::dsl::max(questions::position))
            .first(connection)?;
        let position = usize::try_from(last.unwrap_or(0)).unwrap_or(0) + 1;
        diesel::insert_into(questions::table)
            .values(QuestionRow::from_domain(survey, position, question))
            .execute(connection)?;
        wordings::replace_question(connection, question)?;
        replace_options(connection, question)
    })
}

/// Swaps a question with the one before it (`earlier`) or after it; false at either end.
pub fn move_question(
    connection: &mut AnyConnection,
    survey: &Survey,
    question: QuestionId,
    earlier: bool,
) -> Result<bool, DbError> {
    let Some(index) = survey.questions.iter().position(|q| q.id == question) else {
        return Ok(false);
    };
    let other = if earlier {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|at| *at < survey.questions.len())
    };
    let Some(other) = other else {
        return Ok(false);
    };
    let (first, second) = (survey.questions[index].id, survey.questions[other].id);
    connection.transaction(|connection| {
        let position_of = |connection: &mut AnyConnection, id: QuestionId| {
            questions::table
                .find(id.to_string())
                .select(questions::position)
                .first::<i32>(connection)
        };
        let (a, b) = (
            position_of(connection, first)?,
            position_of(connection, second)?,
        );
        // Positions are unique per wave, so one question steps aside first.
        diesel::update(questions::table.find(first.to_string()))
            .set(questions::position.eq(-1))
            .execute(connection)?;
        diesel::update(questions::table.find(second.to_string()))
            .set(questions::position.eq(a))
            .execute(connection)?;
        diesel::update(questions::table.find(first.to_string()))
            .set(questions::position.eq(b))
            .execute(connection)?;
        Ok(true)
    })
}

/// Changes a wave's title, year and dates (its address stays: links and posters use it).
pub fn update_details(
    connection: &mut AnyConnection,
    survey: SurveyId,
    details: &crate::domain::wave_setup::NewWave,
) -> Result<(), DbError> {
    diesel::update(surveys::table.find(survey.to_string()))
        .set((
            surveys::title.eq(&details.title),
            surveys::year.eq(details.year),
            surveys::opens_on.eq(details.opens_on),
            surveys::closes_on.eq(details.closes_on),
        ))
        .execute(connection)?;
    Ok(())
}
