//! The catalogue files built into the binary. A new language is a folder of `assets/messages/`
//! added here.

use super::CatalogueFile;
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;

/// (language, register, Fluent text) of every built-in file.
pub const BUILT_IN_FILES: &[(&str, ResponseFormat, &str)] = &[
    (
        "en",
        ResponseFormat::Standard,
        include_str!("../../assets/messages/en/standard.ftl"),
    ),
    (
        "en",
        ResponseFormat::EasyRead,
        include_str!("../../assets/messages/en/easy_read.ftl"),
    ),
    (
        "pl",
        ResponseFormat::Standard,
        include_str!("../../assets/messages/pl/standard.ftl"),
    ),
    (
        "pl",
        ResponseFormat::EasyRead,
        include_str!("../../assets/messages/pl/easy_read.ftl"),
    ),
    (
        "ar",
        ResponseFormat::Standard,
        include_str!("../../assets/messages/ar/standard.ftl"),
    ),
    (
        "ar",
        ResponseFormat::EasyRead,
        include_str!("../../assets/messages/ar/easy_read.ftl"),
    ),
];

/// The staff pages' words, English only (see [`super::staff`]).
const STAFF_FILE: &str = include_str!("../../assets/messages/en/staff.ftl");

pub fn staff() -> CatalogueFile {
    CatalogueFile {
        language: Language::english(),
        register: ResponseFormat::Standard,
        text: STAFF_FILE.to_owned(),
    }
}

