//! The team's pages for waves: every wave, starting a new one, and one wave's overview (status,
//! questions with their Easy Read warnings, previews).

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, TextInput, choice, csrf_field, error_message, problems_summary, text_input,
};
use super::staff_shell;
use crate::domain::easy_read::{Finding, LintReport, MAX_GRADE};
use crate::domain::field_problem::FieldProblem;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;
use crate::domain::survey::{QuestionKind, Survey, SurveyStatus};
use crate::domain::template::Template;

/// A wave with how many responses it has.
pub struct WaveRow<'a> {
    pub survey: &'a Survey,
    pub responses: i64,
}

/// A programme's waves, newest first.
pub struct ProgrammeWaves<'a> {
    pub programme: &'a Programme,
    pub waves: Vec<WaveRow<'a>>,
}

pub fn list(me: &StaffUser, programmes: &[ProgrammeWaves<'_>], csrf_token: &str) -> Markup {
    let content = html! {
        h1 { "Waves" }
        p { "Each year\u{2019}s survey is a wave of its programme. Copy last year\u{2019}s so the results compare: "
            "a wave is compared only with earlier waves of its own programme." }
        a class="button" href="/staff/surveys/new" { "Start a new wave" }
        @for group in programmes {
            h2 { (group.programme.name) }
            p {
                a href={ "/staff/programmes/" (group.programme.slug) "/targets" } { "Targets for its measures" span class="visually-hidden" { " (" (group.programme.name) ")" } }
                " \u{00B7} "
                a href={ "/staff/programmes/" (group.programme.slug) "/comparators" } { "Other local surveys" span class="visually-hidden" { " beside " (group.programme.name) } }
                " \u{00B7} "
                a href={ "/staff/programmes/" (group.programme.slug) "/actions" } { "Actions register and Board update" span class="visually-hidden" { " (" (group.programme.name) ")" } }
            }
            @if group.waves.is_empty() {
                p { "No waves yet." }
            } @else {
                ul class="wave-list" {
                    @for wave in &group.waves {
                        li {
                            a href={ "/staff/surveys/" (wave.survey.slug) } { strong { (wave.survey.title) } }
                            br;
                            span class="tag" { (status_label(wave.survey.status)) } " "
                            (wave.responses) @if wave.responses == 1 { " response" } @else { " responses" }
                        }
                    }
                }
            }
        }
    };
    staff_shell::render("Waves", false, Some((me, csrf_token)), content)
}

pub fn status_label(status: SurveyStatus) -> &'static str {
    match status {
        SurveyStatus::Draft => "Draft: not open yet",
        SurveyStatus::Open => "Open",
        SurveyStatus::Closed => "Closed",
        SurveyStatus::Archived => "Archived",
    }
}

/// What the new-wave form was sent with, to show it again beside its problems.
#[derive(Debug, Default)]
pub struct NewWaveForm {
    pub start_from: String,
    pub slug: String,
    pub title: String,
    pub year: String,
    pub opens_on: String,
    pub closes_on: String,
}

/// What a new wave can start from: a copy of any wave (keeping its programme), or a built-in
/// template, which starts or continues that template's programme.
pub struct StartingPoints<'a> {
    pub copies: Vec<(&'a Survey, &'a str)>,
    pub templates: &'a [Template],
}

