//! The templates that ship with youthvoice, one for each area of the Children and Young People's
//! Plan, read from `assets/templates/` into the binary and checked once.

use std::sync::OnceLock;

use super::ids::ProgrammeId;
use super::survey::Survey;
use super::symbols::SymbolLibrary;
use super::template::Template;

/// Each built-in template's file, in the plan's order of its areas.
const FILES: [(&str, &str); 4] = [
    (
        "be-successful",
        include_str!("../../assets/templates/be-successful.toml"),
    ),
    (
        "be-healthy",
        include_str!("../../assets/templates/be-healthy.toml"),
    ),
    (
        "be-safe",
        include_str!("../../assets/templates/be-safe.toml"),
    ),
    (
        "be-supported",
        include_str!("../../assets/templates/be-supported.toml"),
    ),
];

/// The name `survey new --template` takes for Be Supported, the programme youthvoice began with.
pub const BE_SUPPORTED: &str = "be-supported";

/// Every built-in template, checked. A broken built-in is a bug in this release, which the tests
/// below catch before it ships.
pub fn all() -> &'static [Template] {
    static TEMPLATES: OnceLock<Vec<Template>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let symbols =
            SymbolLibrary::from_manifest(include_str!("../../assets/symbols/manifest.csv"))
                .expect("the built-in symbol manifest is valid");
        FILES
            .iter()
            .map(|(name, text)| {
                Template::parse(text, &symbols)
                    .unwrap_or_else(|error| panic!("built-in template {name}: {error}"))
            })
            .collect()
    })
}

/// The built-in template called `name`, e.g. `be-healthy`.
pub fn named(name: &str) -> Option<&'static Template> {
    all()
        .iter()
        .find(|template| template.name().as_str() == name)
}

/// A fresh Be Supported wave for `year`, as a draft with new ids, in English. Translations of it
/// are kept in `assets/translations/be-supported/` as filled translators' sheets.
pub fn be_supported(year: i32) -> Survey {
    named(BE_SUPPORTED)
        .expect("Be Supported is built in")
        .wave(year, ProgrammeId::BE_SUPPORTED)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::domain::programme::headline_question;
    use crate::domain::survey::PlanItem;

    #[test]
    fn every_built_in_template_reads_and_is_named_as_its_file() {
        let names: Vec<&str> = all().iter().map(|t| t.name().as_str()).collect();
        let files: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, files);
    }

    #[test]
    fn the_four_areas_measure_the_plans_sixteen_items_once_each() {
        let mut items: Vec<u8> = all()
            .iter()
            .flat_map(|template| template.programme.plan_items())
            .map(PlanItem::number)
            .collect();
        items.sort_unstable();
        assert_eq!(items, (1..=16).collect::<Vec<u8>>());
    }

    #[test]
    fn each_measure_of_be_supported_has_its_headline_question() {
        let template = named(BE_SUPPORTED).unwrap();
        let survey = be_supported(2024);
        let keys: Vec<&str> = template
            .programme
            .measures
            .iter()
            .map(|measure| headline_question(&survey, measure).unwrap().key.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "know_who_to_speak_to",
                "information_suits_me",
                "have_role_models",
                "staff_experienced_caring"
            ]
        );
        assert_eq!(survey.title, "Be Supported 2024");
        assert_eq!(survey.slug.as_str(), "be-supported-2024");
    }

    #[test]
    fn every_question_and_option_has_a_symbol_and_keys_are_unique() {
        for template in all() {
            let survey = template.wave(2024, ProgrammeId::new_random());
            let keys: HashSet<_> = survey.questions.iter().map(|q| &q.key).collect();
            assert_eq!(keys.len(), survey.questions.len());
            for question in &survey.questions {
                assert!(question.symbol.is_some(), "{}", question.key);
                assert!(question.options.iter().all(|o| o.symbol.is_some()));
            }
        }
    }

    #[test]
    fn each_wave_has_fresh_ids_and_every_area_asks_the_demographics_the_board_reports_by() {
        for template in all() {
            let first = template.wave(2024, ProgrammeId::new_random());
            let second = template.wave(2024, ProgrammeId::new_random());
            assert_ne!(first.id, second.id);
            assert_ne!(first.questions[0].id, second.questions[0].id);
            let demographics: Vec<&str> = first
                .questions
                .iter()
                .filter(|q| q.is_demographic)
                .map(|q| q.key.as_str())
                .collect();
            assert!(
                ["age_band", "gender", "district", "send"]
                    .iter()
                    .all(|key| demographics.contains(key)),
                "{}: {demographics:?}",
                template.name()
            );
            assert!(
                first
                    .questions
                    .iter()
                    .any(|q| q.key.as_str() == "consent_to_quote")
            );
        }
    }
}
