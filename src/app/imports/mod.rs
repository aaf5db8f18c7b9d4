//! Bringing earlier waves in from CSV files, the same way from the command line and the Data page:
//! read and check the whole file, show its first rows, then store it in one transaction.

pub mod preview;
pub mod reading;
pub mod storing;

pub use reading::{CheckedFile, MOST_PROBLEMS_LISTED, read, read_showing};
pub use storing::{ImportRefused, Importer, StoredImport, store};
