//! Any bytes uploaded as a responses or totals CSV: the importers never panic, and every file
//! they accept exports and imports back to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks/import_csv.rs"]
mod checks;

fuzz_target!(|bytes: &[u8]| checks::check(bytes));
