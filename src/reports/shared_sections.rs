//! Sections the summary and full reports share: the programme's measures with their verdicts, the
//! quotes, "what happens next" and how to read the numbers.

use chrono::NaiveDate;

use super::action_lines::{self, Readers};
use super::cells;
use super::document::{Block, KeyFact, QuoteLine, Section, Table};
use super::figures::{self, TrendMeasure};
use super::inputs::ReportInputs;
use super::quotes::{Quote, ThemeQuotes};
use super::results::{ComparedWaves, WaveResults, threshold_of};
use crate::charts::ChartError;
use crate::charts::trend::TargetLine;
use crate::domain::comparator;
use crate::domain::comparison::{Verdict, compare, wording_changed};
use crate::domain::findings::change_sentence;
use crate::domain::ids::QuestionKey;
use crate::domain::number_format::{one_decimal, thousands, whole_percent};
use crate::domain::programme::{Measure, headline_question, positive_values};
use crate::domain::statistics::Interval;
use crate::domain::suppression::Count;
use crate::domain::survey::ResponseFormat;
use crate::domain::target::{MeasureTarget, TargetStatus};
use crate::domain::team_texts::paragraphs;

/// "2019, 2020 and 2021".
pub fn in_a_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "23 November 2026".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// The programme's measures the wave asks, each with the key of its headline question.
pub fn measures(compared: &ComparedWaves) -> Vec<(&Measure, QuestionKey)> {
    compared
        .programme
        .measures
        .iter()
        .filter_map(|measure| {
            Some((
                measure,
                headline_question(&compared.target().survey, measure)?
                    .key
                    .clone(),
            ))
        })
        .collect()
}

/// How many young people answered the wave: its responses, or for a wave imported as totals the
/// most answering any one question.
pub fn responses(inputs: &ReportInputs) -> Count {
    let target = inputs.compared.target();
    if let Some(stored) = target.plan.responses() {
        return stored;
    }
    target
        .questions
        .iter()
        .filter_map(|result| result.answered.shown())
        .max()
        .map_or(Count::FewerThan, Count::Shown)
}

/// Responses in each format, as the wave's disclosure plan shows them; a format nobody used is
/// a count of 0, withheld like any small count.
pub fn by_format(inputs: &ReportInputs) -> Vec<(ResponseFormat, Count)> {
    let plan = &inputs.compared.target().plan;
    ResponseFormat::ALL
        .into_iter()
        .map(|format| {
            let count = plan.format(format.as_str()).unwrap_or(Count::FewerThan);
            (format, count)
        })
        .collect()
}

pub fn key_facts(inputs: &ReportInputs) -> Block {
    let target = inputs.compared.target();
    let total = responses(inputs);
    let threshold = target.plan.threshold();
    let mut facts = vec![KeyFact {
        figure: cells::count(total, threshold),
        label: format!("young people answered in {}", target.survey.year),
    }];
    let easy_read = by_format(inputs)
        .into_iter()
        .find(|(format, _)| *format == ResponseFormat::EasyRead)
        .map(|(_, count)| count);
    if let (Some(count), Some(stored)) = (easy_read, target.plan.responses()) {
        facts.push(KeyFact {
            figure: match (count, stored) {
                (Count::Shown(n), Count::Shown(stored)) if stored > 0 => {
                    whole_percent(n as f64 * 100.0 / stored as f64)
                }
                (withheld, _) => cells::withheld(withheld, threshold),
            },
            label: "answered in Easy Read".to_owned(),
        });
    }
    facts.push(KeyFact {
        figure: inputs.compared.waves.len().to_string(),
        label: "yearly surveys compared".to_owned(),
    });
    Block::KeyFacts { facts }
}

