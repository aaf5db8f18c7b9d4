//! The staff pages for reports: every wave and every published report, and one wave's page, where
//! analysts preview and download each report, write "what happens next", publish and email it.

use maud::{Markup, html};

use super::components::{FieldError, TextArea, button_form, csrf_field, error_summary, text_area};
use super::staff_shell;
use crate::domain::language_names::english_name;
use crate::domain::published_report::PublishedReport;
use crate::domain::report_kind::ReportKind;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;
use crate::domain::team_texts::TextsProblem;
use crate::reports::csv_results::FILE_NAMES;
use crate::reports::publishing::status_line;

pub struct ReportsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    /// Waves the signed-in person may produce reports for (none for viewers).
    pub waves: &'a [Survey],
    pub published: &'a [PublishedReport],
}

/// "/staff/published/…", where signed-in staff and Board members read a published report.
pub fn published_href(report: &PublishedReport) -> String {
    format!("/staff/published/{}", report.id)
}

fn published_list(
    published: &[PublishedReport],
    csrf_token: Option<&str>,
    can_email: bool,
) -> Markup {
    html! {
        ul class="wave-list" {
            @for report in published {
                li {
                    strong lang=(report.language) { (report.title) }
                    @if !report.language.is_english() { " (" (english_name(&report.language)) ")" }
                    br;
                    (status_line(report))
                    br;
                    a href=(published_href(report)) {
                        "Read" span class="visually-hidden" { " " (report.title) ", version " (report.version) }
                    }
                    " \u{00B7} "
                    a href={ (published_href(report)) "/pdf" } {
                        "PDF" span class="visually-hidden" { " of " (report.title) ", version " (report.version) }
                    }
                    @if let Some(token) = csrf_token.filter(|_| can_email) {
                        br;
                        (button_form(&format!("{}/email", published_href(report)), token,
                            &format!("Email version {} to the Board", report.version), true))
                    }
                }
            }
        }
    }
}

pub fn index(view: &ReportsView<'_>) -> Markup {
    let content = html! {
        h1 { "Reports" }
        @if !view.waves.is_empty() {
            h2 { "Prepare a report" }
            p { "Choose a wave to preview its reports, write what happens next, and publish." }
            ul class="wave-list" {
                @for survey in view.waves {
                    li { a href={ "/staff/reports/" (survey.slug) } { (survey.title) } }
                }
            }
        }
        h2 { "Published reports" }
        @if view.published.is_empty() {
            p { "No report has been published yet." }
        } @else {
            (published_list(view.published, None, false))
        }
        p { a href="/findings" { "The public findings page" } }
    };
    staff_shell::render("Reports", false, Some((view.me, view.csrf_token)), content)
}

pub struct WaveReportsView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    /// What the form shows: saved texts, or what was just typed when it was refused.
    pub what_happens_next: &'a str,
    pub easy_read_next: &'a str,
    /// The wave's programme, whose actions register holds "you said, we did".
    pub programme_slug: &'a str,
    pub problem: Option<&'a TextsProblem>,
    /// Easy Read check of the saved Easy Read text.
    pub easy_read_findings: &'a [String],
    pub published: &'a [PublishedReport],
    pub board_list_size: usize,
    pub notice: Option<&'a str>,
    /// Why publishing was refused, shown at the top.
    pub refusal: Option<&'a str>,
}

fn publish_label(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Summary => "Publish the summary report",
        ReportKind::Full => "Publish the full report",
        ReportKind::EasyRead => "Publish the Easy Read report",
        ReportKind::Briefing => "The briefing is never published",
        ReportKind::BoardUpdate => "The Board update is emailed, never published",
    }
}

