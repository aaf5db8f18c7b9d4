//! Spotting answers that may be a disclosure, so they go to the top of the moderation queue. The
//! phrase list is the team's; a match only puts the answer first, a person decides what it means.

/// The first listed phrase found in `text` as whole words, ignoring case, curly apostrophes and
/// extra spaces.
pub fn first_concern<'a>(text: &str, phrases: &'a [String]) -> Option<&'a str> {
    let text = normalise(text);
    phrases
        .iter()
        .find(|phrase| {
            let phrase = normalise(phrase);
            !phrase.is_empty() && contains_as_words(&text, &phrase)
        })
        .map(String::as_str)
}

fn normalise(text: &str) -> String {
    let lowered = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn contains_as_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases() -> Vec<String> {
        ["not safe", "hit me", "don't know who to tell"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn whole_phrases_match_whatever_the_case_spacing_or_apostrophe() {
        let phrases = phrases();
        assert_eq!(
            first_concern(
                "Sometimes I do NOT  feel... I am Not Safe at home",
                &phrases
            ),
            Some("not safe")
        );
        assert_eq!(
            first_concern("I don\u{2019}t know who to tell", &phrases),
            Some("don't know who to tell")
        );
        assert_eq!(
            first_concern("He used to hit me.", &phrases),
            Some("hit me")
        );
    }

    #[test]
    fn parts_of_other_words_do_not_match() {
        let phrases = phrases();
        assert_eq!(first_concern("The white meadow was lovely", &phrases), None);
        assert_eq!(first_concern("More youth clubs please", &phrases), None);
        assert_eq!(first_concern("anything", &[String::new()]), None);
    }
}
