//! Publishing: a report built from the data as it stands, frozen as a JSON snapshot with a new
//! version number, so later edits or imports never change what the Board read.

use crate::catalogue::{self, Arg};
use crate::clock::Clock;

use super::disclosure_audit::{audit, findings_text};
use super::document::ReportDocument;
use super::inputs::{ReportInputs, gather};
use super::labels::day_in;
use super::{ReportError, build_in};
use crate::db::published_reports;
use crate::db::{AnyConnection, DbError, report_texts};
use crate::domain::ids::PublishedReportId;
use crate::domain::published_report::PublishedReport;
use crate::domain::report_kind::ReportKind;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::domain::wording::Language;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublishRefused {
    #[error(
        "write what will happen next before publishing: the Board and young people need to know"
    )]
    NothingWrittenAboutNextSteps,
    #[error(
        "results are published only once the wave has closed: while young people can still \
         answer, two versions could be compared to single out the latest answers. Staff can \
         preview the provisional results at any time"
    )]
    WaveNotClosed,
    #[error(
        "the wave's numbers have changed since its {kind} report, version {version}, was \
         published: comparing the two versions could single out the responses that changed"
    )]
    NumbersChanged { kind: String, version: i32 },
    #[error("a withheld number could be worked out, so nothing was published: {0}")]
    DisclosureRisk(String),
    #[error(
        "the early findings briefing is for the room and is never published: publish the \
         summary report once the wave has closed"
    )]
    NeverPublished,
}

/// Freezes a new version of the wave's report of this kind in `language`. The checks hold for
/// every language alike: a version in one language is compared with every other version of the
/// wave, whatever its language, so no two published documents can differ in their numbers.
pub fn publish(
    connection: &mut AnyConnection,
    survey: Survey,
    kind: ReportKind,
    language: &Language,
    clock: &Clock,
    publisher: &str,
) -> Result<Result<PublishedReport, PublishRefused>, ReportError> {
    super::can_be_written_in(&survey, kind, language)?;
    if !kind.can_be_published() {
        return Ok(Err(PublishRefused::NeverPublished));
    }
    let today = clock.today();
    let texts = report_texts::find(connection, survey.id)?;
    let next_steps = match kind {
        ReportKind::EasyRead => &texts.easy_read_next,
        ReportKind::Summary | ReportKind::Full | ReportKind::Briefing | ReportKind::BoardUpdate => {
            &texts.what_happens_next
        }
    };
    if next_steps.trim().is_empty() {
        return Ok(Err(PublishRefused::NothingWrittenAboutNextSteps));
    }
    if survey.status.results_are_provisional() {
        return Ok(Err(PublishRefused::WaveNotClosed));
    }
    let (survey_id, year) = (survey.id, survey.year);
    let inputs = gather(connection, survey, today, publisher)?;
    if let Some(refused) = refusal_to_release(connection, &inputs)? {
        return Ok(Err(refused));
    }
    let digest = inputs.compared.target().plan.counts_digest();
    let document = build_in(kind, language, &inputs)?;
    let published = published_reports::publish(
        connection,
        &published_reports::NewVersion {
            survey: survey_id,
            kind,
            language,
            year,
            title: &document.full_title(),
            document_json: &document.to_json(),
            counts_digest: &digest,
            published_at: clock.now(),
        },
    )?;
    Ok(Ok(published))
}

/// Why numbers gathered for a report may not leave the team, if they may not: a withheld number
/// of any wave shown could be worked out (every wave a report shows must pass the intruder check,
/// earlier ones included), or the wave's numbers changed since a version was published, so the
/// two could be differenced. Publishing and the Board update both ask.
pub fn refusal_to_release(
    connection: &mut AnyConnection,
    inputs: &ReportInputs,
) -> Result<Option<PublishRefused>, DbError> {
    let findings = findings_text(&audit(&inputs.compared));
    if !findings.is_empty() {
        return Ok(Some(PublishRefused::DisclosureRisk(findings.join("; "))));
    }
    let target = inputs.compared.target();
    let digest = target.plan.counts_digest();
    let earlier = published_reports::counts_digests(connection, target.survey.id)?;
    Ok(earlier
        .into_iter()
        .find(|(_, _, earlier)| !earlier.is_empty() && *earlier != digest)
        .map(|(kind, version, _)| PublishRefused::NumbersChanged { kind, version }))
}

/// A published report with its frozen document.
pub fn find(
    connection: &mut AnyConnection,
    id: PublishedReportId,
) -> Result<Option<(PublishedReport, ReportDocument)>, DbError> {
    let Some((report, json)) = published_reports::find(connection, id)? else {
        return Ok(None);
    };
    let document = ReportDocument::from_json(&json)
        .map_err(|error| DbError::Corrupt(format!("published report {id}: {error}")))?;
    Ok(Some((report, document)))
}

/// The line under a published report's title in `language`, e.g. "Version 2, published on 23
/// November 2026".
pub fn status_line_in(report: &PublishedReport, language: &Language) -> String {
    catalogue::built_in().text(
        language,
        ResponseFormat::Standard,
        "report-status",
        &[
            ("version", Arg::Text(report.version.to_string())),
            (
                "date",
                Arg::Text(day_in(language, report.published_at.date())),
            ),
        ],
    )
}

/// The status line in English, for staff pages.
pub fn status_line(report: &PublishedReport) -> String {
    status_line_in(report, &Language::english())
}
