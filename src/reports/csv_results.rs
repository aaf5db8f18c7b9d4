//! The machine-readable results (`headline.csv`, `options.csv`, `breakdowns.csv`, `quotes.csv`,
//! `responses.csv` and `targets.csv`), written for analysts to check in a spreadsheet. Withheld
//! values are empty cells, never numbers, with a `withheld` column saying why (`fewer_than_10` or
//! `held_back`).

use std::path::Path;

use super::quotes::ThemeQuotes;
use super::results::{BreakdownTable, ComparedWaves, WaveResults};
use crate::domain::aggregate::{Headline, Percent};
use crate::domain::comparison::{Comparison, compare, p_value_digits, wording_changed};
use crate::domain::ids::QuestionKey;
use crate::domain::number_format::one_decimal;
use crate::domain::spreadsheet_cell;
use crate::domain::suppression::{Count, Threshold};
use crate::domain::target::status;

#[derive(Debug, thiserror::Error)]
pub enum CsvReportError {
    #[error("could not write {path}: {message}")]
    Write { path: String, message: String },
}

pub const FILE_NAMES: [&str; 6] = [
    "headline.csv",
    "options.csv",
    "breakdowns.csv",
    "quotes.csv",
    "responses.csv",
    "targets.csv",
];

/// Each file's name and contents.
pub fn files(compared: &ComparedWaves, quotes: &[ThemeQuotes]) -> [(&'static str, String); 6] {
    let target = compared.target();
    [
        (FILE_NAMES[0], headline_csv(compared)),
        (FILE_NAMES[1], options_csv(compared)),
        (FILE_NAMES[2], breakdowns_csv(target, &target.breakdowns)),
        (FILE_NAMES[3], quotes_csv(compared.target(), quotes)),
        (FILE_NAMES[4], responses_csv(compared)),
        (FILE_NAMES[5], targets_csv(compared)),
    ]
}

/// Writes the files into `directory`, creating it if needed; returns the files written.
pub fn write_all(
    directory: &Path,
    files: [(&'static str, String); 6],
) -> Result<Vec<String>, CsvReportError> {
    let failed = |path: &Path, error: &dyn std::fmt::Display| CsvReportError::Write {
        path: path.display().to_string(),
        message: error.to_string(),
    };
    std::fs::create_dir_all(directory).map_err(|error| failed(directory, &error))?;
    let mut written = Vec::new();
    for (name, content) in files {
        let path = directory.join(name);
        std::fs::write(&path, content).map_err(|error| failed(&path, &error))?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

/// One row per target the working group set for the programme's measures, each with where the
/// reported wave stands against it, decided from the share's 95% interval (empty cells and
/// `not_shown` where the share is held back).
pub fn targets_csv(compared: &ComparedWaves) -> String {
    let header = [
        "plan_item",
        "measure",
        "target_pct",
        "by_year",
        "agreed_by",
        "agreed_on",
        "survey",
        "positive_pct",
        "ci95_low",
        "ci95_high",
        "status",
    ];
    let wave = compared.target();
    let rows = compared
        .measure_targets
        .iter()
        .map(|target| {
            let measure = compared.programme.measure(target.item);
            let headline = measure.and_then(|measure| headline_of(wave, &measure.question));
            let interval = headline.and_then(|headline| headline.interval);
            vec![
                target.item.number().to_string(),
                measure.map_or_else(String::new, |measure| measure.title.clone()),
                target.percent.value().to_string(),
                target.by_year.to_string(),
                target.agreed_by.clone(),
                target.agreed_on.to_string(),
                wave.survey.slug.to_string(),
                percent(headline.and_then(|headline| headline.percent)),
                interval.map_or_else(String::new, |interval| share_as_percent(interval.low)),
                interval.map_or_else(String::new, |interval| share_as_percent(interval.high)),
                status(interval, target.percent).code().to_owned(),
            ]
        })
        .collect();
    to_csv(&header, rows)
}

fn percent(value: Option<Percent>) -> String {
    value.map_or_else(String::new, |percent| one_decimal(percent.value()))
}

fn share_as_percent(share: f64) -> String {
    one_decimal(share * 100.0)
}

fn comparison_cells(comparison: Comparison) -> [String; 3] {
    [
        comparison.change_pp.map_or_else(String::new, one_decimal),
        comparison.p_value.map_or_else(String::new, p_value),
        comparison.verdict.as_str().to_owned(),
    ]
}

/// Three significant figures, cut so the number never contradicts the verdict beside it.
fn p_value(p: f64) -> String {
    p_value_digits(p)
}

/// Why a headline share is not shown: empty when it is.
fn headline_withheld(headline: &Headline, threshold: Threshold) -> String {
    if headline.percent.is_some() {
        return String::new();
    }
    [headline.answered, headline.positive, headline.others]
        .into_iter()
        .find(|count| *count == Count::FewerThan)
        .unwrap_or(Count::HeldBack)
        .withheld_code(threshold)
}

fn headline_of<'a>(wave: &'a WaveResults, key: &QuestionKey) -> Option<&'a Headline> {
    wave.question(key)
        .and_then(|result| result.headline.as_ref())
}

fn to_csv(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).expect("writing to memory");
    for row in rows {
        // Survey names, themes and quotes are people's words: none may run as a formula.
        let cells = row
            .iter()
            .map(|cell| spreadsheet_cell::protect(cell).into_owned());
        writer.write_record(cells).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV is UTF-8")
}

/// One row per headline question and wave, oldest first, compared with the wave before it that
/// asked the question and with the first wave that did.
pub fn headline_csv(compared: &ComparedWaves) -> String {
    let header = [
        "question_key",
        "survey",
        "n",
        "positive_count",
        "positive_pct",
        "ci95_low",
        "ci95_high",
        "change_vs_previous_pp",
        "p_value_vs_previous",
        "verdict_vs_previous",
        "change_vs_baseline_pp",
        "p_value_vs_baseline",
        "verdict_vs_baseline",
        "withheld",
        "wording_changed",
        "wording",
    ];
    let mut rows = Vec::new();
    for result in &compared.target().questions {
        if result.headline.is_none() {
            continue;
        }
        let key = &result.key;
        let asked: Vec<(&WaveResults, &Headline)> = compared
            .waves
            .iter()
            .filter_map(|wave| headline_of(wave, key).map(|headline| (wave, headline)))
            .collect();
        for (index, (wave, headline)) in asked.iter().enumerate() {
            let (previous, baseline) = if index == 0 {
                (None, None)
            } else {
                (Some(asked[index - 1].1), Some(asked[0].1))
            };
            let mut row = vec![
                key.to_string(),
                wave.survey.slug.to_string(),
                headline.answered.to_string(),
                headline.positive.to_string(),
                percent(headline.percent),
                headline
                    .interval
                    .map_or_else(String::new, |interval| share_as_percent(interval.low)),
                headline
                    .interval
                    .map_or_else(String::new, |interval| share_as_percent(interval.high)),
            ];
            row.extend(comparison_cells(compare(previous, Some(headline))));
            row.extend(comparison_cells(compare(baseline, Some(headline))));
            let wording = |wave: &WaveResults| {
                wave.survey
                    .questions
                    .iter()
                    .find(|question| &question.key == key)
                    .map(|question| question.text().to_owned())
                    .unwrap_or_default()
            };
            let changed =
                index > 0 && wording_changed(&wording(asked[index - 1].0), &wording(wave));
            row.extend([
                headline_withheld(headline, wave.plan.threshold()),
                changed.to_string(),
                wording(wave),
            ]);
            rows.push(row);
        }
    }
    to_csv(&header, rows)
}

/// Each answer's count and share of those answering, per question and wave.
pub fn options_csv(compared: &ComparedWaves) -> String {
    let mut rows = Vec::new();
    for target in &compared.target().questions {
        for wave in &compared.waves {
            let Some(result) = wave.question(&target.key) else {
                continue;
            };
            for option in &result.options {
                rows.push(vec![
                    result.key.to_string(),
                    wave.survey.slug.to_string(),
                    option.value.to_string(),
                    option.count.to_string(),
                    percent(option.percent),
                    option.count.withheld_code(wave.plan.threshold()),
                ]);
            }
        }
    }
    to_csv(
        &[
            "question_key",
            "survey",
            "option_value",
            "count",
            "pct",
            "withheld",
        ],
        rows,
    )
}

/// The positive share of each headline question within each group of each demographic question.
/// Published quotes: `survey,theme,quote,age_band`, the age band empty where it could identify.
pub fn quotes_csv(wave: &WaveResults, themes: &[ThemeQuotes]) -> String {
    let rows = themes
        .iter()
        .flat_map(|group| {
            group.quotes.iter().map(|quote| {
                vec![
                    wave.survey.slug.to_string(),
                    group.theme.clone(),
                    quote.text.clone(),
                    quote.age_band.clone().unwrap_or_default(),
                ]
            })
        })
        .collect();
    to_csv(&["survey", "theme", "quote", "age_band"], rows)
}

pub fn breakdowns_csv(wave: &WaveResults, tables: &[BreakdownTable]) -> String {
    let mut rows = Vec::new();
    for table in tables {
        for row in &table.rows {
            let withheld = if row.positive_percent.is_some() {
                String::new()
            } else {
                [row.answered, row.positive, row.others]
                    .into_iter()
                    .find(|count| *count == Count::FewerThan)
                    .unwrap_or(Count::HeldBack)
                    .withheld_code(wave.plan.threshold())
            };
            rows.push(vec![
                table.question.to_string(),
                wave.survey.slug.to_string(),
                table.group_question.to_string(),
                row.group.to_string(),
                row.answered.to_string(),
                percent(row.positive_percent),
                withheld,
            ]);
        }
    }
    to_csv(
        &[
            "question_key",
            "survey",
            "group_key",
            "group_value",
            "n",
            "positive_pct",
            "withheld",
        ],
        rows,
    )
}

/// How many answered each wave in each language and format, as each wave's disclosure plan
/// releases them; `all` stands for every language or every format. A wave answered only in
/// English has its language rows made from the totals, which its plan already protects.
pub fn responses_csv(compared: &ComparedWaves) -> String {
    let mut rows = Vec::new();
    for wave in compared.waves.iter().filter(|wave| !wave.totals_only) {
        let threshold = wave.plan.threshold();
        let mut row = |language: &str, format: &str, count: Count| {
            rows.push(vec![
                wave.survey.slug.to_string(),
                language.to_owned(),
                format.to_owned(),
                count.to_string(),
                count.withheld_code(threshold),
            ]);
        };
        let Some(total) = wave.plan.responses() else {
            continue;
        };
        let counted = &wave.responses;
        row("all", "all", total);
        for (format, _) in &counted.by_format {
            row(
                "all",
                format,
                wave.plan.format(format).unwrap_or(Count::HeldBack),
            );
        }
        for (language, _) in counted.by_language() {
            let (whole, by_format) = if counted.in_several_languages() {
                (wave.plan.language(&language), true)
            } else {
                (Some(total), false)
            };
            row(&language, "all", whole.unwrap_or(Count::HeldBack));
            for (format, _) in &counted.by_format {
                let count = if by_format {
                    wave.plan.language_and_format(&language, format)
                } else {
                    wave.plan.format(format)
                };
                row(&language, format, count.unwrap_or(Count::HeldBack));
            }
        }
    }
    to_csv(&["survey", "language", "format", "n", "withheld"], rows)
}

#[cfg(test)]
mod tests {
    use super::to_csv;

    #[test]
    fn words_that_would_run_as_formulas_are_written_as_text_and_numbers_stay_numbers() {
        let written = to_csv(
            &["survey", "quote", "change_vs_previous_pp"],
            vec![vec![
                "be-supported-2023".into(),
                "=HYPERLINK(\"http://x\")".into(),
                "-3.2".into(),
            ]],
        );
        assert_eq!(
            written,
            "survey,quote,change_vs_previous_pp\nbe-supported-2023,\"'=HYPERLINK(\"\"http://x\"\")\",-3.2\n"
        );
    }
}
