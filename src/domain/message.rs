//! A message for a person, named rather than worded: the domain says what to tell someone and with
//! which values, and the catalogue words it in the reader's language.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue's id for the message, such as `staff-problem-email`.
    pub id: &'static str,
    /// The values its wording refers to, by name.
    pub args: Vec<(&'static str, MessageArg)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with the value `name` filled in.
    pub fn with(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<&'static str> for Message {
    fn from(id: &'static str) -> Self {
        Message::new(id)
    }
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        MessageArg::Text(text)
    }
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        MessageArg::Text(text.to_owned())
    }
}

impl From<i64> for MessageArg {
    fn from(number: i64) -> Self {
        MessageArg::Number(number)
    }
}

impl From<usize> for MessageArg {
    fn from(number: usize) -> Self {
        MessageArg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<u32> for MessageArg {
    fn from(number: u32) -> Self {
        MessageArg::Number(number.into())
    }
}

impl From<u64> for MessageArg {
    fn from(number: u64) -> Self {
        MessageArg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}
