//! The moderation queue and the page for checking one answer, written for VOXY reps on phones:
//! the answer's words, its question and its wave, and nothing else about who wrote it.

use maud::{Markup, html};

use super::components::{
    Choice, ChoiceKind, choice, csrf_field, error_message, problems_summary, support_contacts,
};
use super::staff_shell;
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
            summary { "If something you read upsets you" }
            div class="guidance__body" {
                p {
                    "Stop and take a break. You do not have to finish the queue. Talk to the VOXY "
                    "coordinator or another member of staff you trust: you can tell them how you feel "
                    "without saying what you read."
                }
                p {
                    "If an answer makes you worried about the young person who wrote it, use "
                    strong { "Flag a safeguarding concern" } " on that answer. The safeguarding lead "
                    "will deal with it; you do not have to do anything else."
                }
                p { "If you need to talk to someone now:" }
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
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        h1 { "Answers to check" }
        (guidance(view.contacts))
        @if view.no_waves {
            p { "No waves have been given to you yet. An admin chooses which waves each VOXY rep checks." }
        } @else if view.to_do == 0 {
            p { "There is nothing waiting for you. Thank you!" }
        } @else {
            p {
                strong { (view.to_do) } @if view.to_do == 1 { " answer is" } @else { " answers are" }
                " waiting for you. Answers that may need a safeguarding look come first."
            }
        }
        @if view.waiting_for_others > 0 {
            p {
                (view.waiting_for_others) @if view.waiting_for_others == 1 { " answer" } @else { " answers" }
                " you approved " @if view.waiting_for_others == 1 { "is" } @else { "are" }
                " waiting for a second person to approve."
            }
        }
        @if !view.items.is_empty() {
            ol class="queue" {
                @for (index, item) in view.items.iter().enumerate() {
                    li class="queue__item" {
                        @if let Some(concern) = &item.concern {
                            p { strong class="tag tag--warning" { "May need a safeguarding look" } }
                            p class="visually-hidden" { "It contains \u{201C}" (concern) "\u{201D}." }
                        }
                        p class="caption" { (item.survey_title) }
                        p class="queue__question" { (item.question_text) }
                        @if item.concern.is_some() {
                            p class="queue__excerpt" { em { "Content note: this answer may be upsetting. Its words are shown only when you choose to read them." } }
                        } @else {
                            p class="queue__excerpt" { (excerpt(&item.text, EXCERPT_CHARACTERS)) }
                        }
                        p class="hint" { (explain(&item.state, view.sign_off)) }
                        a href={ "/staff/moderation/" (item.id) } {
                            "Check this answer"
                            span class="visually-hidden" { " (number " ((view.page - 1) * QUEUE_PAGE_SIZE + index as i64 + 1) ")" }
                        }
                    }
                }
            }
        }
        @if view.page > 1 || view.has_next_page {
            nav class="pagination" aria-label="Pages of the queue" {
                @if view.page > 1 {
                    a href={ "/staff/moderation?page=" (view.page - 1) } { "Previous page" }
                }
                @if view.has_next_page {
                    a href={ "/staff/moderation?page=" (view.page + 1) } { "Next page" }
                }
            }
        }
        @if view.me.role.can(Permission::HandleSafeguarding) || view.me.role.can(Permission::ManageSurveys) {
            h2 { "For staff" }
            ul class="survey-list" {
                @if view.me.role.can(Permission::HandleSafeguarding) {
                    li { a href="/staff/safeguarding" { "Safeguarding flags" } " \u{2013} answers moderators are worried about" }
                }
                @if view.me.role.can(Permission::ManageSurveys) {
                    li { a href="/staff/moderation/settings" { "Moderation lists" } " \u{2013} safeguarding phrases, local names and themes" }
                }
            }
        }
    };
    staff_shell::render(
        "Answers to check",
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
    let problem_for = |field: &str| {
        view.problem
            .filter(|problem| problem.field == field)
            .map(|problem| problem.message.as_ref())
    };
    let content = html! {
        @if let Some(problem) = view.problem {
            (problems_summary(std::slice::from_ref(problem)))
        }
        @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
        a class="back-link" href="/staff/moderation" { "Back to the queue" }
        p class="caption" { (item.survey_title) }
        h1 { "Check this answer" }
        (guidance(view.contacts))
        h2 class="heading-small" { "The question" }
        p { (item.question_text) }
        h2 class="heading-small" { "The answer" @if !item.redactions.is_empty() { ", with words hidden" } }
        @if let Some(concern) = &item.concern {
            div class="warning-text" {
                p {
                    strong { "Content note: this answer contains \u{201C}" (concern) "\u{201D}, which is on the safeguarding list. " }
                    "It may be upsetting to read. Take your time; you can stop and talk to someone first."
                }
            }
            details class="folded-answer" {
                summary { "Read the answer" }
                (answer_text(item))
            }
        } @else {
            (answer_text(item))
        }
        p {
            @if item.state.consent {
                "The young person agreed to their words being shared."
            } @else {
                "The young person did not agree to their words being shared. It can be used for analysis only, never as a quote."
            }
        }
        @if item.state.status != QuoteStatus::Flagged {
            h2 { "Worried about the young person who wrote this?" }
            p {
                "Flag it. The safeguarding lead is emailed the answer\u{2019}s words and the wave straight "
                "away. There is nothing else to send: the survey is anonymous. A flagged answer is never published."
            }
            form class="inline-form" method="post" action={ (action) "/flag" } novalidate {
                (csrf_field(view.csrf_token))
                button class="button button--warning" type="submit" { "Flag a safeguarding concern" }
            }
        }
        p class="hint" { (explain(&item.state, view.sign_off)) }
        @if item.state.status.is_open() {
            (moderation_form(view, &action, &problem_for))
            @if !item.redactions.is_empty() {
                form class="inline-form" method="post" action={ (action) "/redactions" } novalidate {
                    (csrf_field(view.csrf_token))
                    input type="hidden" name="clear" value="yes";
                    button class="button button--secondary" type="submit" { "Show all the words again" }
                }
            }
        } @else {
            (decided_summary(item))
        }
    };
    staff_shell::render(
        "Check this answer",
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
                p { strong { "If you approve it as it is, exactly these words are published:" } }
                blockquote class="answer" { (item.redactions.apply(&item.text)) }
            }
        }
        form method="post" action={ (action) "/decision" } novalidate {
            (csrf_field(view.csrf_token))
            input type="hidden" name="shown" value=(item.redactions.fingerprint());
            h2 { "Hide anything that could show who wrote it" }
            p {
                "Names, schools, places, phone numbers, email and web addresses, postcodes, or anything "
                "only a few people would know. Hidden words are replaced by a mark such as [name]."
            }
            @if !view.suggestions.is_empty() {
                div class="form-group" {
                    fieldset {
                        legend class="label" { "Suggested: these are hidden when you save, unless you untick them" }
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
                                "\u{201C}" (suggestion.words) "\u{201D} (" (suggestion.kind.describe()) ") becomes "
                                (suggestion.redaction.mark.shown_as())
                            }))
                        }
                    }
                }
            }
            div class=(group_class(words_problem)) {
                label class="label" for="words" { "Other words to hide" }
                p class="hint" id="words-hint" { "Type or paste them exactly as they are in the answer." }
                @if let Some(message) = words_problem { (error_message("words-error", message)) }
                input class=(if words_problem.is_some() { "input input--error" } else { "input" }) id="words" name="words"
                    type="text" autocomplete="off" spellcheck="false" value=(form.words)
                    aria-describedby={ "words-hint" @if words_problem.is_some() { " words-error" } };
            }
            div class="form-group" {
                fieldset {
                    legend class="label" { "Show them as" }
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
                "Hide these words and check again"
            }
            (decision_fields(view, problem_for))
            button class="button" type="submit" { "Save decision" }
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
                "Use it as a quote, as shown above"
            } else {
                "Use it as a quote, with the ticked words hidden"
            },
        ));
    }
    decisions.push(("analysis", "Keep it for analysis only, not as a quote"));
    decisions.push(("reject", "Do not use it"));
    let chosen = |field: &Option<String>, value: &str| field.as_deref() == Some(value);
    html! {
        h2 { "Your decision" }
        div class=(group_class(decision_problem)) {
            fieldset aria-describedby=[decision_problem.map(|_| "decision-error")] {
                legend class="label" { "What should happen to this answer?" }
                @if let Some(message) = decision_problem { (error_message("decision-error", message)) }
                @for (index, (value, label)) in decisions.iter().enumerate() {
                    @let id = if index == 0 { "decision".to_owned() } else { format!("decision-{value}") };
                    (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "decision", value, checked: chosen(&form.decision, value), with_symbol: false }, html! { (label) }))
                }
            }
        }
        div class=(group_class(theme_problem)) {
            label class="label" for="theme" { "Theme" }
            p class="hint" id="theme-hint" { "For a quote or for analysis: what is it mostly about?" }
            @if let Some(message) = theme_problem { (error_message("theme-error", message)) }
            @let selected = form.theme.as_deref().or(view.item.theme.as_deref());
            select class="select" id="theme" name="theme"
                aria-describedby={ "theme-hint" @if theme_problem.is_some() { " theme-error" } } {
                option value="" { "Choose a theme" }
                @for theme in view.themes {
                    option value=(theme) selected[selected == Some(theme.as_str())] { (theme) }
                }
            }
        }
        div class=(group_class(reason_problem)) {
            fieldset aria-describedby=[reason_problem.map(|_| "reason-error")] {
                legend class="label" { "If you do not use it, why not?" }
                @if let Some(message) = reason_problem { (error_message("reason-error", message)) }
                @for (index, reason) in RejectReason::ALL.iter().enumerate() {
                    @let id = if index == 0 { "reason".to_owned() } else { format!("reason-{}", reason.as_str()) };
                    (choice(&Choice { kind: ChoiceKind::Radio, id: &id, name: "reason", value: reason.as_str(), checked: chosen(&form.reason, reason.as_str()), with_symbol: false }, html! { (reason.label()) }))
                }
            }
        }
        @if view.item.state.consent && (!view.suggestions.is_empty() || identifier_problem.is_some()) {
            div class=(group_class(identifier_problem)) {
                label class="label" for="identifier_reason" { "If you leave a suggestion showing, say why it is safe" }
                p class="hint" id="identifier_reason-hint" {
                    "For example: \u{201C}Patel is the name of the youth centre\u{201D}. Words the check "
                    "questions are only published when a second person agrees and gives a reason. "
                    "Reasons are kept in the audit log."
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
                div class="summary-list__row" { dt class="summary-list__key" { "Theme" } dd class="summary-list__value" { (theme) } }
            }
            @if let Some(reason) = item.reject_reason {
                div class="summary-list__row" { dt class="summary-list__key" { "Why it is not used" } dd class="summary-list__value" { (reason.label()) } }
            }
            @if let Some(text) = &item.published_text {
                div class="summary-list__row" { dt class="summary-list__key" { "Published as" } dd class="summary-list__value" { (text) } }
            }
        }
    }
}

/// Flagging is a step nobody should take by a slip of the thumb: it asks once more.
pub fn confirm_flag(me: &StaffUser, csrf_token: &str, item: &QuoteItem) -> Markup {
    let action = format!("/staff/moderation/{}/flag", item.id);
    let content = html! {
        a class="back-link" href={ "/staff/moderation/" (item.id) } { "Back to the answer" }
        p class="caption" { (item.survey_title) }
        h1 { "Flag this answer to the safeguarding lead?" }
        p {
            "The safeguarding lead will be emailed the answer\u{2019}s words and the wave now. The answer "
            "leaves the queue and is never published. You do not have to do anything else."
        }
        p { "If you flagged it by mistake, tell the safeguarding lead: they can put it back in the queue." }
        form class="inline-form" method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            input type="hidden" name="confirm" value="yes";
            button class="button button--warning" type="submit" { "Yes, flag it" }
        }
        p { a href={ "/staff/moderation/" (item.id) } { "No, go back to the answer" } }
    };
    staff_shell::render(
        "Flag this answer to the safeguarding lead?",
        false,
        Some((me, csrf_token)),
        content,
    )
}
