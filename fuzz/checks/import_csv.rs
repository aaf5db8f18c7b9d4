//! Any bytes uploaded as a responses or totals CSV: the importers never panic, and every file
//! they accept exports and imports back to the same answers.
//!
//! One copy of the check, run by cargo fuzz (fuzz_targets/) and by `cargo test` over the seeds and
//! their mutations (tests/api/fuzz_bodies.rs).

use youthvoice::app::imports::reading::{self, CheckedFile};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::import_kind::ImportKind;
use youthvoice::exports;

pub fn check(bytes: &[u8]) {
    let survey = be_supported(2030);
    let _ = reading::read(ImportKind::Totals, &survey, bytes);
    let Ok(CheckedFile::Responses(responses)) =
        reading::read(ImportKind::Responses, &survey, bytes)
    else {
        return;
    };
    let numbered: Vec<(String, _)> = responses
        .into_iter()
        .enumerate()
        .map(|(index, response)| (index.to_string(), response))
        .collect();
    let mut exported = Vec::new();
    exports::write_responses(&survey, &numbered, &mut exported).expect("writing to memory");
    let again = reading::read_responses(&survey, &exported).expect("our own export imports");
    assert_eq!(again.len(), numbered.len());
    for ((_, first), second) in numbered.iter().zip(&again) {
        assert_eq!(first.answers, second.answers);
        assert_eq!(first.format, second.format);
        assert_eq!(first.submitted_on, second.submitted_on);
    }
}
