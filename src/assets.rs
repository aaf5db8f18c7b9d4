//! What the binary carries from `assets/`: the stylesheet, the read-aloud script and the built-in
//! symbols. Each is served from an address that changes with its content, so browsers on slow
//! connections fetch it once and keep it for a year.

use std::sync::OnceLock;

use crate::domain::ids::SymbolName;
use crate::domain::symbols::SymbolLibrary;
use crate::domain::tokens::SecretHash;

pub const STYLESHEET: &str = include_str!("../assets/css/app.css");
pub const READ_ALOUD_SCRIPT: &str = include_str!("../assets/js/read-aloud.js");
const SYMBOL_MANIFEST: &str = include_str!("../assets/symbols/manifest.csv");

include!(concat!(env!("OUT_DIR"), "/built_in_symbols.rs"));

fn content_version(parts: &[&str]) -> String {
    let joined: String = parts.concat();
    SecretHash::of(&joined).as_str()[..12].to_owned()
}

pub fn stylesheet_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| format!("/assets/app.css?v={}", content_version(&[STYLESHEET])))
}

pub fn report_stylesheet_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        format!(
            "/assets/report.css?v={}",
            content_version(&[crate::reports::html::STYLESHEET])
        )
    })
}

/// The address of the organisation's logo, changing whenever the picture does.
pub fn logo_href(logo: &crate::domain::organisation::Logo) -> String {
    use sha2::Digest;
    let digest = hex::encode(sha2::Sha256::digest(&logo.contents));
    format!("/assets/logo?v={}", &digest[..12])
}

pub fn read_aloud_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        format!(
            "/assets/read-aloud.js?v={}",
            content_version(&[READ_ALOUD_SCRIPT])
        )
    })
}

/// The built-in symbols and their alt text and licences, read from `assets/symbols/manifest.csv`.
pub fn built_in_symbols() -> &'static SymbolLibrary {
    static LIBRARY: OnceLock<SymbolLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        SymbolLibrary::from_manifest(SYMBOL_MANIFEST)
            .expect("assets/symbols/manifest.csv is valid (checked by a test)")
    })
}

/// The SVG of a built-in symbol.
pub fn symbol_svg(name: &str) -> Option<&'static str> {
    BUILT_IN_SYMBOL_FILES
        .binary_search_by(|(file, _)| file.cmp(&name))
        .ok()
        .map(|index| BUILT_IN_SYMBOL_FILES[index].1)
}

/// Where a symbol's picture is served: built-in ones at an address that changes with the set, so
/// browsers keep them; uploaded ones by name.
pub fn symbol_href(name: &SymbolName) -> String {
    if symbol_svg(name.as_str()).is_none() {
        return format!("/assets/symbols/{name}");
    }
    static VERSION: OnceLock<String> = OnceLock::new();
    let version = VERSION.get_or_init(|| {
        let files: Vec<&str> = BUILT_IN_SYMBOL_FILES.iter().map(|(_, svg)| *svg).collect();
        content_version(&files)
    });
    format!("/assets/symbols/{name}.svg?v={version}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_file_is_in_the_manifest_and_every_manifest_entry_has_a_file() {
        let library = built_in_symbols();
        assert!(!library.is_empty());
        for record in library.iter() {
            let svg = symbol_svg(record.name.as_str())
                .unwrap_or_else(|| panic!("{} has no SVG file", record.name));
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"")
            );
        }
        for (file, _) in BUILT_IN_SYMBOL_FILES {
            let name = SymbolName::parse(file).expect("file names are symbol names");
            assert!(library.contains(&name), "{file}.svg is not in the manifest");
        }
    }

    #[test]
    fn asset_addresses_carry_a_content_version() {
        assert!(stylesheet_href().starts_with("/assets/app.css?v="));
        assert!(read_aloud_href().starts_with("/assets/read-aloud.js?v="));
        let href = symbol_href(&SymbolName::parse("yes").unwrap());
        assert!(href.starts_with("/assets/symbols/yes.svg?v="), "{href}");
        assert_eq!(symbol_svg("no-such-symbol"), None);
    }
}
