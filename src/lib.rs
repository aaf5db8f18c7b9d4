//! youthvoice: accessible, anonymous surveys for young people, moderated by young people,
//! reported honestly to the boards that act on them.

pub mod app;
pub mod assets;
pub mod auth;
pub mod catalogue;
pub mod charts;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod email;
pub mod error;
pub mod exports;
pub mod fonts;
pub mod qr_codes;
pub mod reports;
pub mod server_key;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
