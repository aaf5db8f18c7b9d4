//! Reading PDFs back with poppler's own tools (pdfinfo, pdftotext), as a reader's software would,
//! rather than trusting the bytes we wrote.

use std::collections::HashMap;
use std::process::Command;

fn saved(bytes: &[u8]) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    file
}

/// pdfinfo's fields, e.g. "Pages" → "3", "Tagged" → "yes", "Title" → "…".
pub fn info(bytes: &[u8]) -> HashMap<String, String> {
    let file = saved(bytes);
    let output = Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs (poppler-utils, installed by .ci/run)");
    assert!(output.status.success(), "pdfinfo could not read the PDF");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_owned(), value.trim().to_owned()))
        })
        .collect()
}

/// The PDF's text, as pdftotext extracts it.
pub fn text(bytes: &[u8]) -> String {
    let file = saved(bytes);
    let output = Command::new("pdftotext")
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "pdftotext could not read the PDF");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn pages(bytes: &[u8]) -> usize {
    info(bytes)["Pages"].parse().unwrap()
}

/// A tagged PDF (structure tree for screen readers) that claims PDF/UA-1.
pub fn assert_accessible(bytes: &[u8]) {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert_eq!(info(bytes)["Tagged"], "yes", "the PDF is not tagged");
    let raw = String::from_utf8_lossy(bytes);
    assert!(
        raw.contains("pdfuaid:part>1"),
        "the PDF does not claim PDF/UA-1"
    );
    assert!(
        raw.contains("/Lang (en-GB)"),
        "the PDF does not give its language"
    );
}
