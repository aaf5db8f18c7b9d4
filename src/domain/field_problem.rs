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
}
