//! Who runs the survey: the organisation young people, staff and the Board see named on every
//! page, the poster, the reports and the emails, because a young person needs to know who is
//! asking before they trust a survey with their answers.

use super::symbol_upload::{SymbolFormat, checked_picture};

pub const DEFAULT_NAME: &str = "Oxfordshire Children's Trust";
pub const DEFAULT_SHORT_NAME: &str = "Children's Trust";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// In full, as it signs documents: "Oxfordshire Children's Trust".
    pub name: String,
    /// For the header of a small screen: "Children's Trust".
    pub short_name: String,
    /// How to reach the team, in its own words: "engagement@oxfordshire.gov.uk".
    pub contact: Option<String>,
    /// The privacy notice young people and parents can read (an https address).
    pub privacy_notice: Option<String>,
    pub logo: Option<Logo>,
}

/// The organisation's logo, checked as an uploaded symbol is: a small PNG, or an SVG rewritten
/// so only what draws survives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub format: SymbolFormat,
    pub contents: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationProblem {
    #[error("{field} is longer than {most} characters")]
    TooLong { field: &'static str, most: usize },
    #[error("PRIVACY_NOTICE_URL must be an https:// address, got {0:?}")]
    PrivacyNotice(String),
    #[error("ORGANISATION_LOGO is not a plain PNG or SVG picture of 200 KB or less (problem {0})")]
    Logo(&'static str),
}

const LONGEST_NAME: usize = 120;
const LONGEST_SHORT_NAME: usize = 40;
const LONGEST_CONTACT: usize = 200;

impl Default for Organisation {
    fn default() -> Self {
        Organisation {
            name: DEFAULT_NAME.to_owned(),
            short_name: DEFAULT_SHORT_NAME.to_owned(),
            contact: None,
            privacy_notice: None,
            logo: None,
        }
    }
}

impl Organisation {
    /// The settings as given (`None` for one not set), checked.
    pub fn from_settings(
        name: Option<&str>,
        short_name: Option<&str>,
        contact: Option<&str>,
        privacy_notice: Option<&str>,
        logo: Option<&[u8]>,
    ) -> Result<Organisation, OrganisationProblem> {
        let name = name.map_or(DEFAULT_NAME, str::trim).to_owned();
        // A short name defaults to the full one when only the full one is set.
        let short_name = match (short_name, name.as_str()) {
            (Some(short), _) => short.trim().to_owned(),
            (None, DEFAULT_NAME) => DEFAULT_SHORT_NAME.to_owned(),
            (None, full) => full.to_owned(),
        };
        for (field, value, most) in [
            ("ORGANISATION_NAME", name.as_str(), LONGEST_NAME),
            (
                "ORGANISATION_SHORT_NAME",
                short_name.as_str(),
                LONGEST_SHORT_NAME,
            ),
            (
                "ORGANISATION_CONTACT",
                contact.unwrap_or(""),
                LONGEST_CONTACT,
            ),
        ] {
            if value.chars().count() > most {
                return Err(OrganisationProblem::TooLong { field, most });
            }
        }
        let privacy_notice = privacy_notice
            .map(|address| {
                let address = address.trim();
                let well_formed = address.starts_with("https://")
                    && address.len() > "https://".len()
                    && address.len() <= 500
                    && !address
                        .chars()
                        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
                if well_formed {
                    Ok(address.to_owned())
                } else {
                    Err(OrganisationProblem::PrivacyNotice(address.to_owned()))
                }
            })
            .transpose()?;
        let logo = logo
            .map(|bytes| {
                checked_picture(bytes)
                    .map(|(format, contents)| Logo { format, contents })
                    .map_err(OrganisationProblem::Logo)
            })
            .transpose()?;
        Ok(Organisation {
            name,
            short_name,
            contact: contact.map(|text| text.trim().to_owned()),
            privacy_notice,
            logo,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_settings_name_the_childrens_trust_and_a_full_name_alone_serves_as_short_too() {
        let default = Organisation::from_settings(None, None, None, None, None).unwrap();
        assert_eq!(default, Organisation::default());
        let council =
            Organisation::from_settings(Some("Anyshire County Council"), None, None, None, None)
                .unwrap();
        assert_eq!(council.short_name, "Anyshire County Council");
    }

    #[test]
    fn a_privacy_notice_must_be_https_and_a_logo_a_plain_picture() {
        for refused in [
            "http://council.example/privacy",
            "javascript:alert(1)",
            "https://a b",
            "https://",
        ] {
            assert!(
                matches!(
                    Organisation::from_settings(None, None, None, Some(refused), None),
                    Err(OrganisationProblem::PrivacyNotice(_))
                ),
                "{refused}"
            );
        }
        let fine = Organisation::from_settings(
            None,
            None,
            None,
            Some("https://council.example/privacy"),
            None,
        )
        .unwrap();
        assert_eq!(
            fine.privacy_notice.as_deref(),
            Some("https://council.example/privacy")
        );
        let scripted = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assert!(matches!(
            Organisation::from_settings(None, None, None, None, Some(scripted)),
            Err(OrganisationProblem::Logo(_))
        ));
        let plain = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";
        let logo = Organisation::from_settings(None, None, None, None, Some(plain))
            .unwrap()
            .logo
            .unwrap();
        assert_eq!(logo.format, SymbolFormat::Svg);
    }

    #[test]
    fn names_too_long_for_a_header_are_refused() {
        let long = "x".repeat(41);
        assert_eq!(
            Organisation::from_settings(None, Some(&long), None, None, None),
            Err(OrganisationProblem::TooLong {
                field: "ORGANISATION_SHORT_NAME",
                most: 40
            })
        );
    }
}
