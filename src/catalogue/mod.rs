//! The interface's words in every language and register, read from Project Fluent files in
//! `assets/messages/<language>/<register>.ftl`. Views ask for a message by its id; the wording of
//! a wave (its questions and answers) is data and lives in the database instead.
//!
//! A message missing in a language's Easy Read file comes from the same language's standard file,
//! then from English (Easy Read, then standard), so a page never shows an id; a test keeps the
//! shipped files complete.

mod files;
pub mod sheet;
pub mod staff_words;

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;

pub use files::BUILT_IN_FILES;

/// One catalogue file: a language and register, and its Fluent text.
#[derive(Debug, Clone)]
pub struct CatalogueFile {
    pub language: Language,
    pub register: ResponseFormat,
    pub text: String,
}

/// What is wrong with a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("{file}: {problem}")]
    Unreadable { file: String, problem: String },
}

/// A value for a gap in a message: words, or a number (which also picks the plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Arg::Number(number as f64)
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Self {
        Arg::Number(number as f64)
    }
}

impl From<u64> for Arg {
    fn from(number: u64) -> Self {
        Arg::Number(number as f64)
    }
}

type Bundle = FluentBundle<FluentResource>;

pub struct Catalogue {
    bundles: HashMap<(Language, ResponseFormat), Bundle>,
    /// Each file's message ids, in file order, for checks and translators.
    ids: HashMap<(Language, ResponseFormat), Vec<String>>,
    /// The languages with at least one file, English first: asked on every request.
    languages: Vec<Language>,
}

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
static STAFF_CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

/// The staff pages' words: English only for now, through the same mechanism as the young
/// people's, so a council can later add a language for its staff as it can for young people.
pub fn staff() -> &'static Catalogue {
    STAFF_CATALOGUE.get_or_init(|| {
        Catalogue::from_files(&[files::staff()]).expect("the staff catalogue reads (tested)")
    })
}

/// The catalogue pages read: the files built into the binary (checked by tests, so reading them
/// cannot fail in use) and any languages [`install`] added when the server started.
pub fn built_in() -> &'static Catalogue {
    CATALOGUE.get_or_init(|| {
        Catalogue::from_files(&files::built_in()).expect("the built-in catalogue reads (tested)")
    })
}

/// Adds the languages in `folder` (one sub-folder per tag, each with `standard.ftl` and
/// optionally `easy_read.ftl`, as `catalogue import` writes them) to the built-in ones; a
/// language in the folder replaces a built-in one. Each file must read and hold every English
/// message with the same gaps. Call once, before any page is served; returns the languages added.
pub fn install(folder: &std::path::Path) -> Result<Vec<Language>, CatalogueError> {
    let unreadable = |file: &std::path::Path, problem: String| CatalogueError::Unreadable {
        file: file.display().to_string(),
        problem,
    };
    let entries =
        std::fs::read_dir(folder).map_err(|error| unreadable(folder, error.to_string()))?;
    let mut added_files = Vec::new();
    let mut added = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|error| unreadable(folder, error.to_string()))?
            .path();
        if !path.is_dir() {
            continue;
        }
        let tag = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        let language = Language::parse(tag)
            .map_err(|_| unreadable(&path, "the folder's name is not a language tag".into()))?;
        for register in ResponseFormat::ALL {
            let file = path.join(format!("{}.ftl", register.as_str()));
            if register == ResponseFormat::EasyRead && !file.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&file)
                .map_err(|error| unreadable(&file, error.to_string()))?;
            let problems = sheet::problems_in(register, &text);
            if let Some(first) = problems.first() {
                return Err(unreadable(
                    &file,
                    format!("{first} ({} problem(s) in all)", problems.len()),
                ));
            }
            added_files.push(CatalogueFile {
                language: language.clone(),
                register,
                text,
            });
        }
        added.push(language);
    }
    let mut all: Vec<CatalogueFile> = files::built_in()
        .into_iter()
        .filter(|file| !added.contains(&file.language))
        .collect();
    all.extend(added_files);
    let catalogue = Catalogue::from_files(&all)?;
    CATALOGUE
        .set(catalogue)
        .map_err(|_| unreadable(folder, "the catalogue was already in use".into()))?;
    added.sort();
    Ok(added)
}

