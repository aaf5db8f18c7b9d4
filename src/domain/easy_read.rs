//! The Easy Read lint: checks a survey's Easy Read wording against the rules Easy Read writers use
//! (short sentences, no contractions, no unexplained acronyms, digits rather than number words, no
//! jargon) and measures the reading grade of all of it together with the Flesch–Kincaid formula.

use super::ids::SymbolName;
use super::message::Message;
use super::survey::{ResponseFormat, Survey};
use super::symbols::SymbolLibrary;
use super::wording_place::WordingPlace;

pub const MAX_WORDS_PER_SENTENCE: usize = 15;
/// A Flesch–Kincaid grade of 5 is roughly what a 10-year-old reads comfortably.
pub const MAX_GRADE: f64 = 5.0;

/// Words that mean something to staff and little to a young person. Matched as whole words.
const JARGON: &[&str] = &[
    "aforementioned",
    "anonymised",
    "assessment",
    "cohort",
    "commissioning",
    "consultation",
    "criteria",
    "deliverables",
    "demographic",
    "demographics",
    "eligibility",
    "eligible",
    "engagement",
    "facilitate",
    "framework",
    "holistic",
    "implement",
    "initiative",
    "intervention",
    "leverage",
    "multi-agency",
    "optimise",
    "outcome",
    "outcomes",
    "pathway",
    "pathways",
    "prioritise",
    "provision",
    "respondent",
    "respondents",
    "safeguarding",
    "stakeholder",
    "stakeholders",
    "strategic",
    "strategy",
    "thereby",
    "utilise",
    "utilize",
];

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
];

/// Capitalised words readers know as words, not as letters to decode.
const PLAIN_ACRONYMS: &[&str] = &["OK", "TV"];

/// Endings that make a contraction; `'s` only after words where it means "is" or "us".
const CONTRACTION_ENDINGS: &[&str] = &["n't", "'re", "'ve", "'ll", "'d", "'m"];
const IS_CONTRACTIONS: &[&str] = &[
    "it's", "that's", "there's", "what's", "he's", "she's", "let's", "who's", "where's", "here's",
    "how's",
];

#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    SentenceTooLong { words: usize },
    Contraction { word: String },
    UnexplainedAcronym { acronym: String },
    NumberWord { word: String },
    Jargon { word: String },
    MissingSymbol,
    UnknownSymbol { name: SymbolName },
}

impl Rule {
    /// What to change, as a staff catalogue message.
    pub fn message(&self) -> Message {
        match self {
            Rule::SentenceTooLong { words } => Message::new("staff-lint-sentence-too-long")
                .with("words", *words)
                .with("max", MAX_WORDS_PER_SENTENCE),
            Rule::Contraction { word } => {
                Message::new("staff-lint-contraction").with("word", word.as_str())
            }
            Rule::UnexplainedAcronym { acronym } => {
                Message::new("staff-lint-acronym").with("acronym", acronym.as_str())
            }
            Rule::NumberWord { word } => {
                Message::new("staff-lint-number-word").with("word", word.as_str())
            }
            Rule::Jargon { word } => Message::new("staff-lint-jargon").with("word", word.as_str()),
            Rule::MissingSymbol => Message::new("staff-lint-missing-symbol"),
            Rule::UnknownSymbol { name } => {
                Message::new("staff-lint-unknown-symbol").with("symbol", name.as_str())
            }
        }
    }
}

/// One problem, and where it is: e.g. question `believed`, answer `often`.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub place: WordingPlace,
    pub text: String,
    pub rule: Rule,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LintReport {
    pub findings: Vec<Finding>,
    /// Flesch–Kincaid grade of all the Easy Read text taken together.
    pub grade: f64,
}

impl LintReport {
    pub fn grade_is_too_high(&self) -> bool {
        self.grade > MAX_GRADE
    }

    pub fn passes(&self) -> bool {
        self.problem_count() == 0
    }