pub fn wave(view: &WaveReportsView<'_>) -> Markup {
    let slug = view.survey.slug.as_str();
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(ToString::to_string)
    };
    let content = html! {
        @if let Some(problem) = view.problem {
            (error_summary(&[FieldError { field_id: problem.field(), message: &problem.to_string() }]))
        }
        @if let Some(refusal) = view.refusal {
            div class="error-summary" role="alert" tabindex="-1" {
                h2 { "The report was not published" }
                p { (refusal) }
                p { a href="#what_happens_next" { "Write what happens next" } }
            }
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        a class="back-link" href="/staff/reports" { "All reports" }
        h1 { span class="caption" { "Reports" } (view.survey.title) }
        p {
            "Each report is built from the data as it is now. Publishing freezes a copy, so what the "
            "Board reads never changes; publish again to add a new version."
        }
        @if view.survey.status.results_are_provisional() {
            div class="notice" role="status" {
                p { "The survey is still open: every preview is provisional, and nothing can be published until it closes." }
            }
        }
        h2 { (ReportKind::Briefing.name()) }
        p {
            "Early findings as slides for the verbal briefing: who has answered, the measures at a "
            "glance, the trend and each measure, with every number that could single someone out "
            "withheld. It is never published."
        }
        p {
            a href={ "/staff/reports/" (slug) "/briefing" } { "Preview" span class="visually-hidden" { " the early findings briefing" } }
            " \u{00B7} "
            a href={ "/staff/reports/" (slug) "/briefing/pdf" } { "Download the slides as PDF" }
        }
        @for kind in ReportKind::PUBLISHABLE {
            h2 { (kind.name()) }
            p {
                a href={ "/staff/reports/" (slug) "/" (kind.as_str()) } { "Preview" span class="visually-hidden" { " the " (kind.name()) } }
                " \u{00B7} "
                a href={ "/staff/reports/" (slug) "/" (kind.as_str()) "/pdf" } { "Download as PDF" span class="visually-hidden" { " (" (kind.name()) ")" } }
            }
            @if kind == ReportKind::EasyRead {
                @for language in view.survey.languages().iter().filter(|language| !language.is_english()) {
                    @let name = english_name(language);
                    p {
                        (name) ": "
                        a href={ "/staff/reports/" (slug) "/easy-read?language=" (language) } { "Preview" span class="visually-hidden" { " the Easy Read report in " (name) } }
                        " \u{00B7} "
                        a href={ "/staff/reports/" (slug) "/easy-read/pdf?language=" (language) } { "Download as PDF" span class="visually-hidden" { " (Easy Read, " (name) ")" } }
                    }
                }
            }
            @if kind.is_public_when_published() {
                p class="hint" { "Once published it is listed on the public findings page." }
            } @else {
                p class="hint" { "Once published it can be read by signed-in staff and Board members." }
            }
            (button_form(&format!("/staff/reports/{slug}/{}/publish", kind.as_str()), view.csrf_token, publish_label(kind), false))
            @if kind == ReportKind::EasyRead {
                @for language in view.survey.languages().iter().filter(|language| !language.is_english()) {
                    (button_form(&format!("/staff/reports/{slug}/easy-read/publish?language={language}"), view.csrf_token, &format!("Publish it in {}", english_name(language)), true))
                }
            }
        }
        h2 { "Tables for spreadsheets" }
        p { "The numbers behind the reports as CSV files, held-back cells left empty." }
        ul {
            @for name in FILE_NAMES {
                li { a href={ "/staff/reports/" (slug) "/csv/" (name) } { (name) } }
            }
        }
        h2 id="texts" { "What the team writes" }
        form method="post" action={ "/staff/reports/" (slug) "/texts" } novalidate {
            (csrf_field(view.csrf_token))
            (text_area(&TextArea {
                id: "what_happens_next",
                label: "What happens next (summary and full reports)",
                hint: "For the Board: what will be done with these results, by whom and when. Leave a blank line between paragraphs.",
                value: view.what_happens_next,
                error: error_for("what_happens_next"),
                lint: &[],
            }))
            (text_area(&TextArea {
                id: "easy_read_next",
                label: "What will happen next, in Easy Read (You said report)",
                hint: "Short sentences of 15 words or fewer, everyday words, numbers as digits. Leave a blank line between points.",
                value: view.easy_read_next,
                error: error_for("easy_read_next"),
                lint: view.easy_read_findings,
            }))
            button class="button" type="submit" { "Save the texts" }
        }
        p {
            "\u{201c}You said, we did\u{201d} comes from the working group\u{2019}s "
            a href={ "/staff/programmes/" (view.programme_slug) "/actions" } { "actions register" }
            ": each action answering this wave is shown with where it stands."
        }
        h2 { "Published versions" }
        @if view.published.is_empty() {
            p { "Nothing has been published for this wave yet." }
        } @else {
            @if view.board_list_size == 0 {
                p class="hint" { "To email reports to the Board, set BOARD_EMAILS (see the README)." }
            } @else {
                p class="hint" {
                    "Emailing sends a link and the PDF to the Board\u{2019}s list ("
                    (view.board_list_size) @if view.board_list_size == 1 { " address" } @else { " addresses" } ")."
                }
            }
            (published_list(view.published, Some(view.csrf_token), view.board_list_size > 0))
        }
    };
    staff_shell::render(
        &format!("Reports: {}", view.survey.title),
        view.problem.is_some() || view.refusal.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
