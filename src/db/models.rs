//! Row structs, one per table, and their conversions to and from the domain. No queries here.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::error::DbError;
use super::schema::{answer_options, answers, drafts, questions, responses, surveys};
use crate::domain::ids::{
    OptionId, OptionValue, ProgrammeId, QuestionId, QuestionKey, Slug, SurveyId, SymbolName,
};
use crate::domain::survey::{
    AnswerOption, PlanItem, Question, QuestionKind, QuestionWording, SignVideo, Survey,
    SurveyStatus, SurveyTexts,
};
use crate::domain::wording::Wordings;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = surveys)]
pub struct SurveyRow {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub year: i32,
    pub status: String,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
    pub suppression_threshold: i32,
    pub created_at: NaiveDateTime,
    pub programme_id: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = questions)]
pub struct QuestionRow {
    pub id: String,
    pub survey_id: String,
    pub position: i32,
    pub question_key: String,
    pub kind: String,
    pub symbol: Option<String>,
    pub plan_item: Option<i32>,
    pub is_demographic: bool,
    pub bsl_video: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = answer_options)]
pub struct OptionRow {
    pub id: String,
    pub question_id: String,
    pub position: i32,
    pub value: String,
    pub symbol: Option<String>,
    pub is_positive: bool,
    pub invites_text: bool,
    pub excludes_others: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = responses, treat_none_as_default_value = false)]
pub struct ResponseRow {
    pub id: String,
    pub survey_id: String,
    pub format: String,
    pub submitted_on: Option<NaiveDate>,
    pub channel: Option<String>,
    pub language: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = answers, treat_none_as_default_value = false)]
pub struct AnswerRow {
    pub response_id: String,
    pub question_id: String,
    pub option_value: String,
    pub text_value: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = drafts)]
pub struct DraftRow {
    pub id: String,
    pub survey_id: String,
    pub session_hash: String,
    pub resume_code_hash: Option<String>,
    pub format: String,
    pub channel: Option<String>,
    pub answers: String,
    pub expires_at: NaiveDateTime,
    pub language: String,
}

impl SurveyRow {
    pub fn from_domain(survey: &Survey, created_at: NaiveDateTime) -> Self {
        SurveyRow {
            id: survey.id.to_string(),
            slug: survey.slug.to_string(),
            title: survey.title.clone(),
            year: survey.year,
            status: survey.status.as_str().to_owned(),
            opens_on: survey.opens_on,
            closes_on: survey.closes_on,
            suppression_threshold: survey.suppression_threshold as i32,
            created_at,
            programme_id: survey.programme.to_string(),
        }
    }

    pub fn into_domain(
        self,
        texts: Wordings<SurveyTexts>,
        questions: Vec<Question>,
    ) -> Result<Survey, DbError> {
        Ok(Survey {
            id: SurveyId::parse(&self.id)?,
            programme: ProgrammeId::parse(&self.programme_id)?,
            slug: Slug::parse(&self.slug)?,
            title: self.title,
            year: self.year,
            status: SurveyStatus::parse(&self.status)?,
            opens_on: self.opens_on,
            closes_on: self.closes_on,
            texts,
            suppression_threshold: u32::try_from(self.suppression_threshold)
                .map_err(|_| DbError::Corrupt("negative suppression threshold".into()))?,
            questions,
        })
    }
}

impl QuestionRow {
    pub fn from_domain(survey: SurveyId, position: usize, question: &Question) -> Self {
        QuestionRow {
            id: question.id.to_string(),
            survey_id: survey.to_string(),
            position: position as i32,
            question_key: question.key.to_string(),
            kind: question.kind.as_str().to_owned(),
            symbol: question.symbol.as_ref().map(ToString::to_string),
            plan_item: question.plan_item.map(|item| i32::from(item.number())),
            is_demographic: question.is_demographic,
            bsl_video: question
                .sign_video
                .as_ref()
                .map(|link| link.as_str().to_owned()),
        }
    }

    pub fn into_domain(
        self,
        wording: Wordings<QuestionWording>,
        options: Vec<AnswerOption>,
    ) -> Result<Question, DbError> {
        let plan_item = match self.plan_item {
            None => None,
            Some(number) => Some(
                PlanItem::from_stored(number)
                    .ok_or_else(|| DbError::Corrupt(format!("plan item {number}")))?,
            ),
        };
        Ok(Question {
            id: QuestionId::parse(&self.id)?,
            key: QuestionKey::parse(&self.question_key)?,
            kind: QuestionKind::parse(&self.kind)?,
            wording,
            symbol: self.symbol.as_deref().map(SymbolName::parse).transpose()?,
            plan_item,
            is_demographic: self.is_demographic,
            sign_video: self
                .bsl_video
                .as_deref()
                .map(SignVideo::parse)
                .transpose()?,
            options,
        })
    }
}

impl OptionRow {
    pub fn from_domain(question: QuestionId, position: usize, option: &AnswerOption) -> Self {
        OptionRow {
            id: option.id.to_string(),
            question_id: question.to_string(),
            position: position as i32,
            value: option.value.to_string(),
            symbol: option.symbol.as_ref().map(ToString::to_string),
            is_positive: option.is_positive,
            invites_text: option.invites_text,
            excludes_others: option.excludes_others,
        }
    }

    pub fn into_domain(self, labels: Wordings<String>) -> Result<AnswerOption, DbError> {
        Ok(AnswerOption {
            id: OptionId::parse(&self.id)?,
            value: OptionValue::parse(&self.value)?,
            labels,
            symbol: self.symbol.as_deref().map(SymbolName::parse).transpose()?,
            is_positive: self.is_positive,
            invites_text: self.invites_text,
            excludes_others: self.excludes_others,
        })
    }
}
