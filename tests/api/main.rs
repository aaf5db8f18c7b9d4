//! One integration-test binary: the real application over HTTP, on SQLite by default and on
//! PostgreSQL when `TEST_DATABASE_URL` is set.

mod actions;
mod anonymity;
mod architecture;
mod audit_gaps;
mod authorisation;
mod availability;
mod backup;
mod catalogue_sheet;
mod cli;
mod crash_safety;
mod data_inventory;
mod fuzz_bodies;
mod helpers;
mod hostile_input;
mod import_export;
mod journey;
mod languages;
mod migrations;
mod moderation;
mod organisation;
mod page_weight;
mod pdf_tools;
mod programmes;
mod quote_identifiers;
mod report_csv;
mod reports;
mod resume;
mod retention;
mod security;
// Shared with the load benchmark, which also reads its memory figures.
mod send_formats;
#[allow(dead_code)]
mod server_process;
mod smtp;
mod staff_accounts;
mod staff_translations;
mod survey_admin;
mod targets;
// Shared with the load benchmark, which also loads single pages again and again.
#[allow(dead_code)]
mod virtual_respondent;
mod web_imports;
mod wording;