pub fn built_in() -> Vec<CatalogueFile> {
    BUILT_IN_FILES
        .iter()
        .filter_map(|(language, register, text)| {
            Some(CatalogueFile {
                language: Language::parse(language).ok()?,
                register: *register,
                text: (*text).to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Arg, Catalogue, built_in as built_in_catalogue};
    use crate::domain::easy_read::{MAX_GRADE, flesch_kincaid_grade, lint_text};

    /// Standard messages that Easy Read pages never show: those pages show their own
    /// sentences (the `-1`, `-2` … messages) in their place.
    const SHOWN_ONLY_IN_STANDARD: &[&str] = &[
        "check-send",
        "done-sent",
        "done-anonymous",
        "done-next",
        "done-talk",
        "help-lead",
        "help-adult",
        "saved-code-intro",
        "saved-how-long",
        "saved-how-to",
        "wait-paused",
        "wait-saved",
        "wait-start-again",
        "not-found",
        "expired",
        "not-allowed-title",
        "not-allowed",
        "too-much",
        "wrong",
        "wrong-reason",
        "wrong-buttons",
        "broken",
        "closed-thanks",
        "closed-next",
        "start-easy-read-version",
    ];

    /// Values for every gap, so the lint reads whole sentences as a young person would.
    fn samples() -> Vec<(&'static str, Arg)> {
        vec![
            ("organisation", "Oxfordshire Children's Trust".into()),
            ("answer", "Nobody".into()),
            ("limit", "200".into()),
            ("length", "250".into()),
            ("days", 30usize.into()),
            ("minutes", 5usize.into()),
            ("number", 3usize.into()),
            ("total", 19usize.into()),
            ("question", "‘Do people listen to you?’".into()),
            ("survey", "Be Supported 2023".into()),
            ("reason", "an unknown answer".into()),
            ("title", "Check your answers".into()),
            ("publisher", "Oxfordshire Children's Trust".into()),
            ("date", "3 December 2026".into()),
            ("year", "2022".into()),
            ("count", "389".into()),
            ("threshold", "10".into()),
            ("tenths", "6".into()),
            ("answers", "‘Yes’ or ‘Yes, a lot’".into()),
            ("version", "2".into()),
            ("band", "14 or 15".into()),
        ]
    }

    #[test]
    fn the_built_in_files_read() {
        assert!(Catalogue::from_files(&built_in()).is_ok());
    }

    #[test]
    fn every_message_an_easy_read_page_can_show_passes_the_easy_read_lint() {
        let catalogue = built_in_catalogue();
        let english = Language::english();
        let easy = ResponseFormat::EasyRead;
        let mut ids: Vec<&String> = catalogue.ids(&english, easy).iter().collect();
        ids.extend(
            catalogue
                .ids(&english, ResponseFormat::Standard)
                .iter()
                .filter(|id| {
                    !catalogue.has(&english, easy, id)
                        && !SHOWN_ONLY_IN_STANDARD.contains(&id.as_str())
                }),
        );
        assert!(ids.len() > 100, "{} messages", ids.len());
        let texts: Vec<String> = ids
            .iter()
            .map(|id| catalogue.text(&english, easy, id, &samples()))
            .collect();
        for (id, text) in ids.iter().zip(&texts) {
            assert!(!text.contains('{'), "{id}: a gap is not filled: {text}");
            assert_eq!(lint_text(text), Vec::new(), "{id}: {text}");
        }
        let grade = flesch_kincaid_grade(texts.iter().map(String::as_str));
        assert!(
            grade <= MAX_GRADE,
            "the Easy Read interface reads at grade {grade:.1}"
        );
    }

    #[test]
    fn sentence_lines_are_easy_read_only_and_every_standard_only_message_exists() {
        let catalogue = built_in_catalogue();
        let english = Language::english();
        for id in catalogue.ids(&english, ResponseFormat::Standard) {
            let numbered = id
                .rsplit('-')
                .next()
                .is_some_and(|last| last.parse::<u8>().is_ok());
            assert!(!numbered, "{id}: numbered sentences belong to Easy Read");
        }
        for id in SHOWN_ONLY_IN_STANDARD {
            assert!(
                catalogue.has(&english, ResponseFormat::Standard, id),
                "{id}"
            );
        }
    }

    /// The gaps a message's text names, e.g. `organisation` in `Run by { $organisation }.`.
    fn gaps(text: &str) -> Vec<String> {
        let mut found: Vec<String> = regex_lite::Regex::new(r"\{\s*\$([a-z_]+)")
            .unwrap()
            .captures_iter(text)
            .map(|capture| capture[1].to_owned())
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// Each message's source text in one built-in file, by id.
    fn sources(language: &str, register: ResponseFormat) -> Vec<(String, String)> {
        let (_, _, text) = BUILT_IN_FILES
            .iter()
            .find(|(tag, file_register, _)| *tag == language && *file_register == register)
            .unwrap();
        let mut messages: Vec<(String, String)> = Vec::new();
        for line in text.lines().filter(|line| !line.starts_with('#')) {
            match line.split_once(" = ") {
                Some((id, value)) if !line.starts_with([' ', '#']) => {
                    messages.push((id.to_owned(), value.to_owned()));
                }
                _ => {
                    if let Some((_, value)) = messages.last_mut() {
                        value.push_str(line);
                    }
                }
            }
        }
        messages
    }

    #[test]
    fn every_translation_has_every_message_with_the_same_gaps() {
        let catalogue = built_in_catalogue();
        for language in catalogue.languages().iter().filter(|l| !l.is_english()) {
            for register in ResponseFormat::ALL {
                let english = sources("en", register);
                let translated = sources(language.as_str(), register);
                for (id, text) in &english {
                    let Some((_, translation)) = translated.iter().find(|(other, _)| other == id)
                    else {
                        panic!("{language}/{}: {id} is not translated", register.as_str());
                    };
                    assert_eq!(
                        gaps(translation),
                        gaps(text),
                        "{language}/{}: {id} must keep the English gaps",
                        register.as_str()
                    );
                }
                for (id, _) in &translated {
                    assert!(
                        english.iter().any(|(other, _)| other == id) || id == "language-name",
                        "{language}/{}: {id} is not an English message",
                        register.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn every_kind_of_audit_entry_has_its_words_in_the_staff_catalogue() {
        let staff = crate::catalogue::staff();
        for action in crate::domain::audit::AuditAction::ALL {
            let id = crate::web::views::admin_pages::audit_message_id(action);
            assert!(
                staff.has(&Language::english(), ResponseFormat::Standard, &id),
                "{id} is missing from assets/messages/en/staff.ftl"
            );
        }
    }

    /// Every Rust file under `folder`, however deep.
    fn rust_files(folder: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                found.push(path);
            }
        }
    }

    #[test]
    fn every_staff_message_the_code_names_is_in_the_staff_catalogue() {
        // Pages, routes, the domain's problem codes and the command line all name staff messages;
        // wherever an id is written (a call, a table of ids, a match arm), it must exist.
        let mut files = Vec::new();
        rust_files(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut files,
        );
        let pattern = regex_lite::Regex::new(r#"[(,\[>]\s*"(staff-[a-z0-9-]+)""#).unwrap();
        let staff = crate::catalogue::staff();
        let english = Language::english();
        let mut named = 0;
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for found in pattern.captures_iter(&source) {
                named += 1;
                let id = &found[1];
                assert!(
                    staff.has(&english, ResponseFormat::Standard, id),
                    "{id}, named in {}, is not in assets/messages/en/staff.ftl",
                    file.display()
                );
            }
        }
        assert!(named > 500, "found {named} staff ids");
    }

    #[test]
    fn no_page_writes_its_words_itself() {
        // Words on a page come from a catalogue, so a page can be translated and a translator
        // sees every sentence whole. A literal of two words or more in a view is a sentence that
        // skipped the catalogue: CSS classes and the accessibility statement (an English document,
        // served as written) are the only literals with spaces allowed.
        let literal = regex_lite::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
        // Two words or more, or one word between spaces: a piece of a sentence built around a
        // value, such as " for " before a name, which a translator could not reorder.
        let words =
            regex_lite::Regex::new(r"[A-Za-z]{2,} [a-z]{2,}|^ [a-z]{2,} $|^ [a-z]{2,}$").unwrap();
        let mut files = Vec::new();
        rust_files(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/views")),
            &mut files,
        );
        let mut written = Vec::new();
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for (number, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or_default();
                for found in literal.captures_iter(line) {
                    let text = &found[1];
                    let is_attribute = line[..found.get(0).unwrap().start()].ends_with('=');
                    // Class names and lists of ids, such as "input input--error".
                    let is_names = text.contains("--")
                        || text.contains("__")
                        || text
                            .split_whitespace()
                            .all(|name| name.contains('-') || name.contains('_'));
                    let is_statement_title = text == "Accessibility statement";
                    let is_panic_message = line.contains(".expect(");
                    if words.is_match(text)
                        && !is_attribute
                        && !is_names
                        && !is_statement_title
                        && !is_panic_message
                    {
                        written.push(format!("{}:{}: {text}", file.display(), number + 1));
                    }
                }
            }
        }
        assert!(
            written.is_empty(),
            "words written in views:\n{}",
            written.join("\n")
        );
    }

    #[test]
    fn every_message_the_pages_ask_for_is_in_the_english_catalogue() {
        let catalogue = built_in_catalogue();
        let english = Language::english();
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/views");
        let patterns = [
            r#"\.t\("([a-z0-9-]+)"\)"#,
            r#"\.with\(\s*"([a-z0-9-]+)""#,
            r#"title: "([a-z0-9-]+)""#,
            r#"advice: &\[([^\]]*)\]"#,
            r#"\("/", "([a-z0-9-]+)"\)"#,
            r#"=> "(display-size-[a-z-]+)""#,
        ];
        let mut asked = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for pattern in patterns {
                for found in regex_lite::Regex::new(pattern)
                    .unwrap()
                    .captures_iter(&source)
                {
                    for id in found[1]
                        .split(',')
                        .map(|part| part.trim().trim_matches('"'))
                    {
                        if !id.is_empty() {
                            asked.push(id.to_owned());
                        }
                    }
                }
            }
        }
        asked.sort();
        asked.dedup();
        assert!(asked.len() > 100, "found {} ids", asked.len());
        // Staff ids are checked against the staff catalogue by their own test.
        for id in asked.iter().filter(|id| !id.starts_with("staff-")) {
            assert!(
                catalogue.has(&english, ResponseFormat::Standard, id)
                    || catalogue.has(&english, ResponseFormat::EasyRead, id),
                "{id} is asked for but not in assets/messages/en/"
            );
        }
    }
}
