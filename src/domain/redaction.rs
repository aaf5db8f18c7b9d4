//! Redactions: parts of a young person's answer replaced by a mark such as "[name]" before it can be
//! published. Stored as character ranges of the original, which is never changed.

use serde::{Deserialize, Serialize};

use super::ids::InvalidValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedactionMark {
    Name,
    School,
    Place,
    Removed,
}

impl RedactionMark {
    pub const ALL: [RedactionMark; 4] = [
        RedactionMark::Name,
        RedactionMark::School,
        RedactionMark::Place,
        RedactionMark::Removed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RedactionMark::Name => "name",
            RedactionMark::School => "school",
            RedactionMark::Place => "place",
            RedactionMark::Removed => "removed",
        }
    }

    pub fn parse(text: &str) -> Result<RedactionMark, InvalidValue> {
        RedactionMark::ALL
            .into_iter()
            .find(|mark| mark.as_str() == text)
            .ok_or_else(|| InvalidValue::new("redaction mark", text))
    }

    /// What readers see in place of the hidden words.
    pub fn shown_as(self) -> &'static str {
        match self {
            RedactionMark::Name => "[name]",
            RedactionMark::School => "[school]",
            RedactionMark::Place => "[place]",
            RedactionMark::Removed => "[removed]",
        }
    }
}

/// Characters `start..end` of the original answer (counted in characters, not bytes) are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Redaction {
    pub start: usize,
    pub end: usize,
    pub mark: RedactionMark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RedactionRefused {
    #[error("characters {start} to {end} are not inside the answer, which has {length} characters")]
    OutsideText {
        start: usize,
        end: usize,
        length: usize,
    },
    #[error("a redaction must hide at least one character")]
    Empty,
}

impl RedactionRefused {
    /// The staff catalogue's message telling a moderator what went wrong.
    pub fn message_id(self) -> &'static str {
        match self {
            RedactionRefused::OutsideText { .. } => "staff-moderation-problem-outside-answer",
            RedactionRefused::Empty => "staff-moderation-problem-empty-redaction",
        }
    }
}

/// A checked set of redactions of one text: each inside it, none empty, sorted, and any that
/// overlap merged (the earlier mark wins), so applying them is always well defined.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Redactions(Vec<Redaction>);

impl Redactions {
    pub fn none() -> Redactions {
        Redactions(Vec::new())
    }

    pub fn check(text: &str, wanted: &[Redaction]) -> Result<Redactions, RedactionRefused> {
        let length = text.chars().count();
        let mut sorted = Vec::with_capacity(wanted.len());
        for redaction in wanted {
            if redaction.start >= redaction.end {
                return Err(RedactionRefused::Empty);
            }
            if redaction.end > length {
                return Err(RedactionRefused::OutsideText {
                    start: redaction.start,
                    end: redaction.end,
                    length,
                });
            }
            sorted.push(*redaction);
        }
        sorted.sort_by_key(|redaction| (redaction.start, redaction.end));
        let mut merged: Vec<Redaction> = Vec::with_capacity(sorted.len());
        for redaction in sorted {
            match merged.last_mut() {
                Some(last) if redaction.start < last.end => last.end = last.end.max(redaction.end),
                _ => merged.push(redaction),
            }
        }
        Ok(Redactions(merged))
    }

    /// These redactions and `more`, checked again together.
    pub fn with(&self, text: &str, more: &[Redaction]) -> Result<Redactions, RedactionRefused> {
        let mut all = self.0.clone();
        all.extend_from_slice(more);
        Redactions::check(text, &all)
    }

    /// A short fingerprint of these redactions, which the answer page sends back with a decision:
    /// if someone changed the hidden words in between, the decision is about words nobody read.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        for redaction in &self.0 {
            hasher.update(
                format!(
                    "{}:{}:{};",
                    redaction.start,
                    redaction.end,
                    redaction.mark.as_str()
                )
                .as_bytes(),
            );
        }
        hasher.finalize()[..12]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    pub fn as_slice(&self) -> &[Redaction] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text as it may be published. The ranges were checked against this same text.
    pub fn apply(&self, text: &str) -> String {
        self.pieces(text)
            .into_iter()
            .map(|piece| match piece {
                Piece::Kept(words) => words,
                Piece::Hidden(mark) => mark.shown_as().to_owned(),
            })
            .collect()
    }

    /// The text in order as kept words and marks, for showing a moderator what is hidden.
    pub fn pieces(&self, text: &str) -> Vec<Piece> {
        let chars: Vec<char> = text.chars().collect();
        let mut pieces = Vec::new();
        let mut at = 0;
        for redaction in &self.0 {
            let start = redaction.start.min(chars.len());
            if start > at {
                pieces.push(Piece::Kept(chars[at..start].iter().collect()));
            }
            pieces.push(Piece::Hidden(redaction.mark));
            at = redaction.end.min(chars.len()).max(at);
        }
        if at < chars.len() {
            pieces.push(Piece::Kept(chars[at..].iter().collect()));
        }
        pieces
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Kept(String),
    Hidden(RedactionMark),
}