impl Catalogue {
    pub fn from_files(files: &[CatalogueFile]) -> Result<Catalogue, CatalogueError> {
        let mut bundles = HashMap::new();
        let mut ids = HashMap::new();
        for file in files {
            let name = format!("{}/{}.ftl", file.language, file.register.as_str());
            let resource = FluentResource::try_new(file.text.clone()).map_err(|(_, errors)| {
                CatalogueError::Unreadable {
                    file: name.clone(),
                    problem: format!("{errors:?}"),
                }
            })?;
            let file_ids: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            let locale =
                file.language
                    .as_str()
                    .parse()
                    .map_err(|_| CatalogueError::Unreadable {
                        file: name.clone(),
                        problem: "the language is not a locale".into(),
                    })?;
            let mut bundle = Bundle::new_concurrent(vec![locale]);
            // A gap's words (an organisation's English name in an Arabic sentence) keep their own
            // direction only with isolation marks around them; left-to-right pages need none, and
            // invisible marks would get in the way of copying and searching their words.
            bundle.set_use_isolating(file.language.is_right_to_left());
            bundle
                .add_resource(resource)
                .map_err(|errors| CatalogueError::Unreadable {
                    file: name.clone(),
                    problem: format!("{errors:?}"),
                })?;
            let key = (file.language.clone(), file.register);
            bundles.insert(key.clone(), bundle);
            ids.insert(key, file_ids);
        }
        let mut languages: Vec<Language> = bundles
            .keys()
            .map(|(language, _)| language.clone())
            .filter(|language| !language.is_english())
            .collect();
        languages.sort();
        languages.dedup();
        languages.insert(0, Language::english());
        Ok(Catalogue {
            bundles,
            ids,
            languages,
        })
    }

    /// The message `id` in `language` and `register`, its gaps filled from `args`.
    pub fn text(
        &self,
        language: &Language,
        register: ResponseFormat,
        id: &str,
        args: &[(&str, Arg)],
    ) -> String {
        for key in fallbacks(language, register) {
            if let Some(found) = self.format(&key, id, args) {
                return found;
            }
        }
        id.to_owned()
    }

    /// Whether this very file (no fallback) has the message.
    pub fn has(&self, language: &Language, register: ResponseFormat, id: &str) -> bool {
        self.bundles
            .get(&(language.clone(), register))
            .is_some_and(|bundle| bundle.has_message(id))
    }

    /// The message ids of one file, in file order.
    pub fn ids(&self, language: &Language, register: ResponseFormat) -> &[String] {
        self.ids
            .get(&(language.clone(), register))
            .map_or(&[], Vec::as_slice)
    }

    /// The languages with at least one file, English first.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    fn format(
        &self,
        key: &(Language, ResponseFormat),
        id: &str,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        let bundle = self.bundles.get(key)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// Where to look for a message: this language in this register, its standard words, then
/// English the same way.
fn fallbacks(language: &Language, register: ResponseFormat) -> Vec<(Language, ResponseFormat)> {
    let mut keys = Vec::new();
    for language in [language.clone(), Language::english()] {
        keys.push((language.clone(), register));
        keys.push((language, ResponseFormat::Standard));
    }
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(language: &str, register: ResponseFormat, text: &str) -> CatalogueFile {
        CatalogueFile {
            language: Language::parse(language).unwrap(),
            register,
            text: text.to_owned(),
        }
    }

    #[test]
    fn a_message_falls_back_to_standard_words_then_to_english() {
        let catalogue = Catalogue::from_files(&[
            file(
                "en",
                ResponseFormat::Standard,
                "send = Send my answers\nback = Back\nminutes = { $count ->\n  [one] 1 minute\n *[other] { $count } minutes\n}\n",
            ),
            file("en", ResponseFormat::EasyRead, "send = Send\n"),
            file("pl", ResponseFormat::Standard, "back = Wstecz\n"),
        ])
        .unwrap();
        let english = Language::english();
        let polish = Language::parse("pl").unwrap();
        let easy = ResponseFormat::EasyRead;
        assert_eq!(catalogue.text(&english, easy, "send", &[]), "Send");
        assert_eq!(catalogue.text(&english, easy, "back", &[]), "Back");
        assert_eq!(catalogue.text(&polish, easy, "back", &[]), "Wstecz");
        assert_eq!(catalogue.text(&polish, easy, "send", &[]), "Send");
        assert_eq!(catalogue.text(&polish, easy, "nowhere", &[]), "nowhere");
        assert_eq!(
            catalogue.text(
                &english,
                ResponseFormat::Standard,
                "minutes",
                &[("count", 1usize.into())]
            ),
            "1 minute"
        );
        assert_eq!(
            catalogue.text(
                &english,
                ResponseFormat::Standard,
                "minutes",
                &[("count", 5usize.into())]
            ),
            "5 minutes"
        );
        assert_eq!(catalogue.languages(), [english, polish]);
    }

    #[test]
    fn a_broken_file_is_named() {
        let broken = Catalogue::from_files(&[file("en", ResponseFormat::Standard, "= nothing\n")]);
        assert!(
            matches!(broken, Err(CatalogueError::Unreadable { file, .. }) if file == "en/standard.ftl")
        );
    }
}
