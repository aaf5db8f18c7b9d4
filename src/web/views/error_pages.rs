//! Friendly pages for everything that goes wrong; each says what happened and what to do, in
//! Easy Read for a young person who chose it.

use actix_web::http::StatusCode;
use maud::{Markup, html};

use super::components::easy_read_lines;
use super::easy_read_words::{self as words, Line};
use super::layout::{self, Page};
use crate::domain::survey::ResponseFormat;
use crate::web::page_context;

pub fn for_status(status: StatusCode) -> Markup {
    if chose_easy_read() {
        return easy_read_for_status(status);
    }
    let (title, advice) = match status.as_u16() {
        404 => (
            "Page not found",
            "If you typed the web address, check it is correct. If you followed a link to a survey, the survey may have moved.",
        ),
        403 => (
            "This form has expired",
            "For your security, forms only work for a while and need cookies to be switched on. Go back, refresh the page and try again. Your saved answers are kept.",
        ),
        405 => (
            "This page cannot do that",
            "Go back and try again using the buttons on the page.",
        ),
        413 => (
            "That was too much to send",
            "Go back and send less: answers can be up to 2,000 characters, and files up to 32 MB.",
        ),
        400..=499 => (
            "Sorry, something was wrong with that request",
            "Go back and try again.",
        ),
        _ => (
            "Sorry, there is a problem with the service",
            "Try again later. Any answers you already saved are kept.",
        ),
    };
    page(title, advice)
}

pub fn bad_request(reason: &str) -> Markup {
    if chose_easy_read() {
        return easy_read_page(words::WRONG_TITLE, words::WRONG, ("/", words::GO_TO_START));
    }
    let content = html! {
        h1 { "Sorry, something was wrong with that request" }
        p { "We could not use what was sent: " (reason) "." }
        p { "Go back and try again using the buttons on the page." }
        p { a href="/" { "Go to the start" } }
    };
    layout::render(
        &Page::new("Sorry, something was wrong with that request"),
        content,
    )
}

pub fn forbidden() -> Markup {
    page(
        "You cannot use this page",
        "Your account does not give access to this page. If you need it, ask an admin to change your role.",
    )
}

pub fn not_your_wave() -> Markup {
    page(
        "You do not moderate this wave",
        "An admin chooses which waves each VOXY rep moderates. Nothing was changed. Ask an admin if you need this wave.",
    )
}

pub fn survey_closed(title: &str) -> Markup {
    if chose_easy_read() {
        return easy_read_page(
            words::CLOSED_TITLE,
            words::CLOSED,
            ("/", words::SURVEYS_OPEN_NOW),
        );
    }
    let content = html! {
        h1 { "This survey has closed" }
        p class="lead" { "Thank you for wanting to take part in " (title) "." }
        p { "The survey is not taking answers any more. Look out for the next one, or see " a href="/" { "the surveys open now" } "." }
    };
    layout::render(&Page::new("This survey has closed"), content)
}

fn page(title: &str, advice: &str) -> Markup {
    let content = html! {
        h1 { (title) }
        p { (advice) }
        p { a href="/" { "Go to the start" } }
    };
    layout::render(&Page::new(title), content)
}

fn chose_easy_read() -> bool {
    page_context::current().reading == ResponseFormat::EasyRead
}

fn easy_read_for_status(status: StatusCode) -> Markup {
    let (title, lines) = match status.as_u16() {
        404 => (words::NOT_FOUND_TITLE, words::NOT_FOUND),
        403 => (words::EXPIRED_TITLE, words::EXPIRED),
        413 => (words::TOO_MUCH_TITLE, words::TOO_MUCH),
        400..=499 => (words::WRONG_TITLE, words::WRONG),
        _ => (words::BROKEN_TITLE, words::BROKEN),
    };
    easy_read_page(title, lines, ("/", words::GO_TO_START))
}

fn easy_read_page(title: &str, lines: &[Line], (href, link_text): (&str, &str)) -> Markup {
    let content = html! {
        h1 { (title) }
        (easy_read_lines(lines))
        p { a href=(href) { (link_text) } }
    };
    let page = Page {
        format: ResponseFormat::EasyRead,
        ..Page::new(title)
    };
    layout::render(&page, content)
}
