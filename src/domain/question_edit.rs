//! Editing or adding a question of a wave. Wording can always change (the key links the waves, not
//! the words); once a wave has been open (or holds imported responses) its keys, kinds and option
//! values are fixed, because stored responses and answers in progress refer to them.

use std::collections::HashSet;

use super::field_problem::FieldProblem;
use super::ids::{OptionId, OptionValue, QuestionId, QuestionKey, SymbolName};
use super::message::Message;
use super::programme::Programme;
use super::survey::{
    AnswerOption, PlanItem, Question, QuestionKind, QuestionWording, ResponseFormat, SignVideo,
};
use super::symbols::SymbolLibrary;
use super::wording::Wordings;

/// One answer option as typed into the form. A row left blank is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OptionDraft {
    /// The option being edited; none for a new row.
    pub id: Option<OptionId>,
    pub value: String,
    pub label: String,
    pub easy_read_label: String,
    pub symbol: String,
    pub positive: bool,
    /// Chosen only on its own, like "Nobody" (meaningful for multiple-choice questions).
    pub excludes_others: bool,
    pub remove: bool,
}

impl OptionDraft {
    fn is_blank(&self) -> bool {
        self.id.is_none()
            && [
                &self.value,
                &self.label,
                &self.easy_read_label,
                &self.symbol,
            ]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

/// A question as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionDraft {
    pub key: String,
    pub kind: String,
    pub text: String,
    pub easy_read_text: String,
    pub hint: String,
    pub easy_read_hint: String,
    pub symbol: String,
    pub plan_item: String,
    pub demographic: bool,
    pub options: Vec<OptionDraft>,
    pub sign_video: String,
}

impl QuestionDraft {
    /// The form filled in with a question as it is.
    pub fn of(question: &Question) -> QuestionDraft {
        QuestionDraft {
            key: question.key.to_string(),
            kind: question.kind.as_str().to_owned(),
            text: question.text_in(ResponseFormat::Standard).to_owned(),
            easy_read_text: question.text_in(ResponseFormat::EasyRead).to_owned(),
            hint: question
                .hint_in(ResponseFormat::Standard)
                .unwrap_or_default()
                .to_owned(),
            easy_read_hint: question
                .hint_in(ResponseFormat::EasyRead)
                .unwrap_or_default()
                .to_owned(),
            symbol: question
                .symbol
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            plan_item: question
                .plan_item
                .map(|item| item.number().to_string())
                .unwrap_or_default(),
            demographic: question.is_demographic,
            sign_video: question
                .sign_video
                .as_ref()
                .map(|link| link.as_str().to_owned())
                .unwrap_or_default(),
            options: question
                .options
                .iter()
                .map(|option| OptionDraft {
                    id: Some(option.id),
                    value: option.value.to_string(),
                    label: option.label_in(ResponseFormat::Standard).to_owned(),
                    easy_read_label: option.label_in(ResponseFormat::EasyRead).to_owned(),
                    symbol: option
                        .symbol
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    positive: option.is_positive,
                    excludes_others: option.excludes_others,
                    remove: false,
                })
                .collect(),
        }
    }
}

/// Longest wording of a question, hint or option.
const LONGEST_TEXT: usize = 500;
/// Kinds whose answers form a scale: at least one answer must count as positive.
const SCALES: [QuestionKind; 4] = [
    QuestionKind::Agreement,
    QuestionKind::Frequency,
    QuestionKind::FaceScale,
    QuestionKind::YesNoNotSure,
];

/// What the wave around the question looks like.
pub struct EditContext<'a> {
    /// The question as it is now; none when adding one.
    pub before: Option<&'a Question>,
    /// The wave's other questions.
    pub others: &'a [Question],
    /// Responses are stored, or the wave has been open so answers in progress may be saved, under
    /// the current keys and values.
    pub answers_held: bool,
    pub symbols: &'a SymbolLibrary,
    /// The wave's programme: a question is filed only under a plan item it measures.
    pub programme: &'a Programme,
}

