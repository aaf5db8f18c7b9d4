//! Friendly pages for everything that goes wrong; each says what happened and what to do, in
//! Easy Read for a young person who chose it.

use actix_web::http::StatusCode;
use maud::{Markup, html};

use super::components::easy_read_lines;
use super::easy_read_words::{self as lines, Line};
use super::layout::{self, Page};
use super::words::Words;
use crate::catalogue::Arg;
use crate::catalogue::staff_words::StaffWords;
use crate::web::page_context;

/// A page's message ids: its title, its advice in standard words, and its Easy Read lines.
struct Explained {
    title: &'static str,
    advice: &'static [&'static str],
    easy_read: &'static [Line],
}

const NOT_FOUND: Explained = Explained {
    title: "not-found-title",
    advice: &["not-found"],
    easy_read: lines::NOT_FOUND,
};
const EXPIRED: Explained = Explained {
    title: "expired-title",
    advice: &["expired"],
    easy_read: lines::EXPIRED,
};
const NOT_ALLOWED: Explained = Explained {
    title: "not-allowed-title",
    advice: &["not-allowed"],
    easy_read: lines::WRONG,
};
const TOO_MUCH: Explained = Explained {
    title: "too-much-title",
    advice: &["too-much"],
    easy_read: lines::TOO_MUCH,
};
const WRONG: Explained = Explained {
    title: "wrong-title",
    advice: &["wrong"],
    easy_read: lines::WRONG,
};
const BROKEN: Explained = Explained {
    title: "broken-title",
    advice: &["broken"],
    easy_read: lines::BROKEN,
};

pub fn for_status(status: StatusCode) -> Markup {
    let explained = match status.as_u16() {
        404 => &NOT_FOUND,
        403 => &EXPIRED,
        405 => &NOT_ALLOWED,
        413 => &TOO_MUCH,
        400..=499 => &WRONG,
        _ => &BROKEN,
    };
    page(explained, &[], ("/", "go-to-start"))
}

/// A request no honest form sends; the reason helps whoever is testing, in standard words only.
pub fn bad_request(reason: &str) -> Markup {
    let explained = Explained {
        title: "wrong-title",
        advice: &["wrong-reason", "wrong-buttons"],
        easy_read: lines::WRONG,
    };
    page(
        &explained,
        &[("reason", reason.into())],
        ("/", "go-to-start"),
    )
}

pub fn forbidden() -> Markup {
    staff_page("staff-forbidden-title", "staff-forbidden-advice")
}

pub fn not_your_wave() -> Markup {
    staff_page("staff-not-your-wave-title", "staff-not-your-wave-advice")
}

pub fn survey_closed(title: &str) -> Markup {
    let words = young_persons_words();
    if words.is_easy_read() {
        let explained = Explained {
            title: "closed-title",
            advice: &[],
            easy_read: lines::CLOSED,
        };
        return page(&explained, &[], ("/", "closed-open-now"));
    }
    let heading = words.t("closed-title");
    let content = html! {
        h1 { (heading) }
        p class="lead" { (words.with("closed-thanks", &[("survey", title.into())])) }
        p { (words.t("closed-next")) " " a href="/" { (words.t("closed-open-now")) } "." }
    };
    layout::render(&Page::new(&heading), content)
}

/// Error pages follow the young person's chosen register (staff pages are always Standard).
fn young_persons_words() -> Words {
    Words::new(page_context::current().reading)
}

fn page(explained: &Explained, args: &[(&str, Arg)], (href, link): (&str, &str)) -> Markup {
    let words = young_persons_words();
    let title = words.t(explained.title);
    let content = html! {
        h1 { (title) }
        @if words.is_easy_read() {
            (easy_read_lines(&words.lines(explained.easy_read)))
        } @else {
            @for id in explained.advice {
                p { (words.with(id, args)) }
            }
        }
        p { a href=(href) { (words.t(link)) } }
    };
    let page = Page {
        format: words.register(),
        ..Page::new(&title)
    };
    layout::render(&page, content)
}

/// A staff error page: the staff catalogue's title and advice.
fn staff_page(title_id: &str, advice_id: &str) -> Markup {
    let title = StaffWords.t(title_id);
    let content = html! {
        h1 { (title) }
        p { (StaffWords.t(advice_id)) }
        p { a href="/" { (StaffWords.t("staff-go-to-start")) } }
    };
    layout::render(&Page::new(&title), content)
}
