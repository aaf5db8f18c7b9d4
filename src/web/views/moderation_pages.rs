//! The moderation queue and the page for checking one answer, written for VOXY reps on phones:
//! the answer's words, its question and its wave, and nothing else about who wrote it.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, choice, csrf_field, error_message, problems_summary, support_contacts,
};
use super::staff_shell;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::answer_under_review::QuoteItem;
use crate::domain::field_problem::FieldProblem;
use crate::domain::quote::{OverrideReason, QuoteStatus, RejectReason, SignOff, explain};
use crate::domain::redaction::{Piece, RedactionMark};
use crate::domain::redaction_suggestions::Suggestion;
use crate::domain::staff::{Permission, StaffUser};
use crate::domain::support::SupportContact;

/// Shown on every page of the queue: reading young people's words can be hard.
pub fn guidance(contacts: &[SupportContact]) -> Markup {
    html! {
        details class="guidance" {
            summary { (StaffWords.t("staff-moderation-if-something-you-read-upsets")) }
            div class="guidance__body" {
                p {
                    (StaffWords.t("staff-moderation-stop-and-take-a-break"))
                }
                p {
                    (StaffWords.t("staff-moderation-if-an-answer-makes-you")) " "
                    strong { (StaffWords.t("staff-moderation-flag-a-safeguarding-concern")) } " " (StaffWords.t("staff-moderation-on-that-answer-the-safeguarding"))
                }
                p { (StaffWords.t("staff-moderation-if-you-need-to-talk")) }
                (support_contacts(contacts))
            }
        }
    }
}

/// Renders an answer with its hidden parts shown as their marks.
pub fn answer_text(item: &QuoteItem) -> Markup {
    html! {
        blockquote class="answer" {
            @for piece in item.redactions.pieces(&item.text) {
                @match piece {
                    Piece::Kept(words) => (words),
                    Piece::Hidden(mark) => mark class="redaction" { (mark.shown_as()) },
                }
            }
        }
    }
}

pub struct QueueView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub items: &'a [QuoteItem],
    pub to_do: i64,
    pub waiting_for_others: i64,
    pub page: i64,
    pub has_next_page: bool,
    pub sign_off: SignOff,
    pub notice: Option<&'a str>,
    pub contacts: &'a [SupportContact],
    /// A moderator with no waves assigned yet.
    pub no_waves: bool,
}

/// How much of an answer the queue shows before "Check this answer".
const EXCERPT_CHARACTERS: usize = 160;

