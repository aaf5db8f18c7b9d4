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

pub const START_PRIVACY_HEADING: &str = "Your answers are private";
pub const START_WHO_HEADING: &str = "Who is asking?";
/// `{name}` is the organisation's name.
pub const START_WHO: &str = "{name} runs this survey.";
pub const START_CONTACT: &str = "Do you have a question? Contact";
/// `{name}` is the organisation's name.
pub const START_PRIVACY_NOTICE: &str = "How {name} keeps your answers safe";
pub const START_ALREADY: &str = "You started this survey on this phone or computer.";
pub const START_FORMAT_HEADING: &str = "How do you want to read the questions?";
pub const START_BEFORE_HEADING: &str = "Did you start before?";
pub const START_BEFORE: &str = "Did you save your answers?";
pub const CARRY_ON_WITH_CODE: &str = "Carry on with your code";

pub const RESUME_TITLE: &str = "Type your code";
pub const RESUME_HINT: &str =
    "Your code is 4 words and a number. For example: otter lemon cloud river 4721.";
pub const RESUME_EMPTY: &str = "Type your code.";
pub const RESUME_WRONG_SHAPE: &str = "Your code is 4 words and a number. Check what you typed.";
/// `{days}` is how long a code works.
pub const RESUME_NOT_FOUND: &str = "We cannot find answers for this code. Check the words and the number. A code works 1 time only, for {days} days.";
pub const CARRY_ON: &str = "Carry on";

pub const SAVED_TITLE: &str = "We saved your answers";
pub const SAVED_CODE: &[Line] = &[("key", "This is your code:")];
/// `{days}` is how long a code works.
pub const SAVED: &[Line] = &[
    ("writing", "Write your code down. Or take a photo of it."),
    (
        "clock",
        "You can use your code 1 time. It works for {days} days.",
    ),
    ("phone", "You can carry on with any phone or computer."),
    (
        "signpost",
        "Go to this survey. Then choose \u{2018}Carry on with your code\u{2019}.",
    ),
    ("padlock", "Do not show your code to anyone."),
];
pub const CARRY_ON_NOW: &str = "Carry on now";

pub const WAIT_TITLE: &str = "Please wait";
/// `{minutes}` is how long the pause lasts, e.g. "5 minutes".
pub const WAIT: &[Line] = &[
    (
        "clock",
        "Lots of codes were tried. So we stopped codes for a short time.",
    ),
    ("yes", "Your answers are still saved."),
    ("key", "Try your code again in {minutes}."),
    ("signpost", "Or you can start the survey again."),
];
pub const GO_TO_SURVEY_START: &str = "Go to the start of the survey";

pub const NOT_FOUND_TITLE: &str = "We cannot find this page";
pub const NOT_FOUND: &[Line] = &[
    (
        "magnifier",
        "Did you type the web address? Check it is right.",
    ),
    ("signpost", "Did you use a link? The survey may have moved."),
];
pub const EXPIRED_TITLE: &str = "This page is too old";
pub const EXPIRED: &[Line] = &[
    ("clock", "Pages only work for a short time."),
    ("signpost", "Go back. Load the page again. Then try again."),
    ("yes", "Your saved answers are still there."),
];
pub const TOO_MUCH_TITLE: &str = "You sent too much";
pub const TOO_MUCH: &[Line] = &[("writing", "Go back. Write less. Then send it again.")];
pub const WRONG_TITLE: &str = "Something went wrong";
pub const WRONG: &[Line] = &[
    ("not-sure", "We could not use what was sent."),
    ("signpost", "Go back. Use the buttons on the page."),
];
pub const BROKEN_TITLE: &str = "Something is not working";
pub const BROKEN: &[Line] = &[
    (
        "not-sure",
        "Something is not working on our side. It is not your fault.",
    ),
    ("clock", "Please try again later."),
    ("yes", "Your saved answers are still there."),
];
pub const GO_TO_START: &str = "Go to the start";

pub const CLOSED_TITLE: &str = "This survey is closed";
pub const CLOSED: &[Line] = &[
    ("padlock", "You cannot answer this survey now."),
    ("yes", "Thank you for wanting to help."),
    ("information", "Look out for the next survey."),
];
pub const SURVEYS_OPEN_NOW: &str = "See the surveys open now";

