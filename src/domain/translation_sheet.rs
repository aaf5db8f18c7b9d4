//! The translators' sheet of a wave: one row per piece of wording in each register, with the
//! English beside it, a note of the Easy Read rules where they apply, and a column for the
//! translation. Written as CSV for any spreadsheet; read back with every problem named by line,
//! and applied only when the whole wave is translated, so a wave never opens half in a language.

use std::collections::{HashMap, HashSet};

use super::message::Message;
use super::spreadsheet_cell;
use super::survey::{QuestionWording, ResponseFormat, Survey, SurveyTexts};
use super::wide_csv::{ImportProblem, unreadable};
use super::wording::Language;

pub const HEADER: [&str; 5] = ["place", "register", "english", "translation", "note"];

pub const EASY_READ_NOTE: &str = "Easy Read: 15 words or fewer a sentence, everyday words, \
     numbers as digits, no short forms such as don't; it is shown beside a picture.";

/// The place of the wave's name: the one place that may stay untranslated, since a name such as
/// "Be Supported 2024" is often kept as it is.
pub const TITLE_PLACE: &str = "title";

pub const TITLE_NOTE: &str = "The wave's name, at the top of every page. Leave it empty to \
     keep the name as it is.";

/// One piece of wording: where it is (`question:believed`, `answer:believed:often`, `intro`),
/// its register, the English, and the translation (empty until written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub place: String,
    pub register: ResponseFormat,
    pub english: String,
    pub translation: String,
}

/// The sheet for translating `survey` into `language`, filled with what is translated already.
pub fn rows(survey: &Survey, language: &Language) -> Vec<SheetRow> {
    let mut rows = Vec::new();
    for register in ResponseFormat::ALL {
        let english = survey.texts.in_english(register);
        let translated = survey.texts.get(language, register);
        rows.push(row(
            TITLE_PLACE,
            register,
            &survey.title,
            translated.map(|t| t.title.as_str()),
        ));
        rows.push(row(
            "intro",
            register,
            &english.intro,
            translated.map(|t| t.intro.as_str()),
        ));
        rows.push(row(
            "privacy",
            register,
            &english.privacy,
            translated.map(|t| t.privacy.as_str()),
        ));
        for question in &survey.questions {
            let english = question.wording.in_english(register);
            let translated = question.wording.get(language, register);
            rows.push(row(
                &format!("question:{}", question.key),
                register,
                &english.text,
                translated.map(|t| t.text.as_str()),
            ));
            if let Some(hint) = &english.hint {
                rows.push(row(
                    &format!("hint:{}", question.key),
                    register,
                    hint,
                    translated.and_then(|t| t.hint.as_deref()),
                ));
            }
            for option in &question.options {
                rows.push(row(
                    &format!("answer:{}:{}", question.key, option.value),
                    register,
                    option.labels.in_english(register),
                    option.labels.get(language, register).map(String::as_str),
                ));
            }
        }
    }
    rows
}

fn row(
    place: &str,
    register: ResponseFormat,
    english: &str,
    translation: Option<&str>,
) -> SheetRow {
    SheetRow {
        place: place.to_owned(),
        register,
        english: english.to_owned(),
        translation: translation.unwrap_or_default().to_owned(),
    }
}

