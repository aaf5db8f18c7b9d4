//! A report document as a tagged, accessible PDF (PDF/UA-1), typeset inside the app by typst with
//! the embedded font and the charts as vector graphics. The template reads the document as JSON
//! data, so text from young people or the team is never read as typst markup.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::document::{Block, ReportDocument};
use crate::{assets, fonts};

const TEMPLATE: &str = include_str!("../../assets/reports/report.typ");
const DATA_FILE: &str = "/report.json";

#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be made: {0}")]
pub struct PdfError(String);

/// The fonts and standard library, loaded once: both are the same for every report.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = fonts::ALL
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

struct ReportWorld {
    main: Source,
    data: Bytes,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id.vpath() == &VirtualPath::new(DATA_FILE) {
            Ok(self.data.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    /// Reports carry their own dates; the template never asks for today's.
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        None
    }
}

fn described(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The PDF of a report; `status` is printed under the title, e.g. "Version 2, published …".
pub fn render(document: &ReportDocument, status: Option<&str>) -> Result<Vec<u8>, PdfError> {
    let symbols: BTreeMap<&str, &str> = document
        .blocks()
        .filter_map(|block| match block {
            Block::EasyRead {
                symbol: Some(name), ..
            } => Some((name.as_str(), assets::symbol_svg(name)?)),
            _ => None,
        })
        .collect();
    let data = serde_json::json!({
        "document": document,
        "full_title": document.full_title(),
        "published_by": document.published_by_line(),
        "prepared_on": document.prepared_on_line(),
        "lang": document.language,
        "status": status,
        "symbols": symbols,
    });
    let world = ReportWorld {
        main: Source::new(
            FileId::new(None, VirtualPath::new("/report.typ")),
            TEMPLATE.to_owned(),
        ),
        data: Bytes::new(data.to_string().into_bytes()),
    };
    let typeset = typeset(&world);
    // typst memoises everything it computes, across compilations and for the life of the process.
    // A server typesets a different report each time, so the memo would only grow: clear it.
    typst::comemo::evict(0);
    typeset
}

fn typeset(world: &ReportWorld) -> Result<Vec<u8>, PdfError> {
    let compiled: PagedDocument = typst::compile(world)
        .output
        .map_err(|errors| PdfError(described(&errors)))?;
    let standards =
        PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|error| PdfError(error.to_string()))?;
    let options = PdfOptions {
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&compiled, &options).map_err(|errors| PdfError(described(&errors)))
}
