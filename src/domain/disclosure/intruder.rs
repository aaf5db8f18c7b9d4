//! The intruder check: what an attacker can work out about each withheld count by combining every
//! number we publish. Each question is a linear programme: minimise and maximise the withheld
//! count, subject to every published sum, every shown count, and what the labels say ("fewer than
//! 10" is 0 to 9, "held back" is 10 or more). This is the audit tau-ARGUS and R's sdcTable run
//! before a statistical office publishes a table, in the linear-programming form they use.
//!
//! The solver is `microlp`: pure Rust, so it builds on a fresh machine with no system library (the
//! CBC and HiGHS bindings need a C++ tool chain and CMake), and its linear programmes of a few
//! hundred variables take well under a millisecond.

use microlp::{ComparisonOp, OptimizationDirection, Problem};

use super::Release;
use super::table_set::{CellId, TableSet, Visibility};
use crate::domain::suppression::Threshold;

/// Counts from the solver within this of a whole number are that number.
const TOLERANCE: f64 = 1e-6;

/// What the attacker can work out: a withheld count, or a sum of withheld counts in one published
/// line, narrowed to `low..=high` (whole numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exposure {
    pub what: Exposed,
    pub low: u64,
    pub high: u64,
    pub true_value: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exposed {
    /// A count withheld because it is small (or a small count that follows from printed ones) is
    /// narrowed within 0 to threshold − 1, or pinned.
    SmallCount(CellId),
    /// A count held back to protect another is pinned, so it protects nothing.
    HeldBackPinned(CellId),
    /// The withheld counts of one line (the set's sum number `line`, whose total is `total`)
    /// together are shown to be fewer than the threshold: a small group, worked out by
    /// subtraction.
    SmallSum {
        line: usize,
        total: CellId,
        parts: Vec<CellId>,
    },
}

impl Exposed {
    /// The cells whose protection failed.
    pub fn cells(&self) -> Vec<CellId> {
        match self {
            Exposed::SmallCount(cell) | Exposed::HeldBackPinned(cell) => vec![*cell],
            Exposed::SmallSum { parts, .. } => parts.clone(),
        }
    }
}

/// Whether an attacker must be kept from learning anything about this count beyond "fewer than
/// the threshold": every small printed count, zeros included, and every small count that
/// follows from printed ones, except a zero that only says a group is empty.
pub fn is_sensitive(
    set: &TableSet,
    releases: &[Release],
    threshold: Threshold,
    id: CellId,
) -> bool {
    let cell = set.cell(id);
    match (releases[id.0], cell.visibility) {
        (Release::FewerThan, _) => true,
        (Release::Derived, Visibility::Derived { zero_reveals }) => {
            (cell.value > 0 && cell.value < threshold.value()) || (cell.value == 0 && zero_reveals)
        }
        _ => false,
    }
}

/// What the labels alone let an attacker work out in one group: the "fewer than N" counts as 0 to
/// N − 1 and every other printed count as N or more, with no shown number. It depends only on
/// which counts are small, which never changes while more are held back, so it is built once per
/// group; what the labels give away by themselves is no exposure.
pub struct Baseline {
    labels: LinearSystem,
}

impl Baseline {
    pub fn of(
        set: &TableSet,
        releases: &[Release],
        threshold: Threshold,
        group: &[CellId],
    ) -> Baseline {
        Baseline {
            labels: LinearSystem::new(set, releases, threshold, group, true),
        }
    }
}

/// Every exposure in the whole set.
pub fn attack(set: &TableSet, releases: &[Release], threshold: Threshold) -> Vec<Exposure> {
    set.linked_groups()
        .iter()
        .flat_map(|group| {
            let baseline = Baseline::of(set, releases, threshold, group);
            exposures_in_group(set, releases, threshold, group, &baseline).collect::<Vec<_>>()
        })
        .collect()
}

/// Something the check looks at: a count, or the withheld counts of one line (by its place in
/// the set's sums).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Cell(CellId),
    Line(usize),
}

/// Every target of one group: its cells, then the lines whose total is in it.
pub fn targets(set: &TableSet, group: &[CellId]) -> Vec<Target> {
    let in_group: std::collections::HashSet<CellId> = group.iter().copied().collect();
    group
        .iter()
        .map(|&id| Target::Cell(id))
        .chain(
            set.sums()
                .iter()
                .enumerate()
                .filter(|(_, sum)| in_group.contains(&sum.total))
                .map(|(line, _)| Target::Line(line)),
        )
        .collect()
}

/// Each group's targets checked one at a time.
fn exposures_in_group<'a>(
    set: &'a TableSet,
    releases: &'a [Release],
    threshold: Threshold,
    group: &'a [CellId],
    baseline: &'a Baseline,
) -> impl Iterator<Item = Exposure> + 'a {
    let attacker = Attacker::new(set, releases, threshold, group, baseline);
    targets(set, group)
        .into_iter()
        .filter_map(move |target| attacker.check(target).exposure)
}

