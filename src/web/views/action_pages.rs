//! The working group's actions register for staff: a programme's actions by where they stand,
//! overdue ones marked; one action's page to change its words, owner or due day and to move it
//! on; and the form both use.

use chrono::{NaiveDate, NaiveDateTime};
use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, TextArea, TextInput, button_form, choice, csrf_field, error_message,
    problems_summary, text_area, text_input,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::action_owner::ActionOwner;
use crate::domain::easy_read::lint_text;
use crate::domain::field_problem::FieldProblem;
use crate::domain::programme::Programme;
use crate::domain::staff::StaffUser;
use crate::domain::survey::Survey;
use crate::domain::tracked_action::{
    ActionStatus, NOTE_MAX_CHARS, StatusChange, TrackedAction, TypedAction, WORDS_MAX_CHARS,
};

/// What every register page shows around its content.
pub struct RegisterContext<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub programme: &'a Programme,
    /// The programme's waves, newest first.
    pub waves: &'a [Survey],
    pub owners: &'a [ActionOwner],
    pub today: NaiveDate,
}

impl RegisterContext<'_> {
    fn base(&self) -> String {
        format!("/staff/programmes/{}/actions", self.programme.slug)
    }

    fn wave_title(&self, action: &TrackedAction) -> &str {
        self.waves
            .iter()
            .find(|wave| wave.id == action.survey)
            .map_or("", |wave| wave.title.as_str())
    }

    fn owner_name(&self, action: &TrackedAction) -> &str {
        self.owners
            .iter()
            .find(|owner| owner.id == action.owner)
            .map_or("", |owner| owner.name.as_str())
    }
}

pub struct RegisterView<'a> {
    pub context: RegisterContext<'a>,
    pub actions: &'a [TrackedAction],
    pub typed: &'a TypedAction,
    pub problems: &'a [FieldProblem],
    pub done: Option<&'a str>,
    pub board: BoardUpdateState,
}

/// Whether the Board update can be made and sent, and when it last went.
pub struct BoardUpdateState {
    /// False while no wave of the programme has closed: the update is made from the latest.
    pub ready: bool,
    pub board_list_size: usize,
    pub last_sent: Option<NaiveDateTime>,
}

fn done_message(done: &str) -> Option<&'static str> {
    match done {
        "added" => Some("staff-actions-done-added"),
        "saved" => Some("staff-actions-done-saved"),
        "status" => Some("staff-actions-done-status"),
        "board" => Some("staff-actions-done-board"),
        _ => None,
    }
}

fn status_words(w: &StaffWords, status: ActionStatus) -> String {
    w.t(match status {
        ActionStatus::Planned => "staff-status-planned",
        ActionStatus::Doing => "staff-status-doing",
        ActionStatus::Done => "staff-status-done",
        ActionStatus::Dropped => "staff-status-dropped",
    })
}

