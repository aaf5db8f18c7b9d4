//! The translations the demo waves are read in, kept in the repository as filled translators'
//! sheets of the Be Supported template (`assets/translations/be-supported/`). A team imports
//! the same files into its own waves with `youthvoice survey translation import`.

use crate::domain::survey::{ResponseFormat, Survey};
use crate::domain::translation_sheet::{self, SheetRow};
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

/// The demo waves' names in each shipped language, standard then Easy Read; `{year}` is the
/// wave's year. A name is the one place a sheet may leave empty, so the shipped sheets, which
/// fit any year's wave, do not carry it: the demo adds it for each wave, as a team would.
const TITLES: &[(&str, &str, &str)] = &[
    (
        "pl",
        "Ankieta \u{201e}Be Supported\u{201d} {year}",
        "Ankieta o wsparciu {year}",
    ),
    (
        "ar",
        "استبيان Be Supported لعام {year}",
        "استبيان الدعم {year}",
    ),
];

/// The wave with every shipped translation that fits its wording (a test keeps them fitting
/// the template), named in each language.
pub fn translated(survey: Survey) -> Survey {
    SHIPPED.iter().fold(survey, |survey, (tag, sheet)| {
        let applied = Language::parse(tag).ok().and_then(|language| {
            let mut rows = translation_sheet::read_csv(sheet).ok()?;
            rows.extend(title_rows(&survey, tag));
            translation_sheet::apply(&survey, &language, &rows).ok()
        });
        applied.unwrap_or(survey)
    })
}

fn title_rows(survey: &Survey, tag: &str) -> Vec<SheetRow> {
    let year = survey.year.to_string();
    TITLES
        .iter()
        .filter(|(language, _, _)| *language == tag)
        .flat_map(|(_, standard, easy_read)| {
            [
                (ResponseFormat::Standard, standard),
                (ResponseFormat::EasyRead, easy_read),
            ]
        })
        .map(|(register, title)| SheetRow {
            place: translation_sheet::TITLE_PLACE.to_owned(),
            register,
            english: survey.title.clone(),
            translation: title.replace("{year}", &year),
        })
        .collect()
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
        let polish = survey.in_language(&Language::parse("pl").unwrap()).unwrap();
        assert_eq!(
            polish.title_in(ResponseFormat::EasyRead),
            "Ankieta o wsparciu 2024"
        );
        assert_eq!(
            survey.title_in(ResponseFormat::Standard),
            "Be Supported 2024"
        );
    }
}
