//! The working group's actions register: what the team does about what young people said in a
//! wave, in words for the Board and in Easy Read, for the measures it serves, owned by a group, due
//! by a day, and where it stands (planned, doing, done or dropped, with a note). "You said, we
//! did" in reports and on the public findings page comes from here.

use chrono::{NaiveDate, NaiveDateTime};

use super::field_problem::FieldProblem;
use super::ids::{ActionId, InvalidValue, OwnerId, SurveyId};
use super::iso_day;
use super::message::Message;
use super::survey::PlanItem;

/// The longest each of the four wordings may be: one or two sentences, read on a phone.
pub const WORDS_MAX_CHARS: usize = 400;
/// The longest status note: why it was dropped, or what is holding it up.
pub const NOTE_MAX_CHARS: usize = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionStatus {
    Planned,
    Doing,
    Done,
    Dropped,
}

impl ActionStatus {
    /// In the order a register lists them: what is still to happen first.
    pub const ALL: [ActionStatus; 4] = [Self::Doing, Self::Planned, Self::Done, Self::Dropped];

    pub fn code(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Doing => "doing",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|status| status.code() == text)
            .ok_or_else(|| InvalidValue::new("action status", text))
    }

    /// As the staff pages and the Board read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::Doing => "Under way",
            Self::Done => "Done",
            Self::Dropped => "Dropped",
        }
    }

    /// Whether the action is still to finish, so it can fall overdue.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Planned | Self::Doing)
    }
}

/// What an action says, twice: for the Board, and in Easy Read for young people.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionWords {
    /// What young people said, that the action answers.
    pub you_said: String,
    pub you_said_easy_read: String,
    /// What the team does about it.
    pub we_do: String,
    pub we_do_easy_read: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackedAction {
    pub id: ActionId,
    /// The wave whose findings the action answers.
    pub survey: SurveyId,
    pub words: ActionWords,
    /// The measures it serves; none when it answers what young people wrote rather than a measure.
    pub measures: Vec<PlanItem>,
    pub owner: OwnerId,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
    pub status_note: String,
    pub status_changed_at: NaiveDateTime,
    pub added_at: NaiveDateTime,
}

impl TrackedAction {
    /// Still open with its due day past.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due_on < today
    }
}

/// One change of an action's status, kept so a Board update can say what changed since the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub action: ActionId,
    pub status: ActionStatus,
    pub note: String,
    pub changed_at: NaiveDateTime,
}

/// An action as typed into the form, new or edited: everything but its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDraft {
    pub survey: SurveyId,
    pub words: ActionWords,
    pub measures: Vec<PlanItem>,
    pub owner: OwnerId,
    pub due_on: NaiveDate,
}

/// The form's fields as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedAction {
    pub wave: String,
    pub words: ActionWords,
    pub measures: Vec<String>,
    pub owner: String,
    pub due_on: String,
}

/// What the form may choose from: the programme's waves, measures and the owning groups.
pub struct Choices<'a> {
    pub waves: &'a [SurveyId],
    pub measures: &'a [PlanItem],
    pub owners: &'a [OwnerId],
}

/// Checks every field, reporting each problem by its field.
pub fn parse(typed: &TypedAction, choices: &Choices<'_>) -> Result<ActionDraft, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let survey = SurveyId::parse(typed.wave.trim())
        .ok()
        .filter(|wave| choices.waves.contains(wave));
    if survey.is_none() {
        problems.push(FieldProblem::new("wave", "staff-problem-action-wave"));
    }
    let words = ActionWords {
        you_said: checked_words(
            &typed.words.you_said,
            "you_said",
            (
                "staff-problem-action-you-said",
                "staff-problem-action-you-said-long",
            ),
            &mut problems,
        ),
        you_said_easy_read: checked_words(
            &typed.words.you_said_easy_read,
            "you_said_easy_read",
            (
                "staff-problem-action-you-said-easy-read",
                "staff-problem-action-you-said-easy-read-long",
            ),
            &mut problems,
        ),
        we_do: checked_words(
            &typed.words.we_do,
            "we_do",
            (
                "staff-problem-action-we-do",
                "staff-problem-action-we-do-long",
            ),
            &mut problems,
        ),
        we_do_easy_read: checked_words(
            &typed.words.we_do_easy_read,
            "we_do_easy_read",
            (
                "staff-problem-action-we-do-easy-read",
                "staff-problem-action-we-do-easy-read-long",
            ),
            &mut problems,
        ),
    };
    let mut measures = Vec::new();
    for typed_measure in &typed.measures {
        match PlanItem::chosen_from(typed_measure, choices.measures) {
            Some(item) if !measures.contains(&item) => measures.push(item),
            Some(_) => {}
            None => {
                problems.push(FieldProblem::new(
                    "measures",
                    "staff-problem-action-measures",
                ));
                break;
            }
        }
    }
    measures.sort();
    let owner = OwnerId::parse(typed.owner.trim())
        .ok()
        .filter(|owner| choices.owners.contains(owner));
    if owner.is_none() {
        problems.push(FieldProblem::new("owner", "staff-problem-action-owner"));
    }
    let due_on = iso_day::parse(typed.due_on.trim());
    if due_on.is_none() {
        problems.push(FieldProblem::new("due_on", "staff-problem-action-due"));
    }
    match (survey, owner, due_on) {
        (Some(survey), Some(owner), Some(due_on)) if problems.is_empty() => Ok(ActionDraft {
            survey,
            words,
            measures,
            owner,
            due_on,
        }),
        _ => Err(problems),
    }
}

