//! Long work (imports, exports, reports, backups) says how far it has got through this, so the
//! command line can draw a progress bar while the web, which answers when the work is done, says
//! nothing.

pub trait Progress: Sync {
    /// A new stage of the work: `total` steps if known (a bar with time left), else a spinner.
    fn stage(&self, what: &str, total: Option<u64>);
    /// `steps` more of the current stage are done.
    fn advance(&self, steps: u64);
    /// The work is over: anything drawn is cleared.
    fn finish(&self);
}

/// Reports nowhere.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _what: &str, _total: Option<u64>) {}
    fn advance(&self, _steps: u64) {}
    fn finish(&self) {}
}
