//! The interface's words for the page being drawn: the catalogue, in the young person's language
//! (from the page context) and in the register the page is drawn in.

use crate::catalogue::{self, Arg};
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;
use crate::web::page_context;

#[derive(Debug, Clone)]
pub struct Words {
    language: Language,
    register: ResponseFormat,
}

impl Words {
    /// The words of this request's language in `register`.
    pub fn new(register: ResponseFormat) -> Self {
        Self {
            language: page_context::language(),
            register,
        }
    }

    /// The words of `language` in `register`, whatever this request's language: for a poster
    /// printed in another language.
    pub fn in_language(language: Language, register: ResponseFormat) -> Self {
        Self { language, register }
    }

    pub fn language(&self) -> &Language {
        &self.language
    }

    pub fn register(&self) -> ResponseFormat {
        self.register
    }

    pub fn is_easy_read(&self) -> bool {
        self.register == ResponseFormat::EasyRead
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// The message `id` with its gaps filled.
    pub fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::built_in().text(&self.language, self.register, id, args)
    }

    /// Easy Read sentences by id, each with its symbol: `(symbol, id)` to `(symbol, words)`.
    pub fn lines(&self, lines: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        self.lines_with(lines, &[])
    }

    pub fn lines_with(
        &self,
        lines: &[(&'static str, &str)],
        args: &[(&str, Arg)],
    ) -> Vec<(&'static str, String)> {
        lines
            .iter()
            .map(|(symbol, id)| (*symbol, self.with(id, args)))
            .collect()
    }
}
