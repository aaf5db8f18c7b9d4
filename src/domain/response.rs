//! A submitted response as it is stored: anonymous by construction.

use chrono::NaiveDate;

use super::answer::Answer;
use super::draft::DraftAnswers;
use super::ids::{ChannelTag, OptionValue, QuestionId, ResponseId, SurveyId};
use super::survey::{ResponseFormat, Survey};
use super::wording::Language;

/// Everything a response holds. There is deliberately no field for a name, contact, address,
/// device or time of day: the day submitted is the finest time we keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewResponse {
    pub id: ResponseId,
    pub survey_id: SurveyId,
    pub format: ResponseFormat,
    /// Empty only for imported responses whose date was not recorded.
    pub submitted_on: Option<NaiveDate>,
    pub channel: Option<ChannelTag>,
    /// The language the young person read the survey in.
    pub language: Language,
    pub answers: Vec<StoredAnswer>,
}

/// One stored row of an answer: an option chosen (with "other" text), or a free-text answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAnswer {
    pub question_id: QuestionId,
    pub option_value: Option<OptionValue>,
    pub text: Option<String>,
}

impl NewResponse {
    /// Builds the response from a finished draft. Skipped questions store nothing.
    pub fn from_draft(
        survey: &Survey,
        answers: &DraftAnswers,
        format: ResponseFormat,
        language: Language,
        channel: Option<ChannelTag>,
        submitted_on: NaiveDate,
    ) -> Self {
        let mut stored = Vec::new();
        for question in &survey.questions {
            match answers.get(question) {
                None | Some(Answer::Skipped) => {}
                Some(Answer::Text { text }) => stored.push(StoredAnswer {
                    question_id: question.id,
                    option_value: None,
                    text: Some(text.clone()),
                }),
                Some(Answer::Chosen { values, other_text }) => {
                    for value in values {
                        let invites_text = question
                            .option(value.as_str())
                            .is_some_and(|o| o.invites_text);
                        stored.push(StoredAnswer {
                            question_id: question.id,
                            option_value: Some(value.clone()),
                            text: if invites_text {
                                other_text.clone()
                            } else {
                                None
                            },
                        });
                    }
                }
            }
        }
        NewResponse {
            id: ResponseId::new_random(),
            survey_id: survey.id,
            format,
            submitted_on: Some(submitted_on),
            channel,
            language,
            answers: stored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answer::SubmittedAnswer;
    use crate::domain::built_in_templates::be_supported;

    #[test]
    fn a_response_stores_one_row_per_chosen_option_and_nothing_for_skips() {
        let survey = be_supported(2022);
        let mut answers = DraftAnswers::default();
        let support = &survey.questions[3];
        let submitted = SubmittedAnswer {
            choices: vec!["friends".into(), "other".into()],
            other_text: "my gran".into(),
            ..Default::default()
        };
        answers.set(
            support,
            Answer::from_submission(support, ResponseFormat::Standard, &submitted).unwrap(),
        );
        answers.set(&survey.questions[0], Answer::Skipped);
        let day = NaiveDate::from_ymd_opt(2022, 3, 20).unwrap();
        let polish = Language::parse("pl").unwrap();
        let response = NewResponse::from_draft(
            &survey,
            &answers,
            ResponseFormat::EasyRead,
            polish.clone(),
            None,
            day,
        );
        assert_eq!(response.language, polish);
        assert_eq!(response.answers.len(), 2);
        assert_eq!(response.answers[0].text, None);
        assert_eq!(response.answers[1].text.as_deref(), Some("my gran"));
        assert_eq!(response.submitted_on, Some(day));
    }
}
