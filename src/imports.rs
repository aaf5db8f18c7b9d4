//! Reading an import file: bytes to checked responses, or every problem found (up to a limit),
//! each with its line and column, so a whole file can be fixed in one go.

use crate::domain::response::NewResponse;
use crate::domain::survey::Survey;
use crate::domain::wide_csv::{self, ImportProblem};

/// After this many problems the rest of the file is not read: the first ones show the pattern.
pub const MOST_PROBLEMS_LISTED: usize = 50;

pub fn read_responses(
    survey: &Survey,
    bytes: &[u8],
) -> Result<Vec<NewResponse>, Vec<ImportProblem>> {
    // Spreadsheet programs often start a UTF-8 file with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let mut problems = Vec::new();

    let header_cells = match records.next() {
        None => {
            return Err(vec![ImportProblem {
                line: 1,
                column: None,
                message: "the file is empty".into(),
            }]);
        }
        Some(record) => match record
            .map_err(|error| unreadable(1, &error))
            .and_then(|record| text_cells(1, &record, None))
        {
            Ok(cells) => cells,
            Err(problem) => return Err(vec![problem]),
        },
    };
    let header = wide_csv::parse_header(survey, &header_cells)?;

    let mut responses = Vec::new();
    for (index, record) in records.enumerate() {
        if problems.len() >= MOST_PROBLEMS_LISTED {
            problems.push(ImportProblem {
                line: index as u64 + 2,
                column: None,
                message: format!("stopped after {MOST_PROBLEMS_LISTED} problems"),
            });
            break;
        }
        let line = record
            .as_ref()
            .ok()
            .and_then(|record| record.position().map(|position| position.line()))
            .unwrap_or(index as u64 + 2);
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(unreadable(line, &error));
                continue;
            }
        };
        if record.len() != header.len() {
            problems.push(ImportProblem {
                line,
                column: None,
                message: format!(
                    "this row has {} fields but the first line names {} columns",
                    record.len(),
                    header.len()
                ),
            });
            continue;
        }
        let cells = match text_cells(line, &record, Some(&header_cells)) {
            Ok(cells) => cells,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        match wide_csv::parse_record(survey, &header, line, &cells) {
            Ok(response) => responses.push(response),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(responses)
    } else {
        problems.truncate(MOST_PROBLEMS_LISTED + 1);
        Err(problems)
    }
}

fn unreadable(line: u64, error: &csv::Error) -> ImportProblem {
    ImportProblem {
        line,
        column: None,
        message: format!("this row cannot be read as CSV ({error})"),
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
                        message: format!(
                            "byte {} is not valid UTF-8: save the file as UTF-8 and try again",
                            error.valid_up_to() + 1
                        ),
                    }
                })
        })
        .collect()
}
