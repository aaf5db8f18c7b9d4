//! Reading `application/x-www-form-urlencoded` bodies strictly: repeated fields (checkboxes) are
//! kept, and bytes that are not UTF-8 are refused instead of being silently replaced.

use actix_web::HttpRequest;
use actix_web::http::header;
use actix_web::web::Bytes;
use percent_encoding::percent_decode;

use crate::error::AppError;

/// The most fields one of our forms can carry (a long multiple-choice list plus hidden fields).
const MAX_FIELDS: usize = 250;

#[derive(Debug, Default)]
pub struct FormFields(Vec<(String, String)>);

impl FormFields {
    pub fn parse(request: &HttpRequest, body: &Bytes) -> Result<FormFields, AppError> {
        let content_type = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        if !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(AppError::BadRequest(
                "the form was not sent as a web form".into(),
            ));
        }
        Self::decode(body)
    }

    pub fn decode(body: &[u8]) -> Result<FormFields, AppError> {
        let mut fields = Vec::new();
        for pair in body
            .split(|byte| *byte == b'&')
            .filter(|pair| !pair.is_empty())
        {
            if fields.len() == MAX_FIELDS {
                return Err(AppError::BadRequest("the form has too many fields".into()));
            }
            let (name, value) = match pair.iter().position(|byte| *byte == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &pair[pair.len()..]),
            };
            fields.push((decode_component(name)?, decode_component(value)?));
        }
        Ok(FormFields(fields))
    }

    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Refuses a form that lacks a field its page always sends: a hand-made or cut-short request
    /// must never read as "empty this field" and wipe what was there.
    pub fn require(&self, names: &[&str]) -> Result<(), AppError> {
        match names.iter().find(|name| self.get(name).is_none()) {
            Some(missing) => Err(AppError::BadRequest(format!(
                "the form arrived without its \u{201C}{missing}\u{201D} field, so nothing was changed. Go back, reload the page and try again"
            ))),
            None => Ok(()),
        }
    }

    /// Every value of a repeated field, in the order sent.
    pub fn get_all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

fn decode_component(raw: &[u8]) -> Result<String, AppError> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|byte| if *byte == b'+' { b' ' } else { *byte })
        .collect();
    let decoded: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(decoded)
        .map_err(|_| AppError::BadRequest("the form contained text that is not valid UTF-8".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fields_and_encoded_text_are_kept() {
        let form =
            FormFields::decode(b"answer=a&answer=b&text=caf%C3%A9+au+lait&empty=&flag").unwrap();
        assert_eq!(form.get_all("answer"), ["a", "b"]);
        assert_eq!(form.get("text"), Some("café au lait"));
        assert_eq!(form.get("empty"), Some(""));
        assert_eq!(form.get("flag"), Some(""));
        assert_eq!(form.get("missing"), None);
    }

    #[test]
    fn invalid_utf8_and_too_many_fields_are_refused() {
        assert!(FormFields::decode(b"text=%FF%FE").is_err());
        let many = vec!["a=1"; MAX_FIELDS + 1].join("&");
        assert!(FormFields::decode(many.as_bytes()).is_err());
    }
}
