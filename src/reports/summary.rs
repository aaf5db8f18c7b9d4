//! The summary report for the Board: who answered, the four plan measures with their changes in
//! plain words, one trend chart, a few quotes and what happens next. Two to four printed pages.

use super::cells;
use super::document::{Block, ReportDocument, Section, Table};
use super::inputs::ReportInputs;
use super::results::threshold_of;
use super::shared_sections::{self as shared, long_date};
use crate::charts::ChartError;
use crate::domain::findings::group_name;
use crate::domain::report_kind::ReportKind;

const QUOTES_IN_SUMMARY: usize = 6;

pub fn build(inputs: &ReportInputs) -> Result<ReportDocument, ChartError> {
    let target = inputs.compared.target();
    let survey = &target.survey;
    let years: Vec<String> = inputs
        .compared
        .waves
        .iter()
        .map(|w| w.survey.year.to_string())
        .collect();
    let mut about = vec![
        Block::Paragraph {
            text: format!(
                "Every year the Children's Trust asks young people in Oxfordshire how supported they \
                 feel. This summary gives the {} results for the four \u{201C}Be Supported\u{201D} \
                 commitments of the Children and Young People's Plan{}.",
                survey.year,
                if years.len() > 1 {
                    format!(", compared with {}", in_a_list(&years[..years.len() - 1]))
                } else {
                    String::new()
                }
            ),
        },
        shared::key_facts(inputs),
    ];
    about.extend(shared::totals_only_note(inputs));
    let mut measures = shared::measure_findings(&inputs.compared);
    if inputs.compared.waves.len() > 1 {
        measures.push(shared::trend(&inputs.compared)?);
    }
    let quotes = shared::a_few_quotes(&inputs.quotes, QUOTES_IN_SUMMARY);
    let quote_blocks = if quotes.is_empty() {
        vec![shared::no_quotes_yet()]
    } else {
        vec![
            Block::Paragraph {
                text: "In their own words, approved for publication by VOXY, Oxfordshire's youth board:".to_owned(),
            },
            Block::Quotes { quotes },
        ]
    };
    Ok(ReportDocument {
        kind: ReportKind::Summary,
        title: survey.title.clone(),
        subtitle: "Summary report for the Children's Trust Board".to_owned(),
        prepared_on: long_date(inputs.prepared_on),
        sections: vec![
            Section {
                heading: "About this survey".to_owned(),
                blocks: about,
            },
            Section {
                heading: "Who answered".to_owned(),
                blocks: vec![profile_table(inputs)],
            },
            Section {
                heading: "The Be Supported measures".to_owned(),
                blocks: measures,
            },
            Section {
                heading: "What young people said".to_owned(),
                blocks: quote_blocks,
            },
            shared::what_happens_next(&inputs.texts),
            Section {
                heading: "How to read these results".to_owned(),
                blocks: vec![shared::how_to_read(&inputs.compared)],
            },
        ],
    })
}

/// Who answered, as one table: each group of each "about you" question with its count and share.
fn profile_table(inputs: &ReportInputs) -> Block {
    let target = inputs.compared.target();
    let threshold = threshold_of(&target.survey);
    let mut rows = Vec::new();
    for question in target.survey.questions.iter().filter(|q| q.is_demographic) {
        let Some(result) = target.question(&question.key) else {
            continue;
        };
        for (option, counted) in question.options.iter().zip(&result.options) {
            rows.push(vec![
                format!("{}: {}", group_name(question), option.label),
                cells::count(counted.count, threshold),
                cells::percent(counted.percent, counted.count, threshold),
            ]);
        }
    }
    Block::Table {
        table: Table {
            caption: format!(
                "Who answered in {} (share of those answering each question)",
                target.survey.year
            ),
            header: vec!["Group".into(), "Young people".into(), "Share".into()],
            rows,
        },
    }
}

/// "2019, 2020 and 2021".
fn in_a_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
