//! An email's body written once, as blocks, and rendered as both the plain-text part and the HTML
//! part, so the two can never say different things.

use std::borrow::Cow;

use maud::{DOCTYPE, Markup, html};

/// Words within a paragraph.
pub enum Inline<'a> {
    Text(Cow<'a, str>),
    Strong(Cow<'a, str>),
    /// In the plain-text part the address follows the words on its own line, ready to open.
    Link {
        label: &'a str,
        href: &'a str,
    },
}

pub enum Block<'a> {
    Paragraph(Vec<Inline<'a>>),
    Points(Vec<&'a str>),
    /// Someone else's words, quoted exactly, line by line.
    Quote(&'a str),
}

pub fn text(words: impl Into<Cow<'static, str>>) -> Inline<'static> {
    Inline::Text(words.into())
}

pub struct Body<'a>(pub Vec<Block<'a>>);

impl Body<'_> {
    pub fn plain_text(&self) -> String {
        let blocks: Vec<String> = self.0.iter().map(Block::plain_text).collect();
        format!("{}\n", blocks.join("\n\n"))
    }

    pub fn html(&self, title: &str) -> String {
        html! {
            (DOCTYPE)
            html lang="en-GB" {
                head { meta charset="utf-8"; title { (title) } }
                body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;" {
                    @for block in &self.0 { (block.html()) }
                }
            }
        }
        .into_string()
    }
}

impl Block<'_> {
    fn plain_text(&self) -> String {
        match self {
            Block::Paragraph(words) => words.iter().map(Inline::plain_text).collect(),
            Block::Points(points) => points
                .iter()
                .map(|point| format!("- {point}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Quote(words) => words
                .lines()
                .map(|line| format!("> {line}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    fn html(&self) -> Markup {
        match self {
            Block::Paragraph(words) => html! { p { @for word in words { (word.html()) } } },
            Block::Points(points) => html! { ul { @for point in points { li { (point) } } } },
            Block::Quote(words) => html! {
                blockquote style="border-left:4px solid #b1b4b6;margin:0 0 16px;padding:0 0 0 12px;white-space:pre-line" {
                    (words)
                }
            },
        }
    }
}

impl Inline<'_> {
    fn plain_text(&self) -> String {
        match self {
            Inline::Text(words) | Inline::Strong(words) => words.to_string(),
            Inline::Link { label, href } => format!("{label}:\n{href}"),
        }
    }

    fn html(&self) -> Markup {
        match self {
            Inline::Text(words) => html! { (words) },
            Inline::Strong(words) => html! { strong { (words) } },
            Inline::Link { label, href } => html! { a href=(href) { (label) } },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_say_the_same_and_only_html_is_escaped() {
        let body = Body(vec![
            Block::Paragraph(vec![text("Hello <Sam>,")]),
            Block::Paragraph(vec![
                text("Read it: "),
                Inline::Link {
                    label: "the report",
                    href: "https://example.org/r?a=1&b=2",
                },
            ]),
            Block::Points(vec!["one", "two"]),
            Block::Quote("first line\nsecond <line>"),
        ]);
        assert_eq!(
            body.plain_text(),
            "Hello <Sam>,\n\nRead it: the report:\nhttps://example.org/r?a=1&b=2\n\n- one\n- two\n\n\
             > first line\n> second <line>\n"
        );
        let html = body.html("Subject");
        assert!(html.contains("<p>Hello &lt;Sam&gt;,</p>"));
        assert!(html.contains("<a href=\"https://example.org/r?a=1&amp;b=2\">the report</a>"));
        assert!(html.contains("<li>two</li>"));
        assert!(html.contains("second &lt;line&gt;"));
    }
}
