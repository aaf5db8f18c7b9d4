//! Small building blocks shared by pages, following GOV.UK Design System patterns.

use maud::{Markup, html};

use super::words::Words;
use crate::web::page_context;

use crate::assets::symbol_href;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::SymbolName;
use crate::domain::support::{ContactWords, SupportContact};
use crate::web::csrf;

/// One error in the summary at the top of a page, linking to the field it is about.
pub struct FieldError<'a> {
    pub field_id: &'a str,
    pub message: &'a str,
}

/// The words of small shared pieces (Back, the error summary's title) follow the young person's
/// chosen register; staff pages are always Standard.
fn shared_words() -> Words {
    Words::new(page_context::current().reading)
}

pub fn back_link(href: &str) -> Markup {
    html! { a class="back-link" href=(href) { (shared_words().t("back")) } }
}

/// The error summary that comes first on a page with errors; it links to each field.
pub fn error_summary(errors: &[FieldError<'_>]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 id="error-summary-title" { (shared_words().t("error-summary-title")) }
                ul {
                    @for error in errors {
                        li { a href={ "#" (error.field_id) } { (error.message) } }
                    }
                }
            }
        }
    }
}

/// The error summary for a form's problems, each linking to its field.
pub fn problems_summary(problems: &[FieldProblem]) -> Markup {
    let worded: Vec<String> = problems
        .iter()
        .map(|problem| StaffWords.message(&problem.message))
        .collect();
    let errors: Vec<FieldError<'_>> = problems
        .iter()
        .zip(&worded)
        .map(|(problem, message)| FieldError {
            field_id: &problem.field,
            message,
        })
        .collect();
    error_summary(&errors)
}

/// The message shown directly above a field with a problem.
pub fn error_message(id: &str, message: &str) -> Markup {
    html! {
        p class="error-message" id=(id) {
            span class="visually-hidden" { (shared_words().t("error-prefix")) " " }
            (message)
        }
    }
}

/// A symbol beside words that say the same thing, so its alt text is empty: a screen reader
/// hears the words once. The symbol's own description lives in the symbol manifest.
pub fn symbol(name: &SymbolName, class: &str) -> Markup {
    html! {
        img class=(class) src=(symbol_href(name)) alt="" width="64" height="64";
    }
}

/// Easy Read sentences, each beside its symbol.
pub fn easy_read_lines<T: AsRef<str>>(lines: &[(&str, T)]) -> Markup {
    html! {
        @for (name, text) in lines {
            (easy_read_line(name, html! { (text.as_ref()) }))
        }
    }
}

/// One Easy Read paragraph (which may hold a link) beside its symbol.
pub fn easy_read_line(symbol_name: &str, words: Markup) -> Markup {
    html! {
        div class="easy-read-line" {
            @if let Ok(name) = SymbolName::parse(symbol_name) { (symbol(&name, "symbol")) }
            p { (words) }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    Radio,
    Checkbox,
}

/// One radio or checkbox with its label. The big round or square mark is drawn on its own element,
/// not on the label, so nothing sits behind the words and their contrast can always be checked.
pub struct Choice<'a> {
    pub kind: ChoiceKind,
    pub id: &'a str,
    pub name: &'a str,
    pub value: &'a str,
    pub checked: bool,
    /// Adds room for a symbol between the mark and the words.
    pub with_symbol: bool,
}

pub fn choice(choice: &Choice<'_>, label: Markup) -> Markup {
    let (kind, input_type) = match choice.kind {
        ChoiceKind::Radio => ("radios", "radio"),
        ChoiceKind::Checkbox => ("checkboxes", "checkbox"),
    };
    let label_class = if choice.with_symbol {
        format!("{kind}__label choice--symbol")
    } else {
        format!("{kind}__label")
    };
    html! {
        div class={ (kind) "__item" } {
            input class={ (kind) "__input" } id=(choice.id) type=(input_type) name=(choice.name)
                value=(choice.value) checked[choice.checked];
            label class=(label_class) for=(choice.id) {
                span class={ (kind) "__mark" } {}
                (label)
            }
        }
    }
}

pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name=(csrf::FIELD_NAME) value=(token); }
}

/// A form with only a button, for actions that change something (POST, with its CSRF token).
pub fn button_form(action: &str, csrf_token: &str, label: &str, secondary: bool) -> Markup {
    let class = if secondary {
        "button button--secondary"
    } else {
        "button"
    };
    html! {
        form class="inline-form" method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            button class=(class) type="submit" { (label) }
        }
    }
}

/// Every place to get help, in full.
pub fn support_contacts(contacts: &[SupportContact]) -> Markup {
    let words = shared_words();
    let said = |contact_words: &ContactWords| match contact_words {
        ContactWords::Typed(text) => text.clone(),
        ContactWords::Message(id) => words.t(id),
    };
    html! {
        ul class="contacts" {
            @for contact in contacts {
                @let description = said(&contact.description);
                li {
                    span class="contacts__name" { (said(&contact.name)) }
                    span class="contacts__how" { (contact_link(&contact.how)) }
                    @if !description.is_empty() {
                        span { (description) }
                    }
                }
            }
        }
    }
}

