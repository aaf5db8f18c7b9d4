//! The linear structure an attacker sees in a wave's published tables: every count we print (or
//! that follows from printed ones), and the sums that tie counts together, such as "the answers
//! of a question add up to the number who answered it".

use std::fmt;

/// A count's place in a [`TableSet`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellId(pub(super) usize);

/// Where a count appears, for messages: the table and the cell within it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellName {
    pub table: String,
    pub cell: String,
}

impl fmt::Display for CellName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}", self.table, self.cell)
    }
}

/// Whether a count is printed, or only follows from printed counts (e.g. those who answered a
/// question but not the demographic question it is broken down by: the total less the groups).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Printed,
    /// `zero_reveals`: whether a zero here says something about people (none of a non-empty
    /// group gave an answer) rather than only that a group is empty.
    Derived {
        zero_reveals: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub value: u64,
    pub visibility: Visibility,
    pub name: CellName,
}

/// `parts` add up exactly to `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumRelation {
    pub parts: Vec<CellId>,
    pub total: CellId,
}

/// `part` is never more than `whole`, where `whole` lies in another table (e.g. the young carers
/// who answered a question are no more than the young carers). Used as a bound on `part`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtMost {
    pub part: CellId,
    pub whole: CellId,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableSet {
    cells: Vec<Cell>,
    sums: Vec<SumRelation>,
    at_most: Vec<AtMost>,
}

impl TableSet {
    pub fn new() -> TableSet {
        TableSet::default()
    }

    pub fn add(&mut self, value: u64, visibility: Visibility, table: &str, cell: &str) -> CellId {
        self.cells.push(Cell {
            value,
            visibility,
            name: CellName {
                table: table.to_owned(),
                cell: cell.to_owned(),
            },
        });
        CellId(self.cells.len() - 1)
    }

    /// Records that `parts` add up to `total`, if the true counts agree: a relation they break
    /// (counts taken at different moments, say) is no help to an attacker either, and is left
    /// out. Says whether it was kept.
    pub fn add_sum(&mut self, parts: Vec<CellId>, total: CellId) -> bool {
        let sum: u64 = parts.iter().map(|&part| self.value(part)).sum();
        let holds = sum == self.value(total);
        if holds {
            self.sums.push(SumRelation { parts, total });
        }
        holds
    }

    /// Records that `part` is at most `whole`, if it is; says whether it was kept.
    pub fn add_at_most(&mut self, part: CellId, whole: CellId) -> bool {
        let holds = self.value(part) <= self.value(whole);
        if holds {
            self.at_most.push(AtMost { part, whole });
        }
        holds
    }

    pub fn ids(&self) -> impl Iterator<Item = CellId> + use<> {
        (0..self.cells.len()).map(CellId)
    }

    pub fn cell(&self, id: CellId) -> &Cell {
        &self.cells[id.0]
    }

    pub fn value(&self, id: CellId) -> u64 {
        self.cells[id.0].value
    }

    pub fn name(&self, id: CellId) -> &CellName {
        &self.cells[id.0].name
    }

    pub fn sums(&self) -> &[SumRelation] {
        &self.sums
    }

    pub fn at_most(&self) -> &[AtMost] {
        &self.at_most
    }

    /// The largest count in the set: no count an attacker reasons about can be more.
    pub fn ceiling(&self) -> u64 {
        self.cells.iter().map(|cell| cell.value).max().unwrap_or(0)
    }

    /// Groups of cells tied together by sums (bounds do not join groups), each group's cells in
    /// order: what one group shows says nothing about another's cells beyond bounds.
    pub fn linked_groups(&self) -> Vec<Vec<CellId>> {
        let mut parent: Vec<usize> = (0..self.cells.len()).collect();
        fn root(parent: &mut [usize], mut at: usize) -> usize {
            while parent[at] != at {
                parent[at] = parent[parent[at]];
                at = parent[at];
            }
            at
        }
        for sum in &self.sums {
            let first = root(&mut parent, sum.total.0);
            for part in &sum.parts {
                let other = root(&mut parent, part.0);
                parent[other] = first;
            }
        }
        let mut groups: Vec<Vec<CellId>> = Vec::new();
        let mut group_of_root = std::collections::HashMap::new();
        for at in 0..self.cells.len() {
            let top = root(&mut parent, at);
            let index = *group_of_root.entry(top).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[index].push(CellId(at));
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_link_cells_into_groups_and_bounds_do_not() {
        let mut set = TableSet::new();
        let a = set.add(3, Visibility::Printed, "t", "a");
        let b = set.add(4, Visibility::Printed, "t", "b");
        let total = set.add(7, Visibility::Printed, "t", "total");
        let other = set.add(9, Visibility::Printed, "u", "x");
        set.add_sum(vec![a, b], total);
        set.add_at_most(a, other);
        let groups = set.linked_groups();
        assert_eq!(groups, vec![vec![a, b, total], vec![other]]);
        assert_eq!(set.ceiling(), 9);
    }

    #[test]
    fn a_sum_the_counts_break_is_left_out() {
        let mut set = TableSet::new();
        let a = set.add(3, Visibility::Printed, "t", "a");
        let total = set.add(7, Visibility::Printed, "t", "total");
        assert!(!set.add_sum(vec![a], total));
        assert!(set.sums().is_empty());
        assert!(!set.add_at_most(total, a));
    }
}
