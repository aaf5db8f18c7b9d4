//! One wave's disclosure plan: every table the wave shows (answers per question, the headline's
//! positive and other answers, breakdowns by each demographic, responses by format, channel and
//! day, starts), laid out as one [`TableSet`], protected once, and read back as counts by every
//! output, so no page, file or report applies a rule of its own.

use std::collections::HashMap;

use chrono::NaiveDate;

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
    /// Language tag, format name and responses.
    pub by_language_and_format: Vec<(String, String, u64)>,
    /// Channel tag ("" for the plain link, imports and demo data), starts, responses.
    pub by_channel: Vec<(String, u64, u64)>,
    /// Day and responses; responses without a day (imported) are left out.
    pub by_day: Vec<(NaiveDate, u64)>,
}

impl ResponseCounts {
    pub fn responses(&self) -> u64 {
        self.by_format.iter().map(|(_, n)| n).sum()
    }

    /// Every language answered in, in tag order, with its responses.
    pub fn by_language(&self) -> Vec<(String, u64)> {
        let mut languages: Vec<(String, u64)> = Vec::new();
        for (language, _, count) in &self.by_language_and_format {
            match languages.iter_mut().find(|(known, _)| known == language) {
                Some((_, total)) => *total += count,
                None => languages.push((language.clone(), *count)),
            }
        }
        languages.sort();
        languages
    }

    /// Whether anyone answered in a language other than English: only then are responses
    /// counted by language (in English only, the language table repeats the totals).
    pub fn in_several_languages(&self) -> bool {
        self.by_language().len() > 1
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
    Language(String),
    LanguageFormat(String, String),
    Channel(String),
    Day(NaiveDate),
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
        WavePlan::build_with(counts, threshold, |_, protect| protect())
    }

