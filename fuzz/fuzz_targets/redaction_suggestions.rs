//! Any free text, with any list of local schools and places: the suggester never panics, and every
//! suggestion is a range of the text that a moderator's redaction accepts, over the words it names.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks/redaction_suggestions.rs"]
mod checks;

fuzz_target!(|input: &str| checks::check(input));
