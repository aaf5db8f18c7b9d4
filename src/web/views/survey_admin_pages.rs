//! The team's pages for waves: every wave, starting a new one, and one wave's overview (status,
//! questions with their Easy Read warnings, previews).

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, TextInput, choice, csrf_field, error_message, problems_summary, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::easy_read::{Finding, LintReport, MAX_GRADE};
use crate::domain::field_problem::FieldProblem;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;
use crate::domain::survey::{QuestionKind, Survey, SurveyStatus};
use crate::domain::template::Template;
use crate::domain::wording_place::WordingPlace;

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
        h1 { (StaffWords.t("staff-home-waves")) }
        p { (StaffWords.t("staff-waves-each-year-s-survey-is")) }
        a class="button" href="/staff/surveys/new" { (StaffWords.t("staff-waves-start-a-new-wave")) }
        @for group in programmes {
            h2 { (group.programme.name) }
            p {
                a href={ "/staff/programmes/" (group.programme.slug) "/targets" } { (StaffWords.t("staff-waves-targets-for-its-measures")) span class="visually-hidden" { " (" (group.programme.name) ")" } }
                " \u{00B7} "
                a href={ "/staff/programmes/" (group.programme.slug) "/comparators" } { (StaffWords.t("staff-waves-other-local-surveys")) span class="visually-hidden" { " " (StaffWords.with("staff-waves-beside-programme", &[("programme", group.programme.name.as_str().into())])) } }
                " \u{00B7} "
                a href={ "/staff/programmes/" (group.programme.slug) "/actions" } { (StaffWords.t("staff-waves-actions-register-and-board-update")) span class="visually-hidden" { " (" (group.programme.name) ")" } }
            }
            @if group.waves.is_empty() {
                p { (StaffWords.t("staff-waves-no-waves-yet")) }
            } @else {
                ul class="wave-list" {
                    @for wave in &group.waves {
                        li {
                            a href={ "/staff/surveys/" (wave.survey.slug) } { strong { (wave.survey.title) } }
                            br;
                            span class="tag" { (status_label(wave.survey.status)) } " "
                            (StaffWords.with("staff-waves-responses-count", &[("count", wave.responses.into())]))
                        }
                    }
                }
            }
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-home-waves"),
        false,
        Some((me, csrf_token)),
        content,
    )
}

pub fn status_label(status: SurveyStatus) -> String {
    StaffWords.t(match status {
        SurveyStatus::Draft => "staff-waves-draft-not-open-yet",
        SurveyStatus::Open => "staff-waves-open",
        SurveyStatus::Closed => "staff-waves-closed",
        SurveyStatus::Archived => "staff-waves-archived",
    })
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
    let worded = StaffWords.worded(problems);
    let problem = |field: &str| worded.about(field);
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
        a class="back-link" href="/staff/surveys" { (StaffWords.t("staff-waves-back-to-waves")) }
        h1 { (StaffWords.t("staff-waves-start-a-new-wave")) }
        form method="post" action="/staff/surveys/new" novalidate {
            (csrf_field(csrf_token))
            div class=(if start_problem.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[start_problem.map(|_| "start_from-error")] {
                    legend class="label" { (StaffWords.t("staff-waves-start-from")) }
                    @if let Some(message) = start_problem { (error_message("start_from-error", message)) }
                    @for (wave, programme) in &starting_points.copies {
                        @let value = format!("copy:{}", wave.slug);
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &choice_id(&value), name: "start_from", value: &value,
                            checked: form.start_from == value, with_symbol: false },
                            html! { (StaffWords.with("staff-waves-copy-of", &[("wave", wave.title.as_str().into()), ("programme", programme.to_string().into())])) }))
                    }
                    @for template in starting_points.templates {
                        @let value = format!("template:{}", template.name());
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &choice_id(&value), name: "start_from", value: &value,
                            checked: form.start_from == value, with_symbol: false },
                            html! { (StaffWords.with("staff-waves-template", &[("programme", template.programme.name.as_str().into())])) (plan_items(template)) }))
                    }
                }
            }
            (text_input(&TextInput { value: &form.title, error: problem("title"),
                ..TextInput::new("title", &StaffWords.t("staff-waves-title")) }))
            (text_input(&TextInput { value: &form.slug, error: problem("slug"),
                hint: Some(&StaffWords.t("staff-waves-the-end-of-the-survey")),
                ..TextInput::new("slug", &StaffWords.t("staff-waves-web-address")) }))
            (year_and_dates(form, problems))
            button class="button" type="submit" { (StaffWords.t("staff-waves-create-the-wave")) }
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-waves-start-a-new-wave"),
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
        (Some(first), Some(last)) if first == last => StaffWords.with(
            "staff-waves-template-plan-item",
            &[("item", i64::from(*first).into())],
        ),
        (Some(first), Some(last)) => StaffWords.with(
            "staff-waves-template-plan-items",
            &[
                ("first", i64::from(*first).into()),
                ("last", i64::from(*last).into()),
            ],
        ),
        _ => String::new(),
    }
}