fn long_day(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

fn measure_names(programme: &Programme, action: &TrackedAction) -> String {
    action
        .measures
        .iter()
        .filter_map(|item| programme.measure(*item))
        .map(|measure| measure.short_name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The programme's register: actions grouped by status, then the form to add one.
pub fn register(view: &RegisterView<'_>) -> Markup {
    let w = StaffWords;
    let context = &view.context;
    let programme = context.programme;
    let base = context.base();
    let overdue: Vec<&TrackedAction> = view
        .actions
        .iter()
        .filter(|action| action.is_overdue(context.today))
        .collect();
    let content = html! {
        a class="back-link" href="/staff/surveys" { (w.t("staff-actions-back")) }
        (problems_summary(view.problems))
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (w.t(message)) } }
        }
        h1 { span class="caption" { (w.t("staff-actions-caption")) } (programme.name) }
        p { (w.t("staff-actions-lead")) }
        p {
            a href="/staff/groups" { (w.t("staff-actions-groups-link")) }
            " \u{00B7} "
            a href={ "/staff/programmes/" (programme.slug) "/targets" } { (w.t("staff-actions-targets-link")) }
        }
        @if !overdue.is_empty() {
            div class="notice" {
                p {
                    strong { (w.with("staff-actions-overdue", &[("count", overdue.len().into())])) }
                    (w.t("staff-actions-overdue-then"))
                }
            }
        }
        @if view.actions.is_empty() {
            p { (w.t("staff-actions-none")) }
        }
        @for status in ActionStatus::ALL {
            @let own: Vec<&TrackedAction> = view.actions.iter().filter(|action| action.status == status).collect();
            @if !own.is_empty() {
                h2 { (w.with("staff-status-count", &[("status", status_words(&w, status).into()), ("count", own.len().into())])) }
                ul class="wave-list" {
                    @for action in own {
                        li {
                            a href={ (base) "/" (action.id) } { (action.words.we_do) }
                            @if action.is_overdue(context.today) { " " strong class="tag tag--warning" { (w.t("staff-actions-overdue-tag")) } }
                            br;
                            span class="hint" {
                                (w.with("staff-actions-answers", &[("wave", context.wave_title(action).into())]))
                                @let measures = measure_names(programme, action);
                                @if !measures.is_empty() { " (" (measures) ")" }
                                ". "
                                (w.with("staff-actions-owner-due", &[
                                    ("owner", context.owner_name(action).into()),
                                    ("date", long_day(action.due_on).into()),
                                ]))
                            }
                        }
                    }
                }
            }
        }
        h2 { (w.t("staff-actions-board-heading")) }
        p {
            (w.t("staff-actions-board-lead"))
            @if let Some(sent) = view.board.last_sent { " " (w.with("staff-actions-board-last", &[("date", time(sent).into())])) }
        }
        @if view.board.ready {
            p {
                a href={ "/staff/programmes/" (programme.slug) "/board-update" } { (w.t("staff-actions-board-read")) }
                " \u{00B7} "
                a href={ "/staff/programmes/" (programme.slug) "/board-update/pdf" } { (w.t("staff-actions-board-pdf")) }
            }
            @if view.board.board_list_size == 0 {
                p class="hint" { (w.t("staff-actions-board-no-list")) }
            } @else {
                (button_form(
                    &format!("/staff/programmes/{}/board-update/email", programme.slug),
                    context.csrf_token,
                    &w.with("staff-actions-board-email", &[("count", view.board.board_list_size.into())]),
                    true,
                ))
            }
        } @else {
            p class="hint" { (w.t("staff-actions-board-not-yet")) }
        }
        h2 { (w.t("staff-actions-add")) }
        @if context.owners.is_empty() {
            p { a href="/staff/groups" { (w.t("staff-actions-add-groups-first")) } }
        } @else if context.waves.is_empty() {
            p { (w.t("staff-actions-no-waves")) }
        } @else {
            form method="post" action=(base) novalidate {
                (csrf_field(context.csrf_token))
                (action_fields(context, view.typed, view.problems, None))
                button class="button" type="submit" { (w.t("staff-actions-add-button")) }
            }
        }
    };
    staff_shell::render(
        &w.with(
            "staff-actions-title",
            &[("programme", programme.name.as_str().into())],
        ),
        !view.problems.is_empty(),
        Some((context.me, context.csrf_token)),
        content,
    )
}

/// The Easy Read check of each Easy Read field's saved words, by field.
pub struct SavedLint {
    pub you_said: Vec<String>,
    pub we_do: Vec<String>,
}

fn lint(words: &str) -> Vec<String> {
    lint_text(words)
        .into_iter()
        .map(|rule| StaffWords.message(&rule.message()))
        .collect()
}

impl SavedLint {
    pub fn of(action: &TrackedAction) -> SavedLint {
        SavedLint {
            you_said: lint(&action.words.you_said_easy_read),
            we_do: lint(&action.words.we_do_easy_read),
        }
    }
}

