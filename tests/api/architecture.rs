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

/// Every line of code (comments dropped) under `folder`, with where it is.
fn code_lines(folder: &str) -> Vec<(String, usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files = Vec::new();
    if root.is_dir() {
        rust_files(&root, &mut files);
    } else {
        files.push(root);
    }
    let mut lines = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("").to_owned();
            lines.push((file.display().to_string(), number + 1, code));
        }
    }
    lines
}

/// Web handlers and commands translate input and output: the database is reached through the
/// use cases (`app/`) and the queries (`db/`), never with diesel directly, so no handler can open
/// a transaction of its own or write around an action's audit entry.
#[test]
fn the_web_and_the_command_line_use_no_diesel() {
    for folder in ["src/web", "src/cli"] {
        let lines = code_lines(folder);
        assert!(lines.len() > 500, "{folder}: {} lines found", lines.len());
        for (file, number, code) in lines {
            assert!(
                !code.contains("diesel"),
                "{file}:{number} uses diesel: call a use case in app/ or a query in db/"
            );
        }
    }
}

/// Pages are drawn from plain view models, never from what the database layer returns.
#[test]
fn views_import_nothing_from_the_database_layer() {
    let lines = code_lines("src/web/views");
    assert!(lines.len() > 500);
    for (file, number, code) in lines {
        assert!(
            !code.contains("crate::db"),
            "{file}:{number} reads a database type: give the view a plain view model"
        );
    }
}

/// An audit entry is written only by a use case, inside the action's own transaction (see
/// `audit_gaps.rs` for the proof that one fails with the other).
#[test]
fn only_use_cases_write_the_audit_log() {
    for (file, number, code) in code_lines("src") {
        if file.contains("/src/app/") || file.ends_with("db/audit_log.rs") {
            continue;
        }
        assert!(
            !code.contains("audit_log::record"),
            "{file}:{number} writes the audit log outside a use case in app/"
        );
    }
}

/// The web's error type, which draws error pages, stays in the web layer.
#[test]
fn use_cases_and_queries_have_their_own_errors() {
    for folder in [
        "src/app",
        "src/db",
        "src/domain",
        "src/reports",
        "src/state.rs",
    ] {
        for (file, number, code) in code_lines(folder) {
            assert!(
                !code.contains("AppError"),
                "{file}:{number} uses the web's AppError: give it its own error type"
            );
        }
    }
}
