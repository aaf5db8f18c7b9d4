//! A report as a document: sections of blocks holding finished words, numbers and charts. Builders
//! make one from a wave's results; the HTML and PDF renderers draw it; publishing freezes it as JSON,
//! so what the Board read can be shown again exactly.

use serde::{Deserialize, Serialize};

use crate::catalogue::staff_words::StaffWords;
use crate::domain::report_kind::ReportKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportDocument {
    pub kind: ReportKind,
    /// e.g. "Be Supported survey 2022".
    pub title: String,
    /// e.g. "Summary report for the Children's Trust Board".
    pub subtitle: String,
    /// e.g. "23 November 2026".
    pub prepared_on: String,
    /// The organisation publishing it, named on the cover (reports published before this was
    /// recorded read without it).
    #[serde(default)]
    pub publisher: String,
    pub sections: Vec<Section>,
    /// The language it is written in, as a tag (reports published before there was a choice
    /// were all English).
    #[serde(default = "english_tag")]
    pub language: String,
    /// The words around the content (contents, page numbers, "Published by" …) in its language.
    #[serde(default)]
    pub labels: ReportLabels,
}

fn english_tag() -> String {
    "en".to_owned()
}

/// The words a renderer puts around a report's content, already in the report's language;
/// "Published by …" and "Prepared on …" come whole, since languages order their words differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportLabels {
    pub links: String,
    pub published_by: String,
    pub prepared_on: String,
    pub contents: String,
    pub note: String,
    pub you_said: String,
    pub we_did: String,
    pub page: String,
    pub of: String,
    pub footer: String,
    /// Whether the language is written right to left.
    pub right_to_left: bool,
}

/// English, as every report read before the words were in the catalogue.
impl Default for ReportLabels {
    fn default() -> Self {
        ReportLabels {
            links: "Report links".into(),
            published_by: String::new(),
            prepared_on: String::new(),
            contents: "Contents".into(),
            note: "Note:".into(),
            you_said: "You said:".into(),
            we_did: "We did:".into(),
            page: "Page".into(),
            of: "of".into(),
            footer:
                "Made with youthvoice. Young people answered without giving their names. We do \
                     not show small numbers."
                    .into(),
            right_to_left: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: String,
    },
    Subheading {
        text: String,
    },
    /// Big numbers with what they count, e.g. "1,234" / "young people answered".
    KeyFacts {
        facts: Vec<KeyFact>,
    },
    /// A plan measure: its share this year and what the change means.
    Finding {
        title: String,
        figure: String,
        detail: String,
        sentences: Vec<String>,
    },
    /// A chart with a caption stating the finding, and the same numbers as a table.
    Figure {
        caption: String,
        svg: String,
        table: Table,
    },
    Table {
        table: Table,
    },
    Quotes {
        quotes: Vec<QuoteLine>,
    },
    Bullets {
        items: Vec<String>,
    },
    /// One Easy Read point: a symbol beside one short sentence or two. The symbol is decorative,
    /// as on the web pages: the sentence beside it says the same thing in the report's language,
    /// so a screen reader hears it once. (Documents published before December 2026 also carry
    /// the symbol's English description, which is now ignored.)
    EasyRead {
        symbol: Option<String>,
        text: String,
        /// The text's language where it differs from the report's: the team writes "what
        /// happens next" in English, whatever language the report is in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },
    /// Something the reader must keep in mind, e.g. a wave imported as totals only.
    Note {
        text: String,
    },
    Actions {
        actions: Vec<ActionLine>,
    },
}

/// One "you said, we did" action as a report shows it, in finished words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionLine {
    pub you_said: String,
    pub we_did: String,
    /// The words before `we_did` for where the action stands ("We will:"). Reports published
    /// before the actions register had none and read the labels' "We did:".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doing_label: Option<String>,
    /// Where the action stands, e.g. "Under way, to finish by 31 March 2024.", with the owning
    /// group and note in reports for the Board; empty in reports published before the register.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFact {
    pub figure: String,
    pub label: String,
}

/// A table whose first column names each row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub text: String,
    /// e.g. "Young person aged 14 or 15"; none where naming the age band could point at someone.
    pub attribution: Option<String>,
}

impl ReportDocument {
    /// The full title, as the browser tab, PDF title and emails show it.
    pub fn full_title(&self) -> String {
        match self.kind {
            // Their titles already say what they are: "You said: our survey 2022",
            // "Be Supported: Board update".
            ReportKind::EasyRead | ReportKind::BoardUpdate => self.title.clone(),
            _ => format!("{}: {}", self.title, StaffWords.t(self.kind.name_id())),
        }
    }

    /// "Published by …" in the report's language; empty when no publisher is recorded.
    pub fn published_by_line(&self) -> String {
        match (
            self.labels.published_by.is_empty(),
            self.publisher.is_empty(),
        ) {
            (false, _) => self.labels.published_by.clone(),
            (true, false) => format!("Published by {}", self.publisher),
            (true, true) => String::new(),
        }
    }

    /// "Prepared on …" in the report's language.
    pub fn prepared_on_line(&self) -> String {
        if self.labels.prepared_on.is_empty() {
            format!("Prepared on {}", self.prepared_on)
        } else {
            self.labels.prepared_on.clone()
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a report document always serialises")
    }

    pub fn from_json(json: &str) -> Result<ReportDocument, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// How many charts the document holds.
    pub fn figure_count(&self) -> usize {
        self.blocks()
            .filter(|block| matches!(block, Block::Figure { .. }))
            .count()
    }

    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.sections.iter().flat_map(|section| &section.blocks)
    }
}