pub fn queue(view: &QueueView<'_>) -> Markup {
    let content = html! {
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        h1 { (StaffWords.t("staff-home-moderation")) }
        (guidance(view.contacts))
        @if view.no_waves {
            p { (StaffWords.t("staff-moderation-no-waves-have-been-given")) }
        } @else if view.to_do == 0 {
            p { (StaffWords.t("staff-moderation-there-is-nothing-waiting-for")) }
        } @else {
            p { (StaffWords.with("staff-moderation-waiting-for-you", &[("count", view.to_do.into())])) }
        }
        @if view.waiting_for_others > 0 {
            p { (StaffWords.with("staff-moderation-waiting-for-others", &[("count", view.waiting_for_others.into())])) }
        }
        @if !view.items.is_empty() {
            ol class="queue" {
                @for (index, item) in view.items.iter().enumerate() {
                    li class="queue__item" {
                        @if let Some(concern) = &item.concern {
                            p { strong class="tag tag--warning" { (StaffWords.t("staff-moderation-may-need-a-safeguarding-look")) } }
                            p class="visually-hidden" { (StaffWords.with("staff-moderation-it-contains", &[("words", concern.as_str().into())])) }
                        }
                        p class="caption" { (item.survey_title) }
                        p class="queue__question" { (item.question_text) }
                        @if item.concern.is_some() {
                            p class="queue__excerpt" { em { (StaffWords.t("staff-moderation-content-note-this-answer-may")) } }
                        } @else {
                            p class="queue__excerpt" { (excerpt(&item.text, EXCERPT_CHARACTERS)) }
                        }
                        p class="hint" { (StaffWords.t(explain(&item.state, view.sign_off))) }
                        a href={ "/staff/moderation/" (item.id) } {
                            (StaffWords.t("staff-moderation-check-this-answer"))
                            span class="visually-hidden" { " (number " ((view.page - 1) * QUEUE_PAGE_SIZE + index as i64 + 1) ")" }
                        }
                    }
                }
            }
        }
        @if view.page > 1 || view.has_next_page {
            nav class="pagination" aria-label=(StaffWords.t("staff-moderation-pages-of-the-queue")) {
                @if view.page > 1 {
                    a href={ "/staff/moderation?page=" (view.page - 1) } { (StaffWords.t("staff-moderation-previous-page")) }
                }
                @if view.has_next_page {
                    a href={ "/staff/moderation?page=" (view.page + 1) } { (StaffWords.t("staff-moderation-next-page")) }
                }
            }
        }
        @if view.me.role.can(Permission::HandleSafeguarding) || view.me.role.can(Permission::ManageSurveys) {
            h2 { (StaffWords.t("staff-moderation-for-staff")) }
            ul class="survey-list" {
                @if view.me.role.can(Permission::HandleSafeguarding) {
                    li { a href="/staff/safeguarding" { (StaffWords.t("staff-home-safeguarding")) } " " (StaffWords.t("staff-moderation-answers-moderators-are-worried-about")) }
                }
                @if view.me.role.can(Permission::ManageSurveys) {
                    li { a href="/staff/moderation/settings" { (StaffWords.t("staff-lists-title")) } " " (StaffWords.t("staff-moderation-safeguarding-phrases-local-names-and")) }
                }
            }
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-home-moderation"),
        false,
        Some((view.me, view.csrf_token)),
        content,
    )
}

/// Answers per page of the queue: enough to get on with, short enough for a phone.
pub const QUEUE_PAGE_SIZE: i64 = 20;

/// At most `most` characters of `text`, ending in "…" when cut short.
pub fn excerpt(text: &str, most: usize) -> String {
    let trimmed = text.trim();
    if trimmed.chars().count() <= most {
        return trimmed.to_owned();
    }
    let cut: String = trimmed.chars().take(most).collect();
    format!("{}\u{2026}", cut.trim_end())
}

/// What the answer page's form held when it was sent, so a refused form comes back as it was.
#[derive(Debug, Clone, Default)]
pub struct ItemForm {
    /// The suggestions ticked; `None` before the form was sent, when every one is ticked.
    pub ticked: Option<Vec<String>>,
    pub words: String,
    pub mark: Option<String>,
    pub decision: Option<String>,
    pub theme: Option<String>,
    pub reason: Option<String>,
    pub identifier_reason: String,
}

pub struct ItemView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub item: &'a QuoteItem,
    pub suggestions: &'a [Suggestion],
    pub themes: &'a [String],
    pub sign_off: SignOff,
    pub contacts: &'a [SupportContact],
    pub problem: Option<&'a FieldProblem>,
    pub notice: Option<&'a str>,
    pub form: &'a ItemForm,
}

/// The value a suggestion's checkbox sends: `start:end:mark`.
pub fn suggestion_value(suggestion: &Suggestion) -> String {
    let redaction = suggestion.redaction;
    format!(
        "{}:{}:{}",
        redaction.start,
        redaction.end,
        redaction.mark.as_str()
    )
}

