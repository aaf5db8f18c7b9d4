//! Survey templates as data: a TOML file names its programme with the measures it is judged by,
//! the start page's words, and every question with its answers, in English in both registers.
//! A file is checked whole when it is read, and every problem is named, so a team can write its
//! own template without a programmer; a wave made from it starts as a draft with fresh ids.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::ids::{
    OptionId, OptionValue, ProgrammeId, QuestionId, QuestionKey, Slug, SurveyId, SymbolName,
};
use super::programme::{Measure, Programme, headline_question};
use super::survey::{
    AnswerOption, DEFAULT_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD, PlanItem, Question,
    QuestionKind, QuestionWording, SignVideo, Survey, SurveyStatus, SurveyTexts,
};
use super::symbols::SymbolLibrary;
use super::wording::Wordings;

/// A checked template: its programme and a prototype wave to copy for each year.
#[derive(Debug, Clone)]
pub struct Template {
    /// The programme as the template defines it; its id is a placeholder until the programme is
    /// stored (see [`Template::wave`]).
    pub programme: Programme,
    prototype: Survey,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// Not TOML, or not the shape of a template; the message names the line.
    #[error("the template cannot be read: {0}")]
    Unreadable(String),
    #[error("the template has {} problem(s): {}", .0.len(), .0.join("; "))]
    Invalid(Vec<String>),
}

impl Template {
    /// Reads and checks a template file; symbols must be in `symbols`.
    pub fn parse(text: &str, symbols: &SymbolLibrary) -> Result<Template, TemplateError> {
        let file: TemplateFile =
            toml::from_str(text).map_err(|error| TemplateError::Unreadable(error.to_string()))?;
        file.check(symbols)
    }

    /// The template's programme slug, e.g. `be-supported`: also the name `survey new --template`
    /// takes.
    pub fn name(&self) -> &Slug {
        &self.programme.slug
    }

