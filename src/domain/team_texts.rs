//! What the team writes for a wave's reports: "what happens next" for the Board, and the same in
//! Easy Read for young people. "You said, we did" comes from the actions register
//! (`tracked_action`), where each action has an owner, a due day and a status.

use serde::{Deserialize, Serialize};

use super::message::Message;

/// Longest text the team may save in one field, so a report cannot be padded into a denial of service.
pub const MAX_TEXT_CHARS: usize = 6_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamTexts {
    pub what_happens_next: String,
    pub easy_read_next: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsProblem {
    TooLong { field: &'static str },
}

impl TextsProblem {
    /// What to do about it, as a staff catalogue message.
    pub fn message(&self) -> Message {
        match self {
            TextsProblem::TooLong { .. } => {
                Message::new("staff-texts-problem-too-long").with("max", MAX_TEXT_CHARS)
            }
        }
    }

    /// The form field the problem belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            TextsProblem::TooLong { field } => field,
        }
    }
}

/// Checks and tidies the two fields as typed into the form.
pub fn parse(what_happens_next: &str, easy_read_next: &str) -> Result<TeamTexts, TextsProblem> {
    for (field, text) in [
        ("what_happens_next", what_happens_next),
        ("easy_read_next", easy_read_next),
    ] {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(TextsProblem::TooLong { field });
        }
    }
    Ok(TeamTexts {
        what_happens_next: tidy(what_happens_next),
        easy_read_next: tidy(easy_read_next),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_tidied_and_long_texts_refused() {
        let texts = parse("  First line\nsame paragraph  \n\n\n Second ", "").unwrap();
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
            parse("", &long),
            Err(TextsProblem::TooLong {
                field: "easy_read_next"
            })
        );
    }
}