    /// Each finding, and the overall reading grade when it is too high.
    pub fn problem_count(&self) -> usize {
        self.findings.len() + usize::from(self.grade_is_too_high())
    }
}

/// Every piece of Easy Read wording a young person meets in this survey, with where it is.
pub fn easy_read_texts(survey: &Survey) -> Vec<(WordingPlace, &str)> {
    let easy = ResponseFormat::EasyRead;
    let mut texts = vec![
        (WordingPlace::Introduction, survey.intro_in(easy)),
        (WordingPlace::PrivacyNote, survey.privacy_in(easy)),
    ];
    for question in &survey.questions {
        let key = &question.key;
        texts.push((WordingPlace::Question(key.clone()), question.text_in(easy)));
        if let Some(hint) = question.hint_in(easy) {
            texts.push((WordingPlace::Hint(key.clone()), hint));
        }
        for option in &question.options {
            texts.push((
                WordingPlace::Answer(key.clone(), option.value.clone()),
                option.label_in(easy),
            ));
        }
    }
    texts
}

/// Checks the wording and that every question and option shows a symbol from `symbols`.
pub fn lint_survey(survey: &Survey, symbols: &SymbolLibrary) -> LintReport {
    let texts = easy_read_texts(survey);
    let mut findings: Vec<Finding> = texts
        .iter()
        .flat_map(|(place, text)| {
            lint_text(text).into_iter().map(|rule| Finding {
                place: place.clone(),
                text: (*text).to_owned(),
                rule,
            })
        })
        .collect();
    for question in &survey.questions {
        let key = &question.key;
        let mut check = |place: WordingPlace, text: &str, symbol: Option<&SymbolName>| {
            let rule = match symbol {
                None => Some(Rule::MissingSymbol),
                Some(name) if !symbols.contains(name) => {
                    Some(Rule::UnknownSymbol { name: name.clone() })
                }
                Some(_) => None,
            };
            if let Some(rule) = rule {
                findings.push(Finding {
                    place,
                    text: text.to_owned(),
                    rule,
                });
            }
        };
        check(
            WordingPlace::Question(key.clone()),
            question.text_in(ResponseFormat::EasyRead),
            question.symbol.as_ref(),
        );
        for option in &question.options {
            check(
                WordingPlace::Answer(key.clone(), option.value.clone()),
                option.label_in(ResponseFormat::EasyRead),
                option.symbol.as_ref(),
            );
        }
    }
    let grade = flesch_kincaid_grade(texts.iter().map(|(_, text)| *text));
    LintReport { findings, grade }
}

/// The rules that apply to one piece of text on its own.
pub fn lint_text(text: &str) -> Vec<Rule> {
    let mut rules = Vec::new();
    for sentence in sentences(text) {
        let words = words(sentence).count();
        if words > MAX_WORDS_PER_SENTENCE {
            rules.push(Rule::SentenceTooLong { words });
        }
    }
    let all_words: Vec<&str> = words(text).collect();
    for (index, word) in all_words.iter().enumerate() {
        let lower = word.to_lowercase().replace('\u{2019}', "'");
        if CONTRACTION_ENDINGS
            .iter()
            .any(|ending| lower.ends_with(ending))
            || IS_CONTRACTIONS.contains(&lower.as_str())
        {
            rules.push(Rule::Contraction {
                word: (*word).to_owned(),
            });
        }
        let previous = index
            .checked_sub(1)
            .map(|i| all_words[i].to_lowercase())
            .unwrap_or_default();
        let is_no_one = lower == "one" && matches!(previous.as_str(), "no" | "every");
        if NUMBER_WORDS.contains(&lower.as_str()) && !is_no_one {
            rules.push(Rule::NumberWord {
                word: (*word).to_owned(),
            });
        }
        if JARGON.contains(&lower.as_str()) {
            rules.push(Rule::Jargon {
                word: (*word).to_owned(),
            });
        }
        if is_acronym(word) && !is_explained(text, word) {
            rules.push(Rule::UnexplainedAcronym {
                acronym: (*word).to_owned(),
            });
        }
    }
    rules
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_alphabetic).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !PLAIN_ACRONYMS.contains(&word)
}