/// One finding per plan measure: this year's share, and the change since last year and since the
/// first year, in plain words.
pub fn measure_findings(compared: &ComparedWaves) -> Vec<Block> {
    let threshold = compared.target().plan.threshold();
    measures(compared)
        .into_iter()
        .filter_map(|(measure, key)| {
            let target = compared.target();
            let result = target.question(&key)?;
            let headline = result.headline.as_ref()?;
            let figure = cells::headline_share(headline, threshold);
            let detail = match (headline.answered, headline.interval) {
                (Count::Shown(answered), Some(interval)) => format!(
                    "of {} young people answering {} (95% interval {}).",
                    thousands(answered),
                    &measure.people_phrase,
                    cells::interval(interval)
                ),
                (Count::Shown(answered), None)
                    if headline.at_least(threshold).is_some()
                        || headline.at_most(threshold).is_some() =>
                {
                    format!(
                        "of {} young people answering {}: fewer than {} answered the other way, \
                         so the exact share is not shown.",
                        thousands(answered),
                        &measure.people_phrase,
                        threshold.value()
                    )
                }
                (Count::FewerThan, _) => format!(
                    "Fewer than {} young people answered this in {}, so no share is shown.",
                    threshold.value(),
                    target.survey.year
                ),
                _ => format!(
                    "This share is held back in {}, so that a small group cannot be worked out \
                     from the other numbers.",
                    target.survey.year
                ),
            };
            let earlier: Vec<_> = compared.waves[..compared.waves.len() - 1]
                .iter()
                .filter(|wave| wave.question(&key).is_some())
                .collect();
            let mut sentences = Vec::new();
            if let Some(previous) = earlier.last() {
                let comparison =
                    compare(previous.question(&key)?.headline.as_ref(), Some(headline));
                sentences.push(change_sentence(
                    &measure.people_phrase,
                    previous.survey.year,
                    &comparison,
                ));
                sentences.extend(wording_note(previous, target, &key));
            }
            if let Some(baseline) = earlier.first().filter(|_| earlier.len() > 1) {
                let comparison =
                    compare(baseline.question(&key)?.headline.as_ref(), Some(headline));
                sentences.push(change_sentence(
                    &measure.people_phrase,
                    baseline.survey.year,
                    &comparison,
                ));
                sentences.extend(wording_note(baseline, target, &key));
            }
            if let Some((goal, interval, status)) = compared.standing(measure, &key) {
                sentences.push(target_sentence(goal, interval, status));
            }
            sentences.extend(
                comparator::for_report(
                    &compared.local_comparators,
                    measure.item,
                    target.survey.year,
                )
                .into_iter()
                .map(|other| other.figure.sentence()),
            );
            Some(Block::Finding {
                title: format!("{}. {}", measure.item.number(), measure.title),
                figure,
                detail,
                sentences,
            })
        })
        .collect()
}

/// Where the wave stands against the measure's target, said from the 95% interval.
pub fn target_sentence(
    target: &MeasureTarget,
    interval: Option<Interval>,
    status: TargetStatus,
) -> String {
    let set = format!("The target is {}.", target.describe());
    let standing = match (status, interval) {
        (TargetStatus::Met, Some(interval)) => format!(
            "Met: the whole 95% interval ({}) is at or above it.",
            cells::interval(interval)
        ),
        (TargetStatus::NotMet, Some(interval)) => format!(
            "Not met: the whole 95% interval ({}) is below it.",
            cells::interval(interval)
        ),
        (TargetStatus::NotYetClear, Some(interval)) => format!(
            "Not yet clear: the 95% interval ({}) includes it, so the share could be on either \
             side of it.",
            cells::interval(interval)
        ),
        _ => "Not shown: the share is held back, and saying whether it is met would tell how \
              large it is."
            .to_owned(),
    };
    format!("{set} {standing}")
}

/// "70% by 2024: met", for tables.
pub fn target_cell(target: &MeasureTarget, status: TargetStatus) -> String {
    format!(
        "{}% by {}: {}",
        target.percent.value(),
        target.by_year,
        status.as_str()
    )
}

