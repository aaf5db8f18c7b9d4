//! Suggested redactions: what in an answer might identify someone. Email addresses, phone numbers,
//! web addresses, postcodes, likely personal names, anything named "… School" or "… Academy", and
//! the local schools and places the team lists. The moderator decides; a suggestion is only ticked
//! in advance. The same detector checks the words about to be published (`identifiers_left`).

use super::redaction::{Redaction, RedactionMark};

const FIRST_NAMES: &str = include_str!("../../assets/wordlists/first-names.txt");
const TITLES: [&str; 7] = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir"];
/// Words that end a school's name ("Cherwell School", "St Mary's Primary").
const SCHOOL_WORDS: [&str; 6] = [
    "school",
    "academy",
    "college",
    "primary",
    "secondary",
    "sixth-form",
];
/// Capitalised words that start a sentence or a phrase rather than a school's name.
const NOT_A_NAME: [&str; 14] = [
    "my", "the", "our", "your", "their", "his", "her", "a", "at", "in", "to", "from", "this",
    "that",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalNameKind {
    School,
    Place,
}

impl LocalNameKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LocalNameKind::School => "school",
            LocalNameKind::Place => "place",
        }
    }
}

/// A school or place near enough to narrow down who wrote an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalName {
    pub name: String,
    pub kind: LocalNameKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionKind {
    Email,
    Phone,
    WebAddress,
    Postcode,
    PersonalName,
    School,
    Place,
}

impl SuggestionKind {
    pub fn message_id(self) -> &'static str {
        match self {
            SuggestionKind::Email => "staff-suggestion-email",
            SuggestionKind::Phone => "staff-suggestion-phone",
            SuggestionKind::WebAddress => "staff-suggestion-web-address",
            SuggestionKind::Postcode => "staff-suggestion-postcode",
            SuggestionKind::PersonalName => "staff-suggestion-name",
            SuggestionKind::School => "staff-suggestion-school",
            SuggestionKind::Place => "staff-suggestion-place",
        }
    }

    fn mark(self) -> RedactionMark {
        match self {
            SuggestionKind::PersonalName => RedactionMark::Name,
            SuggestionKind::School => RedactionMark::School,
            SuggestionKind::Place => RedactionMark::Place,
            SuggestionKind::Email
            | SuggestionKind::Phone
            | SuggestionKind::WebAddress
            | SuggestionKind::Postcode => RedactionMark::Removed,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub redaction: Redaction,
    pub kind: SuggestionKind,
    /// The words the suggestion would hide, as written.
    pub words: String,
}

/// One whitespace-separated word with its character range, without surrounding punctuation.
struct Word {
    start: usize,
    end: usize,
    text: String,
}

fn words(chars: &[char]) -> Vec<Word> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if chars[at].is_whitespace() {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < chars.len() && !chars[end].is_whitespace() {
            end += 1;
        }
        let (mut start, mut stop) = (at, end);
        let trims = |c: char| {
            matches!(
                c,
                ',' | '.'
                    | '!'
                    | '?'
                    | ';'
                    | ':'
                    | '"'
                    | '\''
                    | '('
                    | ')'
                    | '\u{2019}'
                    | '\u{201C}'
                    | '\u{201D}'
            )
        };
        while start < stop && trims(chars[start]) {
            start += 1;
        }
        while stop > start && trims(chars[stop - 1]) {
            stop -= 1;
        }
        if start < stop {
            found.push(Word {
                start,
                end: stop,
                text: chars[start..stop].iter().collect(),
            });
        }
        at = end;
    }
    found
}

fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_alphabetic() || c == '-')
}

fn is_first_name(word: &str) -> bool {
    let lowered = word.to_lowercase();
    FIRST_NAMES.lines().any(|name| name.trim() == lowered)
}

