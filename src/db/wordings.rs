//! Storing and loading wording by language and register: a wave's start page, its questions and
//! their answers. Each thing's rows are written whole, so an edit never leaves half a wording.

use std::collections::HashMap;

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{
    answer_options, option_wordings, question_wordings, questions, survey_wordings,
};
use super::wording_rows::{OptionWordingRow, QuestionWordingRow, SurveyWordingRow, wordings};
use crate::domain::ids::SurveyId;
use crate::domain::survey::ResponseFormat;
use crate::domain::survey::{AnswerOption, Question, QuestionWording, Survey, SurveyTexts};
use crate::domain::wording::{Language, Wordings};

pub fn insert_survey_texts(
    connection: &mut AnyConnection,
    survey: SurveyId,
    texts: &Wordings<SurveyTexts>,
) -> Result<(), DbError> {
    // One row at a time: diesel's multi-backend connection cannot write multi-row INSERTs, and a
    // thing has only a few wordings.
    for row in SurveyWordingRow::all_of(survey, texts) {
        diesel::insert_into(survey_wordings::table)
            .values(row)
            .execute(connection)?;
    }
    Ok(())
}

/// Replaces a question's wording with `question`'s.
pub fn replace_question(
    connection: &mut AnyConnection,
    question: &Question,
) -> Result<(), DbError> {
    diesel::delete(
        question_wordings::table.filter(question_wordings::question_id.eq(question.id.to_string())),
    )
    .execute(connection)?;
    for row in QuestionWordingRow::all_of(question.id, &question.wording) {
        diesel::insert_into(question_wordings::table)
            .values(row)
            .execute(connection)?;
    }
    Ok(())
}

/// Writes a newly stored option's labels (an option's rows go with it when it is deleted).
pub fn insert_option(connection: &mut AnyConnection, option: &AnswerOption) -> Result<(), DbError> {
    for row in OptionWordingRow::all_of(option.id, &option.labels) {
        diesel::insert_into(option_wordings::table)
            .values(row)
            .execute(connection)?;
    }
    Ok(())
}

/// Replaces every wording of a wave (start page, questions, answers) with `survey`'s; call inside
/// a transaction.
pub fn replace_all(connection: &mut AnyConnection, survey: &Survey) -> Result<(), DbError> {
    diesel::delete(
        survey_wordings::table.filter(survey_wordings::survey_id.eq(survey.id.to_string())),
    )
    .execute(connection)?;
    insert_survey_texts(connection, survey.id, &survey.texts)?;
    for question in &survey.questions {
        replace_question(connection, question)?;
        for option in &question.options {
            diesel::delete(
                option_wordings::table.filter(option_wordings::option_id.eq(option.id.to_string())),
            )
            .execute(connection)?;
            insert_option(connection, option)?;
        }
    }
    Ok(())
}

/// Deletes a wave's wording in `language`; returns how many rows went. English is never removed.
pub fn remove_language(
    connection: &mut AnyConnection,
    survey: &Survey,
    language: &Language,
) -> Result<usize, DbError> {
    if language.is_english() {
        return Ok(0);
    }
    let tag = language.as_str();
    let mut removed = diesel::delete(
        survey_wordings::table
            .filter(survey_wordings::survey_id.eq(survey.id.to_string()))
            .filter(survey_wordings::language.eq(tag)),
    )
    .execute(connection)?;
    for question in &survey.questions {
        removed += diesel::delete(
            question_wordings::table
                .filter(question_wordings::question_id.eq(question.id.to_string()))
                .filter(question_wordings::language.eq(tag)),
        )
        .execute(connection)?;
        for option in &question.options {
            removed += diesel::delete(
                option_wordings::table
                    .filter(option_wordings::option_id.eq(option.id.to_string()))
                    .filter(option_wordings::language.eq(tag)),
            )
            .execute(connection)?;
        }
    }
    Ok(removed)
}

/// Every wave's start-page wording, by wave id.
pub fn survey_texts(
    connection: &mut AnyConnection,
    survey: Option<SurveyId>,
) -> Result<HashMap<String, Wordings<SurveyTexts>>, DbError> {
    let mut query = survey_wordings::table
        .select(SurveyWordingRow::as_select())
        .into_boxed();
    if let Some(survey) = survey {
        query = query.filter(survey_wordings::survey_id.eq(survey.to_string()));
    }
    let rows: Vec<SurveyWordingRow> = query.load(connection)?;
    grouped(
        "wave",
        rows,
        |row| &row.survey_id,
        SurveyWordingRow::into_entry,
    )
}

/// The wording of every question of a wave, by question id.
pub fn question_wordings(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<HashMap<String, Wordings<QuestionWording>>, DbError> {
    let rows: Vec<QuestionWordingRow> = question_wordings::table
        .inner_join(questions::table)
        .filter(questions::survey_id.eq(survey.to_string()))
        .select(QuestionWordingRow::as_select())
        .load(connection)?;
    grouped(
        "question",
        rows,
        |row| &row.question_id,
        QuestionWordingRow::into_entry,
    )
}

/// The labels of every answer of a wave's questions, by option id.
pub fn option_labels(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<HashMap<String, Wordings<String>>, DbError> {
    let rows: Vec<OptionWordingRow> = option_wordings::table
        .inner_join(answer_options::table.inner_join(questions::table))
        .filter(questions::survey_id.eq(survey.to_string()))
        .select(OptionWordingRow::as_select())
        .load(connection)?;
    grouped(
        "answer",
        rows,
        |row| &row.option_id,
        OptionWordingRow::into_entry,
    )
}

type Entry<T> = (Language, ResponseFormat, T);

/// Rows of many things' wording, gathered into each thing's wording by its id.
fn grouped<R, T>(
    what: &str,
    rows: Vec<R>,
    id_of: fn(&R) -> &String,
    into_entry: fn(R) -> Result<Entry<T>, DbError>,
) -> Result<HashMap<String, Wordings<T>>, DbError> {
    let mut by_id: HashMap<String, Vec<R>> = HashMap::new();
    for row in rows {
        by_id.entry(id_of(&row).clone()).or_default().push(row);
    }
    by_id
        .into_iter()
        .map(|(id, rows)| {
            let wording = wordings(&format!("{what} {id}"), rows.into_iter().map(into_entry))?;
            Ok((id, wording))
        })
        .collect()
}
