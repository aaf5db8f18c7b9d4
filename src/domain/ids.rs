//! Identifier and validated-value newtypes shared across the crate.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh random (v4) identifier; ids are always made by the app, never by the database.
            pub fn new_random() -> Self {
                Self(Uuid::new_v4())
            }

            pub fn parse(text: &str) -> Result<Self, InvalidValue> {
                Uuid::parse_str(text)
                    .map(Self)
                    .map_err(|_| InvalidValue::new(stringify!($name), text))
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

uuid_id!(
    /// One wave of a survey.
    SurveyId
);
uuid_id!(
    /// One question within one wave.
    QuestionId
);
uuid_id!(
    /// One answer option of one question.
    OptionId
);
uuid_id!(
    /// One submitted, anonymous response.
    ResponseId
);
uuid_id!(
    /// One anonymous survey in progress (not yet submitted).
    DraftId
);
uuid_id!(
    /// One staff account.
    UserId
);
uuid_id!(
    /// One free-text answer in the moderation queue (never the response it came from).
    QuoteId
);
uuid_id!(
    /// One uploaded file waiting for its uploader to confirm the import.
    PendingImportId
);
uuid_id!(
    /// A published report: one frozen version of one kind of report for one wave.
    PublishedReportId
);
uuid_id!(
    /// A target set for one measure of a programme.
    TargetId
);
uuid_id!(
    /// One action in the working group's register.
    ActionId
);
uuid_id!(
    /// A group that owns actions, e.g. one of the three strategic groups.
    OwnerId
);
uuid_id!(
    /// Another survey's published figure, shown beside one measure of a programme.
    ComparatorId
);
uuid_id!(
    /// A programme of work whose waves compare with each other: Be Supported, Be Healthy, or one
    /// the team creates.
    ProgrammeId
);

impl ProgrammeId {
    /// Be Supported, the programme every wave belonged to before there were programmes; the
    /// migration that brought programmes in made it with this id.
    pub const BE_SUPPORTED: ProgrammeId =
        ProgrammeId(Uuid::from_u128(0x5be50991a7c34d138016be5099021316));
}

/// A value that failed validation, with the kind of value expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a valid {kind}")]
pub struct InvalidValue {
    pub kind: &'static str,
    pub value: String,
}

impl InvalidValue {
    pub fn new(kind: &'static str, value: &str) -> Self {
        let value: String = value.chars().take(80).collect();
        Self { kind, value }
    }
}

/// Lower-case letters, digits and a separator; never empty, never starting with the separator.
fn is_code(text: &str, separator: char, max_len: usize) -> bool {
    !text.is_empty()
        && text.len() <= max_len
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == separator)
}

macro_rules! code_value {
    ($(#[$meta:meta])* $name:ident, $separator:expr, $max:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(text: &str) -> Result<Self, InvalidValue> {
                if is_code(text, $separator, $max) {
                    Ok(Self(text.to_owned()))
                } else {
                    Err(InvalidValue::new(stringify!($name), text))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidValue;
            fn try_from(text: String) -> Result<Self, Self::Error> {
                Self::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

code_value!(
    /// The public, URL-safe name of a wave, e.g. `be-supported-2022`.
    Slug,
    '-',
    60
);
code_value!(
    /// The stable key that links a question across waves, e.g. `know_who_to_speak_to`.
    QuestionKey,
    '_',
    60
);
code_value!(
    /// The stable code stored for an answer option, e.g. `strongly_agree`.
    OptionValue,
    '_',
    60
);
code_value!(
    /// A distribution tag carried by a survey link (`?c=school-x`) so counts per channel can be shown.
    ChannelTag,
    '-',
    40
);
code_value!(
    /// The name of a symbol in the symbol library, e.g. `face-happy`; also its file name.
    SymbolName,
    '-',
    60
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_lowercase_words_joined_by_hyphens() {
        assert!(Slug::parse("be-supported-2022").is_ok());
        assert!(Slug::parse("").is_err());
        assert!(Slug::parse("-leading").is_err());
        assert!(Slug::parse("Upper").is_err());
        assert!(Slug::parse("../etc").is_err());
        assert!(Slug::parse(&"a".repeat(61)).is_err());
    }

    #[test]
    fn option_values_use_underscores_and_refuse_reserved_leading_underscore() {
        assert!(OptionValue::parse("strongly_agree").is_ok());
        assert!(OptionValue::parse("_skip").is_err());
        assert!(OptionValue::parse("a-b").is_err());
    }

    #[test]
    fn ids_round_trip_through_text() {
        let id = ResponseId::new_random();
        assert_eq!(ResponseId::parse(&id.to_string()).unwrap(), id);
        assert!(ResponseId::parse("not-a-uuid").is_err());
    }
}
