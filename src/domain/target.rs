//! Targets the working group sets for a programme's measures ("70% by the 2024 wave", agreed by
//! whom and when), and where a wave stands against one. The standing is decided from the 95%
//! interval, never the point: a share of 71% from few answers has not shown that 70% was reached.

use chrono::NaiveDate;

use super::ids::{InvalidValue, ProgrammeId, TargetId};
use super::iso_day;
use super::statistics::Interval;
use super::survey::PlanItem;

/// The longest "agreed by" the form takes: a group's name, perhaps with the meeting.
pub const AGREED_BY_MAX_CHARS: usize = 120;
/// Years a target may be set for: no survey ran before 2000, and a plan looks a few years ahead.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A whole-number share to reach, 1% to 99%: 0% and 100% are not targets a survey can show were met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TargetPercent(u8);

impl TargetPercent {
    pub fn new(percent: u8) -> Result<Self, InvalidValue> {
        if (1..=99).contains(&percent) {
            Ok(Self(percent))
        } else {
            Err(InvalidValue::new(
                "target (1 to 99 per cent)",
                &percent.to_string(),
            ))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureTarget {
    pub id: TargetId,
    pub programme: ProgrammeId,
    pub item: PlanItem,
    pub percent: TargetPercent,
    /// The year of the wave by which the share should be reached.
    pub by_year: i32,
    /// Who agreed it, e.g. "CTB working group".
    pub agreed_by: String,
    pub agreed_on: NaiveDate,
}

impl MeasureTarget {
    /// "70% by 2024, agreed by the CTB working group on 12 July 2023".
    pub fn describe(&self) -> String {
        format!(
            "{}% by {}, agreed by {} on {}",
            self.percent.value(),
            self.by_year,
            self.agreed_by,
            self.agreed_on.format("%-d %B %Y")
        )
    }
}

/// Where a wave's share stands against a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    /// The interval's lower end reaches the target.
    Met,
    /// The interval's upper end is below the target.
    NotMet,
    /// The target lies inside the interval: more answers are needed to say.
    NotYetClear,
    /// The share is held back (too few answers, or it would disclose a small group), so no
    /// standing is given either: "met" would itself tell how large the share is.
    NotShown,
}

impl TargetStatus {
    /// As reports say it: "met", "not yet clear".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::NotMet => "not met",
            Self::NotYetClear => "not yet clear",
            Self::NotShown => "not shown",
        }
    }

    /// As `targets.csv` writes it: "met", "not_yet_clear".
    pub fn code(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::NotMet => "not_met",
            Self::NotYetClear => "not_yet_clear",
            Self::NotShown => "not_shown",
        }
    }
}

/// The standing of a share whose 95% interval is `interval` (None when the share is held back).
pub fn status(interval: Option<Interval>, target: TargetPercent) -> TargetStatus {
    let Some(interval) = interval else {
        return TargetStatus::NotShown;
    };
    let target = f64::from(target.value()) / 100.0;
    if interval.low >= target {
        TargetStatus::Met
    } else if interval.high < target {
        TargetStatus::NotMet
    } else {
        TargetStatus::NotYetClear
    }
}

/// The target a wave of `year` is judged against for a measure: the next one due (the earliest
/// set for this year or later), or when all are past, the last one that fell due.
pub fn applicable(targets: &[MeasureTarget], item: PlanItem, year: i32) -> Option<&MeasureTarget> {
    let for_item = || targets.iter().filter(move |target| target.item == item);
    for_item()
        .filter(|target| target.by_year >= year)
        .min_by_key(|target| target.by_year)
        .or_else(|| for_item().max_by_key(|target| target.by_year))
}

/// A target as typed into the form, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTarget {
    pub item: PlanItem,
    pub percent: TargetPercent,
    pub by_year: i32,
    pub agreed_by: String,
    pub agreed_on: NaiveDate,
}

/// What is wrong with a typed target, as a code: the staff pages say it in their catalogue's words
/// (`staff-target-problem-…` in `assets/messages/en/staff.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetProblem {
    NoMeasure,
    BadPercent,
    BadYear,
    /// Empty, or longer than [`AGREED_BY_MAX_CHARS`].
    BadAgreedBy,
    BadAgreedOn,
    /// The measure has a target for that year already: it must be withdrawn first.
    AlreadySet,
}

impl TargetProblem {
    /// The problem's message in the staff catalogue.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NoMeasure => "staff-target-problem-no-measure",
            Self::BadPercent => "staff-target-problem-percent",
            Self::BadYear => "staff-target-problem-year",
            Self::BadAgreedBy => "staff-target-problem-agreed-by",
            Self::BadAgreedOn => "staff-target-problem-agreed-on",
            Self::AlreadySet => "staff-target-problem-already-set",
        }
    }

    /// The form field the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            Self::NoMeasure | Self::AlreadySet => "measure",
            Self::BadPercent => "percent",
            Self::BadYear => "by_year",
            Self::BadAgreedBy => "agreed_by",
            Self::BadAgreedOn => "agreed_on",
        }
    }
}

