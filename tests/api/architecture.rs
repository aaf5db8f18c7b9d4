//! The shape of the code: `domain/` stays pure (no web, database, HTML, email or chart crate), the
//! binary stays thin, and the time is read only by the clock.

use std::path::Path;

const FORBIDDEN: [&str; 7] = [
    "actix",
    "diesel",
    "maud",
    "lettre",
    "plotters",
    "reqwest",
    "crate::db",
];

fn rust_files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_domain_imports_no_infrastructure() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(files.len() >= 5, "domain files found: {}", files.len());
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for crate_name in FORBIDDEN {
                assert!(
                    !code.contains(&format!("{crate_name}::"))
                        && !code.contains(&format!("use {crate_name}")),
                    "{}:{} uses {crate_name}: {line}",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}

#[test]
fn the_binary_stays_thin() {
    let main =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    assert!(
        main.lines().count() <= 10,
        "main.rs should only call into the library"
    );
}

/// The time is read in one place, `src/clock.rs`, so tests can fix it and days are the council's.
/// (`Instant::now` is a stopwatch for rate limits, not the time of day, and stays allowed.)
#[test]
fn nothing_reads_the_clock_but_the_clock() {
    let source_root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&source_root, &mut files);
    assert!(files.len() > 50, "source files found: {}", files.len());
    for file in files {
        if file.ends_with("clock.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for reading in ["Utc::now", "Local::now", "SystemTime::now"] {
                assert!(
                    !code.contains(reading),
                    "{}:{} reads the clock directly ({reading}): use the Clock in the settings",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}
