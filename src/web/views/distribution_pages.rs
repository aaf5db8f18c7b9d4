//! Sharing a wave: links with channel tags and their QR codes, the printable A4 poster, and live
//! progress, counted through the wave's disclosure plan like every report.

use maud::{Markup, PreEscaped, html};

use super::components::{FieldError, TextInput, csrf_field, error_summary, text_input};
use super::language_page::own_name;
use super::staff_shell;
use super::words::Words;
use chrono::NaiveDate;

use crate::assets::logo_href;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::distribution_channel::Channel;
use crate::domain::staff::StaffUser;
use crate::domain::suppression::{Count, Threshold};
use crate::domain::survey::Survey;
use crate::domain::wording::Language;
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
    /// The field with a problem, and the staff catalogue's message about it.
    pub problem: Option<(&'static str, &'static str)>,
    pub notice: Option<&'a str>,
}

fn query(tag: Option<&str>) -> String {
    tag.map(|tag| format!("?c={tag}")).unwrap_or_default()
}

pub fn distribution(view: &DistributionView<'_>) -> Markup {
    let base = format!("/staff/surveys/{}", view.survey.slug);
    let worded = view
        .problem
        .map(|(field, message)| (field, StaffWords.t(message)));
    let problem = |field: &str| {
        worded
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    };
    let errors: Vec<FieldError<'_>> = worded
        .iter()
        .map(|(field, message)| FieldError {
            field_id: field,
            message,
        })
        .collect();
    let content = html! {
        (error_summary(&errors))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href=(base) { (StaffWords.with("staff-waves-back-to-wave", &[("wave", view.survey.title.as_str().into())])) }
        h1 { (StaffWords.with("staff-sharing-title", &[("wave", view.survey.title.as_str().into())])) }
        p {
            (StaffWords.t("staff-sharing-give-each-school-youth-club"))
        }
        ul class="wave-list" {
            @for link in view.links {
                li {
                    strong { (link.label) } br;
                    span class="link-text" { (link.url) } br;
                    a href={ (base) "/qr.svg" (query(link.tag)) } download { (StaffWords.t("staff-sharing-qr-code-svg")) span class="visually-hidden" { " " (StaffWords.with("staff-sharing-for-link", &[("link", link.label.into())])) } }
                    " \u{2013} "
                    a href={ (base) "/qr.png" (query(link.tag)) } download { (StaffWords.t("staff-sharing-qr-code-png")) span class="visually-hidden" { " " (StaffWords.with("staff-sharing-for-link", &[("link", link.label.into())])) } }
                    " \u{2013} "
                    a href={ (base) "/poster" (query(link.tag)) } { (StaffWords.t("staff-sharing-a4-poster")) span class="visually-hidden" { " " (StaffWords.with("staff-sharing-for-link", &[("link", link.label.into())])) } }
                }
            }
        }
        h2 { (StaffWords.t("staff-sharing-add-a-link-for-a")) }
        form method="post" action={ (base) "/distribution" } novalidate {
            (csrf_field(view.csrf_token))
            (text_input(&TextInput { value: view.label, error: problem("label"),
                ..TextInput::new("label", &StaffWords.t("staff-sharing-name-such-as-cherwell-school")) }))
            (text_input(&TextInput { value: view.tag, error: problem("tag"),
                hint: Some(&StaffWords.t("staff-sharing-optional-the-tag-at-the")),
                ..TextInput::new("tag", &StaffWords.t("staff-sharing-tag")) }))
            button class="button" type="submit" { (StaffWords.t("staff-sharing-add-the-link")) }
        }
    };
    staff_shell::render(
        &StaffWords.with(
            "staff-sharing-title",
            &[("wave", view.survey.title.as_str().into())],
        ),
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
    /// The young people's words in the poster's language.
    pub words: &'a Words,
    /// Every language the wave is written in, to print the poster in another.
    pub languages: &'a [Language],
}

/// One A4 page to print and pin up, in young people's words in one of the wave's languages: the
/// wave, one Easy Read line, the QR code and the link (which opens the wave in that language).
pub fn poster(view: &PosterView<'_>) -> Markup {
    let organisation = page_context::current().organisation;
    let words = view.words;
    let language = words.language();
    let channel_query = view
        .channel
        .map(|channel| format!("c={}&", channel.tag))
        .unwrap_or_default();
    let poster_href = format!("/staff/surveys/{}/poster?{channel_query}", view.survey.slug);
    let content = html! {
        div class="no-print" {
            a class="back-link" href={ "/staff/surveys/" (view.survey.slug) "/distribution" } { (StaffWords.t("staff-sharing-back-to-sharing")) }
            p { (StaffWords.t("staff-sharing-print-this-page-on-a4")) }
            @if view.languages.len() > 1 {
                p {
                    (StaffWords.t("staff-sharing-poster-in")) " "
                    @for (index, other) in view.languages.iter().enumerate() {
                        @if index > 0 { " \u{00B7} " }
                        @if other == language {
                            strong lang=(other) dir=(other.direction()) { (own_name(other)) }
                        } @else {
                            a href={ (poster_href) "language=" (other) } lang=(other) dir=(other.direction()) hreflang=(other) { (own_name(other)) }
                        }
                    }
                }
            }
        }
        section class="poster" aria-label=(StaffWords.t("staff-sharing-poster")) lang=(language) dir=(language.direction()) {
            p class="poster__organisation" {
                @if let Some(logo) = &organisation.logo {
                    img class="poster__logo" src=(logo_href(logo)) alt="";
                }
                (organisation.name)
            }
            h1 class="poster__title" { (view.survey.title_in(words.register())) }
            p class="poster__line" { (view.easy_read_line) }
            div class="poster__code" { (PreEscaped(view.qr_svg)) }
            p class="poster__cta" { (words.t("poster-scan")) }
            p class="poster__url" dir="ltr" { (view.url) }
            p class="poster__small" {
                (words.t("poster-time"))
                @if let Some(channel) = view.channel { " (" (channel.label) ")" }
            }
            p class="poster__help" { (words.t("poster-help")) }
        }
    };
    staff_shell::render(
        &StaffWords.with(
            "staff-sharing-poster-title",
            &[("wave", view.survey.title.as_str().into())],
        ),
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
            Count::FewerThan => StaffWords.with(
                "staff-sharing-fewer-than",
                &[("threshold", view.threshold.value().into())],
            ),
            Count::HeldBack => StaffWords.t("staff-sharing-held-back"),
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
        a class="back-link" href={ "/staff/surveys/" (view.survey.slug) } { (StaffWords.with("staff-waves-back-to-wave", &[("wave", view.survey.title.as_str().into())])) }
        h1 { (StaffWords.with("staff-sharing-progress-title", &[("wave", view.survey.title.as_str().into())])) }
        dl class="summary-list" {
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-sharing-started")) } dd class="summary-list__value" { (label(view.started)) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-sharing-sent-their-answers")) } dd class="summary-list__value" { (label(view.sent)) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-sharing-completion-rate")) } dd class="summary-list__value" { (rate(view.started, view.sent)) } }
        }
        p class="hint" {
            (StaffWords.with("staff-sharing-counts-explained", &[
                ("most", (view.threshold.value() - 1).into()),
                ("threshold", view.threshold.value().into()),
            ]))
        }
        h2 { (StaffWords.t("staff-sharing-by-channel")) }
        // A list, not a four-column table: it has to fit a phone with the largest text.
        ul class="wave-list" {
            @for row in &view.by_channel {
                li {
                    strong { (row.label) } br;
                    (StaffWords.with("staff-sharing-row-started", &[("count", label(row.started).into())])) br;
                    (StaffWords.with("staff-sharing-row-sent", &[("count", label(row.sent).into())])) br;
                    (StaffWords.with("staff-sharing-row-completion", &[("rate", rate(row.started, row.sent).into())]))
                }
            }
        }
        h2 { (StaffWords.t("staff-sharing-by-day")) }
        @if view.by_day.is_empty() {
            p { (StaffWords.t("staff-sharing-no-answers-yet")) }
        } @else {
            div class="table-wrap" {
                table class="table" {
                    caption class="visually-hidden" { (StaffWords.t("staff-sharing-answers-sent-each-day")) }
                    thead { tr { th scope="col" { (StaffWords.t("staff-sharing-day")) } th scope="col" { (StaffWords.t("staff-sharing-sent-2")) } } }
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
        &StaffWords.with(
            "staff-sharing-progress-title",
            &[("wave", view.survey.title.as_str().into())],
        ),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}
