//! Reading import files: bytes to checked responses or totals, or every problem found (up to a
//! limit), each with its line and column, so a whole file can be fixed in one go.

use crate::app::progress::{Progress, Silent};
use crate::domain::import_kind::ImportKind;
use crate::domain::message::Message;
use crate::domain::response::NewResponse;
use crate::domain::survey::Survey;
use crate::domain::totals_csv::{self, ImportedTotal};
use crate::domain::wide_csv::{self, ImportProblem};

/// After this many problems the rest of the file is not read: the first ones show the pattern.
pub const MOST_PROBLEMS_LISTED: usize = 50;

/// A file's first line and its other rows (with their line numbers), all as text, every row as
/// long as the first line.
struct Table {
    header: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

/// A file that passed every check, ready to store.
pub enum CheckedFile {
    Responses(Vec<NewResponse>),
    Totals(Vec<ImportedTotal>),
}

impl CheckedFile {
    /// How many responses or totals it holds.
    pub fn len(&self) -> usize {
        match self {
            CheckedFile::Responses(responses) => responses.len(),
            CheckedFile::Totals(totals) => totals.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn read(
    kind: ImportKind,
    survey: &Survey,
    bytes: &[u8],
) -> Result<CheckedFile, Vec<ImportProblem>> {
    read_showing(kind, survey, bytes, &Silent)
}

/// Like [`read`], saying how many rows are checked as it goes.
pub fn read_showing(
    kind: ImportKind,
    survey: &Survey,
    bytes: &[u8],
    progress: &dyn Progress,
) -> Result<CheckedFile, Vec<ImportProblem>> {
    match kind {
        ImportKind::Responses => {
            responses_showing(survey, bytes, progress).map(CheckedFile::Responses)
        }
        ImportKind::Totals => read_totals(survey, bytes).map(CheckedFile::Totals),
    }
}

pub fn read_responses(
    survey: &Survey,
    bytes: &[u8],
) -> Result<Vec<NewResponse>, Vec<ImportProblem>> {
    responses_showing(survey, bytes, &Silent)
}

/// Rows checked between two reports of progress.
const ROWS_PER_STEP: usize = 1_000;

fn responses_showing(
    survey: &Survey,
    bytes: &[u8],
    progress: &dyn Progress,
) -> Result<Vec<NewResponse>, Vec<ImportProblem>> {
    let (table, mut problems) = read_table(bytes)?;
    let header = wide_csv::parse_header(survey, &table.header)?;
    let mut responses = Vec::new();
    progress.stage("Checking rows", Some(table.rows.len() as u64));
    for (index, (line, cells)) in table.rows.iter().enumerate() {
        if problems.len() >= MOST_PROBLEMS_LISTED {
            break;
        }
        if index % ROWS_PER_STEP == ROWS_PER_STEP - 1 {
            progress.advance(ROWS_PER_STEP as u64);
        }
        match wide_csv::parse_record(survey, &header, *line, cells) {
            Ok(response) => responses.push(response),
            Err(found) => problems.extend(found),
        }
    }
    finish(responses, problems)
}

pub fn read_totals(
    survey: &Survey,
    bytes: &[u8],
) -> Result<Vec<ImportedTotal>, Vec<ImportProblem>> {
    let (table, problems) = read_table(bytes)?;
    let totals = totals_csv::parse_totals(survey, &table.header, &table.rows);
    match totals {
        Ok(totals) => finish(totals, problems),
        Err(mut found) => {
            found.splice(0..0, problems);
            finish(Vec::new(), found)
        }
    }
}

fn finish<T>(
    items: Vec<T>,
    mut problems: Vec<ImportProblem>,
) -> Result<Vec<T>, Vec<ImportProblem>> {
    if problems.is_empty() {
        return Ok(items);
    }
    if problems.len() > MOST_PROBLEMS_LISTED {
        problems.truncate(MOST_PROBLEMS_LISTED);
        problems.push(ImportProblem {
            line: 0,
            column: None,
            message: Message::new("staff-import-stopped").with("count", MOST_PROBLEMS_LISTED),
        });
    }
    Err(problems)
}

/// Reads the CSV; rows that cannot be read, are not UTF-8 or have the wrong number of fields
/// become problems (returned with the table of good rows, so checking can go on).
fn read_table(bytes: &[u8]) -> Result<(Table, Vec<ImportProblem>), Vec<ImportProblem>> {
    // Spreadsheet programs often start a UTF-8 file with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => {
            return Err(vec![ImportProblem {
                line: 1,
                column: None,
                message: "staff-import-empty".into(),
            }]);
        }
        Some(record) => record
            .map_err(|error| unreadable(1, &error))
            .and_then(|record| text_cells(1, &record, None))
            .map_err(|problem| vec![problem])?,
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in records.enumerate() {
        if problems.len() >= MOST_PROBLEMS_LISTED {
            break;
        }
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(unreadable(index as u64 + 2, &error));
                continue;
            }
        };
        let line = record
            .position()
            .map_or(index as u64 + 2, |position| position.line());
        if record.len() != header.len() {
            problems.push(ImportProblem {
                line,
                column: None,
                message: Message::new("staff-import-wrong-field-count")
                    .with("fields", record.len())
                    .with("columns", header.len()),
            });
            continue;
        }
        match text_cells(line, &record, Some(&header)) {
            Ok(cells) => rows.push((line, cells)),
            Err(problem) => problems.push(problem),
        }
    }
    Ok((Table { header, rows }, problems))
}

fn unreadable(line: u64, error: &csv::Error) -> ImportProblem {
    ImportProblem {
        line,
        column: None,
        message: wide_csv::unreadable(error),
    }
}

/// The row's cells as text, or the first cell that is not valid UTF-8.
fn text_cells(
    line: u64,
    record: &csv::ByteRecord,
    names: Option<&[String]>,
) -> Result<Vec<String>, ImportProblem> {
    record
        .iter()
        .enumerate()
        .map(|(index, field)| {
            std::str::from_utf8(field)
                .map(str::to_owned)
                .map_err(|error| {
                    let column = names
                        .and_then(|names| names.get(index).cloned())
                        .unwrap_or_else(|| format!("number {}", index + 1));
                    ImportProblem {
                        line,
                        column: Some(column),
                        message: Message::new("staff-import-not-utf8")
                            .with("byte", error.valid_up_to() + 1),
                    }
                })
        })
        .collect()
}
