//! Sharing a wave: links with channel tags and their QR codes, the printable A4 poster, and live
//! progress, counted through the wave's disclosure plan like every report.

use maud::{Markup, PreEscaped, html};

use super::components::{FieldError, TextInput, csrf_field, error_summary, text_input};
use super::staff_shell;
use chrono::NaiveDate;

use crate::assets::logo_href;
use crate::domain::distribution_channel::Channel;
use crate::domain::staff::StaffUser;
use crate::domain::suppression::{Count, Threshold};
use crate::domain::survey::Survey;
use crate::web::page_context;

/// A link to share, with what it is for.
pub struct SharedLink<'a> {
    pub label: &'a str,
    /// `None` for the plain link.
    pub tag: Option<&'a str>,
    pub url: String,
}

pub struct DistributionView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    pub links: &'a [SharedLink<'a>],
    pub label: &'a str,
    pub tag: &'a str,
    pub problem: Option<(&'static str, &'static str)>,
    pub notice: Option<&'a str>,
}

fn query(tag: Option<&str>) -> String {
    tag.map(|tag| format!("?c={tag}")).unwrap_or_default()
}

pub fn distribution(view: &DistributionView<'_>) -> Markup {
    let base = format!("/staff/surveys/{}", view.survey.slug);
    let problem = |field: &str| view.problem.filter(|(f, _)| *f == field).map(|(_, m)| m);
    let errors: Vec<FieldError<'_>> = view
        .problem
        .iter()
        .map(|(field, message)| FieldError {
            field_id: field,
            message,
        })
        .collect();
    let content = html! {
        (error_summary(&errors))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        a class="back-link" href=(base) { "Back to " (view.survey.title) }
        h1 { "Share " (view.survey.title) }
        p {
            "Give each school, youth club or event its own link, so you can see how many answers come "
            "from each. A link never tells you who answered."
        }
        ul class="wave-list" {
            @for link in view.links {
                li {
                    strong { (link.label) } br;
                    span class="link-text" { (link.url) } br;
                    a href={ (base) "/qr.svg" (query(link.tag)) } download { "QR code (SVG)" span class="visually-hidden" { " for " (link.label) } }
                    " \u{2013} "
                    a href={ (base) "/qr.png" (query(link.tag)) } download { "QR code (PNG)" span class="visually-hidden" { " for " (link.label) } }
                    " \u{2013} "
                    a href={ (base) "/poster" (query(link.tag)) } { "A4 poster" span class="visually-hidden" { " for " (link.label) } }
                }
            }
        }
        h2 { "Add a link for a school, club or event" }
        form method="post" action={ (base) "/distribution" } novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.label, error: problem("label"),
                ..TextInput::new("label", "Name, such as Cherwell School") }))
            (text_input(&TextInput { value: view.tag, error: problem("tag"),
                hint: Some("Optional: the tag at the end of the link. Made from the name if you leave it empty."),
                ..TextInput::new("tag", "Tag") }))
            button class="button" type="submit" { "Add the link" }
        }
    };
    staff_shell::render(
        &format!("Share {}", view.survey.title),
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

pub struct PosterView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    pub url: &'a str,
    pub qr_svg: &'a str,
    pub easy_read_line: &'a str,
    pub channel: Option<&'a Channel>,
}

/// One A4 page to print and pin up: the wave, one Easy Read line, the QR code and the link.
pub fn poster(view: &PosterView<'_>) -> Markup {
    let organisation = page_context::current().organisation;
    let content = html! {
        div class="no-print" {
            a class="back-link" href={ "/staff/surveys/" (view.survey.slug) "/distribution" } { "Back to sharing" }
            p { "Print this page on A4. The buttons and links around it are not printed." }
        }
        section class="poster" aria-label="Poster" {
            p class="poster__organisation" {
                @if let Some(logo) = &organisation.logo {
                    img class="poster__logo" src=(logo_href(logo)) alt="";
                }
                (organisation.name)
            }
            h1 class="poster__title" { (view.survey.title) }
            p class="poster__line" { (view.easy_read_line) }
            div class="poster__code" { (PreEscaped(view.qr_svg)) }
            p class="poster__cta" { "Scan the code with your phone camera, or go to:" }
            p class="poster__url" { (view.url) }
            p class="poster__small" {
                "It takes about 10 minutes. We never ask for your name."
                @if let Some(channel) = view.channel { " (" (channel.label) ")" }
            }
            p class="poster__help" { "Need to talk to someone now? Call Childline free on 0800 1111." }
        }
    };
    staff_shell::render(
        &format!("Poster: {}", view.survey.title),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}

pub struct ProgressRow {
    pub label: String,
    pub started: Count,
    pub sent: Count,
}

pub struct ProgressView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    pub started: Count,
    pub sent: Count,
    pub by_channel: Vec<ProgressRow>,
    pub by_day: Vec<(NaiveDate, Count)>,
    pub threshold: Threshold,
}

pub fn progress(view: &ProgressView<'_>) -> Markup {
    let label = |count: Count| -> String {
        match count {
            Count::Shown(value) => value.to_string(),
            Count::FewerThan => format!("fewer than {}", view.threshold.value()),
            Count::HeldBack => "held back".to_owned(),
        }
    };
    let rate = |started: Count, sent: Count| -> String {
        // Imported responses have no start, so a rate over 100% would mean nothing.
        match (started, sent) {
            (Count::Shown(started), Count::Shown(sent)) if sent <= started && started > 0 => {
                format!("{}%", (sent * 100 + started / 2) / started)
            }
            _ => "\u{2013}".to_owned(),
        }
    };
    let content = html! {
        a class="back-link" href={ "/staff/surveys/" (view.survey.slug) } { "Back to " (view.survey.title) }
        h1 { "Progress of " (view.survey.title) }
        dl class="summary-list" {
            div class="summary-list__row" { dt class="summary-list__key" { "Started" } dd class="summary-list__value" { (label(view.started)) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Sent their answers" } dd class="summary-list__value" { (label(view.sent)) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Completion rate" } dd class="summary-list__value" { (rate(view.started, view.sent)) } }
        }
        p class="hint" {
            "Counts from 0 to " (view.threshold.value() - 1) " show as \u{201C}fewer than " (view.threshold.value())
            "\u{201D}, and a count that would let someone work one of those out shows as \u{201C}held back\u{201D}, "
            "here as in every report. \u{201C}Started\u{201D} counts young people who "
            "began answering here; imported responses have no start, and those without a date are not in the days."
        }
        h2 { "By channel" }
        // A list, not a four-column table: it has to fit a phone with the largest text.
        ul class="wave-list" {
            @for row in &view.by_channel {
                li {
                    strong { (row.label) } br;
                    "Started: " (label(row.started)) br;
                    "Sent: " (label(row.sent)) br;
                    "Completion: " (rate(row.started, row.sent))
                }
            }
        }
        h2 { "By day" }
        @if view.by_day.is_empty() {
            p { "No answers yet." }
        } @else {
            div class="table-wrap" {
                table class="table" {
                    caption class="visually-hidden" { "Answers sent each day" }
                    thead { tr { th scope="col" { "Day" } th scope="col" { "Sent" } } }
                    tbody {
                        @for (day, count) in &view.by_day {
                            tr { th scope="row" { (day.format("%a %-d %b %Y")) } td { (label(*count)) } }
                        }
                    }
                }
            }
        }
    };
    staff_shell::render(
        &format!("Progress of {}", view.survey.title),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}