/// Reads the form's fields; `measures` are the programme's plan items, the only ones allowed.
pub fn parse(
    measure: &str,
    percent: &str,
    by_year: &str,
    agreed_by: &str,
    agreed_on: &str,
    measures: &[PlanItem],
) -> Result<NewTarget, TargetProblem> {
    let item = PlanItem::chosen_from(measure, measures).ok_or(TargetProblem::NoMeasure)?;
    let percent = percent
        .trim()
        .trim_end_matches('%')
        .trim()
        .parse::<u8>()
        .ok()
        .and_then(|number| TargetPercent::new(number).ok())
        .ok_or(TargetProblem::BadPercent)?;
    let by_year = by_year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|year| YEARS.contains(year))
        .ok_or(TargetProblem::BadYear)?;
    let agreed_by = agreed_by.split_whitespace().collect::<Vec<_>>().join(" ");
    if agreed_by.is_empty() || agreed_by.chars().count() > AGREED_BY_MAX_CHARS {
        return Err(TargetProblem::BadAgreedBy);
    }
    let agreed_on = iso_day::parse(agreed_on.trim()).ok_or(TargetProblem::BadAgreedOn)?;
    Ok(NewTarget {
        item,
        percent,
        by_year,
        agreed_by,
        agreed_on,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(number: u8) -> PlanItem {
        PlanItem::new(number).unwrap()
    }

    fn target(number: u8, percent: u8, by_year: i32) -> MeasureTarget {
        MeasureTarget {
            id: TargetId::new_random(),
            programme: ProgrammeId::BE_SUPPORTED,
            item: item(number),
            percent: TargetPercent::new(percent).unwrap(),
            by_year,
            agreed_by: "CTB working group".into(),
            agreed_on: NaiveDate::from_ymd_opt(2023, 7, 12).unwrap(),
        }
    }

    #[test]
    fn the_standing_comes_from_the_interval_not_the_point() {
        let seventy = TargetPercent::new(70).unwrap();
        let between = |low, high| Some(Interval { low, high });
        assert_eq!(status(between(0.70, 0.78), seventy), TargetStatus::Met);
        assert_eq!(status(between(0.61, 0.699), seventy), TargetStatus::NotMet);
        // 71% from few answers: the interval reaches below 70%, so nobody can say yet.
        assert_eq!(
            status(between(0.62, 0.79), seventy),
            TargetStatus::NotYetClear
        );
        assert_eq!(status(None, seventy), TargetStatus::NotShown);
    }

    #[test]
    fn a_wave_is_judged_against_the_next_target_due_or_else_the_last_one() {
        let targets = [
            target(13, 60, 2022),
            target(13, 70, 2024),
            target(14, 50, 2024),
        ];
        let year_of = |year| applicable(&targets, item(13), year).map(|t| t.by_year);
        assert_eq!(year_of(2021), Some(2022));
        assert_eq!(year_of(2022), Some(2022));
        assert_eq!(year_of(2023), Some(2024));
        assert_eq!(year_of(2026), Some(2024));
        assert_eq!(applicable(&targets, item(15), 2023), None);
    }

    #[test]
    fn the_form_is_read_and_each_mistake_named_with_its_field() {
        let measures = [item(13), item(14)];
        let read =
            |measure, percent, year, by, on| parse(measure, percent, year, by, on, &measures);
        let good = read(
            "13",
            " 70% ",
            "2024",
            "  CTB   working group ",
            "2023-07-12",
        )
        .unwrap();
        assert_eq!(good.percent.value(), 70);
        assert_eq!(good.agreed_by, "CTB working group");
        for (typed, problem) in [
            (
                ["15", "70", "2024", "x", "2023-07-12"],
                TargetProblem::NoMeasure,
            ),
            (
                ["13", "0", "2024", "x", "2023-07-12"],
                TargetProblem::BadPercent,
            ),
            (
                ["13", "100", "2024", "x", "2023-07-12"],
                TargetProblem::BadPercent,
            ),
            (
                ["13", "70.5", "2024", "x", "2023-07-12"],
                TargetProblem::BadPercent,
            ),
            (
                ["13", "70", "24", "x", "2023-07-12"],
                TargetProblem::BadYear,
            ),
            (
                ["13", "70", "2024", " ", "2023-07-12"],
                TargetProblem::BadAgreedBy,
            ),
            (
                ["13", "70", "2024", "x", "12/07/2023"],
                TargetProblem::BadAgreedOn,
            ),
        ] {
            let [measure, percent, year, by, on] = typed;
            assert_eq!(
                read(measure, percent, year, by, on),
                Err(problem),
                "{typed:?}"
            );
        }
        let long = "x".repeat(AGREED_BY_MAX_CHARS + 1);
        assert_eq!(
            read("13", "70", "2024", &long, "2023-07-12"),
            Err(TargetProblem::BadAgreedBy)
        );
    }
}