pub const SKIP_WITH_ANSWERS: &str =
    "Choose your answers or \u{2018}I do not want to say\u{2019}. Do not choose both.";
pub const NOTHING_CHOSEN_ONE: &str =
    "Choose 1 answer. Or choose \u{2018}I do not want to say\u{2019}.";
pub const NOTHING_CHOSEN_MANY: &str =
    "Choose 1 or more answers. Or choose \u{2018}I do not want to say\u{2019}.";
/// `{label}` is the answer that must be chosen on its own.
pub const EXCLUSIVE_CLASH: &str =
    "Choose \u{2018}{label}\u{2019} on its own. Or choose the other answers without it.";
/// `{length}` is how many letters were written, `{limit}` how many fit.
pub const TOO_LONG: &str = "You wrote {length} letters. You can write up to {limit} letters.";

/// Fills a sentence's `{name}` gaps, e.g. `fill(START_WHO, &[("name", "VOXY")])`.
pub fn fill(text: &str, gaps: &[(&str, &str)]) -> String {
    gaps.iter().fold(text.to_owned(), |text, (gap, value)| {
        text.replace(&format!("{{{gap}}}"), value)
    })
}

/// The same lines with their gaps filled.
pub fn filled(lines: &[Line], gaps: &[(&str, &str)]) -> Vec<(&'static str, String)> {
    lines
        .iter()
        .map(|(symbol, text)| (*symbol, fill(text, gaps)))
        .collect()
}

/// The symbols beside the start page's paragraphs: what the survey is for, privacy, who is
/// asking, and starting before.
pub const START_INTRO_SYMBOL: &str = "information";
pub const START_PRIVACY_SYMBOL: &str = "people";
pub const START_WHO_SYMBOL: &str = "signpost";
pub const START_BEFORE_SYMBOL: &str = "key";

/// Every group of lines above, so the lint and the symbol check read the same list.
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

/// Sample values for the gaps, so the lint reads whole sentences as a young person would.
const SAMPLE_GAPS: &[(&str, &str)] = &[
    ("name", "Oxfordshire Children's Trust"),
    ("days", "30"),
    ("minutes", "5 minutes"),
    ("label", "Nobody"),
    ("length", "250"),
    ("limit", "200"),
];

/// Every Easy Read sentence above, gaps filled with sample values, for the lint.
pub fn all() -> Vec<String> {
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
        START_PRIVACY_HEADING,
        START_WHO_HEADING,
        START_WHO,
        START_CONTACT,
        START_PRIVACY_NOTICE,
        START_ALREADY,
        START_FORMAT_HEADING,
        START_BEFORE_HEADING,
        START_BEFORE,
        CARRY_ON_WITH_CODE,
        RESUME_TITLE,
        RESUME_HINT,
        RESUME_EMPTY,
        RESUME_WRONG_SHAPE,
        RESUME_NOT_FOUND,
        CARRY_ON,
        SAVED_TITLE,
        CARRY_ON_NOW,
        WAIT_TITLE,
        GO_TO_SURVEY_START,
        NOT_FOUND_TITLE,
        EXPIRED_TITLE,
        TOO_MUCH_TITLE,
        WRONG_TITLE,
        BROKEN_TITLE,
        GO_TO_START,
        CLOSED_TITLE,
        SURVEYS_OPEN_NOW,
        SKIP_WITH_ANSWERS,
        NOTHING_CHOSEN_ONE,
        NOTHING_CHOSEN_MANY,
        EXCLUSIVE_CLASH,
        TOO_LONG,
    ]);
    texts
        .into_iter()
        .map(|text| fill(text, SAMPLE_GAPS))
        .collect()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::easy_read::{MAX_GRADE, flesch_kincaid_grade, lint_text};
    use crate::domain::ids::SymbolName;

    #[test]
    fn every_easy_read_sentence_around_the_questions_passes_the_lint() {
        let texts = all();
        for text in &texts {
            assert_eq!(lint_text(text), Vec::new(), "{text}");
        }
        let grade = flesch_kincaid_grade(texts.iter().map(String::as_str));
        assert!(
            grade <= MAX_GRADE,
            "the Easy Read interface reads at grade {grade:.1}"
        );
    }

    #[test]
    fn every_gap_is_filled_by_the_samples() {
        for text in all() {
            assert!(!text.contains('{'), "{text}");
        }
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
