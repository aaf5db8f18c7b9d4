//! The public findings page: the published summaries and Easy Read reports by year, with what is
//! being done about what young people said ("you said, we did"), live from the actions register.

use maud::{Markup, html};

use super::language_page::own_name;
use super::layout::{self, Page};
use super::words::Words;
use crate::domain::published_report::PublishedReport;
use crate::domain::wording::Language;
use crate::reports::document::ActionLine;
use crate::reports::publishing::status_line_in;
use crate::web::page_context;

/// One kind of report for one year: its latest version and the earlier ones.
pub struct ReportVersions<'a> {
    pub latest: &'a PublishedReport,
    pub earlier: Vec<&'a PublishedReport>,
}

pub struct YearFindings<'a> {
    pub year: i32,
    pub reports: Vec<ReportVersions<'a>>,
    pub actions: Vec<ActionLine>,
}

pub fn findings_href(report: &PublishedReport) -> String {
    format!("/findings/{}", report.id)
}

/// The page in the reader's language and format. A report in another language than the page's
/// is marked with its own (`lang`, `dir`) and named in it, e.g. "(Polski)".
pub fn render(years: &[YearFindings<'_>]) -> Markup {
    let words = Words::new(page_context::current().reading);
    let reader = page_context::language();
    let title = words.t("findings-title");
    let content = html! {
        h1 { (title) }
        p class="lead" { (words.t("findings-lead")) }
        @if years.is_empty() {
            p { (words.t("findings-none")) }
        }
        @for year in years {
            h2 { (year.year) }
            ul class="wave-list" {
                @for versions in &year.reports {
                    @let latest = versions.latest;
                    @let of_title = words.with("findings-of", &[("title", latest.title.as_str().into())]);
                    li {
                        (in_its_language(latest, &reader, &findings_href(latest)))
                        br;
                        (status_line_in(latest, &reader)) " \u{00B7} "
                        a href={ (findings_href(latest)) "/pdf" } {
                            (words.t("findings-pdf")) span class="visually-hidden" { " " (of_title) }
                        }
                        @if !versions.earlier.is_empty() {
                            br;
                            (words.t("findings-earlier")) " "
                            @for (index, earlier) in versions.earlier.iter().enumerate() {
                                @if index > 0 { ", " }
                                a href=(findings_href(earlier)) {
                                    (words.with("findings-version", &[("version", earlier.version.to_string().into())]))
                                    span class="visually-hidden" { " " (of_title) }
                                }
                            }
                        }
                    }
                }
            }
            @if !year.actions.is_empty() {
                h3 { (words.t("findings-you-said-we-did")) }
                ul class="actions-list" {
                    @for action in &year.actions {
                        li {
                            p { strong { (words.t("report-you-said")) " " } (team_words(&action.you_said, &reader)) }
                            p { strong { (action.doing_label.clone().unwrap_or_else(|| words.t("report-we-did"))) " " } (team_words(&action.we_did, &reader)) }
                            p class="action-status" { (action.status) }
                        }
                    }
                }
            }
        }
    };
    layout::render(
        &Page {
            format: words.register(),
            ..Page::new(&title)
        },
        content,
    )
}

/// A report's title as a link, marked with the report's language when it is not the page's, and
/// followed by that language's own name so a reader knows what they would open.
fn in_its_language(report: &PublishedReport, reader: &Language, href: &str) -> Markup {
    if &report.language == reader {
        return html! { a href=(href) { (report.title) } };
    }
    let direction = report.language.direction();
    html! {
        a href=(href) lang=(report.language) dir=(direction) { (report.title) }
        " "
        span lang=(report.language) dir=(direction) { "(" (own_name(&report.language)) ")" }
    }
}

/// The team writes "you said, we did" in English: on a page in another language it is marked as
/// English, so it is read aloud and laid out (left to right) as English.
fn team_words(text: &str, reader: &Language) -> Markup {
    if reader.is_english() {
        html! { (text) }
    } else {
        html! { span lang="en" dir="ltr" { (text) } }
    }
}
