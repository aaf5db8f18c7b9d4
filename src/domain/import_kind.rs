//! What an import file holds, and what to do with data a wave already has.

use super::ids::InvalidValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// The wide CSV: one row per response.
    Responses,
    /// Published totals: `question_key,option_value,count`.
    Totals,
}

impl ImportKind {
    pub const ALL: [ImportKind; 2] = [ImportKind::Responses, ImportKind::Totals];

    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::Responses => "responses",
            ImportKind::Totals => "totals",
        }
    }

    pub fn parse(text: &str) -> Result<ImportKind, InvalidValue> {
        ImportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| InvalidValue::new("import kind", text))
    }
}

/// What happens to what a wave already holds when more is imported into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// The wave must be empty; anything there stops the import.
    IntoEmptyWave,
    /// Add the file's responses to those already there.
    Append,
    /// Delete what the wave holds, then store the file's contents.
    Replace,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in ImportKind::ALL {
            assert_eq!(ImportKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(ImportKind::parse("aggregates").is_err());
    }
}
