//! Editing or adding one question of a wave: wording in both formats, symbol, plan item,
//! demographic flag and answers, with the Easy Read check beside each Easy Read text.

use maud::{Markup, html};

use super::components::{csrf_field, error_message, problems_summary};
use super::staff_shell;
use super::survey_admin_pages::kind_label;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::easy_read::Finding;
use crate::domain::field_problem::FieldProblem;
use crate::domain::programme::Programme;
use crate::domain::question_edit::QuestionDraft;
use crate::domain::staff::StaffUser;
use crate::domain::survey::{QuestionKind, Survey};
use crate::domain::symbols::SymbolLibrary;
use crate::domain::wording_place::WordingPlace;

/// Blank answer rows offered for adding answers.
pub const BLANK_OPTION_ROWS: usize = 2;

pub struct EditorView<'a> {
    pub me: &'a StaffUser,
    pub csrf_token: &'a str,
    pub survey: &'a Survey,
    pub programme: &'a Programme,
    /// The question's number, or none when adding one.
    pub number: Option<usize>,
    pub action: &'a str,
    pub draft: &'a QuestionDraft,
    pub problems: &'a [FieldProblem],
    /// Easy Read findings about the saved question.
    pub findings: &'a [&'a Finding],
    pub answers_held: bool,
    pub symbols: &'a SymbolLibrary,
    pub notice: Option<&'a str>,
}

