//! Other local surveys' figures for staff: each measure with the figures set beside it, and the
//! form to add one from another survey's published report.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, FieldError, TextInput, button_form, choice, csrf_field, error_message,
    error_summary, text_input,
};
use super::staff_shell;
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
        "added" => {
            Some("The figure is added. Reports prepared from now on show it beside its measure.")
        }
        "removed" => Some("The figure is removed. Reports already published keep what they said."),
        _ => None,
    }
}

pub fn render(view: &ComparatorsView<'_>) -> Markup {
    let programme = view.programme;
    let base = format!("/staff/programmes/{}/comparators", programme.slug);
    let title = format!("Other surveys beside {}", programme.name);
    let problem = view.problem.map(|problem| problem.to_string());
    let error_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field() == field)
            .map(|problem| problem.to_string())
    };
    let measure_error = error_for("measure");
    let typed = view.typed;
    let content = html! {
        a class="back-link" href="/staff/surveys" { "All waves" }
        @if let (Some(problem), Some(problem_kind)) = (&problem, view.problem) {
            (error_summary(&[FieldError { field_id: problem_kind.field(), message: problem }]))
        }
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (message) } }
        }
        h1 { span class="caption" { "Other local surveys" } (programme.name) }
        p {
            "Figures that other local surveys published, such as the OxWell survey or the "
            "Oxfordshire Youth survey, can sit beside a measure in the reports. They are labelled "
            "as a different survey with its own question and are never tested against ours: "
            "different questions asked of different young people cannot show a change."
        }
        @for measure in &programme.measures {
            @let own: Vec<&LocalComparator> = view.comparators.iter().filter(|c| c.item == measure.item).collect();
            h2 { (measure.item.number()) ". " (measure.title) }
            @if own.is_empty() {
                p { "No other survey\u{2019}s figure." }
            } @else {
                ul class="wave-list" {
                    @for comparator in own {
                        @let figure = &comparator.figure;
                        li {
                            strong { (figure.source) " " (figure.year) ": " (figure.share.label()) }
                            @if let Some(n) = figure.respondents { " of " (thousands(u64::from(n))) }
                            br;
                            "\u{201C}" (figure.wording) "\u{201D}"
                            @if let Some(link) = &figure.link {
                                br;
                                a href=(link.as_str()) rel="noreferrer" { "Its report" span class="visually-hidden" { " (" (figure.source) " " (figure.year) ")" } }
                            }
                            (button_form(
                                &format!("{base}/{}/remove", comparator.id),
                                view.csrf_token,
                                &format!("Remove the {} {} figure", figure.source, figure.year),
                                true,
                            ))
                        }
                    }
                }
            }
        }
        h2 { "Add another survey\u{2019}s figure" }
        form method="post" action=(base) novalidate {
            (csrf_field(view.csrf_token))
            div class=(if measure_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[measure_error.as_ref().map(|_| "measure-error")] {
                    legend class="label" { "Beside the measure" }
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
                hint: Some("For example \u{201c}OxWell survey\u{201d}."),
                error: error_for("source").as_deref(),
                ..TextInput::new("source", "Survey")
            }))
            (text_input(&TextInput {
                value: &typed.year,
                error: error_for("year").as_deref(),
                ..TextInput::new("year", "Year")
            }))
            (text_input(&TextInput {
                value: &typed.wording,
                hint: Some("Its own question, word for word."),
                error: error_for("wording").as_deref(),
                ..TextInput::new("wording", "Question")
            }))
            (text_input(&TextInput {
                value: &typed.share,
                hint: Some("The share it published as answering positively, for example 64 or 64.5."),
                error: error_for("share").as_deref(),
                ..TextInput::new("share", "Share (%)")
            }))
            (text_input(&TextInput {
                value: &typed.respondents,
                hint: Some("How many answered, if its report says. Leave empty if not."),
                error: error_for("respondents").as_deref(),
                ..TextInput::new("respondents", "Number answering (optional)")
            }))
            (text_input(&TextInput {
                value: &typed.link,
                input_type: "url",
                hint: Some("The address of its published report, starting https://. Leave empty if there is none."),
                error: error_for("link").as_deref(),
                ..TextInput::new("link", "Link to its report (optional)")
            }))
            button class="button" type="submit" { "Add the figure" }
        }
        p { a href={ "/staff/programmes/" (programme.slug) "/targets" } { "The targets for these measures" } }
    };
    staff_shell::render(
        &title,
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}
