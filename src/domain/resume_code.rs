//! Resume codes: three common words and a number that let a young person carry on later,
//! on any device, without an account. Only a hash of a code is ever stored.

use std::sync::OnceLock;

use rand::Rng;
use rand::seq::IndexedRandom;

use super::tokens::SecretHash;

const WORD_LIST: &str = include_str!("../../assets/wordlists/resume-words.txt");
const NUMBER_RANGE: std::ops::RangeInclusive<u32> = 10..=99;

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

/// A resume code in its canonical written form, e.g. `otter lemon cloud 47`.
#[derive(Clone, PartialEq, Eq)]
pub struct ResumeCode(String);

/// Why typed text is not a resume code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ResumeCodeProblem {
    #[error("Enter your resume code")]
    Empty,
    #[error("A resume code is three words and a number, like \u{2018}otter lemon cloud 47\u{2019}")]
    WrongShape,
}

impl ResumeCode {
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let list = words();
        let picked: Vec<&str> = (0..3)
            .map(|_| *list.choose(&mut rng).expect("word list is not empty"))
            .collect();
        let number = rng.random_range(NUMBER_RANGE);
        Self(format!(
            "{} {} {} {number}",
            picked[0], picked[1], picked[2]
        ))
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
        let [first, second, third, number] = parts[..] else {
            return Err(ResumeCodeProblem::WrongShape);
        };
        let list = words();
        let words_known = [first, second, third]
            .iter()
            .all(|word| list.contains(word));
        let number_ok = number
            .parse::<u32>()
            .is_ok_and(|n| NUMBER_RANGE.contains(&n));
        if !words_known || !number_ok {
            return Err(ResumeCodeProblem::WrongShape);
        }
        Ok(Self(format!("{first} {second} {third} {number}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> SecretHash {
        SecretHash::of(&self.0)
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
    fn generated_codes_parse_back_however_they_are_typed() {
        for _ in 0..50 {
            let code = ResumeCode::generate();
            let shouted = code.as_str().to_uppercase().replace(' ', " - ");
            assert_eq!(ResumeCode::parse(&shouted).unwrap(), code);
            assert_eq!(
                ResumeCode::parse(&format!("  {}  ", code.as_str()))
                    .unwrap()
                    .hash(),
                code.hash()
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
            ResumeCode::parse("otter lemon cloud 100").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert_eq!(
            ResumeCode::parse("otter lemon qwerty 40").unwrap_err(),
            ResumeCodeProblem::WrongShape
        );
        assert!(ResumeCode::parse("Otter, Lemon, Cloud, 47").is_ok());
    }
}
