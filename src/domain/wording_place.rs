//! Where a piece of a wave's wording is: its introduction, a question, a question's hint or one of
//! its answers. Named as a place, not in words, so the Easy Read check and the list of what is not
//! yet translated can be worded in the reader's language, and matched to a question by its key.

use super::ids::{OptionValue, QuestionKey};
use super::message::Message;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordingPlace {
    /// The start page as a whole: its introduction and privacy note.
    StartPage,
    Introduction,
    PrivacyNote,
    Question(QuestionKey),
    Hint(QuestionKey),
    Answer(QuestionKey, OptionValue),
}

impl WordingPlace {
    /// The question the place belongs to, if it belongs to one.
    pub fn question(&self) -> Option<&QuestionKey> {
        match self {
            WordingPlace::Question(key)
            | WordingPlace::Hint(key)
            | WordingPlace::Answer(key, _) => Some(key),
            _ => None,
        }
    }

    /// The place as a staff catalogue message, such as "question believed, answer often".
    pub fn message(&self) -> Message {
        match self {
            WordingPlace::StartPage => Message::new("staff-place-start-page"),
            WordingPlace::Introduction => Message::new("staff-place-introduction"),
            WordingPlace::PrivacyNote => Message::new("staff-place-privacy-note"),
            WordingPlace::Question(key) => {
                Message::new("staff-place-question").with("key", key.as_str())
            }
            WordingPlace::Hint(key) => Message::new("staff-place-hint").with("key", key.as_str()),
            WordingPlace::Answer(key, value) => Message::new("staff-place-answer")
                .with("key", key.as_str())
                .with("value", value.as_str()),
        }
    }
}
