//! Staff accounts: who can do what, and the rules for email addresses and passwords.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::ids::{InvalidValue, UserId};

/// A staff account as the rest of the app sees it (the password hash stays in the database layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffUser {
    pub id: UserId,
    pub email: EmailAddress,
    pub display_name: String,
    pub role: Role,
    pub status: AccountStatus,
}

/// A staff member's role. Young people never have accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, including users and settings.
    Admin,
    /// The Engagement & Consultation team: surveys, imports, reports, publishing, exports.
    Analyst,
    /// VOXY reps, young people themselves: the quote moderation queue only.
    Moderator,
    /// Board members: published and board-only reports.
    Viewer,
}

/// Something a role may be allowed to do. Routes name the permission they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    ManageUsers,
    ReadAuditLog,
    ManageSurveys,
    ImportAndExport,
    ProduceReports,
    Moderate,
    /// Reading flagged answers and marking them dealt with (the safeguarding lead's job).
    HandleSafeguarding,
    ReadReports,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Analyst, Role::Moderator, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
            Role::Moderator => "moderator",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(text: &str) -> Result<Role, InvalidValue> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
            .ok_or_else(|| InvalidValue::new("role", text))
    }

    /// The staff catalogue's description of the role, for people choosing it.
    pub fn description_id(self) -> &'static str {
        match self {
            Role::Admin => "staff-role-admin-described",
            Role::Analyst => "staff-role-analyst-described",
            Role::Moderator => "staff-role-moderator-described",
            Role::Viewer => "staff-role-viewer-described",
        }
    }

    pub fn can(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::Analyst => matches!(
                permission,
                ManageSurveys
                    | ImportAndExport
                    | ProduceReports
                    | Moderate
                    | HandleSafeguarding
                    | ReadReports
            ),
            Role::Moderator => permission == Moderate,
            Role::Viewer => permission == ReadReports,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A staff email address, trimmed and lower-cased so each person has one spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(text: &str) -> Result<EmailAddress, InvalidValue> {
        let address = text.trim().to_lowercase();
        let valid = address.len() <= 254
            && address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains('@')
            })
            && !address
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c));
        if valid {
            Ok(EmailAddress(address))
        } else {
            Err(InvalidValue::new("email address", text))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address as logs show it: `j***@example.org`.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.split_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}***@{domain}")
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;
/// Long enough for any passphrase, short enough that hashing it cannot be used to tie up a server.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// A password that meets the policy. Never logged or displayed.
#[derive(Clone)]
pub struct NewPassword(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("no password")]
    Empty,
    #[error("shorter than 12 characters")]
    TooShort,
    #[error("longer than 256 characters")]
    TooLong,
    #[error("the two passwords differ")]
    Mismatch,
}

impl PasswordProblem {
    /// The staff catalogue's message saying what to do.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::Empty => "staff-problem-password-empty",
            PasswordProblem::TooShort => "staff-problem-password-short",
            PasswordProblem::TooLong => "staff-problem-password-long",
            PasswordProblem::Mismatch => "staff-problem-password-mismatch",
        }
    }
}

impl NewPassword {
    pub fn parse(password: &str, confirmation: &str) -> Result<NewPassword, PasswordProblem> {
        let length = password.chars().count();
        if length == 0 {
            Err(PasswordProblem::Empty)
        } else if length < MIN_PASSWORD_CHARS {
            Err(PasswordProblem::TooShort)
        } else if length > MAX_PASSWORD_CHARS {
            Err(PasswordProblem::TooLong)
        } else if password != confirmation {
            Err(PasswordProblem::Mismatch)
        } else {
            Ok(NewPassword(password.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// Whether an account can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStatus {
    /// Invited; no password yet.
    Invited,
    Active,
    Disabled,
}

impl AccountStatus {
    pub const ALL: [AccountStatus; 3] = [Self::Invited, Self::Active, Self::Disabled];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::Active => "active",
            Self::Disabled => "disabled",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| InvalidValue::new("account status", text))
    }
}

/// Sign-in throttling: after this many failures in a row, an address is locked for a while.
pub const FAILURES_BEFORE_LOCKOUT: i32 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;

/// A staff session ends after this long without a request.
pub const IDLE_TIMEOUT: chrono::Duration = chrono::Duration::hours(2);
/// A staff session ends this long after signing in, however active.
pub const ABSOLUTE_TIMEOUT: chrono::Duration = chrono::Duration::hours(12);

/// The earliest last-seen and sign-in times a live session may have at `now`.
pub fn live_since(now: chrono::NaiveDateTime) -> (chrono::NaiveDateTime, chrono::NaiveDateTime) {
    (now - IDLE_TIMEOUT, now - ABSOLUTE_TIMEOUT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moderators_only_moderate_and_viewers_only_read_reports() {
        for permission in [
            Permission::ManageUsers,
            Permission::ReadAuditLog,
            Permission::ManageSurveys,
            Permission::ImportAndExport,
            Permission::ProduceReports,
            Permission::ReadReports,
        ] {
            assert!(!Role::Moderator.can(permission), "{permission:?}");
        }
        assert!(Role::Moderator.can(Permission::Moderate));
        assert!(Role::Viewer.can(Permission::ReadReports));
        assert!(!Role::Viewer.can(Permission::Moderate));
        assert!(!Role::Analyst.can(Permission::ManageUsers));
        assert!(Role::Admin.can(Permission::ManageUsers));
    }

    #[test]
    fn email_addresses_are_normalised_and_checked() {
        assert_eq!(
            EmailAddress::parse("  Jo.Bloggs@Example.ORG ")
                .unwrap()
                .as_str(),
            "jo.bloggs@example.org"
        );
        for bad in [
            "",
            "jo",
            "jo@",
            "@example.org",
            "jo@example",
            "jo@@example.org",
            "jo bloggs@example.org",
            "a@b.c>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            EmailAddress::parse("jo@example.org").unwrap().masked(),
            "j***@example.org"
        );
    }

    #[test]
    fn passwords_need_twelve_characters_and_a_matching_confirmation() {
        assert_eq!(
            NewPassword::parse("", "").unwrap_err(),
            PasswordProblem::Empty
        );
        assert_eq!(
            NewPassword::parse("elevenchars", "elevenchars").unwrap_err(),
            PasswordProblem::TooShort
        );
        assert_eq!(
            NewPassword::parse("twelve chars", "twelve charz").unwrap_err(),
            PasswordProblem::Mismatch
        );
        assert!(NewPassword::parse("twelve chars", "twelve chars").is_ok());
        let long = "x".repeat(257);
        assert_eq!(
            NewPassword::parse(&long, &long).unwrap_err(),
            PasswordProblem::TooLong
        );
    }
}

/// What a single-use link in an email (or printed at first start) is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Creates the first admin account when there is none.
    FirstAdmin,
    /// Lets an invited person set their password.
    Invitation,
    PasswordReset,
}

impl TokenPurpose {
    pub const ALL: [TokenPurpose; 3] = [Self::FirstAdmin, Self::Invitation, Self::PasswordReset];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::FirstAdmin => "first_admin",
            Self::Invitation => "invitation",
            Self::PasswordReset => "password_reset",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|purpose| purpose.as_str() == text)
            .ok_or_else(|| InvalidValue::new("token purpose", text))
    }

    /// How long a link of this kind works.
    pub fn lifetime(self) -> chrono::Duration {
        match self {
            Self::FirstAdmin => chrono::Duration::hours(24),
            Self::Invitation => chrono::Duration::days(7),
            Self::PasswordReset => chrono::Duration::hours(1),
        }
    }
}
