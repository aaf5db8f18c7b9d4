//! What the team writes for a wave's reports: "what happens next" for the Board, the same in Easy
//! Read for young people, and the "you said, we did" actions listed on the public findings page.

use serde::{Deserialize, Serialize};

/// Longest text the team may save in one field, so a report cannot be padded into a denial of service.
pub const MAX_TEXT_CHARS: usize = 6_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamTexts {
    pub what_happens_next: String,
    pub easy_read_next: String,
    pub actions: Vec<Action>,
}

/// One "you said, we did" pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub you_said: String,
    pub we_did: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextsProblem {
    #[error("{field} is too long: keep it under {MAX_TEXT_CHARS} characters")]
    TooLong { field: &'static str },
    #[error(
        "action {number} needs two lines: what young people said, then what the team did or will do"
    )]
    ActionNotAPair { number: usize },
}

impl TextsProblem {
    /// The form field the problem belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            TextsProblem::TooLong { field } => field,
            TextsProblem::ActionNotAPair { .. } => "actions",
        }
    }
}

/// Checks and tidies the three fields as typed into the form.
pub fn parse(
    what_happens_next: &str,
    easy_read_next: &str,
    actions: &str,
) -> Result<TeamTexts, TextsProblem> {
    for (field, text) in [
        ("what_happens_next", what_happens_next),
        ("easy_read_next", easy_read_next),
        ("actions", actions),
    ] {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(TextsProblem::TooLong { field });
        }
    }
    Ok(TeamTexts {
        what_happens_next: tidy(what_happens_next),
        easy_read_next: tidy(easy_read_next),
        actions: parse_actions(actions)?,
    })
}

/// Actions are blocks separated by a blank line: the first line is what young people said, the
/// second what the team did. "You said:" and "We did:" / "We will:" at the start are optional.
fn parse_actions(text: &str) -> Result<Vec<Action>, TextsProblem> {
    let normalised = text.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .enumerate()
        .map(|(index, lines)| match lines.as_slice() {
            [said, did] => Ok(Action {
                you_said: without_prefix(said, &["you said:"]),
                we_did: without_prefix(did, &["we did:", "we will:", "we will do:"]),
            }),
            _ => Err(TextsProblem::ActionNotAPair { number: index + 1 }),
        })
        .collect()
}

fn without_prefix(line: &str, prefixes: &[&str]) -> String {
    prefixes
        .iter()
        .find_map(|prefix| {
            line.get(..prefix.len())
                .filter(|start| start.eq_ignore_ascii_case(prefix))
                .map(|_| &line[prefix.len()..])
        })
        .unwrap_or(line)
        .trim()
        .to_owned()
}

/// Trims each paragraph and keeps paragraphs apart by one blank line.
fn tidy(text: &str) -> String {
    paragraphs(text).join("\n\n")
}

/// The paragraphs of a text as the team typed it, blank-line separated.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

/// The actions as the form shows them again.
pub fn actions_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|action| format!("You said: {}\nWe did: {}", action.you_said, action.we_did))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_pairs_of_lines_with_optional_prefixes() {
        let texts = parse(
            "",
            "",
            "You said: staff do not listen\nWe will: train staff in listening\n\r\n\
             Information is hard to find\r\nWe did: made an Easy Read leaflet\n\n\n",
        )
        .unwrap();
        assert_eq!(
            texts.actions,
            vec![
                Action {
                    you_said: "staff do not listen".into(),
                    we_did: "train staff in listening".into()
                },
                Action {
                    you_said: "Information is hard to find".into(),
                    we_did: "made an Easy Read leaflet".into()
                },
            ]
        );
        assert_eq!(
            parse_actions(&actions_text(&texts.actions)).unwrap(),
            texts.actions
        );
    }

    #[test]
    fn an_action_without_its_second_line_is_refused_by_number() {
        let problem = parse("", "", "You said: a\nWe did: b\n\nOnly one line").unwrap_err();
        assert_eq!(problem, TextsProblem::ActionNotAPair { number: 2 });
        assert_eq!(problem.field(), "actions");
        assert!(parse("", "", "one\ntwo\nthree").is_err());
    }

    #[test]
    fn paragraphs_are_tidied_and_long_texts_refused() {
        let texts = parse("  First line\nsame paragraph  \n\n\n Second ", "", "").unwrap();
        assert_eq!(
            texts.what_happens_next,
            "First line same paragraph\n\nSecond"
        );
        assert_eq!(
            paragraphs(&texts.what_happens_next),
            vec!["First line same paragraph", "Second"]
        );
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            parse("", &long, ""),
            Err(TextsProblem::TooLong {
                field: "easy_read_next"
            })
        );
    }
}
