//! Rows of the three wording tables (a wave's start page, its questions, their answers), one row
//! per language and register, and their conversions to and from the domain. No queries here.

use diesel::prelude::*;

use super::error::DbError;
use super::schema::{option_wordings, question_wordings, survey_wordings};
use crate::domain::ids::{OptionId, QuestionId, SurveyId};
use crate::domain::survey::{QuestionWording, ResponseFormat, SurveyTexts};
use crate::domain::wording::{Language, Wordings};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = survey_wordings, treat_none_as_default_value = false)]
pub struct SurveyWordingRow {
    pub survey_id: String,
    pub language: String,
    pub register: String,
    pub intro: String,
    pub privacy: String,
    pub title: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = question_wordings, treat_none_as_default_value = false)]
pub struct QuestionWordingRow {
    pub question_id: String,
    pub language: String,
    pub register: String,
    pub text: String,
    pub hint: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = option_wordings, treat_none_as_default_value = false)]
pub struct OptionWordingRow {
    pub option_id: String,
    pub language: String,
    pub register: String,
    pub label: String,
}

impl SurveyWordingRow {
    pub fn all_of(survey: SurveyId, texts: &Wordings<SurveyTexts>) -> Vec<Self> {
        texts
            .entries()
            .into_iter()
            .map(|(language, register, texts)| Self {
                survey_id: survey.to_string(),
                language: language.to_string(),
                register: register.as_str().to_owned(),
                intro: texts.intro.clone(),
                privacy: texts.privacy.clone(),
                title: texts.title.clone(),
            })
            .collect()
    }

    pub fn into_entry(self) -> Result<(Language, ResponseFormat, SurveyTexts), DbError> {
        let (language, register) = key(&self.language, &self.register)?;
        let texts = SurveyTexts {
            intro: self.intro,
            privacy: self.privacy,
            title: self.title,
        };
        Ok((language, register, texts))
    }
}

impl QuestionWordingRow {
    pub fn all_of(question: QuestionId, wording: &Wordings<QuestionWording>) -> Vec<Self> {
        wording
            .entries()
            .into_iter()
            .map(|(language, register, wording)| Self {
                question_id: question.to_string(),
                language: language.to_string(),
                register: register.as_str().to_owned(),
                text: wording.text.clone(),
                hint: wording.hint.clone(),
            })
            .collect()
    }

    pub fn into_entry(self) -> Result<(Language, ResponseFormat, QuestionWording), DbError> {
        let (language, register) = key(&self.language, &self.register)?;
        let wording = QuestionWording {
            text: self.text,
            hint: self.hint,
        };
        Ok((language, register, wording))
    }
}

impl OptionWordingRow {
    pub fn all_of(option: OptionId, labels: &Wordings<String>) -> Vec<Self> {
        labels
            .entries()
            .into_iter()
            .map(|(language, register, label)| Self {
                option_id: option.to_string(),
                language: language.to_string(),
                register: register.as_str().to_owned(),
                label: label.clone(),
            })
            .collect()
    }

    pub fn into_entry(self) -> Result<(Language, ResponseFormat, String), DbError> {
        let (language, register) = key(&self.language, &self.register)?;
        Ok((language, register, self.label))
    }
}

/// Assembles one thing's stored wording, which must include English in both registers.
pub fn wordings<T>(
    what: &str,
    entries: impl IntoIterator<Item = Result<(Language, ResponseFormat, T), DbError>>,
) -> Result<Wordings<T>, DbError> {
    let entries = entries.into_iter().collect::<Result<Vec<_>, _>>()?;
    Wordings::from_entries(entries)
        .map_err(|missing| DbError::Corrupt(format!("{what}: {missing}")))
}

fn key(language: &str, register: &str) -> Result<(Language, ResponseFormat), DbError> {
    Ok((Language::parse(language)?, ResponseFormat::parse(register)?))
}
