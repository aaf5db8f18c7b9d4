//! Gathers what every report shows: each wave's question results, the earlier waves that share the
//! wave's question keys, and breakdowns by each demographic question. Counting happens in SQL; the
//! statistics and the disclosure plan in the domain. Each wave's plan is built from all of its
//! tables at once, whichever report asks, so every report and page withholds the same counts.

use std::sync::Mutex;

use crate::db::{
    AnyConnection, DbError, aggregates, comparators, imported_totals, programmes, surveys, targets,
};
use crate::domain::aggregate::{BreakdownRow, QuestionResult, breakdown, question_result};
use crate::domain::breakdown_tally::BreakdownCounts;
use crate::domain::comparator::LocalComparator;
use crate::domain::disclosure::Release;
use crate::domain::disclosure::wave_plan::{ResponseCounts, WaveCounts, WavePlan};
use crate::domain::ids::QuestionKey;
use crate::domain::programme::{Measure, Programme};
use crate::domain::statistics::Interval;
use crate::domain::suppression::Threshold;
use crate::domain::survey::{QuestionKind, Survey};
use crate::domain::target::{self, MeasureTarget, TargetStatus};

pub struct WaveResults {
    pub survey: Survey,
    pub questions: Vec<QuestionResult>,
    pub breakdowns: Vec<BreakdownTable>,
    /// Where the responses came from (empty for a wave of published totals); print their
    /// counts from `plan`, never from here.
    pub responses: ResponseCounts,
    /// Whether the wave holds only published totals, so it has no breakdowns.
    pub totals_only: bool,
    pub plan: WavePlan,
}

impl WaveResults {
    pub fn question(&self, key: &QuestionKey) -> Option<&QuestionResult> {
        self.questions.iter().find(|result| &result.key == key)
    }
}

/// A wave and the earlier waves of its programme it is compared with, oldest first, ending with
/// the wave itself.
pub struct ComparedWaves {
    pub programme: Programme,
    /// The targets the working group set for the programme's measures.
    pub measure_targets: Vec<MeasureTarget>,
    /// Other local surveys' figures the team set beside the programme's measures.
    pub local_comparators: Vec<LocalComparator>,
    pub waves: Vec<WaveResults>,
}

impl ComparedWaves {
    pub fn target(&self) -> &WaveResults {
        self.waves
            .last()
            .expect("the wave itself is always present")
    }

    /// The target the reported wave is judged against for `measure` (asked by the question
    /// `key`), the share's 95% interval when it is shown, and where the wave stands.
    pub fn standing(
        &self,
        measure: &Measure,
        key: &QuestionKey,
    ) -> Option<(&MeasureTarget, Option<Interval>, TargetStatus)> {
        let wave = self.target();
        let target = target::applicable(&self.measure_targets, measure.item, wave.survey.year)?;
        let interval = wave
            .question(key)
            .and_then(|result| result.headline.as_ref())
            .and_then(|headline| headline.interval);
        Some((target, interval, target::status(interval, target.percent)))
    }
}

pub struct BreakdownTable {
    pub question: QuestionKey,
    pub group_question: QuestionKey,
    pub rows: Vec<BreakdownRow>,
}

/// The wave's own suppression threshold, never below the minimum.
pub fn threshold_of(survey: &Survey) -> Threshold {
    Threshold::new(u64::from(survey.suppression_threshold)).unwrap_or(Threshold::DEFAULT)
}

