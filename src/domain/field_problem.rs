//! What is wrong with one field of a form: said beside the field, and again in the summary at
//! the top of the page, which links to it. Every form's checks report problems this one way.

use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The id of the field the problem is about, which the summary links to.
    pub field: Cow<'static, str>,
    pub message: Cow<'static, str>,
}

impl FieldProblem {
    pub fn new(field: impl Into<Cow<'static, str>>, message: impl Into<Cow<'static, str>>) -> Self {
        FieldProblem {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The message about `field`, if any problem is about it.
    pub fn message_for<'a>(problems: &'a [FieldProblem], field: &str) -> Option<&'a str> {
        problems
            .iter()
            .find(|problem| problem.field == field)
            .map(|problem| problem.message.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_is_found_by_its_field() {
        let problems = [
            FieldProblem::new("email", "Enter an email address"),
            FieldProblem::new(
                format!("option-{}-label", 2),
                String::from("Enter the words"),
            ),
        ];
        assert_eq!(
            FieldProblem::message_for(&problems, "option-2-label"),
            Some("Enter the words")
        );
        assert_eq!(FieldProblem::message_for(&problems, "name"), None);
    }
}
