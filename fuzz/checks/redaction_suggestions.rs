//! Any free text, with any list of local schools and places: the suggester never panics, and every
//! suggestion is a range of the text that a moderator's redaction accepts, over the words it names.
//!
//! One copy of the check, run by cargo fuzz (fuzz_targets/) and by `cargo test` over the seeds and
//! their mutations (tests/api/fuzz_bodies.rs).

use youthvoice::domain::redaction::Redactions;
use youthvoice::domain::redaction_suggestions::{LocalName, LocalNameKind, suggest};

pub fn check(input: &str) {
    // The text, then after a line of "---" the local names, one a line (as the settings page keeps them).
    let (text, names) = input.split_once("\n---\n").unwrap_or((input, ""));
    let local_names: Vec<LocalName> = names
        .lines()
        .enumerate()
        .map(|(index, name)| LocalName {
            name: name.to_owned(),
            kind: if index % 2 == 0 {
                LocalNameKind::School
            } else {
                LocalNameKind::Place
            },
        })
        .collect();
    let suggestions = suggest(text, &local_names);
    let chars: Vec<char> = text.chars().collect();
    for suggestion in &suggestions {
        let range = suggestion.redaction.start..suggestion.redaction.end;
        assert!(
            range.start < range.end && range.end <= chars.len(),
            "{range:?}"
        );
        let words: String = chars[range].iter().collect();
        assert_eq!(words, suggestion.words);
    }
    let redactions: Vec<_> = suggestions.iter().map(|s| s.redaction).collect();
    let checked = Redactions::check(text, &redactions).expect("suggestions are valid redactions");
    // Hiding them never panics either: each hidden range becomes one mark such as "[name]".
    let hidden = checked.apply(text);
    assert!(hidden.chars().count() <= chars.len() + "[removed]".len() * suggestions.len());
}
