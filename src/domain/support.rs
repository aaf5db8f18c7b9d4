//! "Need to talk to someone now?": the contacts every respondent page points to.

/// One place a young person can get help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportContact {
    pub name: String,
    /// How to reach them: a phone number, a text number or a web address, as written.
    pub how: String,
    pub description: String,
}

impl SupportContact {
    pub fn new(name: &str, how: &str, description: &str) -> Self {
        Self {
            name: name.into(),
            how: how.into(),
            description: description.into(),
        }
    }
}

/// Contacts shown everywhere, before any local ones.
pub fn national_contacts() -> Vec<SupportContact> {
    vec![
        SupportContact::new(
            "Childline",
            "0800 1111",
            "Free and confidential, any time of day or night, for anyone under 19. You can also chat online at childline.org.uk.",
        ),
        SupportContact::new(
            "Emergency services",
            "999",
            "If you or someone else is in danger right now.",
        ),
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
        assert_eq!(contacts[0].name, "Childline");
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