/// An acronym is explained when it appears in brackets after its meaning: "… needs (SEND)".
fn is_explained(text: &str, acronym: &str) -> bool {
    text.contains(&format!("({acronym})"))
}

/// Sentences end at `.`, `!` or `?`; a text without them is one sentence (an option label).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?'])
        .filter(|sentence| words(sentence).next().is_some())
}

/// Words, with surrounding punctuation trimmed; a word has at least one letter or digit.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '\u{2013}' || c == '/')
        .map(|word| {
            word.trim_matches(|c: char| {
                !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-')
            })
            .trim_matches(['\'', '\u{2019}', '-'])
        })
        .filter(|word| word.chars().any(char::is_alphanumeric))
}

/// Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// Each text is at least one sentence, so option labels count as the short sentences they are.
pub fn flesch_kincaid_grade<'a>(texts: impl IntoIterator<Item = &'a str>) -> f64 {
    let (mut sentence_count, mut word_count, mut syllable_count) = (0usize, 0usize, 0usize);
    for text in texts {
        for sentence in sentences(text) {
            sentence_count += 1;
            for word in words(sentence) {
                word_count += 1;
                syllable_count += syllables(word);
            }
        }
    }
    if word_count == 0 {
        return 0.0;
    }
    0.39 * (word_count as f64 / sentence_count as f64)
        + 11.8 * (syllable_count as f64 / word_count as f64)
        - 15.59
}