/// Whether `exposure`, found earlier, is still there with the releases as they are now.
pub fn still_exposed(
    set: &TableSet,
    releases: &[Release],
    threshold: Threshold,
    group: &[CellId],
    baseline: &Baseline,
    exposure: &Exposure,
) -> bool {
    let attacker = Attacker::new(set, releases, threshold, group, baseline);
    let target = match &exposure.what {
        Exposed::SmallCount(id) | Exposed::HeldBackPinned(id) => Target::Cell(*id),
        Exposed::SmallSum { line, .. } => Target::Line(*line),
    };
    attacker.check(target).exposure.is_some()
}

/// What checking one target found.
pub struct Checked {
    pub exposure: Option<Exposure>,
    /// Whether the target passed in a way more withholding cannot undo: withholding more only
    /// widens what the attacker must allow, so a withheld count that passed stays passed, and a
    /// line whose withheld counts passed only gains more. A line with fewer than two withheld
    /// counts, or a shown count, may become a target later.
    pub settled: bool,
}

/// One group's linear programme: a variable for each count the attacker does not see, with the
/// bounds its label gives, and an equation for each published sum.
struct LinearSystem {
    /// Per cell of the group not shown: its variable's place.
    variable_of: std::collections::HashMap<CellId, usize>,
    bounds: Vec<(f64, f64)>,
    equations: Vec<(Vec<(usize, f64)>, f64)>,
}

impl LinearSystem {
    /// `labels_only`: every printed count is a variable, as if no number were shown.
    fn new(
        set: &TableSet,
        releases: &[Release],
        threshold: Threshold,
        group: &[CellId],
        labels_only: bool,
    ) -> LinearSystem {
        let small_top = (threshold.value() - 1) as f64;
        let ceiling = set.ceiling() as f64;
        let mut variable_of = std::collections::HashMap::new();
        let mut bounds = Vec::new();
        for &id in group {
            let (low, high) = match releases[id.0] {
                Release::Shown if labels_only => (threshold.value() as f64, ceiling),
                Release::Shown => continue,
                Release::FewerThan => (0.0, small_top),
                Release::HeldBack => (threshold.value() as f64, ceiling),
                Release::Derived => (0.0, ceiling),
            };
            variable_of.insert(id, bounds.len());
            bounds.push((low, high));
        }
        // A count is no more than a whole in another group, whose shown numbers are published
        // whatever this group shows, so even the labels-only attacker has them.
        for bound in set.at_most() {
            if let Some(&variable) = variable_of.get(&bound.part) {
                let whole_top = match releases[bound.whole.0] {
                    Release::Shown => set.value(bound.whole) as f64,
                    Release::FewerThan => small_top,
                    Release::HeldBack | Release::Derived => ceiling,
                };
                let (low, high) = bounds[variable];
                bounds[variable] = (low, high.min(whole_top).max(low));
            }
        }
        let mut equations = Vec::new();
        for sum in set.sums() {
            // Cells of one sum are always in one group, so a sum with none of the group's
            // variables is another group's, or wholly shown.
            if !variable_of.contains_key(&sum.total)
                && sum.parts.iter().all(|part| !variable_of.contains_key(part))
            {
                continue;
            }
            let mut terms = Vec::new();
            let mut known = 0.0;
            for (&cell, coefficient) in sum
                .parts
                .iter()
                .map(|part| (part, 1.0))
                .chain(std::iter::once((&sum.total, -1.0)))
            {
                match variable_of.get(&cell) {
                    Some(&variable) => terms.push((variable, coefficient)),
                    None => known -= coefficient * set.value(cell) as f64,
                }
            }
            equations.push((terms, known));
        }
        LinearSystem {
            variable_of,
            bounds,
            equations,
        }
    }

    /// The whole numbers `Σ cells` can be narrowed to; `None` if a cell is not a variable here.
    fn interval(&self, set: &TableSet, cells: &[CellId]) -> Option<(u64, u64)> {
        let objective: Vec<usize> = cells
            .iter()
            .map(|cell| self.variable_of.get(cell).copied())
            .collect::<Option<_>>()?;
        let true_sum: f64 = cells.iter().map(|&cell| set.value(cell) as f64).sum();
        let low = self.optimise(&objective, OptimizationDirection::Minimize, true_sum);
        let high = self.optimise(&objective, OptimizationDirection::Maximize, true_sum);
        let whole_low = (low - TOLERANCE).ceil().max(0.0) as u64;
        let whole_high = (high + TOLERANCE).floor().max(0.0) as u64;
        Some((whole_low, whole_high.max(whole_low)))
    }