/// A way to get in touch as a link a phone can follow: a number to call, an email address to
/// write to, or a web address; anything else stays text.
pub fn contact_link(how: &str) -> Markup {
    html! {
        @if let Some(number) = dialable(how) {
            a href={ "tel:" (number) } { (how) }
        } @else if let Some(address) = email_address(how) {
            a href={ "mailto:" (address) } { (how) }
        } @else if let Some(address) = web_address(how) {
            a href=(address) { (how) }
        } @else {
            (how)
        }
    }
}

/// A plain email address: one @, a dotted host, nothing that could break out of the link.
fn email_address(how: &str) -> Option<&str> {
    let how = how.trim();
    let (local, host) = how.split_once('@')?;
    let plain = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-_+".contains(c))
    };
    (plain(local) && plain(host) && host.contains('.') && !host.starts_with('.')).then_some(how)
}

/// A phone number written with digits and spaces becomes a `tel:` link, so a phone can call it.
fn dialable(how: &str) -> Option<String> {
    let digits: String = how.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() >= 3 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// A web address written plainly ("kooth.com", "www.childline.org.uk/get-support") becomes a
/// link; anything with spaces, an e-mail address or a scheme other than https is left as text.
fn web_address(how: &str) -> Option<String> {
    let how = how.trim();
    let bare = how.strip_prefix("https://").unwrap_or(how);
    let (host, path) = bare.split_once('/').unwrap_or((bare, ""));
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let path_ok = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c));
    (host_ok && path_ok && host.chars().any(|c| c.is_ascii_alphabetic()))
        .then(|| format!("https://{bare}"))
}

/// A labelled text input with optional hint and error, GOV.UK style.
pub struct TextInput<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub input_type: &'a str,
    pub autocomplete: &'a str,
    pub hint: Option<&'a str>,
    pub error: Option<&'a str>,
}

impl<'a> TextInput<'a> {
    pub fn new(id: &'a str, label: &'a str) -> Self {
        TextInput {
            id,
            label,
            value: "",
            input_type: "text",
            autocomplete: "off",
            hint: None,
            error: None,
        }
    }
}

pub fn text_input(input: &TextInput<'_>) -> Markup {
    let hint_id = format!("{}-hint", input.id);
    let error_id = format!("{}-error", input.id);
    let described_by: Vec<&str> = [
        input.hint.map(|_| hint_id.as_str()),
        input.error.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    html! {
        div class=(if input.error.is_some() { "form-group form-group--error" } else { "form-group" }) {
            label class="label" for=(input.id) { (input.label) }
            @if let Some(hint) = input.hint {
                p class="hint" id=(hint_id) { (hint) }
            }
            @if let Some(error) = input.error {
                (error_message(&error_id, error))
            }
            input class=(if input.error.is_some() { "input input--error" } else { "input" })
                id=(input.id) name=(input.id) type=(input.input_type) value=(input.value)
                autocomplete=(input.autocomplete) spellcheck="false" aria-describedby=[described_by];
        }
    }
}

/// A labelled text box with its hint, its problem and, for Easy Read text, what the Easy Read
/// check found in the saved words.
pub struct TextArea<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    pub error: Option<String>,
    pub lint: &'a [String],
}

pub fn text_area(area: &TextArea<'_>) -> Markup {
    let described = [
        Some(format!("{}-hint", area.id)),
        area.error.as_ref().map(|_| format!("{}-error", area.id)),
        (!area.lint.is_empty()).then(|| format!("{}-lint", area.id)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        div class=(if area.error.is_some() { "form-group form-group--error" } else { "form-group" }) {
            label class="label" for=(area.id) { (area.label) }
            p class="hint" id={ (area.id) "-hint" } { (area.hint) }
            @if let Some(message) = &area.error { (error_message(&format!("{}-error", area.id), message)) }
            textarea class="textarea" id=(area.id) name=(area.id) rows="7" aria-describedby=(described) { (area.value) }
            @if !area.lint.is_empty() {
                div id={ (area.id) "-lint" } class="lint" {
                    p class="lint__title" { (StaffWords.t("staff-lint-title")) }
                    ul { @for finding in area.lint { li { (finding) } } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{dialable, email_address, web_address};

    #[test]
    fn only_plain_email_addresses_become_mail_links() {
        assert_eq!(
            email_address("engagement@oxfordshire.gov.uk"),
            Some("engagement@oxfordshire.gov.uk")
        );
        for not_an_address in [
            "a@b",
            "@council.gov.uk",
            "two words@x.org",
            "a@b.org\"><script>",
            "kooth.com",
        ] {
            assert_eq!(email_address(not_an_address), None, "{not_an_address}");
        }
    }

    #[test]
    fn phone_numbers_become_dialable_and_addresses_do_not() {
        assert_eq!(dialable("0800 1111").as_deref(), Some("08001111"));
        assert_eq!(dialable("999").as_deref(), Some("999"));
        assert_eq!(dialable("kooth.com"), None);
    }

    #[test]
    fn web_addresses_become_links_and_nothing_else_does() {
        assert_eq!(
            web_address("kooth.com").as_deref(),
            Some("https://kooth.com")
        );
        assert_eq!(
            web_address("https://www.childline.org.uk/get-support").as_deref(),
            Some("https://www.childline.org.uk/get-support")
        );
        for not_an_address in [
            "0800 1111",
            "999",
            "Text SHOUT to 85258",
            "help@example.org",
            "javascript:alert(1)",
            "http://example.org",
            "example.org/<script>",
            ".com",
            "1.2",
        ] {
            assert_eq!(web_address(not_an_address), None, "{not_an_address}");
        }
    }
}
