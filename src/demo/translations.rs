//! The translations the demo waves are read in, kept in the repository as filled translators'
//! sheets of the Be Supported template (`assets/translations/be-supported/`). A team imports
//! the same files into its own waves with `youthvoice survey translation import`.

use crate::domain::survey::Survey;
use crate::domain::translation_sheet;
use crate::domain::wording::Language;

/// (language, filled sheet) of every shipped translation of the template.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "pl",
        include_str!("../../assets/translations/be-supported/pl.csv"),
    ),
    (
        "ar",
        include_str!("../../assets/translations/be-supported/ar.csv"),
    ),
];

/// The wave with every shipped translation that fits its wording (a test keeps them fitting
/// the template).
pub fn translated(survey: Survey) -> Survey {
    SHIPPED.iter().fold(survey, |survey, (tag, sheet)| {
        let applied = Language::parse(tag).ok().and_then(|language| {
            let rows = translation_sheet::read_csv(sheet).ok()?;
            translation_sheet::apply(&survey, &language, &rows).ok()
        });
        applied.unwrap_or(survey)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::be_supported;

    #[test]
    fn every_shipped_translation_covers_the_whole_template() {
        let english = be_supported(2024);
        for (tag, sheet) in SHIPPED {
            let rows = translation_sheet::read_csv(sheet).unwrap();
            let language = Language::parse(tag).unwrap();
            if let Err(problems) = translation_sheet::apply(&english, &language, &rows) {
                panic!("{tag}: {problems:?}");
            }
        }
        let survey = translated(english);
        assert_eq!(survey.languages().len(), SHIPPED.len() + 1);
        assert!(survey.translation_gaps().is_empty());
    }
}
