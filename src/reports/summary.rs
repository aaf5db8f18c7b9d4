//! The summary report for the Board: on its first page the four plan measures at a glance (share,
//! interval, change, verdict) with the trend chart; then each measure in plain words, a few
//! quotes, what happens next, and who answered. Two to four printed pages.

use super::cells;
use super::document::{Block, ReportDocument, Section, Table};
use super::inputs::ReportInputs;
use super::labels::labels;
use super::results::threshold_of;
use super::shared_sections::{self as shared, in_a_list, long_date};
use crate::charts::ChartError;
use crate::domain::findings::group_name;
use crate::domain::report_kind::ReportKind;
use crate::domain::wording::Language;

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
    let mut first_page = vec![
        Block::Paragraph {
            text: format!(
                "Every year the Children's Trust asks young people in Oxfordshire what they think, \
                 so it can tell whether the Children and Young People's Plan is working for them. \
                 This summary gives the {} results for the {} of \u{201C}{}\u{201D}{}.",
                survey.year,
                match inputs.compared.programme.measures.len() {
                    0 => "questions".to_owned(),
                    1 => "measure".to_owned(),
                    count => format!("{} measures", in_words(count)),
                },
                inputs.compared.programme.name,
                if years.len() > 1 {
                    format!(", compared with {}", in_a_list(&years[..years.len() - 1]))
                } else {
                    String::new()
                }
            ),
        },
        shared::key_facts(inputs),
    ];
    // The measures first: the table a Board member reads in a minute, then the key chart.
    first_page.extend(shared::at_a_glance(&inputs.compared));
    if inputs.compared.waves.len() > 1 {
        first_page.push(shared::trend(&inputs.compared)?);
    }
    let mut who_answered = vec![profile_table(inputs)];
    who_answered.extend(shared::totals_only_note(inputs));
    let quotes = shared::a_few_quotes(
        &inputs.quotes,
        QUOTES_IN_SUMMARY,
        &shared::board_attribution,
    );
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
        publisher: inputs.publisher.clone(),
        language: Language::english().to_string(),
        labels: labels(
            &Language::english(),
            &inputs.publisher,
            &long_date(inputs.prepared_on),
        ),
        sections: vec![
            Section {
                heading: format!(
                    "The {} measures at a glance",
                    inputs.compared.programme.name
                ),
                blocks: first_page,
            },
            Section {
                heading: "Each measure in detail".to_owned(),
                blocks: shared::measure_findings(&inputs.compared),
            },
            Section {
                heading: "What young people said".to_owned(),
                blocks: quote_blocks,
            },
            shared::what_happens_next(inputs),
            Section {
                heading: "Who answered".to_owned(),
                blocks: who_answered,
            },
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
                format!("{}: {}", group_name(question), option.label()),
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

/// "four": a small count as a Board paper writes it.
fn in_words(count: usize) -> String {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    count
        .checked_sub(2)
        .and_then(|index| WORDS.get(index))
        .map_or_else(|| count.to_string(), |word| (*word).to_owned())
}
