//! The fuzz targets' checks, run by `cargo test` as well: on every seed input, and on random edits
//! of the seeds (bytes changed, inserted or cut), so each check runs on every CI run even though
//! cargo fuzz itself runs only briefly there.

use proptest::prelude::*;

#[path = "../../fuzz/checks/form_decoding.rs"]
mod form_decoding;
#[path = "../../fuzz/checks/import_csv.rs"]
mod import_csv;
#[path = "../../fuzz/checks/redaction_suggestions.rs"]
mod redaction_suggestions;

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
        .collect();
    assert!(!seeds.is_empty(), "{target} has seed inputs");
    seeds.sort();
    seeds
}

/// A seed with up to eight random edits: a byte replaced, a byte inserted, or a run cut out.
fn edited_seed(target: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds(target);
    let count = seeds.len();
    (
        0..count,
        proptest::collection::vec((0usize..4096, any::<u8>(), 0u8..3), 0..8),
    )
        .prop_map(move |(which, edits)| {
            let mut bytes = seeds[which].clone();
            for (at, byte, kind) in edits {
                let at = if bytes.is_empty() {
                    0
                } else {
                    at % bytes.len()
                };
                match kind {
                    0 if !bytes.is_empty() => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => {
                        let end = (at + usize::from(byte % 16)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                }
            }
            bytes
        })
}

#[test]
fn every_seed_passes_its_check() {
    for seed in seeds("import_csv") {
        import_csv::check(&seed);
    }
    for seed in seeds("form_decoding") {
        form_decoding::check(&seed);
    }
    for seed in seeds("redaction_suggestions") {
        redaction_suggestions::check(&String::from_utf8_lossy(&seed));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn edited_import_files_never_panic_and_round_trip(bytes in edited_seed("import_csv")) {
        import_csv::check(&bytes);
    }

    #[test]
    fn edited_forms_never_panic_and_take_only_real_options(bytes in edited_seed("form_decoding")) {
        form_decoding::check(&bytes);
    }

    #[test]
    fn edited_answers_get_only_valid_suggestions(bytes in edited_seed("redaction_suggestions")) {
        redaction_suggestions::check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        import_csv::check(&bytes);
        form_decoding::check(&bytes);
        redaction_suggestions::check(&String::from_utf8_lossy(&bytes));
    }
}
