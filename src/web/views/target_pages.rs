//! A programme's targets for staff: each measure with the targets the working group set for it
//! (withdrawn, never edited), and the form to record a new one.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, TextInput, button_form, choice, csrf_field, error_message,
    error_summary, text_input,
};
use super::staff_shell;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;
use crate::domain::target::{MeasureTarget, TargetProblem};

/// What was typed into the form, kept when it is refused.
#[derive(Debug, Default, Clone)]
pub struct TypedTarget {
    pub measure: String,
    pub percent: String,
    pub by_year: String,
    pub agreed_by: String,
    pub agreed_on: String,
}

pub struct TargetsView<'a> {
    pub me: &'a StaffUser,
    pub programme: &'a Programme,
    pub targets: &'a [MeasureTarget],
    pub typed: &'a TypedTarget,
    pub problem: Option<TargetProblem>,
    pub done: Option<&'a str>,
    pub csrf_token: &'a str,
}

fn done_message(done: &str) -> Option<&'static str> {
    match done {
        "set" => {
            Some("The target is set. Reports prepared from now on show each measure against it.")
        }
        "withdrawn" => {
            Some("The target is withdrawn. Reports already published keep what they said.")
        }
        _ => None,
    }
}

pub fn render(view: &TargetsView<'_>) -> Markup {
    let programme = view.programme;
    let base = format!("/staff/programmes/{}/targets", programme.slug);
    let title = format!("Targets for {}", programme.name);
    let problem = view.problem.map(|problem| problem.to_string());
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(|problem| problem.to_string())
    };
    let (percent_error, year_error, by_error, on_error, measure_error) = (
        error_for("percent"),
        error_for("by_year"),
        error_for("agreed_by"),
        error_for("agreed_on"),
        error_for("measure"),
    );
    let content = html! {
        a class="back-link" href="/staff/surveys" { "All waves" }
        @if let (Some(problem), Some(field)) = (&problem, view.problem.map(TargetProblem::field)) {
            (error_summary(&[FieldError { field_id: field, message: problem }]))
        }
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (message) } }
        }
        h1 { span class="caption" { "Targets" } (programme.name) }
        p {
            "The working group sets a target for a measure: a share of young people answering "
            "positively, to reach by a year\u{2019}s wave. Reports show each measure against the "
            "next target due, judged from the 95% interval rather than the share alone: met when "
            "the whole interval is at or above the target, not met when it is all below, and not "
            "yet clear when the target lies inside it."
        }
        @for measure in &programme.measures {
            @let own: Vec<&MeasureTarget> = view.targets.iter().filter(|target| target.item == measure.item).collect();
            h2 { (measure.item.number()) ". " (measure.title) }
            @if own.is_empty() {
                p { "No target set." }
            } @else {
                ul class="wave-list" {
                    @for target in own {
                        li {
                            (target.describe())
                            (button_form(
                                &format!("{base}/{}/withdraw", target.id),
                                view.csrf_token,
                                &format!("Withdraw the {}% by {} target", target.percent.value(), target.by_year),
                                true,
                            ))
                        }
                    }
                }
            }
        }
        h2 { "Set a target" }
        form method="post" action=(base) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if measure_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[measure_error.as_ref().map(|_| "measure-error")] {
                    legend class="label" { "Measure" }
                    @if let Some(error) = &measure_error { (error_message("measure-error", error)) }
                    @for (index, measure) in programme.measures.iter().enumerate() {
                        @let number = measure.item.number().to_string();
                        @let id = if index == 0 { "measure".to_owned() } else { format!("measure-{number}") };
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "measure", value: &number,
                            checked: view.typed.measure == number, with_symbol: false },
                            html! { (number) ". " (measure.title) }))
                    }
                }
            }
            (text_input(&TextInput {
                value: &view.typed.percent,
                input_type: "text",
                hint: Some("A whole number from 1 to 99, for example 70."),
                error: percent_error.as_deref(),
                ..TextInput::new("percent", "Target share (%)")
            }))
            (text_input(&TextInput {
                value: &view.typed.by_year,
                hint: Some("The year of the wave the share should be reached by, for example 2024."),
                error: year_error.as_deref(),
                ..TextInput::new("by_year", "By the wave of")
            }))
            (text_input(&TextInput {
                value: &view.typed.agreed_by,
                hint: Some("The group or meeting, for example \u{201c}CTB working group\u{201d}."),
                error: by_error.as_deref(),
                ..TextInput::new("agreed_by", "Agreed by")
            }))
            (text_input(&TextInput {
                value: &view.typed.agreed_on,
                hint: Some("Year, month and day, for example 2023-07-12."),
                error: on_error.as_deref(),
                ..TextInput::new("agreed_on", "Agreed on")
            }))
            button class="button" type="submit" { "Set the target" }
        }
        p {
            a href={ "/staff/programmes/" (programme.slug) "/comparators" } { "Other local surveys\u{2019} figures beside these measures" }
            " \u{00B7} "
            a href={ "/staff/programmes/" (programme.slug) "/actions" } { "The working group\u{2019}s actions" }
        }
    };
    staff_shell::render(
        &title,
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
