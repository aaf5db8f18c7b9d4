//! Charts with their tables and captions: each figure block states its finding in the caption,
//! draws it, and gives the same numbers as a table, withheld cells saying "fewer than N" or "held
//! back" as the wave's disclosure plan decided.

use super::cells;
use super::document::{Block, Table};
use super::results::{BreakdownTable, ComparedWaves, WaveResults};
use crate::charts::{ChartError, bars, diverging, percent_label, trend};
use crate::domain::aggregate::{BreakdownRow, QuestionResult};
use crate::domain::comparison::{Verdict, compare};
use crate::domain::findings::group_name;
use crate::domain::ids::QuestionKey;
use crate::domain::number_format::whole_percent;
use crate::domain::scale_sentiment::sentiments;
use crate::domain::suppression::{Count, Threshold};
use crate::domain::survey::{Question, QuestionKind, ResponseFormat};

/// Each wave that asked the question (by key), oldest first, with its result.
fn asked_in<'a>(
    compared: &'a ComparedWaves,
    key: &QuestionKey,
) -> Vec<(&'a WaveResults, &'a QuestionResult)> {
    compared
        .waves
        .iter()
        .filter_map(|wave| Some((wave, wave.question(key)?)))
        .collect()
}

/// "Strongly agree or Agree".
pub(super) fn positive_labels(question: &Question) -> String {
    let labels: Vec<&str> = question
        .options
        .iter()
        .filter(|option| option.is_positive)
        .map(|option| option.label_in(ResponseFormat::Standard))
        .collect();
    labels.join(" or ")
}

fn headline_percent(result: &QuestionResult) -> Option<f64> {
    result.headline.as_ref()?.percent.map(|p| p.value())
}

/// The figure for one question: diverging bars across the waves for a scale, bars for this wave
/// otherwise. `None` for free-text questions, which have no numbers.
pub fn question_figure(
    compared: &ComparedWaves,
    question: &Question,
) -> Result<Option<Block>, ChartError> {
    if !question.kind.has_options() {
        return Ok(None);
    }
    match sentiments(question) {
        Some(leanings) => scale_figure(compared, question, leanings).map(Some),
        None => choice_figure(compared.target(), question).map(Some),
    }
}

