//! The full report: method, who answered, every question with its chart, table, year-on-year
//! tests and breakdowns, every approved quote by theme, and an appendix of each question's wording
//! in each wave with changes marked.

use super::cells;
use super::document::{Block, ReportDocument, Section, Table};
use super::figures;
use super::inputs::ReportInputs;
use super::labels::labels;
use super::results::ComparedWaves;
use super::shared_sections::{self as shared, in_a_list, long_date, wording_note};
use crate::charts::ChartError;
use crate::domain::comparison::{Verdict, compare, p_value_text};
use crate::domain::language_names::english_name;
use crate::domain::number_format::one_decimal;
use crate::domain::quote::CONSENT_QUESTION_KEY;
use crate::domain::report_kind::ReportKind;
use crate::domain::suppression::Count;
use crate::domain::survey::{Question, ResponseFormat, Survey};
use crate::domain::wording::Language;

pub fn build(inputs: &ReportInputs) -> Result<ReportDocument, ChartError> {
    let target = inputs.compared.target();
    let survey = &target.survey;
    let mut who = Vec::new();
    for question in survey.questions.iter().filter(|q| q.is_demographic) {
        who.push(figures::choice_figure(target, question)?);
    }
    let mut measures = shared::measure_findings(&inputs.compared);
    if inputs.compared.waves.len() > 1 {
        measures.push(shared::trend(&inputs.compared)?);
    }
    let mut quotes = Vec::new();
    for theme in &inputs.quotes {
        quotes.push(Block::Subheading {
            text: theme.theme.clone(),
        });
        quotes.push(Block::Quotes {
            quotes: shared::quote_lines(theme, &shared::board_attribution),
        });
    }
    if quotes.is_empty() {
        quotes.push(shared::no_quotes_yet());
    }
    Ok(ReportDocument {
        kind: ReportKind::Full,
        title: survey.title.clone(),
        subtitle: "Full report: methods, every question and breakdowns".to_owned(),
        prepared_on: long_date(inputs.prepared_on),
        publisher: inputs.publisher.clone(),
        language: Language::english().to_string(),
        labels: labels(
            &Language::english(),
            &inputs.publisher,
            &long_date(inputs.prepared_on),
        ),
        sections: vec![
            Section {
                heading: "How the survey was run".to_owned(),
                blocks: method(inputs),
            },
            Section {
                heading: "Who answered".to_owned(),
                blocks: who,
            },
            Section {
                heading: format!("The {} measures", inputs.compared.programme.name),
                blocks: measures,
            },
            Section {
                heading: "Results question by question".to_owned(),
                blocks: questions(inputs)?,
            },
            Section {
                heading: "What young people said".to_owned(),
                blocks: quotes,
            },
            shared::what_happens_next(inputs),
            Section {
                heading: "Appendix: the wording of each question in each year".to_owned(),
                blocks: wording_appendix(&inputs.compared),
            },
        ],
    })
}