/// The measures at a glance, for a Board paper's first page: each measure's share this year with
/// its interval, its change since the wave before, and a one-line verdict.
pub fn at_a_glance(compared: &ComparedWaves) -> Option<Block> {
    let target = compared.target();
    let threshold = target.plan.threshold();
    let previous = compared.waves.iter().rev().nth(1);
    // The column appears once the working group has set any target for the programme.
    let with_targets = !compared.measure_targets.is_empty();
    let rows: Vec<Vec<String>> = measures(compared)
        .into_iter()
        .filter_map(|(measure, key)| {
            let result = target.question(&key)?;
            let headline = result.headline.as_ref()?;
            let comparison = previous
                .and_then(|wave| wave.question(&key))
                .map(|earlier| compare(earlier.headline.as_ref(), Some(headline)));
            let (change, verdict) = match comparison {
                Some(comparison) => (
                    comparison.change_pp.map_or_else(
                        || "\u{2013}".to_owned(),
                        |points| {
                            let direction = if points >= 0.0 { "up" } else { "down" };
                            format!("{direction} {} points", one_decimal(points.abs()))
                        },
                    ),
                    match comparison.verdict {
                        Verdict::Improved => "Better: unlikely to be chance",
                        Verdict::Worsened => "Worse: unlikely to be chance",
                        Verdict::NoSignificantChange => "No clear change",
                        Verdict::NotComparable => "Cannot be compared",
                    }
                    .to_owned(),
                ),
                None => ("\u{2013}".to_owned(), "First year asked".to_owned()),
            };
            let mut row = vec![
                format!("{}. {}", measure.item.number(), measure.title),
                figures::headline_cell(result, threshold),
                change,
                verdict,
            ];
            if with_targets {
                row.push(compared.standing(measure, &key).map_or_else(
                    || "None set".to_owned(),
                    |(goal, _, status)| target_cell(goal, status),
                ));
            }
            Some(row)
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let since = previous.map_or_else(
        || "Change".to_owned(),
        |wave| format!("Since {}", wave.survey.year),
    );
    Some(Block::Table {
        table: Table {
            caption: format!(
                "The measures in {}: the share answering positively (95% interval), and the change since the survey before{}",
                target.survey.year,
                if with_targets {
                    ", and where each stands against its target"
                } else {
                    ""
                }
            ),
            header: [
                "Measure".into(),
                target.survey.year.to_string(),
                since,
                "Verdict".into(),
            ]
            .into_iter()
            .chain(with_targets.then(|| "Target".to_owned()))
            .collect(),
            rows,
        },
    })
}

/// Where a question's wording changed between an earlier wave and this one, the note a reader
/// needs beside the comparison, with the earlier wording.
pub fn wording_note(earlier: &WaveResults, now: &WaveResults, key: &QuestionKey) -> Option<String> {
    let then = earlier.survey.questions.iter().find(|q| &q.key == key)?;
    let current = now.survey.questions.iter().find(|q| &q.key == key)?;
    let worded = wording_changed(then.text(), current.text()).then(|| {
        format!(
            "The question was worded differently in {}: \u{201C}{}\u{201D}, so compare with care.",
            earlier.survey.year,
            then.text().trim()
        )
    });
    // The share itself changes meaning when other answers count towards it.
    let (counted_then, counted_now) = (positive_values(then), positive_values(current));
    let counted = (counted_then != counted_now).then(|| {
        let labels = |question: &crate::domain::survey::Question| {
            let named: Vec<String> = question
                .options
                .iter()
                .filter(|option| option.is_positive)
                .map(|option| format!("\u{201C}{}\u{201D}", option.label()))
                .collect();
            in_a_list(&named)
        };
        format!(
            "In {} the share counted {} as positive, and now it counts {}, so compare with care.",
            earlier.survey.year,
            labels(then),
            labels(current)
        )
    });
    match (worded, counted) {
        (Some(worded), Some(counted)) => Some(format!("{worded} {counted}")),
        (worded, counted) => worded.or(counted),
    }
}

pub fn trend(compared: &ComparedWaves) -> Result<Block, ChartError> {
    let named: Vec<TrendMeasure> = measures(compared)
        .into_iter()
        .map(|(measure, key)| TrendMeasure {
            name: measure.short_name.clone(),
            target: compared
                .standing(measure, &key)
                .map(|(goal, _, _)| TargetLine {
                    percent: f64::from(goal.percent.value()),
                    by_year: goal.by_year,
                }),
            key,
        })
        .collect();
    figures::trend_figure(compared, named)
}

/// Who said it, for the Board: "Young person, age 14 or 15".
pub fn board_attribution(quote: &Quote) -> Option<String> {
    quote
        .age_band
        .as_ref()
        .map(|band| format!("Young person, age {band}"))
}

pub fn quote_lines(
    theme: &ThemeQuotes,
    attribution: &dyn Fn(&Quote) -> Option<String>,
) -> Vec<QuoteLine> {
    theme
        .quotes
        .iter()
        .map(|quote| QuoteLine {
            text: quote.text.clone(),
            attribution: attribution(quote),
        })
        .collect()
}

pub fn no_quotes_yet() -> Block {
    Block::Note {
        text: "No quotes have been approved by VOXY moderators for this wave yet.".to_owned(),
    }
}

/// Up to `most` quotes, taking one from each theme in turn so every theme is heard.
pub fn a_few_quotes(
    themes: &[ThemeQuotes],
    most: usize,
    attribution: &dyn Fn(&Quote) -> Option<String>,
) -> Vec<QuoteLine> {
    let lines: Vec<Vec<QuoteLine>> = themes
        .iter()
        .map(|theme| quote_lines(theme, attribution))
        .collect();
    let mut chosen = Vec::new();
    for round in 0.. {
        let before = chosen.len();
        for theme in &lines {
            if chosen.len() == most {
                return chosen;
            }
            if let Some(line) = theme.get(round) {
                chosen.push(line.clone());
            }
        }
        if chosen.len() == before {
            break;
        }
    }
    chosen
}

/// The team's "what happens next", then "you said, we did" from the actions register, for the
/// Board: each action with where it stands on the day the report is prepared.
pub fn what_happens_next(inputs: &ReportInputs) -> Section {
    let paragraphs = paragraphs(&inputs.texts.what_happens_next);
    let mut blocks = if paragraphs.is_empty() {
        vec![Block::Note {
            text: "The team has not yet written what will happen next.".to_owned(),
        }]
    } else {
        paragraphs
            .into_iter()
            .map(|text| Block::Paragraph { text })
            .collect()
    };
    if !inputs.actions.is_empty() {
        blocks.push(Block::Subheading {
            text: "You said, we did".to_owned(),
        });
        blocks.push(Block::Actions {
            actions: action_lines::lines(
                &inputs.actions,
                &Readers::Board {
                    owners: &inputs.owners,
                    today: inputs.prepared_on,
                },
            ),
        });
    }
    Section {
        heading: "What happens next".to_owned(),
        blocks,
    }
}

pub fn how_to_read(compared: &ComparedWaves) -> Block {
    let threshold = threshold_of(&compared.target().survey);
    Block::Bullets {
        items: vec![
            format!(
                "Numbers smaller than {} (including 0) are shown as \u{201C}{}\u{201D}. Some \
                 other numbers are shown as \u{201C}held back\u{201D}: they are not small, but \
                 showing them would let someone work out a small number by subtraction.",
                threshold.value(),
                cells::fewer_than(threshold)
            ),
            "A change is called \u{201C}unlikely to be chance\u{201D} when a two-proportion test \
             gives a p-value below 0.05. Smaller differences may be chance: the young people who \
             answer differ from year to year."
                .to_owned(),
            "The 95% interval is the range the true share is likely to be in (Wilson interval)."
                .to_owned(),
            "Percentages are of the young people who answered each question; a question could be \
             skipped."
                .to_owned(),
        ],
    }
}

/// The measures that need a note: waves that hold only published totals.
pub fn totals_only_note(inputs: &ReportInputs) -> Option<Block> {
    let years = &inputs.totals_only_years;
    (!years.is_empty()).then(|| Block::Note {
        text: format!(
            "Results for {} were imported as published totals, not individual answers, so they \
             cannot be broken down by group.",
            years
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}
