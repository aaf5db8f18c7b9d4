//! The demo's wave in preparation: a Be Healthy survey for 2023, a draft from its built-in
//! template, so the staff pages show a second programme beside Be Supported. Loaded by
//! `serve --demo` only: it holds no responses, and tests count the four Be Supported waves.

use chrono::NaiveDate;

use crate::app::surveys::{WaveSetupError, WaveStart, create};
use crate::db::{AnyConnection, DbError, surveys};
use crate::domain::built_in_templates;
use crate::domain::ids::Slug;
use crate::domain::survey::SurveyStatus;
use crate::domain::wave_setup::NewWave;

const PROGRAMME: &str = "be-healthy";
const SLUG: &str = "be-healthy-2023";

/// Creates the draft unless it is there already.
pub fn load(connection: &mut AnyConnection) -> Result<(), DbError> {
    let slug = Slug::parse(SLUG).expect("the demo slug is valid");
    if surveys::slug_exists(connection, &slug)? {
        return Ok(());
    }
    let template = built_in_templates::named(PROGRAMME).expect("Be Healthy is built in");
    let details = NewWave {
        slug,
        title: "Be Healthy 2023".to_owned(),
        year: 2023,
        opens_on: NaiveDate::from_ymd_opt(2023, 5, 8),
        closes_on: NaiveDate::from_ymd_opt(2023, 6, 9),
    };
    // Demo data is the same every time: planned on a fixed morning.
    let planned_at = NaiveDate::from_ymd_opt(2023, 1, 9)
        .and_then(|day| day.and_hms_opt(9, 0, 0))
        .expect("a valid time");
    let start = WaveStart::Template(Box::new(template.clone()));
    match create(
        connection,
        &details,
        &start,
        SurveyStatus::Draft,
        planned_at,
    ) {
        Ok(_) | Err(WaveSetupError::SlugTaken(_)) => Ok(()),
        Err(WaveSetupError::Db(error)) => Err(error),
        Err(WaveSetupError::NoSuchWave(_)) => Ok(()),
    }
}