pub fn editor(view: &EditorView<'_>) -> Markup {
    let title = match view.number {
        Some(number) => StaffWords.with("staff-editor-title", &[("number", number.into())]),
        None => StaffWords.t("staff-waves-add-a-question"),
    };
    let worded = StaffWords.worded(view.problems);
    let problem = |field: &str| worded.about(field);
    let key = view.draft.key.trim();
    // The saved check's findings about one place of this question, found by its key as typed.
    let lint = |wanted: &dyn Fn(&WordingPlace) -> bool| -> Vec<String> {
        view.findings
            .iter()
            .filter(|finding| wanted(&finding.place))
            .map(|finding| StaffWords.message(&finding.rule.message()))
            .collect()
    };
    let draft = view.draft;
    let mut rows = draft.options.clone();
    rows.extend(std::iter::repeat_n(Default::default(), BLANK_OPTION_ROWS));
    let content = html! {
        (problems_summary(view.problems))
        @if let Some(notice) = view.notice { p class="notice" role="status" { (StaffWords.t(notice)) } }
        a class="back-link" href={ "/staff/surveys/" (view.survey.slug) } { (StaffWords.with("staff-waves-back-to-wave", &[("wave", view.survey.title.as_str().into())])) }
        h1 { (title) }
        @if view.answers_held && view.number.is_some() {
            p class="warning-text" {
                (StaffWords.t("staff-editor-this-wave-has-been-open"))
            }
        }
        form method="post" action=(view.action) novalidate {
            (csrf_field(view.csrf_token))
            (field(&FieldSpec { id: "key", label: &StaffWords.t("staff-editor-key"), value: &draft.key, error: problem("key"), multiline: false,
                hint: &StaffWords.t("staff-editor-links-this-question-across-waves"), lint: &[] }))
            div class=(group(problem("kind"))) {
                label class="label" for="kind" { (StaffWords.t("staff-editor-kind-of-question")) }
                @if let Some(message) = problem("kind") { (error_message("kind-error", message)) }
                select class="select" id="kind" name="kind" aria-describedby=[problem("kind").map(|_| "kind-error")] {
                    option value="" { (StaffWords.t("staff-editor-choose-a-kind")) }
                    @for kind in QuestionKind::ALL {
                        option value=(kind.as_str()) selected[draft.kind == kind.as_str()] { (kind_label(kind)) }
                    }
                }
            }
            (field(&FieldSpec { id: "text", label: &StaffWords.t("staff-moderation-the-question"), value: &draft.text, error: problem("text"), multiline: true, hint: "", lint: &[] }))
            (field(&FieldSpec { id: "easy_read_text", label: &StaffWords.t("staff-editor-the-question-in-easy-read"), value: &draft.easy_read_text,
                error: problem("easy_read_text"), multiline: true,
                hint: &StaffWords.t("staff-editor-short-sentences-everyday-words-numbers"), lint: &lint(&|place| matches!(place, WordingPlace::Question(k) if k.as_str() == key)) }))
            (field(&FieldSpec { id: "hint", label: &StaffWords.t("staff-editor-hint-optional"), value: &draft.hint, error: problem("hint"), multiline: false, hint: "", lint: &[] }))
            (field(&FieldSpec { id: "easy_read_hint", label: &StaffWords.t("staff-editor-hint-in-easy-read-optional"), value: &draft.easy_read_hint,
                error: problem("easy_read_hint"), multiline: false, hint: "", lint: &lint(&|place| matches!(place, WordingPlace::Hint(k) if k.as_str() == key)) }))
            (symbol_select("symbol", &StaffWords.t("staff-editor-symbol"), &draft.symbol, problem("symbol"), view.symbols))
            div class=(group(problem("plan_item"))) {
                label class="label" for="plan_item" { (StaffWords.t("staff-editor-plan-item-label")) }
                @if let Some(message) = problem("plan_item") { (error_message("plan_item-error", message)) }
                select class="select" id="plan_item" name="plan_item" {
                    option value="" { (StaffWords.t("staff-editor-none")) }
                    @for measure in &view.programme.measures {
                        @let number = measure.item.number();
                        option value=(number) selected[draft.plan_item == number.to_string()] { (StaffWords.with("staff-editor-plan-item-choice", &[("item", i64::from(number).into()), ("title", measure.title.as_str().into())])) }
                    }
                }
            }
            (field(&FieldSpec { id: "sign_video", label: &StaffWords.t("staff-editor-video-in-british-sign-language"), value: &draft.sign_video,
                error: problem("sign_video"), multiline: false,
                hint: &StaffWords.t("staff-editor-a-link-starting-https-to"), lint: &[] }))
            div class="form-group" {
                div class="checkboxes__item" {
                    input class="checkboxes__input" id="demographic" type="checkbox" name="demographic" value="yes" checked[draft.demographic];
                    label class="checkboxes__label" for="demographic" {
                        span class="checkboxes__mark" {}
                        (StaffWords.t("staff-editor-a-demographic-question-results-are"))
                    }
                }
            }
            h2 id="options" tabindex="-1" { (StaffWords.t("staff-action-answers")) }
            @if let Some(message) = problem("options") { (error_message("options-error", message)) }
            p class="hint" { (StaffWords.t("staff-editor-leave-the-answers-empty-for")) }
            p class="hint" id="excludes-others-hint" {
                (StaffWords.t("staff-editor-chosen-only-on-its-own"))
            }
            input type="hidden" name="option_rows" value=(rows.len());
            @for (index, row) in rows.iter().enumerate() {
                @let n = index + 1;
                @let name = |field: &str| format!("option-{n}-{field}");
                fieldset class="option-row" {
                    legend class="label" {
                        @if row.id.is_none() && row.value.is_empty() {
                            (StaffWords.with("staff-editor-new-answer-number", &[("number", n.into())]))
                        } @else {
                            (StaffWords.with("staff-editor-answer-number", &[("number", n.into())]))
                        }
                    }
                    @if let Some(id) = row.id { input type="hidden" name=(name("id")) value=(id); }
                    (field(&FieldSpec { id: &name("value"), label: &StaffWords.t("staff-editor-code"), value: &row.value, error: problem(&name("value")), multiline: false, hint: "", lint: &[] }))
                    (field(&FieldSpec { id: &name("label"), label: &StaffWords.t("staff-editor-words"), value: &row.label, error: problem(&name("label")), multiline: false, hint: "", lint: &[] }))
                    (field(&FieldSpec { id: &name("easy_read_label"), label: &StaffWords.t("staff-editor-words-in-easy-read"), value: &row.easy_read_label,
                        error: problem(&name("easy_read_label")), multiline: false, hint: "",
                        lint: &lint(&|place| matches!(place, WordingPlace::Answer(k, v) if k.as_str() == key && v.as_str() == row.value.trim())) }))
                    (symbol_select(&name("symbol"), &StaffWords.t("staff-editor-symbol"), &row.symbol, problem(&name("symbol")), view.symbols))
                    div class="checkboxes__item" {
                        input class="checkboxes__input" id=(name("positive")) type="checkbox" name=(name("positive")) value="yes" checked[row.positive];
                        label class="checkboxes__label" for=(name("positive")) { span class="checkboxes__mark" {} (StaffWords.t("staff-editor-counts-as-positive")) }
                    }
                    div class="checkboxes__item" {
                        input class="checkboxes__input" id=(name("excludes_others")) type="checkbox" name=(name("excludes_others")) value="yes" checked[row.excludes_others]
                            aria-describedby="excludes-others-hint";
                        label class="checkboxes__label" for=(name("excludes_others")) { span class="checkboxes__mark" {} (StaffWords.t("staff-editor-chosen-only-on-its-own-2")) }
                    }
                    @if row.id.is_some() {
                        @if let Some(message) = problem(&name("remove")) { (error_message(&format!("{}-error", name("remove")), message)) }
                        div class="checkboxes__item" {
                            input class="checkboxes__input" id=(name("remove")) type="checkbox" name=(name("remove")) value="yes" checked[row.remove];
                            label class="checkboxes__label" for=(name("remove")) { span class="checkboxes__mark" {} (StaffWords.t("staff-editor-delete-this-answer")) }
                        }
                    }
                }
            }
            button class="button" type="submit" { (StaffWords.t("staff-editor-save-the-question")) }
        }
    };
    staff_shell::render(
        &title,
        !view.problems.is_empty(),
        Some((view.me, view.csrf_token)),
        content,
    )
}

