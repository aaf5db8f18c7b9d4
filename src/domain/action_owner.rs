//! The groups that own the working group's actions (the three strategic groups, VOXY, the
//! engagement team), each with the contact who hears when one of its actions is overdue.

use super::field_problem::FieldProblem;
use super::ids::OwnerId;
use super::message::Message;
use super::staff::EmailAddress;

/// The longest group name: it is printed beside every action on a one-page Board update.
pub const NAME_MAX_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionOwner {
    pub id: OwnerId,
    pub name: String,
    /// Emailed about the group's overdue actions; without one they are listed for the Board only.
    pub contact: Option<EmailAddress>,
}

/// A group as typed into the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOwner {
    pub name: String,
    pub contact: Option<EmailAddress>,
}

/// Reads the form: a name of 1 to 80 characters, and a contact address or nothing.
pub fn parse(name: &str, contact: &str) -> Result<NewOwner, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > NAME_MAX_CHARS {
        problems.push(FieldProblem::new(
            "name",
            Message::new("staff-problem-group-name").with("max", NAME_MAX_CHARS),
        ));
    }
    let contact = contact.trim();
    let contact = if contact.is_empty() {
        None
    } else {
        match EmailAddress::parse(contact) {
            Ok(address) => Some(address),
            Err(_) => {
                problems.push(FieldProblem::new("contact", "staff-problem-contact"));
                None
            }
        }
    };
    if problems.is_empty() {
        Ok(NewOwner { name, contact })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_needs_a_name_and_may_go_without_a_contact() {
        assert_eq!(
            parse("  Be Supported   strategic group ", ""),
            Ok(NewOwner {
                name: "Be Supported strategic group".into(),
                contact: None
            })
        );
        let with_contact = parse("VOXY", " Chair@Example.org ").unwrap();
        assert_eq!(with_contact.contact.unwrap().as_str(), "chair@example.org");
        let problems = parse("", "not an address").unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_ref()).collect();
        assert_eq!(fields, ["name", "contact"]);
        assert!(parse(&"x".repeat(NAME_MAX_CHARS + 1), "").is_err());
    }
}
