//! The intruder check over everything a wave's reports show: the wave itself and each earlier wave
//! it is compared with. Publishing runs it and refuses on any finding; `youthvoice audit
//! disclosure` runs it on demand.

use super::results::{ComparedWaves, compared_waves};
use crate::db::{AnyConnection, DbError};
use crate::domain::disclosure::Finding;
use crate::domain::survey::Survey;

pub struct WaveAudit {
    pub slug: String,
    /// Counts printed, withheld as fewer than the threshold, and held back.
    pub printed: usize,
    pub fewer_than: usize,
    pub held_back: usize,
    pub findings: Vec<Finding>,
}

pub fn audit(compared: &ComparedWaves) -> Vec<WaveAudit> {
    compared
        .waves
        .iter()
        .map(|wave| {
            let (printed, fewer_than, held_back) = wave.plan.tally();
            WaveAudit {
                slug: wave.survey.slug.to_string(),
                printed,
                fewer_than,
                held_back,
                findings: wave.plan.audit(),
            }
        })
        .collect()
}

/// The audit of a wave as its data stands now.
pub fn audit_survey(
    connection: &mut AnyConnection,
    survey: Survey,
) -> Result<Vec<WaveAudit>, DbError> {
    Ok(audit(&compared_waves(connection, survey)?))
}

/// Every finding, each with its wave, for a message.
pub fn findings_text(audits: &[WaveAudit]) -> Vec<String> {
    audits
        .iter()
        .flat_map(|wave| {
            wave.findings
                .iter()
                .map(move |finding| format!("{}: {finding}", wave.slug))
        })
        .collect()
}
