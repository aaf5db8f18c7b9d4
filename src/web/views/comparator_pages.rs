//! Other local surveys' figures for staff: each measure with the figures set beside it, and the
//! form to add one from another survey's published report.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, TextInput, button_form, choice, csrf_field, error_message,
    error_summary, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::comparator::{ComparatorProblem, LocalComparator, TypedComparator};
use crate::domain::number_format::thousands;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;

pub struct ComparatorsView<'a> {
    pub me: &'a StaffUser,
    pub programme: &'a Programme,
    pub comparators: &'a [LocalComparator],
    pub typed: &'a TypedComparator,
    pub problem: Option<ComparatorProblem>,
    pub done: Option<&'a str>,
    pub csrf_token: &'a str,
}

fn done_message(done: &str) -> Option<&'static str> {
    match done {
        "added" => Some("staff-comparators-done-added"),
        "removed" => Some("staff-comparators-done-removed"),
        _ => None,
    }
}

pub fn render(view: &ComparatorsView<'_>) -> Markup {
    let programme = view.programme;
    let base = format!("/staff/programmes/{}/comparators", programme.slug);
    let title = StaffWords.with(
        "staff-comparators-title",
        &[("programme", programme.name.as_str().into())],
    );
    let problem = view
        .problem
        .map(|problem| StaffWords.message(&problem.message()));
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(|problem| StaffWords.message(&problem.message()))
    };
    let measure_error = error_for("measure");
    let typed = view.typed;
    let content = html! {
        a class="back-link" href="/staff/surveys" { (StaffWords.t("staff-actions-back")) }
        @if let (Some(problem), Some(problem_kind)) = (&problem, view.problem) {
            (error_summary(&[FieldError { field_id: problem_kind.field(), message: problem }]))
        }
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (StaffWords.t(message)) } }
        }
        h1 { span class="caption" { (StaffWords.t("staff-waves-other-local-surveys")) } (programme.name) }
        p {
            (StaffWords.t("staff-comparators-figures-that-other-local-surveys"))
        }
        @for measure in &programme.measures {
            @let own: Vec<&LocalComparator> = view.comparators.iter().filter(|c| c.item == measure.item).collect();
            h2 { (measure.item.number()) ". " (measure.title) }
            @if own.is_empty() {
                p { (StaffWords.t("staff-comparators-no-other-survey-s-figure")) }
            } @else {
                ul class="wave-list" {
                    @for comparator in own {
                        @let figure = &comparator.figure;
                        li {
                            strong { (figure.source) " " (figure.year) ": " (figure.share.label()) }
                            @if let Some(n) = figure.respondents { " " (StaffWords.with("staff-comparators-of-respondents", &[("count", thousands(u64::from(n)).into())])) }
                            br;
                            "\u{201C}" (figure.wording) "\u{201D}"
                            @if let Some(link) = &figure.link {
                                br;
                                a href=(link.as_str()) rel="noreferrer" { (StaffWords.t("staff-comparators-its-report")) span class="visually-hidden" { " (" (figure.source) " " (figure.year) ")" } }
                            }
                            (button_form(
                                &format!("{base}/{}/remove", comparator.id),
                                view.csrf_token,
                                &StaffWords.with("staff-comparators-remove", &[("survey", figure.source.as_str().into()), ("year", i64::from(figure.year).into())]),
                                true,
                            ))
                        }
                    }
                }
            }
        }
        h2 { (StaffWords.t("staff-comparators-add-another-survey-s-figure")) }
        form method="post" action=(base) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if measure_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[measure_error.as_ref().map(|_| "measure-error")] {
                    legend class="label" { (StaffWords.t("staff-comparators-beside-the-measure")) }
                    @if let Some(error) = &measure_error { (error_message("measure-error", error)) }
                    @for (index, measure) in programme.measures.iter().enumerate() {
                        @let number = measure.item.number().to_string();
                        @let id = if index == 0 { "measure".to_owned() } else { format!("measure-{number}") };
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "measure", value: &number,
                            checked: typed.measure == number, with_symbol: false },
                            html! { (number) ". " (measure.title) }))
                    }
                }
            }
            (text_input(&TextInput {
                value: &typed.source,
                hint: Some(&StaffWords.t("staff-comparators-for-example-oxwell-survey")),
                error: error_for("source").as_deref(),
                ..TextInput::new("source", &StaffWords.t("staff-comparators-survey"))
            }))
            (text_input(&TextInput {
                value: &typed.year,
                error: error_for("year").as_deref(),
                ..TextInput::new("year", &StaffWords.t("staff-waves-year"))
            }))
            (text_input(&TextInput {
                value: &typed.wording,
                hint: Some(&StaffWords.t("staff-comparators-its-own-question-word-for")),
                error: error_for("wording").as_deref(),
                ..TextInput::new("wording", &StaffWords.t("staff-comparators-question"))
            }))
            (text_input(&TextInput {
                value: &typed.share,
                hint: Some(&StaffWords.t("staff-comparators-the-share-it-published-as")),
                error: error_for("share").as_deref(),
                ..TextInput::new("share", "Share (%)")
            }))
            (text_input(&TextInput {
                value: &typed.respondents,
                hint: Some(&StaffWords.t("staff-comparators-how-many-answered-if-its")),
                error: error_for("respondents").as_deref(),
                ..TextInput::new("respondents", &StaffWords.t("staff-comparators-number-answering-optional"))
            }))
            (text_input(&TextInput {
                value: &typed.link,
                input_type: "url",
                hint: Some(&StaffWords.t("staff-comparators-the-address-of-its-published")),
                error: error_for("link").as_deref(),
                ..TextInput::new("link", &StaffWords.t("staff-comparators-link-to-its-report-optional"))
            }))
            button class="button" type="submit" { (StaffWords.t("staff-comparators-add-the-figure")) }
        }
        p { a href={ "/staff/programmes/" (programme.slug) "/targets" } { (StaffWords.t("staff-comparators-the-targets-for-these-measures")) } }
    };
    staff_shell::render(
        &title,
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
