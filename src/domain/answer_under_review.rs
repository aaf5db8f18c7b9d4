//! A young person's answer as a moderator sees it, and as the safeguarding lead sees it once
//! flagged: what the pages show, read from the database.

use chrono::NaiveDateTime;

use super::ids::{QuoteId, SurveyId};
use super::quote::{QuoteState, RejectReason};
use super::redaction::Redactions;

/// One answer as a moderator sees it.
#[derive(Debug, Clone)]
pub struct QuoteItem {
    pub id: QuoteId,
    pub survey: SurveyId,
    pub survey_title: String,
    pub question_text: String,
    /// The answer exactly as written.
    pub text: String,
    pub state: QuoteState,
    pub concern: Option<String>,
    pub redactions: Redactions,
    pub theme: Option<String>,
    pub reject_reason: Option<RejectReason>,
    pub published_text: Option<String>,
}

/// A flagged answer as the safeguarding lead sees it.
#[derive(Debug, Clone)]
pub struct FlaggedAnswer {
    pub id: QuoteId,
    pub survey_title: String,
    pub text: String,
    pub flagged_at: NaiveDateTime,
    /// Who dealt with it, and when.
    pub handled: Option<(String, NaiveDateTime)>,
}
