//! Any bytes posted as a question page's form: decoding never panics, and whatever decodes is
//! either a valid answer to each question or a problem, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks/form_decoding.rs"]
mod checks;

fuzz_target!(|body: &[u8]| checks::check(body));
