//! The survey model: a wave, its questions and their answer options.

use super::https_link::HttpsLink;
use super::wording::{Language, Wordings};
use super::wording_place::WordingPlace;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{
    InvalidValue, OptionId, OptionValue, ProgrammeId, QuestionId, QuestionKey, Slug, SurveyId,
    SymbolName,
};

/// Where a wave is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SurveyStatus {
    Draft,
    Open,
    Closed,
    Archived,
}

impl SurveyStatus {
    pub const ALL: [SurveyStatus; 4] = [Self::Draft, Self::Open, Self::Closed, Self::Archived];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Archived => "archived",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| InvalidValue::new("survey status", text))
    }

    /// Whether young people can still add answers (a draft can yet open): its results are
    /// provisional, and nothing about it may be published.
    pub fn results_are_provisional(self) -> bool {
        matches!(self, Self::Draft | Self::Open)
    }
}

/// The wording a young person chose to read the survey in (the register of a wording, in every
/// language). Answers are the same values in both.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum ResponseFormat {
    #[default]
    Standard,
    EasyRead,
}

impl ResponseFormat {
    pub const ALL: [ResponseFormat; 2] = [Self::Standard, Self::EasyRead];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::EasyRead => "easy_read",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|format| format.as_str() == text)
            .ok_or_else(|| InvalidValue::new("response format", text))
    }
}

/// How a question is answered. Every kind can also be skipped ("I do not want to say").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Five points from "strongly agree" to "strongly disagree".
    Agreement,
    /// How often, from "always" to "never".
    Frequency,
    YesNoNotSure,
    SingleChoice,
    MultipleChoice,
    /// Five faces, each with a visible text label.
    FaceScale,
    /// Up to [`FREE_TEXT_MAX_CHARS`] characters.
    FreeText,
}

/// The longest free-text answer we keep, in characters.
pub const FREE_TEXT_MAX_CHARS: usize = 2000;
/// The longest "other – please say" answer we keep, in characters.
pub const OTHER_TEXT_MAX_CHARS: usize = 200;

impl QuestionKind {
    pub const ALL: [QuestionKind; 7] = [
        Self::Agreement,
        Self::Frequency,
        Self::YesNoNotSure,
        Self::SingleChoice,
        Self::MultipleChoice,
        Self::FaceScale,
        Self::FreeText,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agreement => "agreement",
            Self::Frequency => "frequency",
            Self::YesNoNotSure => "yes_no_not_sure",
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::FaceScale => "face_scale",
            Self::FreeText => "free_text",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| InvalidValue::new("question kind", text))
    }

    /// Kinds answered by choosing exactly one option.
    pub fn is_single_answer(self) -> bool {
        !matches!(self, Self::MultipleChoice | Self::FreeText)
    }

    pub fn has_options(self) -> bool {
        self != Self::FreeText
    }
}

/// A numbered commitment a programme is measured by: the Children and Young People's Plan numbers
/// its sixteen 1 to 16 (Be Supported is 13 to 16); a programme the team creates numbers its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PlanItem(u8);

impl PlanItem {
    pub const RANGE: std::ops::RangeInclusive<u8> = 1..=99;

    pub fn new(number: u8) -> Result<Self, InvalidValue> {
        if Self::RANGE.contains(&number) {
            Ok(Self(number))
        } else {
            Err(InvalidValue::new(
                "plan item (1 to 99)",
                &number.to_string(),
            ))
        }
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// The plan item a form's field names, if it is one of `allowed` (a programme's measures).
    pub fn chosen_from(typed: &str, allowed: &[PlanItem]) -> Option<PlanItem> {
        let number = typed.trim().parse::<u8>().ok()?;
        allowed.iter().copied().find(|item| item.number() == number)
    }

    /// The plan item a database column holds, if it is a valid one.
    pub fn from_stored(number: i32) -> Option<PlanItem> {
        u8::try_from(number)
            .ok()
            .and_then(|number| PlanItem::new(number).ok())
    }
}

/// One answer option. `value` is what is stored and compared across waves; labels are only wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: OptionId,
    pub value: OptionValue,
    pub labels: Wordings<String>,
    pub symbol: Option<SymbolName>,
    pub is_positive: bool,
    /// "Other – please say": choosing it invites a short text.
    pub invites_text: bool,
    /// "Nobody", "None yet": an answer that cannot be chosen together with any other.
    pub excludes_others: bool,
}

impl AnswerOption {
    /// The English label in `format`.
    pub fn label_in(&self, format: ResponseFormat) -> &str {
        self.labels.in_english(format)
    }

