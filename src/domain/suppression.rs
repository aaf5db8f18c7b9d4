//! Small-number suppression: no published count may let anyone pick out a small group of young
//! people. A count below the threshold is hidden (primary suppression), and more counts are hidden
//! where a shown total would otherwise give the hidden one away (secondary suppression).
//!
//! A hidden count is `Count::Suppressed`, which holds no number at all, so nothing that renders a
//! table can print it by mistake.

use std::fmt;

/// The smallest group that may be shown, at least `MINIMUM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold(u64);

impl Threshold {
    pub const MINIMUM: u64 = 5;
    pub const DEFAULT: Threshold = Threshold(10);

    pub fn new(value: u64) -> Result<Threshold, ThresholdTooLow> {
        if value >= Self::MINIMUM {
            Ok(Threshold(value))
        } else {
            Err(ThresholdTooLow(value))
        }
    }

    pub fn value(self) -> u64 {
        self.0
    }

    fn hides(self, count: u64) -> bool {
        count < self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a suppression threshold of {0} is too low: groups smaller than 5 can identify people")]
pub struct ThresholdTooLow(pub u64);

/// A count that may be published, or the fact that it may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Shown(u64),
    Suppressed,
}

impl Count {
    pub fn shown(self) -> Option<u64> {
        match self {
            Count::Shown(value) => Some(value),
            Count::Suppressed => None,
        }
    }

    pub fn is_suppressed(self) -> bool {
        self == Count::Suppressed
    }
}

/// Renders a shown count as its number and a suppressed one as the empty string, the only two
/// things a table may show.
impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Shown(value) => write!(f, "{value}"),
            Count::Suppressed => Ok(()),
        }
    }
}

/// A table of counts with its row totals, column totals and grand total, as it may be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuppressedTable {
    pub cells: Vec<Vec<Count>>,
    pub row_totals: Vec<Count>,
    pub column_totals: Vec<Count>,
    pub total: Count,
}