/// Syllables in an English word, estimated from its groups of vowels (as readability tools do).
pub fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if word.is_empty() {
        // A number such as "10" is read as one word; most short numbers have one or two syllables.
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_was_vowel = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_was_vowel {
            groups += 1;
        }
        previous_was_vowel = vowel;
    }
    let silent_e = word.ends_with('e') && !word.ends_with("le") && !word.ends_with("ee");
    let silent_ed = word.ends_with("ed") && !word.ends_with("ted") && !word.ends_with("ded");
    if groups > 1 && (silent_e || silent_ed) {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;
    use crate::domain::ids::{OptionValue, QuestionKey};

    fn built_in_symbols() -> SymbolLibrary {
        SymbolLibrary::from_manifest(include_str!("../../assets/symbols/manifest.csv")).unwrap()
    }

    #[test]
    fn every_built_in_template_passes_the_easy_read_lint() {
        for template in crate::domain::built_in_templates::all() {
            let survey = template.wave(2023, crate::domain::ids::ProgrammeId::new_random());
            let report = lint_survey(&survey, &built_in_symbols());
            let problems: Vec<String> = report
                .findings
                .iter()
                .map(|finding| {
                    format!(
                        "{:?}: {:?} ({:?})",
                        finding.place, finding.rule, finding.text
                    )
                })
                .collect();
            assert!(
                problems.is_empty(),
                "{}: {}",
                template.name(),
                problems.join("\n")
            );
            assert!(
                !report.grade_is_too_high(),
                "{}: Flesch–Kincaid grade {:.1} is above {MAX_GRADE}",
                template.name(),
                report.grade
            );
        }
    }

    #[test]
    fn a_breach_anywhere_in_a_survey_is_reported_with_where_it_is() {
        let mut survey = be_supported(2023);
        survey.questions[0]
            .wording
            .in_english_mut(ResponseFormat::EasyRead)
            .text = "Don't you know who to talk to?".into();
        survey.questions[1].options[0].symbol = None;
        survey.questions[2].symbol = Some(SymbolName::parse("unicorn").unwrap());
        let report = lint_survey(&survey, &built_in_symbols());
        let found: Vec<(WordingPlace, Rule)> = report
            .findings
            .into_iter()
            .map(|finding| (finding.place, finding.rule))
            .collect();
        assert_eq!(
            found,
            [
                (
                    WordingPlace::Question(QuestionKey::parse("know_who_to_speak_to").unwrap()),
                    Rule::Contraction {
                        word: "Don't".into()
                    }
                ),
                (
                    WordingPlace::Answer(
                        QuestionKey::parse("listened_to").unwrap(),
                        OptionValue::parse("always").unwrap()
                    ),
                    Rule::MissingSymbol
                ),
                (
                    WordingPlace::Question(QuestionKey::parse("believed").unwrap()),
                    Rule::UnknownSymbol {
                        name: SymbolName::parse("unicorn").unwrap()
                    }
                ),
            ]
        );
        assert!(
            !LintReport {
                findings: vec![],
                grade: 5.1
            }
            .passes()
        );
    }

    #[test]
    fn long_sentences_are_found_one_by_one() {
        let long = "We would really like to know what you think about all of the help and support you get.";
        assert_eq!(lint_text(long), [Rule::SentenceTooLong { words: 18 }]);
        assert!(lint_text("We want to know what you think. It helps us.").is_empty());
    }

    #[test]
    fn contractions_are_found_but_possessives_are_not() {
        assert_eq!(
            lint_text("You don't have to answer."),
            [Rule::Contraction {
                word: "don't".into()
            }]
        );
        assert_eq!(
            lint_text("It\u{2019}s your choice."),
            [Rule::Contraction {
                word: "It\u{2019}s".into()
            }]
        );
        assert!(lint_text("This is the Children's Board.").is_empty());
    }

    #[test]
    fn acronyms_need_explaining_in_brackets() {
        assert_eq!(
            lint_text("Tell VOXY what you think."),
            [Rule::UnexplainedAcronym {
                acronym: "VOXY".into()
            }]
        );
        assert!(lint_text("Do you need extra help to learn (SEND)? SEND means help.").is_empty());
        assert!(lint_text("I watch TV. I am OK.").is_empty());
        assert!(
            lint_text("I am happy.").is_empty(),
            "a capital I is not an acronym"
        );
    }

    #[test]
    fn numbers_are_digits_not_words() {
        assert_eq!(
            lint_text("It takes ten minutes."),
            [Rule::NumberWord { word: "ten".into() }]
        );
        assert!(lint_text("It takes 10 minutes.").is_empty());
        assert!(lint_text("There is no one here.").is_empty());
    }

    #[test]
    fn jargon_is_found_as_whole_words_in_any_case() {
        assert_eq!(
            lint_text("This Consultation asks about you."),
            [Rule::Jargon {
                word: "Consultation".into()
            }]
        );
        assert!(lint_text("We want to talk to you.").is_empty());
    }

    #[test]
    fn syllables_are_counted_from_vowel_groups() {
        for (word, expected) in [
            ("cat", 1),
            ("help", 1),
            ("people", 2),
            ("listened", 2),
            ("wanted", 2),
            ("make", 1),
            ("happy", 2),
            ("information", 4),
            ("free", 1),
            ("10", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn the_grade_formula_matches_a_worked_example() {
        // 2 sentences, 9 words, 9 syllables: 0.39 × 4.5 + 11.8 × 1 − 15.59 = −2.035.
        let grade = flesch_kincaid_grade(["The cat sat on the mat. The dog ran."]);
        assert!((grade + 2.035).abs() < 1e-9, "{grade}");
        // 1 sentence, 4 words, 9 syllables: 0.39 × 4 + 11.8 × 2.25 − 15.59 = 12.52.
        let grade = flesch_kincaid_grade(["Happy people like information"]);
        assert!((grade - 12.52).abs() < 1e-9, "{grade}");
        let dense = flesch_kincaid_grade([
            "Comprehensive multidisciplinary consultation methodologies necessitate considerable organisational coordination.",
        ]);
        assert!(dense > 15.0, "{dense}");
        assert_eq!(flesch_kincaid_grade([""]), 0.0);
    }
}
