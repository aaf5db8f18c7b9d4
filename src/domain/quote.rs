//! A free-text answer on its way to becoming a published quote: who may decide what, and when it is
//! published. VOXY reps decide; two different people must approve before anything is published
//! (unless the team turns two-person sign-off off).

use super::ids::{InvalidValue, QuestionId, UserId};
use super::response::NewResponse;
use super::survey::{QuestionKind, Survey};

/// The question whose "yes" lets an answer be quoted.
pub const CONSENT_QUESTION_KEY: &str = "consent_to_quote";
pub const CONSENT_VALUE: &str = "yes";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteStatus {
    /// Nobody has decided yet.
    Waiting,
    /// Approved once; a second, different person must approve it too.
    SecondApproval,
    Published,
    /// Read and themed for analysis, never quoted (no consent, or not a quote).
    AnalysisOnly,
    Rejected,
    /// Sent to the safeguarding lead; never published.
    Flagged,
}

impl QuoteStatus {
    pub const ALL: [QuoteStatus; 6] = [
        QuoteStatus::Waiting,
        QuoteStatus::SecondApproval,
        QuoteStatus::Published,
        QuoteStatus::AnalysisOnly,
        QuoteStatus::Rejected,
        QuoteStatus::Flagged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteStatus::Waiting => "waiting",
            QuoteStatus::SecondApproval => "second_approval",
            QuoteStatus::Published => "published",
            QuoteStatus::AnalysisOnly => "analysis_only",
            QuoteStatus::Rejected => "rejected",
            QuoteStatus::Flagged => "flagged",
        }
    }

    pub fn parse(text: &str) -> Result<QuoteStatus, InvalidValue> {
        QuoteStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| InvalidValue::new("quote status", text))
    }

    /// Still in the queue: someone has to decide.
    pub fn is_open(self) -> bool {
        matches!(self, QuoteStatus::Waiting | QuoteStatus::SecondApproval)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectReason {
    Identifying,
    NotRelevant,
    Hurtful,
    Unclear,
    Duplicate,
}

impl RejectReason {
    pub const ALL: [RejectReason; 5] = [
        RejectReason::Identifying,
        RejectReason::NotRelevant,
        RejectReason::Hurtful,
        RejectReason::Unclear,
        RejectReason::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Identifying => "identifying",
            RejectReason::NotRelevant => "not_relevant",
            RejectReason::Hurtful => "hurtful",
            RejectReason::Unclear => "unclear",
            RejectReason::Duplicate => "duplicate",
        }
    }

    pub fn parse(text: &str) -> Result<RejectReason, InvalidValue> {
        RejectReason::ALL
            .into_iter()
            .find(|reason| reason.as_str() == text)
            .ok_or_else(|| InvalidValue::new("reason", text))
    }

    /// How the reason is offered to a moderator.
    /// The staff catalogue's words for the reason.
    pub fn message_id(self) -> &'static str {
        match self {
            RejectReason::Identifying => "staff-reject-identifying",
            RejectReason::NotRelevant => "staff-reject-not-relevant",
            RejectReason::Hurtful => "staff-reject-hurtful",
            RejectReason::Unclear => "staff-reject-unclear",
            RejectReason::Duplicate => "staff-reject-duplicate",
        }
    }
}

/// Whether publishing needs one approval or two from different people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOff {
    OnePerson,
    TwoPeople,
}

/// What decides the next step for an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteState {
    pub status: QuoteStatus,
    pub consent: bool,
    pub first_approver: Option<UserId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    AnalysisOnly,
    Reject(RejectReason),
    Flag,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecisionRefused {
    #[error(
        "the young person did not agree to their words being shared, so this cannot be a quote"
    )]
    NoConsent,
    #[error("you approved this already: a different person must give the second approval")]
    ApprovedByYouAlready,
    #[error("this answer has been decided already")]
    AlreadyDecided,
}

/// The status after `decision` by `by`, or why it is refused (and nothing changes).
pub fn decide(
    state: &QuoteState,
    by: UserId,
    decision: Decision,
    sign_off: SignOff,
) -> Result<QuoteStatus, DecisionRefused> {
    if decision == Decision::Flag {
        // A worry can be raised about any answer, even one already published.
        return if state.status == QuoteStatus::Flagged {
            Err(DecisionRefused::AlreadyDecided)
        } else {
            Ok(QuoteStatus::Flagged)
        };
    }
    if !state.status.is_open() {
        return Err(DecisionRefused::AlreadyDecided);
    }
    match decision {
        Decision::Approve if !state.consent => Err(DecisionRefused::NoConsent),
        Decision::Approve if state.first_approver == Some(by) => {
            Err(DecisionRefused::ApprovedByYouAlready)
        }
        Decision::Approve => Ok(
            if sign_off == SignOff::OnePerson || state.status == QuoteStatus::SecondApproval {
                QuoteStatus::Published
            } else {
                QuoteStatus::SecondApproval
            },
        ),
        Decision::AnalysisOnly => Ok(QuoteStatus::AnalysisOnly),
        Decision::Reject(_) => Ok(QuoteStatus::Rejected),
        Decision::Flag => Ok(QuoteStatus::Flagged),
    }
}

