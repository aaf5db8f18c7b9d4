//! Pure survey logic. Nothing here knows about HTTP, SQL, HTML, email or charts
//! (`tests/api/architecture.rs` checks the imports).

pub mod aggregate;
pub mod answer;
pub mod audit;
pub mod breakdown_tally;
pub mod comparison;
pub mod display;
pub mod draft;
pub mod easy_read;
pub mod findings;
pub mod ids;
pub mod import_kind;
pub mod number_format;
pub mod question_edit;
pub mod quote;
pub mod redaction;
pub mod redaction_suggestions;
pub mod report_kind;
pub mod response;
pub mod resume_code;
pub mod safeguarding;
pub mod scale_sentiment;
pub mod spreadsheet_cell;
pub mod staff;
pub mod statistics;
pub mod support;
pub mod suppression;
pub mod survey;
pub mod symbol_upload;
pub mod symbols;
pub mod team_texts;
pub mod template;
pub mod tokens;
pub mod totals_csv;
pub mod wave_setup;
pub mod wide_csv;
