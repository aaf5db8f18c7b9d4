//! Display options any young person can set without an account: text size, high contrast and
//! dyslexia-friendly spacing. They are kept as a short list of choices (e.g. `large.contrast`) that
//! says nothing about who someone is.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }

    pub fn parse(text: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|size| size.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DisplayPreferences {
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// Wider letter, word and line spacing, a plainer font and a cream background.
    pub dyslexia_friendly: bool,
}

const CONTRAST: &str = "contrast";
const DYSLEXIA: &str = "dyslexia";

impl DisplayPreferences {
    pub fn is_default(&self) -> bool {
        *self == DisplayPreferences::default()
    }

    /// The stored form, e.g. `large.contrast.dyslexia`; empty for the defaults.
    pub fn encode(&self) -> String {
        let mut parts = Vec::new();
        if self.text_size != TextSize::Normal {
            parts.push(self.text_size.as_str());
        }
        if self.high_contrast {
            parts.push(CONTRAST);
        }
        if self.dyslexia_friendly {
            parts.push(DYSLEXIA);
        }
        parts.join(".")
    }

    /// Reads the stored form; anything unknown is ignored, so an old or edited cookie still works.
    pub fn decode(text: &str) -> DisplayPreferences {
        let mut preferences = DisplayPreferences::default();
        for part in text.split('.') {
            if let Some(size) = TextSize::parse(part) {
                preferences.text_size = size;
            } else if part == CONTRAST {
                preferences.high_contrast = true;
            } else if part == DYSLEXIA {
                preferences.dyslexia_friendly = true;
            }
        }
        preferences
    }

    /// Class names for the page's root element, which the stylesheet turns into the chosen look.
    pub fn classes(&self) -> Vec<&'static str> {
        let mut classes = Vec::new();
        match self.text_size {
            TextSize::Normal => {}
            TextSize::Large => classes.push("text-large"),
            TextSize::ExtraLarge => classes.push("text-extra-large"),
        }
        if self.high_contrast {
            classes.push("high-contrast");
        }
        if self.dyslexia_friendly {
            classes.push("dyslexia-friendly");
        }
        classes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip_through_their_stored_form() {
        for text_size in TextSize::ALL {
            for high_contrast in [false, true] {
                for dyslexia_friendly in [false, true] {
                    let preferences = DisplayPreferences {
                        text_size,
                        high_contrast,
                        dyslexia_friendly,
                    };
                    assert_eq!(
                        DisplayPreferences::decode(&preferences.encode()),
                        preferences
                    );
                }
            }
        }
        assert_eq!(DisplayPreferences::default().encode(), "");
    }

    #[test]
    fn unknown_parts_are_ignored() {
        let preferences = DisplayPreferences::decode("extra-large.sparkles.contrast");
        assert_eq!(preferences.text_size, TextSize::ExtraLarge);
        assert!(preferences.high_contrast);
        assert!(!preferences.dyslexia_friendly);
        assert!(DisplayPreferences::decode("<script>").is_default());
    }
}
