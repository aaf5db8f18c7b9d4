//! The command line's progress: a bar with counts and time left (or a spinner when the total is
//! unknown), drawn on standard error only when it is a terminal, so scripts and logs stay clean.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::app::progress::Progress;

pub(super) struct TerminalProgress {
    drawn: bool,
    /// The current stage's bar; each stage gets a fresh one.
    bar: Mutex<Option<ProgressBar>>,
}

impl TerminalProgress {
    pub(super) fn new() -> TerminalProgress {
        TerminalProgress {
            drawn: std::io::stderr().is_terminal(),
            bar: Mutex::new(None),
        }
    }

    fn current(&self) -> std::sync::MutexGuard<'_, Option<ProgressBar>> {
        self.bar
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Progress for TerminalProgress {
    fn stage(&self, what: &str, total: Option<u64>) {
        let mut current = self.current();
        if let Some(done) = current.take() {
            done.finish_and_clear();
        }
        if !self.drawn {
            return;
        }
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{msg:<36} [{bar:30}] {human_pos}/{human_len} ({eta} left)",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {msg} ({elapsed})",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_owned());
        bar.enable_steady_tick(Duration::from_millis(120));
        *current = Some(bar);
    }

    fn advance(&self, steps: u64) {
        if let Some(bar) = self.current().as_ref() {
            bar.inc(steps);
        }
    }

    fn finish(&self) {
        if let Some(done) = self.current().take() {
            done.finish_and_clear();
        }
    }
}
