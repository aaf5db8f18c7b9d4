//! The reports youthvoice writes, which of them can be published, and which of those the public may
//! read.

use serde::{Deserialize, Serialize};

use super::ids::InvalidValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// Two to four pages for the Board.
    Summary,
    /// Every question, breakdowns, all quotes and the wording appendix.
    Full,
    /// "You said": a short Easy Read report for the young people who took part.
    EasyRead,
    /// Early findings as slides for the verbal briefing, while the wave may still be open: for
    /// the room, never published.
    Briefing,
    /// One page per programme for the Board's standing item: measures against targets, actions by
    /// status, and what changed since the last update. Made from the latest closed wave; emailed,
    /// never published, and not one of a wave's reports (so not in [`ReportKind::ALL`]).
    BoardUpdate,
}

impl ReportKind {
    pub const ALL: [ReportKind; 4] = [
        ReportKind::Summary,
        ReportKind::Full,
        ReportKind::EasyRead,
        ReportKind::Briefing,
    ];
    /// The kinds that can be published, frozen as versions.
    pub const PUBLISHABLE: [ReportKind; 3] =
        [ReportKind::Summary, ReportKind::Full, ReportKind::EasyRead];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Summary => "summary",
            ReportKind::Full => "full",
            ReportKind::EasyRead => "easy-read",
            ReportKind::Briefing => "briefing",
            ReportKind::BoardUpdate => "board-update",
        }
    }

    pub fn parse(text: &str) -> Result<ReportKind, InvalidValue> {
        ReportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| {
                InvalidValue::new("report kind (summary, full, easy-read or briefing)", text)
            })
    }

    /// The staff catalogue's name for the report, in titles and lists.
    pub fn name_id(self) -> &'static str {
        match self {
            ReportKind::Summary => "staff-report-kind-summary",
            ReportKind::Full => "staff-report-kind-full",
            ReportKind::EasyRead => "staff-report-kind-easy-read",
            ReportKind::Briefing => "staff-report-kind-briefing",
            ReportKind::BoardUpdate => "staff-report-kind-board-update",
        }
    }

    /// The briefing is for the room, often before the wave closes, and the Board update goes
    /// by email: neither is published.
    pub fn can_be_published(self) -> bool {
        ReportKind::PUBLISHABLE.contains(&self)
    }

    /// Summaries and Easy Read reports are for everyone once published; the full report, with its
    /// breakdowns of small groups, is for signed-in staff and the Board.
    pub fn is_public_when_published(self) -> bool {
        matches!(self, ReportKind::Summary | ReportKind::EasyRead)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names_and_unknown_names_are_refused() {
        for kind in ReportKind::ALL {
            assert_eq!(ReportKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(ReportKind::parse("Summary").is_err());
        assert!(ReportKind::parse("").is_err());
    }

    #[test]
    fn only_the_full_report_stays_with_staff_and_the_board() {
        assert!(ReportKind::Summary.is_public_when_published());
        assert!(ReportKind::EasyRead.is_public_when_published());
        assert!(!ReportKind::Full.is_public_when_published());
        assert!(!ReportKind::Briefing.can_be_published());
        assert!(!ReportKind::Briefing.is_public_when_published());
    }
}