/// The question as it will be stored, or every problem with the form.
pub fn apply(
    draft: &QuestionDraft,
    context: &EditContext<'_>,
) -> Result<Question, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let locked = context.answers_held && context.before.is_some();
    let key = QuestionKey::parse(draft.key.trim()).ok();
    match (&key, context.before) {
        (None, _) => push(&mut problems, "key", "staff-editor-problem-key".into()),
        (Some(key), Some(before)) if locked && *key != before.key => push(
            &mut problems,
            "key",
            Message::new("staff-editor-problem-key-locked").with("key", before.key.as_str()),
        ),
        (Some(key), _) if context.others.iter().any(|other| other.key == *key) => push(
            &mut problems,
            "key",
            Message::new("staff-editor-problem-key-taken").with("key", key.as_str()),
        ),
        _ => {}
    }
    let kind = QuestionKind::parse(draft.kind.trim()).ok();
    match (kind, context.before) {
        (None, _) => push(&mut problems, "kind", "staff-editor-problem-kind".into()),
        (Some(kind), Some(before)) if locked && kind != before.kind => push(
            &mut problems,
            "kind",
            "staff-editor-problem-kind-locked".into(),
        ),
        _ => {}
    }
    for (field, text, missing) in [
        ("text", &draft.text, "staff-editor-problem-text"),
        (
            "easy_read_text",
            &draft.easy_read_text,
            "staff-editor-problem-easy-read-text",
        ),
    ] {
        if text.trim().is_empty() {
            push(&mut problems, field, missing.into());
        }
    }
    for (field, text) in [
        ("text", &draft.text),
        ("easy_read_text", &draft.easy_read_text),
        ("hint", &draft.hint),
        ("easy_read_hint", &draft.easy_read_hint),
    ] {
        if text.chars().count() > LONGEST_TEXT {
            push(
                &mut problems,
                field,
                Message::new("staff-editor-problem-long").with("max", LONGEST_TEXT),
            );
        }
    }
    let symbol = checked_symbol(&draft.symbol, context.symbols).unwrap_or_else(|message| {
        push(&mut problems, "symbol", message);
        None
    });
    let plan_item = match draft.plan_item.trim() {
        "" => None,
        text => match text
            .parse::<u8>()
            .ok()
            .and_then(|n| PlanItem::new(n).ok())
            .filter(|item| context.programme.measure(*item).is_some())
        {
            Some(item) => Some(item),
            None => {
                let items: Vec<String> = context
                    .programme
                    .plan_items()
                    .map(|item| item.number().to_string())
                    .collect();
                push(
                    &mut problems,
                    "plan_item",
                    if items.is_empty() {
                        Message::new("staff-editor-problem-no-plan-items")
                            .with("programme", context.programme.name.as_str())
                    } else {
                        Message::new("staff-editor-problem-plan-item")
                            .with("items", items.join(", "))
                    },
                );
                None
            }
        },
    };
    let sign_video = match draft.sign_video.trim() {
        "" => None,
        link => SignVideo::parse(link).map(Some).unwrap_or_else(|_| {
            push(
                &mut problems,
                "sign_video",
                "staff-editor-problem-sign-video".into(),
            );
            None
        }),
    };

    let mut options = Vec::new();
    let mut values = HashSet::new();
    for (index, row) in draft.options.iter().enumerate() {
        let at = |field: &str| format!("option-{}-{field}", index + 1);
        let existing = row.id.and_then(|id| {
            context
                .before
                .and_then(|before| before.options.iter().find(|option| option.id == id))
        });
        if row.remove {
            if locked && existing.is_some() {
                push(
                    &mut problems,
                    &at("remove"),
                    "staff-editor-problem-remove-locked".into(),
                );
            } else {
                continue;
            }
        }
        if row.is_blank() {
            continue;
        }
        let value = OptionValue::parse(row.value.trim()).ok();
        match (&value, existing) {
            (None, _) => push(
                &mut problems,
                &at("value"),
                "staff-editor-problem-value".into(),
            ),
            (Some(value), Some(existing)) if locked && *value != existing.value => push(
                &mut problems,
                &at("value"),
                Message::new("staff-editor-problem-value-locked")
                    .with("value", existing.value.as_str()),
            ),
            (Some(value), _) if !values.insert(value.clone()) => push(
                &mut problems,
                &at("value"),
                Message::new("staff-editor-problem-value-twice").with("value", value.as_str()),
            ),
            _ => {}
        }
        if row.label.trim().is_empty() {
            push(
                &mut problems,
                &at("label"),
                "staff-editor-problem-label".into(),
            );
        }
        if row.easy_read_label.trim().is_empty() {
            push(
                &mut problems,
                &at("easy_read_label"),
                "staff-editor-problem-easy-read-label".into(),
            );
        }
        let symbol = checked_symbol(&row.symbol, context.symbols).unwrap_or_else(|message| {
            push(&mut problems, &at("symbol"), message);
            None
        });
        if let Some(value) = value {
            let (label, easy_read_label) = (row.label.trim(), row.easy_read_label.trim());
            // Translations of unchanged English stay with the answer; only the English is typed here.
            let labels = match existing {
                Some(existing) => {
                    let mut labels = existing.labels.clone();
                    labels.replace_english(ResponseFormat::Standard, label.to_owned());
                    labels.replace_english(ResponseFormat::EasyRead, easy_read_label.to_owned());
                    labels
                }
                None => Wordings::english(label.to_owned(), easy_read_label.to_owned()),
            };
            options.push(AnswerOption {
                id: row.id.unwrap_or_else(OptionId::new_random),
                value,
                labels,
                symbol,
                is_positive: row.positive,
                invites_text: existing.is_some_and(|option| option.invites_text),
                excludes_others: row.excludes_others && kind == Some(QuestionKind::MultipleChoice),
            });
        }
    }
    if let Some(kind) = kind {
        if kind.has_options()
            && options.len() < 2
            && !problems.iter().any(|p| p.field.starts_with("option-"))
        {
            push(
                &mut problems,
                "options",
                "staff-editor-problem-too-few".into(),
            );
        }
        if !kind.has_options() && !options.is_empty() {
            push(
                &mut problems,
                "options",
                "staff-editor-problem-free-text-options".into(),
            );
        }
        if SCALES.contains(&kind) && !options.is_empty() && !options.iter().any(|o| o.is_positive) {
            push(
                &mut problems,
                "options",
                "staff-editor-problem-positive".into(),
            );
        }
    }
    match (key, kind) {
        (Some(key), Some(kind)) if problems.is_empty() => Ok(Question {
            id: context
                .before
                .map_or_else(QuestionId::new_random, |before| before.id),
            key,
            kind,
            wording: edited_wording(draft, context.before),
            symbol,
            plan_item,
            is_demographic: draft.demographic,
            options,
            sign_video,
        }),
        _ => Err(problems),
    }
}