fn group(problem: Option<&str>) -> &'static str {
    if problem.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

struct FieldSpec<'a> {
    id: &'a str,
    label: &'a str,
    value: &'a str,
    error: Option<&'a str>,
    multiline: bool,
    hint: &'a str,
    /// Easy Read check findings for this text, shown under it.
    lint: &'a [String],
}

fn field(spec: &FieldSpec<'_>) -> Markup {
    let hint_id = format!("{}-hint", spec.id);
    let error_id = format!("{}-error", spec.id);
    let lint_id = format!("{}-lint", spec.id);
    let described: Vec<&str> = [
        (!spec.hint.is_empty()).then_some(hint_id.as_str()),
        spec.error.map(|_| error_id.as_str()),
        (!spec.lint.is_empty()).then_some(lint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let class = if spec.error.is_some() {
        "input input--error"
    } else {
        "input"
    };
    html! {
        div class=(group(spec.error)) {
            label class="label" for=(spec.id) { (spec.label) }
            @if !spec.hint.is_empty() { p class="hint" id=(hint_id) { (spec.hint) } }
            @if let Some(message) = spec.error { (error_message(&error_id, message)) }
            @if spec.multiline {
                textarea class="textarea textarea--short" id=(spec.id) name=(spec.id) rows="3" aria-describedby=[described] { (spec.value) }
            } @else {
                input class=(class) id=(spec.id) name=(spec.id) type="text" value=(spec.value) autocomplete="off" aria-describedby=[described];
            }
            @if !spec.lint.is_empty() {
                ul class="lint" id=(lint_id) aria-label=(StaffWords.t("staff-editor-easy-read-check")) {
                    @for finding in spec.lint { li { (StaffWords.with("staff-editor-easy-read-finding", &[("finding", finding.to_string().into())])) } }
                }
            }
        }
    }
}

fn symbol_select(
    id: &str,
    label: &str,
    value: &str,
    error: Option<&str>,
    symbols: &SymbolLibrary,
) -> Markup {
    let error_id = format!("{id}-error");
    html! {
        div class=(group(error)) {
            label class="label" for=(id) { (label) }
            @if let Some(message) = error { (error_message(&error_id, message)) }
            select class="select" id=(id) name=(id) aria-describedby=[error.map(|_| error_id.as_str())] {
                option value="" { (StaffWords.t("staff-editor-no-symbol")) }
                @for record in symbols.iter() {
                    option value=(record.name) selected[value == record.name.as_str()] { (record.name) ": " (record.alt) }
                }
            }
        }
    }
}
