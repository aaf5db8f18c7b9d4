//! Published totals of waves whose responses do not survive, stored as imported.

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{imported_totals, questions};
use crate::domain::ids::SurveyId;
use crate::domain::totals_csv::ImportedTotal;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = imported_totals)]
pub struct TotalRow {
    pub question_id: String,
    /// Empty for the number who answered the question.
    pub option_value: String,
    pub count: i64,
}

/// Every total of a wave; empty when the wave holds responses instead.
pub fn for_survey(
    connection: &mut AnyConnection,
    survey: SurveyId,
) -> Result<Vec<TotalRow>, DbError> {
    Ok(imported_totals::table
        .inner_join(questions::table)
        .filter(questions::survey_id.eq(survey.to_string()))
        .select(TotalRow::as_select())
        .load(connection)?)
}

/// Whether a wave holds published totals (and so no responses of its own).
pub fn exist_for_survey(connection: &mut AnyConnection, survey: SurveyId) -> Result<bool, DbError> {
    let count: i64 = imported_totals::table
        .inner_join(questions::table)
        .filter(questions::survey_id.eq(survey.to_string()))
        .count()
        .get_result(connection)?;
    Ok(count > 0)
}

/// Replaces a wave's totals with `totals` (call inside a transaction).
pub fn replace(
    connection: &mut AnyConnection,
    survey: SurveyId,
    totals: &[ImportedTotal],
) -> Result<(), DbError> {
    let question_ids = questions::table
        .filter(questions::survey_id.eq(survey.to_string()))
        .select(questions::id);
    diesel::delete(
        imported_totals::table.filter(imported_totals::question_id.eq_any(question_ids)),
    )
    .execute(connection)?;
    for total in totals {
        diesel::insert_into(imported_totals::table)
            .values(TotalRow {
                question_id: total.question.to_string(),
                option_value: total
                    .option_value
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                count: i64::try_from(total.count)
                    .map_err(|_| DbError::Corrupt(format!("a count of {}", total.count)))?,
            })
            .execute(connection)?;
    }
    Ok(())
}
