//! A way the survey reaches young people (a school, a youth club, a poster), counted by tag.

use super::ids::ChannelTag;

/// A channel the team set up; starts and responses are counted by its tag, never by person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    pub tag: ChannelTag,
    pub label: String,
}