    /// Builds the plan, letting `releases_for` remember what was decided: it is given a key that
    /// names the tables exactly (every count, label, sum and bound, and the threshold) and the
    /// protection to run when it has nothing remembered for that key. Deciding takes many linear
    /// programmes; the same wave's plan is asked for by every report and page.
    pub fn build_with(
        counts: &WaveCounts<'_>,
        threshold: Threshold,
        releases_for: impl FnOnce(String, &dyn Fn() -> Vec<Release>) -> Vec<Release>,
    ) -> WavePlan {
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
        let key = layout_key(&builder.set, threshold);
        let releases = releases_for(key, &|| protect(&builder.set, threshold));
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

    /// Responses in a language (by tag); `None` when everyone answered in English.
    pub fn language(&self, tag: &str) -> Option<Count> {
        self.count_at(&Place::Language(tag.to_owned()))
    }

    /// Responses in a language and format; `None` when everyone answered in English.
    pub fn language_and_format(&self, tag: &str, format: &str) -> Option<Count> {
        self.count_at(&Place::LanguageFormat(tag.to_owned(), format.to_owned()))
    }

    pub fn channel(&self, tag: &str) -> Option<Count> {
        self.count_at(&Place::Channel(tag.to_owned()))
    }

    pub fn day(&self, day: NaiveDate) -> Option<Count> {
        self.count_at(&Place::Day(day))
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
            // Starts are shown only to staff and keep counting visits after a wave closes.
            if name.table.starts_with(STARTS_TABLE) {
                continue;
            }
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

const STARTS_TABLE: &str = "Starts";

/// A digest of everything protection reads: the threshold, every cell (name, count, whether
/// printed), every sum and every bound.
fn layout_key(set: &TableSet, threshold: Threshold) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(threshold.value().to_le_bytes());
    for id in set.ids() {
        let cell = set.cell(id);
        hasher.update(cell.name.table.as_bytes());
        hasher.update([0]);
        hasher.update(cell.name.cell.as_bytes());
        hasher.update([0]);
        hasher.update(cell.value.to_le_bytes());
        hasher.update([match cell.visibility {
            Visibility::Printed => 0,
            Visibility::Derived {
                zero_reveals: false,
            } => 1,
            Visibility::Derived { zero_reveals: true } => 2,
        }]);
    }
    for sum in set.sums() {
        hasher.update(b"sum");
        for part in &sum.parts {
            hasher.update(part.0.to_le_bytes());
        }
        hasher.update(b"=");
        hasher.update(sum.total.0.to_le_bytes());
    }
    for bound in set.at_most() {
        hasher.update(b"at most");
        hasher.update(bound.part.0.to_le_bytes());
        hasher.update(bound.whole.0.to_le_bytes());
    }
    hex::encode(hasher.finalize())
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
        self.set.add_sum(formats.clone(), total);
        if responses.in_several_languages() {
            self.languages(responses, &formats, total);
        }
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
                let name = day.format("%Y-%m-%d").to_string();
                self.printed(Place::Day(*day), *count, "Responses by day", &name)
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
        let started_total = self.printed(Place::Started, started, STARTS_TABLE, "all starts");
        let starts: Vec<CellId> = responses
            .by_channel
            .iter()
            .map(|(tag, starts, _)| {
                self.printed(
                    Place::Starts(tag.clone()),
                    *starts,
                    &format!("{STARTS_TABLE} by channel"),
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
        let names = [
            "no answer: positive",
            "no answer: other answers",
            "no answer",
        ];
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

impl Builder {
    /// Responses by language, and by language and format: a table whose rows add up to each
    /// language and whose columns add up to each format's count, so no withheld cell can be
    /// worked out from its row, its column or the totals.
    fn languages(&mut self, responses: &ResponseCounts, formats: &[CellId], total: CellId) {
        let format_names: Vec<&str> = responses
            .by_format
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        let mut columns: Vec<Vec<CellId>> = vec![Vec::new(); format_names.len()];
        let mut languages = Vec::new();
        for (language, count) in responses.by_language() {
            let language_total = self.printed(
                Place::Language(language.clone()),
                count,
                "Responses by language",
                &language,
            );
            languages.push(language_total);
            let mut row = Vec::new();
            for (column, format) in format_names.iter().enumerate() {
                let count = responses
                    .by_language_and_format
                    .iter()
                    .find(|(tag, name, _)| *tag == language && name == format)
                    .map_or(0, |(_, _, count)| *count);
                let cell = self.printed(
                    Place::LanguageFormat(language.clone(), (*format).to_owned()),
                    count,
                    "Responses by language and format",
                    &format!("{language}, {format}"),
                );
                row.push(cell);
                columns[column].push(cell);
            }
            self.set.add_sum(row, language_total);
        }
        self.set.add_sum(languages, total);
        for (column, format_total) in columns.into_iter().zip(formats) {
            self.set.add_sum(column, *format_total);
        }
    }
}

fn channel_name(tag: &str) -> &str {
    if tag.is_empty() {
        "the plain link"
    } else {
        tag
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::built_in_templates::be_supported;

    fn key(text: &str) -> QuestionKey {
        QuestionKey::parse(text).unwrap()
    }

    fn value(text: &str) -> OptionValue {
        OptionValue::parse(text).unwrap()
    }

    fn counts(survey: &Survey, question: &str, values: &[u64]) -> QuestionCounts {
        let question = survey
            .questions
            .iter()
            .find(|q| q.key.as_str() == question)
            .unwrap();
        QuestionCounts {
            key: question.key.clone(),
            options: question
                .options
                .iter()
                .zip(values)
                .map(|(option, count)| (option.value.clone(), *count))
                .collect(),
            answered: values.iter().sum(),
        }
    }

    fn plan(
        survey: &Survey,
        questions: &[QuestionCounts],
        breakdowns: &[BreakdownCounts],
        responses: &ResponseCounts,
    ) -> WavePlan {
        WavePlan::build(
            &WaveCounts {
                survey,
                questions,
                breakdowns,
                responses,
            },
            Threshold::DEFAULT,
        )
    }

    /// The reviewer's cases and the edge cases the issue names, in one wave.
    #[test]
    fn edge_cases_are_labelled_truly_and_nothing_withheld_can_be_narrowed() {
        let survey = be_supported(2022);
        let questions = vec![
            // 110 girls, 122 boys, 0 describing themselves another way.
            counts(&survey, "gender", &[110, 122, 12, 0]),
            // 8, 9 and 10, and an answer nobody chose.
            counts(&survey, "know_who_to_speak_to", &[8, 9, 10, 70, 0]),
            // Everyone answered the same way.
            counts(&survey, "have_role_models", &[140, 0, 0]),
            // One small cell in a line, and its complement small too.
            counts(&survey, "information_suits_me", &[60, 50, 3, 40, 12]),
            // The reviewer's rebuild: n = 143, three answers shown, the headline held back.
            counts(&survey, "staff_experienced_caring", &[5, 3, 40, 45, 50]),
        ];
        // A group of 4 in a breakdown, with the rest of the question's answers.
        let positive_total: u64 = 8 + 9;
        let others_total: u64 = 10 + 70;
        let breakdowns = vec![BreakdownCounts {
            question: key("know_who_to_speak_to"),
            group_question: key("gender"),
            groups: vec![
                (value("girl"), 7, 45),
                (value("boy"), 8, 46),
                (value("non_binary"), 1, 4),
                (value("self_describe"), 0, 0),
            ],
        }];
        assert!(7 + 8 + 1 < positive_total && 45 + 46 + 4 - 16 < others_total);
        let responses = ResponseCounts {
            by_format: vec![("standard".into(), 230), ("easy_read".into(), 14)],
            by_language_and_format: vec![
                ("en".into(), "standard".into(), 230),
                ("en".into(), "easy_read".into(), 14),
            ],
            by_channel: vec![
                ("".into(), 200, 150),
                ("school".into(), 70, 93),
                ("club".into(), 3, 1),
            ],
            by_day: vec![(NaiveDate::from_ymd_opt(2022, 3, 14).unwrap(), 243)],
        };
        let plan = plan(&survey, &questions, &breakdowns, &responses);
        assert_eq!(plan.audit(), Vec::<Finding>::new());

        let option =
            |question: &str, answer: &str| plan.option(&key(question), &value(answer)).unwrap();
        // True labels: "fewer than 10" only for counts below 10, zero included.
        assert_ne!(option("gender", "girl"), Count::FewerThan);
        assert_ne!(option("gender", "boy"), Count::FewerThan);
        assert_eq!(option("gender", "self_describe"), Count::FewerThan);
        assert_eq!(
            option("know_who_to_speak_to", "strongly_agree"),
            Count::FewerThan
        );
        assert_eq!(option("know_who_to_speak_to", "agree"), Count::FewerThan);
        assert_ne!(option("know_who_to_speak_to", "neither"), Count::FewerThan);
        for question in &questions {
            for (answer, count) in &question.options {
                let released = plan.option(&question.key, answer).unwrap();
                assert_eq!(
                    released == Count::FewerThan,
                    *count < 10,
                    "{} {answer}: {count} released as {released:?}",
                    question.key
                );
                if let Count::Shown(shown) = released {
                    assert_eq!(shown, *count);
                }
            }
        }
        // Everyone said yes: the number answering stays, the share says "at least".
        let (positive, others) = plan.headline(&key("have_role_models")).unwrap();
        assert_eq!(
            plan.answered(&key("have_role_models")),
            Some(Count::Shown(140))
        );
        assert_eq!((positive, others), (Count::HeldBack, Count::FewerThan));
        // The rebuilt headline: 8 positive of 143 can no longer be worked out.
        let (positive, _) = plan.headline(&key("staff_experienced_caring")).unwrap();
        assert_eq!(positive, Count::FewerThan);
        // The group of 4 is fewer than 10; the channel with 1 response is too.
        let group = plan
            .group(
                &key("know_who_to_speak_to"),
                &key("gender"),
                &value("non_binary"),
            )
            .unwrap();
        assert_eq!(group.answered, Count::FewerThan);
        assert_eq!(plan.channel("club"), Some(Count::FewerThan));
        assert_eq!(plan.starts("club"), Some(Count::FewerThan));
    }

    #[test]
    fn languages_are_counted_only_beside_english_and_no_small_one_can_be_rebuilt() {
        let survey = be_supported(2022);
        let english_only = ResponseCounts {
            by_format: vec![("standard".into(), 230), ("easy_read".into(), 14)],
            by_language_and_format: vec![
                ("en".into(), "easy_read".into(), 14),
                ("en".into(), "standard".into(), 230),
            ],
            ..ResponseCounts::default()
        };
        let plan_in_english = plan(&survey, &[], &[], &english_only);
        assert_eq!(plan_in_english.language("en"), None);

        // Polish 15 (12 standard, 3 Easy Read) and Arabic 4: the 3 and the 4 are small, and
        // subtracting from the rows, the columns or the totals must not give either back.
        let responses = ResponseCounts {
            by_format: vec![("easy_read".into(), 17), ("standard".into(), 246)],
            by_language_and_format: vec![
                ("ar".into(), "standard".into(), 4),
                ("en".into(), "easy_read".into(), 14),
                ("en".into(), "standard".into(), 230),
                ("pl".into(), "easy_read".into(), 3),
                ("pl".into(), "standard".into(), 12),
            ],
            ..ResponseCounts::default()
        };
        let plan = plan(&survey, &[], &[], &responses);
        assert_eq!(plan.audit(), Vec::<Finding>::new());
        assert_eq!(plan.language("ar"), Some(Count::FewerThan));
        assert_eq!(
            plan.language_and_format("pl", "easy_read"),
            Some(Count::FewerThan)
        );
        assert_eq!(
            plan.language_and_format("ar", "easy_read"),
            Some(Count::FewerThan),
            "nobody is a small number too"
        );
        let pl = plan.language("pl").unwrap();
        let pl_standard = plan.language_and_format("pl", "standard").unwrap();
        assert!(
            !matches!((pl, pl_standard), (Count::Shown(_), Count::Shown(_))),
            "15 and 12 together give the 3 away: {pl:?} {pl_standard:?}"
        );
        assert_eq!(plan.responses(), Some(Count::Shown(263)));
    }

    /// The worked example in the README's "Which numbers are withheld" section.
    #[test]
    fn the_readme_example_reads_as_the_readme_says() {
        let survey = be_supported(2022);
        let questions = vec![counts(&survey, "know_who_to_speak_to", &[40, 3, 25, 12, 0])];
        let plan = plan(&survey, &questions, &[], &ResponseCounts::default());
        let key = key("know_who_to_speak_to");
        let read: Vec<Count> = [
            "strongly_agree",
            "agree",
            "neither",
            "disagree",
            "strongly_disagree",
        ]
        .iter()
        .map(|answer| plan.option(&key, &value(answer)).unwrap())
        .collect();
        use Count::{FewerThan, HeldBack, Shown};
        assert_eq!(read, [HeldBack, FewerThan, HeldBack, Shown(12), FewerThan]);
        assert_eq!(plan.answered(&key), Some(Shown(80)));
        assert_eq!(plan.headline(&key), Some((Shown(43), Shown(37))));
        assert!(plan.audit().is_empty());
    }

    #[test]
    fn the_same_tables_give_the_same_key_and_any_other_count_another() {
        let survey = be_supported(2022);
        let mut keys = Vec::new();
        for values in [
            [10, 20, 30, 40, 50],
            [10, 20, 30, 40, 50],
            [10, 20, 30, 40, 51],
        ] {
            let questions = vec![counts(&survey, "know_who_to_speak_to", &values)];
            let remembered = WavePlan::build_with(
                &WaveCounts {
                    survey: &survey,
                    questions: &questions,
                    breakdowns: &[],
                    responses: &ResponseCounts::default(),
                },
                Threshold::DEFAULT,
                |key, protect| {
                    keys.push(key);
                    protect()
                },
            );
            let fresh = plan(&survey, &questions, &[], &ResponseCounts::default());
            assert_eq!(remembered.releases, fresh.releases);
        }
        assert_eq!(keys[0], keys[1]);
        assert_ne!(keys[1], keys[2]);
    }

    #[test]
    fn the_intruder_check_finds_a_cell_that_subtraction_gives_away() {
        let mut set = TableSet::new();
        let small = set.add(3, Visibility::Printed, "t", "small");
        let big = set.add(40, Visibility::Printed, "t", "big");
        let total = set.add(43, Visibility::Printed, "t", "total");
        set.add_sum(vec![small, big], total);
        let releases = vec![Release::FewerThan, Release::Shown, Release::Shown];
        let exposures = super::super::intruder::attack(&set, &releases, Threshold::DEFAULT);
        assert_eq!(exposures.len(), 1);
        assert_eq!((exposures[0].low, exposures[0].high), (3, 3));
        // Holding back the other cell is not enough when the two add up to fewer than 19:
        // the small one could still be narrowed to 0..=5.
        let mut set = TableSet::new();
        let cells: Vec<CellId> = [40, 3, 25, 12]
            .iter()
            .map(|&count| set.add(count, Visibility::Printed, "t", "c"))
            .collect();
        let total = set.add(80, Visibility::Printed, "t", "total");
        set.add_sum(cells.clone(), total);
        let releases = protect(&set, Threshold::DEFAULT);
        assert_eq!(
            releases[..4],
            [
                Release::Shown,
                Release::FewerThan,
                Release::HeldBack,
                Release::Shown
            ],
            "25 is the smallest count that protects 3; 12 would leave it at 0 to 5"
        );
        assert!(super::super::intruder::attack(&set, &releases, Threshold::DEFAULT).is_empty());
    }

    /// A random wave: every closed question's counts, and a breakdown of every headline question
    /// by every demographic, consistent with them.
    type RandomWave = (Vec<Vec<u64>>, Vec<Vec<(u64, u64)>>);

    fn random_wave() -> impl Strategy<Value = RandomWave> {
        let survey = be_supported(2022);
        let sizes: Vec<usize> = survey
            .questions
            .iter()
            .filter(|q| q.kind.has_options() && q.kind != QuestionKind::MultipleChoice)
            .map(|q| q.options.len())
            .collect();
        let counts = sizes
            .into_iter()
            .map(|size| prop::collection::vec(prop_oneof![0u64..12, 0u64..80], size))
            .collect::<Vec<_>>();
        let shares = prop::collection::vec(prop::collection::vec((0u64..100, 0u64..100), 8), 8);
        (counts, shares)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]
        #[test]
        fn random_waves_leave_nothing_withheld_that_can_be_narrowed((values, shares) in random_wave()) {
            let survey = be_supported(2022);
            let single: Vec<&crate::domain::survey::Question> = survey
                .questions
                .iter()
                .filter(|q| q.kind.has_options() && q.kind != QuestionKind::MultipleChoice)
                .collect();
            let questions: Vec<QuestionCounts> = single
                .iter()
                .zip(&values)
                .map(|(question, values)| counts(&survey, question.key.as_str(), values))
                .collect();
            // Split each headline question's positive and other answers among a demographic's
            // groups, keeping some back as young people who did not answer the demographic.
            let mut breakdowns = Vec::new();
            let demographics: Vec<_> = single.iter().filter(|q| q.is_demographic).take(2).collect();
            for (question, question_counts) in single.iter().zip(&questions) {
                if question.is_demographic || !question.options.iter().any(|o| o.is_positive) {
                    continue;
                }
                let positive: u64 = question.options.iter().filter(|o| o.is_positive)
                    .map(|o| question_counts.count_of(&o.value)).sum();
                let others = question_counts.answered - positive;
                for (at, demographic) in demographics.iter().enumerate() {
                    let (mut left_positive, mut left_others) = (positive, others);
                    let groups = demographic.options.iter().enumerate().map(|(index, option)| {
                        let (p, o) = shares[at][index % 8];
                        let take_positive = left_positive * p / 100;
                        let take_others = left_others * o / 100;
                        left_positive -= take_positive;
                        left_others -= take_others;
                        (option.value.clone(), take_positive, take_positive + take_others)
                    }).collect();
                    breakdowns.push(BreakdownCounts {
                        question: question.key.clone(),
                        group_question: demographic.key.clone(),
                        groups,
                    });
                }
            }
            let plan = plan(&survey, &questions, &breakdowns, &ResponseCounts::default());
            prop_assert_eq!(plan.audit(), Vec::<Finding>::new());
            for question in &questions {
                for (answer, count) in &question.options {
                    let released = plan.option(&question.key, answer).unwrap();
                    prop_assert_eq!(released == Count::FewerThan, *count < 10);
                }
            }
        }
    }
}