/// Why words the identifier check questioned are safe to publish all the same ("Patel is the
/// name of the youth centre"), written by the person who approves them; kept in the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideReason(String);

impl OverrideReason {
    pub const MAX_CHARACTERS: usize = 500;

    /// A reason with some words in it and not over the limit; `None` when left empty.
    pub fn parse(text: &str) -> Result<Option<OverrideReason>, InvalidValue> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.chars().count() > Self::MAX_CHARACTERS {
            return Err(InvalidValue::new("reason", "longer than 500 characters"));
        }
        Ok(Some(OverrideReason(trimmed.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An approval of words that still look identifying, stopped until someone says why it is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsAReason;

/// Where an approval leads when the words to publish still hold something the identifier check
/// found: nothing is published without a written reason, and only a second person's reason
/// publishes (with one-person sign-off the approval waits for a second person).
pub fn approval_with_identifiers(
    next: QuoteStatus,
    state: &QuoteState,
    reason: Option<&OverrideReason>,
) -> Result<QuoteStatus, NeedsAReason> {
    match (next, reason) {
        (_, None) => Err(NeedsAReason),
        (QuoteStatus::Published, Some(_)) if state.status != QuoteStatus::SecondApproval => {
            Ok(QuoteStatus::SecondApproval)
        }
        (next, Some(_)) => Ok(next),
    }
}

/// Why an answer is where it is: the staff catalogue's message, in words anyone can read.
pub fn explain(state: &QuoteState, sign_off: SignOff) -> &'static str {
    match (state.status, state.consent, sign_off) {
        (QuoteStatus::Waiting, false, _) => "staff-quote-state-no-consent",
        (QuoteStatus::Waiting, true, SignOff::TwoPeople) => "staff-quote-state-first-approval",
        (QuoteStatus::Waiting, true, SignOff::OnePerson) => "staff-quote-state-waiting",
        (QuoteStatus::SecondApproval, _, _) => "staff-quote-state-second-approval",
        (QuoteStatus::Published, _, _) => "staff-quote-state-published",
        (QuoteStatus::AnalysisOnly, _, _) => "staff-quote-state-analysis-only",
        (QuoteStatus::Rejected, _, _) => "staff-quote-state-rejected",
        (QuoteStatus::Flagged, _, _) => "staff-quote-state-flagged",
    }
}

/// A free-text answer of a new response, ready to join the moderation queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteCandidate {
    pub question: QuestionId,
    pub text: String,
    pub consent: bool,
}

/// The response's free-text answers (not "other, please say" notes), each with whether its author
/// agreed to be quoted.
pub fn candidates(survey: &Survey, response: &NewResponse) -> Vec<QuoteCandidate> {
    let consent_question = survey
        .questions
        .iter()
        .find(|question| question.key.as_str() == CONSENT_QUESTION_KEY)
        .map(|question| question.id);
    let consent = response.answers.iter().any(|answer| {
        Some(answer.question_id) == consent_question
            && answer
                .option_value
                .as_ref()
                .is_some_and(|value| value.as_str() == CONSENT_VALUE)
    });
    response
        .answers
        .iter()
        .filter(|answer| {
            answer.option_value.is_none()
                && survey
                    .questions
                    .iter()
                    .any(|q| q.id == answer.question_id && q.kind == QuestionKind::FreeText)
        })
        .filter_map(|answer| {
            // Kept exactly as stored: redactions count characters of this same text.
            let text = answer.text.as_deref()?;
            (!text.trim().is_empty()).then(|| QuoteCandidate {
                question: answer.question_id,
                text: text.to_owned(),
                consent,
            })
        })
        .collect()
}

/// The themes every wave offers: the four "Be Supported" commitments.
pub const PLAN_THEMES: [&str; 4] = [
    "13: Know who to talk to, be listened to and believed",
    "14: Information in a way that suits me",
    "15: Inspiring role models",
    "16: Staff who are experienced and caring",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questioned_words_are_published_only_by_a_second_person_with_a_reason() {
        let reason = OverrideReason::parse("Patel is the youth centre's name").unwrap();
        let waiting = state(QuoteStatus::Waiting, true, None);
        let second = state(
            QuoteStatus::SecondApproval,
            true,
            Some(UserId::new_random()),
        );
        assert_eq!(
            approval_with_identifiers(QuoteStatus::SecondApproval, &waiting, None),
            Err(NeedsAReason)
        );
        assert_eq!(
            approval_with_identifiers(QuoteStatus::Published, &second, None),
            Err(NeedsAReason)
        );
        assert_eq!(
            approval_with_identifiers(QuoteStatus::Published, &waiting, reason.as_ref()),
            Ok(QuoteStatus::SecondApproval),
            "one-person sign-off still needs a second person for questioned words"
        );
        assert_eq!(
            approval_with_identifiers(QuoteStatus::Published, &second, reason.as_ref()),
            Ok(QuoteStatus::Published)
        );
        assert_eq!(OverrideReason::parse("   ").unwrap(), None);
        assert!(OverrideReason::parse(&"x".repeat(501)).is_err());
    }

    fn state(status: QuoteStatus, consent: bool, first: Option<UserId>) -> QuoteState {
        QuoteState {
            status,
            consent,
            first_approver: first,
        }
    }

    #[test]
    fn two_different_people_must_approve_before_publishing() {
        let (rep, officer) = (UserId::new_random(), UserId::new_random());
        let waiting = state(QuoteStatus::Waiting, true, None);
        assert_eq!(
            decide(&waiting, rep, Decision::Approve, SignOff::TwoPeople),
            Ok(QuoteStatus::SecondApproval)
        );
        let once = state(QuoteStatus::SecondApproval, true, Some(rep));
        assert_eq!(
            decide(&once, rep, Decision::Approve, SignOff::TwoPeople),
            Err(DecisionRefused::ApprovedByYouAlready)
        );
        assert_eq!(
            decide(&once, officer, Decision::Approve, SignOff::TwoPeople),
            Ok(QuoteStatus::Published)
        );
        assert_eq!(
            decide(&waiting, rep, Decision::Approve, SignOff::OnePerson),
            Ok(QuoteStatus::Published)
        );
    }

    #[test]
    fn without_consent_an_answer_is_for_analysis_only() {
        let rep = UserId::new_random();
        let no_consent = state(QuoteStatus::Waiting, false, None);
        assert_eq!(
            decide(&no_consent, rep, Decision::Approve, SignOff::OnePerson),
            Err(DecisionRefused::NoConsent)
        );
        assert_eq!(
            decide(&no_consent, rep, Decision::AnalysisOnly, SignOff::TwoPeople),
            Ok(QuoteStatus::AnalysisOnly)
        );
    }

    #[test]
    fn decided_answers_stay_decided_but_a_worry_can_always_be_raised() {
        let rep = UserId::new_random();
        for status in [
            QuoteStatus::Published,
            QuoteStatus::Rejected,
            QuoteStatus::AnalysisOnly,
        ] {
            let decided = state(status, true, None);
            assert_eq!(
                decide(
                    &decided,
                    rep,
                    Decision::Reject(RejectReason::Unclear),
                    SignOff::TwoPeople
                ),
                Err(DecisionRefused::AlreadyDecided)
            );
            assert_eq!(
                decide(&decided, rep, Decision::Flag, SignOff::TwoPeople),
                Ok(QuoteStatus::Flagged)
            );
        }
        let flagged = state(QuoteStatus::Flagged, true, None);
        assert_eq!(
            decide(&flagged, rep, Decision::Flag, SignOff::TwoPeople),
            Err(DecisionRefused::AlreadyDecided)
        );
    }

    #[test]
    fn statuses_and_reasons_round_trip_through_their_names() {
        for status in QuoteStatus::ALL {
            assert_eq!(QuoteStatus::parse(status.as_str()), Ok(status));
        }
        for reason in RejectReason::ALL {
            assert_eq!(RejectReason::parse(reason.as_str()), Ok(reason));
        }
    }

    #[test]
    fn free_text_answers_become_candidates_with_their_consent() {
        use crate::domain::response::StoredAnswer;
        let survey = crate::domain::built_in_templates::be_supported(2024);
        let question = |key: &str| {
            survey
                .questions
                .iter()
                .find(|q| q.key.as_str() == key)
                .unwrap()
        };
        let mut response = NewResponse {
            id: crate::domain::ids::ResponseId::new_random(),
            survey_id: survey.id,
            format: crate::domain::survey::ResponseFormat::Standard,
            submitted_on: None,
            channel: None,
            language: crate::domain::wording::Language::english(),
            answers: vec![
                StoredAnswer {
                    question_id: question("what_would_help").id,
                    option_value: None,
                    text: Some("  More youth clubs  ".into()),
                },
                StoredAnswer {
                    question_id: question("anything_else").id,
                    option_value: None,
                    text: Some("   ".into()),
                },
            ],
        };
        assert_eq!(
            candidates(&survey, &response),
            [QuoteCandidate {
                question: question("what_would_help").id,
                text: "  More youth clubs  ".into(),
                consent: false,
            }]
        );
        response.answers.push(StoredAnswer {
            question_id: question(CONSENT_QUESTION_KEY).id,
            option_value: Some(crate::domain::ids::OptionValue::parse("yes").unwrap()),
            text: None,
        });
        assert!(candidates(&survey, &response)[0].consent);
    }
}
