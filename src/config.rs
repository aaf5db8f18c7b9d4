//! Settings from environment variables, each with a default that works on a laptop.

use std::path::PathBuf;
use std::sync::Arc;

use crate::clock::{Clock, DEFAULT_TIME_ZONE, parse_zone};
use crate::domain::organisation::{Organisation, OrganisationProblem};
use crate::domain::quote::SignOff;
use crate::domain::retention::{KeepFor, RetentionPolicy};
use crate::domain::staff::EmailAddress;
use crate::domain::support::{ContactListProblem, SupportContact, parse_contact_list};
use crate::email::MailSettings;
use crate::server_key::{DEFAULT_KEY_FILE, KeySource};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://youthvoice.sqlite3";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_OUTBOX_DIR: &str = "outbox";
pub const DEFAULT_MAIL_FROM: &str = "youthvoice <no-reply@youthvoice.invalid>";

#[derive(Debug, Clone)]
pub struct Settings {
    /// `sqlite://path` (the default, created on first start) or `postgres://…`.
    pub database_url: String,
    /// A folder of extra interface languages (`<tag>/standard.ftl`, `<tag>/easy_read.ftl`), as
    /// `catalogue import` writes them; the server reads it once on start.
    pub messages_dir: Option<PathBuf>,
    /// Address and port to listen on; port 0 picks a free port (tests).
    pub bind: String,
    /// The public address of the site, used for links and to decide whether cookies are `Secure`.
    pub base_url: String,
    pub database_pool_size: u32,
    /// Local places to get help, shown after Childline on every "need to talk" page.
    pub local_support_contacts: Vec<SupportContact>,
    /// SMTP when `SMTP_URL` is set, otherwise `.eml` files in `OUTBOX_DIR`.
    pub mail: MailSettings,
    pub mail_from: String,
    /// Who receives moderators' safeguarding flags (`SAFEGUARDING_LEAD_EMAIL`).
    pub safeguarding_lead: Option<EmailAddress>,
    /// Two different people approve each quote unless `QUOTE_SIGN_OFF=one`.
    pub quote_sign_off: SignOff,
    /// The hour (UTC, 0–23) after which the daily "quotes are waiting" email goes out.
    pub moderation_digest_hour: u32,
    /// The Board's distribution list for published reports (`BOARD_EMAILS`, comma-separated).
    pub board_emails: Vec<EmailAddress>,
    /// The key for resume codes' keyed hashes: `SECRET_KEY`, or else the file `SECRET_KEY_FILE`
    /// (default `youthvoice.key`), created on first start.
    pub secret_key: KeySource,
    /// The council's clock: `TIME_ZONE` (default Europe/London) for the days people name. Tests
    /// replace it with a fixed clock.
    pub clock: Clock,
    /// How long personal data is kept (`KEEP_UNQUOTED_TEXT_DAYS`, `KEEP_AUDIT_DAYS`,
    /// `KEEP_RAW_RESPONSES_DAYS`): see the README's "What we keep".
    pub retention: RetentionPolicy,
    /// Who runs the survey (`ORGANISATION_NAME`, `ORGANISATION_SHORT_NAME`, `ORGANISATION_CONTACT`,
    /// `PRIVACY_NOTICE_URL`, `ORGANISATION_LOGO`), named on every page, poster, report and email.
    pub organisation: Arc<Organisation>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("SUPPORT_CONTACTS: {0}")]
    SupportContacts(#[from] ContactListProblem),
    #[error("{name} must be a whole number from 1 to 100, got {value:?}")]
    NotANumber { name: &'static str, value: String },
    #[error("SAFEGUARDING_LEAD_EMAIL is not an email address: {0:?}")]
    SafeguardingLead(String),
    #[error("QUOTE_SIGN_OFF must be \"two\" (the default) or \"one\", got {0:?}")]
    SignOff(String),
    #[error("MODERATION_DIGEST_HOUR must be a whole number from 0 to 23, got {0:?}")]
    DigestHour(String),
    #[error("BOARD_EMAILS must be email addresses separated by commas; {0:?} is not one")]
    BoardEmail(String),
    #[error("TIME_ZONE must be a time zone name such as Europe/London, got {0:?}")]
    TimeZone(String),
    #[error("{name} must be a number of days from 1 to 36500, or \"forever\"; got {value:?}")]
    KeepFor { name: &'static str, value: String },
    #[error(transparent)]
    Organisation(#[from] OrganisationProblem),
    #[error("ORGANISATION_LOGO: could not read {path}: {message}")]
    LogoFile { path: String, message: String },
}

impl Settings {
    pub fn from_env() -> Result<Settings, ConfigError> {
        Self::from_lookup(|name| {
            std::env::var(name)
                .ok()
                .filter(|value| !value.trim().is_empty())
        })
    }

    /// Reads settings through `lookup`, so tests can supply their own variables.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let bind = lookup("BIND").unwrap_or_else(|| DEFAULT_BIND.to_owned());
        let base_url = lookup("BASE_URL")
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        let database_pool_size = match lookup("DATABASE_POOL_SIZE") {
            None => 8,
            Some(value) => value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|size| (1..=100).contains(size))
                .ok_or(ConfigError::NotANumber {
                    name: "DATABASE_POOL_SIZE",
                    value,
                })?,
        };
        let local_support_contacts = match lookup("SUPPORT_CONTACTS") {
            None => Vec::new(),
            Some(list) => parse_contact_list(&list)?,
        };
        let mail = match lookup("SMTP_URL") {
            Some(url) => MailSettings::Smtp { url },
            None => MailSettings::Outbox {
                dir: PathBuf::from(
                    lookup("OUTBOX_DIR").unwrap_or_else(|| DEFAULT_OUTBOX_DIR.to_owned()),
                ),
            },
        };
        let safeguarding_lead = lookup("SAFEGUARDING_LEAD_EMAIL")
            .map(|text| EmailAddress::parse(&text).map_err(|_| ConfigError::SafeguardingLead(text)))
            .transpose()?;
        let quote_sign_off = match lookup("QUOTE_SIGN_OFF").as_deref().map(str::trim) {
            None | Some("two") => SignOff::TwoPeople,
            Some("one") => SignOff::OnePerson,
            Some(other) => return Err(ConfigError::SignOff(other.to_owned())),
        };
        let moderation_digest_hour = match lookup("MODERATION_DIGEST_HOUR") {
            None => 8,
            Some(text) => text
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|hour| *hour < 24)
                .ok_or(ConfigError::DigestHour(text))?,
        };
        let board_emails = lookup("BOARD_EMAILS")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|address| !address.is_empty())
            .map(|address| {
                EmailAddress::parse(address)
                    .map_err(|_| ConfigError::BoardEmail(address.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let secret_key = match lookup("SECRET_KEY") {
            Some(key) => KeySource::Given(key),
            None => KeySource::File(PathBuf::from(
                lookup("SECRET_KEY_FILE").unwrap_or_else(|| DEFAULT_KEY_FILE.to_owned()),
            )),
        };
        let zone = match lookup("TIME_ZONE") {
            None => DEFAULT_TIME_ZONE,
            Some(name) => parse_zone(&name).ok_or(ConfigError::TimeZone(name))?,
        };
        let keep = |name: &'static str, default: KeepFor| match lookup(name) {
            None => Ok(default),
            Some(value) => KeepFor::parse(&value).map_err(|_| ConfigError::KeepFor { name, value }),
        };
        let defaults = RetentionPolicy::default();
        let retention = RetentionPolicy {
            unquoted_text: keep("KEEP_UNQUOTED_TEXT_DAYS", defaults.unquoted_text)?,
            audit_entries: keep("KEEP_AUDIT_DAYS", defaults.audit_entries)?,
            raw_responses: keep("KEEP_RAW_RESPONSES_DAYS", defaults.raw_responses)?,
        };
        let logo = lookup("ORGANISATION_LOGO")
            .map(|path| {
                std::fs::read(path.trim()).map_err(|error| ConfigError::LogoFile {
                    path,
                    message: error.to_string(),
                })
            })
            .transpose()?;
        let organisation = Organisation::from_settings(
            lookup("ORGANISATION_NAME").as_deref(),
            lookup("ORGANISATION_SHORT_NAME").as_deref(),
            lookup("ORGANISATION_CONTACT").as_deref(),
            lookup("PRIVACY_NOTICE_URL").as_deref(),
            logo.as_deref(),
        )?;
        Ok(Settings {
            messages_dir: lookup("MESSAGES_DIR").map(PathBuf::from),
            organisation: Arc::new(organisation),
            retention,
            clock: Clock::system(zone),
            secret_key,
            board_emails,
            safeguarding_lead,
            quote_sign_off,
            moderation_digest_hour,
            mail,
            mail_from: lookup("MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned()),
            database_url: lookup("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            bind,
            base_url,
            database_pool_size,
            local_support_contacts,
        })
    }

    pub fn uses_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_start_on_sqlite_on_port_8080() {
        let settings = Settings::from_lookup(|_| None).unwrap();
        assert_eq!(settings.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(settings.bind, "127.0.0.1:8080");
        assert_eq!(settings.base_url, "http://127.0.0.1:8080");
        assert!(!settings.uses_https());
        assert_eq!(
            settings.mail,
            MailSettings::Outbox {
                dir: PathBuf::from("outbox")
            }
        );
    }

    #[test]
    fn moderation_settings_default_to_two_people_and_no_lead() {
        let settings = Settings::from_lookup(|_| None).unwrap();
        assert_eq!(settings.quote_sign_off, SignOff::TwoPeople);
        assert_eq!(settings.safeguarding_lead, None);
        assert_eq!(settings.moderation_digest_hour, 8);
        let settings = Settings::from_lookup(|name| match name {
            "QUOTE_SIGN_OFF" => Some("one".into()),
            "SAFEGUARDING_LEAD_EMAIL" => Some("Lead@Example.org".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(settings.quote_sign_off, SignOff::OnePerson);
        assert_eq!(
            settings
                .safeguarding_lead
                .map(|lead| lead.as_str().to_owned()),
            Some("lead@example.org".to_owned())
        );
        for (name, value) in [
            ("QUOTE_SIGN_OFF", "three"),
            ("SAFEGUARDING_LEAD_EMAIL", "not an address"),
            ("MODERATION_DIGEST_HOUR", "25"),
            ("BOARD_EMAILS", "chair@example.org, not an address"),
            ("TIME_ZONE", "Middle/Earth"),
            ("KEEP_AUDIT_DAYS", "two years"),
            ("KEEP_UNQUOTED_TEXT_DAYS", "0"),
        ] {
            let error =
                Settings::from_lookup(|asked| (asked == name).then(|| value.into())).unwrap_err();
            assert!(error.to_string().contains(name), "{error}");
        }
    }

    #[test]
    fn keeping_times_default_to_a_year_two_years_and_forever() {
        use crate::domain::retention::KeepFor;
        let settings = Settings::from_lookup(|_| None).unwrap();
        assert_eq!(settings.retention.unquoted_text, KeepFor::Days(365));
        assert_eq!(settings.retention.audit_entries, KeepFor::Days(730));
        assert_eq!(settings.retention.raw_responses, KeepFor::Forever);
        let settings = Settings::from_lookup(|name| {
            (name == "KEEP_RAW_RESPONSES_DAYS").then(|| "1825".into())
        })
        .unwrap();
        assert_eq!(settings.retention.raw_responses, KeepFor::Days(1825));
    }

    #[test]
    fn the_board_list_is_comma_separated_and_tidied() {
        let settings = Settings::from_lookup(|name| {
            (name == "BOARD_EMAILS").then(|| " Chair@Example.org ,, clerk@example.org ".into())
        })
        .unwrap();
        let addresses: Vec<&str> = settings
            .board_emails
            .iter()
            .map(EmailAddress::as_str)
            .collect();
        assert_eq!(addresses, ["chair@example.org", "clerk@example.org"]);
        assert!(
            Settings::from_lookup(|_| None)
                .unwrap()
                .board_emails
                .is_empty()
        );
    }

    #[test]
    fn bad_values_are_reported_by_name() {
        let error =
            Settings::from_lookup(|name| (name == "DATABASE_POOL_SIZE").then(|| "lots".into()))
                .unwrap_err();
        assert!(error.to_string().contains("DATABASE_POOL_SIZE"));
        let error =
            Settings::from_lookup(|name| (name == "SUPPORT_CONTACTS").then(|| "nope".into()))
                .unwrap_err();
        assert!(error.to_string().starts_with("SUPPORT_CONTACTS"));
    }
}
