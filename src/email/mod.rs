//! Email: typed messages and a mailer with SMTP, file-outbox and in-memory backends.

pub mod body;
pub mod mailer;
pub mod messages;

pub use mailer::{MailError, MailSettings, Mailer, SentEmail};
pub use messages::OutgoingEmail;
