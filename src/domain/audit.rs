//! The security-relevant actions recorded in the audit log, which admins can read.

use chrono::NaiveDateTime;

use super::ids::InvalidValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    SignedIn,
    SignInFailed,
    SignedOut,
    SignedOutEverywhere,
    FirstAdminCreated,
    UserInvited,
    InvitationAccepted,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    PasswordResetRequested,
    PasswordReset,
    ResponsesImported,
    TotalsImported,
    ResponsesExported,
    QuoteDecided,
    QuoteIdentifierOverride,
    SafeguardingFlagRaised,
    SafeguardingFlagHandled,
    SafeguardingFlagWithdrawn,
    ModerationListsChanged,
    ModerationWavesAssigned,
    ReportPublished,
    ReportEmailed,
    RetentionApplied,
    WaveOpened,
    WaveClosed,
    TranslationImported,
    TranslationRemoved,
    TargetSet,
    TargetWithdrawn,
    ComparatorAdded,
    ComparatorRemoved,
    ActionAdded,
    ActionEdited,
    ActionStatusChanged,
    OverdueActionReminded,
    OwnerGroupAdded,
    OwnerGroupChanged,
    OwnerGroupRemoved,
    BoardUpdateEmailed,
}

impl AuditAction {
    pub const ALL: [AuditAction; 41] = [
        Self::SignedIn,
        Self::SignInFailed,
        Self::SignedOut,
        Self::SignedOutEverywhere,
        Self::FirstAdminCreated,
        Self::UserInvited,
        Self::InvitationAccepted,
        Self::RoleChanged,
        Self::AccountDisabled,
        Self::AccountEnabled,
        Self::PasswordResetRequested,
        Self::PasswordReset,
        Self::ResponsesImported,
        Self::TotalsImported,
        Self::ResponsesExported,
        Self::QuoteDecided,
        Self::QuoteIdentifierOverride,
        Self::SafeguardingFlagRaised,
        Self::SafeguardingFlagHandled,
        Self::SafeguardingFlagWithdrawn,
        Self::ModerationListsChanged,
        Self::ModerationWavesAssigned,
        Self::ReportPublished,
        Self::ReportEmailed,
        Self::RetentionApplied,
        Self::WaveOpened,
        Self::WaveClosed,
        Self::TranslationImported,
        Self::TranslationRemoved,
        Self::TargetSet,
        Self::TargetWithdrawn,
        Self::ComparatorAdded,
        Self::ComparatorRemoved,
        Self::ActionAdded,
        Self::ActionEdited,
        Self::ActionStatusChanged,
        Self::OverdueActionReminded,
        Self::OwnerGroupAdded,
        Self::OwnerGroupChanged,
        Self::OwnerGroupRemoved,
        Self::BoardUpdateEmailed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignedIn => "signed_in",
            Self::SignInFailed => "sign_in_failed",
            Self::SignedOut => "signed_out",
            Self::SignedOutEverywhere => "signed_out_everywhere",
            Self::FirstAdminCreated => "first_admin_created",
            Self::UserInvited => "user_invited",
            Self::InvitationAccepted => "invitation_accepted",
            Self::RoleChanged => "role_changed",
            Self::AccountDisabled => "account_disabled",
            Self::AccountEnabled => "account_enabled",
            Self::PasswordResetRequested => "password_reset_requested",
            Self::PasswordReset => "password_reset",
            Self::ResponsesImported => "responses_imported",
            Self::TotalsImported => "totals_imported",
            Self::ResponsesExported => "responses_exported",
            Self::QuoteDecided => "quote_decided",
            Self::QuoteIdentifierOverride => "quote_identifier_override",
            Self::SafeguardingFlagRaised => "safeguarding_flag_raised",
            Self::SafeguardingFlagHandled => "safeguarding_flag_handled",
            Self::SafeguardingFlagWithdrawn => "safeguarding_flag_withdrawn",
            Self::ModerationListsChanged => "moderation_lists_changed",
            Self::ModerationWavesAssigned => "moderation_waves_assigned",
            Self::ReportPublished => "report_published",
            Self::ReportEmailed => "report_emailed",
            Self::RetentionApplied => "retention_applied",
            Self::WaveOpened => "wave_opened",
            Self::WaveClosed => "wave_closed",
            Self::TranslationImported => "translation_imported",
            Self::TranslationRemoved => "translation_removed",
            Self::TargetSet => "target_set",
            Self::TargetWithdrawn => "target_withdrawn",
            Self::ComparatorAdded => "comparator_added",
            Self::ComparatorRemoved => "comparator_removed",
            Self::ActionAdded => "action_added",
            Self::ActionEdited => "action_edited",
            Self::ActionStatusChanged => "action_status_changed",
            Self::OverdueActionReminded => "overdue_action_reminded",
            Self::OwnerGroupAdded => "owner_group_added",
            Self::OwnerGroupChanged => "owner_group_changed",
            Self::OwnerGroupRemoved => "owner_group_removed",
            Self::BoardUpdateEmailed => "board_update_emailed",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|action| action.as_str() == text)
            .ok_or_else(|| InvalidValue::new("audit action", text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_through_their_stored_text() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()).unwrap(), action);
        }
    }
}

/// One line of the log as admins read it.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub occurred_at: NaiveDateTime,
    pub actor: Option<String>,
    pub action: AuditAction,
    pub detail: String,
}