    /// `if_unsolved`: the true value, assumed known to the attacker when the solver fails.
    fn optimise(
        &self,
        objective: &[usize],
        direction: OptimizationDirection,
        if_unsolved: f64,
    ) -> f64 {
        let mut problem = Problem::new(direction);
        let variables: Vec<_> = self
            .bounds
            .iter()
            .enumerate()
            .map(|(at, &bounds)| {
                let coefficient = if objective.contains(&at) { 1.0 } else { 0.0 };
                problem.add_var(coefficient, bounds)
            })
            .collect();
        for (terms, right) in &self.equations {
            let expression: Vec<_> = terms
                .iter()
                .map(|&(variable, coefficient)| (variables[variable], coefficient))
                .collect();
            problem.add_constraint(expression, ComparisonOp::Eq, *right);
        }
        match problem.solve() {
            Ok(microlp::SolveOutcome::Solution(solution)) => solution.objective(),
            // Every variable is bounded and the true counts satisfy every equation, so the
            // solver can only fail on numbers; assume the worst.
            _ => if_unsolved,
        }
    }
}

/// The attacker who sees what the releases show, beside the labels-only baseline.
pub struct Attacker<'a> {
    set: &'a TableSet,
    releases: &'a [Release],
    threshold: Threshold,
    sees: LinearSystem,
    baseline: &'a Baseline,
}

impl<'a> Attacker<'a> {
    pub fn new(
        set: &'a TableSet,
        releases: &'a [Release],
        threshold: Threshold,
        group: &[CellId],
        baseline: &'a Baseline,
    ) -> Attacker<'a> {
        Attacker {
            set,
            releases,
            threshold,
            sees: LinearSystem::new(set, releases, threshold, group, false),
            baseline,
        }
    }

    pub fn check(&self, target: Target) -> Checked {
        let exposure = match target {
            Target::Cell(id) => self.check_cell(id),
            Target::Line(line) => self.check_line(line),
        };
        let settled = exposure.is_none()
            && match target {
                Target::Cell(id) => self.releases[id.0] != Release::Shown,
                Target::Line(line) => {
                    self.set.sums()[line]
                        .parts
                        .iter()
                        .filter(|part| self.sees.variable_of.contains_key(part))
                        .count()
                        >= 2
                }
            };
        Checked { exposure, settled }
    }

    fn check_cell(&self, id: CellId) -> Option<Exposure> {
        let sensitive = is_sensitive(self.set, self.releases, self.threshold, id);
        let held_back = self.releases[id.0] == Release::HeldBack;
        if !sensitive && !held_back {
            return None;
        }
        let (low, high) = self.sees.interval(self.set, &[id])?;
        let small_top = self.threshold.value() - 1;
        let what = if sensitive {
            // It could still be any of 1 to threshold − 1 (and 0, if it is 0), or at least all
            // of those the labels alone leave open.
            let open = |(label_low, label_high): (u64, u64)| {
                low <= label_low.max(1) && high >= label_high.min(small_top)
            };
            if open((0, small_top))
                || self
                    .baseline
                    .labels
                    .interval(self.set, &[id])
                    .is_some_and(open)
            {
                return None;
            }
            Exposed::SmallCount(id)
        } else {
            // Pinned by what another group shows (the young carers who answered are no more than
            // the young carers), the labels pin it too, and no release here can help.
            let pinned_by_the_labels = || {
                self.baseline
                    .labels
                    .interval(self.set, &[id])
                    .is_some_and(|(label_low, label_high)| label_low == label_high)
            };
            if low < high || pinned_by_the_labels() {
                return None;
            }
            Exposed::HeldBackPinned(id)
        };
        Some(Exposure {
            what,
            low,
            high,
            true_value: self.set.value(id),
        })
    }

    fn check_line(&self, line: usize) -> Option<Exposure> {
        let sum = &self.set.sums()[line];
        let withheld: Vec<CellId> = sum
            .parts
            .iter()
            .copied()
            .filter(|part| self.sees.variable_of.contains_key(part))
            .collect();
        if withheld.len() < 2 {
            return None;
        }
        let true_value: u64 = withheld.iter().map(|&part| self.set.value(part)).sum();
        if true_value == 0 {
            return None;
        }
        let (low, high) = self.sees.interval(self.set, &withheld)?;
        if high >= self.threshold.value() {
            return None;
        }
        // A line whose total reads "fewer than N" says by itself that its parts are few.
        let labels_say_small = self
            .baseline
            .labels
            .interval(self.set, &withheld)
            .is_some_and(|(_, label_high)| label_high < self.threshold.value());
        (!labels_say_small).then_some(Exposure {
            what: Exposed::SmallSum {
                line,
                total: sum.total,
                parts: withheld,
            },
            low,
            high,
            true_value,
        })
    }
}
