//! Languages by their English names, for reports and staff pages ("Polish", "Arabic"): the
//! languages most spoken at home by young people in English schools, by primary subtag. A tag not
//! listed is shown as itself.

use super::wording::Language;

const ENGLISH_NAMES: &[(&str, &str)] = &[
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bg", "Bulgarian"),
    ("bn", "Bengali"),
    ("ckb", "Kurdish (Sorani)"),
    ("cy", "Welsh"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("gu", "Gujarati"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("it", "Italian"),
    ("ku", "Kurdish"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("ne", "Nepali"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("so", "Somali"),
    ("sq", "Albanian"),
    ("ta", "Tamil"),
    ("ti", "Tigrinya"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese"),
];

/// "Polish" for `pl`, "Portuguese (pt-BR)" for `pt-BR`, or the tag itself when it is not listed.
pub fn english_name(language: &Language) -> String {
    let name = ENGLISH_NAMES
        .iter()
        .find(|(tag, _)| *tag == language.primary())
        .map(|(_, name)| *name);
    match name {
        Some(name) if language.as_str() == language.primary() => name.to_owned(),
        Some(name) => format!("{name} ({language})"),
        None => language.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_named_in_english_with_its_region_and_an_unknown_tag_as_itself() {
        let name = |tag: &str| english_name(&Language::parse(tag).unwrap());
        assert_eq!(name("pl"), "Polish");
        assert_eq!(name("AR"), "Arabic");
        assert_eq!(name("pt-br"), "Portuguese (pt-BR)");
        assert_eq!(name("xh"), "xh");
    }

    #[test]
    fn the_list_is_in_tag_order_so_a_new_language_goes_in_its_place() {
        let tags: Vec<&str> = ENGLISH_NAMES.iter().map(|(tag, _)| *tag).collect();
        let mut sorted = tags.clone();
        sorted.sort_unstable();
        assert_eq!(tags, sorted);
    }
}