fn checked_words(
    typed: &str,
    field: &'static str,
    (missing, too_long): (&'static str, &'static str),
    problems: &mut Vec<FieldProblem>,
) -> String {
    let words = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() {
        problems.push(FieldProblem::new(field, missing));
    } else if words.chars().count() > WORDS_MAX_CHARS {
        problems.push(FieldProblem::new(
            field,
            Message::new(too_long).with("max", WORDS_MAX_CHARS),
        ));
    }
    words
}

/// A new status with its note, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatus {
    pub status: ActionStatus,
    pub note: String,
}

/// Checks a status change: a dropped action must say why, since the Board and young people will
/// ask.
pub fn parse_status(status: &str, note: &str) -> Result<NewStatus, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let parsed = ActionStatus::parse(status.trim()).ok();
    if parsed.is_none() {
        problems.push(FieldProblem::new("status", "staff-problem-action-status"));
    }
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    if note.chars().count() > NOTE_MAX_CHARS {
        problems.push(FieldProblem::new(
            "note",
            Message::new("staff-problem-action-note-long").with("max", NOTE_MAX_CHARS),
        ));
    }
    if parsed == Some(ActionStatus::Dropped) && note.is_empty() {
        problems.push(FieldProblem::new(
            "note",
            "staff-problem-action-why-dropped",
        ));
    }
    match parsed {
        Some(status) if problems.is_empty() => Ok(NewStatus { status, note }),
        _ => Err(problems),
    }
}

/// The actions whose owner should hear that they are overdue: open, past their day, and not yet
/// reminded about this due day (a new due day earns a new reminder).
pub fn reminder_due(
    action: &TrackedAction,
    reminded_for: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    action.is_overdue(today) && reminded_for != Some(action.due_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        iso_day::parse(text).unwrap()
    }

    fn typed(wave: SurveyId, owner: OwnerId) -> TypedAction {
        TypedAction {
            wave: wave.to_string(),
            words: ActionWords {
                you_said: "Staff do not always listen.".into(),
                you_said_easy_read: "Staff do not always listen to you.".into(),
                we_do: "Train staff  in listening\nskills.".into(),
                we_do_easy_read: "We will teach staff to listen.".into(),
            },
            measures: vec!["13".into(), "16".into(), "13".into()],
            owner: owner.to_string(),
            due_on: "2024-03-31".into(),
        }
    }

    #[test]
    fn a_complete_form_becomes_an_action_with_tidy_words_and_each_measure_once() {
        let (wave, owner) = (SurveyId::new_random(), OwnerId::new_random());
        let items = [PlanItem::new(13).unwrap(), PlanItem::new(16).unwrap()];
        let choices = Choices {
            waves: &[wave],
            measures: &items,
            owners: &[owner],
        };
        let draft = parse(&typed(wave, owner), &choices).unwrap();
        assert_eq!(draft.words.we_do, "Train staff in listening skills.");
        assert_eq!(draft.measures, items);
        assert_eq!(draft.due_on, day("2024-03-31"));
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let (wave, owner) = (SurveyId::new_random(), OwnerId::new_random());
        let items = [PlanItem::new(13).unwrap()];
        let choices = Choices {
            waves: &[wave],
            measures: &items,
            owners: &[owner],
        };
        let mut bad = typed(SurveyId::new_random(), OwnerId::new_random());
        bad.words.you_said_easy_read = "  ".into();
        bad.words.we_do = "x".repeat(WORDS_MAX_CHARS + 1);
        bad.due_on = "31/03/2024".into();
        let problems = parse(&bad, &choices).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_ref()).collect();
        assert_eq!(
            fields,
            [
                "wave",
                "you_said_easy_read",
                "we_do",
                "measures",
                "owner",
                "due_on"
            ],
            "measure 16 is not the programme's, the wave and owner are unknown"
        );
    }

    #[test]
    fn a_dropped_action_must_say_why() {
        assert!(parse_status("dropped", " ").is_err());
        assert_eq!(
            parse_status("dropped", "Funding ended.").unwrap().status,
            ActionStatus::Dropped
        );
        assert_eq!(parse_status("done", "").unwrap().note, "");
        assert!(parse_status("finished", "").is_err());
    }

    #[test]
    fn only_open_actions_past_their_day_are_overdue_and_each_due_day_is_reminded_once() {
        let mut action = TrackedAction {
            id: ActionId::new_random(),
            survey: SurveyId::new_random(),
            words: ActionWords::default(),
            measures: Vec::new(),
            owner: OwnerId::new_random(),
            due_on: day("2024-03-31"),
            status: ActionStatus::Doing,
            status_note: String::new(),
            status_changed_at: day("2023-07-01").and_hms_opt(9, 0, 0).unwrap(),
            added_at: day("2023-07-01").and_hms_opt(9, 0, 0).unwrap(),
        };
        assert!(
            !action.is_overdue(day("2024-03-31")),
            "due today is not late"
        );
        assert!(action.is_overdue(day("2024-04-01")));
        assert!(reminder_due(&action, None, day("2024-04-01")));
        assert!(!reminder_due(
            &action,
            Some(day("2024-03-31")),
            day("2024-04-02")
        ));
        action.due_on = day("2024-06-30");
        assert!(reminder_due(
            &action,
            Some(day("2024-03-31")),
            day("2024-07-01")
        ));
        action.status = ActionStatus::Done;
        assert!(!action.is_overdue(day("2025-01-01")));
    }
}
