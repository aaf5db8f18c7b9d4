//! The interface catalogue as a sheet for translators, and back: one row per message of the
//! English files (`id`, `register`, the `english` beside an empty or earlier `translation`, and a
//! `note` with the file's comment, the gaps to keep and, for Easy Read, its rules). A filled sheet
//! is checked whole (every message translated once, no unknown ids, the same gaps, Fluent that
//! reads) before it becomes the language's two `.ftl` files.

use std::collections::BTreeSet;

use super::files::BUILT_IN_FILES;
use crate::domain::message::Message;
use crate::domain::spreadsheet_cell;
use crate::domain::survey::ResponseFormat;
use crate::domain::translation_sheet::EASY_READ_NOTE;
use crate::domain::wide_csv::{ImportProblem, unreadable};
use crate::domain::wording::Language;

const HEADER: [&str; 5] = ["id", "register", "english", "translation", "note"];

/// The message every language adds: its own name, as the language page lists it.
const LANGUAGE_NAME: &str = "language-name";

/// One message of a Fluent file as written: its id, its value (continuation lines kept with
/// their indentation) and the comment just above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceMessage {
    pub id: String,
    pub value: String,
    pub comment: String,
}

/// The messages of a Fluent file in order. Our files hold messages with single-line or indented
/// multi-line values, `#` comments and `##` section headings.
pub fn source_messages(text: &str) -> Vec<SourceMessage> {
    let mut messages: Vec<SourceMessage> = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            comment.clear();
            open = false;
        } else if let Some(words) = line.strip_prefix("# ") {
            comment.push(words);
            open = false;
        } else if line.starts_with('#') {
            comment.clear();
            open = false;
        } else if line.starts_with([' ', '\t']) {
            if let (true, Some(message)) = (open, messages.last_mut()) {
                message.value.push('\n');
                message.value.push_str(line);
            }
        } else if let Some((id, value)) = line.split_once('=') {
            messages.push(SourceMessage {
                id: id.trim().to_owned(),
                value: value.trim().to_owned(),
                comment: comment.join(" "),
            });
            comment.clear();
            open = true;
        }
    }
    messages
}

/// The gaps a message fills, e.g. `{ $limit }`: a translation must keep the same ones.
pub fn gaps(value: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = value;
    while let Some(at) = rest.find('$') {
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
        rest = &rest[at + 1..];
    }
    found
}

fn file_text(language: &str, register: ResponseFormat) -> Option<&'static str> {
    BUILT_IN_FILES
        .iter()
        .find(|(tag, file_register, _)| *tag == language && *file_register == register)
        .map(|(_, _, text)| *text)
}

/// The English messages a translation needs, by register, with the language's own name first.
fn english_messages(register: ResponseFormat) -> Vec<SourceMessage> {
    let english = source_messages(file_text("en", register).unwrap_or_default());
    if register == ResponseFormat::Standard {
        english
    } else {
        english
            .into_iter()
            .filter(|message| message.id != LANGUAGE_NAME)
            .collect()
    }
}

