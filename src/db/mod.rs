//! Everything that talks SQL: the connection over both backends, migrations, and one query file per area.

pub mod aggregates;
pub mod audit_log;
pub mod backup;
pub mod comparators;
pub mod connection;
pub mod distribution;
pub mod drafts;
pub mod error;
pub mod imported_totals;
pub mod migrations;
pub mod models;
pub mod moderation_assignments;
pub mod moderation_digests;
pub mod moderation_lists;
pub mod one_time_tokens;
pub mod pending_imports;
pub mod programmes;
pub mod published_reports;
pub mod quotes;
pub mod report_texts;
pub mod responses;
pub mod retention;
pub mod schema;
pub mod sign_in_throttle;
pub mod staff_sessions;
pub mod survey_cache;
pub mod surveys;
pub mod targets;
pub mod upkeep;
pub mod uploaded_symbols;
pub mod users;
pub mod wording_rows;
pub mod wordings;

pub use connection::{AnyConnection, Backend, DbConnection, DbPool, build_pool};
pub use error::DbError;
