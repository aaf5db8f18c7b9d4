//! The actions people take, one way in for the web and the command line: each checks its rules,
//! writes, and records its audit entry in one transaction, with its own error type, taking the
//! time from the clock in the settings. Web handlers and commands only translate input and
//! output around these.

pub mod accounts;
pub mod action_owners;
pub mod actor;
pub mod board_update;
pub mod comparators;
pub mod exports;
pub mod imports;
pub mod moderation_digest;
pub mod moderation_setup;
pub mod overdue_actions;
pub mod progress;
pub mod quote_decisions;
pub mod report_publishing;
pub mod retention;
pub mod safeguarding;
pub mod surveys;
pub mod targets;
pub mod tracked_actions;
pub mod translations;
