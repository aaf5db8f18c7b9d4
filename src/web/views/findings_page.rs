//! The public findings page: the published summaries and Easy Read reports by year, with what the
//! team did about what young people said ("you said, we did").

use maud::{Markup, html};

use super::layout::{self, Page};
use crate::domain::published_report::PublishedReport;
use crate::domain::team_texts::Action;
use crate::reports::publishing::status_line;

/// One kind of report for one year: its latest version and the earlier ones.
pub struct ReportVersions<'a> {
    pub latest: &'a PublishedReport,
    pub earlier: Vec<&'a PublishedReport>,
}

pub struct YearFindings<'a> {
    pub year: i32,
    pub reports: Vec<ReportVersions<'a>>,
    pub actions: Vec<Action>,
}

pub fn findings_href(report: &PublishedReport) -> String {
    format!("/findings/{}", report.id)
}

pub fn render(years: &[YearFindings<'_>]) -> Markup {
    let content = html! {
        h1 { "What young people told us" }
        p class="lead" {
            "Every year young people in Oxfordshire tell us what they think. Here is what "
            "they said, and what is being done about it."
        }
        @if years.is_empty() {
            p { "No results have been published yet. Please come back later." }
        }
        @for year in years {
            h2 { (year.year) }
            ul class="wave-list" {
                @for versions in &year.reports {
                    li {
                        a href=(findings_href(versions.latest)) { (versions.latest.title) }
                        br;
                        (status_line(versions.latest)) " \u{00B7} "
                        a href={ (findings_href(versions.latest)) "/pdf" } {
                            "PDF" span class="visually-hidden" { " of " (versions.latest.title) }
                        }
                        @if !versions.earlier.is_empty() {
                            br;
                            "Earlier versions: "
                            @for (index, earlier) in versions.earlier.iter().enumerate() {
                                @if index > 0 { ", " }
                                a href=(findings_href(earlier)) {
                                    "version " (earlier.version)
                                    span class="visually-hidden" { " of " (earlier.title) }
                                }
                            }
                        }
                    }
                }
            }
            @if !year.actions.is_empty() {
                h3 { "You said, we did" }
                ul class="actions-list" {
                    @for action in &year.actions {
                        li {
                            p { strong { "You said: " } (action.you_said) }
                            p { strong { "We did: " } (action.we_did) }
                        }
                    }
                }
            }
        }
    };
    layout::render(&Page::new("What young people told us"), content)
}
