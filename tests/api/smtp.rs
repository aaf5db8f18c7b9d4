//! The SMTP backend against a real SMTP server: aiosmtpd (PyPI), writing what it receives to a
//! Maildir. `.ci/run` installs it; without it this test fails rather than pretending.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use youthvoice::domain::staff::Role;
use youthvoice::email::MailSettings;

use crate::helpers::{link_path_in, spawn_app_with};

/// An aiosmtpd process, stopped when dropped.
pub(crate) struct SmtpServer {
    process: Child,
    pub(crate) port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    pub(crate) fn start() -> SmtpServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let maildir = tempfile::tempdir().unwrap();
        let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
        let process = Command::new(python)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs (install aiosmtpd with `pip install aiosmtpd`)");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start; is it installed?"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        SmtpServer {
            process,
            port,
            maildir,
        }
    }

    /// Every message received so far, as raw text.
    pub(crate) fn received(&self) -> Vec<String> {
        let new = self.maildir.path().join("mail").join("new");
        let Ok(entries) = std::fs::read_dir(&new) else {
            return Vec::new();
        };
        entries
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect()
    }

    pub(crate) fn wait_for_message(&self) -> String {
        let started = Instant::now();
        loop {
            if let Some(message) = self.received().pop() {
                return message;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no message arrived"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    #[allow(dead_code)]
    fn path(&self) -> PathBuf {
        Path::new(self.maildir.path()).to_path_buf()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Undoes quoted-printable soft line breaks and `=3D`, enough to read links in the message.
pub(crate) fn unfold_quoted_printable(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

#[tokio::test]
async fn an_invitation_reaches_a_real_smtp_server_and_its_link_works() {
    let smtp = SmtpServer::start();
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = spawn_app_with(|settings| settings.mail = MailSettings::Smtp { url }).await;
    let admin = app.create_staff("admin@example.org", Role::Admin, "a long enough passphrase");
    let browser = app.browser_signed_in_as(&admin);
    browser.get("/staff/users/invite").await;
    let sent = browser
        .post(
            "/staff/users/invite",
            &[
                ("display_name", "Rep"),
                ("email", "rep@example.org"),
                ("role", "moderator"),
            ],
        )
        .await;
    assert_eq!(sent.location.as_deref(), Some("/staff/users?done=invited"));

    let message = unfold_quoted_printable(&smtp.wait_for_message());
    assert!(message.contains("To: rep@example.org"), "{message}");
    assert!(message.contains("Subject: You have been invited to youthvoice"));
    assert!(
        message.contains("Content-Type: text/plain"),
        "a plain-text part"
    );
    assert!(message.contains("Content-Type: text/html"), "an HTML part");

    let link = link_path_in(&message);
    let rep = app.browser();
    rep.get(&link).await;
    let saved = rep
        .post(
            &link,
            &[
                ("password", "the rep's passphrase"),
                ("confirmation", "the rep's passphrase"),
            ],
        )
        .await;
    assert_eq!(
        saved.location.as_deref(),
        Some("/staff/sign-in?done=password")
    );
    assert_eq!(
        rep.sign_in("rep@example.org", "the rep's passphrase")
            .await
            .location
            .as_deref(),
        Some("/staff")
    );
}
