//! The words young people meet around the questions, in Easy Read: short sentences, everyday
//! words, each beside a symbol. Pages pick these when the young person chose Easy Read; a test
//! runs the Easy Read lint over every one, as it runs over a wave's own wording.

/// A sentence with the symbol shown beside it.
pub type Line = (&'static str, &'static str);

pub const CHECK_TITLE: &str = "Check your answers";
pub const CHECK_INTRO: &[Line] = &[(
    "writing",
    "Here are your answers. You can change an answer before you send it.",
)];
pub const CHECK_SEND_HEADING: &str = "Send your answers";
pub const CHECK_SEND: &[Line] = &[
    (
        "sharing-words",
        "After you send your answers, you cannot change them.",
    ),
    ("people", "Nobody will know the answers are yours."),
];

pub const DONE_TITLE: &str = "Thank you";
pub const DONE: &[Line] = &[
    ("yes", "We got your answers."),
    (
        "people",
        "We do not know who you are. Nobody can tell which answers are yours.",
    ),
];
pub const DONE_NEXT_HEADING: &str = "What happens next";
pub const DONE_NEXT: &[Line] = &[
    (
        "listening",
        "Young people from the youth board will read your answers.",
    ),
    (
        "signpost",
        "They will tell the adults in charge what you said.",
    ),
    ("information", "We will tell you what changes."),
];
pub const TALK_HEADING: &str = "Do you need to talk to someone now?";
pub const DONE_TALK: &[Line] = &[(
    "talking",
    "Has the survey upset you? You can talk to someone. It is free.",
)];

pub const HELP_TITLE: &str = "Do you need to talk to someone now?";
pub const HELP: &[Line] = &[
    (
        "talking",
        "You do not have to deal with things on your own.",
    ),
    (
        "listening",
        "These people will listen to you. It is free. You do not have to say your name.",
    ),
];
pub const HELP_ADULT: &[Line] = &[(
    "people",
    "You can also talk to an adult you trust. This could be a teacher, a youth worker or someone in your family.",
)];

pub const OTHER_TEXT_LABEL: &str =
    "Did you choose this answer? You can tell us more. You do not have to.";
pub const OTHER_TEXT_HINT: &str = "You can write up to 200 letters.";

/// Every group of lines above, so the lint and the symbol check read the same list.
const ALL_LINES: [&[Line]; 7] = [
    CHECK_INTRO,
    CHECK_SEND,
    DONE,
    DONE_NEXT,
    DONE_TALK,
    HELP,
    HELP_ADULT,
];

/// Every Easy Read sentence above, for the lint.
pub fn all() -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = ALL_LINES
        .iter()
        .flat_map(|lines| lines.iter().map(|(_, text)| *text))
        .collect();
    texts.extend([
        CHECK_TITLE,
        CHECK_SEND_HEADING,
        DONE_TITLE,
        DONE_NEXT_HEADING,
        TALK_HEADING,
        HELP_TITLE,
        OTHER_TEXT_LABEL,
        OTHER_TEXT_HINT,
    ]);
    texts
}

/// The symbols the lines name, for the check that each is in the library.
pub fn symbols() -> Vec<&'static str> {
    ALL_LINES
        .iter()
        .flat_map(|lines| lines.iter().map(|(symbol, _)| *symbol))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::easy_read::{MAX_GRADE, flesch_kincaid_grade, lint_text};
    use crate::domain::ids::SymbolName;

    #[test]
    fn every_easy_read_sentence_around_the_questions_passes_the_lint() {
        for text in all() {
            assert_eq!(lint_text(text), Vec::new(), "{text}");
        }
        let grade = flesch_kincaid_grade(all());
        assert!(
            grade <= MAX_GRADE,
            "the Easy Read interface reads at grade {grade:.1}"
        );
    }

    #[test]
    fn the_hint_says_the_real_limit() {
        let limit = crate::domain::survey::OTHER_TEXT_MAX_CHARS.to_string();
        assert!(OTHER_TEXT_HINT.contains(&limit));
    }

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
}
