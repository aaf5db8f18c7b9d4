//! maud views. Functions returning `Markup` are components; pages get all their data passed in.

pub mod account_pages;
pub mod admin_pages;
pub mod assignment_page;
pub mod check_answers_page;
pub mod components;
pub mod data_pages;
pub mod display_page;
pub mod distribution_pages;
pub mod done_page;
pub mod error_pages;
pub mod help_page;
pub mod home_page;
pub mod import_pages;
pub mod layout;
pub mod moderation_pages;
pub mod moderation_settings_page;
pub mod page_tools;
pub mod question_editor_page;
pub mod question_page;
pub mod resume_pages;
pub mod safeguarding_pages;
pub mod staff_shell;
pub mod start_page;
pub mod statement_page;
pub mod survey_admin_pages;
pub mod survey_shell;
