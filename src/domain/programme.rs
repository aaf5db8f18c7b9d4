//! A programme: a line of work whose waves are compared year on year (the plan's Be Supported, Be
//! Healthy, Be Safe and Be Successful, or a consultation the team starts), with the measures its
//! reports judge it by. A wave belongs to one programme, and trends never cross programmes, so two
//! surveys that both ask `age_band` stay apart.

use std::collections::HashSet;

use super::ids::{OptionValue, ProgrammeId, QuestionKey, Slug};
use super::survey::{PlanItem, Question, QuestionKind, Survey};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: ProgrammeId,
    pub slug: Slug,
    /// As the plan names it, e.g. "Be Supported".
    pub name: String,
    pub measures: Vec<Measure>,
}

/// One commitment a programme is measured by: a plan item and the question that measures it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub item: PlanItem,
    /// The commitment as the plan names it.
    pub title: String,
    /// A few words for the end of a trend line, e.g. "Role models".
    pub short_name: String,
    /// Finishes "More young people …", e.g. "know who to talk to when they need support".
    pub people_phrase: String,
    /// The same in Easy Read, finishing "… young people …".
    pub easy_read_phrase: String,
    /// The question whose positive answers make the measure's share.
    pub question: QuestionKey,
}

/// The longest name a programme may have: it heads report sections and staff lists.
pub const NAME_MAX_CHARS: usize = 60;

impl Programme {
    /// Every problem with a programme's definition, as sentences for the person who wrote it.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > NAME_MAX_CHARS {
            problems.push(format!(
                "the programme needs a name of 1 to {NAME_MAX_CHARS} characters"
            ));
        }
        let mut items = HashSet::new();
        let mut questions = HashSet::new();
        for measure in &self.measures {
            let item = measure.item.number();
            if !items.insert(item) {
                problems.push(format!("plan item {item} is measured twice"));
            }
            if !questions.insert(&measure.question) {
                problems.push(format!(
                    "question {} measures two plan items",
                    measure.question
                ));
            }
            for (field, text) in [
                ("title", &measure.title),
                ("short_name", &measure.short_name),
                ("people_phrase", &measure.people_phrase),
                ("easy_read_phrase", &measure.easy_read_phrase),
            ] {
                if text.trim().is_empty() {
                    problems.push(format!("plan item {item} has no {field}"));
                }
            }
        }
        problems
    }

    pub fn measure(&self, item: PlanItem) -> Option<&Measure> {
        self.measures.iter().find(|measure| measure.item == item)
    }

    /// The plan items a question of this programme can be filed under.
    pub fn plan_items(&self) -> impl Iterator<Item = PlanItem> + '_ {
        self.measures.iter().map(|measure| measure.item)
    }
}

/// The question that measures `measure` in a wave: the measure's question, if the wave asks it as
/// a question with positive answers that is not "choose all that apply".
pub fn headline_question<'a>(survey: &'a Survey, measure: &Measure) -> Option<&'a Question> {
    survey.questions.iter().find(|question| {
        question.key == measure.question
            && question.kind != QuestionKind::MultipleChoice
            && question.options.iter().any(|option| option.is_positive)
    })
}

/// The answers a question counts towards its share, in the question's order.
pub fn positive_values(question: &Question) -> Vec<&OptionValue> {
    question
        .options
        .iter()
        .filter(|option| option.is_positive)
        .map(|option| &option.value)
        .collect()
}

/// A measure whose question counts other answers as positive than it did in an earlier wave:
/// its trend would compare two different things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedPositives {
    pub question: QuestionKey,
    pub then: Vec<OptionValue>,
    pub now: Vec<OptionValue>,
}

/// Every measure of `programme` asked in both waves whose positive answers differ.
pub fn changed_positives(
    programme: &Programme,
    earlier: &Survey,
    now: &Survey,
) -> Vec<ChangedPositives> {
    programme
        .measures
        .iter()
        .filter_map(|measure| {
            let then = headline_question(earlier, measure)?;
            let current = headline_question(now, measure)?;
            let (then, current) = (positive_values(then), positive_values(current));
            (then != current).then(|| ChangedPositives {
                question: measure.question.clone(),
                then: then.into_iter().cloned().collect(),
                now: current.into_iter().cloned().collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;

    fn measure(item: u8, question: &str) -> Measure {
        Measure {
            item: PlanItem::new(item).unwrap(),
            title: "Feel safe at home".into(),
            short_name: "Safe at home".into(),
            people_phrase: "feel safe at home".into(),
            easy_read_phrase: "feel safe at home".into(),
            question: QuestionKey::parse(question).unwrap(),
        }
    }

    #[test]
    fn a_programme_measures_each_plan_item_once_with_its_own_question() {
        let programme = Programme {
            id: ProgrammeId::new_random(),
            slug: Slug::parse("be-safe").unwrap(),
            name: " ".into(),
            measures: vec![
                measure(9, "safe_at_home"),
                measure(9, "safe_online"),
                measure(10, "safe_at_home"),
            ],
        };
        assert_eq!(
            programme.problems(),
            [
                "the programme needs a name of 1 to 60 characters",
                "plan item 9 is measured twice",
                "question safe_at_home measures two plan items",
            ]
        );
    }

    #[test]
    fn a_measure_counting_other_answers_as_positive_than_last_year_is_named() {
        let programme = crate::domain::built_in_templates::named("be-supported")
            .unwrap()
            .programme
            .clone();
        let earlier = be_supported(2023);
        let mut now = be_supported(2024);
        assert!(changed_positives(&programme, &earlier, &now).is_empty());
        for option in &mut now.questions[0].options {
            option.is_positive = option.value.as_str() == "strongly_agree";
        }
        let changed = changed_positives(&programme, &earlier, &now);
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].question.as_str(), "know_who_to_speak_to");
        assert_eq!(
            changed[0]
                .then
                .iter()
                .map(OptionValue::as_str)
                .collect::<Vec<_>>(),
            ["strongly_agree", "agree"]
        );
        assert_eq!(
            changed[0]
                .now
                .iter()
                .map(OptionValue::as_str)
                .collect::<Vec<_>>(),
            ["strongly_agree"]
        );
    }

    #[test]
    fn the_headline_question_is_the_measures_question_only_when_it_has_positive_answers() {
        let mut survey = be_supported(2024);
        let who = measure(13, "know_who_to_speak_to");
        assert_eq!(
            headline_question(&survey, &who).unwrap().key.as_str(),
            "know_who_to_speak_to"
        );
        let where_go = measure(13, "where_go_for_support");
        assert!(
            headline_question(&survey, &where_go).is_none(),
            "choose all that apply"
        );
        for option in &mut survey.questions[0].options {
            option.is_positive = false;
        }
        assert!(headline_question(&survey, &who).is_none());
    }
}
