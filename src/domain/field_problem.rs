//! What is wrong with one field of a form: said beside the field, and again in the summary at
//! the top of the page, which links to it. Every form's checks report problems this one way, as a
//! message of the staff catalogue, so the domain names a problem and never words it.

use std::borrow::Cow;

use super::message::Message;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The id of the field the problem is about, which the summary links to.
    pub field: Cow<'static, str>,
    pub message: Message,
}

impl FieldProblem {
    pub fn new(field: impl Into<Cow<'static, str>>, message: impl Into<Message>) -> Self {
        FieldProblem {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The message about `field`, if any problem is about it.
    pub fn message_for<'a>(problems: &'a [FieldProblem], field: &str) -> Option<&'a Message> {
        problems
            .iter()
            .find(|problem| problem.field == field)
            .map(|problem| &problem.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_is_found_by_its_field() {
        let problems = [
            FieldProblem::new("email", "staff-problem-email"),
            FieldProblem::new(
                format!("option-{}-label", 2),
                Message::new("staff-editor-problem-label").with("number", 2_usize),
            ),
        ];
        assert_eq!(
            FieldProblem::message_for(&problems, "option-2-label").map(|message| message.id),
            Some("staff-editor-problem-label")
        );
        assert_eq!(FieldProblem::message_for(&problems, "name"), None);
    }
}
