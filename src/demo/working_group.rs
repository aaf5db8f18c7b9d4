//! The demo's working group, as if the Board's working group had met: targets for Be Supported's
//! four measures, figures from another local survey (clearly marked as made up), the groups that
//! own actions, and a register with actions in every status, one of them overdue. Written
//! straight to the tables, as the demo's other material is, so the audit log starts empty.

use chrono::{NaiveDate, NaiveDateTime};

use crate::clock::Clock;
use crate::db::{
    AnyConnection, DbError, action_owners, comparators, programmes, surveys, targets,
    tracked_actions,
};
use crate::domain::action_owner::NewOwner;
use crate::domain::comparator::{NewComparator, PublishedShare};
use crate::domain::ids::{OwnerId, ProgrammeId, Slug};
use crate::domain::staff::EmailAddress;
use crate::domain::survey::PlanItem;
use crate::domain::target::{NewTarget, TargetPercent};
use crate::domain::tracked_action::{ActionDraft, ActionStatus, ActionWords, NewStatus};

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("demo days are valid")
}

fn at(date: NaiveDate) -> NaiveDateTime {
    date.and_hms_opt(10, 0, 0).expect("a valid time")
}

fn item(number: u8) -> PlanItem {
    PlanItem::new(number).expect("Be Supported's plan items are valid")
}

const GROUPS: [(&str, Option<&str>); 4] = [
    ("CTB working group", Some("ctb-working-group@example.org")),
    (
        "Engagement & Consultation Team",
        Some("engagement@example.org"),
    ),
    ("VOXY", Some("voxy@example.org")),
    ("Oxfordshire Strategic Schools Partnership", None),
];

struct DemoAction {
    year: i32,
    words: [&'static str; 4],
    measures: &'static [u8],
    owner: usize,
    due_on: (i32, u32, u32),
    added_on: (i32, u32, u32),
    /// Each later status with its note and day, in order.
    history: &'static [(ActionStatus, &'static str, (i32, u32, u32))],
}

const ACTIONS: [DemoAction; 7] = [
    DemoAction {
        year: 2021,
        words: [
            "Staff do not always listen or believe young people.",
            "Staff do not always listen to you or believe you.",
            "Training in listening for staff in youth services, planned and given with VOXY.",
            "Staff learned how to listen better. VOXY helped teach them.",
        ],
        measures: &[13, 16],
        owner: 0,
        due_on: (2022, 3, 31),
        added_on: (2021, 7, 1),
        history: &[
            (ActionStatus::Doing, "", (2021, 10, 4)),
            (
                ActionStatus::Done,
                "120 staff trained by March.",
                (2022, 3, 18),
            ),
        ],
    },
    DemoAction {
        year: 2021,
        words: [
            "Information about where to get help is hard to find.",
            "It is hard to find out where to get help.",
            "An Easy Read guide to where to get help, given to every secondary school.",
            "We made an Easy Read guide about where to get help. Every school has it.",
        ],
        measures: &[14],
        owner: 1,
        due_on: (2022, 1, 31),
        added_on: (2021, 7, 1),
        history: &[(ActionStatus::Done, "", (2022, 1, 20))],
    },
    DemoAction {
        year: 2021,
        words: [
            "There is nowhere to go at weekends.",
            "There is nowhere to go at the weekend.",
            "Open two youth centres on Saturdays as a pilot.",
            "We wanted to open 2 youth centres on Saturdays.",
        ],
        measures: &[],
        owner: 0,
        due_on: (2022, 6, 30),
        added_on: (2021, 7, 1),
        history: &[
            (ActionStatus::Doing, "", (2021, 9, 1)),
            (
                ActionStatus::Dropped,
                "The pilot's funding ended in March 2022; Saturday sessions moved into the holiday programme.",
                (2022, 4, 5),
            ),
        ],
    },
    DemoAction {
        year: 2021,
        words: [
            "Few young people have role models like themselves.",
            "Not many of you have someone like you to look up to.",
            "A mentoring scheme pairing young people with young adults from their own communities.",
            "We are starting a scheme where young adults help you and share what they learned.",
        ],
        measures: &[15],
        owner: 2,
        due_on: (2027, 6, 30),
        added_on: (2021, 7, 1),
        history: &[(
            ActionStatus::Doing,
            "First 30 mentors recruited.",
            (2026, 9, 14),
        )],
    },
    DemoAction {
        year: 2022,
        words: [
            "Some young people do not know who to talk to.",
            "Some of you do not know who to talk to.",
            "A \u{201c}who to talk to\u{201d} poster in every school and youth centre.",
            "We will put a poster in every school and youth centre. It says who you can talk to.",
        ],
        measures: &[13],
        owner: 3,
        due_on: (2027, 3, 31),
        added_on: (2026, 5, 20),
        history: &[],
    },
    DemoAction {
        year: 2022,
        words: [
            "Staff are not always experienced and caring.",
            "Some staff do not know how to help you.",
            "Refresher training on trauma-informed practice for staff who work with young people.",
            "Staff will learn more about how to help you.",
        ],
        measures: &[16],
        owner: 1,
        due_on: (2026, 9, 30),
        added_on: (2026, 5, 20),
        history: &[(
            ActionStatus::Doing,
            "Waiting for the trainer's dates.",
            (2026, 7, 1),
        )],
    },
    DemoAction {
        year: 2022,
        words: [
            "Information should come in more formats and languages.",
            "You want to read things in the way that suits you.",
            "Publish the findings in Polish and Arabic as well as English and Easy Read.",
            "We will tell you what you said in more languages.",
        ],
        measures: &[14],
        owner: 1,
        due_on: (2027, 1, 31),
        added_on: (2026, 5, 20),
        history: &[],
    },
];

