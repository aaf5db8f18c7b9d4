//! Free-text answers as moderation sees them: the queue, decisions, safeguarding flags and
//! published quotes. Moderators only ever get the answer's words, its question and its wave:
//! nothing here returns a response id.

mod decisions;
mod published;
mod queue;
mod safeguarding;

pub use decisions::*;
pub use published::*;
pub use queue::*;
pub use safeguarding::*;
