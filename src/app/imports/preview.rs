//! The first rows of an uploaded file as text, so whoever uploads it can see it is the file they
//! meant before anything is stored. Shown even when the file has problems, so it never fails.

/// Long free-text cells are cut to this many characters in the preview.
const LONGEST_CELL: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePreview {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Rows after the first line, including those not shown.
    pub total_rows: usize,
}

pub fn first_rows(bytes: &[u8], shown: usize) -> FilePreview {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records().map_while(Result::ok);
    let header = records
        .next()
        .map(|record| cells(&record))
        .unwrap_or_default();
    let mut rows = Vec::new();
    let mut total_rows = 0;
    for record in records {
        if rows.len() < shown {
            rows.push(cells(&record));
        }
        total_rows += 1;
    }
    FilePreview {
        header,
        rows,
        total_rows,
    }
}

fn cells(record: &csv::ByteRecord) -> Vec<String> {
    record
        .iter()
        .map(|field| {
            let text = String::from_utf8_lossy(field);
            if text.chars().count() > LONGEST_CELL {
                let cut: String = text.chars().take(LONGEST_CELL - 1).collect();
                format!("{cut}\u{2026}")
            } else {
                text.into_owned()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_first_rows_and_counts_the_rest() {
        let file = "\u{FEFF}response_id,know_who_to_speak_to\n1,yes\n2,no\n3,not_sure\n";
        let preview = first_rows(file.as_bytes(), 2);
        assert_eq!(preview.header, ["response_id", "know_who_to_speak_to"]);
        assert_eq!(preview.rows, [["1", "yes"], ["2", "no"]]);
        assert_eq!(preview.total_rows, 3);
    }

    #[test]
    fn cuts_long_cells_and_shows_bad_bytes_as_replacement_marks() {
        let long = "a".repeat(200);
        let file = format!("id,text\n1,{long}\n2,caf\u{00E9}\n");
        let mut bytes = file.into_bytes();
        let at = bytes.len() - 2;
        bytes[at] = 0xFF;
        let preview = first_rows(&bytes, 5);
        assert_eq!(preview.rows[0][1].chars().count(), LONGEST_CELL);
        assert!(preview.rows[0][1].ends_with('\u{2026}'));
        assert!(preview.rows[1][1].contains('\u{FFFD}'));
    }
}