/// Suppresses a table of counts (rows of equal length; e.g. groups × answers). A single list of
/// counts with its total is a table of one row.
pub fn suppress_table(counts: &[Vec<u64>], threshold: Threshold) -> SuppressedTable {
    let columns = counts.first().map_or(0, Vec::len);
    assert!(
        counts.iter().all(|row| row.len() == columns),
        "every row of a table has the same number of cells"
    );
    let row_sums: Vec<u64> = counts.iter().map(|row| row.iter().sum()).collect();
    let column_sums: Vec<u64> = (0..columns)
        .map(|column| counts.iter().map(|row| row[column]).sum())
        .collect();
    let grand: u64 = row_sums.iter().sum();

    let mut hidden: Vec<Vec<bool>> = counts
        .iter()
        .map(|row| row.iter().map(|&count| threshold.hides(count)).collect())
        .collect();
    let mut row_hidden: Vec<bool> = row_sums.iter().map(|&sum| threshold.hides(sum)).collect();
    let mut column_hidden: Vec<bool> = column_sums
        .iter()
        .map(|&sum| threshold.hides(sum))
        .collect();
    let total_hidden = threshold.hides(grand);

    // Each pass hides at least one more value or stops, so this ends within the table's size.
    loop {
        let mut changed = false;
        for (row, cells) in counts.iter().enumerate() {
            if !row_hidden[row] {
                let line: Vec<(u64, bool)> = cells
                    .iter()
                    .zip(&hidden[row])
                    .map(|(&count, &is_hidden)| (count, is_hidden))
                    .collect();
                if let Some(column) = second_to_hide(&line) {
                    hidden[row][column] = true;
                    changed = true;
                }
            }
        }
        for column in 0..columns {
            if !column_hidden[column] {
                let line: Vec<(u64, bool)> = (0..counts.len())
                    .map(|row| (counts[row][column], hidden[row][column]))
                    .collect();
                if let Some(row) = second_to_hide(&line) {
                    hidden[row][column] = true;
                    changed = true;
                }
            }
        }
        if !total_hidden {
            let rows: Vec<(u64, bool)> = row_sums.iter().copied().zip(row_hidden.clone()).collect();
            if let Some(row) = second_to_hide(&rows) {
                row_hidden[row] = true;
                changed = true;
            }
            let columns_line: Vec<(u64, bool)> = column_sums
                .iter()
                .copied()
                .zip(column_hidden.clone())
                .collect();
            if let Some(column) = second_to_hide(&columns_line) {
                column_hidden[column] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    let shown = |value: u64, is_hidden: bool| {
        if is_hidden {
            Count::Suppressed
        } else {
            Count::Shown(value)
        }
    };
    SuppressedTable {
        cells: counts
            .iter()
            .zip(&hidden)
            .map(|(row, hides)| {
                row.iter()
                    .zip(hides)
                    .map(|(&count, &is_hidden)| shown(count, is_hidden))
                    .collect()
            })
            .collect(),
        row_totals: row_sums
            .iter()
            .zip(&row_hidden)
            .map(|(&sum, &is_hidden)| shown(sum, is_hidden))
            .collect(),
        column_totals: column_sums
            .iter()
            .zip(&column_hidden)
            .map(|(&sum, &is_hidden)| shown(sum, is_hidden))
            .collect(),
        total: shown(grand, total_hidden),
    }
}

/// In a line whose total is shown, a lone hidden value could be worked out by subtraction: hide
/// the smallest shown value too (the least information lost). `None` when the line is safe.
fn second_to_hide(line: &[(u64, bool)]) -> Option<usize> {
    if line.iter().filter(|(_, hidden)| *hidden).count() != 1 {
        return None;
    }
    line.iter()
        .enumerate()
        .filter(|(_, (_, hidden))| !hidden)
        .min_by_key(|(_, (count, _))| *count)
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use Count::{Shown, Suppressed};

    #[test]
    fn thresholds_below_five_are_refused() {
        assert_eq!(Threshold::new(4), Err(ThresholdTooLow(4)));
        assert_eq!(Threshold::new(5).unwrap().value(), 5);
        assert_eq!(Threshold::DEFAULT.value(), 10);
    }

    #[test]
    fn a_lone_small_answer_takes_the_next_smallest_with_it() {
        let table = suppress_table(&[vec![40, 3, 25, 12]], Threshold::DEFAULT);
        assert_eq!(
            table.cells[0],
            [Shown(40), Suppressed, Shown(25), Suppressed]
        );
        assert_eq!(table.row_totals, [Shown(80)]);
        assert_eq!(table.total, Shown(80));
    }

    #[test]
    fn a_small_group_hides_its_row_and_is_not_given_away_by_the_other_groups() {
        // Rows are groups (e.g. districts), columns are positive / not positive.
        let table = suppress_table(
            &[vec![30, 20], vec![4, 2], vec![25, 25], vec![40, 35]],
            Threshold::DEFAULT,
        );
        assert_eq!(table.row_totals[1], Suppressed, "a group of 6 is hidden");
        assert_eq!(table.cells[1], [Suppressed, Suppressed]);
        // With the overall total shown, one hidden group size could be worked out, and so could
        // each hidden cell from its column total: other values go too, smallest first.
        assert_eq!(
            table.row_totals,
            [Suppressed, Suppressed, Shown(50), Shown(75)]
        );
        assert_eq!(table.cells[0], [Shown(30), Suppressed]);
        assert_eq!(table.cells[2], [Suppressed, Suppressed]);
        assert_eq!(table.cells[3], [Shown(40), Shown(35)], "big groups stay");
        assert_eq!(table.column_totals, [Shown(99), Shown(82)]);
        assert_eq!(table.total, Shown(181));
    }

    #[test]
    fn suppressed_counts_print_as_nothing() {
        assert_eq!(Shown(12).to_string(), "12");
        assert_eq!(Suppressed.to_string(), "");
    }

    fn table_strategy() -> impl Strategy<Value = Vec<Vec<u64>>> {
        (1usize..6, 1usize..6).prop_flat_map(|(rows, columns)| {
            prop::collection::vec(prop::collection::vec(0u64..40, columns), rows)
        })
    }

    proptest! {
        #[test]
        fn no_shown_count_is_below_the_threshold(counts in table_strategy(), threshold in 5u64..15) {
            let table = suppress_table(&counts, Threshold::new(threshold).unwrap());
            let everything = table.cells.iter().flatten()
                .chain(&table.row_totals)
                .chain(&table.column_totals)
                .chain(std::iter::once(&table.total));
            for count in everything {
                if let Shown(value) = count {
                    prop_assert!(*value >= threshold, "{value} shown with threshold {threshold}");
                }
            }
        }

        #[test]
        fn no_hidden_count_can_be_worked_out_from_a_shown_total(counts in table_strategy()) {
            let table = suppress_table(&counts, Threshold::DEFAULT);
            for (row, total) in table.cells.iter().zip(&table.row_totals) {
                if !total.is_suppressed() {
                    prop_assert_ne!(row.iter().filter(|c| c.is_suppressed()).count(), 1);
                }
            }
            for (column, total) in table.column_totals.iter().enumerate() {
                if !total.is_suppressed() {
                    let hidden = table.cells.iter().filter(|row| row[column].is_suppressed()).count();
                    prop_assert_ne!(hidden, 1);
                }
            }
            if !table.total.is_suppressed() {
                prop_assert_ne!(table.row_totals.iter().filter(|c| c.is_suppressed()).count(), 1);
                prop_assert_ne!(table.column_totals.iter().filter(|c| c.is_suppressed()).count(), 1);
            }
        }

        #[test]
        fn shown_counts_are_the_true_counts(counts in table_strategy()) {
            let table = suppress_table(&counts, Threshold::DEFAULT);
            for (shown_row, row) in table.cells.iter().zip(&counts) {
                for (shown, &count) in shown_row.iter().zip(row) {
                    if let Shown(value) = shown {
                        prop_assert_eq!(*value, count);
                    }
                }
            }
        }
    }
}
