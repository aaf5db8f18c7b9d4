//! The form of a POST, read strictly and with its CSRF token checked, as one extractor: a handler
//! that takes a `CheckedForm` cannot forget the check.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};

use super::csrf::{self, CsrfToken};
use super::forms::FormFields;

pub struct CheckedForm(FormFields);

impl CheckedForm {
    pub fn into_fields(self) -> FormFields {
        self.0
    }
}

impl FromRequest for CheckedForm {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let request = request.clone();
        let body = Bytes::from_request(&request, payload);
        Box::pin(async move {
            let body = body.await?;
            let fields = FormFields::parse(&request, &body)?;
            let token = CsrfToken::extract(&request).await?;
            token.verify(fields.get(csrf::FIELD_NAME))?;
            Ok(CheckedForm(fields))
        })
    }
}