fn scale_figure(
    compared: &ComparedWaves,
    question: &Question,
    leanings: Vec<crate::domain::scale_sentiment::Sentiment>,
) -> Result<Block, ChartError> {
    let waves = asked_in(compared, &question.key);
    let scale = diverging::Scale {
        answers: question
            .options
            .iter()
            .map(|o| o.label_in(ResponseFormat::Standard).to_owned())
            .zip(leanings)
            .collect(),
    };
    let shares = |result: &QuestionResult| -> Vec<Option<f64>> {
        question
            .options
            .iter()
            .map(|option| {
                result
                    .options
                    .iter()
                    .find(|o| o.value == option.value)
                    .and_then(|o| o.percent.map(|p| p.value()))
            })
            .collect()
    };
    let rows: Vec<diverging::Row> = waves
        .iter()
        .map(|(wave, result)| diverging::Row {
            label: wave.survey.year.to_string(),
            shares: shares(result),
            withheld: match result.answered {
                Count::Shown(_) => None,
                Count::FewerThan => Some(format!(
                    "{} answers",
                    cells::fewer_than(wave.plan.threshold())
                )),
                Count::HeldBack => Some("answers held back".to_owned()),
            },
        })
        .collect();
    let svg = diverging::draw(&scale, &rows)?;
    // Answers down the side and years across, so the table fits a phone's width.
    let mut header = vec!["Answer".to_owned()];
    header.extend(waves.iter().map(|(wave, _)| wave.survey.year.to_string()));
    let mut table_rows: Vec<Vec<String>> = question
        .options
        .iter()
        .map(|option| {
            let mut row = vec![option.label().to_owned()];
            row.extend(waves.iter().map(|(wave, result)| {
                match result.options.iter().find(|o| o.value == option.value) {
                    Some(found) => {
                        cells::percent(found.percent, found.count, wave.plan.threshold())
                    }
                    None => "not asked".to_owned(),
                }
            }));
            row
        })
        .collect();
    let mut answered = vec!["Answered".to_owned()];
    answered.extend(
        waves
            .iter()
            .map(|(wave, result)| cells::count(result.answered, wave.plan.threshold())),
    );
    let mut positive = vec!["Positive (95% interval)".to_owned()];
    positive.extend(
        waves
            .iter()
            .map(|(wave, result)| headline_cell(result, wave.plan.threshold())),
    );
    table_rows.extend([answered, positive]);
    let latest = waves
        .last()
        .and_then(|(wave, result)| Some((wave.survey.year, headline_percent(result)?)));
    let earlier = waves
        .iter()
        .rev()
        .nth(1)
        .and_then(|(wave, result)| Some((wave.survey.year, headline_percent(result)?)));
    let caption = match (latest, earlier) {
        (Some((year, share)), Some((before, was))) => format!(
            "In {year}, {} answered {} to \u{201C}{}\u{201D}, compared with {} in {before}.",
            whole_percent(share),
            positive_labels(question),
            unquoted(question.text()),
            whole_percent(was)
        ),
        (Some((year, share)), None) => format!(
            "In {year}, {} answered {} to \u{201C}{}\u{201D}.",
            whole_percent(share),
            positive_labels(question),
            unquoted(question.text())
        ),
        _ => format!(
            "Too few young people answered \u{201C}{}\u{201D} to show the shares.",
            unquoted(question.text())
        ),
    };
    Ok(Block::Figure {
        caption,
        svg: svg.into_string(),
        table: Table {
            caption: format!("{} (share of those answering each year)", question.text()),
            header,
            rows: table_rows,
        },
    })
}

/// A question's wording to quote inside a sentence: a closing full stop is left to the sentence.
pub(super) fn unquoted(text: &str) -> &str {
    text.trim().trim_end_matches('.')
}

/// e.g. "62% (58% to 66%)".
pub fn headline_cell(result: &QuestionResult, threshold: Threshold) -> String {
    match &result.headline {
        Some(headline) => match (headline.percent, headline.interval) {
            (Some(percent), Some(interval)) => format!(
                "{} ({})",
                whole_percent(percent.value()),
                cells::interval(interval)
            ),
            _ => cells::headline_share(headline, threshold),
        },
        None => "\u{2013}".to_owned(),
    }
}

