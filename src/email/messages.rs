//! The emails youthvoice sends, each a type that writes its body once (see `body`), from which
//! the plain-text and HTML parts are both rendered.

use chrono::NaiveDateTime;

use super::body::{Block, Body, Inline, text};
use crate::catalogue::staff_words::StaffWords;
use crate::domain::staff::{EmailAddress, Role};

/// A rendered email, ready for any backend.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub to: EmailAddress,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<Attachment>,
}

impl OutgoingEmail {
    /// The email closed with who sent it, in both parts.
    pub fn signed(mut self, organisation: &str) -> OutgoingEmail {
        let line = format!("From youthvoice, for {organisation}.");
        self.text = format!("{}\n\n-- \n{line}\n", self.text.trim_end());
        let signature = maud::html! {
            p style="color:#505a5f;border-top:1px solid #b1b4b6;padding-top:8px" { (line) }
        }
        .into_string();
        self.html = match self.html.rfind("</body>") {
            Some(end) => format!("{}{signature}{}", &self.html[..end], &self.html[end..]),
            None => format!("{}{signature}", self.html),
        };
        self
    }
}

/// A file sent with an email, e.g. a report's PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// An invitation to a new staff account.
pub struct Invitation<'a> {
    pub to: &'a EmailAddress,
    pub invited_by: &'a str,
    pub role: Role,
    pub link: &'a str,
    pub expires_at: NaiveDateTime,
}

/// What a VOXY rep does, for the young person being invited: plain words, one idea each.
const MODERATOR_ROLE: [&str; 6] = [
    "You read what young people wrote in the survey, one answer at a time. You never see who wrote it.",
    "You hide anything that could show who someone is, like a name, a school or an email address.",
    "You decide if an answer can be shared as a quote. A second person checks it before anything is shared.",
    "If an answer makes you worried about the person who wrote it, press \u{2018}Flag a safeguarding concern\u{2019}. A trained adult, the safeguarding lead, takes it from there. You do not have to do anything else.",
    "Some answers may be upsetting. You can stop at any time, and talk to the VOXY coordinator or another adult you trust.",
    "Keep what you read private: do not share, copy or take photos of answers.",
];

impl Invitation<'_> {
    fn role_explained(&self) -> &'static [&'static str] {
        match self.role {
            Role::Moderator => &MODERATOR_ROLE,
            _ => &[],
        }
    }

    pub fn render(&self) -> OutgoingEmail {
        let expires = self.expires_at.format("%-d %B %Y at %H:%M UTC").to_string();
        let explained = self.role_explained();
        let mut blocks = vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                Inline::Text(
                    format!("{} has invited you to youthvoice as: ", self.invited_by).into(),
                ),
                Inline::Strong(StaffWords.t(self.role.description_id()).into()),
                text("."),
            ]),
        ];
        if !explained.is_empty() {
            blocks.push(Block::Paragraph(vec![Inline::Strong(
                "What you will do:".into(),
            )]));
            blocks.push(Block::Points(explained.to_vec()));
        }
        blocks.push(Block::Paragraph(vec![Inline::Link {
            label: "Set your password",
            href: self.link,
        }]));
        blocks.push(Block::Paragraph(vec![text(format!(
            "The link works once, until {expires}. If you did not expect this email, you can ignore it."
        ))]));
        email(
            self.to,
            "You have been invited to youthvoice".to_owned(),
            &Body(blocks),
        )
    }
}

/// A link to choose a new password.
pub struct PasswordReset<'a> {
    pub to: &'a EmailAddress,
    pub link: &'a str,
}

impl PasswordReset<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![text(
                "Someone asked to reset the password for this address on youthvoice.",
            )]),
            Block::Paragraph(vec![Inline::Link {
                label: "Choose a new password",
                href: self.link,
            }]),
            Block::Paragraph(vec![text(
                "The link works once, for one hour. If it was not you, ignore this email: your \
                 password has not changed.",
            )]),
        ]);
        email(self.to, "Reset your youthvoice password".to_owned(), &body)
    }
}