pub fn suggest(text: &str, local_names: &[LocalName]) -> Vec<Suggestion> {
    let chars: Vec<char> = text.chars().collect();
    let words = words(&chars);
    let mut found: Vec<(usize, usize, SuggestionKind)> = Vec::new();
    for local in local_names {
        let kind = match local.kind {
            LocalNameKind::School => SuggestionKind::School,
            LocalNameKind::Place => SuggestionKind::Place,
        };
        for (start, end) in super::redaction::occurrences(text, &local.name) {
            let before_ok = start == 0 || !chars[start - 1].is_alphanumeric();
            let after_ok = end == chars.len() || !chars[end].is_alphanumeric();
            if before_ok && after_ok {
                found.push((start, end, kind));
            }
        }
    }
    for (index, word) in words.iter().enumerate() {
        let lowered = word.text.to_lowercase();
        if word.text.contains('@')
            && word
                .text
                .rsplit('@')
                .next()
                .is_some_and(|d| d.contains('.'))
        {
            found.push((word.start, word.end, SuggestionKind::Email));
        } else if lowered.starts_with("http://")
            || lowered.starts_with("https://")
            || lowered.starts_with("www.")
            || [".com", ".co.uk", ".org", ".uk", ".net", ".io"]
                .iter()
                .any(|ending| lowered.ends_with(ending) || lowered.contains(&format!("{ending}/")))
        {
            found.push((word.start, word.end, SuggestionKind::WebAddress));
        } else if TITLES.contains(&lowered.trim_end_matches('.'))
            && let Some(name) = words
                .get(index + 1)
                .filter(|next| is_capitalised(&next.text))
        {
            let end = words
                .get(index + 2)
                .filter(|next| is_capitalised(&next.text) && !is_first_name(&next.text))
                .map_or(name.end, |surname| surname.end);
            found.push((word.start, end, SuggestionKind::PersonalName));
        } else if is_capitalised(&word.text) && is_first_name(&word.text) {
            let end = words
                .get(index + 1)
                .filter(|next| is_capitalised(&next.text) && !is_first_name(&next.text))
                .map_or(word.end, |surname| surname.end);
            found.push((word.start, end, SuggestionKind::PersonalName));
        }
    }
    found.extend(phone_numbers(&chars));
    found.extend(postcodes(&words));
    found.extend(named_schools(&words));
    // The earliest, then longest, of any that overlap.
    found.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut suggestions: Vec<Suggestion> = Vec::new();
    for (start, end, kind) in found {
        if suggestions
            .last()
            .is_some_and(|last| start < last.redaction.end)
        {
            continue;
        }
        suggestions.push(Suggestion {
            redaction: Redaction {
                start,
                end,
                mark: kind.mark(),
            },
            kind,
            words: chars[start..end].iter().collect(),
        });
    }
    suggestions
}

/// What still looks identifying in words about to be published (redaction marks such as "[name]"
/// are not), for the check before a quote is approved and again before any report shows it.
pub fn identifiers_left(text: &str, local_names: &[LocalName]) -> Vec<Suggestion> {
    suggest(text, local_names)
}

/// A UK postcode's outward part: one or two letters, a digit, then maybe a letter or digit.
fn is_outward_code(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let letters = chars.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    (1..=2).contains(&letters)
        && chars.len() > letters
        && chars[letters].is_ascii_digit()
        && chars.len() <= letters + 2
        && chars[letters + 1..].iter().all(char::is_ascii_alphanumeric)
}

/// A UK postcode's inward part: a digit and two letters.
fn is_inward_code(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.len() == 3
        && chars[0].is_ascii_digit()
        && chars[1].is_ascii_alphabetic()
        && chars[2].is_ascii_alphabetic()
}

/// Full postcodes, written "OX4 2AB" or "ox42ab". An outward part alone ("OX4") covers thousands
/// of homes and is left.
fn postcodes(words: &[Word]) -> Vec<(usize, usize, SuggestionKind)> {
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if is_outward_code(&word.text)
            && let Some(inward) = words.get(index + 1)
            && is_inward_code(&inward.text)
        {
            found.push((word.start, inward.end, SuggestionKind::Postcode));
        } else if word.text.len() >= 5
            && word.text.is_ascii()
            && is_inward_code(&word.text[word.text.len() - 3..])
            && is_outward_code(&word.text[..word.text.len() - 3])
        {
            found.push((word.start, word.end, SuggestionKind::Postcode));
        }
    }
    found
}