/// Bars for the answers of a choice question in one wave (also used for who answered).
pub fn choice_figure(wave: &WaveResults, question: &Question) -> Result<Block, ChartError> {
    let threshold = wave.plan.threshold();
    let Some(result) = wave.question(&question.key) else {
        return Ok(Block::Note {
            text: format!("{} was not asked in {}.", question.text(), wave.survey.year),
        });
    };
    let answers: Vec<(&str, Result<f64, String>, String, String)> = question
        .options
        .iter()
        .filter_map(|option| {
            let found = result.options.iter().find(|o| o.value == option.value)?;
            let share = cells::percent(found.percent, found.count, threshold);
            Some((
                option.label(),
                found
                    .percent
                    .map(|p| p.value())
                    .ok_or_else(|| share.clone()),
                cells::count(found.count, threshold),
                share,
            ))
        })
        .collect();
    let svg = bars::draw(&[bars::Panel {
        title: None,
        bars: answers
            .iter()
            .map(|(label, percent, _, _)| bars::Bar {
                label: (*label).to_owned(),
                percent: percent.clone(),
            })
            .collect(),
    }])?;
    let year = wave.survey.year;
    let top = answers
        .iter()
        .filter_map(|(label, percent, _, _)| Some((*label, *percent.as_ref().ok()?)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let mut caption = match (headline_percent(result), top) {
        (Some(share), _) => format!(
            "In {year}, {} answered {} to \u{201C}{}\u{201D}.",
            whole_percent(share),
            positive_labels(question),
            unquoted(question.text())
        ),
        (None, Some((label, share))) => format!(
            "The answer given most to \u{201C}{}\u{201D} in {year} was \u{201C}{label}\u{201D} ({}).",
            unquoted(question.text()),
            whole_percent(share)
        ),
        (None, None) => format!(
            "Too few young people answered \u{201C}{}\u{201D} to show the shares.",
            unquoted(question.text())
        ),
    };
    if question.kind == QuestionKind::MultipleChoice {
        caption.push_str(" Young people could choose more than one answer, so the shares add up to more than 100%.");
    }
    Ok(Block::Figure {
        caption,
        svg: svg.into_string(),
        table: Table {
            caption: format!(
                "{} ({year}, {} answering)",
                question.text(),
                cells::count(result.answered, threshold)
            ),
            header: vec!["Answer".into(), "Young people".into(), "Share".into()],
            rows: answers
                .into_iter()
                .map(|(label, _, count, share)| vec![label.to_owned(), count, share])
                .collect(),
        },
    })
}

/// One trend line per measure across every wave, with intervals; the caption says how many
/// measures changed since the first wave by more than chance would explain.
/// A measure as the trend figure draws it: its short name, headline question and target, if set.
pub struct TrendMeasure {
    pub name: String,
    pub key: QuestionKey,
    pub target: Option<trend::TargetLine>,
}

pub fn trend_figure(
    compared: &ComparedWaves,
    measures: Vec<TrendMeasure>,
) -> Result<Block, ChartError> {
    let years: Vec<i32> = compared.waves.iter().map(|wave| wave.survey.year).collect();
    #[allow(clippy::type_complexity)]
    let (series, measures): (
        Vec<trend::Series>,
        Vec<((String, QuestionKey), Option<String>)>,
    ) = measures
        .into_iter()
        .map(|TrendMeasure { name, key, target }| {
            let goal = target
                .as_ref()
                .map(|target| format!("{} by {}", percent_label(target.percent), target.by_year));
            let series = trend::Series {
                name: name.clone(),
                points: asked_in(compared, &key)
                    .into_iter()
                    .filter_map(|(wave, result)| {
                        let headline = result.headline.as_ref()?;
                        let (percent, interval) = (headline.percent?, headline.interval?);
                        Some(trend::Point {
                            year: wave.survey.year,
                            percent: percent.value(),
                            low: interval.low * 100.0,
                            high: interval.high * 100.0,
                        })
                    })
                    .collect(),
                target,
            };
            (series, ((name, key), goal))
        })
        .unzip();
    let svg = trend::draw(&years, &series)?;
    let mut header = vec!["Measure".to_owned()];
    header.extend(years.iter().map(i32::to_string));
    let rows = measures
        .iter()
        .map(|((name, key), goal)| {
            // The target goes with the measure's name: another column would make the table
            // scroll sideways on a phone.
            let mut row = vec![match goal {
                Some(goal) => format!("{name} (target {goal})"),
                None => name.clone(),
            }];
            row.extend(compared.waves.iter().map(|wave| match wave.question(key) {
                Some(result) => headline_cell(result, wave.plan.threshold()),
                None => "not asked".to_owned(),
            }));
            row
        })
        .collect();
    let (first, last) = (
        years.first().copied().unwrap_or(0),
        years.last().copied().unwrap_or(0),
    );
    let mut tally = [0usize; 3];
    for ((_, key), _) in &measures {
        let waves = asked_in(compared, key);
        let (Some(baseline), Some(latest)) = (waves.first(), waves.last()) else {
            continue;
        };
        match compare(baseline.1.headline.as_ref(), latest.1.headline.as_ref()).verdict {
            Verdict::Improved => tally[0] += 1,
            Verdict::Worsened => tally[1] += 1,
            Verdict::NoSignificantChange => tally[2] += 1,
            Verdict::NotComparable => {}
        }
    }
    let caption = if first == last {
        format!(
            "The {} measures in {last}, with their 95% intervals.",
            measures.len()
        )
    } else {
        format!(
            "Positive answers to the {} measures, {first} to {last}, with 95% intervals shaded. Since \
             each measure was first asked, {} rose, {} fell and {} did not change by more than chance \
             would explain.",
            measures.len(),
            tally[0],
            tally[1],
            tally[2]
        )
    };
    Ok(Block::Figure {
        caption,
        svg: svg.into_string(),
        table: Table {
            caption: "Share giving a positive answer, with its 95% interval, by year".to_owned(),
            header,
            rows,
        },
    })
}

/// Small multiples of the question's positive share within each group of each group question.
pub fn breakdown_figure(
    wave: &WaveResults,
    question: &Question,
    tables: &[&BreakdownTable],
) -> Result<Option<Block>, ChartError> {
    if tables.is_empty() {
        return Ok(None);
    }
    let threshold = wave.plan.threshold();
    let mut panels = Vec::new();
    let mut rows = Vec::new();
    let mut shown: Vec<(String, f64)> = Vec::new();
    for table in tables {
        let Some(group_question) = wave
            .survey
            .questions
            .iter()
            .find(|q| q.key == table.group_question)
        else {
            continue;
        };
        let mut panel_bars = Vec::new();
        for row in &table.rows {
            let label = group_question
                .option(row.group.as_str())
                .map_or_else(|| row.group.as_str().to_owned(), |o| o.label().to_owned());
            let share = group_share(row, threshold);
            let percent = row
                .positive_percent
                .map(|p| p.value())
                .ok_or_else(|| share.clone());
            let group_label = format!("{}: {label}", group_name(group_question));
            if let Ok(percent) = percent {
                shown.push((group_label.clone(), percent));
            }
            rows.push(vec![
                group_label,
                cells::count(row.answered, threshold),
                share,
            ]);
            panel_bars.push(bars::Bar { label, percent });
        }
        panels.push(bars::Panel {
            title: Some(group_name(group_question).to_owned()),
            bars: panel_bars,
        });
    }
    let svg = bars::draw(&panels)?;
    let highest = shown.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let lowest = shown.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let caption = match (highest, lowest) {
        (Some(high), Some(low)) if shown.len() > 1 => format!(
            "Of the groups, the share answering {} to \u{201C}{}\u{201D} was highest in \u{201C}{}\u{201D} ({}) and lowest in \u{201C}{}\u{201D} ({}). Groups with {} answers are not shown, nor shares held back to protect them.",
            positive_labels(question),
            unquoted(question.text()),
            high.0,
            whole_percent(high.1),
            low.0,
            whole_percent(low.1),
            cells::fewer_than(threshold)
        ),
        _ => format!(
            "Too few young people in each group answered \u{201C}{}\u{201D} to show the shares by group.",
            unquoted(question.text())
        ),
    };
    Ok(Some(Block::Figure {
        caption,
        svg: svg.into_string(),
        table: Table {
            caption: format!(
                "{}: share answering {}, by group ({})",
                question.text(),
                positive_labels(question),
                wave.survey.year
            ),
            header: vec!["Group".into(), "Answered".into(), "Positive".into()],
            rows,
        },
    }))
}

/// A group's positive share, or why it is withheld: "fewer than N" only when the group itself is
/// that small; "held back" when the group is larger but its positive or other answers are few (so
/// "8 to 10: fewer than 10" is never printed about 28 young people aged 8 to 10).
fn group_share(row: &BreakdownRow, threshold: Threshold) -> String {
    if let Some(percent) = row.positive_percent {
        return whole_percent(percent.value());
    }
    if row.answered == Count::FewerThan {
        cells::fewer_than(threshold)
    } else {
        cells::HELD_BACK.to_owned()
    }
}
