//! One wave's disclosure plan: every table the wave shows (answers per question, the headline's
//! positive and other answers, breakdowns by each demographic, responses by format, channel and
//! day, starts), laid out as one [`TableSet`], protected once, and read back as counts by every
//! output, so no page, file or report applies a rule of its own.

use std::collections::HashMap;

use super::intruder::{Exposed, Exposure, attack};
use super::protection::protect;
use super::table_set::{CellId, TableSet, Visibility};
use super::{Finding, Release};
use crate::domain::aggregate::QuestionCounts;
use crate::domain::breakdown_tally::BreakdownCounts;
use crate::domain::ids::{OptionValue, QuestionKey};
use crate::domain::suppression::{Count, Threshold};
use crate::domain::survey::{QuestionKind, Survey};

/// Where a wave's stored responses came from, as the progress page and method section count
/// them. Empty for a wave that holds only published totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseCounts {
    /// Format name and responses.
    pub by_format: Vec<(String, u64)>,
    /// Channel tag ("" for the plain link, imports and demo data), starts, responses.
    pub by_channel: Vec<(String, u64, u64)>,
    /// Day (as written, e.g. "2022-03-14") and responses; responses without a day are left out.
    pub by_day: Vec<(String, u64)>,
}

impl ResponseCounts {
    pub fn responses(&self) -> u64 {
        self.by_format.iter().map(|(_, n)| n).sum()
    }
}

/// Everything counted in a wave, as the plan needs it.
pub struct WaveCounts<'a> {
    pub survey: &'a Survey,
    pub questions: &'a [QuestionCounts],
    pub breakdowns: &'a [BreakdownCounts],
    pub responses: &'a ResponseCounts,
}

/// A breakdown row's counts: those in the group who answered, and of them positive and not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCounts {
    pub answered: Count,
    pub positive: Count,
    pub others: Count,
}

#[derive(Debug, Clone)]
pub struct WavePlan {
    threshold: Threshold,
    set: TableSet,
    releases: Vec<Release>,
    cells: HashMap<Place, CellId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Place {
    Responses,
    Format(String),
    Channel(String),
    Day(String),
    Started,
    Starts(String),
    Answered(QuestionKey),
    Option(QuestionKey, OptionValue),
    Positive(QuestionKey),
    Others(QuestionKey),
    Group(QuestionKey, QuestionKey, OptionValue, Part),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    Answered,
    Positive,
    Others,
}

impl WavePlan {
    pub fn build(counts: &WaveCounts<'_>, threshold: Threshold) -> WavePlan {
        let mut builder = Builder {
            set: TableSet::new(),
            cells: HashMap::new(),
        };
        builder.responses(counts.responses);
        for question_counts in counts.questions {
            if let Some(question) = counts
                .survey
                .questions
                .iter()
                .find(|question| question.key == question_counts.key)
            {
                builder.question(question, question_counts);
            }
        }
        for breakdown in counts.breakdowns {
            builder.breakdown(breakdown);
        }
        let releases = protect(&builder.set, threshold);
        WavePlan {
            threshold,
            set: builder.set,
            releases,
            cells: builder.cells,
        }
    }

    pub fn threshold(&self) -> Threshold {
        self.threshold
    }

    fn count_at(&self, place: &Place) -> Option<Count> {
        let &id = self.cells.get(place)?;
        Some(match self.releases[id.0] {
            Release::Shown => Count::Shown(self.set.value(id)),
            Release::FewerThan => Count::FewerThan,
            Release::HeldBack | Release::Derived => Count::HeldBack,
        })
    }

    /// Responses stored; `None` for a wave of published totals.
    pub fn responses(&self) -> Option<Count> {
        self.count_at(&Place::Responses)
    }

    pub fn format(&self, name: &str) -> Option<Count> {
        self.count_at(&Place::Format(name.to_owned()))
    }

    pub fn channel(&self, tag: &str) -> Option<Count> {
        self.count_at(&Place::Channel(tag.to_owned()))
    }

    pub fn day(&self, day: &str) -> Option<Count> {
        self.count_at(&Place::Day(day.to_owned()))
    }

    pub fn started(&self) -> Option<Count> {
        self.count_at(&Place::Started)
    }

    pub fn starts(&self, tag: &str) -> Option<Count> {
        self.count_at(&Place::Starts(tag.to_owned()))
    }

    pub fn answered(&self, key: &QuestionKey) -> Option<Count> {
        self.count_at(&Place::Answered(key.clone()))
    }

    pub fn option(&self, key: &QuestionKey, value: &OptionValue) -> Option<Count> {
        self.count_at(&Place::Option(key.clone(), value.clone()))
    }

    /// The headline's positive and other answers.
    pub fn headline(&self, key: &QuestionKey) -> Option<(Count, Count)> {
        Some((
            self.count_at(&Place::Positive(key.clone()))?,
            self.count_at(&Place::Others(key.clone()))?,
        ))
    }