/// The English typed into the form, with the translations of words that did not change.
fn edited_wording(draft: &QuestionDraft, before: Option<&Question>) -> Wordings<QuestionWording> {
    let standard = QuestionWording {
        text: draft.text.trim().to_owned(),
        hint: non_empty(&draft.hint),
    };
    let easy_read = QuestionWording {
        text: draft.easy_read_text.trim().to_owned(),
        hint: non_empty(&draft.easy_read_hint),
    };
    match before {
        Some(before) => {
            let mut wording = before.wording.clone();
            wording.replace_english(ResponseFormat::Standard, standard);
            wording.replace_english(ResponseFormat::EasyRead, easy_read);
            wording
        }
        None => Wordings::english(standard, easy_read),
    }
}

fn push(problems: &mut Vec<FieldProblem>, field: &str, message: Message) {
    problems.push(FieldProblem::new(field.to_owned(), message));
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn checked_symbol(text: &str, symbols: &SymbolLibrary) -> Result<Option<SymbolName>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match SymbolName::parse(text) {
        Ok(name) if symbols.contains(&name) => Ok(Some(name)),
        _ => Err(Message::new("staff-editor-problem-symbol").with("symbol", text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_templates::{self, be_supported};

    fn be_supported_programme() -> Programme {
        built_in_templates::named("be-supported")
            .unwrap()
            .programme
            .clone()
    }

    fn library() -> SymbolLibrary {
        SymbolLibrary::from_manifest(include_str!("../../assets/symbols/manifest.csv")).unwrap()
    }

    fn edit(
        survey: &crate::domain::survey::Survey,
        index: usize,
        answers_held: bool,
        change: impl FnOnce(&mut QuestionDraft),
    ) -> Result<Question, Vec<FieldProblem>> {
        let before = &survey.questions[index];
        let others: Vec<Question> = survey
            .questions
            .iter()
            .filter(|q| q.id != before.id)
            .cloned()
            .collect();
        let mut draft = QuestionDraft::of(before);
        change(&mut draft);
        let symbols = library();
        apply(
            &draft,
            &EditContext {
                before: Some(before),
                others: &others,
                answers_held,
                symbols: &symbols,
                programme: &be_supported_programme(),
            },
        )
    }

    fn fields(problems: Vec<FieldProblem>) -> Vec<String> {
        problems
            .into_iter()
            .map(|problem| problem.field.into_owned())
            .collect()
    }

    #[test]
    fn wording_changes_keep_the_key_and_ids_even_with_responses() {
        let survey = be_supported(2023);
        let edited = edit(&survey, 0, true, |draft| {
            draft.text = "  I know who I can talk to when I need help. ".into();
            draft.options[0].label = "Agree a lot".into();
        })
        .unwrap();
        assert_eq!(edited.key, survey.questions[0].key);
        assert_eq!(edited.id, survey.questions[0].id);
        assert_eq!(edited.text(), "I know who I can talk to when I need help.");
        assert_eq!(edited.options[0].label(), "Agree a lot");
        assert_eq!(edited.options[0].id, survey.questions[0].options[0].id);
    }

    #[test]
    fn editing_the_english_drops_its_translations_and_keeps_the_rest() {
        use crate::domain::wording::Language;
        let mut survey = be_supported(2023);
        let polish = Language::parse("pl").unwrap();
        let question = &mut survey.questions[0];
        for register in ResponseFormat::ALL {
            question.wording.set(
                polish.clone(),
                register,
                QuestionWording::new("Wiem, z kim porozmawiać.", None),
            );
        }
        question.options[0].labels.set(
            polish.clone(),
            ResponseFormat::Standard,
            "Zdecydowanie się zgadzam".into(),
        );
        let edited = edit(&survey, 0, true, |draft| {
            draft.text = "I know who to talk to.".into();
            draft.options[0].label = "Agree a lot".into();
        })
        .unwrap();
        assert_eq!(edited.text(), "I know who to talk to.");
        // The standard words changed: their Polish translated other words, so it goes.
        assert_eq!(edited.wording.get(&polish, ResponseFormat::Standard), None);
        assert_eq!(
            edited
                .wording
                .get(&polish, ResponseFormat::EasyRead)
                .map(|wording| wording.text.as_str()),
            Some("Wiem, z kim porozmawiać.")
        );
        assert_eq!(
            edited.options[0]
                .labels
                .get(&polish, ResponseFormat::Standard),
            None
        );
        // A symbol-only edit keeps every translation.
        let unchanged = edit(&survey, 0, true, |draft| draft.symbol = "listening".into()).unwrap();
        assert_eq!(
            unchanged.options[0]
                .labels
                .get(&polish, ResponseFormat::Standard)
                .map(String::as_str),
            Some("Zdecydowanie się zgadzam")
        );
    }

    #[test]
    fn keys_kinds_and_answers_are_fixed_once_a_wave_holds_answers() {
        let survey = be_supported(2023);
        let refused = edit(&survey, 0, true, |draft| {
            draft.key = "knows_who".into();
            draft.kind = "frequency".into();
            draft.options[1].value = "agree_a_bit".into();
            draft.options[2].remove = true;
        })
        .unwrap_err();
        assert_eq!(
            fields(refused),
            ["key", "kind", "option-2-value", "option-3-remove"]
        );
        let before_responses = edit(&survey, 0, false, |draft| {
            draft.key = "knows_who".into();
            draft.options[2].remove = true;
        })
        .unwrap();
        assert_eq!(before_responses.key.as_str(), "knows_who");
        assert_eq!(before_responses.options.len(), 4);
    }

    #[test]
    fn bad_keys_values_and_scales_are_refused_by_field() {
        let survey = be_supported(2023);
        let refused = edit(&survey, 0, false, |draft| {
            draft.key = survey.questions[1].key.to_string();
            draft.options[1].value = draft.options[0].value.clone();
            draft.options.push(OptionDraft {
                value: "Bad Value".into(),
                label: "x".into(),
                ..OptionDraft::default()
            });
            for option in &mut draft.options {
                option.positive = false;
            }
        })
        .unwrap_err();
        assert_eq!(
            fields(refused),
            [
                "key",
                "option-2-value",
                "option-6-value",
                "option-6-easy_read_label",
                "options"
            ]
        );
        let empty_key = edit(&survey, 0, false, |draft| draft.key = " ".into()).unwrap_err();
        assert_eq!(fields(empty_key), ["key"]);
        let unknown_symbol =
            edit(&survey, 0, false, |draft| draft.symbol = "dragon".into()).unwrap_err();
        assert_eq!(fields(unknown_symbol), ["symbol"]);
    }

    #[test]
    fn a_new_question_gets_new_ids_and_blank_rows_are_ignored() {
        let survey = be_supported(2023);
        let draft = QuestionDraft {
            key: "feel_safe_online".into(),
            kind: "yes_no_not_sure".into(),
            text: "Do you feel safe online?".into(),
            easy_read_text: "Do you feel safe on the internet?".into(),
            options: vec![
                OptionDraft {
                    value: "yes".into(),
                    label: "Yes".into(),
                    easy_read_label: "Yes".into(),
                    positive: true,
                    ..OptionDraft::default()
                },
                OptionDraft {
                    value: "no".into(),
                    label: "No".into(),
                    easy_read_label: "No".into(),
                    ..OptionDraft::default()
                },
                OptionDraft::default(),
            ],
            ..QuestionDraft::default()
        };
        let symbols = library();
        let question = apply(
            &draft,
            &EditContext {
                before: None,
                others: &survey.questions,
                answers_held: true,
                symbols: &symbols,
                programme: &be_supported_programme(),
            },
        )
        .unwrap();
        assert_eq!(question.options.len(), 2);
        assert!(survey.questions.iter().all(|q| q.id != question.id));
    }
}
