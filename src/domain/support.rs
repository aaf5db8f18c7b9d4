//! "Need to talk to someone now?": the contacts every respondent page points to.

/// One place a young person can get help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportContact {
    pub name: ContactWords,
    /// How to reach them: a phone number, a text number or a web address, as written.
    pub how: String,
    pub description: ContactWords,
}

/// Words about a contact: the national contacts' come from the young people's catalogue, so
/// they read in the young person's language and register; a council's own are as it typed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactWords {
    Typed(String),
    Message(&'static str),
}

impl SupportContact {
    pub fn new(name: &str, how: &str, description: &str) -> Self {
        Self {
            name: ContactWords::Typed(name.into()),
            how: how.into(),
            description: ContactWords::Typed(description.into()),
        }
    }
}

/// Contacts shown everywhere, before any local ones.
pub fn national_contacts() -> Vec<SupportContact> {
    vec![
        SupportContact {
            name: ContactWords::Message("support-childline-name"),
            how: "0800 1111".into(),
            description: ContactWords::Message("support-childline-what"),
        },
        SupportContact {
            name: ContactWords::Message("support-emergency-name"),
            how: "999".into(),
            description: ContactWords::Message("support-emergency-what"),
        },
    ]
}

/// Why a list of local contacts could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "support contact {position} must be written as `name|how to contact|description`, got {entry:?}"
)]
pub struct ContactListProblem {
    pub position: usize,
    pub entry: String,
}

/// Reads local contacts written as `name|how to contact|description`, separated by `;`.
pub fn parse_contact_list(text: &str) -> Result<Vec<SupportContact>, ContactListProblem> {
    text.split(';')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .enumerate()
        .map(|(index, entry)| {
            let fields: Vec<&str> = entry.split('|').map(str::trim).collect();
            match fields[..] {
                [name, how, description] if !name.is_empty() && !how.is_empty() => {
                    Ok(SupportContact::new(name, how, description))
                }
                _ => Err(ContactListProblem {
                    position: index + 1,
                    entry: entry.to_owned(),
                }),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn childline_is_always_first() {
        let contacts = national_contacts();
        assert_eq!(
            contacts[0].name,
            ContactWords::Message("support-childline-name")
        );
        assert_eq!(contacts[0].how, "0800 1111");
    }

    #[test]
    fn local_contacts_are_read_from_one_line() {
        let contacts = parse_contact_list(
            "Oxfordshire Youth Support|01865 000000|Weekdays 9 to 5; Kooth|kooth.com|Free online counselling",
        )
        .unwrap();
        assert_eq!(contacts.len(), 2);
        assert_eq!(
            contacts[1],
            SupportContact::new("Kooth", "kooth.com", "Free online counselling")
        );
        assert_eq!(parse_contact_list("").unwrap(), vec![]);
        let problem = parse_contact_list("Good|1|x; bad entry").unwrap_err();
        assert_eq!(problem.position, 2);
    }
}
