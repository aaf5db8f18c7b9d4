//! The Board update: one A4 page per programme for the Board's standing item. The measures of the
//! latest closed wave against their targets (every disclosure rule applied, as in every report),
//! the actions register by status with the overdue ones named, and what changed since the last
//! update went to the Board.

use super::document::{Block, KeyFact, ReportDocument, Section};
use super::inputs::ReportInputs;
use super::labels::labels;
use super::shared_sections::{self as shared, long_date};
use crate::charts::ChartError;
use crate::domain::report_kind::ReportKind;
use crate::domain::tracked_action::{ActionStatus, StatusChange, TrackedAction};
use crate::domain::wording::Language;

/// At most this many overdue actions and changes are named, each in a line or two, so the update
/// stays on one page; the rest are counted and left to the register.
const MOST_NAMED: usize = 5;
/// The most characters of an action's words or note a line keeps.
const MOST_CHARS: usize = 90;

pub fn build(inputs: &ReportInputs) -> Result<ReportDocument, ChartError> {
    let compared = &inputs.compared;
    let wave = &compared.target().survey;
    let programme = &compared.programme;
    let today = inputs.prepared_on;
    let mut measures = vec![Block::Paragraph {
        text: format!(
            "From the {} survey. A target is met when the whole 95% interval reaches it.",
            wave.year
        ),
    }];
    measures.extend(shared::at_a_glance(compared));
    let actions = &inputs.programme_actions;
    let count = |status: ActionStatus| {
        actions
            .iter()
            .filter(|action| action.status == status)
            .count()
    };
    let overdue: Vec<&TrackedAction> = actions
        .iter()
        .filter(|action| action.is_overdue(today))
        .collect();
    let mut facts: Vec<KeyFact> = [
        ActionStatus::Done,
        ActionStatus::Doing,
        ActionStatus::Planned,
        ActionStatus::Dropped,
    ]
    .into_iter()
    .map(|status| KeyFact {
        figure: count(status).to_string(),
        label: status.label().to_lowercase(),
    })
    .collect();
    facts.push(KeyFact {
        figure: overdue.len().to_string(),
        label: "overdue".to_owned(),
    });
    let mut register = vec![Block::KeyFacts { facts }];
    if overdue.is_empty() {
        register.push(Block::Paragraph {
            text: "No action is overdue.".to_owned(),
        });
    } else {
        register.push(Block::Subheading {
            text: "Overdue".to_owned(),
        });
        let lines: Vec<String> = overdue
            .iter()
            .map(|action| {
                format!(
                    "{} ({}, due {})",
                    shortened(&action.words.we_do),
                    owner_name(inputs, action),
                    long_date(action.due_on)
                )
            })
            .collect();
        register.push(Block::Bullets {
            items: at_most(lines, "more overdue: see the register"),
        });
    }
    let since_heading = inputs.last_board_update.map_or_else(
        || "Since the register began".to_owned(),
        |sent| format!("Since the last Board update ({})", long_date(sent.date())),
    );
    let changes: Vec<String> = inputs
        .changes_since_board
        .iter()
        .rev()
        .filter_map(|change| change_line(inputs, change))
        .collect();
    let since = if changes.is_empty() {
        vec![Block::Paragraph {
            text: "No action has changed.".to_owned(),
        }]
    } else {
        vec![Block::Bullets {
            items: at_most(changes, "more changes: see the register"),
        }]
    };
    Ok(ReportDocument {
        kind: ReportKind::BoardUpdate,
        title: format!("{}: Board update", programme.name),
        subtitle: "Young people\u{2019}s voice, the Board\u{2019}s standing item".to_owned(),
        prepared_on: long_date(today),
        publisher: inputs.publisher.clone(),
        language: Language::english().to_string(),
        labels: labels(&Language::english(), &inputs.publisher, &long_date(today)),
        sections: vec![
            Section {
                heading: "Measures against targets".to_owned(),
                blocks: measures,
            },
            Section {
                heading: "The working group\u{2019}s actions".to_owned(),
                blocks: register,
            },
            Section {
                heading: since_heading,
                blocks: since,
            },
        ],
    })
}

fn owner_name<'a>(inputs: &'a ReportInputs, action: &TrackedAction) -> &'a str {
    inputs
        .owners
        .iter()
        .find(|owner| owner.id == action.owner)
        .map_or("no group", |owner| owner.name.as_str())
}

/// "3 June 2026: “Posters in every school” is under way (Schools Partnership). Waiting for …"
fn change_line(inputs: &ReportInputs, change: &StatusChange) -> Option<String> {
    let action = inputs
        .programme_actions
        .iter()
        .find(|action| action.id == change.action)?;
    let what = match change.status {
        ActionStatus::Planned if change.changed_at == action.added_at => {
            format!("added, due {}", long_date(action.due_on))
        }
        status => format!("now {}", status.label().to_lowercase()),
    };
    let note = if change.note.is_empty() {
        String::new()
    } else {
        format!(" {}", shortened(&change.note))
    };
    Some(format!(
        "{}: \u{201c}{}\u{201d} {what} ({}).{note}",
        long_date(change.changed_at.date()),
        shortened(&action.words.we_do),
        owner_name(inputs, action)
    ))
}

/// The first lines, and how many more there are.
fn at_most(mut lines: Vec<String>, more: &str) -> Vec<String> {
    if lines.len() > MOST_NAMED {
        let hidden = lines.len() - (MOST_NAMED - 1);
        lines.truncate(MOST_NAMED - 1);
        lines.push(format!("And {hidden} {more}."));
    }
    lines
}

/// The words cut at a word boundary to at most `MOST_CHARS` characters, marked when cut.
fn shortened(words: &str) -> String {
    if words.chars().count() <= MOST_CHARS {
        return words.to_owned();
    }
    let mut kept = String::new();
    for word in words.split_whitespace() {
        if kept.chars().count() + word.chars().count() + 1 > MOST_CHARS - 1 {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    format!("{}\u{2026}", kept.trim_end_matches(['.', ',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_are_cut_at_a_word_and_marked_and_long_lists_counted() {
        assert_eq!(shortened("Posters in schools."), "Posters in schools.");
        let long = "word ".repeat(40);
        let cut = shortened(&long);
        assert!(cut.chars().count() <= MOST_CHARS, "{cut}");
        assert!(cut.ends_with("word\u{2026}"));
        let lines: Vec<String> = (1..=9).map(|n| n.to_string()).collect();
        assert_eq!(
            at_most(lines, "more: see the register"),
            ["1", "2", "3", "4", "And 5 more: see the register."]
        );
    }
}
