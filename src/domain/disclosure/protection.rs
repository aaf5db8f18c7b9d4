//! Deciding what to withhold. Primary: every printed count below the threshold, zeros included,
//! reads "fewer than N". Secondary: while the intruder check finds a withheld count narrowed,
//! hold back one more printed count in a line with it, the smallest one that ends the exposure
//! (the least information lost), or the smallest in the line when none ends it alone.

use std::collections::{HashMap, HashSet};

use super::Release;
use super::intruder::{Attacker, Baseline, Exposed, Exposure, still_exposed, targets};
use super::table_set::{CellId, TableSet, Visibility};
use crate::domain::suppression::Threshold;

/// The release of every cell of `set`, in the set's order.
pub fn protect(set: &TableSet, threshold: Threshold) -> Vec<Release> {
    let mut releases: Vec<Release> = set
        .ids()
        .map(|id| {
            let cell = set.cell(id);
            match cell.visibility {
                Visibility::Derived { .. } => Release::Derived,
                Visibility::Printed if cell.value < threshold.value() => Release::FewerThan,
                Visibility::Printed => Release::Shown,
            }
        })
        .collect();
    for group in in_bound_order(set) {
        protect_group(set, threshold, &group, &mut releases);
    }
    releases
}

fn protect_group(set: &TableSet, threshold: Threshold, group: &[CellId], releases: &mut [Release]) {
    let baseline = Baseline::of(set, releases, threshold, group);
    let targets = targets(set, group);
    // Targets that passed stay passed as more is withheld (see `Checked::settled`), so each
    // round looks again only at the rest.
    let mut settled = vec![false; targets.len()];
    // Each round holds back one more cell or stops, so this ends within the group's size.
    loop {
        let attacker = Attacker::new(set, releases, threshold, group, &baseline);
        let mut found = None;
        for (at, target) in targets.iter().enumerate() {
            if settled[at] {
                continue;
            }
            let checked = attacker.check(*target);
            settled[at] = checked.settled;
            if checked.exposure.is_some() {
                found = checked.exposure;
                break;
            }
        }
        let Some(exposure) = found else {
            return;
        };
        let mut candidates = candidates_for(set, releases, group, &exposure);
        if candidates.is_empty() {
            return;
        }
        // Smallest first; a count that totals several lines (the number who answered a
        // question) only when nothing else is left, since it is worth most to a reader.
        let totals = |id: CellId| set.sums().iter().filter(|sum| sum.total == id).count();
        candidates.sort_by_key(|&id| (totals(id) >= 2, set.value(id), totals(id), id));
        let preferred = candidates.iter().take_while(|&&id| totals(id) < 2).count();
        let pool = if preferred > 0 {
            &candidates[..preferred]
        } else {
            &candidates[..]
        };
        let chosen = pool
            .iter()
            .copied()
            .find(|&candidate| {
                releases[candidate.0] = Release::HeldBack;
                let ends_it = !still_exposed(set, releases, threshold, group, &baseline, &exposure);
                releases[candidate.0] = Release::Shown;
                ends_it
            })
            .unwrap_or(pool[0]);
        releases[chosen.0] = Release::HeldBack;
    }
}

/// Shown printed cells that share a line with the exposed ones, or with a withheld cell of those
/// lines (a withheld total is pinned from the lines it is part of); failing that, any in the
/// group.
fn candidates_for(
    set: &TableSet,
    releases: &[Release],
    group: &[CellId],
    exposure: &Exposure,
) -> Vec<CellId> {
    let exposed: HashSet<CellId> = match &exposure.what {
        Exposed::SmallSum { total, parts, .. } => parts.iter().chain([total]).copied().collect(),
        other => other.cells().into_iter().collect(),
    };
    let shown = |id: &CellId| releases[id.0] == Release::Shown;
    let cells_in_lines_with = |cells: &HashSet<CellId>| -> HashSet<CellId> {
        set.sums()
            .iter()
            .filter(|sum| {
                sum.parts
                    .iter()
                    .chain([&sum.total])
                    .any(|id| cells.contains(id))
            })
            .flat_map(|sum| sum.parts.iter().chain([&sum.total]).copied())
            .collect()
    };
    let near = cells_in_lines_with(&exposed);
    let withheld_near: HashSet<CellId> = near.iter().copied().filter(|id| !shown(id)).collect();
    let in_line: Vec<CellId> = near
        .into_iter()
        .chain(cells_in_lines_with(&withheld_near))
        .filter(shown)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    if !in_line.is_empty() {
        return in_line;
    }
    group.iter().copied().filter(shown).collect()
}

/// Linked groups, each after the groups holding the wholes its cells are bounded by, so that a
/// bound is read from a whole whose release is already settled.
fn in_bound_order(set: &TableSet) -> Vec<Vec<CellId>> {
    let groups = set.linked_groups();
    let group_of: HashMap<CellId, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(index, group)| group.iter().map(move |&id| (id, index)))
        .collect();
    let mut needs: Vec<HashSet<usize>> = vec![HashSet::new(); groups.len()];
    for bound in set.at_most() {
        let (part, whole) = (group_of[&bound.part], group_of[&bound.whole]);
        if part != whole {
            needs[part].insert(whole);
        }
    }
    let mut done = vec![false; groups.len()];
    let mut order = Vec::with_capacity(groups.len());
    while order.len() < groups.len() {
        let before = order.len();
        for index in 0..groups.len() {
            if !done[index] && needs[index].iter().all(|&other| done[other]) {
                done[index] = true;
                order.push(index);
            }
        }
        if order.len() == before {
            // Bounds in a circle: settle the rest in order; each is still checked in full.
            order.extend((0..groups.len()).filter(|&index| !done[index]));
            break;
        }
    }
    order
        .into_iter()
        .map(|index| groups[index].clone())
        .collect()
}