fn method(inputs: &ReportInputs) -> Vec<Block> {
    let target = inputs.compared.target();
    let survey = &target.survey;
    let threshold = target.plan.threshold();
    let dates = match (survey.opens_on, survey.closes_on) {
        (Some(opens), Some(closes)) => format!(
            "The survey was open from {} to {}.",
            long_date(opens),
            long_date(closes)
        ),
        (Some(opens), None) => format!("The survey opened on {}.", long_date(opens)),
        _ => "The survey's dates were not recorded.".to_owned(),
    };
    let mut blocks = vec![
        Block::Paragraph {
            text: format!(
                "{dates} Young people answered anonymously online, on their own devices or in \
                 school and youth groups, choosing the standard or the Easy Read version with \
                 symbols, and display options such as larger text, high contrast and read-aloud. \
                 No names, email addresses or device details were collected."
            ),
        },
        shared::key_facts(inputs),
    ];
    if !target.responses.by_format.is_empty() {
        let rows = shared::by_format(inputs)
            .into_iter()
            .map(|(format, count)| {
                vec![
                    format_name(format).to_owned(),
                    cells::count(count, threshold),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            table: Table {
                caption: "Responses by format".to_owned(),
                header: vec!["Format".into(), "Responses".into()],
                rows,
            },
        });
    }
    blocks.extend(languages_answered(inputs));
    let by_channel = &target.responses.by_channel;
    if by_channel.iter().any(|(tag, _, _)| !tag.is_empty()) {
        let rows = by_channel
            .iter()
            .map(|(tag, _, _)| {
                let count = target.plan.channel(tag).unwrap_or(Count::HeldBack);
                let name = if tag.is_empty() {
                    "The general link, or entered by the team".to_owned()
                } else {
                    inputs
                        .channels
                        .iter()
                        .find(|channel| channel.tag.as_str() == tag)
                        .map_or_else(|| tag.clone(), |channel| channel.label.clone())
                };
                vec![name, cells::count(count, threshold)]
            })
            .collect();
        blocks.push(Block::Table {
            table: Table {
                caption: "Responses by where young people found the survey".to_owned(),
                header: vec!["Channel".into(), "Responses".into()],
                rows,
            },
        });
    }
    let waves: Vec<String> = inputs
        .compared
        .waves
        .iter()
        .map(|wave| format!("{} ({})", wave.survey.year, wave.survey.title))
        .collect();
    blocks.push(Block::Paragraph {
        text: format!(
            "Results are compared with every earlier {} survey that asked the same questions: {}. \
             Questions are matched by their key, so a question keeps its history even when its \
             wording is improved; the appendix shows every change of wording. Other programmes' \
             surveys are never compared, even where they ask the same questions.",
            inputs.compared.programme.name,
            waves.join("; ")
        ),
    });
    blocks.extend(shared::totals_only_note(inputs));
    blocks.push(Block::Subheading {
        text: "How to read the numbers".to_owned(),
    });
    blocks.push(shared::how_to_read(&inputs.compared));
    blocks
}

/// The languages the survey could be read in, and when young people used more than English, how
/// many answered in each language and format, as the wave's disclosure plan releases them.
fn languages_answered(inputs: &ReportInputs) -> Vec<Block> {
    let target = inputs.compared.target();
    let threshold = target.plan.threshold();
    let mut offered = target.survey.languages();
    offered.sort_by_key(|language| (!language.is_english(), language.clone()));
    let offered: Vec<String> = offered.iter().map(english_name).collect();
    let mut blocks = Vec::new();
    if offered.len() > 1 {
        blocks.push(Block::Paragraph {
            text: format!(
                "Young people could read the survey, in both versions, in {}. Every language's \
                 answers count in the same tables: the questions and answers are the same in each.",
                in_a_list(&offered)
            ),
        });
    }
    let counted = &target.responses;
    if !counted.in_several_languages() {
        return blocks;
    }
    // Standard first, as the method's other tables have it.
    let formats: Vec<&str> = ResponseFormat::ALL
        .iter()
        .map(|format| format.as_str())
        .filter(|format| counted.by_format.iter().any(|(name, _)| name == format))
        .collect();
    let rows = counted
        .by_language()
        .into_iter()
        .map(|(tag, _)| {
            let name = Language::parse(&tag)
                .map_or_else(|_| tag.clone(), |language| english_name(&language));
            let mut row = vec![name];
            for format in &formats {
                let count = target
                    .plan
                    .language_and_format(&tag, format)
                    .unwrap_or(Count::HeldBack);
                row.push(cells::count(count, threshold));
            }
            let whole = target.plan.language(&tag).unwrap_or(Count::HeldBack);
            row.push(cells::count(whole, threshold));
            row
        })
        .collect();
    let mut header = vec!["Language".to_owned()];
    header.extend(
        formats
            .iter()
            .filter_map(|format| ResponseFormat::parse(format).ok())
            .map(|format| format_name(format).to_owned()),
    );
    header.push("All".to_owned());
    blocks.push(Block::Table {
        table: Table {
            caption: "Responses by language and format".to_owned(),
            header,
            rows,
        },
    });
    blocks
}

fn format_name(format: ResponseFormat) -> &'static str {
    match format {
        ResponseFormat::Standard => "Standard",
        ResponseFormat::EasyRead => "Easy Read",
    }
}

fn questions(inputs: &ReportInputs) -> Result<Vec<Block>, ChartError> {
    let target = inputs.compared.target();
    let mut blocks = Vec::new();
    for (index, question) in target.survey.questions.iter().enumerate() {
        if question.is_demographic
            || !question.kind.has_options()
            || question.key.as_str() == CONSENT_QUESTION_KEY
        {
            continue;
        }
        blocks.push(Block::Subheading {
            text: format!("Question {}: {}", index + 1, question.text()),
        });
        if let Some(figure) = figures::question_figure(&inputs.compared, question)? {
            blocks.push(figure);
        }
        if let Some(table) = year_on_year(&inputs.compared, question) {
            blocks.push(table);
        }
        let tables: Vec<_> = inputs
            .breakdowns()
            .iter()
            .filter(|t| t.question == question.key)
            .collect();
        if let Some(figure) = figures::breakdown_figure(target, question, &tables)? {
            blocks.push(figure);
        }
    }
    Ok(blocks)
}