    /// The English standard label: what staff, reports and the Board read.
    pub fn label(&self) -> &str {
        self.label_in(ResponseFormat::Standard)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub key: QuestionKey,
    pub kind: QuestionKind,
    pub wording: Wordings<QuestionWording>,
    pub symbol: Option<SymbolName>,
    pub plan_item: Option<PlanItem>,
    pub is_demographic: bool,
    pub options: Vec<AnswerOption>,
    /// The question in British Sign Language, where the team provides a video of it.
    pub sign_video: Option<SignVideo>,
}

/// A link to a video of a question in British Sign Language. Only `https` links to a named host,
/// so a link can neither run script nor send a young person to an insecure page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignVideo(String);

impl SignVideo {
    pub const MAX_CHARS: usize = HttpsLink::MAX_CHARS;

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let link = HttpsLink::parse(text, "video link (https://…)")?;
        Ok(Self(link.as_str().to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A question's words in one language and register.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionWording {
    pub text: String,
    pub hint: Option<String>,
}

impl QuestionWording {
    pub fn new(text: impl Into<String>, hint: Option<&str>) -> Self {
        Self {
            text: text.into(),
            hint: hint.map(str::to_owned),
        }
    }
}

impl Question {
    /// The English question in `format`.
    pub fn text_in(&self, format: ResponseFormat) -> &str {
        &self.wording.in_english(format).text
    }

    /// The English standard question: what staff, reports and the Board read.
    pub fn text(&self) -> &str {
        self.text_in(ResponseFormat::Standard)
    }

    /// The English hint in `format`, if there is one.
    pub fn hint_in(&self, format: ResponseFormat) -> Option<&str> {
        self.wording.in_english(format).hint.as_deref()
    }

    /// The "other, please say" answer, if the question has one.
    pub fn inviting_option(&self) -> Option<&AnswerOption> {
        self.options.iter().find(|option| option.invites_text)
    }

    /// The answer that excludes the rest, when `values` chooses it together with another answer.
    pub fn exclusive_clash(&self, values: &[OptionValue]) -> Option<&AnswerOption> {
        if values.len() < 2 {
            return None;
        }
        values
            .iter()
            .filter_map(|value| self.option(value.as_str()))
            .find(|option| option.excludes_others)
    }

    /// The answers that can be chosen together, then those that exclude the rest (shown after "or").
    pub fn options_by_exclusivity(&self) -> (Vec<&AnswerOption>, Vec<&AnswerOption>) {
        self.options
            .iter()
            .partition(|option| !option.excludes_others)
    }

    pub fn option(&self, value: &str) -> Option<&AnswerOption> {
        self.options
            .iter()
            .find(|option| option.value.as_str() == value)
    }
}

/// One wave of a survey, with its questions in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: SurveyId,
    /// The programme the wave belongs to: it is compared year on year only with its programme's
    /// other waves.
    pub programme: ProgrammeId,
    pub slug: Slug,
    pub title: String,
    pub year: i32,
    pub status: SurveyStatus,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
    /// What the survey is for and how answers are kept private, on the start page.
    pub texts: Wordings<SurveyTexts>,
    pub suppression_threshold: u32,
    pub questions: Vec<Question>,
}

/// A wave's start-page words in one language and register.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SurveyTexts {
    pub intro: String,
    pub privacy: String,
    /// The wave's name in this language, in every page's header. Empty keeps the wave's own
    /// title, which is always the English one: a name such as "Be Supported 2024" may be kept.
    pub title: String,
}

/// Whether young people can answer a wave today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    NotYetOpen,
    Open,
    Closed,
}

impl Survey {
    /// A wave is answerable only when it is open and today is within its dates.
    pub fn availability_on(&self, today: NaiveDate) -> Availability {
        match self.status {
            SurveyStatus::Draft => Availability::NotYetOpen,
            SurveyStatus::Closed | SurveyStatus::Archived => Availability::Closed,
            SurveyStatus::Open => {
                if self.opens_on.is_some_and(|opens| today < opens) {
                    Availability::NotYetOpen
                } else if self.closes_on.is_some_and(|closes| today > closes) {
                    Availability::Closed
                } else {
                    Availability::Open
                }
            }
        }
    }

    /// The English introduction in `format`.
    pub fn intro_in(&self, format: ResponseFormat) -> &str {
        &self.texts.in_english(format).intro
    }

    /// The wave's name as young people read it in `format`: its translated name when the wave is
    /// read in a language that gives one, otherwise its own title.
    pub fn title_in(&self, format: ResponseFormat) -> &str {
        let translated = &self.texts.in_english(format).title;
        if translated.is_empty() {
            &self.title
        } else {
            translated
        }
    }

    /// The wave's name for someone reading `language` in `format`, before the wave is read in it
    /// (on a list of waves): translated only when the whole wave is written in that language.
    pub fn title_for(&self, language: &Language, format: ResponseFormat) -> &str {
        let translated = (!language.is_english() && self.missing_wording(language).is_empty())
            .then(|| self.texts.get(language, format))
            .flatten()
            .map(|texts| texts.title.as_str())
            .filter(|title| !title.is_empty());
        translated.unwrap_or(&self.title)
    }

    /// The English privacy promise in `format`.
    pub fn privacy_in(&self, format: ResponseFormat) -> &str {
        &self.texts.in_english(format).privacy
    }

    /// The languages young people can read this wave in: English, and every language its whole
    /// wording (start page, each question and answer, both registers) is written in.
    pub fn languages(&self) -> Vec<Language> {
        self.texts
            .languages()
            .into_iter()
            .filter(|language| self.missing_wording(language).is_empty())
            .collect()
    }