pub fn new_wave(
    me: &StaffUser,
    starting_points: &StartingPoints<'_>,
    form: &NewWaveForm,
    problems: &[FieldProblem],
    csrf_token: &str,
) -> Markup {
    let problem = |field: &str| FieldProblem::message_for(problems, field);
    let start_problem = problem("start_from");
    let mut first = true;
    let mut choice_id = |value: &str| {
        if std::mem::take(&mut first) {
            "start_from".to_owned()
        } else {
            format!("start_from-{}", value.replace(':', "-"))
        }
    };
    let content = html! {
        (problems_summary(problems))
        a class="back-link" href="/staff/surveys" { "Back to waves" }
        h1 { "Start a new wave" }
        form method="post" action="/staff/surveys/new" novalidate {
            (csrf_field(csrf_token))
            div class=(if start_problem.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[start_problem.map(|_| "start_from-error")] {
                    legend class="label" { "Start from" }
                    @if let Some(message) = start_problem { (error_message("start_from-error", message)) }
                    @for (wave, programme) in &starting_points.copies {
                        @let value = format!("copy:{}", wave.slug);
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &choice_id(&value), name: "start_from", value: &value,
                            checked: form.start_from == value, with_symbol: false },
                            html! { "A copy of " (wave.title) " (" (programme) "): same questions and keys, so they compare" }))
                    }
                    @for template in starting_points.templates {
                        @let value = format!("template:{}", template.name());
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &choice_id(&value), name: "start_from", value: &value,
                            checked: form.start_from == value, with_symbol: false },
                            html! { "The " (template.programme.name) " template" (plan_items(template)) }))
                    }
                }
            }
            (text_input(&TextInput { value: &form.title, error: problem("title"),
                ..TextInput::new("title", "Title") }))
            (text_input(&TextInput { value: &form.slug, error: problem("slug"),
                hint: Some("The end of the survey\u{2019}s web address: lower-case letters, digits and hyphens, such as be-supported-2023."),
                ..TextInput::new("slug", "Web address") }))
            (year_and_dates(form, problems))
            button class="button" type="submit" { "Create the wave" }
        }
    };
    staff_shell::render(
        "Start a new wave",
        !problems.is_empty(),
        Some((me, csrf_token)),
        content,
    )
}

/// ": plan items 13 to 16", so the team sees which commitments a template measures.
fn plan_items(template: &Template) -> String {
    let items: Vec<u8> = template
        .programme
        .plan_items()
        .map(|item| item.number())
        .collect();
    match (items.first(), items.last()) {
        (Some(first), Some(last)) if first == last => format!(": plan item {first}"),
        (Some(first), Some(last)) => format!(": plan items {first} to {last}"),
        _ => String::new(),
    }
}

/// The year and the first and last days, as both wave forms ask for them.
fn year_and_dates(form: &NewWaveForm, problems: &[FieldProblem]) -> Markup {
    let problem = |field: &str| FieldProblem::message_for(problems, field);
    html! {
        (text_input(&TextInput { value: &form.year, error: problem("year"), ..TextInput::new("year", "Year") }))
        (text_input(&TextInput { value: &form.opens_on, error: problem("opens_on"),
            hint: Some("Optional. Written as year-month-day, such as 2023-03-13."),
            ..TextInput::new("opens_on", "First day young people can answer") }))
        (text_input(&TextInput { value: &form.closes_on, error: problem("closes_on"),
            hint: Some("Optional. Written as year-month-day, such as 2023-04-14."),
            ..TextInput::new("closes_on", "Last day young people can answer") }))
    }
}

/// Changing a wave's title, year and dates; its web address stays, since links and posters use it.
pub fn details(
    me: &StaffUser,
    survey: &Survey,
    form: &NewWaveForm,
    problems: &[FieldProblem],
    csrf_token: &str,
) -> Markup {
    let problem = |field: &str| FieldProblem::message_for(problems, field);
    let content = html! {
        (problems_summary(problems))
        a class="back-link" href={ "/staff/surveys/" (survey.slug) } { "Back to " (survey.title) }
        h1 { "Change the details" }
        p { "The web address stays /s/" (survey.slug) ": links and posters already use it." }
        form method="post" action={ "/staff/surveys/" (survey.slug) "/details" } novalidate {
            (csrf_field(csrf_token))
            (text_input(&TextInput { value: &form.title, error: problem("title"), ..TextInput::new("title", "Title") }))
            (year_and_dates(form, problems))
            button class="button" type="submit" { "Save the details" }
        }
    };
    staff_shell::render(
        "Change the details",
        !problems.is_empty(),
        Some((me, csrf_token)),
        content,
    )
}

pub struct OverviewView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    pub programme: &'a Programme,
    pub responses: i64,
    pub findings: &'a [Finding],
    pub notice: Option<&'a str>,
}

