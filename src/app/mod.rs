//! The actions people take, one way in for the web and the command line: each checks its rules,
//! writes, and records its audit entry in one transaction, with its own error type.

pub mod quote_decisions;
