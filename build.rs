//! Embeds what the binary carries: migrations (through `embed_migrations!`, which needs the rerun
//! line) and the built-in symbol files, listed here so adding an SVG needs no code change.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=assets/symbols");

    let symbols_dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("assets/symbols");
    let mut names: Vec<String> = fs::read_dir(&symbols_dir)
        .expect("assets/symbols exists")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".svg").map(str::to_owned)
        })
        .collect();
    names.sort();
    let mut table = String::from("pub static BUILT_IN_SYMBOL_FILES: &[(&str, &str)] = &[\n");
    for name in names {
        let path = symbols_dir.join(format!("{name}.svg"));
        writeln!(table, "    ({name:?}, include_str!({:?})),", path.display()).unwrap();
    }
    table.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("built_in_symbols.rs");
    fs::write(out, table).unwrap();
}
