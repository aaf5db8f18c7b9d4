//! The symbol library: pictograms shown beside Easy Read questions and options, each with alt text
//! and a licence record. The built-in set is ours; an admin's uploaded set joins it under the same
//! manifest columns, so a survey can name any symbol whose licence is recorded.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::ids::SymbolName;

/// What we know about one symbol: the words that describe it and the terms it may be used under.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SymbolRecord {
    pub name: SymbolName,
    /// Describes the picture, for anywhere it is shown without its own words beside it.
    pub alt: String,
    pub licence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("symbol manifest line {line}: {message}")]
    BadRow { line: u64, message: String },
    #[error("symbol manifest line {line}: {name} is listed twice")]
    Duplicate { line: u64, name: SymbolName },
    #[error("symbol manifest line {line}: {name} has no {field}")]
    Missing {
        line: u64,
        name: SymbolName,
        field: &'static str,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SymbolLibrary {
    records: BTreeMap<SymbolName, SymbolRecord>,
}

impl SymbolLibrary {
    /// Reads a manifest: CSV with the header `name,alt,licence`. A symbol without alt text or
    /// licence is refused, so nothing unlicensed or undescribed can reach a young person's screen.
    pub fn from_manifest(csv_text: &str) -> Result<SymbolLibrary, ManifestError> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut records = BTreeMap::new();
        for row in reader.deserialize::<SymbolRecord>() {
            let record = row.map_err(|error| ManifestError::BadRow {
                line: error.position().map_or(0, |position| position.line()),
                message: error.to_string(),
            })?;
            let line = records.len() as u64 + 2;
            for (field, value) in [("alt text", &record.alt), ("licence", &record.licence)] {
                if value.trim().is_empty() {
                    return Err(ManifestError::Missing {
                        line,
                        name: record.name,
                        field,
                    });
                }
            }
            if records.contains_key(&record.name) {
                return Err(ManifestError::Duplicate {
                    line,
                    name: record.name,
                });
            }
            records.insert(record.name.clone(), record);
        }
        Ok(SymbolLibrary { records })
    }

    /// This library with `added` symbols too; a name already in the library keeps its own record.
    pub fn with(&self, added: impl IntoIterator<Item = SymbolRecord>) -> SymbolLibrary {
        let mut records = self.records.clone();
        for record in added {
            records.entry(record.name.clone()).or_insert(record);
        }
        SymbolLibrary { records }
    }

    pub fn get(&self, name: &SymbolName) -> Option<&SymbolRecord> {
        self.records.get(name)
    }

    pub fn contains(&self, name: &SymbolName) -> bool {
        self.records.contains_key(name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &SymbolRecord> {
        self.records.values()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_lists_each_symbol_with_alt_text_and_licence() {
        let library = SymbolLibrary::from_manifest(
            "name,alt,licence\nyes,\"A tick: yes\",CC BY 4.0\nno,A cross,CC BY 4.0\n",
        )
        .unwrap();
        assert_eq!(library.len(), 2);
        let yes = library.get(&SymbolName::parse("yes").unwrap()).unwrap();
        assert_eq!(yes.alt, "A tick: yes");
        assert_eq!(yes.licence, "CC BY 4.0");
    }

    #[test]
    fn symbols_without_alt_text_or_licence_or_listed_twice_are_refused() {
        let missing_licence = SymbolLibrary::from_manifest("name,alt,licence\nyes,A tick, \n");
        assert!(matches!(
            missing_licence,
            Err(ManifestError::Missing {
                field: "licence",
                ..
            })
        ));
        let missing_alt = SymbolLibrary::from_manifest("name,alt,licence\nyes,,CC0\n");
        assert!(matches!(
            missing_alt,
            Err(ManifestError::Missing {
                field: "alt text",
                ..
            })
        ));
        let twice = SymbolLibrary::from_manifest("name,alt,licence\nyes,A,CC0\nyes,B,CC0\n");
        assert!(matches!(twice, Err(ManifestError::Duplicate { .. })));
        let bad_name = SymbolLibrary::from_manifest("name,alt,licence\n../x,A,CC0\n");
        assert!(matches!(bad_name, Err(ManifestError::BadRow { .. })));
    }
}