/// Every place `words` occur in `text`, ignoring case, as character ranges, so a moderator can hide
/// something by typing it as it is written.
pub fn occurrences(text: &str, words: &str) -> Vec<(usize, usize)> {
    let needle: Vec<char> = words.trim().chars().flat_map(char::to_lowercase).collect();
    let haystack: Vec<char> = text.chars().collect();
    let lowered: Vec<char> = haystack
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    if needle.is_empty() || needle.len() > lowered.len() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut at = 0;
    while at + needle.len() <= lowered.len() {
        if lowered[at..at + needle.len()] == needle[..] {
            found.push((at, at + needle.len()));
            at += needle.len();
        } else {
            at += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn hide(start: usize, end: usize, mark: RedactionMark) -> Redaction {
        Redaction { start, end, mark }
    }

    #[test]
    fn hidden_words_become_their_mark() {
        let text = "Mrs Patel at Banbury Academy helped me";
        let redactions = Redactions::check(
            text,
            &[
                hide(13, 28, RedactionMark::School),
                hide(0, 9, RedactionMark::Name),
            ],
        )
        .unwrap();
        assert_eq!(redactions.apply(text), "[name] at [school] helped me");
    }

    #[test]
    fn ranges_outside_the_text_or_empty_are_refused() {
        let text = "héllo";
        assert_eq!(
            Redactions::check(text, &[hide(2, 6, RedactionMark::Removed)]),
            Err(RedactionRefused::OutsideText {
                start: 2,
                end: 6,
                length: 5
            })
        );
        assert_eq!(
            Redactions::check(text, &[hide(3, 3, RedactionMark::Removed)]),
            Err(RedactionRefused::Empty)
        );
        assert_eq!(
            Redactions::check(text, &[hide(1, 5, RedactionMark::Removed)])
                .unwrap()
                .apply(text),
            "h[removed]",
            "characters, not bytes"
        );
    }

    #[test]
    fn overlapping_redactions_merge() {
        let text = "call me on 07700 900123 today";
        let redactions = Redactions::check(
            text,
            &[
                hide(11, 16, RedactionMark::Removed),
                hide(14, 23, RedactionMark::Name),
            ],
        )
        .unwrap();
        assert_eq!(redactions.apply(text), "call me on [removed] today");
    }

    #[test]
    fn typed_words_are_found_wherever_they_occur_ignoring_case() {
        assert_eq!(
            occurrences("Sam said sam is great", "SAM"),
            [(0, 3), (9, 12)]
        );
        assert!(occurrences("short", "").is_empty());
        assert!(occurrences("short", "much longer words").is_empty());
    }

    proptest! {
        /// Whatever is hidden, the published text never contains a hidden character run, and
        /// everything outside the redactions is kept exactly.
        #[test]
        fn applying_keeps_everything_outside_the_ranges(
            text in "[a-zA-Z ]{1,60}",
            ranges in proptest::collection::vec((0usize..60, 1usize..10), 0..5),
        ) {
            let length = text.chars().count();
            let wanted: Vec<Redaction> = ranges
                .iter()
                .filter(|(start, _)| *start < length)
                .map(|(start, width)| hide(*start, (*start + *width).min(length), RedactionMark::Removed))
                .collect();
            let redactions = Redactions::check(&text, &wanted).unwrap();
            let chars: Vec<char> = text.chars().collect();
            let kept: String = chars
                .iter()
                .enumerate()
                .filter(|(at, _)| !redactions.as_slice().iter().any(|r| r.start <= *at && *at < r.end))
                .map(|(_, c)| *c)
                .collect();
            let published = redactions.apply(&text);
            prop_assert_eq!(published.replace("[removed]", ""), kept);
        }
    }
}