/// How a kind of question is named to the team.
pub fn kind_label(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Agreement => "Agree or disagree (5 points)",
        QuestionKind::Frequency => "How often",
        QuestionKind::YesNoNotSure => "Yes, no or not sure",
        QuestionKind::SingleChoice => "Choose one",
        QuestionKind::MultipleChoice => "Choose all that apply",
        QuestionKind::FaceScale => "Faces (5 points)",
        QuestionKind::FreeText => "Free text",
    }
}

/// The Easy Read findings about one question (its wording, hint and answers).
pub fn findings_for<'a>(findings: &'a [Finding], key: &str) -> Vec<&'a Finding> {
    let exact = format!("question {key}");
    let within = format!("question {key},");
    findings
        .iter()
        .filter(|finding| finding.place == exact || finding.place.starts_with(&within))
        .collect()
}

pub fn overview(view: &OverviewView<'_>) -> Markup {
    let survey = view.survey;
    let base = format!("/staff/surveys/{}", survey.slug);
    let count = survey.questions.len();
    let content = html! {
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        a class="back-link" href="/staff/surveys" { "Back to waves" }
        h1 { (survey.title) }
        dl class="summary-list" {
            div class="summary-list__row" { dt class="summary-list__key" { "Programme" } dd class="summary-list__value" { (view.programme.name) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Status" } dd class="summary-list__value" { (status_label(survey.status)) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Year" } dd class="summary-list__value" { (survey.year) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Dates" } dd class="summary-list__value" {
                (survey.opens_on.map_or("No first day".to_owned(), |day| format!("From {}", day.format("%-d %B %Y"))))
                ", "
                (survey.closes_on.map_or("no last day".to_owned(), |day| format!("until {}", day.format("%-d %B %Y"))))
            } }
            div class="summary-list__row" { dt class="summary-list__key" { "Responses" } dd class="summary-list__value" { (view.responses) } }
            div class="summary-list__row" { dt class="summary-list__key" { "Web address" } dd class="summary-list__value" { "/s/" (survey.slug) } }
        }
        p { a href={ (base) "/details" } { "Change the title, year or dates" } }
        div class="button-group" {
            @match survey.status {
                SurveyStatus::Draft => (status_button(&base, view.csrf_token, "open", "Open it to young people")),
                SurveyStatus::Open => (status_button(&base, view.csrf_token, "close", "Close it")),
                SurveyStatus::Closed | SurveyStatus::Archived => (status_button(&base, view.csrf_token, "open", "Reopen it")),
            }
        }
        p {
            a href={ (base) "/distribution" } { "Share it: links, QR codes and posters" }
            " \u{2013} "
            a href={ (base) "/progress" } { "Progress: answers so far" }
            " \u{2013} "
            a href={ (base) "/translations" } { "Translations" }
        }
        h2 { "Questions" }
        @if view.findings.is_empty() {
            p { "The Easy Read check finds nothing to fix." }
        } @else {
            p { "The Easy Read check has " strong { (view.findings.len()) } " things to look at, shown under each question." }
        }
        ol class="queue" {
            @for (index, question) in survey.questions.iter().enumerate() {
                @let number = index + 1;
                @let found = findings_for(view.findings, question.key.as_str());
                li class="queue__item" {
                    p class="queue__question" { (number) ". " (question.text()) }
                    p class="hint" {
                        code { (question.key) } " \u{2013} " (kind_label(question.kind))
                        @if let Some(item) = question.plan_item { " \u{2013} plan item " (item.number()) }
                        @if view.programme.measures.iter().any(|measure| measure.question == question.key) { " \u{2013} measure" }
                        @if question.is_demographic { " \u{2013} demographic" }
                    }
                    @if !found.is_empty() {
                        ul class="problem-list" aria-label={ "Easy Read check for question " (number) } {
                            @for finding in &found { li { (finding.place) ": " (finding.rule) } }
                        }
                    }
                    p {
                        a href={ (base) "/questions/" (question.key) } { "Edit" span class="visually-hidden" { " question " (number) } }
                        " \u{2013} "
                        a href={ (base) "/preview/" (number) } { "Preview" span class="visually-hidden" { " question " (number) } }
                        " \u{2013} "
                        a href={ (base) "/preview/" (number) "?format=easy_read" } { "Preview in Easy Read" span class="visually-hidden" { ", question " (number) } }
                    }
                    div class="button-group" {
                        @if index > 0 {
                            (move_button(&base, view.csrf_token, question.key.as_str(), "up", &format!("Move question {number} up")))
                        }
                        @if number < count {
                            (move_button(&base, view.csrf_token, question.key.as_str(), "down", &format!("Move question {number} down")))
                        }
                    }
                }
            }
        }
        a class="button" href={ (base) "/questions/new" } { "Add a question" }
    };
    staff_shell::render(
        &survey.title,
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}

/// Asked before a wave opens while its Easy Read check still finds problems: young people who
/// need Easy Read would meet them, so the team sees them all and chooses.
pub fn confirm_open(
    me: &StaffUser,
    survey: &Survey,
    report: &LintReport,
    csrf_token: &str,
) -> Markup {
    let base = format!("/staff/surveys/{}", survey.slug);
    let count = report.problem_count();
    let plural = if count == 1 { "" } else { "s" };
    let content = html! {
        a class="back-link" href=(base) { "Back to the wave" }
        h1 { "Open " (survey.title) " with Easy Read problems?" }
        div class="warning-text" {
            p {
                strong { "The Easy Read check finds " (count) " problem" (plural) "." }
                " Young people who read Easy Read would meet them. It is better to fix them first."
            }
        }
        ul class="problem-list" {
            @for finding in &report.findings {
                li { (finding.place) ": " (finding.rule) " \u{2013} \u{201c}" (finding.text) "\u{201d}" }
            }
            @if report.grade_is_too_high() {
                li {
                    "All the Easy Read text together reads at grade " (format!("{:.1}", report.grade))
                    "; aim for " (format!("{MAX_GRADE:.0}")) " or below."
                }
            }
        }
        div class="button-group" {
            a class="button" href=(base) { "Fix the wording first" }
            form class="inline-form" method="post" action={ (base) "/status" } novalidate {
                (csrf_field(csrf_token))
                input type="hidden" name="action" value="open";
                input type="hidden" name="accept_easy_read_problems" value=(count);
                button class="button button--warning" type="submit" { "Open it anyway" }
            }
        }
        p class="hint" { "The audit log records who opened it, and that they accepted " (count) " problem" (plural) "." }
    };
    staff_shell::render(
        &format!("Open {} with Easy Read problems?", survey.title),
        false,
        Some((me, csrf_token)),
        content,
    )
}

/// Opening refused: the wave is partly translated, and young people choosing that language would
/// meet a survey half in it.
pub fn cannot_open_half_translated(
    me: &StaffUser,
    slug: &str,
    language: &str,
    missing: &[String],
    csrf_token: &str,
) -> Markup {
    let base = format!("/staff/surveys/{slug}");
    let title = format!("{slug} is only partly translated into {language}");
    let content = html! {
        a class="back-link" href=(base) { "Back to the wave" }
        h1 { (title) }
        div class="warning-text" {
            p {
                strong { "The wave stays closed." }
                " Young people who choose this language would meet a survey half in it. On "
                a href={ (base) "/translations" } { "Translations" }
                ", download the sheet, translate these places and upload it, or remove the translation."
            }
        }
        ul class="problem-list" {
            @for place in missing { li { (place) } }
        }
    };
    staff_shell::render(&title, false, Some((me, csrf_token)), content)
}

fn status_button(base: &str, csrf_token: &str, action: &str, label: &str) -> Markup {
    html! {
        form class="inline-form" method="post" action={ (base) "/status" } novalidate {
            (csrf_field(csrf_token))
            input type="hidden" name="action" value=(action);
            button class="button" type="submit" { (label) }
        }
    }
}

fn move_button(base: &str, csrf_token: &str, key: &str, direction: &str, label: &str) -> Markup {
    html! {
        form class="inline-form" method="post" action={ (base) "/questions/" (key) "/move" } novalidate {
            (csrf_field(csrf_token))
            input type="hidden" name="direction" value=(direction);
            button class="button button--secondary" type="submit" { (label) }
        }
    }
}
