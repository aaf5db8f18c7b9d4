//! The staff pages' words, from the staff catalogue (`assets/messages/en/staff.ftl`). Staff pages
//! are English for now; their words still come from a catalogue, so they can be translated like
//! the young people's.

use crate::catalogue::{self, Arg};
use crate::domain::survey::ResponseFormat;
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
        catalogue::staff().text(&Language::english(), ResponseFormat::Standard, id, args)
    }
}