/// The sheet for `language`, with the translations it already has filled in.
pub fn export(language: &Language) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _never_fails_in_memory = writer.write_record(HEADER);
    for register in ResponseFormat::ALL {
        let translated = file_text(language.as_str(), register)
            .map(source_messages)
            .unwrap_or_default();
        for message in english_messages(register) {
            let translation = translated
                .iter()
                .find(|done| done.id == message.id)
                .map_or("", |done| done.value.as_str());
            let mut note: Vec<String> = Vec::new();
            if message.id == LANGUAGE_NAME {
                note.push("Your language's name, written in your language.".to_owned());
            } else if !message.comment.is_empty() {
                note.push(message.comment.clone());
            }
            let kept = gaps(&message.value);
            if !kept.is_empty() {
                let names: Vec<String> = kept.iter().map(|name| format!("{{ ${name} }}")).collect();
                note.push(format!("Keep the gaps {} as they are.", names.join(", ")));
            }
            if message.value.contains("->") {
                note.push(
                    "Choose the words for each number in your language's way; *[other] is needed."
                        .to_owned(),
                );
            }
            if register == ResponseFormat::EasyRead {
                note.push(EASY_READ_NOTE.to_owned());
            }
            let _never_fails_in_memory = writer.write_record([
                message.id.as_str(),
                register.as_str(),
                &spreadsheet_cell::protect(&message.value),
                &spreadsheet_cell::protect(translation),
                &note.join(" "),
            ]);
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// What is wrong with a language's file of `register`: English messages it lacks, gaps it does
/// not keep, and messages English does not have.
pub fn problems_in(register: ResponseFormat, text: &str) -> Vec<String> {
    let translated = source_messages(text);
    let english = english_messages(register);
    let mut problems = Vec::new();
    for message in &english {
        match translated.iter().find(|done| done.id == message.id) {
            None => problems.push(format!("{} is missing", message.id)),
            Some(done) if gaps(&done.value) != gaps(&message.value) => {
                problems.push(format!("{} must keep the gaps of the English", message.id));
            }
            Some(_) => {}
        }
    }
    for done in &translated {
        if !english.iter().any(|message| message.id == done.id) {
            problems.push(format!("{} is not an English message", done.id));
        }
    }
    problems
}

/// The two Fluent files a filled sheet makes: (register, file text).
pub type TranslatedFiles = Vec<(ResponseFormat, String)>;

/// Checks a filled sheet for `language` and writes its two files, or names every problem.
pub fn import(language: &Language, sheet: &str) -> Result<TranslatedFiles, Vec<ImportProblem>> {
    let problem = |line: u64, column: Option<&str>, message: Message| ImportProblem {
        line,
        column: column.map(str::to_owned),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(sheet.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(str::to_owned).collect(),
        Err(error) => return Err(vec![problem(1, None, unreadable(&error))]),
    };
    let column = |name: &str| header.iter().position(|cell| cell == name);
    let (Some(id_at), Some(register_at), Some(translation_at)) =
        (column("id"), column("register"), column("translation"))
    else {
        return Err(vec![problem(
            1,
            None,
            "staff-import-catalogue-header".into(),
        )]);
    };
    let mut problems = Vec::new();
    // Every row that names a real message, good or not, so a bad row is not also "missing".
    let mut seen: Vec<(ResponseFormat, String)> = Vec::new();
    let mut given: Vec<(ResponseFormat, String, String)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(problem(line, None, unreadable(&error)));
                continue;
            }
        };
        let cell = |at: usize| spreadsheet_cell::unprotect(record.get(at).unwrap_or_default());
        let id = cell(id_at).trim().to_owned();
        let Ok(register) = ResponseFormat::parse(cell(register_at).trim()) else {
            problems.push(problem(
                line,
                Some("register"),
                "staff-import-sheet-register".into(),
            ));
            continue;
        };
        let Some(english) = english_messages(register).into_iter().find(|m| m.id == id) else {
            problems.push(problem(
                line,
                Some("id"),
                Message::new("staff-import-catalogue-no-message")
                    .with("register", register.as_str())
                    .with("id", id.as_str()),
            ));
            continue;
        };
        let translation = cell(translation_at).trim().to_owned();
        if seen.iter().any(|(r, known)| *r == register && *known == id) {
            problems.push(problem(
                line,
                Some("id"),
                Message::new("staff-import-catalogue-twice").with("id", id.as_str()),
            ));
            continue;
        }
        seen.push((register, id.clone()));
        if translation.is_empty() {
            problems.push(problem(
                line,
                Some("translation"),
                Message::new("staff-import-catalogue-not-translated").with("id", id.as_str()),
            ));
            continue;
        }
        if gaps(&translation) != gaps(&english.value) {
            let names = |set: BTreeSet<String>| {
                let written: Vec<String> = set
                    .into_iter()
                    .map(|name| format!("{{ ${name} }}"))
                    .collect();
                if written.is_empty() {
                    "none".to_owned()
                } else {
                    written.join(", ")
                }
            };
            problems.push(problem(
                line,
                Some("translation"),
                Message::new("staff-import-catalogue-gaps")
                    .with("id", id.as_str())
                    .with("english", names(gaps(&english.value)))
                    .with("translation", names(gaps(&translation))),
            ));
            continue;
        }
        if let Err(detail) = reads_as_fluent(&id, &translation) {
            problems.push(problem(
                line,
                Some("translation"),
                Message::new("staff-import-catalogue-not-fluent")
                    .with("id", id.as_str())
                    .with("detail", detail),
            ));
            continue;
        }
        given.push((register, id, translation));
    }
    for register in ResponseFormat::ALL {
        for message in english_messages(register) {
            if !seen
                .iter()
                .any(|(r, id)| *r == register && *id == message.id)
            {
                problems.push(problem(
                    0,
                    None,
                    Message::new("staff-import-catalogue-missing")
                        .with("id", message.id.as_str())
                        .with("register", register.as_str()),
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(ResponseFormat::ALL
        .into_iter()
        .map(|register| {
            let mut text = format!(
                "# The words young people meet, in {language} ({}), from a translators' sheet.\n\n",
                match register {
                    ResponseFormat::Standard => "standard",
                    ResponseFormat::EasyRead => "Easy Read",
                }
            );
            for message in english_messages(register) {
                if let Some((_, id, translation)) = given
                    .iter()
                    .find(|(r, id, _)| *r == register && *id == message.id)
                {
                    text.push_str(&format!("{id} = {}\n", fluent_value(translation)));
                }
            }
            (register, text)
        })
        .collect())
}

/// A value as Fluent writes it: lines after the first indented, so a translator may write a
/// multi-line value (a plural choice) without the indentation.
fn fluent_value(value: &str) -> String {
    let mut lines = value.lines();
    let mut written = lines.next().unwrap_or_default().to_owned();
    for line in lines {
        written.push('\n');
        if !line.starts_with([' ', '\t']) {
            written.push_str("    ");
        }
        written.push_str(line);
    }
    written
}

/// Whether the translation reads as one Fluent message; if not, the parser's account of why.
fn reads_as_fluent(id: &str, value: &str) -> Result<(), String> {
    let source = format!("{id} = {}\n", fluent_value(value));
    match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) if resource.body.len() == 1 => Ok(()),
        Ok(_) => Err("more than one message".to_owned()),
        Err((_, errors)) => Err(errors
            .first()
            .map_or_else(String::new, |error| format!("{:?}", error.kind))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(sheet: &str) -> Vec<Vec<String>> {
        csv::Reader::from_reader(sheet.as_bytes())
            .records()
            .map(|record| record.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn the_polish_sheet_has_every_english_message_with_its_translation_and_notes() {
        let sheet = export(&Language::parse("pl").unwrap());
        let rows = rows(&sheet);
        let english_count = english_messages(ResponseFormat::Standard).len()
            + english_messages(ResponseFormat::EasyRead).len();
        assert_eq!(rows.len(), english_count);
        let row = |id: &str, register: &str| {
            rows.iter()
                .find(|row| row[0] == id && row[1] == register)
                .unwrap_or_else(|| panic!("{id} {register}"))
                .clone()
        };
        assert_eq!(row("language-name", "standard")[3], "Polski");
        let hint = row("question-free-text-hint", "easy_read");
        assert!(hint[2].contains("{ $limit }") && hint[3].contains("{ $limit }"));
        assert!(hint[4].contains("Keep the gaps { $limit } as they are."));
        assert!(hint[4].contains("15 words or fewer"));
    }

    #[test]
    fn a_sheet_filled_for_a_new_language_becomes_fluent_files_that_the_catalogue_reads() {
        let empty = export(&Language::parse("ur").unwrap());
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(HEADER).unwrap();
        for row in rows(&empty) {
            // A stand-in translation: the English, marked, keeping every gap and plural.
            let translation = if row[0] == LANGUAGE_NAME {
                "اردو".to_owned()
            } else {
                format!("UR {}", spreadsheet_cell::unprotect(&row[2]))
            };
            assert!(row[3].is_empty(), "nothing translated into Urdu yet");
            writer
                .write_record([&row[0], &row[1], &row[2], &translation, &row[4]])
                .unwrap();
        }
        let filled = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let urdu = Language::parse("ur").unwrap();
        let files = import(&urdu, &filled).unwrap();
        let catalogue = super::super::Catalogue::from_files(
            &files
                .into_iter()
                .map(|(register, text)| super::super::CatalogueFile {
                    language: urdu.clone(),
                    register,
                    text,
                })
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert_eq!(
            catalogue.text(&urdu, ResponseFormat::Standard, "question-or", &[]),
            "UR or"
        );
        assert!(
            catalogue
                .text(
                    &urdu,
                    ResponseFormat::Standard,
                    "wait-paused",
                    &[("minutes", 5_usize.into())]
                )
                .contains("UR")
        );
    }

    #[test]
    fn every_problem_in_a_filled_sheet_is_named_with_its_line() {
        let polish = Language::parse("pl").unwrap();
        let sheet = export(&polish);
        let broken: String = sheet
            .lines()
            .map(|line| {
                if line.starts_with("question-free-text-hint,standard,") {
                    line.replace("{ $limit }", "{ $limits }")
                } else if line.starts_with("question-or,standard,") {
                    "question-or,standard,or,,".to_owned()
                } else if line.starts_with("start-contact,standard,") {
                    format!("{line}\nstart-contact,standard,x,y,")
                } else {
                    line.to_owned()
                }
            })
            .chain(["no-such-message,standard,x,y,".to_owned()])
            .collect::<Vec<_>>()
            .join("\n");
        let problems: Vec<String> = import(&polish, &broken)
            .unwrap_err()
            .iter()
            .map(|problem| crate::catalogue::staff_words::StaffWords.import_problem(problem))
            .collect();
        let has = |text: &str| problems.iter().any(|p| p.contains(text));
        assert!(has("question-or is not translated"), "{problems:?}");
        assert!(has("start-contact is given twice"), "{problems:?}");
        assert!(
            has("there is no standard message called “no-such-message”"),
            "{problems:?}"
        );
        assert!(
            has(
                "question-free-text-hint must keep the gaps of the English ({ $limit }), not { $limits }"
            ),
            "{problems:?}"
        );
        assert!(
            problems.iter().all(|p| p.starts_with("line ")),
            "{problems:?}"
        );
    }

    #[test]
    fn the_shipped_translations_go_round_the_sheet_unchanged_in_meaning() {
        for tag in ["pl", "ar"] {
            let language = Language::parse(tag).unwrap();
            let files = import(&language, &export(&language)).unwrap();
            for (register, text) in files {
                let shipped = source_messages(file_text(tag, register).unwrap());
                let again = source_messages(&text);
                for message in &again {
                    let original = shipped.iter().find(|m| m.id == message.id).unwrap();
                    assert_eq!(message.value, original.value, "{tag} {}", message.id);
                }
            }
        }
    }
}
