//! The page shell every page shares: head, skip link, header with the organisation running the
//! survey and "Need to talk to someone now?", main, and a footer naming the organisation again with
//! its contact and privacy notice.

use maud::{DOCTYPE, Markup, html};

use super::components::contact_link;
use super::words::Words;
use crate::assets::{logo_href, read_aloud_href, stylesheet_href};
use crate::domain::survey::ResponseFormat;
use crate::web::page_context;

/// What the shell needs to know about the page inside it.
pub struct Page<'a> {
    pub title: &'a str,
    /// Prefixes the title with "Error: " so screen readers hear it first.
    pub has_error: bool,
    /// Shown in the header: the survey's title on survey pages.
    pub service_name: &'a str,
    /// Where the service name links to.
    pub service_href: &'a str,
    pub format: ResponseFormat,
    /// The promise in the footer: staff pages give theirs; otherwise young people's anonymity.
    pub footer_note: Option<&'a str>,
}

impl<'a> Page<'a> {
    pub fn new(title: &'a str) -> Self {
        Page {
            title,
            has_error: false,
            service_name: "youthvoice",
            service_href: "/",
            format: ResponseFormat::Standard,
            footer_note: None,
        }
    }
}

pub fn render(page: &Page<'_>, content: Markup) -> Markup {
    let words = Words::new(page.format);
    let title = if page.has_error {
        let title = words.with("title-error", &[("title", page.title.into())]);
        format!("{title} \u{2013} {}", page.service_name)
    } else {
        format!("{} \u{2013} {}", page.title, page.service_name)
    };
    let body_class = match page.format {
        ResponseFormat::Standard => None,
        ResponseFormat::EasyRead => Some("easy-read"),
    };
    let context = page_context::current();
    let organisation = &context.organisation;
    let display_classes = context.display.classes().join(" ");
    let language = page_context::language();
    // British English is what the English catalogue is written in.
    let lang = if language.is_english() {
        "en-GB".to_owned()
    } else {
        language.to_string()
    };
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(language.direction()) class=[(!display_classes.is_empty()).then_some(&display_classes)] {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                link rel="stylesheet" href=(stylesheet_href());
                script src=(read_aloud_href()) defer {}
            }
            body class=[body_class] {
                a class="skip-link" href="#main-content" { (words.t("skip-link")) }
                header class="header" {
                    div class="header__inner" {
                        // Who is asking comes first: a young person needs it to trust the survey.
                        p class="header__organisation" {
                            @if let Some(logo) = &organisation.logo {
                                img class="header__logo" src=(logo_href(logo)) alt="" width="32" height="32";
                            }
                            (organisation.short_name)
                        }
                        a class="header__name" href=(page.service_href) { (page.service_name) }
                        a class="header__help" href=(help_href(page.format)) { (words.t("header-help")) }
                    }
                }
                main class="main" id="main-content" tabindex="-1" {
                    (content)
                }
                footer class="footer" {
                    div class="footer__inner" {
                        ul class="footer__links" {
                            li { a href="/help" { (words.t("footer-help")) } }
                            li { a href=(display_options_href()) { (words.t("footer-display-options")) } }
                            // Staff pages are English only; the choice is for young people's pages.
                            @if page.footer_note.is_none() { li {
                                a href=(language_href()) {
                                    (words.t("footer-language"))
                                    // Someone who cannot read this language still finds the way out.
                                    @if !language.is_english() { " \u{b7} " span lang="en" { "Language" } }
                                }
                            } }
                            li { a href="/accessibility" { (words.t("footer-accessibility")) } }
                            li { a href="/" { (words.t("footer-all-surveys")) } }
                        }
                        p { (page.footer_note.map_or_else(|| words.t("footer-anonymous"), str::to_owned)) }
                        p class="footer__organisation" {
                            (words.with("footer-run-by", &[("organisation", organisation.name.as_str().into())]))
                            @if let Some(contact) = &organisation.contact {
                                " " (words.t("footer-contact")) " " (contact_link(contact)) "."
                            }
                            @if let Some(notice) = &organisation.privacy_notice {
                                " " a href=(notice) { (words.t("footer-privacy-notice")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Need to talk to someone now?": the help page in this page's format, with a way back here.
fn help_href(format: ResponseFormat) -> String {
    let back = page_context::current()
        .return_path
        .filter(|path| path.starts_with("/s/"))
        .map(|path| format!("return={}", percent_encode_query(&path)));
    let format = (format == ResponseFormat::EasyRead).then(|| "format=easy_read".to_owned());
    let query: Vec<String> = format.into_iter().chain(back).collect();
    if query.is_empty() {
        "/help".to_owned()
    } else {
        format!("/help?{}", query.join("&"))
    }
}

/// The display options page, remembering the page to come back to.
pub fn display_options_href() -> String {
    match page_context::current().return_path {
        Some(path) => format!("/display?return={}", percent_encode_query(&path)),
        None => "/display".to_owned(),
    }
}

/// The language page, remembering the page to come back to.
pub fn language_href() -> String {
    match page_context::current().return_path {
        Some(path) => format!("/language?return={}", percent_encode_query(&path)),
        None => "/language".to_owned(),
    }
}

/// A return path inside a query string: `?`, `&` and `=` are encoded so they stay part of it.
pub fn percent_encode_query(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, percent_encoding::NON_ALPHANUMERIC).to_string()
}
