//! Wording keyed by (language, register): a translation adds entries, never fields. The register
//! is the young person's format, Standard or Easy Read. Answer values and question keys are the
//! same in every wording, so results never depend on the language anyone read.

use std::collections::BTreeMap;

use super::ids::InvalidValue;
use super::survey::ResponseFormat;

/// A language, as the primary subtag of a BCP 47 tag with an optional region or script:
/// `en`, `pl`, `ar`, `pt-BR`, `zh-Hant`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Language(String);

/// Languages written right to left, by primary subtag.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi",
];

impl Language {
    pub fn english() -> Self {
        Self("en".to_owned())
    }

    /// Reads a tag forgivingly (`PL`, `pt_br`) into its usual written form (`pl`, `pt-BR`).
    pub fn parse(tag: &str) -> Result<Self, InvalidValue> {
        let invalid = || InvalidValue::new("language (a tag such as en, pl or ar)", tag);
        let mut parts = tag.trim().split(['-', '_']);
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(invalid());
        }
        let mut written = primary;
        for part in parts {
            let subtag = match part.len() {
                2 if part.chars().all(|c| c.is_ascii_alphabetic()) => part.to_ascii_uppercase(),
                3 if part.chars().all(|c| c.is_ascii_digit()) => part.to_owned(),
                4 if part.chars().all(|c| c.is_ascii_alphabetic()) => {
                    let lower = part.to_ascii_lowercase();
                    let mut letters = lower.chars();
                    letters
                        .next()
                        .map(|first| first.to_ascii_uppercase().to_string() + letters.as_str())
                        .unwrap_or_default()
                }
                _ => return Err(invalid()),
            };
            written.push('-');
            written.push_str(&subtag);
        }
        Ok(Self(written))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_english(&self) -> bool {
        self.primary() == "en"
    }

    /// Arabic, Urdu, Persian, Hebrew and the like: pages set `dir="rtl"` for them.
    pub fn is_right_to_left(&self) -> bool {
        RIGHT_TO_LEFT.contains(&self.primary())
    }