/// Everything counted in a wave, with its disclosure plan.
pub fn wave_results(
    connection: &mut AnyConnection,
    survey: Survey,
) -> Result<WaveResults, DbError> {
    let counts = aggregates::question_counts(connection, &survey)?;
    let totals_only = holds_totals_only(connection, &survey)?;
    let (breakdown_counts, responses) = if totals_only {
        (Vec::new(), ResponseCounts::default())
    } else {
        (
            breakdown_counts(connection, &survey)?,
            aggregates::response_counts(connection, survey.id)?,
        )
    };
    let plan = WavePlan::build_with(
        &WaveCounts {
            survey: &survey,
            questions: &counts,
            breakdowns: &breakdown_counts,
            responses: &responses,
        },
        threshold_of(&survey),
        remembered_releases,
    );
    let questions = counts
        .iter()
        .filter_map(|counts| {
            let question = survey.questions.iter().find(|q| q.key == counts.key)?;
            Some(question_result(question, counts, &plan))
        })
        .collect();
    let breakdowns = breakdown_counts
        .iter()
        .map(|counts| BreakdownTable {
            rows: breakdown(counts, &plan),
            question: counts.question.clone(),
            group_question: counts.group_question.clone(),
        })
        .collect();
    Ok(WaveResults {
        survey,
        questions,
        breakdowns,
        responses,
        totals_only,
        plan,
    })
}

/// Plans decided lately, by the key of their tables: every report of a wave also plans each
/// earlier wave it compares with, and pages are asked for again and again while the numbers stay
/// the same. Any change to a count changes the key.
static REMEMBERED: Mutex<Vec<(String, Vec<Release>)>> = Mutex::new(Vec::new());
const PLANS_REMEMBERED: usize = 32;

fn remembered_releases(key: String, protect: &dyn Fn() -> Vec<Release>) -> Vec<Release> {
    let recall = |key: &str| {
        let remembered = REMEMBERED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        remembered
            .iter()
            .find(|(known, _)| known == key)
            .map(|(_, releases)| releases.clone())
    };
    if let Some(releases) = recall(&key) {
        return releases;
    }
    let releases = protect();
    let mut remembered = REMEMBERED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if remembered.len() >= PLANS_REMEMBERED {
        remembered.remove(0);
    }
    remembered.push((key, releases.clone()));
    releases
}

/// The wave with every earlier wave (by year) of its programme that asked at least one of the
/// same questions. Another programme's waves never count, whatever questions they share.
pub fn compared_waves(
    connection: &mut AnyConnection,
    survey: Survey,
) -> Result<ComparedWaves, DbError> {
    let programme = programmes::find(connection, survey.programme)?
        .ok_or_else(|| DbError::Corrupt(format!("wave {} has no programme", survey.slug)))?;
    let mut earlier = Vec::new();
    for listed in surveys::list(connection)? {
        if listed.year >= survey.year || listed.programme != survey.programme {
            continue;
        }
        let Some(other) = surveys::find_by_slug(connection, &listed.slug)? else {
            continue;
        };
        let shares_a_question = other
            .questions
            .iter()
            .any(|question| survey.questions.iter().any(|q| q.key == question.key));
        if shares_a_question {
            earlier.push(other);
        }
    }
    earlier.sort_by_key(|other| other.year);
    let mut waves = Vec::with_capacity(earlier.len() + 1);
    for other in earlier {
        waves.push(wave_results(connection, other)?);
    }
    waves.push(wave_results(connection, survey)?);
    let measure_targets = targets::for_programme(connection, programme.id)?;
    let local_comparators = comparators::for_programme(connection, programme.id)?;
    Ok(ComparedWaves {
        programme,
        measure_targets,
        local_comparators,
        waves,
    })
}

/// Whether a wave has only its published totals, so no breakdowns can be made.
pub fn holds_totals_only(connection: &mut AnyConnection, survey: &Survey) -> Result<bool, DbError> {
    imported_totals::exist_for_survey(connection, survey.id)
}

/// The counts behind every headline question by every demographic question, from the wave's
/// responses.
pub fn breakdown_counts(
    connection: &mut AnyConnection,
    survey: &Survey,
) -> Result<Vec<BreakdownCounts>, DbError> {
    let headline_questions = survey
        .questions
        .iter()
        .filter(|question| {
            question.kind != QuestionKind::MultipleChoice
                && question.options.iter().any(|option| option.is_positive)
        })
        .collect();
    let group_questions = survey
        .questions
        .iter()
        .filter(|q| q.is_demographic)
        .collect();
    aggregates::breakdown_counts(connection, headline_questions, group_questions)
}
