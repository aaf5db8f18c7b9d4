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
    /// The withheld counts of one line together are shown to be fewer than the threshold: a small
    /// group, worked out by subtraction. `total` names the line.
    SmallSum { total: CellId, parts: Vec<CellId> },
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

/// What the labels alone tell an attacker about each withheld small count and each line's
/// withheld counts: the most that any release can be held to. It depends only on which counts
/// are small, so it is worked out once per group.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    cells: std::collections::HashMap<CellId, (u64, u64)>,
    sums: std::collections::HashMap<CellId, (u64, u64)>,
}

impl Baseline {
    pub fn of(
        set: &TableSet,
        releases: &[Release],
        threshold: Threshold,
        group: &[CellId],
    ) -> Baseline {
        let model = Model::new(set, releases, threshold, group, true);
        let mut baseline = Baseline::default();
        for &id in group {
            if is_sensitive(set, releases, threshold, id)
                && let Some(&variable) = model.variable_of.get(&id)
            {
                baseline.cells.insert(id, model.interval(&[variable]));
            }
        }
        for sum in set.sums() {
            if !group.contains(&sum.total) {
                continue;
            }
            let withheld: Vec<usize> = sum
                .parts
                .iter()
                .filter(|part| releases[part.0] != Release::Shown)
                .filter_map(|part| model.variable_of.get(part).copied())
                .collect();
            if withheld.len() >= 2 {
                baseline.sums.insert(sum.total, model.interval(&withheld));
            }
        }
        baseline
    }
}

/// Every exposure in the whole set.
pub fn attack(set: &TableSet, releases: &[Release], threshold: Threshold) -> Vec<Exposure> {
    set.linked_groups()
        .iter()
        .flat_map(|group| {
            let baseline = Baseline::of(set, releases, threshold, group);
            attack_group(set, releases, threshold, group, &baseline)
        })
        .collect()
}

/// Every exposure among one group of linked cells (see [`TableSet::linked_groups`]).
pub fn attack_group(
    set: &TableSet,
    releases: &[Release],
    threshold: Threshold,
    group: &[CellId],
    baseline: &Baseline,
) -> Vec<Exposure> {
    exposures_in_group(set, releases, threshold, group, baseline).collect()
}

/// The first exposure in one group, if any: all that deciding the next cell to hold back needs.
pub fn first_exposure(
    set: &TableSet,
    releases: &[Release],
    threshold: Threshold,
    group: &[CellId],
    baseline: &Baseline,
) -> Option<Exposure> {
    exposures_in_group(set, releases, threshold, group, baseline).next()
}

fn exposures_in_group<'a>(
    set: &'a TableSet,
    releases: &'a [Release],
    threshold: Threshold,
    group: &'a [CellId],
    baseline: &'a Baseline,
) -> impl Iterator<Item = Exposure> + 'a {
    let model = std::rc::Rc::new(Model::new(set, releases, threshold, group, false));
    let cells = {
        let model = model.clone();
        group
            .iter()
            .filter_map(move |&id| model.check_cell(id, baseline))
    };
    let sums = set
        .sums()
        .iter()
        .filter({
            let model = model.clone();
            move |sum| {
                model.variable_of.contains_key(&sum.total)
                    || sum
                        .parts
                        .iter()
                        .any(|part| model.variable_of.contains_key(part))
            }
        })
        .filter_map(move |sum| model.check_sum(sum.total, &sum.parts, baseline));
    cells.chain(sums)
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
    let model = Model::new(set, releases, threshold, group, false);
    match &exposure.what {
        Exposed::SmallCount(id) | Exposed::HeldBackPinned(id) => {
            model.check_cell(*id, baseline).is_some()
        }
        Exposed::SmallSum { total, .. } => {
            let parts = set
                .sums()
                .iter()
                .find(|sum| sum.total == *total)
                .map(|sum| sum.parts.clone())
                .unwrap_or_default();
            model.check_sum(*total, &parts, baseline).is_some()
        }
    }
}

/// One group's linear programme: a variable for each count not shown, with the bounds its label
/// gives, and an equation for each published sum.
struct Model<'a> {
    set: &'a TableSet,
    releases: &'a [Release],
    threshold: Threshold,
    /// Per cell of the group: its variable's place, or `None` when shown.
    variable_of: std::collections::HashMap<CellId, usize>,
    bounds: Vec<(f64, f64)>,
    equations: Vec<(Vec<(usize, f64)>, f64)>,
}

