//! Which symbol stands beside each Easy Read sentence around the questions. The sentences
//! themselves are catalogue messages (`assets/messages/<language>/easy_read.ftl`), so they are
//! translated like every other message; a test checks each symbol is in the library and each
//! message exists in English.

/// A symbol and the id of the sentence shown beside it.
pub type Line = (&'static str, &'static str);

pub const CHECK_INTRO: &[Line] = &[("writing", "check-1")];
pub const CHECK_SEND: &[Line] = &[
    ("sharing-words", "check-send-1"),
    ("people", "check-send-2"),
];
pub const DONE: &[Line] = &[("yes", "done-1"), ("people", "done-2")];
pub const DONE_NEXT: &[Line] = &[
    ("listening", "done-next-1"),
    ("signpost", "done-next-2"),
    ("information", "done-next-3"),
];
pub const DONE_TALK: &[Line] = &[("talking", "done-talk-1")];
pub const HELP: &[Line] = &[("talking", "help-1"), ("listening", "help-2")];
pub const HELP_ADULT: &[Line] = &[("people", "help-adult-1")];
pub const SAVED_CODE: &[Line] = &[("key", "saved-code-1")];
/// Gap: `$days`.
pub const SAVED: &[Line] = &[
    ("writing", "saved-1"),
    ("clock", "saved-2"),
    ("phone", "saved-3"),
    ("signpost", "saved-4"),
    ("padlock", "saved-5"),
];
/// Gap: `$minutes`.
pub const WAIT: &[Line] = &[
    ("clock", "wait-1"),
    ("yes", "wait-2"),
    ("key", "wait-3"),
    ("signpost", "wait-4"),
];
pub const NOT_FOUND: &[Line] = &[("magnifier", "not-found-1"), ("signpost", "not-found-2")];
pub const EXPIRED: &[Line] = &[
    ("clock", "expired-1"),
    ("signpost", "expired-2"),
    ("yes", "expired-3"),
];
pub const TOO_MUCH: &[Line] = &[("writing", "too-much-1")];
pub const WRONG: &[Line] = &[("not-sure", "wrong-1"), ("signpost", "wrong-2")];
pub const BROKEN: &[Line] = &[
    ("not-sure", "broken-1"),
    ("clock", "broken-2"),
    ("yes", "broken-3"),
];
pub const CLOSED: &[Line] = &[
    ("padlock", "closed-1"),
    ("yes", "closed-2"),
    ("information", "closed-3"),
];

/// The symbols beside the start page's paragraphs: what the survey is for, privacy, who is
/// asking, and starting before (also beside the resume code's hint).
pub const START_INTRO_SYMBOL: &str = "information";
pub const START_PRIVACY_SYMBOL: &str = "people";
pub const START_WHO_SYMBOL: &str = "signpost";
pub const START_BEFORE_SYMBOL: &str = "key";

/// Every group of lines above, so the checks read the same list.
const ALL_LINES: [&[Line]; 16] = [
    CHECK_INTRO,
    CHECK_SEND,
    DONE,
    DONE_NEXT,
    DONE_TALK,
    HELP,
    HELP_ADULT,
    SAVED_CODE,
    SAVED,
    WAIT,
    NOT_FOUND,
    EXPIRED,
    TOO_MUCH,
    WRONG,
    BROKEN,
    CLOSED,
];

/// The symbols the lines name, for the check that each is in the library.
pub fn symbols() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = ALL_LINES
        .iter()
        .flat_map(|lines| lines.iter().map(|(symbol, _)| *symbol))
        .collect();
    names.extend([
        START_INTRO_SYMBOL,
        START_PRIVACY_SYMBOL,
        START_WHO_SYMBOL,
        START_BEFORE_SYMBOL,
    ]);
    names
}

/// The message ids the lines show.
pub fn message_ids() -> Vec<&'static str> {
    ALL_LINES
        .iter()
        .flat_map(|lines| lines.iter().map(|(_, id)| *id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SymbolName;
    use crate::domain::survey::ResponseFormat;
    use crate::domain::wording::Language;

    #[test]
    fn every_symbol_named_is_in_the_built_in_library() {
        let library = crate::assets::built_in_symbols();
        for name in symbols() {
            assert!(
                library.contains(&SymbolName::parse(name).unwrap()),
                "{name}"
            );
        }
    }

    #[test]
    fn every_line_is_an_english_easy_read_message() {
        let catalogue = crate::catalogue::built_in();
        for id in message_ids() {
            assert!(
                catalogue.has(&Language::english(), ResponseFormat::EasyRead, id),
                "{id}"
            );
        }
    }
}
