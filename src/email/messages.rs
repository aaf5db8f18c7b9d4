//! The emails youthvoice sends, each a type that renders its own plain-text and HTML parts.

use chrono::NaiveDateTime;
use maud::{DOCTYPE, Markup, html};

use crate::domain::staff::{EmailAddress, Role};

/// A rendered email, ready for any backend.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub to: EmailAddress,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// An invitation to a new staff account.
pub struct Invitation<'a> {
    pub to: &'a EmailAddress,
    pub invited_by: &'a str,
    pub role: Role,
    pub link: &'a str,
    pub expires_at: NaiveDateTime,
}

impl Invitation<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let expires = self.expires_at.format("%-d %B %Y at %H:%M UTC").to_string();
        let subject = "You have been invited to youthvoice".to_owned();
        let text = format!(
            "Hello,\n\n{} has invited you to youthvoice as: {}.\n\nSet your password here:\n{}\n\n\
             The link works once, until {expires}. If you did not expect this email, you can ignore it.\n",
            self.invited_by,
            self.role.description(),
            self.link
        );
        let html = page(
            &subject,
            html! {
                p { "Hello," }
                p { (self.invited_by) " has invited you to youthvoice as: " strong { (self.role.description()) } "." }
                p { a href=(self.link) { "Set your password" } }
                p { "The link works once, until " (expires) ". If you did not expect this email, you can ignore it." }
            },
        );
        OutgoingEmail {
            to: self.to.clone(),
            subject,
            text,
            html,
        }
    }
}

/// A link to choose a new password.
pub struct PasswordReset<'a> {
    pub to: &'a EmailAddress,
    pub link: &'a str,
}

impl PasswordReset<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let subject = "Reset your youthvoice password".to_owned();
        let text = format!(
            "Hello,\n\nSomeone asked to reset the password for this address on youthvoice.\n\n\
             Choose a new password here:\n{}\n\nThe link works once, for one hour. \
             If it was not you, ignore this email: your password has not changed.\n",
            self.link
        );
        let html = page(
            &subject,
            html! {
                p { "Hello," }
                p { "Someone asked to reset the password for this address on youthvoice." }
                p { a href=(self.link) { "Choose a new password" } }
                p { "The link works once, for one hour. If it was not you, ignore this email: your password has not changed." }
            },
        );
        OutgoingEmail {
            to: self.to.clone(),
            subject,
            text,
            html,
        }
    }
}

fn page(title: &str, content: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head { meta charset="utf-8"; title { (title) } }
            body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;" {
                (content)
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_names_the_role_and_link_in_both_parts_and_escapes_names() {
        let to = EmailAddress::parse("rep@example.org").unwrap();
        let email = Invitation {
            to: &to,
            invited_by: "Sam <script>",
            role: Role::Moderator,
            link: "https://example.org/staff/invitation/abc",
            expires_at: chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        }
        .render();
        assert!(
            email
                .text
                .contains("https://example.org/staff/invitation/abc")
        );
        assert!(email.text.contains("Moderator (VOXY rep)"));
        assert!(
            email
                .html
                .contains("href=\"https://example.org/staff/invitation/abc\"")
        );
        assert!(email.html.contains("Sam &lt;script&gt;"));
        assert!(email.text.contains("1 December 2026"));
    }
}