    pub fn group(
        &self,
        question: &QuestionKey,
        group_question: &QuestionKey,
        group: &OptionValue,
    ) -> Option<GroupCounts> {
        let at = |part| {
            self.count_at(&Place::Group(
                question.clone(),
                group_question.clone(),
                group.clone(),
                part,
            ))
        };
        Some(GroupCounts {
            answered: at(Part::Answered)?,
            positive: at(Part::Positive)?,
            others: at(Part::Others)?,
        })
    }

    /// The intruder check of this plan: every withheld count an attacker could narrow by
    /// combining every table the wave shows. Empty when the plan is safe.
    pub fn audit(&self) -> Vec<Finding> {
        attack(&self.set, &self.releases, self.threshold)
            .into_iter()
            .map(|exposure| self.finding(exposure))
            .collect()
    }

    /// A digest of every count the plan was made from, in a fixed order: two plans with the same
    /// digest show the same numbers. Kept with each published version (never published itself:
    /// small tables could be guessed from it), so that a later version made from different counts
    /// is refused before it can be compared with the earlier one.
    pub fn counts_digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(self.threshold.value().to_le_bytes());
        for id in self.set.ids() {
            let name = self.set.name(id);
            hasher.update(name.table.as_bytes());
            hasher.update([0]);
            hasher.update(name.cell.as_bytes());
            hasher.update([0]);
            hasher.update(self.set.value(id).to_le_bytes());
        }
        hex::encode(hasher.finalize())
    }

    /// How many counts the plan holds, withholds as small and holds back.
    pub fn tally(&self) -> (usize, usize, usize) {
        let printed = self
            .set
            .ids()
            .filter(|id| self.set.cell(*id).visibility == Visibility::Printed);
        let (mut all, mut small, mut held) = (0, 0, 0);
        for id in printed {
            all += 1;
            match self.releases[id.0] {
                Release::FewerThan => small += 1,
                Release::HeldBack => held += 1,
                Release::Shown | Release::Derived => {}
            }
        }
        (all, small, held)
    }

    fn finding(&self, exposure: Exposure) -> Finding {
        let (place, problem) = match &exposure.what {
            Exposed::SmallCount(id) => (
                self.set.name(*id).to_string(),
                "a count withheld as small can be narrowed",
            ),
            Exposed::HeldBackPinned(id) => (
                self.set.name(*id).to_string(),
                "a count held back can be worked out exactly",
            ),
            Exposed::SmallSum { total, .. } => (
                self.set.name(*total).to_string(),
                "the counts withheld in this line add up to a small group",
            ),
        };
        Finding {
            place,
            problem: problem.to_owned(),
            low: exposure.low,
            high: exposure.high,
            true_value: exposure.true_value,
        }
    }
}

struct Builder {
    set: TableSet,
    cells: HashMap<Place, CellId>,
}

impl Builder {
    fn printed(&mut self, place: Place, value: u64, table: &str, cell: &str) -> CellId {
        let id = self.set.add(value, Visibility::Printed, table, cell);
        self.cells.insert(place, id);
        id
    }

    fn responses(&mut self, responses: &ResponseCounts) {
        if responses.by_format.is_empty() {
            return;
        }
        let total = self.printed(
            Place::Responses,
            responses.responses(),
            "Responses",
            "all responses",
        );
        let formats: Vec<CellId> = responses
            .by_format
            .iter()
            .map(|(name, count)| {
                self.printed(
                    Place::Format(name.clone()),
                    *count,
                    "Responses by format",
                    name,
                )
            })
            .collect();
        self.set.add_sum(formats, total);
        let channels: Vec<CellId> = responses
            .by_channel
            .iter()
            .map(|(tag, _, sent)| {
                self.printed(
                    Place::Channel(tag.clone()),
                    *sent,
                    "Responses by channel",
                    channel_name(tag),
                )
            })
            .collect();
        self.set.add_sum(channels, total);
        let mut days: Vec<CellId> = responses
            .by_day
            .iter()
            .map(|(day, count)| {
                self.printed(Place::Day(day.clone()), *count, "Responses by day", day)
            })
            .collect();
        let dated: u64 = responses.by_day.iter().map(|(_, count)| count).sum();
        days.push(self.set.add(
            responses.responses().saturating_sub(dated),
            Visibility::Derived {
                zero_reveals: false,
            },
            "Responses by day",
            "without a day (imported)",
        ));
        self.set.add_sum(days, total);
        let started: u64 = responses.by_channel.iter().map(|(_, n, _)| n).sum();
        let started_total = self.printed(Place::Started, started, "Starts", "all starts");
        let starts: Vec<CellId> = responses
            .by_channel
            .iter()
            .map(|(tag, starts, _)| {
                self.printed(
                    Place::Starts(tag.clone()),
                    *starts,
                    "Starts by channel",
                    channel_name(tag),
                )
            })
            .collect();
        self.set.add_sum(starts, started_total);
    }