/// Tells moderators that free-text answers are waiting to be turned into quotes. It carries a
/// count and a link, never the words young people wrote: email is not a safe place for them.
pub struct QuotesWaiting<'a> {
    pub to: &'a EmailAddress,
    pub survey_title: &'a str,
    pub waiting: usize,
    pub queue_link: &'a str,
}

impl QuotesWaiting<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let answers = if self.waiting == 1 {
            "1 answer is".to_owned()
        } else {
            format!("{} answers are", self.waiting)
        };
        let subject = format!("{answers} waiting to be checked: {}", self.survey_title);
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                text(format!("{answers} waiting for a VOXY rep to check in ")),
                Inline::Strong(self.survey_title.into()),
                text("."),
            ]),
            Block::Paragraph(vec![Inline::Link {
                label: "Open the moderation queue",
                href: self.queue_link,
            }]),
            Block::Paragraph(vec![text("Thank you for helping young people be heard.")]),
        ]);
        email(self.to, subject, &body)
    }
}

/// Tells the safeguarding lead that an answer has been flagged as worrying: the words alone and
/// the wave, so they can act at once. Nothing else about the response exists to send.
pub struct SafeguardingFlag<'a> {
    pub to: &'a EmailAddress,
    pub survey_title: &'a str,
    /// The answer as the young person wrote it.
    pub answer: &'a str,
    pub flag_link: &'a str,
}

impl SafeguardingFlag<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let subject = format!(
            "Safeguarding: an answer needs your review ({})",
            self.survey_title
        );
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                text("A VOXY rep has flagged this answer in "),
                Inline::Strong(self.survey_title.into()),
                text(
                    " as worrying. Please review it today and follow your safeguarding procedure.",
                ),
            ]),
            Block::Quote(self.answer),
            Block::Paragraph(vec![text(
                "The survey is anonymous: this is everything there is to know about who wrote it.",
            )]),
            Block::Paragraph(vec![
                text("When you have dealt with it, "),
                Inline::Link {
                    label: "mark it as handled",
                    href: self.flag_link,
                },
            ]),
        ]);
        email(self.to, subject, &body)
    }
}

/// One overdue action in a reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueLine {
    /// What the team said it would do, in the Board's words.
    pub action: String,
    pub wave: String,
    pub due_on: chrono::NaiveDate,
    pub link: String,
}

/// Tells a group's contact that actions it owns are past their due day. It carries the team's
/// own words about each action, never anything a young person wrote.
pub struct ActionsOverdue<'a> {
    pub to: &'a EmailAddress,
    pub group: &'a str,
    pub lines: &'a [OverdueLine],
}

impl ActionsOverdue<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let count = if self.lines.len() == 1 {
            "1 action is".to_owned()
        } else {
            format!("{} actions are", self.lines.len())
        };
        let subject = format!("{count} overdue: {}", self.group);
        let mut blocks = vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                text(format!("{count} past the day they were due, owned by ")),
                Inline::Strong(self.group.into()),
                text(
                    ". Please update where each stands, or agree a new due day, before the next Board.",
                ),
            ]),
        ];
        for line in self.lines {
            blocks.push(Block::Paragraph(vec![
                Inline::Strong(line.action.as_str().into()),
                text(format!(
                    " (answering {}; due {})",
                    line.wave,
                    line.due_on.format("%-d %B %Y")
                )),
            ]));
            blocks.push(Block::Paragraph(vec![Inline::Link {
                label: "Open the action",
                href: &line.link,
            }]));
        }
        email(self.to, subject, &Body(blocks))
    }
}

/// Sends the Board a programme's Board update for its standing item, as a PDF for the papers.
pub struct BoardUpdateReady<'a> {
    pub to: &'a EmailAddress,
    pub title: &'a str,
    pub link: &'a str,
    pub pdf: Attachment,
}

impl BoardUpdateReady<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                text("Here is "),
                Inline::Strong(self.title.into()),
                text(
                    " for the Board\u{2019}s standing item on young people\u{2019}s voice: the \
                     measures against their targets, the working group\u{2019}s actions, and what \
                     changed since the last update. It is attached as a one-page PDF for your papers.",
                ),
            ]),
            Block::Paragraph(vec![Inline::Link {
                label: "Read it online (staff sign-in)",
                href: self.link,
            }]),
        ]);
        OutgoingEmail {
            attachments: vec![self.pdf.clone()],
            ..email(self.to, self.title.to_owned(), &body)
        }
    }
}

