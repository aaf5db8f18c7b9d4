//! A programme's targets for staff: each measure with the targets the working group set for it
//! (withdrawn, never edited), and the form to record a new one.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, TextInput, button_form, choice, csrf_field, error_message,
    error_summary, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;
use crate::domain::target::{AGREED_BY_MAX_CHARS, MeasureTarget, TargetProblem};

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
        "set" => Some("staff-targets-done-set"),
        "withdrawn" => Some("staff-targets-done-withdrawn"),
        _ => None,
    }
}

/// "70% by 2024, agreed by the CTB working group on 12 July 2023".
fn described(w: &StaffWords, target: &MeasureTarget) -> String {
    w.with(
        "staff-targets-describe",
        &[
            ("percent", u64::from(target.percent.value()).into()),
            ("year", target.by_year.to_string().into()),
            ("agreed-by", target.agreed_by.as_str().into()),
            (
                "date",
                target.agreed_on.format("%-d %B %Y").to_string().into(),
            ),
        ],
    )
}

pub fn render(view: &TargetsView<'_>) -> Markup {
    let w = StaffWords;
    let programme = view.programme;
    let base = format!("/staff/programmes/{}/targets", programme.slug);
    let title = w.with(
        "staff-targets-title",
        &[("programme", programme.name.as_str().into())],
    );
    let said = |problem: TargetProblem| {
        w.with(
            problem.message_id(),
            &[("limit", AGREED_BY_MAX_CHARS.into())],
        )
    };
    let problem = view.problem.map(said);
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(said)
    };
    let (percent_error, year_error, by_error, on_error, measure_error) = (
        error_for("percent"),
        error_for("by_year"),
        error_for("agreed_by"),
        error_for("agreed_on"),
        error_for("measure"),
    );
    let labels = [
        w.t("staff-targets-percent"),
        w.t("staff-targets-year"),
        w.t("staff-targets-agreed-by"),
        w.t("staff-targets-agreed-on"),
    ];
    let hints = [
        w.t("staff-targets-percent-hint"),
        w.t("staff-targets-year-hint"),
        w.t("staff-targets-agreed-by-hint"),
        w.t("staff-targets-agreed-on-hint"),
    ];
    let content = html! {
        a class="back-link" href="/staff/surveys" { (w.t("staff-targets-back")) }
        @if let (Some(problem), Some(field)) = (&problem, view.problem.map(TargetProblem::field)) {
            (error_summary(&[FieldError { field_id: field, message: problem }]))
        }
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (w.t(message)) } }
        }
        h1 { span class="caption" { (w.t("staff-targets-caption")) } (programme.name) }
        p { (w.t("staff-targets-lead")) }
        @for measure in &programme.measures {
            @let own: Vec<&MeasureTarget> = view.targets.iter().filter(|target| target.item == measure.item).collect();
            h2 { (measure.item.number()) ". " (measure.title) }
            @if own.is_empty() {
                p { (w.t("staff-targets-none")) }
            } @else {
                ul class="wave-list" {
                    @for target in own {
                        li {
                            (described(&w, target))
                            (button_form(
                                &format!("{base}/{}/withdraw", target.id),
                                view.csrf_token,
                                &w.with("staff-targets-withdraw", &[
                                    ("percent", u64::from(target.percent.value()).into()),
                                    ("year", target.by_year.to_string().into()),
                                ]),
                                true,
                            ))
                        }
                    }
                }
            }
        }
        h2 { (w.t("staff-targets-set-heading")) }
        form method="post" action=(base) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if measure_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[measure_error.as_ref().map(|_| "measure-error")] {
                    legend class="label" { (w.t("staff-targets-measure")) }
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
                hint: Some(&hints[0]),
                error: percent_error.as_deref(),
                ..TextInput::new("percent", &labels[0])
            }))
            (text_input(&TextInput {
                value: &view.typed.by_year,
                hint: Some(&hints[1]),
                error: year_error.as_deref(),
                ..TextInput::new("by_year", &labels[1])
            }))
            (text_input(&TextInput {
                value: &view.typed.agreed_by,
                hint: Some(&hints[2]),
                error: by_error.as_deref(),
                ..TextInput::new("agreed_by", &labels[2])
            }))
            (text_input(&TextInput {
                value: &view.typed.agreed_on,
                hint: Some(&hints[3]),
                error: on_error.as_deref(),
                ..TextInput::new("agreed_on", &labels[3])
            }))
            button class="button" type="submit" { (w.t("staff-targets-set-button")) }
        }
        p {
            a href={ "/staff/programmes/" (programme.slug) "/comparators" } { (w.t("staff-targets-comparators-link")) }
            " \u{00B7} "
            a href={ "/staff/programmes/" (programme.slug) "/actions" } { (w.t("staff-targets-actions-link")) }
        }
    };
    staff_shell::render(
        &title,
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