pub fn item(view: &ItemView<'_>) -> Markup {
    let item = view.item;
    let action = format!("/staff/moderation/{}", item.id);
    let worded_problem = view
        .problem
        .map(|problem| StaffWords.message(&problem.message));
    let problem_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field == field)
            .and(worded_problem.as_deref())
    };
    let content = html! {
        @if let Some(problem) = view.problem {
            (problems_summary(std::slice::from_ref(problem)))
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href="/staff/moderation" { (StaffWords.t("staff-lists-back")) }
        p class="caption" { (item.survey_title) }
        h1 { (StaffWords.t("staff-moderation-check-this-answer")) }
        (guidance(view.contacts))
        h2 class="heading-small" { (StaffWords.t("staff-moderation-the-question")) }
        p { (item.question_text) }
        h2 class="heading-small" {
            @if item.redactions.is_empty() { (StaffWords.t("staff-moderation-the-answer")) } @else { (StaffWords.t("staff-moderation-the-answer-with-words-hidden")) }
        }
        @if let Some(concern) = &item.concern {
            div class="warning-text" {
                p {
                    strong { (StaffWords.with("staff-moderation-content-note-contains", &[("words", concern.as_str().into())])) } " " (StaffWords.t("staff-moderation-it-may-be-upsetting-to"))
                }
            }
            details class="folded-answer" {
                summary { (StaffWords.t("staff-moderation-read-the-answer")) }
                (answer_text(item))
            }
        } @else {
            (answer_text(item))
        }
        p {
            @if item.state.consent {
                (StaffWords.t("staff-moderation-the-young-person-agreed-to"))
            } @else {
                (StaffWords.t("staff-moderation-the-young-person-did-not"))
            }
        }
        @if item.state.status != QuoteStatus::Flagged {
            h2 { (StaffWords.t("staff-moderation-worried-about-the-young-person")) }
            p {
                (StaffWords.t("staff-moderation-flag-it-the-safeguarding-lead"))
            }
            form class="inline-form" method="post" action={ (action) "/flag" } novalidate {
                (csrf_field(view.csrf_token))
                button class="button button--warning" type="submit" { (StaffWords.t("staff-moderation-flag-a-safeguarding-concern")) }
            }
        }
        p class="hint" { (StaffWords.t(explain(&item.state, view.sign_off))) }
        @if item.state.status.is_open() {
            (moderation_form(view, &action, &problem_for))
            @if !item.redactions.is_empty() {
                form class="inline-form" method="post" action={ (action) "/redactions" } novalidate {
                    (csrf_field(view.csrf_token))
                    input type="hidden" name="clear" value="yes";
                    button class="button button--secondary" type="submit" { (StaffWords.t("staff-moderation-show-all-the-words-again")) }
                }
            }
        } @else {
            (decided_summary(item))
        }
    };
    staff_shell::render(
        &StaffWords.t("staff-moderation-check-this-answer"),
        view.problem.is_some(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

fn group_class(problem: Option<&str>) -> &'static str {
    if problem.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// Hiding words and deciding are one form: whatever is ticked or typed is hidden before a quote is
/// approved, so a decision can never publish words the moderator meant to hide.
fn moderation_form<'p>(
    view: &ItemView<'_>,
    action: &str,
    problem_for: &dyn Fn(&str) -> Option<&'p str>,
) -> Markup {
    let item = view.item;
    let form = view.form;
    let words_problem = problem_for("words");
    html! {
        @if item.state.status == QuoteStatus::SecondApproval && item.state.consent {
            div class="inset" {
                p { strong { (StaffWords.t("staff-moderation-if-you-approve-it-as")) } }
                blockquote class="answer" { (item.redactions.apply(&item.text)) }
            }
        }
        form method="post" action={ (action) "/decision" } novalidate {
            (csrf_field(view.csrf_token))
            input type="hidden" name="shown" value=(item.redactions.fingerprint());
            h2 { (StaffWords.t("staff-moderation-hide-anything-that-could-show")) }
            p {
                (StaffWords.t("staff-moderation-names-schools-places-phone-numbers"))
            }
            @if !view.suggestions.is_empty() {
                div class="form-group" {
                    fieldset {
                        legend class="label" { (StaffWords.t("staff-moderation-suggested-these-are-hidden-when")) }
                        @for (index, suggestion) in view.suggestions.iter().enumerate() {
                            @let id = format!("suggestion-{index}");
                            @let value = suggestion_value(suggestion);
                            @let checked = form.ticked.as_ref().is_none_or(|ticked| ticked.contains(&value));
                            (choice(&Choice {
                                kind: ChoiceKind::Checkbox,
                                id: &id,
                                name: "suggestion",
                                value: &value,
                                checked,
                                with_symbol: false,
                            }, html! {
                                (StaffWords.with("staff-moderation-suggestion-becomes", &[
                                    ("words", suggestion.words.as_str().into()),
                                    ("kind", StaffWords.t(suggestion.kind.message_id()).into()),
                                    ("mark", suggestion.redaction.mark.shown_as().into()),
                                ]))
                            }))
                        }
                    }
                }
            }
            div class=(group_class(words_problem)) {
                label class="label" for="words" { (StaffWords.t("staff-moderation-other-words-to-hide")) }
                p class="hint" id="words-hint" { (StaffWords.t("staff-moderation-type-or-paste-them-exactly")) }
                @if let Some(message) = words_problem { (error_message("words-error", message)) }
                input class=(if words_problem.is_some() { "input input--error" } else { "input" }) id="words" name="words"
                    type="text" autocomplete="off" spellcheck="false" value=(form.words)
                    aria-describedby={ "words-hint" @if words_problem.is_some() { " words-error" } };
            }
            div class="form-group" {
                fieldset {
                    legend class="label" { (StaffWords.t("staff-moderation-show-them-as")) }
                    @for mark in RedactionMark::ALL {
                        @let id = format!("mark-{}", mark.as_str());
                        @let checked = match &form.mark {
                            Some(chosen) => chosen == mark.as_str(),
                            None => mark == RedactionMark::Removed,
                        };
                        (choice(&Choice {
                            kind: ChoiceKind::Radio,
                            id: &id,
                            name: "mark",
                            value: mark.as_str(),
                            checked,
                            with_symbol: false,
                        }, html! { (mark.shown_as()) }))
                    }
                }
            }
            button class="button button--secondary" type="submit" formaction={ (action) "/redactions" } {
                (StaffWords.t("staff-moderation-hide-these-words-and-check"))
            }
            (decision_fields(view, problem_for))
            button class="button" type="submit" { (StaffWords.t("staff-moderation-save-decision")) }
        }
    }
}

fn decision_fields<'p>(
    view: &ItemView<'_>,
    problem_for: &dyn Fn(&str) -> Option<&'p str>,
) -> Markup {
    let form = view.form;
    let (decision_problem, theme_problem, reason_problem, identifier_problem) = (
        problem_for("decision"),
        problem_for("theme"),
        problem_for("reason"),
        problem_for("identifier_reason"),
    );
    let mut decisions = Vec::new();
    if view.item.state.consent {
        decisions.push((
            "approve",
            if view.suggestions.is_empty() {
                StaffWords.t("staff-moderation-use-it-as-a-quote")
            } else {
                StaffWords.t("staff-moderation-use-it-as-a-quote-hidden")
            },
        ));
    }
    decisions.push((
        "analysis",
        StaffWords.t("staff-moderation-keep-it-for-analysis-only"),
    ));
    decisions.push(("reject", StaffWords.t("staff-moderation-do-not-use-it")));
    let chosen = |field: &Option<String>, value: &str| field.as_deref() == Some(value);
    html! {
        h2 { (StaffWords.t("staff-moderation-your-decision")) }
        div class=(group_class(decision_problem)) {
            fieldset aria-describedby=[decision_problem.map(|_| "decision-error")] {
                legend class="label" { (StaffWords.t("staff-moderation-what-should-happen-to-this")) }
                @if let Some(message) = decision_problem { (error_message("decision-error", message)) }
                @for (index, (value, label)) in decisions.iter().enumerate() {
                    @let id = if index == 0 { "decision".to_owned() } else { format!("decision-{value}") };
                    (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "decision", value, checked: chosen(&form.decision, value), with_symbol: false }, html! { (label) }))
                }
            }
        }
        div class=(group_class(theme_problem)) {
            label class="label" for="theme" { (StaffWords.t("staff-moderation-theme")) }
            p class="hint" id="theme-hint" { (StaffWords.t("staff-moderation-for-a-quote-or-for")) }
            @if let Some(message) = theme_problem { (error_message("theme-error", message)) }
            @let selected = form.theme.as_deref().or(view.item.theme.as_deref());
            select class="select" id="theme" name="theme"
                aria-describedby={ "theme-hint" @if theme_problem.is_some() { " theme-error" } } {
                option value="" { (StaffWords.t("staff-moderation-problem-theme")) }
                @for theme in view.themes {
                    option value=(theme) selected[selected == Some(theme.as_str())] { (theme) }
                }
            }
        }
        div class=(group_class(reason_problem)) {
            fieldset aria-describedby=[reason_problem.map(|_| "reason-error")] {
                legend class="label" { (StaffWords.t("staff-moderation-if-you-do-not-use")) }
                @if let Some(message) = reason_problem { (error_message("reason-error", message)) }
                @for (index, reason) in RejectReason::ALL.iter().enumerate() {
                    @let id = if index == 0 { "reason".to_owned() } else { format!("reason-{}", reason.as_str()) };
                    (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "reason", value: reason.as_str(), checked: chosen(&form.reason, reason.as_str()), with_symbol: false }, html! { (StaffWords.t(reason.message_id())) }))
                }
            }
        }
        @if view.item.state.consent && (!view.suggestions.is_empty() || identifier_problem.is_some()) {
            div class=(group_class(identifier_problem)) {
                label class="label" for="identifier_reason" { (StaffWords.t("staff-moderation-if-you-leave-a-suggestion")) }
                p class="hint" id="identifier_reason-hint" {
                    (StaffWords.t("staff-moderation-for-example-patel-is-the"))
                }
                @if let Some(message) = identifier_problem { (error_message("identifier_reason-error", message)) }
                textarea class=(if identifier_problem.is_some() { "textarea textarea--short textarea--error" } else { "textarea textarea--short" })
                    id="identifier_reason" name="identifier_reason" rows="3"
                    maxlength=(OverrideReason::MAX_CHARACTERS)
                    aria-describedby={ "identifier_reason-hint" @if identifier_problem.is_some() { " identifier_reason-error" } } {
                    (form.identifier_reason)
                }
            }
        }
    }
}