/// The fields of an action, new or edited.
fn action_fields(
    context: &RegisterContext<'_>,
    typed: &TypedAction,
    problems: &[FieldProblem],
    saved_lint: Option<&SavedLint>,
) -> Markup {
    let w = StaffWords;
    let worded = StaffWords.worded(problems);
    let error = |field: &str| worded.about(field).map(str::to_owned);
    let no_lint: Vec<String> = Vec::new();
    let you_said_lint = saved_lint.map_or(&no_lint, |lint| &lint.you_said);
    let we_do_lint = saved_lint.map_or(&no_lint, |lint| &lint.we_do);
    let limit = [("limit", WORDS_MAX_CHARS.into())];
    let words_hint = w.with("staff-action-words-hint", &limit);
    let easy_hint = w.with("staff-action-easy-read-hint", &limit);
    let due_hint = w.t("staff-action-due-hint");
    let due_label = w.t("staff-action-due");
    let labels = [
        w.t("staff-action-you-said"),
        w.t("staff-action-you-said-easy-read"),
        w.t("staff-action-we-do"),
        w.t("staff-action-we-do-easy-read"),
    ];
    let measures_error = error("measures");
    let wave_error = error("wave");
    let owner_error = error("owner");
    html! {
        div class=(if wave_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
            label class="label" for="wave" { (w.t("staff-action-wave")) }
            @if let Some(message) = &wave_error { (error_message("wave-error", message)) }
            select class="select" id="wave" name="wave" aria-describedby=[wave_error.as_ref().map(|_| "wave-error")] {
                @for wave in context.waves {
                    @let id = wave.id.to_string();
                    option value=(id) selected[typed.wave == id] { (wave.title) }
                }
            }
        }
        (text_area(&TextArea {
            id: "you_said",
            label: &labels[0],
            hint: &words_hint,
            value: &typed.words.you_said,
            error: error("you_said"),
            lint: &[],
        }))
        (text_area(&TextArea {
            id: "you_said_easy_read",
            label: &labels[1],
            hint: &easy_hint,
            value: &typed.words.you_said_easy_read,
            error: error("you_said_easy_read"),
            lint: you_said_lint,
        }))
        (text_area(&TextArea {
            id: "we_do",
            label: &labels[2],
            hint: &words_hint,
            value: &typed.words.we_do,
            error: error("we_do"),
            lint: &[],
        }))
        (text_area(&TextArea {
            id: "we_do_easy_read",
            label: &labels[3],
            hint: &easy_hint,
            value: &typed.words.we_do_easy_read,
            error: error("we_do_easy_read"),
            lint: we_do_lint,
        }))
        div class=(if measures_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
            fieldset aria-describedby={ "measures-hint" @if measures_error.is_some() { " measures-error" } } {
                legend class="label" { (w.t("staff-action-measures")) }
                p class="hint" id="measures-hint" { (w.t("staff-action-measures-hint")) }
                @if let Some(message) = &measures_error { (error_message("measures-error", message)) }
                @for (index, measure) in context.programme.measures.iter().enumerate() {
                    @let number = measure.item.number().to_string();
                    @let id = if index == 0 { "measures".to_owned() } else { format!("measures-{number}") };
                    (choice(&Choice { kind: ChoiceKind::Checkbox, id: &id, name: "measures", value: &number,
                        checked: typed.measures.contains(&number), with_symbol: false },
                        html! { (number) ". " (measure.title) }))
                }
            }
        }
        div class=(if owner_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
            label class="label" for="owner" { (w.t("staff-action-owner")) }
            p class="hint" id="owner-hint" { (w.t("staff-action-owner-hint")) }
            @if let Some(message) = &owner_error { (error_message("owner-error", message)) }
            select class="select" id="owner" name="owner" aria-describedby={ "owner-hint" @if owner_error.is_some() { " owner-error" } } {
                @for owner in context.owners {
                    @let id = owner.id.to_string();
                    option value=(id) selected[typed.owner == id] { (owner.name) }
                }
            }
        }
        (text_input(&TextInput {
            value: &typed.due_on,
            hint: Some(&due_hint),
            error: error("due_on").as_deref(),
            ..TextInput::new("due_on", &due_label)
        }))
    }
}

pub struct ActionView<'a> {
    pub context: RegisterContext<'a>,
    pub action: &'a TrackedAction,
    pub history: &'a [StatusChange],
    /// The edit form as typed (the saved action when nothing was typed).
    pub typed: &'a TypedAction,
    pub problems: &'a [FieldProblem],
    /// The status form as typed: the status code and the note.
    pub typed_status: (&'a str, &'a str),
    pub status_problems: &'a [FieldProblem],
    pub done: Option<&'a str>,
}

fn time(at: NaiveDateTime) -> String {
    at.format("%-d %B %Y").to_string()
}