    /// A fresh draft wave for `year` in the stored programme `programme`, e.g. "Be Supported
    /// 2024" at `be-supported-2024`, with new ids throughout.
    pub fn wave(&self, year: i32, programme: ProgrammeId) -> Survey {
        let mut survey = self.prototype.clone();
        survey.id = SurveyId::new_random();
        survey.programme = programme;
        survey.year = year;
        survey.title = format!("{} {year}", self.programme.name);
        survey.slug = Slug::parse(&format!("{}-{year}", self.programme.slug))
            .unwrap_or_else(|_| self.programme.slug.clone());
        for question in &mut survey.questions {
            question.id = QuestionId::new_random();
            for option in &mut question.options {
                option.id = OptionId::new_random();
            }
        }
        survey
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    programme: ProgrammeSection,
    start_page: StartPage,
    #[serde(default)]
    suppression_threshold: Option<u32>,
    /// Answer lists shared by several questions, such as "agreement".
    #[serde(default)]
    option_sets: BTreeMap<String, Vec<OptionEntry>>,
    questions: Vec<QuestionEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeSection {
    slug: String,
    name: String,
    #[serde(default)]
    measures: Vec<MeasureEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureEntry {
    item: u8,
    title: String,
    short_name: String,
    people_phrase: String,
    easy_read_phrase: String,
    question: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StartPage {
    intro: String,
    privacy: String,
    easy_read_intro: String,
    easy_read_privacy: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionEntry {
    key: String,
    kind: QuestionKind,
    text: String,
    easy_read: String,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    easy_read_hint: Option<String>,
    symbol: String,
    #[serde(default)]
    plan_item: Option<u8>,
    #[serde(default)]
    demographic: bool,
    #[serde(default)]
    options: Option<Options>,
    /// The values that count towards the question's share, e.g. ["strongly_agree", "agree"].
    #[serde(default)]
    positive: Vec<String>,
    /// The "other, please say" answer.
    #[serde(default)]
    invites_text: Option<String>,
    /// "Nobody", "None yet": answers chosen only on their own.
    #[serde(default)]
    excludes_others: Vec<String>,
    /// A link to the question in British Sign Language.
    #[serde(default)]
    bsl_video: Option<String>,
}

/// A question's answers: the name of an option set, or listed in place.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Options {
    Set(String),
    Listed(Vec<OptionEntry>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionEntry {
    value: String,
    label: String,
    easy_read: String,
    symbol: String,
}

impl TemplateFile {
    fn check(self, symbols: &SymbolLibrary) -> Result<Template, TemplateError> {
        let mut problems = Vec::new();
        let slug = Slug::parse(self.programme.slug.trim());
        if slug.is_err() {
            problems.push(format!(
                "programme slug {:?} must be lower-case letters, digits and hyphens",
                self.programme.slug
            ));
        }
        let threshold = self
            .suppression_threshold
            .unwrap_or(DEFAULT_SUPPRESSION_THRESHOLD);
        if threshold < MIN_SUPPRESSION_THRESHOLD {
            problems.push(format!(
                "suppression_threshold must be at least {MIN_SUPPRESSION_THRESHOLD}"
            ));
        }
        let symbol =
            |name: &str, whose: &str, problems: &mut Vec<String>| match SymbolName::parse(name) {
                Ok(symbol) if symbols.contains(&symbol) => Some(symbol),
                _ => {
                    problems.push(format!("{whose}: there is no symbol called {name:?}"));
                    None
                }
            };
        let start_page = &self.start_page;
        for (field, text) in [
            ("intro", &start_page.intro),
            ("privacy", &start_page.privacy),
            ("easy_read_intro", &start_page.easy_read_intro),
            ("easy_read_privacy", &start_page.easy_read_privacy),
        ] {
            if text.trim().is_empty() {
                problems.push(format!("start_page.{field} is empty"));
            }
        }
        let mut questions = Vec::new();
        let mut keys = HashSet::new();
        for entry in &self.questions {
            let whose = format!("question {}", entry.key);
            let Ok(key) = QuestionKey::parse(&entry.key) else {
                problems.push(format!(
                    "question key {:?} must be lower-case letters, digits and underscores",
                    entry.key
                ));
                continue;
            };
            if !keys.insert(key.clone()) {
                problems.push(format!("{whose} is asked twice"));
            }
            let listed = match &entry.options {
                None => Vec::new(),
                Some(Options::Listed(listed)) => listed.clone(),
                Some(Options::Set(name)) => match self.option_sets.get(name) {
                    Some(set) => set.clone(),
                    None => {
                        problems.push(format!("{whose}: there is no option set called {name:?}"));
                        Vec::new()
                    }
                },
            };
            if entry.kind.has_options() == listed.is_empty() {
                problems.push(if entry.kind.has_options() {
                    format!("{whose} needs answers to choose from")
                } else {
                    format!("{whose} is free text, so it has no answers")
                });
            }
            let mut options = Vec::new();
            let mut values = HashSet::new();
            for option in &listed {
                let whose = format!("{whose}, answer {}", option.value);
                let Ok(value) = OptionValue::parse(&option.value) else {
                    problems.push(format!(
                        "{whose}: answer values are lower-case letters, digits and underscores"
                    ));
                    continue;
                };
                if !values.insert(value.clone()) {
                    problems.push(format!("{whose} is listed twice"));
                }
                if option.label.trim().is_empty() || option.easy_read.trim().is_empty() {
                    problems.push(format!("{whose} needs a label and an Easy Read label"));
                }
                options.push(AnswerOption {
                    id: OptionId::new_random(),
                    symbol: symbol(&option.symbol, &whose, &mut problems),
                    is_positive: entry.positive.contains(&option.value),
                    invites_text: entry.invites_text.as_deref() == Some(option.value.as_str()),
                    excludes_others: entry.excludes_others.contains(&option.value),
                    labels: Wordings::english(option.label.clone(), option.easy_read.clone()),
                    value,
                });
            }
            let named = entry
                .positive
                .iter()
                .chain(&entry.invites_text)
                .chain(&entry.excludes_others);
            for value in named {
                if !listed.iter().any(|option| &option.value == value) {
                    problems.push(format!("{whose} has no answer {value:?}"));
                }
            }
            if entry.text.trim().is_empty() || entry.easy_read.trim().is_empty() {
                problems.push(format!("{whose} needs its text and its Easy Read text"));
            }
            let plan_item = entry
                .plan_item
                .and_then(|number| match PlanItem::new(number) {
                    Ok(item) => Some(item),
                    Err(_) => {
                        problems.push(format!("{whose}: plan items are numbered 1 to 99"));
                        None
                    }
                });
            let sign_video = entry.bsl_video.as_deref().and_then(|link| {
                SignVideo::parse(link)
                    .map_err(|_| {
                        problems.push(format!("{whose}: bsl_video must be an https:// link"))
                    })
                    .ok()
            });
            questions.push(Question {
                id: QuestionId::new_random(),
                key,
                kind: entry.kind,
                wording: Wordings::english(
                    QuestionWording::new(&entry.text, entry.hint.as_deref()),
                    QuestionWording::new(&entry.easy_read, entry.easy_read_hint.as_deref()),
                ),
                symbol: symbol(&entry.symbol, &whose, &mut problems),
                plan_item,
                is_demographic: entry.demographic,
                options,
                sign_video,
            });
        }
        if questions.is_empty() {
            problems.push("the template asks no questions".to_owned());
        }
        let mut measures = Vec::new();
        for entry in &self.programme.measures {
            let (Ok(item), Ok(question)) = (
                PlanItem::new(entry.item),
                QuestionKey::parse(&entry.question),
            ) else {
                problems.push(format!(
                    "measure {}: plan items are numbered 1 to 99 and name a question key",
                    entry.item
                ));
                continue;
            };
            measures.push(Measure {
                item,
                title: entry.title.clone(),
                short_name: entry.short_name.clone(),
                people_phrase: entry.people_phrase.clone(),
                easy_read_phrase: entry.easy_read_phrase.clone(),
                question,
            });
        }
        let programme = Programme {
            id: ProgrammeId::new_random(),
            slug: slug
                .clone()
                .unwrap_or_else(|_| Slug::parse("template").expect("a valid slug")),
            name: self.programme.name.trim().to_owned(),
            measures,
        };
        problems.extend(programme.problems());
        let prototype = Survey {
            id: SurveyId::new_random(),
            programme: programme.id,
            slug: programme.slug.clone(),
            title: programme.name.clone(),
            year: 0,
            status: SurveyStatus::Draft,
            opens_on: None,
            closes_on: None,
            texts: Wordings::english(
                SurveyTexts {
                    intro: start_page.intro.trim().to_owned(),
                    privacy: start_page.privacy.trim().to_owned(),
                    title: String::new(),
                },
                SurveyTexts {
                    intro: start_page.easy_read_intro.trim().to_owned(),
                    privacy: start_page.easy_read_privacy.trim().to_owned(),
                    title: String::new(),
                },
            ),
            suppression_threshold: threshold,
            questions,
        };
        for measure in &programme.measures {
            if headline_question(&prototype, measure).is_none() {
                problems.push(format!(
                    "measure {}: question {} must be in the template, with positive answers, and \
                     not \"choose all that apply\"",
                    measure.item.number(),
                    measure.question
                ));
            }
            let filed = prototype
                .questions
                .iter()
                .find(|question| question.key == measure.question)
                .and_then(|question| question.plan_item);
            if filed.is_some_and(|filed| filed != measure.item) {
                problems.push(format!(
                    "question {} is filed under another plan item than the measure it makes",
                    measure.question
                ));
            }
        }
        let measured: HashSet<PlanItem> = programme.plan_items().collect();
        for question in &prototype.questions {
            if let Some(item) = question.plan_item
                && !measured.contains(&item)
            {
                problems.push(format!(
                    "question {} is filed under plan item {}, which the programme does not measure",
                    question.key,
                    item.number()
                ));
            }
        }
        if problems.is_empty() {
            Ok(Template {
                programme,
                prototype,
            })
        } else {
            Err(TemplateError::Invalid(problems))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbols() -> SymbolLibrary {
        SymbolLibrary::from_manifest(include_str!("../../assets/symbols/manifest.csv")).unwrap()
    }

    const SMALL: &str = r#"
[programme]
slug = "youth-travel"
name = "Getting around"

[[programme.measures]]
item = 1
title = "Travel safely and cheaply"
short_name = "Easy to travel"
people_phrase = "find it easy to get where they need to go"
easy_read_phrase = "can get where they need to go"
question = "easy_to_travel"

[start_page]
intro = "This survey asks how you get around."
privacy = "We do not ask for your name."
easy_read_intro = "We want to know how you get around."
easy_read_privacy = "We do not ask for your name."

[option_sets]
yes_no = [
    { value = "yes", label = "Yes", easy_read = "Yes", symbol = "yes" },
    { value = "no", label = "No", easy_read = "No", symbol = "no" },
]

[[questions]]
key = "easy_to_travel"
kind = "single_choice"
text = "Is it easy to get where you need to go?"
easy_read = "Can you get where you need to go?"
symbol = "place"
plan_item = 1
options = "yes_no"
positive = ["yes"]
"#;

    fn problems(text: &str) -> Vec<String> {
        match Template::parse(text, &symbols()) {
            Err(TemplateError::Invalid(problems)) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_teams_own_template_makes_a_wave_of_its_own_programme() {
        let template = Template::parse(SMALL, &symbols()).unwrap();
        assert_eq!(template.programme.name, "Getting around");
        let programme = ProgrammeId::new_random();
        let wave = template.wave(2025, programme);
        assert_eq!(wave.programme, programme);
        assert_eq!(wave.title, "Getting around 2025");
        assert_eq!(wave.slug.as_str(), "youth-travel-2025");
        assert_eq!(wave.status, SurveyStatus::Draft);
        let question = &wave.questions[0];
        assert!(question.option("yes").unwrap().is_positive);
        assert!(!question.option("no").unwrap().is_positive);
        assert_eq!(
            question
                .wording
                .in_english(super::super::survey::ResponseFormat::EasyRead)
                .text,
            "Can you get where you need to go?"
        );
    }

    #[test]
    fn every_problem_in_a_template_is_named_at_once() {
        let broken = SMALL
            .replace(r#"symbol = "place""#, r#"symbol = "unicorn""#)
            .replace(r#"positive = ["yes"]"#, r#"positive = ["maybe"]"#)
            .replace(r#"options = "yes_no""#, r#"options = "yes_or_no""#);
        let found = problems(&broken);
        assert!(
            found
                .iter()
                .any(|p| p.contains(r#"no symbol called "unicorn""#)),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains(r#"no option set called "yes_or_no""#)),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("needs answers to choose from")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains(r#"has no answer "maybe""#)),
            "{found:?}"
        );
        assert!(
            found.iter().any(
                |p| p.starts_with("measure 1: question easy_to_travel must be in the template")
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_question_filed_under_an_item_the_programme_does_not_measure_is_refused() {
        let found = problems(&SMALL.replace("plan_item = 1", "plan_item = 7"));
        assert!(
            found
                .iter()
                .any(|p| p.contains("filed under another plan item")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("plan item 7, which the programme does not measure")),
            "{found:?}"
        );
    }

    #[test]
    fn a_duplicate_key_and_a_bad_slug_are_refused() {
        let twice = format!(
            "{}{}",
            SMALL.replace(r#"slug = "youth-travel""#, r#"slug = "Youth Travel""#),
            &SMALL[SMALL.find("[[questions]]").unwrap()..]
        );
        let found = problems(&twice);
        assert!(
            found
                .iter()
                .any(|p| p.contains("question easy_to_travel is asked twice")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains(r#"programme slug "Youth Travel""#)),
            "{found:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_a_template_says_where_it_went_wrong() {
        let Err(TemplateError::Unreadable(message)) = Template::parse(
            &SMALL.replace("kind = \"single_choice\"", "kind = \"essay\""),
            &symbols(),
        ) else {
            panic!("an unknown kind is unreadable");
        };
        assert!(
            message.contains("essay") && message.contains("line"),
            "{message}"
        );
        let Err(TemplateError::Unreadable(message)) =
            Template::parse(&format!("{SMALL}\ncolour = \"blue\"\n"), &symbols())
        else {
            panic!("an unknown field is refused, so a typo is not silently ignored");
        };
        assert!(message.contains("colour"), "{message}");
    }
}
