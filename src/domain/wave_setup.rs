//! Starting a new wave: from a template, or as a copy of an earlier wave that keeps
//! every question key (so the two compare year on year) under fresh ids and as a draft.

use chrono::NaiveDate;

use super::field_problem::FieldProblem;
use super::ids::{OptionId, ProgrammeId, QuestionId, Slug, SurveyId};
use super::survey::{Survey, SurveyStatus};
use super::template::Template;

/// The checked details of a new wave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWave {
    pub slug: Slug,
    pub title: String,
    pub year: i32,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
}

/// The earliest and latest years a wave may be for.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Checks what was typed for a new wave; every problem at once, so a form shows them all.
pub fn check_new_wave(
    slug: &str,
    title: &str,
    year: &str,
    opens_on: &str,
    closes_on: &str,
) -> Result<NewWave, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut problem = |field, message| problems.push(FieldProblem::new(field, message));
    let slug = Slug::parse(slug.trim()).ok();
    if slug.is_none() {
        problem("slug", "staff-problem-wave-slug");
    }
    let title = title.trim();
    if title.is_empty() {
        problem("title", "staff-problem-wave-title");
    }
    let year = year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|year| YEARS.contains(year));
    if year.is_none() {
        problem("year", "staff-problem-wave-year");
    }
    let date = |text: &str| -> Result<Option<NaiveDate>, ()> {
        let text = text.trim();
        if text.is_empty() {
            Ok(None)
        } else {
            super::iso_day::parse(text).map(Some).ok_or(())
        }
    };
    let opens = date(opens_on);
    if opens.is_err() {
        problem("opens_on", "staff-problem-wave-opens");
    }
    let closes = date(closes_on);
    if closes.is_err() {
        problem("closes_on", "staff-problem-wave-closes");
    }
    if let (Ok(Some(opens)), Ok(Some(closes))) = (opens, closes)
        && closes < opens
    {
        problem("closes_on", "staff-problem-wave-closes-early");
    }
    match (slug, year, opens, closes) {
        (Some(slug), Some(year), Ok(opens_on), Ok(closes_on)) if problems.is_empty() => {
            Ok(NewWave {
                slug,
                title: title.to_owned(),
                year,
                opens_on,
                closes_on,
            })
        }
        _ => Err(problems),
    }
}

/// A new draft wave from `template`, in the stored programme `programme`.
pub fn from_template(template: &Template, programme: ProgrammeId, new: &NewWave) -> Survey {
    let mut survey = template.wave(new.year, programme);
    apply(&mut survey, new);
    survey
}

/// A new draft wave with `earlier`'s programme, questions, options, wording and settings, under
/// fresh ids.
/// Keys and option values stay the same: they are what links the waves.
pub fn copy_of(earlier: &Survey, new: &NewWave) -> Survey {
    let mut survey = earlier.clone();
    survey.id = SurveyId::new_random();
    for question in &mut survey.questions {
        question.id = QuestionId::new_random();
        for option in &mut question.options {
            option.id = OptionId::new_random();
        }
    }
    apply(&mut survey, new);
    survey
}

fn apply(survey: &mut Survey, new: &NewWave) {
    survey.slug = new.slug.clone();
    survey.title = new.title.clone();
    survey.year = new.year;
    survey.opens_on = new.opens_on;
    survey.closes_on = new.closes_on;
    survey.status = SurveyStatus::Draft;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;
    use crate::domain::survey::ResponseFormat;

    fn details() -> NewWave {
        check_new_wave(
            " be-supported-2023 ",
            " Be Supported 2023 ",
            "2023",
            "2023-03-13",
            "2023-04-14",
        )
        .unwrap()
    }

    #[test]
    fn a_copy_keeps_keys_and_wording_under_new_ids_as_a_draft() {
        let mut earlier = be_supported(2022);
        earlier.status = SurveyStatus::Closed;
        earlier.questions[0]
            .wording
            .in_english_mut(ResponseFormat::Standard)
            .text = "Changed last year".into();
        let copy = copy_of(&earlier, &details());
        assert_eq!(copy.slug.as_str(), "be-supported-2023");
        assert_eq!(copy.title, "Be Supported 2023");
        assert_eq!(copy.status, SurveyStatus::Draft);
        assert_ne!(copy.id, earlier.id);
        assert_eq!(copy.questions[0].text(), "Changed last year");
        for (new, old) in copy.questions.iter().zip(&earlier.questions) {
            assert_eq!(new.key, old.key);
            assert_ne!(new.id, old.id);
            for (new_option, old_option) in new.options.iter().zip(&old.options) {
                assert_eq!(new_option.value, old_option.value);
                assert_ne!(new_option.id, old_option.id);
            }
        }
    }

    #[test]
    fn every_problem_with_the_details_is_named_by_field() {
        let problems =
            check_new_wave("Not A Slug", " ", "23", "2023-02-30", "2023-01-01").unwrap_err();
        let fields: Vec<&str> = problems
            .iter()
            .map(|problem| problem.field.as_ref())
            .collect();
        assert_eq!(fields, ["slug", "title", "year", "opens_on"]);
        let problems = check_new_wave("ok", "Ok", "2023", "2023-04-14", "2023-03-13").unwrap_err();
        assert_eq!(problems[0].field, "closes_on");
        assert!(
            check_new_wave("ok", "Ok", "2023", "", "").is_ok(),
            "dates are optional"
        );
    }
}