impl<'a> Model<'a> {
    /// `labels_only`: the attacker who reads only the labels ("fewer than N", and that every
    /// other printed count is N or more), not the shown numbers: what the labels give away by
    /// themselves is no exposure.
    fn new(
        set: &'a TableSet,
        releases: &'a [Release],
        threshold: Threshold,
        group: &[CellId],
        labels_only: bool,
    ) -> Model<'a> {
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
        // A count is no more than a whole in another table, as far as that whole's label says.
        for bound in set.at_most() {
            if let Some(&variable) = variable_of.get(&bound.part) {
                // A whole lies in another group, whose shown numbers are published whatever this
                // group shows, so even the labels-only attacker has them.
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
        Model {
            set,
            releases,
            threshold,
            variable_of,
            bounds,
            equations,
        }
    }

    /// The whole numbers the attacker can narrow `Σ objective` to.
    fn interval(&self, objective: &[usize]) -> (u64, u64) {
        let low = self.optimise(objective, OptimizationDirection::Minimize);
        let high = self.optimise(objective, OptimizationDirection::Maximize);
        let whole_low = (low - TOLERANCE).ceil().max(0.0) as u64;
        let whole_high = (high + TOLERANCE).floor().max(0.0) as u64;
        (whole_low, whole_high.max(whole_low))
    }

    fn optimise(&self, objective: &[usize], direction: OptimizationDirection) -> f64 {
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
            // solver can only fail on numbers; assume the worst: the attacker knows the truth.
            _ => objective
                .iter()
                .map(|&at| self.true_value_of(at) as f64)
                .sum(),
        }
    }

    fn true_value_of(&self, variable: usize) -> u64 {
        self.variable_of
            .iter()
            .find(|(_, at)| **at == variable)
            .map_or(0, |(id, _)| self.set.value(*id))
    }

    fn check_cell(&self, id: CellId, baseline: &Baseline) -> Option<Exposure> {
        let &variable = self.variable_of.get(&id)?;
        let sensitive = is_sensitive(self.set, self.releases, self.threshold, id);
        let held_back = self.releases[id.0] == Release::HeldBack;
        if !sensitive && !held_back {
            return None;
        }
        let (low, high) = self.interval(&[variable]);
        let true_value = self.set.value(id);
        let what = if sensitive {
            // It could still be any of 1 to threshold − 1 (and 0, if it is 0), or at least all of
            // those the labels alone leave open.
            let (label_low, label_high) = baseline
                .cells
                .get(&id)
                .copied()
                .unwrap_or((0, self.threshold.value() - 1));
            let as_open_as_the_labels =
                low <= label_low.max(1) && high >= label_high.min(self.threshold.value() - 1);
            if as_open_as_the_labels {
                return None;
            }
            Exposed::SmallCount(id)
        } else {
            if low < high {
                return None;
            }
            Exposed::HeldBackPinned(id)
        };
        Some(Exposure {
            what,
            low,
            high,
            true_value,
        })
    }

    fn check_sum(&self, total: CellId, parts: &[CellId], baseline: &Baseline) -> Option<Exposure> {
        let withheld: Vec<CellId> = parts
            .iter()
            .copied()
            .filter(|part| self.variable_of.contains_key(part))
            .collect();
        if withheld.len() < 2 {
            return None;
        }
        let true_value: u64 = withheld.iter().map(|&part| self.set.value(part)).sum();
        if true_value == 0 {
            return None;
        }
        let variables: Vec<usize> = withheld.iter().map(|part| self.variable_of[part]).collect();
        let (low, high) = self.interval(&variables);
        // A line whose total reads "fewer than N" says by itself that its parts are few.
        let labels_say_small = baseline
            .sums
            .get(&total)
            .is_some_and(|&(_, label_high)| label_high < self.threshold.value());
        (high < self.threshold.value() && !labels_say_small).then_some(Exposure {
            what: Exposed::SmallSum {
                total,
                parts: withheld,
            },
            low,
            high,
            true_value,
        })
    }
}
