//! Resume codes: four common words and a four-digit number that let a young person carry on
//! later, on any device, without an account: 438⁴ × 9,000, about 48 bits, so guessing one online
//! is hopeless behind the guess limits. Only a hash keyed with the server's key is ever stored, so
//! a copy of the database alone cannot be searched for codes.

use std::sync::OnceLock;

use rand::Rng;
use rand::seq::IndexedRandom;

use super::tokens::{SecretHash, ServerKey};

const WORD_LIST: &str = include_str!("../../assets/wordlists/resume-words.txt");
const WORDS_IN_A_CODE: usize = 4;
const NUMBER_RANGE: std::ops::RangeInclusive<u32> = 1000..=9999;

/// How long a resume code (and the answers it points to) is kept.
pub const RESUME_CODE_LIFETIME_DAYS: i64 = 30;

fn words() -> &'static Vec<&'static str> {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        WORD_LIST
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .collect()
    })
}

/// A resume code in its canonical written form, e.g. `otter lemon cloud river 4721`.
#[derive(Clone, PartialEq, Eq)]
pub struct ResumeCode(String);

/// Why typed text is not a resume code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ResumeCodeProblem {
    #[error("Enter your resume code")]
    Empty,
    #[error(
        "A resume code is four words and a number, like \u{2018}otter lemon cloud river 4721\u{2019}"
    )]
    WrongShape,
}

impl ResumeCode {
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let list = words();
        let picked: Vec<&str> = (0..WORDS_IN_A_CODE)
            .map(|_| *list.choose(&mut rng).expect("word list is not empty"))
            .collect();
        let number = rng.random_range(NUMBER_RANGE);
        Self(format!("{} {number}", picked.join(" ")))
    }

    /// Reads a typed code forgivingly: any case, any separators, extra spaces.
    pub fn parse(typed: &str) -> Result<Self, ResumeCodeProblem> {
        let lowered = typed.to_lowercase();
        let parts: Vec<&str> = lowered
            .split(|c: char| !c.is_alphanumeric())
            .filter(|part| !part.is_empty())
            .collect();
        if parts.is_empty() {
            return Err(ResumeCodeProblem::Empty);
        }
        let Some((number, typed_words)) = parts.split_last() else {
            return Err(ResumeCodeProblem::Empty);
        };
        if typed_words.len() != WORDS_IN_A_CODE {
            return Err(ResumeCodeProblem::WrongShape);
        }
        let list = words();
        let words_known = typed_words.iter().all(|word| list.contains(word));
        let number_ok = number
            .parse::<u32>()
            .is_ok_and(|n| NUMBER_RANGE.contains(&n));
        if !words_known || !number_ok {
            return Err(ResumeCodeProblem::WrongShape);
        }
        Ok(Self(format!("{} {number}", typed_words.join(" "))))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What is stored: an HMAC under the server's key, never a plain hash.
    pub fn hash(&self, key: &ServerKey) -> SecretHash {
        key.keyed_hash(&self.0)
    }

    /// How many codes there are, to show they are beyond online guessing.
    pub fn possible_codes() -> f64 {
        (words().len() as f64).powi(WORDS_IN_A_CODE as i32)
            * f64::from(NUMBER_RANGE.end() - NUMBER_RANGE.start() + 1)
    }
}

impl std::fmt::Debug for ResumeCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ResumeCode(..)")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn the_word_list_is_large_unique_and_simple() {
        let list = words();
        assert!(list.len() >= 400, "only {} words", list.len());
        assert_eq!(list.iter().collect::<HashSet<_>>().len(), list.len());
        assert!(
            list.iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase()) && w.len() <= 8)
        );
    }

    #[test]
    fn codes_carry_at_least_45_bits() {
        assert!(ResumeCode::possible_codes().log2() >= 45.0);
        let code = ResumeCode::generate();
        assert_eq!(code.as_str().split(' ').count(), 5);
    }

    #[test]
    fn generated_codes_parse_back_however_they_are_typed() {
        let key = ServerKey::from_bytes(vec![7; 32]).unwrap();
        for _ in 0..50 {
            let code = ResumeCode::generate();
            let shouted = code.as_str().to_uppercase().replace(' ', " - ");
            assert_eq!(ResumeCode::parse(&shouted).unwrap(), code);
            assert_eq!(
                ResumeCode::parse(&format!("  {}  ", code.as_str()))
                    .unwrap()
                    .hash(&key),
                code.hash(&key)
            );
        }
    }

    #[test]
    fn text_that_is_not_a_code_says_what_a_code_looks_like() {
        assert_eq!(
            ResumeCode::parse("   ").unwrap_err(),
            ResumeCodeProblem::Empty
        );
        assert_eq!(
            ResumeCode::parse("otter lemon").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert_eq!(
            ResumeCode::parse("otter lemon cloud river 100").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert_eq!(
            ResumeCode::parse("otter lemon cloud 4000").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert_eq!(
            ResumeCode::parse("otter lemon qwerty cloud 4000").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert!(ResumeCode::parse("Otter, Lemon, Cloud, River, 4721").is_ok());
    }
}