/// Adds the working group's material unless it is there already; running it again changes nothing.
pub fn load(connection: &mut AnyConnection, clock: &Clock) -> Result<(), DbError> {
    if !action_owners::list(connection)?.is_empty() {
        return Ok(());
    }
    let Some(programme) = programmes::find(connection, ProgrammeId::BE_SUPPORTED)? else {
        return Ok(());
    };
    let now = clock.now();
    let mut owners: Vec<OwnerId> = Vec::new();
    for (name, contact) in GROUPS {
        let owner = NewOwner {
            name: name.to_owned(),
            contact: contact.map(|address| EmailAddress::parse(address).expect("valid")),
        };
        if let Some(added) = action_owners::insert(connection, &owner, at(day(2021, 6, 9)))? {
            owners.push(added.id);
        }
    }
    for (number, percent) in [(13, 70), (14, 65), (15, 55), (16, 75)] {
        let target = NewTarget {
            item: item(number),
            percent: TargetPercent::new(percent).expect("valid"),
            by_year: 2024,
            agreed_by: "CTB working group".to_owned(),
            agreed_on: day(2021, 6, 9),
        };
        targets::insert(connection, programme.id, &target, at(day(2021, 6, 9)))?;
    }
    for (number, year, share, respondents, wording) in [
        (
            13,
            2021,
            "71.5",
            Some(4_210),
            "If I had a problem, I know who I could talk to about it.",
        ),
        (
            16,
            2022,
            "62",
            Some(4_180),
            "Adults I talk to about my worries understand and care.",
        ),
    ] {
        let figure = NewComparator {
            item: item(number),
            source: "OxWell-style survey (made-up demo figures)".to_owned(),
            year,
            wording: wording.to_owned(),
            share: PublishedShare::parse(share).expect("valid"),
            respondents,
            link: None,
        };
        comparators::insert(connection, programme.id, &figure, now)?;
    }
    for action in &ACTIONS {
        let slug = Slug::parse(&format!("be-supported-{}", action.year)).map_err(DbError::from)?;
        let Some(survey) = surveys::find_by_slug(connection, &slug)? else {
            continue;
        };
        let [you_said, you_said_easy_read, we_do, we_do_easy_read] = action.words;
        let draft = ActionDraft {
            survey: survey.id,
            words: ActionWords {
                you_said: you_said.to_owned(),
                you_said_easy_read: you_said_easy_read.to_owned(),
                we_do: we_do.to_owned(),
                we_do_easy_read: we_do_easy_read.to_owned(),
            },
            measures: action.measures.iter().map(|number| item(*number)).collect(),
            owner: owners[action.owner],
            due_on: day(action.due_on.0, action.due_on.1, action.due_on.2),
        };
        let (year, month, date) = action.added_on;
        let added = tracked_actions::insert(connection, &draft, at(day(year, month, date)))?;
        for (status, note, (year, month, date)) in action.history {
            let change = NewStatus {
                status: *status,
                note: (*note).to_owned(),
            };
            tracked_actions::change_status(
                connection,
                added.id,
                &change,
                at(day(*year, *month, *date)),
            )?;
        }
    }
    Ok(())
}