/// The year and the first and last days, as both wave forms ask for them.
fn year_and_dates(form: &NewWaveForm, problems: &[FieldProblem]) -> Markup {
    let worded = StaffWords.worded(problems);
    let problem = |field: &str| worded.about(field);
    html! {
        (text_input(&TextInput { value: &form.year, error: problem("year"), ..TextInput::new("year", &StaffWords.t("staff-waves-year")) }))
        (text_input(&TextInput { value: &form.opens_on, error: problem("opens_on"),
            hint: Some(&StaffWords.t("staff-waves-optional-written-as-year-month")),
            ..TextInput::new("opens_on", &StaffWords.t("staff-waves-first-day-young-people-can")) }))
        (text_input(&TextInput { value: &form.closes_on, error: problem("closes_on"),
            hint: Some(&StaffWords.t("staff-waves-optional-written-as-year-month-2")),
            ..TextInput::new("closes_on", &StaffWords.t("staff-waves-last-day-young-people-can")) }))
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
    let worded = StaffWords.worded(problems);
    let problem = |field: &str| worded.about(field);
    let content = html! {
        (problems_summary(problems))
        a class="back-link" href={ "/staff/surveys/" (survey.slug) } { (StaffWords.with("staff-waves-back-to-wave", &[("wave", survey.title.as_str().into())])) }
        h1 { (StaffWords.t("staff-waves-change-the-details")) }
        p { (StaffWords.with("staff-waves-address-stays", &[("address", format!("/s/{}", survey.slug).into())])) }
        form method="post" action={ "/staff/surveys/" (survey.slug) "/details" } novalidate {
            (csrf_field(csrf_token))
            (text_input(&TextInput { value: &form.title, error: problem("title"), ..TextInput::new("title", &StaffWords.t("staff-waves-title")) }))
            (year_and_dates(form, problems))
            button class="button" type="submit" { (StaffWords.t("staff-waves-save-the-details")) }
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-waves-change-the-details"),
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
pub fn kind_label(kind: QuestionKind) -> String {
    StaffWords.t(match kind {
        QuestionKind::Agreement => "staff-waves-agree-or-disagree-5-points",
        QuestionKind::Frequency => "staff-waves-how-often",
        QuestionKind::YesNoNotSure => "staff-waves-yes-no-or-not-sure",
        QuestionKind::SingleChoice => "staff-waves-choose-one",
        QuestionKind::MultipleChoice => "staff-waves-choose-all-that-apply",
        QuestionKind::FaceScale => "staff-waves-faces-5-points",
        QuestionKind::FreeText => "staff-waves-free-text",
    })
}

/// The Easy Read findings about one question (its wording, hint and answers).
pub fn findings_for<'a>(findings: &'a [Finding], key: &str) -> Vec<&'a Finding> {
    findings
        .iter()
        .filter(|finding| {
            finding
                .place
                .question()
                .is_some_and(|question| question.as_str() == key)
        })
        .collect()
}

pub fn overview(view: &OverviewView<'_>) -> Markup {
    let survey = view.survey;
    let base = format!("/staff/surveys/{}", survey.slug);
    let count = survey.questions.len();
    let content = html! {
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href="/staff/surveys" { (StaffWords.t("staff-waves-back-to-waves")) }
        h1 { (survey.title) }
        dl class="summary-list" {
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-waves-programme")) } dd class="summary-list__value" { (view.programme.name) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-users-status")) } dd class="summary-list__value" { (status_label(survey.status)) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-waves-year")) } dd class="summary-list__value" { (survey.year) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-waves-dates")) } dd class="summary-list__value" {
                (survey.opens_on.map_or(StaffWords.t("staff-waves-no-first-day"), |day| StaffWords.with("staff-waves-from-day", &[("day", day.format("%-d %B %Y").to_string().into())])))
                ", "
                (survey.closes_on.map_or(StaffWords.t("staff-waves-no-last-day"), |day| StaffWords.with("staff-waves-until-day", &[("day", day.format("%-d %B %Y").to_string().into())])))
            } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-waves-responses")) } dd class="summary-list__value" { (view.responses) } }
            div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-waves-web-address")) } dd class="summary-list__value" { "/s/" (survey.slug) } }
        }
        p { a href={ (base) "/details" } { (StaffWords.t("staff-waves-change-the-title-year-or")) } }
        div class="button-group" {
            @match survey.status {
                SurveyStatus::Draft => (status_button(&base, view.csrf_token, "open", &StaffWords.t("staff-waves-open-it-to-young-people"))),
                SurveyStatus::Open => (status_button(&base, view.csrf_token, "close", &StaffWords.t("staff-waves-close-it"))),
                SurveyStatus::Closed | SurveyStatus::Archived => (status_button(&base, view.csrf_token, "open", &StaffWords.t("staff-waves-reopen-it"))),
            }
        }
        p {
            a href={ (base) "/distribution" } { (StaffWords.t("staff-waves-share-it-links-qr-codes")) }
            " \u{2013} "
            a href={ (base) "/progress" } { (StaffWords.t("staff-waves-progress-answers-so-far")) }
            " \u{2013} "
            a href={ (base) "/translations" } { (StaffWords.t("staff-waves-translations")) }
        }
        h2 { (StaffWords.t("staff-waves-questions")) }
        @if view.findings.is_empty() {
            p { (StaffWords.t("staff-waves-the-easy-read-check-finds")) }
        } @else {
            p { (StaffWords.with("staff-waves-check-has", &[("count", view.findings.len().into())])) }
        }
        ol class="queue" {
            @for (index, question) in survey.questions.iter().enumerate() {
                @let number = index + 1;
                @let found = findings_for(view.findings, question.key.as_str());
                li class="queue__item" {
                    p class="queue__question" { (number) ". " (question.text()) }
                    p class="hint" {
                        code { (question.key) } " \u{2013} " (kind_label(question.kind))
                        @if let Some(item) = question.plan_item { " \u{2013} " (StaffWords.with("staff-waves-question-plan-item", &[("item", i64::from(item.number()).into())])) }
                        @if view.programme.measures.iter().any(|measure| measure.question == question.key) { " \u{2013} " (StaffWords.t("staff-waves-question-measure")) }
                        @if question.is_demographic { " \u{2013} " (StaffWords.t("staff-waves-question-demographic")) }
                    }
                    @if !found.is_empty() {
                        ul class="problem-list" aria-label={ (StaffWords.t("staff-waves-easy-read-check-for-question")) " " (number) } {
                            @for finding in &found { li { (StaffWords.message(&finding.place.message())) ": " (StaffWords.message(&finding.rule.message())) } }
                        }
                    }
                    p {
                        a href={ (base) "/questions/" (question.key) } { (StaffWords.t("staff-waves-edit")) span class="visually-hidden" { " " (StaffWords.with("staff-waves-question-number", &[("number", number.into())])) } }
                        " \u{2013} "
                        a href={ (base) "/preview/" (number) } { (StaffWords.t("staff-waves-preview")) span class="visually-hidden" { " " (StaffWords.with("staff-waves-question-number", &[("number", number.into())])) } }
                        " \u{2013} "
                        a href={ (base) "/preview/" (number) "?format=easy_read" } { (StaffWords.t("staff-waves-preview-in-easy-read")) span class="visually-hidden" { (StaffWords.t("staff-waves-question")) " " (number) } }
                    }
                    div class="button-group" {
                        @if index > 0 {
                            (move_button(&base, view.csrf_token, question.key.as_str(), "up", &StaffWords.with("staff-waves-move-up", &[("number", number.into())])))
                        }
                        @if number < count {
                            (move_button(&base, view.csrf_token, question.key.as_str(), "down", &StaffWords.with("staff-waves-move-down", &[("number", number.into())])))
                        }
                    }
                }
            }
        }
        a class="button" href={ (base) "/questions/new" } { (StaffWords.t("staff-waves-add-a-question")) }
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
    let title = StaffWords.with(
        "staff-waves-open-with-problems",
        &[("wave", survey.title.as_str().into())],
    );
    let content = html! {
        a class="back-link" href=(base) { (StaffWords.t("staff-translations-back")) }
        h1 { (title) }
        div class="warning-text" {
            p {
                strong { (StaffWords.with("staff-waves-check-finds", &[("count", count.into())])) }
                " " (StaffWords.t("staff-waves-better-fix-first"))
            }
        }
        ul class="problem-list" {
            @for finding in &report.findings {
                li { (StaffWords.message(&finding.place.message())) ": " (StaffWords.message(&finding.rule.message())) " \u{2013} \u{201c}" (finding.text) "\u{201d}" }
            }
            @if report.grade_is_too_high() {
                li {
                    (StaffWords.with("staff-waves-grade", &[
                        ("grade", format!("{:.1}", report.grade).into()),
                        ("most", format!("{MAX_GRADE:.0}").into()),
                    ]))
                }
            }
        }
        div class="button-group" {
            a class="button" href=(base) { (StaffWords.t("staff-waves-fix-the-wording-first")) }
            form class="inline-form" method="post" action={ (base) "/status" } novalidate {
                (csrf_field(csrf_token))
                input type="hidden" name="action" value="open";
                input type="hidden" name="accept_easy_read_problems" value=(count);
                button class="button button--warning" type="submit" { (StaffWords.t("staff-waves-open-it-anyway")) }
            }
        }
        p class="hint" { (StaffWords.with("staff-waves-accepted-problems", &[("count", count.into())])) }
    };
    staff_shell::render(&title, false, Some((me, csrf_token)), content)
}

/// Opening refused: the wave is partly translated, and young people choosing that language would
/// meet a survey half in it.
pub fn cannot_open_half_translated(
    me: &StaffUser,
    slug: &str,
    language: &str,
    missing: &[WordingPlace],
    csrf_token: &str,
) -> Markup {
    let base = format!("/staff/surveys/{slug}");
    let title = StaffWords.with(
        "staff-waves-partly-translated",
        &[("wave", slug.into()), ("language", language.into())],
    );
    let content = html! {
        a class="back-link" href=(base) { (StaffWords.t("staff-translations-back")) }
        h1 { (title) }
        div class="warning-text" {
            p {
                strong { (StaffWords.t("staff-waves-stays-closed")) }
                " " (StaffWords.t("staff-waves-half-translated-before")) " "
                a href={ (base) "/translations" } { (StaffWords.t("staff-waves-translations")) }
                (StaffWords.t("staff-waves-half-translated-after"))
            }
        }
        ul class="problem-list" {
            @for place in missing { li { (StaffWords.message(&place.message())) } }
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
