//! The early findings briefing: a few slides for the verbal briefing the Board hears in May, before
//! the full report. Built from the data as it stands with every disclosure rule applied, like
//! every report; marked provisional while young people can still answer, and never published.

use super::PROVISIONAL;
use super::document::{Block, ReportDocument, Section};
use super::inputs::ReportInputs;
use super::labels::labels;
use super::shared_sections::{self as shared, long_date};
use crate::charts::ChartError;
use crate::domain::report_kind::ReportKind;
use crate::domain::wording::Language;

pub fn build(inputs: &ReportInputs) -> Result<ReportDocument, ChartError> {
    let target = inputs.compared.target();
    let survey = &target.survey;
    let still_open = survey.status.results_are_provisional();
    let mut so_far = vec![shared::key_facts(inputs)];
    so_far.push(Block::Note {
        text: if still_open {
            format!(
                "{PROVISIONAL}. These numbers will change as more young people answer: use them \
                 for the briefing only. Nothing here can be published until the wave has closed."
            )
        } else {
            "The survey has closed. These are the final numbers; the summary and full reports \
             give them in full."
                .to_owned()
        },
    });
    let mut measures = Vec::new();
    measures.extend(shared::at_a_glance(&inputs.compared));
    let mut sections = vec![
        Section {
            heading: if still_open {
                "Who has answered so far".to_owned()
            } else {
                "Who answered".to_owned()
            },
            blocks: so_far,
        },
        Section {
            heading: format!("The {} measures", inputs.compared.programme.name),
            blocks: measures,
        },
    ];
    if inputs.compared.waves.len() > 1 {
        sections.push(Section {
            heading: "Year on year".to_owned(),
            blocks: vec![shared::trend(&inputs.compared)?],
        });
    }
    sections.push(Section {
        heading: "Each measure".to_owned(),
        blocks: shared::measure_findings(&inputs.compared),
    });
    Ok(ReportDocument {
        kind: ReportKind::Briefing,
        title: survey.title.clone(),
        subtitle: if still_open {
            format!("Early findings. {PROVISIONAL}.")
        } else {
            "Early findings for a verbal briefing".to_owned()
        },
        prepared_on: long_date(inputs.prepared_on),
        publisher: inputs.publisher.clone(),
        language: Language::english().to_string(),
        labels: labels(
            &Language::english(),
            &inputs.publisher,
            &long_date(inputs.prepared_on),
        ),
        sections,
    })
}