/// "Cherwell School", "St Mary's Primary", "Banbury Academy": up to three capitalised words before
/// a school word, whether or not the team listed the school.
fn named_schools(words: &[Word]) -> Vec<(usize, usize, SuggestionKind)> {
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if !SCHOOL_WORDS.contains(&word.text.to_lowercase().as_str()) || index == 0 {
            continue;
        }
        let mut first = index;
        while first > 0 && index - first < 3 {
            let before = &words[first - 1].text;
            let name_like = before.chars().next().is_some_and(char::is_uppercase)
                && !NOT_A_NAME.contains(&before.to_lowercase().as_str())
                && !SCHOOL_WORDS.contains(&before.to_lowercase().as_str());
            if !name_like {
                break;
            }
            first -= 1;
        }
        if first < index {
            found.push((words[first].start, word.end, SuggestionKind::School));
        }
    }
    found
}

/// Runs of digits, spaces, dashes and brackets (optionally after "+") holding at least nine digits.
fn phone_numbers(chars: &[char]) -> Vec<(usize, usize, SuggestionKind)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !(chars[at].is_ascii_digit() || chars[at] == '+' || chars[at] == '(') {
            at += 1;
            continue;
        }
        let start = at;
        let mut end = at;
        let mut digits = 0;
        let mut last_digit = at;
        while end < chars.len() && (chars[end].is_ascii_digit() || " -()+".contains(chars[end])) {
            if chars[end].is_ascii_digit() {
                digits += 1;
                last_digit = end;
            }
            end += 1;
        }
        if digits >= 9 {
            found.push((start, last_digit + 1, SuggestionKind::Phone));
        }
        at = end.max(at + 1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden(text: &str, local: &[LocalName]) -> Vec<(String, SuggestionKind)> {
        suggest(text, local)
            .into_iter()
            .map(|suggestion| (suggestion.words, suggestion.kind))
            .collect()
    }

    #[test]
    fn contact_details_are_suggested() {
        assert_eq!(
            hidden(
                "email me at sam.b@example.org or ring 07700 900123, see www.example.com/me.",
                &[]
            ),
            [
                ("sam.b@example.org".to_owned(), SuggestionKind::Email),
                ("07700 900123".to_owned(), SuggestionKind::Phone),
                ("www.example.com/me".to_owned(), SuggestionKind::WebAddress),
            ]
        );
    }

    #[test]
    fn likely_names_and_listed_local_names_are_suggested() {
        let local = [
            LocalName {
                name: "Banbury Academy".into(),
                kind: LocalNameKind::School,
            },
            LocalName {
                name: "Witney".into(),
                kind: LocalNameKind::Place,
            },
        ];
        assert_eq!(
            hidden(
                "My teacher Mrs Patel at Banbury Academy and my friend Jack Smith from witney.",
                &local
            ),
            [
                ("Mrs Patel".to_owned(), SuggestionKind::PersonalName),
                ("Banbury Academy".to_owned(), SuggestionKind::School),
                ("Jack Smith".to_owned(), SuggestionKind::PersonalName),
                ("witney".to_owned(), SuggestionKind::Place),
            ]
        );
    }

    #[test]
    fn postcodes_and_named_schools_are_suggested_whether_listed_or_not() {
        assert_eq!(
            hidden(
                "I live at OX4 2AB near Cherwell School, and my cousin at ox11ab goes to St Mary's Primary.",
                &[]
            ),
            [
                ("OX4 2AB".to_owned(), SuggestionKind::Postcode),
                ("Cherwell School".to_owned(), SuggestionKind::School),
                ("ox11ab".to_owned(), SuggestionKind::Postcode),
                ("St Mary's Primary".to_owned(), SuggestionKind::School),
            ]
        );
        assert!(
            hidden(
                "My School helped. The Academy was fine. In OX4 there is a club.",
                &[]
            )
            .is_empty(),
            "no name before the school word, and a postcode district alone"
        );
    }

    #[test]
    fn redaction_marks_in_published_words_are_not_identifiers() {
        assert!(
            identifiers_left(
                "My teacher [name] at [school] listens, email me on [removed]",
                &[]
            )
            .is_empty()
        );
    }

    #[test]
    fn ordinary_answers_suggest_nothing() {
        assert!(
            hidden(
                "More youth clubs open in the evenings, in 2023 and 2024.",
                &[]
            )
            .is_empty()
        );
        assert!(hidden("I Like It When Staff Listen", &[]).is_empty());
    }
}
