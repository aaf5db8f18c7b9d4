//! Request handlers, one file per area of the respondent journey.

pub mod display_options;
pub mod distribution;
pub mod findings;
pub mod format_switch;
pub mod language;
pub mod moderation;
pub mod moderation_assignments;
pub mod moderation_settings;
pub mod pages;
pub mod question_editor;
pub mod questions;
pub mod redirect;
pub mod report_files;
pub mod resume;
pub mod safeguarding;
pub mod staff_accounts;
pub mod staff_admin;
pub mod staff_data;
pub mod staff_imports;
pub mod staff_reports;
pub mod staff_surveys;
pub mod staff_symbols;
pub mod staff_translations;
pub mod submission;
pub mod survey_access;
pub mod survey_start;