    /// The value of an HTML `dir` attribute for text in this language.
    pub fn direction(&self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language without region or script: `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or_default()
    }
}

/// English: every wave and every interface message is written in it first.
impl Default for Language {
    fn default() -> Self {
        Self::english()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One thing's texts (a question's, an answer's, a wave's) in every language and register it is
/// written in. English in both registers is always there: every wave is written in English first
/// and translated from it, and it is what a missing translation falls back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wordings<T> {
    english_standard: T,
    english_easy_read: T,
    translations: BTreeMap<(Language, ResponseFormat), T>,
}

/// Stored wording without the English it must have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {register} English wording is missing")]
pub struct MissingEnglish {
    pub register: &'static str,
}

impl<T> Wordings<T> {
    pub fn english(standard: T, easy_read: T) -> Self {
        Self {
            english_standard: standard,
            english_easy_read: easy_read,
            translations: BTreeMap::new(),
        }
    }

    /// Rebuilds wording from stored entries, which must include English in both registers.
    pub fn from_entries(
        entries: impl IntoIterator<Item = (Language, ResponseFormat, T)>,
    ) -> Result<Self, MissingEnglish> {
        let mut standard = None;
        let mut easy_read = None;
        let mut translations = BTreeMap::new();
        for (language, register, value) in entries {
            match (language.is_english(), register) {
                (true, ResponseFormat::Standard) => standard = Some(value),
                (true, ResponseFormat::EasyRead) => easy_read = Some(value),
                (false, _) => {
                    translations.insert((language, register), value);
                }
            }
        }
        let missing = |register: ResponseFormat| MissingEnglish {
            register: register.as_str(),
        };
        Ok(Self {
            english_standard: standard.ok_or_else(|| missing(ResponseFormat::Standard))?,
            english_easy_read: easy_read.ok_or_else(|| missing(ResponseFormat::EasyRead))?,
            translations,
        })
    }

    pub fn in_english(&self, register: ResponseFormat) -> &T {
        match register {
            ResponseFormat::Standard => &self.english_standard,
            ResponseFormat::EasyRead => &self.english_easy_read,
        }
    }

    pub fn in_english_mut(&mut self, register: ResponseFormat) -> &mut T {
        match register {
            ResponseFormat::Standard => &mut self.english_standard,
            ResponseFormat::EasyRead => &mut self.english_easy_read,
        }
    }

    /// The wording in `language` and `register`, if it was written.
    pub fn get(&self, language: &Language, register: ResponseFormat) -> Option<&T> {
        if language.is_english() {
            return Some(self.in_english(register));
        }
        self.translations.get(&(language.clone(), register))
    }

    /// Adds or replaces the wording in `language` and `register`.
    pub fn set(&mut self, language: Language, register: ResponseFormat, value: T) {
        if language.is_english() {
            *self.in_english_mut(register) = value;
        } else {
            self.translations.insert((language, register), value);
        }
    }

    /// Every wording, English first, then translations by language and register.
    pub fn entries(&self) -> Vec<(Language, ResponseFormat, &T)> {
        let english = ResponseFormat::ALL
            .into_iter()
            .map(|register| (Language::english(), register, self.in_english(register)));
        let translated = self
            .translations
            .iter()
            .map(|((language, register), value)| (language.clone(), *register, value));
        english.chain(translated).collect()
    }

    /// Replaces the English in `register`; when the words change, every translation of them in
    /// that register goes too, because it translated other words.
    pub fn replace_english(&mut self, register: ResponseFormat, value: T)
    where
        T: PartialEq,
    {
        if *self.in_english(register) != value {
            self.translations
                .retain(|(_, translated_register), _| *translated_register != register);
        }
        *self.in_english_mut(register) = value;
    }

    /// Whether both registers are written in `language`.
    pub fn is_complete_in(&self, language: &Language) -> bool {
        ResponseFormat::ALL
            .iter()
            .all(|register| self.get(language, *register).is_some())
    }

    /// The languages written, English first.
    pub fn languages(&self) -> Vec<Language> {
        let mut languages = vec![Language::english()];
        for (language, _) in self.translations.keys() {
            if !languages.contains(language) {
                languages.push(language.clone());
            }
        }
        languages
    }
}

impl<T: Clone> Wordings<T> {
    /// The wording as read in `language`: its entries in the place of English, when both
    /// registers are written in it.
    pub fn read_in(&self, language: &Language) -> Option<Self> {
        Some(Self {
            english_standard: self.get(language, ResponseFormat::Standard)?.clone(),
            english_easy_read: self.get(language, ResponseFormat::EasyRead)?.clone(),
            translations: BTreeMap::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_forgivingly_and_bad_ones_refused() {
        for (typed, written) in [
            ("en", "en"),
            ("PL", "pl"),
            ("pt_br", "pt-BR"),
            ("zh-hant", "zh-Hant"),
            ("es-419", "es-419"),
            (" ar ", "ar"),
        ] {
            assert_eq!(Language::parse(typed).unwrap().as_str(), written, "{typed}");
        }
        for refused in [
            "",
            "e",
            "english",
            "en-",
            "p1",
            "en-GB-x-very-long",
            "../etc",
        ] {
            assert!(Language::parse(refused).is_err(), "{refused}");
        }
    }

    #[test]
    fn arabic_and_urdu_read_right_to_left() {
        for tag in ["ar", "ur", "fa", "ar-EG"] {
            assert!(Language::parse(tag).unwrap().is_right_to_left(), "{tag}");
        }
        for tag in ["en", "pl", "ro", "pt-BR"] {
            assert!(!Language::parse(tag).unwrap().is_right_to_left(), "{tag}");
        }
    }

    #[test]
    fn a_translation_adds_an_entry_and_english_is_always_there() {
        let polish = Language::parse("pl").unwrap();
        let mut labels = Wordings::english("Agree".to_owned(), "Yes".to_owned());
        assert_eq!(labels.get(&polish, ResponseFormat::Standard), None);
        labels.set(
            polish.clone(),
            ResponseFormat::Standard,
            "Zgadzam się".into(),
        );
        assert_eq!(
            labels
                .get(&polish, ResponseFormat::Standard)
                .map(String::as_str),
            Some("Zgadzam się")
        );
        assert_eq!(labels.languages(), vec![Language::english(), polish]);
        assert_eq!(labels.entries().len(), 3);
        let rebuilt = Wordings::from_entries(
            labels
                .entries()
                .into_iter()
                .map(|(language, register, value)| (language, register, value.clone())),
        )
        .unwrap();
        assert_eq!(rebuilt, labels);
        let no_easy_read = Wordings::from_entries([(
            Language::english(),
            ResponseFormat::Standard,
            "Agree".to_owned(),
        )]);
        assert_eq!(
            no_easy_read,
            Err(MissingEnglish {
                register: "easy_read"
            })
        );
    }
}
