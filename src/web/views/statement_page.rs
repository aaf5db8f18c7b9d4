//! The accessibility statement, written once in `accessibility/statement.md` and served as a page.

use maud::{Markup, PreEscaped, html};
use pulldown_cmark::{Options, Parser, html::push_html};

use super::layout::{self, Page};

const STATEMENT: &str = include_str!("../../../accessibility/statement.md");

pub fn render() -> Markup {
    // The statement is our own file, compiled in; no visitor's text reaches this HTML.
    let mut body = String::new();
    push_html(
        &mut body,
        Parser::new_ext(STATEMENT, Options::ENABLE_TABLES),
    );
    let content = html! {
        div class="prose" { (PreEscaped(body)) }
    };
    layout::render(&Page::new("Accessibility statement"), content)
}
