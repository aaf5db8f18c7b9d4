//! The staff pages for reports: every wave and every published report, and one wave's page, where
//! analysts preview and download each report, write "what happens next", publish and email it.

use maud::{Markup, html};

use super::components::{FieldError, TextArea, button_form, csrf_field, error_summary, text_area};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
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
                        (StaffWords.t("staff-reports-read")) span class="visually-hidden" { " " (StaffWords.with("staff-reports-title-version", &[("title", report.title.as_str().into()), ("version", i64::from(report.version).into())])) }
                    }
                    " \u{00B7} "
                    a href={ (published_href(report)) "/pdf" } {
                        "PDF" span class="visually-hidden" { " " (StaffWords.with("staff-reports-of-title-version", &[("title", report.title.as_str().into()), ("version", i64::from(report.version).into())])) }
                    }
                    @if let Some(token) = csrf_token.filter(|_| can_email) {
                        br;
                        (button_form(&format!("{}/email", published_href(report)), token,
                            &StaffWords.with("staff-reports-email-version", &[("version", i64::from(report.version).into())]), true))
                    }
                }
            }
        }
    }
}

pub fn index(view: &ReportsView<'_>) -> Markup {
    let content = html! {
        h1 { (StaffWords.t("staff-home-reports")) }
        @if !view.waves.is_empty() {
            h2 { (StaffWords.t("staff-reports-prepare-a-report")) }
            p { (StaffWords.t("staff-reports-choose-a-wave-to-preview")) }
            ul class="wave-list" {
                @for survey in view.waves {
                    li { a href={ "/staff/reports/" (survey.slug) } { (survey.title) } }
                }
            }
        }
        h2 { (StaffWords.t("staff-reports-published-reports")) }
        @if view.published.is_empty() {
            p { (StaffWords.t("staff-reports-no-report-has-been-published")) }
        } @else {
            (published_list(view.published, None, false))
        }
        p { a href="/findings" { (StaffWords.t("staff-reports-the-public-findings-page")) } }
    };
    staff_shell::render(
        &StaffWords.t("staff-home-reports"),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
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

fn publish_label(kind: ReportKind) -> String {
    StaffWords.t(match kind {
        ReportKind::Summary => "staff-reports-publish-the-summary-report",
        ReportKind::Full => "staff-reports-publish-the-full-report",
        ReportKind::EasyRead => "staff-reports-publish-the-easy-read-report",
        ReportKind::Briefing => "staff-reports-the-briefing-is-never-published",
        ReportKind::BoardUpdate => "staff-reports-the-board-update-is-emailed",
    })
}

pub fn wave(view: &WaveReportsView<'_>) -> Markup {
    let slug = view.survey.slug.as_str();
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(|problem| StaffWords.message(&problem.message()))
    };
    let content = html! {
        @if let Some(problem) = view.problem {
            (error_summary(&[FieldError { field_id: problem.field(), message: &StaffWords.message(&problem.message()) }]))
        }
        @if let Some(refusal) = view.refusal {
            div class="error-summary" role="alert" tabindex="-1" {
                h2 { (StaffWords.t("staff-reports-the-report-was-not-published")) }
                p { (refusal) }
                p { a href="#what_happens_next" { (StaffWords.t("staff-reports-write-what-happens-next")) } }
            }
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href="/staff/reports" { (StaffWords.t("staff-reports-all-reports")) }
        h1 { span class="caption" { (StaffWords.t("staff-home-reports")) } (view.survey.title) }
        p {
            (StaffWords.t("staff-reports-each-report-is-built-from"))
        }
        @if view.survey.status.results_are_provisional() {
            div class="notice" role="status" {
                p { (StaffWords.t("staff-reports-the-survey-is-still-open")) }
            }
        }
        h2 { (StaffWords.t(ReportKind::Briefing.name_id())) }
        p {
            (StaffWords.t("staff-reports-early-findings-as-slides-for"))
        }
        p {
            a href={ "/staff/reports/" (slug) "/briefing" } { (StaffWords.t("staff-waves-preview")) span class="visually-hidden" { " " (StaffWords.t("staff-reports-briefing-hidden")) } }
            " \u{00B7} "
            a href={ "/staff/reports/" (slug) "/briefing/pdf" } { (StaffWords.t("staff-reports-download-the-slides-as-pdf")) }
        }
        @for kind in ReportKind::PUBLISHABLE {
            h2 { (StaffWords.t(kind.name_id())) }
            p {
                a href={ "/staff/reports/" (slug) "/" (kind.as_str()) } { (StaffWords.t("staff-waves-preview")) span class="visually-hidden" { " " (StaffWords.with("staff-reports-the-kind", &[("kind", StaffWords.t(kind.name_id()).into())])) } }
                " \u{00B7} "
                a href={ "/staff/reports/" (slug) "/" (kind.as_str()) "/pdf" } { (StaffWords.t("staff-reports-download-as-pdf")) span class="visually-hidden" { " (" (StaffWords.t(kind.name_id())) ")" } }
            }
            @if kind == ReportKind::EasyRead {
                @for language in view.survey.languages().iter().filter(|language| !language.is_english()) {
                    @let name = english_name(language);
                    p {
                        (name) ": "
                        a href={ "/staff/reports/" (slug) "/easy-read?language=" (language) } { (StaffWords.t("staff-waves-preview")) span class="visually-hidden" { " " (StaffWords.with("staff-reports-easy-read-in", &[("language", name.as_str().into())])) } }
                        " \u{00B7} "
                        a href={ "/staff/reports/" (slug) "/easy-read/pdf?language=" (language) } { (StaffWords.t("staff-reports-download-as-pdf")) span class="visually-hidden" { " " (StaffWords.with("staff-reports-easy-read-language", &[("language", name.as_str().into())])) } }
                    }
                }
            }
            @if kind.is_public_when_published() {
                p class="hint" { (StaffWords.t("staff-reports-once-published-it-is-listed")) }
            } @else {
                p class="hint" { (StaffWords.t("staff-reports-once-published-it-can-be")) }
            }
            (button_form(&format!("/staff/reports/{slug}/{}/publish", kind.as_str()), view.csrf_token, &publish_label(kind), false))
            @if kind == ReportKind::EasyRead {
                @for language in view.survey.languages().iter().filter(|language| !language.is_english()) {
                    (button_form(&format!("/staff/reports/{slug}/easy-read/publish?language={language}"), view.csrf_token, &StaffWords.with("staff-reports-publish-in", &[("language", english_name(language).into())]), true))
                }
            }
        }
        h2 { (StaffWords.t("staff-reports-tables-for-spreadsheets")) }
        p { (StaffWords.t("staff-reports-the-numbers-behind-the-reports")) }
        ul {
            @for name in FILE_NAMES {
                li { a href={ "/staff/reports/" (slug) "/csv/" (name) } { (name) } }
            }
        }
        h2 id="texts" { (StaffWords.t("staff-reports-what-the-team-writes")) }
        form method="post" action={ "/staff/reports/" (slug) "/texts" } novalidate {
            (csrf_field(view.csrf_token))
            (text_area(&TextArea {
                id: "what_happens_next",
                label: &StaffWords.t("staff-reports-what-happens-next-summary-and"),
                hint: &StaffWords.t("staff-reports-for-the-board-what-will"),
                value: view.what_happens_next,
                error: error_for("what_happens_next"),
                lint: &[],
            }))
            (text_area(&TextArea {
                id: "easy_read_next",
                label: &StaffWords.t("staff-reports-what-will-happen-next-in"),
                hint: &StaffWords.t("staff-reports-short-sentences-of-15-words"),
                value: view.easy_read_next,
                error: error_for("easy_read_next"),
                lint: view.easy_read_findings,
            }))
            button class="button" type="submit" { (StaffWords.t("staff-reports-save-the-texts")) }
        }
        p {
            (StaffWords.t("staff-reports-you-said-from")) " "
            a href={ "/staff/programmes/" (view.programme_slug) "/actions" } { (StaffWords.t("staff-reports-actions-register")) }
            (StaffWords.t("staff-reports-you-said-from-after"))
        }
        h2 { (StaffWords.t("staff-reports-published-versions")) }
        @if view.published.is_empty() {
            p { (StaffWords.t("staff-reports-nothing-has-been-published-for")) }
        } @else {
            @if view.board_list_size == 0 {
                p class="hint" { (StaffWords.t("staff-reports-to-email-reports-to-the")) }
            } @else {
                p class="hint" {
                    (StaffWords.with("staff-reports-emailing-sends", &[("count", view.board_list_size.into())]))
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