/// The headline share now against each earlier wave, with the test's p-value and verdict.
fn year_on_year(compared: &ComparedWaves, question: &Question) -> Option<Block> {
    let target = compared.target();
    let now = target.question(&question.key)?.headline.as_ref()?;
    let threshold = target.plan.threshold();
    let rows: Vec<Vec<String>> = compared.waves[..compared.waves.len() - 1]
        .iter()
        .filter_map(|wave| {
            let then = wave.question(&question.key)?.headline.as_ref()?;
            let comparison = compare(Some(then), Some(now));
            let change = match (comparison.change_pp, comparison.p_value) {
                (Some(change), Some(p)) => {
                    let sign = if change > 0.0 { "+" } else { "" };
                    format!("{sign}{} points, {}", one_decimal(change), p_value_text(p))
                }
                _ => "\u{2013}".to_owned(),
            };
            let verdict = match comparison.verdict {
                Verdict::Improved => "Rose: unlikely to be chance",
                Verdict::Worsened => "Fell: unlikely to be chance",
                Verdict::NoSignificantChange => "No significant change",
                Verdict::NotComparable => "Cannot be compared",
            };
            let mut verdict = verdict.to_owned();
            if let Some(note) = wording_note(wave, target, &question.key) {
                verdict.push_str(". ");
                verdict.push_str(&note);
            }
            Some(vec![
                wave.survey.year.to_string(),
                cells::headline_share(then, wave.plan.threshold()),
                change,
                verdict,
            ])
        })
        .collect();
    (!rows.is_empty()).then(|| Block::Table {
        table: Table {
            caption: format!(
                "Year on year: {} answered {} to \u{201C}{}\u{201D} in {}, compared with each earlier year",
                cells::headline_share(now, threshold),
                super::figures::positive_labels(question),
                super::figures::unquoted(question.text()),
                target.survey.year
            ),
            header: vec![
                "Compared with".into(),
                "Share then".into(),
                "Change".into(),
                "Verdict".into(),
            ],
            rows,
        },
    })
}

/// For each question of the wave, its wording and answers in every wave that asked it; waves that
/// asked it the same way share a row, and each row says what changed from the one before.
fn wording_appendix(compared: &ComparedWaves) -> Vec<Block> {
    let mut blocks = vec![Block::Paragraph {
        text: "Where wording changed, results may differ partly because of the change.".to_owned(),
    }];
    for (number, question) in compared.target().survey.questions.iter().enumerate() {
        let asked: Vec<(&Survey, &Question)> = compared
            .waves
            .iter()
            .filter_map(|wave| {
                let found = wave
                    .survey
                    .questions
                    .iter()
                    .find(|q| q.key == question.key)?;
                Some((&wave.survey, found))
            })
            .collect();
        let wording = |q: &Question| -> (String, Vec<(String, String)>) {
            (
                q.text().to_owned(),
                q.options
                    .iter()
                    .map(|o| (o.value.as_str().to_owned(), o.label().to_owned()))
                    .collect(),
            )
        };
        let mut runs: Vec<(i32, i32, &Question)> = Vec::new();
        for (survey, asked_question) in &asked {
            match runs.last_mut() {
                Some(run) if wording(run.2) == wording(asked_question) => run.1 = survey.year,
                _ => runs.push((survey.year, survey.year, asked_question)),
            }
        }
        let mut rows = Vec::new();
        let mut previous: Option<&Question> = None;
        for (first, last, asked_question) in &runs {
            let years = if first == last {
                first.to_string()
            } else {
                format!("{first} to {last}")
            };
            let change = match previous {
                None => "First asked".to_owned(),
                Some(earlier) => match (
                    earlier.text() != asked_question.text(),
                    wording(earlier).1 != wording(asked_question).1,
                ) {
                    (true, true) => "Wording and answers changed".to_owned(),
                    (true, false) => "Wording changed".to_owned(),
                    _ => "Answers changed".to_owned(),
                },
            };
            let answers = asked_question
                .options
                .iter()
                .map(|o| o.label())
                .collect::<Vec<_>>()
                .join("; ");
            rows.push(vec![
                years,
                asked_question.text().to_owned(),
                answers,
                change,
            ]);
            previous = Some(asked_question);
        }
        blocks.push(Block::Table {
            table: Table {
                caption: format!("Question {} ({})", number + 1, question.key.as_str()),
                header: vec![
                    "Years".into(),
                    "Wording".into(),
                    "Answers".into(),
                    "Change".into(),
                ],
                rows,
            },
        });
    }
    blocks
}
