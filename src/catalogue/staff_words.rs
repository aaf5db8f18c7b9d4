//! The staff pages' words, from the staff catalogue (`assets/messages/en/staff.ftl`). Staff pages
//! are English for now; their words still come from a catalogue, so they can be translated like
//! the young people's.

use super::{Arg, staff};
use crate::domain::field_problem::FieldProblem;
use crate::domain::message::{Message, MessageArg};
use crate::domain::survey::ResponseFormat;
use crate::domain::wide_csv::ImportProblem;
use crate::domain::wording::Language;

#[derive(Debug, Clone, Copy, Default)]
pub struct StaffWords;

impl StaffWords {
    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// The message `id` with its gaps filled.
    pub fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        staff().text(&Language::english(), ResponseFormat::Standard, id, args)
    }

    /// A message the domain named, worded.
    pub fn message(&self, message: &Message) -> String {
        let args: Vec<(&str, Arg)> = message
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => Arg::Text(text.clone()),
                    MessageArg::Number(number) => Arg::Number(*number as f64),
                };
                (*name, value)
            })
            .collect();
        self.with(message.id, &args)
    }

    /// A problem with a file, with where it is: "line 3, column share: …" on the command line.
    pub fn import_problem(&self, problem: &ImportProblem) -> String {
        let message = self.message(&problem.message);
        // Line 0 is a problem with the file as a whole, such as totals that do not add up.
        match (problem.line, &problem.column) {
            (0, Some(column)) => format!("{column}: {message}"),
            (0, None) => message,
            (line, Some(column)) => self.with(
                "staff-import-at-line-column",
                &[
                    ("line", line.into()),
                    ("column", column.as_str().into()),
                    ("message", message.into()),
                ],
            ),
            (line, None) => self.with(
                "staff-import-at-line",
                &[("line", line.into()), ("message", message.into())],
            ),
        }
    }

    /// Every problem of a form, worded once, to show beside each field.
    pub fn worded(&self, problems: &[FieldProblem]) -> WordedProblems {
        WordedProblems(
            problems
                .iter()
                .map(|problem| (problem.field.to_string(), self.message(&problem.message)))
                .collect(),
        )
    }
}

/// A form's problems in words, by field.
pub struct WordedProblems(Vec<(String, String)>);

impl WordedProblems {
    /// The words about `field`, if a problem is about it.
    pub fn about(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(about, _)| about == field)
            .map(|(_, message)| message.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_found_by_its_field_and_worded_with_its_values() {
        let problems = [
            FieldProblem::new("email", "staff-problem-email"),
            FieldProblem::new(
                format!("option-{}-label", 2),
                Message::new("staff-problem-group-name").with("max", 80_usize),
            ),
        ];
        let worded = StaffWords.worded(&problems);
        assert_eq!(
            worded.about("option-2-label"),
            Some("Enter the group\u{2019}s name, in up to 80 characters")
        );
        assert_eq!(
            worded.about("email"),
            Some("Enter an email address, like name@example.org")
        );
        assert_eq!(worded.about("name"), None);
    }
}