/// One action: where it stands and how it got there, the form to move it on, and its details.
pub fn action_page(view: &ActionView<'_>) -> Markup {
    let w = StaffWords;
    let context = &view.context;
    let action = view.action;
    let base = format!("{}/{}", context.base(), action.id);
    let all_problems: Vec<FieldProblem> = view
        .status_problems
        .iter()
        .chain(view.problems)
        .cloned()
        .collect();
    let status_worded = w.worded(view.status_problems);
    let note_error = status_worded.about("note");
    let status_error = status_worded.about("status");
    let saved_lint = SavedLint::of(action);
    let content = html! {
        a class="back-link" href=(context.base()) { (w.t("staff-action-back")) }
        (problems_summary(&all_problems))
        @if let Some(message) = view.done.and_then(done_message) {
            div class="notice" role="status" { p { (w.t(message)) } }
        }
        h1 { span class="caption" { (w.t("staff-action-caption")) } (action.words.we_do) }
        dl class="summary-list" {
            div class="summary-list__row" { dt class="summary-list__key" { (w.t("staff-action-stands")) } dd class="summary-list__value" {
                (status_words(&w, action.status))
                @if action.is_overdue(context.today) { " " strong class="tag tag--warning" { (w.t("staff-actions-overdue-tag")) } }
                @if !action.status_note.is_empty() { ": " (action.status_note) }
            } }
            div class="summary-list__row" { dt class="summary-list__key" { (w.t("staff-action-owned-by")) } dd class="summary-list__value" { (context.owner_name(action)) } }
            div class="summary-list__row" { dt class="summary-list__key" { (w.t("staff-action-due-by")) } dd class="summary-list__value" { (long_day(action.due_on)) } }
            div class="summary-list__row" { dt class="summary-list__key" { (w.t("staff-action-answers")) } dd class="summary-list__value" { (context.wave_title(action)) } }
        }
        h2 { (w.t("staff-action-move-on")) }
        form method="post" action={ (base) "/status" } novalidate {
            (csrf_field(context.csrf_token))
            div class=(if status_error.is_some() { "form-group form-group--error" } else { "form-group" }) {
                fieldset aria-describedby=[status_error.map(|_| "status-error")] {
                    legend class="label" { (w.t("staff-action-where")) }
                    @if let Some(message) = status_error { (error_message("status-error", message)) }
                    @for (index, status) in ActionStatus::ALL.into_iter().enumerate() {
                        @let id = if index == 0 { "status".to_owned() } else { format!("status-{}", status.code()) };
                        (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "status", value: status.code(),
                            checked: view.typed_status.0 == status.code(), with_symbol: false },
                            html! { (status_words(&w, status)) }))
                    }
                }
            }
            (text_area(&TextArea {
                id: "note",
                label: &w.t("staff-action-note"),
                hint: &w.with("staff-action-note-hint", &[("limit", NOTE_MAX_CHARS.into())]),
                value: view.typed_status.1,
                error: note_error.map(str::to_owned),
                lint: &[],
            }))
            button class="button" type="submit" { (w.t("staff-action-save-status")) }
        }
        h2 { (w.t("staff-action-history")) }
        ol class="wave-list" {
            @for change in view.history {
                li {
                    (time(change.changed_at)) ": " (status_words(&w, change.status))
                    @if !change.note.is_empty() { ". " (change.note) }
                }
            }
        }
        h2 { (w.t("staff-action-change")) }
        form method="post" action=(base) novalidate {
            (csrf_field(context.csrf_token))
            (action_fields(context, view.typed, view.problems, Some(&saved_lint)))
            button class="button" type="submit" { (w.t("staff-action-save")) }
        }
    };
    staff_shell::render(
        &w.with(
            "staff-action-title",
            &[("action", action.words.we_do.as_str().into())],
        ),
        !all_problems.is_empty(),
        Some((context.me, context.csrf_token)),
        content,
    )
}

/// The form as the saved action fills it.
pub fn typed_from(action: &TrackedAction) -> TypedAction {
    TypedAction {
        wave: action.survey.to_string(),
        words: action.words.clone(),
        measures: action
            .measures
            .iter()
            .map(|item| item.number().to_string())
            .collect(),
        owner: action.owner.to_string(),
        due_on: action.due_on.to_string(),
    }
}