/// Tells Board members and staff that a report is ready to read, with its PDF attached.
pub struct ReportPublished<'a> {
    pub to: &'a EmailAddress,
    pub report_title: &'a str,
    pub report_link: &'a str,
    pub pdf: Option<Attachment>,
}

impl ReportPublished<'_> {
    pub fn render(&self) -> OutgoingEmail {
        let attached = if self.pdf.is_some() {
            "The report is attached as a PDF for your papers. "
        } else {
            ""
        };
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello,")]),
            Block::Paragraph(vec![
                Inline::Strong(self.report_title.into()),
                text(" has been published on youthvoice."),
            ]),
            Block::Paragraph(vec![
                text(attached),
                Inline::Link {
                    label: "Read the report online",
                    href: self.report_link,
                },
            ]),
        ]);
        OutgoingEmail {
            attachments: self.pdf.iter().cloned().collect(),
            ..email(self.to, format!("New report: {}", self.report_title), &body)
        }
    }
}

fn email(to: &EmailAddress, subject: String, body: &Body<'_>) -> OutgoingEmail {
    OutgoingEmail {
        to: to.clone(),
        html: body.html(&subject),
        text: body.plain_text(),
        subject,
        attachments: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_email_names_the_organisation_in_both_parts_and_escapes_it() {
        let to = EmailAddress::parse("rep@example.org").unwrap();
        let email = email(
            &to,
            "Hello".to_owned(),
            &Body(vec![Block::Paragraph(vec![text("Hi.")])]),
        )
        .signed("Anyshire <Council>");
        assert!(
            email
                .text
                .ends_with("-- \nFrom youthvoice, for Anyshire <Council>.\n")
        );
        assert!(
            email
                .html
                .contains("From youthvoice, for Anyshire &lt;Council&gt;.</p></body>")
        );
    }

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

    #[test]
    fn notifications_carry_counts_and_links_but_never_what_young_people_wrote() {
        let to = EmailAddress::parse("lead@example.org").unwrap();
        let waiting = QuotesWaiting {
            to: &to,
            survey_title: "Be Supported 2023",
            waiting: 12,
            queue_link: "https://example.org/staff/moderation",
        }
        .render();
        assert_eq!(
            waiting.subject,
            "12 answers are waiting to be checked: Be Supported 2023"
        );
        assert!(
            waiting
                .text
                .contains("https://example.org/staff/moderation")
        );
        assert!(
            waiting
                .html
                .contains("href=\"https://example.org/staff/moderation\"")
        );
        let one = QuotesWaiting {
            waiting: 1,
            ..QuotesWaiting {
                to: &to,
                survey_title: "S",
                waiting: 0,
                queue_link: "l",
            }
        }
        .render();
        assert!(one.subject.starts_with("1 answer is waiting"));

        let flag = SafeguardingFlag {
            to: &to,
            survey_title: "Be Supported <2023>",
            answer: "I am not safe at home.\nPlease <help>",
            flag_link: "https://example.org/staff/safeguarding",
        }
        .render();
        assert!(flag.subject.starts_with("Safeguarding:"));
        assert!(
            flag.text
                .contains("> I am not safe at home.\n> Please <help>\n")
        );
        assert!(
            flag.html.contains("Please &lt;help&gt;"),
            "answers are escaped"
        );
        assert!(
            flag.html.contains("Be Supported &lt;2023&gt;"),
            "titles are escaped"
        );

        let report = ReportPublished {
            to: &to,
            report_title: "Be Supported 2023: summary",
            report_link: "https://example.org/reports/1",
            pdf: Some(Attachment {
                filename: "report-2023-summary-v1.pdf".into(),
                content_type: "application/pdf",
                bytes: b"%PDF-1.7".to_vec(),
            }),
        }
        .render();
        assert_eq!(report.subject, "New report: Be Supported 2023: summary");
        assert!(report.html.contains("Read the report online"));
        assert!(report.text.contains("attached as a PDF"));
        assert_eq!(report.attachments.len(), 1);
    }
}
