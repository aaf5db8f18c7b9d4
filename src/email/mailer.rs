//! Sending email: over SMTP, into a file outbox (development, when SMTP is not configured), or
//! into memory (tests). Addresses are masked in logs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::messages::{Attachment, OutgoingEmail};

/// Where mail goes, as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailSettings {
    /// `SMTP_URL`, e.g. `smtps://user:pass@smtp.example.org` or `smtp://127.0.0.1:2525`.
    Smtp { url: String },
    /// `.eml` files written to a folder, for development.
    Outbox { dir: PathBuf },
    /// Kept in memory, for tests.
    Memory,
}

/// One email as the memory backend keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentEmail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<Attachment>,
}

/// Sends email through the configured transport, every message signed with the organisation's
/// name so the people it reaches know who is writing.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    /// "Oxfordshire Children's Trust", closing every message.
    signed_by: String,
}

#[derive(Clone)]
enum Transport {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Outbox {
        dir: PathBuf,
        from: Mailbox,
        /// Names each file by when it was written.
        clock: crate::clock::Clock,
    },
    Memory {
        sent: Arc<Mutex<Vec<SentEmail>>>,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("SMTP_URL is not a valid SMTP address: {0}")]
    BadUrl(String),
    #[error("MAIL_FROM is not a valid sender: {0}")]
    BadSender(String),
    #[error("the email could not be built: {0}")]
    Build(String),
    #[error("the email could not be sent: {0}")]
    Send(String),
}

impl Mailer {
    pub fn new(
        settings: &MailSettings,
        from: &str,
        clock: crate::clock::Clock,
        signed_by: &str,
    ) -> Result<Mailer, MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::BadSender(e.to_string()))?;
        let transport = match settings {
            MailSettings::Smtp { url } => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|error| MailError::BadUrl(error.to_string()))?
                    .build();
                Transport::Smtp { transport, from }
            }
            MailSettings::Outbox { dir } => Transport::Outbox {
                dir: dir.clone(),
                from,
                clock,
            },
            MailSettings::Memory => Transport::Memory {
                sent: Arc::default(),
            },
        };
        Ok(Mailer {
            transport,
            signed_by: signed_by.to_owned(),
        })
    }

    pub async fn send(&self, email: OutgoingEmail) -> Result<(), MailError> {
        let email = email.signed(&self.signed_by);
        let masked = email.to.masked();
        let subject = email.subject.clone();
        match &self.transport {
            Transport::Smtp { transport, from } => {
                let message = build(from, &email)?;
                transport
                    .send(message)
                    .await
                    .map_err(|error| MailError::Send(error.to_string()))?;
            }
            Transport::Outbox { dir, from, clock } => {
                let message = build(from, &email)?;
                std::fs::create_dir_all(dir).map_err(|error| MailError::Send(error.to_string()))?;
                let name = format!(
                    "{}-{}.eml",
                    clock.now().format("%Y%m%dT%H%M%S"),
                    uuid::Uuid::new_v4().simple()
                );
                std::fs::write(dir.join(&name), message.formatted())
                    .map_err(|error| MailError::Send(error.to_string()))?;
                tracing::info!(file = %dir.join(name).display(), "email written to the outbox");
            }
            Transport::Memory { sent } => {
                sent.lock().expect("mail memory").push(SentEmail {
                    to: email.to.to_string(),
                    subject: email.subject,
                    text: email.text,
                    html: email.html,
                    attachments: email.attachments,
                });
            }
        }
        tracing::info!(to = %masked, subject = %subject, "email sent");
        Ok(())
    }

    /// Everything sent so far (memory backend only; empty otherwise).
    pub fn sent(&self) -> Vec<SentEmail> {
        match &self.transport {
            Transport::Memory { sent } => sent.lock().expect("mail memory").clone(),
            _ => Vec::new(),
        }
    }
}

fn build(from: &Mailbox, email: &OutgoingEmail) -> Result<Message, MailError> {
    let to: Mailbox = email
        .to
        .as_str()
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::Build(e.to_string()))?;
    let words = MultiPart::alternative_plain_html(email.text.clone(), email.html.clone());
    let body = if email.attachments.is_empty() {
        words
    } else {
        let mut mixed = MultiPart::mixed().multipart(words);
        for attachment in &email.attachments {
            let content_type = ContentType::parse(attachment.content_type)
                .map_err(|error| MailError::Build(error.to_string()))?;
            mixed = mixed.singlepart(
                lettre::message::Attachment::new(attachment.filename.clone())
                    .body(attachment.bytes.clone(), content_type),
            );
        }
        mixed
    };
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&email.subject)
        .multipart(body)
        .map_err(|error| MailError::Build(error.to_string()))
}
