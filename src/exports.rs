//! Writing a wave's responses as the wide CSV that `import responses` reads back.

use std::io::Write;

use crate::domain::response::NewResponse;
use crate::domain::survey::Survey;
use crate::domain::wide_csv;

pub fn write_responses(
    survey: &Survey,
    responses: &[(String, NewResponse)],
    out: impl Write,
) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(wide_csv::header_for(survey))?;
    for (id, response) in responses {
        writer.write_record(wide_csv::record_for(survey, id, response))?;
    }
    writer.flush()?;
    Ok(())
}