    /// Each language the wave is partly written in, with what is missing: a wave must not open
    /// half in a language (finish the translation, or remove it).
    pub fn translation_gaps(&self) -> Vec<(Language, Vec<WordingPlace>)> {
        let mut started: Vec<Language> = self.texts.languages();
        for question in &self.questions {
            started.extend(question.wording.languages());
            for option in &question.options {
                started.extend(option.labels.languages());
            }
        }
        started.sort();
        started.dedup();
        started
            .into_iter()
            .filter(|language| !language.is_english())
            .filter_map(|language| {
                let missing = self.missing_wording(&language);
                (!missing.is_empty()).then_some((language, missing))
            })
            .collect()
    }

    /// What is not yet written in `language`: the start page, a question, one of its answers.
    pub fn missing_wording(&self, language: &Language) -> Vec<WordingPlace> {
        let mut missing = Vec::new();
        if !self.texts.is_complete_in(language) {
            missing.push(WordingPlace::StartPage);
        }
        for question in &self.questions {
            if !question.wording.is_complete_in(language) {
                missing.push(WordingPlace::Question(question.key.clone()));
            }
            for option in &question.options {
                if !option.labels.is_complete_in(language) {
                    missing.push(WordingPlace::Answer(
                        question.key.clone(),
                        option.value.clone(),
                    ));
                }
            }
        }
        missing
    }

    /// The wave as read in `language`: its wording in that language where the English is, so
    /// every page shows it. None while anything is missing in that language.
    pub fn in_language(&self, language: &Language) -> Option<Survey> {
        if language.is_english() {
            return Some(self.clone());
        }
        let mut read = self.clone();
        read.texts = self.texts.read_in(language)?;
        for question in &mut read.questions {
            question.wording = question.wording.read_in(language)?;
            for option in &mut question.options {
                option.labels = option.labels.read_in(language)?;
            }
        }
        Some(read)
    }

    /// The question shown as "Question `number` of N" (numbers start at 1).
    pub fn question_number(&self, number: usize) -> Option<&Question> {
        number
            .checked_sub(1)
            .and_then(|index| self.questions.get(index))
    }
}

/// The default small-number suppression threshold, and the floor no survey may go below.
pub const DEFAULT_SUPPRESSION_THRESHOLD: u32 = 10;
pub const MIN_SUPPRESSION_THRESHOLD: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    fn wave(status: SurveyStatus) -> Survey {
        Survey {
            id: SurveyId::new_random(),
            programme: ProgrammeId::BE_SUPPORTED,
            slug: Slug::parse("test").unwrap(),
            title: "Test".into(),
            year: 2022,
            status,
            opens_on: NaiveDate::from_ymd_opt(2022, 3, 14),
            closes_on: NaiveDate::from_ymd_opt(2022, 4, 15),
            texts: Wordings::english(SurveyTexts::default(), SurveyTexts::default()),
            suppression_threshold: DEFAULT_SUPPRESSION_THRESHOLD,
            questions: Vec::new(),
        }
    }

    #[test]
    fn an_open_wave_is_answerable_only_between_its_dates() {
        let survey = wave(SurveyStatus::Open);
        let day = |m, d| NaiveDate::from_ymd_opt(2022, m, d).unwrap();
        assert_eq!(survey.availability_on(day(3, 13)), Availability::NotYetOpen);
        assert_eq!(survey.availability_on(day(3, 14)), Availability::Open);
        assert_eq!(survey.availability_on(day(4, 15)), Availability::Open);
        assert_eq!(survey.availability_on(day(4, 16)), Availability::Closed);
    }

    #[test]
    fn closed_and_draft_waves_are_never_answerable() {
        let today = NaiveDate::from_ymd_opt(2022, 4, 1).unwrap();
        assert_eq!(
            wave(SurveyStatus::Closed).availability_on(today),
            Availability::Closed
        );
        assert_eq!(
            wave(SurveyStatus::Draft).availability_on(today),
            Availability::NotYetOpen
        );
    }

    #[test]
    fn enums_round_trip_through_their_stored_text() {
        for kind in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(kind.as_str()).unwrap(), kind);
        }
        for status in SurveyStatus::ALL {
            assert_eq!(SurveyStatus::parse(status.as_str()).unwrap(), status);
        }
        for format in ResponseFormat::ALL {
            assert_eq!(ResponseFormat::parse(format.as_str()).unwrap(), format);
        }
        assert!(PlanItem::new(0).is_err() && PlanItem::new(16).is_ok());
    }

    #[test]
    fn a_sign_video_is_an_https_link_and_nothing_else() {
        let link = SignVideo::parse(" https://video.example.org/bsl/q1?t=3 ").unwrap();
        assert_eq!(link.as_str(), "https://video.example.org/bsl/q1?t=3");
        for refused in [
            "http://video.example.org/q1",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://example.org/a b",
            "https://example.org/\"onmouseover=\"x",
            "//example.org/q1",
            "",
        ] {
            assert!(SignVideo::parse(refused).is_err(), "{refused}");
        }
        assert!(SignVideo::parse(&format!("https://example.org/{}", "a".repeat(500))).is_err());
    }
}
