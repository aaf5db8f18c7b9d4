//! A report document as one accessible HTML page: headings in order, a contents list, charts as
//! figures named by their captions with the same numbers in a table, and a print stylesheet for A4.
//! The page stands alone: with the stylesheet inline as a file, or linked when the server shows it.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::document::{Block, QuoteLine, ReportDocument, ReportLabels, Table};
use crate::assets;
use crate::domain::report_kind::ReportKind;

pub const STYLESHEET: &str = include_str!("../../assets/css/report.css");

pub enum Stylesheet<'a> {
    /// In a `<style>` element, for a file saved to disk or attached to an email.
    Inline,
    /// Linked, for pages the server shows under its content security policy.
    Linked(&'a str),
}

/// What surrounds the document on the page.
pub struct Framing<'a> {
    pub stylesheet: Stylesheet<'a>,
    /// Links above the cover, e.g. back to the findings page and the PDF download.
    pub links: Vec<(String, String)>,
    /// e.g. "Preview: not published" or "Version 2, published 23 November 2026".
    pub status: Option<String>,
}

pub fn render(document: &ReportDocument, framing: &Framing) -> String {
    let body_class = match document.kind {
        ReportKind::EasyRead => "report report-easy-read",
        _ => "report",
    };
    let mut figure_number = 0;
    html! {
        (DOCTYPE)
        html lang=(if document.language == "en" { "en-GB" } else { document.language.as_str() })
            dir=(if document.labels.right_to_left { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (document.full_title()) }
                @match framing.stylesheet {
                    Stylesheet::Inline => style { (PreEscaped(STYLESHEET)) },
                    Stylesheet::Linked(href) => link rel="stylesheet" href=(href);,
                }
            }
            body class=(body_class) {
                @if !framing.links.is_empty() {
                    nav class="report-bar" aria-label=(document.labels.links) {
                        @for (href, label) in &framing.links {
                            a href=(href) { (label) }
                        }
                    }
                }
                header class="report-cover" {
                    p class="report-kicker" { (document.subtitle) }
                    h1 { (document.title) }
                    @let published_by = document.published_by_line();
                    @if !published_by.is_empty() {
                        p class="report-publisher" { (published_by) }
                    }
                    p class="report-dates" { (document.prepared_on_line()) }
                    @if let Some(status) = &framing.status {
                        p class="report-status" { (status) }
                    }
                }
                nav class="report-contents" aria-labelledby="contents-heading" {
                    h2 id="contents-heading" { (document.labels.contents) }
                    ol {
                        @for (index, section) in document.sections.iter().enumerate() {
                            li { a href={ "#section-" (index + 1) } { (section.heading) } }
                        }
                    }
                }
                main id="main" {
                    @for (index, section) in document.sections.iter().enumerate() {
                        section aria-labelledby={ "section-" (index + 1) } {
                            h2 id={ "section-" (index + 1) } { (section.heading) }
                            @for block in &section.blocks {
                                (render_block(block, &document.labels, document.language == "en", &mut figure_number))
                            }
                        }
                    }
                }
                footer class="report-footer" {
                    p { (document.labels.footer) }
                }
            }
        }
    }
    .into_string()
}

fn render_block(
    block: &Block,
    labels: &ReportLabels,
    in_english: bool,
    figure_number: &mut usize,
) -> Markup {
    match block {
        Block::Paragraph { text } => html! { p { (text) } },
        Block::Subheading { text } => html! { h3 { (text) } },
        Block::KeyFacts { facts } => html! {
            ul class="key-facts" {
                @for fact in facts {
                    li { span class="key-figure" { (fact.figure) } " " span { (fact.label) } }
                }
            }
        },
        Block::Finding {
            title,
            figure,
            detail,
            sentences,
        } => html! {
            div class="finding" {
                h3 { (title) }
                p { span class="finding-figure" { (figure) } " " (detail) }
                @if !sentences.is_empty() {
                    ul { @for sentence in sentences { li { (sentence) } } }
                }
            }
        },
        Block::Figure {
            caption,
            svg,
            table,
        } => {
            *figure_number += 1;
            let caption_id = format!("figure-{figure_number}");
            html! {
                figure {
                    figcaption id=(caption_id) { "Figure " (figure_number) ": " (caption) }
                    // On a narrow phone the chart keeps a readable size and scrolls sideways.
                    div class="chart" role="group" aria-labelledby=(caption_id) tabindex="0" {
                        (PreEscaped(named_svg(svg, &caption_id)))
                    }
                    (render_table(table))
                }
            }
        }
        Block::Table { table } => render_table(table),
        Block::Quotes { quotes } => render_quotes(quotes),
        Block::Bullets { items } => html! { ul { @for item in items { li { (item) } } } },
        Block::EasyRead {
            symbol,
            text,
            language,
            ..
        } => {
            let direction = language.as_ref().map(|_| "ltr");
            html! {
                @match symbol.as_deref().and_then(assets::symbol_svg) {
                    Some(svg) => div class="easy-read-point" {
                        (PreEscaped(decorative_svg(svg)))
                        p lang=[language] dir=[direction] { (text) }
                    },
                    None => div class="easy-read-point easy-read-point--plain" {
                        p lang=[language] dir=[direction] { (text) }
                    },
                }
            }
        }
        Block::Note { text } => html! { p class="note" { strong { (labels.note) " " } (text) } },
        Block::Actions { actions } => {
            // The team writes its actions in English, whatever language the report is in.
            let team = |text: &str| {
                if in_english {
                    html! { (text) }
                } else {
                    html! { span lang="en" dir="ltr" { (text) } }
                }
            };
            html! {
                ul class="actions" {
                    @for action in actions {
                        li {
                            p { strong { (labels.you_said) " " } (team(&action.you_said)) }
                            p { strong { (action.doing_label.as_deref().unwrap_or(&labels.we_did)) " " } (team(&action.we_did)) }
                            @if !action.status.is_empty() { p class="action-status" { (action.status) } }
                        }
                    }
                }
            }
        }
    }
}

fn render_table(table: &Table) -> Markup {
    html! {
        div class="table-wrap" role="region" aria-label=(table.caption) tabindex="0" {
            table {
                caption { (table.caption) }
                thead { tr { @for heading in &table.header { th scope="col" { (heading) } } } }
                tbody {
                    @for row in &table.rows {
                        tr {
                            @for (index, cell) in row.iter().enumerate() {
                                @if index == 0 { th scope="row" { (cell) } } @else { td { (cell) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn render_quotes(quotes: &[QuoteLine]) -> Markup {
    html! {
        ul class="quotes" {
            @for quote in quotes {
                li {
                    blockquote { p { "\u{201C}" (quote.text) "\u{201D}" } }
                    @if let Some(attribution) = &quote.attribution {
                        p class="quote-by" { (attribution) }
                    }
                }
            }
        }
    }
}

/// A chart's SVG as an image named by its caption. The SVG is ours (drawn by `charts`, every text
/// escaped), so it is placed as it is.
fn named_svg(svg: &str, caption_id: &str) -> String {
    svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-labelledby=\"{caption_id}\" focusable=\"false\" "),
        1,
    )
}

/// A symbol beside words that already say what it shows, so screen readers skip it.
fn decorative_svg(svg: &str) -> String {
    svg.replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1)
}