    fn question(&mut self, question: &crate::domain::survey::Question, counts: &QuestionCounts) {
        let key = &question.key;
        let table = format!("Answers to {key}");
        let options: Vec<(bool, CellId)> = question
            .options
            .iter()
            .map(|option| {
                let id = self.printed(
                    Place::Option(key.clone(), option.value.clone()),
                    counts.count_of(&option.value),
                    &table,
                    option.value.as_str(),
                );
                (option.is_positive, id)
            })
            .collect();
        if question.kind == QuestionKind::MultipleChoice {
            // Young people may choose several answers: no sum ties the answers together, but
            // none can be more than the number who answered.
            let answered = self.printed(
                Place::Answered(key.clone()),
                counts.answered,
                &table,
                "answered",
            );
            for (_, option) in options {
                self.set.add_at_most(option, answered);
            }
            self.bounded_by_responses(answered);
            return;
        }
        let answered = self.printed(
            Place::Answered(key.clone()),
            counts.answered,
            &table,
            "answered",
        );
        self.set
            .add_sum(options.iter().map(|(_, id)| *id).collect(), answered);
        self.bounded_by_responses(answered);
        if !options.iter().any(|(positive, _)| *positive) {
            return;
        }
        let headline_table = format!("Headline of {key}");
        let mut side = |positive: bool, place: Place, name: &str| {
            let parts: Vec<CellId> = options
                .iter()
                .filter(|(is_positive, _)| *is_positive == positive)
                .map(|(_, id)| *id)
                .collect();
            let value = parts.iter().map(|id| self.set.value(*id)).sum();
            let id = self.printed(place, value, &headline_table, name);
            self.set.add_sum(parts, id);
            id
        };
        let positive = side(true, Place::Positive(key.clone()), "positive");
        let others = side(false, Place::Others(key.clone()), "other answers");
        self.set.add_sum(vec![positive, others], answered);
    }

    fn bounded_by_responses(&mut self, answered: CellId) {
        if let Some(&responses) = self.cells.get(&Place::Responses) {
            self.set.add_at_most(answered, responses);
        }
    }

    fn breakdown(&mut self, counts: &BreakdownCounts) {
        let (question, by) = (&counts.question, &counts.group_question);
        let (Some(&positive), Some(&others), Some(&answered)) = (
            self.cells.get(&Place::Positive(question.clone())),
            self.cells.get(&Place::Others(question.clone())),
            self.cells.get(&Place::Answered(question.clone())),
        ) else {
            return;
        };
        let table = format!("{question} by {by}");
        let mut columns: [Vec<CellId>; 3] = Default::default();
        for (group, group_positive, group_answered) in &counts.groups {
            let name = group.as_str();
            let place = |part| Place::Group(question.clone(), by.clone(), group.clone(), part);
            let row = [
                self.printed(
                    place(Part::Positive),
                    *group_positive,
                    &table,
                    &format!("{name}: positive"),
                ),
                self.printed(
                    place(Part::Others),
                    group_answered.saturating_sub(*group_positive),
                    &table,
                    &format!("{name}: other answers"),
                ),
                self.printed(
                    place(Part::Answered),
                    *group_answered,
                    &table,
                    &format!("{name}: answered"),
                ),
            ];
            self.set.add_sum(vec![row[0], row[1]], row[2]);
            if let Some(&group_size) = self.cells.get(&Place::Option(by.clone(), group.clone())) {
                self.set.add_at_most(row[2], group_size);
            }
            for (column, id) in columns.iter_mut().zip(row) {
                column.push(id);
            }
        }
        // Those who answered the question but not the demographic one: never printed, but the
        // total less the groups gives them away.
        let totals = [positive, others, answered];
        let remainders: Vec<u64> = columns
            .iter()
            .zip(totals)
            .map(|(column, total)| {
                let in_groups: u64 = column.iter().map(|id| self.set.value(*id)).sum();
                self.set.value(total).saturating_sub(in_groups)
            })
            .collect();
        let people = remainders[2] > 0;
        let names = ["no answer: positive", "no answer: other answers", "no answer"];
        let remainder_ids: Vec<CellId> = remainders
            .iter()
            .zip(names)
            .enumerate()
            .map(|(at, (&value, name))| {
                self.set.add(
                    value,
                    Visibility::Derived {
                        zero_reveals: people && at < 2,
                    },
                    &table,
                    name,
                )
            })
            .collect();
        self.set
            .add_sum(vec![remainder_ids[0], remainder_ids[1]], remainder_ids[2]);
        for ((mut column, total), remainder) in columns.into_iter().zip(totals).zip(remainder_ids) {
            column.push(remainder);
            self.set.add_sum(column, total);
        }
    }
}

fn channel_name(tag: &str) -> &str {
    if tag.is_empty() { "the plain link" } else { tag }
}
