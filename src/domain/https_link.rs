//! A link to a page elsewhere that staff add and young people or readers may follow: https only,
//! with a host, no spaces and nothing that could break out of an attribute.

use super::ids::InvalidValue;

/// An `https://` address, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpsLink(String);

impl HttpsLink {
    pub const MAX_CHARS: usize = 500;

    /// `what` names the link in the error, e.g. "video link".
    pub fn parse(text: &str, what: &'static str) -> Result<Self, InvalidValue> {
        let text = text.trim();
        let invalid = || InvalidValue::new(what, text);
        let rest = text.strip_prefix("https://").ok_or_else(invalid)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let plain = |c: char| !c.is_whitespace() && !c.is_control() && !"\"'<>`{}|\\^".contains(c);
        if host.is_empty()
            || host.starts_with(['.', '-', ':', '@'])
            || text.chars().count() > Self::MAX_CHARS
            || !text.chars().all(plain)
        {
            return Err(invalid());
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