fn decided_summary(item: &QuoteItem) -> Markup {
    html! {
        dl class="summary-list" {
            @if let Some(theme) = &item.theme {
                div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-moderation-theme")) } dd class="summary-list__value" { (theme) } }
            }
            @if let Some(reason) = item.reject_reason {
                div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-moderation-why-it-is-not-used")) } dd class="summary-list__value" { (StaffWords.t(reason.message_id())) } }
            }
            @if let Some(text) = &item.published_text {
                div class="summary-list__row" { dt class="summary-list__key" { (StaffWords.t("staff-moderation-published-as")) } dd class="summary-list__value" { (text) } }
            }
        }
    }
}

/// Flagging is a step nobody should take by a slip of the thumb: it asks once more.
pub fn confirm_flag(me: &StaffUser, csrf_token: &str, item: &QuoteItem) -> Markup {
    let action = format!("/staff/moderation/{}/flag", item.id);
    let content = html! {
        a class="back-link" href={ "/staff/moderation/" (item.id) } { (StaffWords.t("staff-moderation-back-to-the-answer")) }
        p class="caption" { (item.survey_title) }
        h1 { (StaffWords.t("staff-moderation-flag-this-answer-to-the")) }
        p {
            (StaffWords.t("staff-moderation-the-safeguarding-lead-will-be"))
        }
        p { (StaffWords.t("staff-moderation-if-you-flagged-it-by")) }
        form class="inline-form" method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            input type="hidden" name="confirm" value="yes";
            button class="button button--warning" type="submit" { (StaffWords.t("staff-moderation-yes-flag-it")) }
        }
        p { a href={ "/staff/moderation/" (item.id) } { (StaffWords.t("staff-moderation-no-go-back-to-the")) } }
    };
    staff_shell::render(
        &StaffWords.t("staff-moderation-flag-this-answer-to-the"),
        false,
        Some((me, csrf_token)),
        content,
    )
}