/// The sheet as CSV, cells that a spreadsheet would run as formulas written as text.
pub fn write_csv(rows: &[SheetRow]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _never_fails_in_memory = writer.write_record(HEADER);
    for row in rows {
        let note = match row.register {
            _ if row.place == TITLE_PLACE => TITLE_NOTE,
            ResponseFormat::EasyRead => EASY_READ_NOTE,
            ResponseFormat::Standard => "",
        };
        let _never_fails_in_memory = writer.write_record([
            row.place.as_str(),
            row.register.as_str(),
            &spreadsheet_cell::protect(&row.english),
            &spreadsheet_cell::protect(&row.translation),
            note,
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Reads a sheet back; every unreadable line is named.
pub fn read_csv(text: &str) -> Result<Vec<SheetRow>, Vec<ImportProblem>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(str::to_owned).collect(),
        Err(error) => return Err(vec![problem(1, None, unreadable(&error))]),
    };
    let column = |name: &str| header.iter().position(|cell| cell == name);
    let (Some(place), Some(register), Some(english), Some(translation)) = (
        column("place"),
        column("register"),
        column("english"),
        column("translation"),
    ) else {
        return Err(vec![problem(1, None, "staff-import-sheet-header".into())]);
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(problem(line, None, unreadable(&error)));
                continue;
            }
        };
        let cell = |at: usize| {
            spreadsheet_cell::unprotect(record.get(at).unwrap_or_default())
                .trim()
                .to_owned()
        };
        let Ok(parsed_register) = ResponseFormat::parse(&cell(register)) else {
            problems.push(problem(
                line,
                Some("register"),
                "staff-import-sheet-register".into(),
            ));
            continue;
        };
        rows.push(SheetRow {
            place: cell(place),
            register: parsed_register,
            english: cell(english),
            translation: cell(translation),
        });
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// `survey` with every translation of the sheet set in `language`, or every problem: a place
/// missing or not translated, a place the wave does not have, a place given twice, or English that
/// has changed since the sheet was made (so the translation is of old words).
pub fn apply(
    survey: &Survey,
    language: &Language,
    sheet: &[SheetRow],
) -> Result<Survey, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    if language.is_english() {
        problems.push(problem(0, None, "staff-import-sheet-english".into()));
        return Err(problems);
    }
    let expected = rows(survey, language);
    let wanted: HashSet<(&str, ResponseFormat)> = expected
        .iter()
        .map(|row| (row.place.as_str(), row.register))
        .collect();
    let mut given: HashMap<(&str, ResponseFormat), &str> = HashMap::new();
    for (index, row) in sheet.iter().enumerate() {
        let line = index as u64 + 2;
        let key = (row.place.as_str(), row.register);
        if !wanted.contains(&key) {
            problems.push(problem(
                line,
                Some("place"),
                Message::new("staff-import-sheet-no-place")
                    .with("place", row.place.as_str())
                    .with("register", row.register.as_str()),
            ));
            continue;
        }
        if given.insert(key, row.translation.as_str()).is_some() {
            problems.push(problem(
                line,
                Some("place"),
                Message::new("staff-import-sheet-twice")
                    .with("place", row.place.as_str())
                    .with("register", row.register.as_str()),
            ));
        }
        let current = expected
            .iter()
            .find(|wanted| (wanted.place.as_str(), wanted.register) == key)
            .map(|wanted| wanted.english.as_str());
        if current.is_some_and(|english| english != row.english) {
            problems.push(problem(
                line,
                Some("english"),
                "staff-import-sheet-english-changed".into(),
            ));
        }
    }
    for row in expected.iter().filter(|row| row.place != TITLE_PLACE) {
        let key = (row.place.as_str(), row.register);
        if given.get(&key).is_none_or(|text| text.is_empty()) {
            problems.push(problem(
                0,
                Some("translation"),
                Message::new("staff-import-sheet-not-translated")
                    .with("place", row.place.as_str())
                    .with("register", row.register.as_str()),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let text = |place: String, register| {
        given
            .get(&(place.as_str(), register))
            .map(|t| (*t).to_owned())
    };
    let mut translated = survey.clone();
    for register in ResponseFormat::ALL {
        translated.texts.set(
            language.clone(),
            register,
            SurveyTexts {
                intro: text("intro".into(), register).unwrap_or_default(),
                privacy: text("privacy".into(), register).unwrap_or_default(),
                title: text(TITLE_PLACE.into(), register).unwrap_or_default(),
            },
        );
        for question in &mut translated.questions {
            let key = question.key.to_string();
            question.wording.set(
                language.clone(),
                register,
                QuestionWording {
                    text: text(format!("question:{key}"), register).unwrap_or_default(),
                    hint: text(format!("hint:{key}"), register),
                },
            );
            for option in &mut question.options {
                let label = text(format!("answer:{key}:{}", option.value), register);
                option
                    .labels
                    .set(language.clone(), register, label.unwrap_or_default());
            }
        }
    }
    Ok(translated)
}

fn problem(line: u64, column: Option<&str>, message: Message) -> ImportProblem {
    ImportProblem {
        line,
        column: column.map(str::to_owned),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;
    use crate::domain::message::MessageArg;

    fn polish() -> Language {
        Language::parse("pl").unwrap()
    }

    fn translated_sheet(survey: &Survey) -> Vec<SheetRow> {
        rows(survey, &polish())
            .into_iter()
            .map(|row| SheetRow {
                translation: format!("PL {}", row.english),
                ..row
            })
            .collect()
    }

    #[test]
    fn a_whole_sheet_round_trips_through_csv_and_makes_the_wave_readable_in_polish() {
        let survey = be_supported(2024);
        let sheet = translated_sheet(&survey);
        let csv = write_csv(&sheet);
        assert!(csv.starts_with("place,register,english,translation,note\n"));
        assert!(csv.contains("Easy Read: 15 words or fewer"));
        let read = read_csv(&csv).unwrap();
        assert_eq!(read, sheet);
        let translated = apply(&survey, &polish(), &read).unwrap();
        assert_eq!(translated.languages(), vec![Language::english(), polish()]);
        let in_polish = translated.in_language(&polish()).unwrap();
        assert_eq!(
            in_polish.questions[0].text_in(ResponseFormat::EasyRead),
            format!(
                "PL {}",
                survey.questions[0].text_in(ResponseFormat::EasyRead)
            )
        );
        // The filled sheet exported again shows the translations beside the English.
        assert_eq!(rows(&translated, &polish()), sheet);
    }

    #[test]
    fn gaps_extra_places_repeats_and_stale_english_are_all_named() {
        let survey = be_supported(2024);
        let mut sheet = translated_sheet(&survey);
        assert_eq!(sheet[0].place, TITLE_PLACE);
        // A name left empty keeps the wave's own; the introduction left empty is a gap.
        sheet[0].translation.clear();
        sheet[1].translation.clear();
        sheet[2].english = "Old words".into();
        let repeated = sheet[3].clone();
        sheet.push(repeated);
        sheet.push(SheetRow {
            place: "question:favourite_colour".into(),
            register: ResponseFormat::Standard,
            english: "What is your favourite colour?".into(),
            translation: "Jaki jest twój ulubiony kolor?".into(),
        });
        let problems = apply(&survey, &polish(), &sheet).unwrap_err();
        // The sheet's first row is on line 2, under the header.
        let last_line = sheet.len() as u64 + 1;
        let said = |line: u64, column: &str, id: &str, place: Option<&str>| {
            problems.iter().any(|problem| {
                problem.line == line
                    && problem.column.as_deref() == Some(column)
                    && problem.message.id == id
                    && place.is_none_or(|place| {
                        problem
                            .message
                            .args
                            .contains(&("place", MessageArg::Text(place.to_owned())))
                    })
            })
        };
        assert!(
            said(
                0,
                "translation",
                "staff-import-sheet-not-translated",
                Some("intro")
            ),
            "{problems:?}"
        );
        assert!(
            said(4, "english", "staff-import-sheet-english-changed", None),
            "{problems:?}"
        );
        assert!(
            said(last_line - 1, "place", "staff-import-sheet-twice", None),
            "{problems:?}"
        );
        assert!(
            said(
                last_line,
                "place",
                "staff-import-sheet-no-place",
                Some("question:favourite_colour")
            ),
            "{problems:?}"
        );
        assert!(
            !problems.iter().any(|problem| problem
                .message
                .args
                .contains(&("place", MessageArg::Text(TITLE_PLACE.to_owned())))),
            "{problems:?}"
        );
        assert!(apply(&survey, &Language::english(), &translated_sheet(&survey)).is_err());
    }

    #[test]
    fn a_sheet_without_its_columns_or_with_an_unknown_register_is_refused() {
        assert!(read_csv("a,b\n1,2\n").is_err());
        let problems =
            read_csv("place,register,english,translation\nintro,fancy,Hello,Cześć\n").unwrap_err();
        assert_eq!(
            (
                problems[0].line,
                problems[0].column.as_deref(),
                problems[0].message.id
            ),
            (2, Some("register"), "staff-import-sheet-register")
        );
    }
}
