//! Reports: a wave's results gathered with the earlier waves it is compared with, and rendered.
//! CSV here; the HTML, PDF and Easy Read reports build on the same results.

pub mod csv_results;
pub mod quotes;
pub mod results;
