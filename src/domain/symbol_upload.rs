//! Checking an uploaded symbol: a PNG or a plain SVG picture, small, with a name, alt text and
//! licence. An SVG that could run script or load anything is refused: it will be shown to young
//! people, and nothing in it may act.

use super::ids::SymbolName;
use super::symbols::SymbolRecord;

/// Symbols are small pictures; anything bigger is a mistake (or a photo).
pub const LARGEST_SYMBOL_BYTES: usize = 200 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolFormat {
    Png,
    Svg,
}

impl SymbolFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            SymbolFormat::Png => "image/png",
            SymbolFormat::Svg => "image/svg+xml",
        }
    }

    pub fn from_content_type(text: &str) -> Option<SymbolFormat> {
        [SymbolFormat::Png, SymbolFormat::Svg]
            .into_iter()
            .find(|format| format.content_type() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolUpload {
    pub record: SymbolRecord,
    pub format: SymbolFormat,
    pub contents: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadProblem {
    pub field: &'static str,
    pub message: &'static str,
}

/// What an SVG may not contain: script, event handlers, links out, embedded documents or entities.
const UNSAFE_IN_SVG: [&str; 9] = [
    "<script",
    "javascript:",
    "<foreignobject",
    "<iframe",
    "<!entity",
    "<!doctype",
    "xlink:href=\"http",
    "href=\"http",
    "@import",
];

pub fn check(
    name: &str,
    alt: &str,
    licence: &str,
    contents: &[u8],
) -> Result<SymbolUpload, Vec<UploadProblem>> {
    let mut problems = Vec::new();
    let name = SymbolName::parse(name.trim()).ok();
    if name.is_none() {
        problems.push(UploadProblem {
            field: "name",
            message: "Enter a name of lower-case letters, digits and hyphens, such as bus-stop",
        });
    }
    for (field, value, message) in [
        (
            "alt",
            alt,
            "Describe the picture in a few words, for anyone who cannot see it",
        ),
        (
            "licence",
            licence,
            "Say which licence lets you use the picture, such as CC BY 4.0",
        ),
    ] {
        if value.trim().is_empty() || value.chars().count() > 200 {
            problems.push(UploadProblem { field, message });
        }
    }
    let format = if contents.is_empty() {
        problems.push(UploadProblem {
            field: "file",
            message: "Choose a PNG or SVG file",
        });
        None
    } else if contents.len() > LARGEST_SYMBOL_BYTES {
        problems.push(UploadProblem {
            field: "file",
            message: "The file must be 200 KB or smaller",
        });
        None
    } else {
        match sniff(contents) {
            Ok(format) => Some(format),
            Err(message) => {
                problems.push(UploadProblem {
                    field: "file",
                    message,
                });
                None
            }
        }
    };
    match (name, format) {
        (Some(name), Some(format)) if problems.is_empty() => Ok(SymbolUpload {
            record: SymbolRecord {
                name,
                alt: alt.trim().to_owned(),
                licence: licence.trim().to_owned(),
            },
            format,
            contents: contents.to_vec(),
        }),
        _ => Err(problems),
    }
}

/// What the file really is, whatever it is called.
fn sniff(contents: &[u8]) -> Result<SymbolFormat, &'static str> {
    if contents.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(SymbolFormat::Png);
    }
    let Ok(text) = std::str::from_utf8(contents) else {
        return Err("The file must be a PNG or SVG picture");
    };
    let lowered = text.to_lowercase();
    let body = lowered.trim_start_matches('\u{feff}').trim_start();
    let starts_as_svg =
        body.starts_with("<svg") || (body.starts_with("<?xml") && body.contains("<svg"));
    if !starts_as_svg {
        return Err("The file must be a PNG or SVG picture");
    }
    let has_handler = lowered.match_indices(" on").any(|(at, _)| {
        let rest = &lowered[at + 3..];
        let name_len = rest.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        name_len > 0 && rest[name_len..].trim_start().starts_with('=')
    });
    if has_handler
        || UNSAFE_IN_SVG
            .iter()
            .any(|unsafe_part| lowered.contains(unsafe_part))
    {
        return Err("The SVG must be a plain picture: no script, links out or embedded pages");
    }
    Ok(SymbolFormat::Svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"20\" fill=\"#3d2375\"/></svg>";

    fn fields(result: Result<SymbolUpload, Vec<UploadProblem>>) -> Vec<&'static str> {
        result
            .unwrap_err()
            .into_iter()
            .map(|problem| problem.field)
            .collect()
    }

    #[test]
    fn a_plain_svg_or_png_with_its_words_is_accepted() {
        let svg = check("bus-stop", "A bus stop", "CC BY 4.0", PLAIN.as_bytes()).unwrap();
        assert_eq!(svg.format, SymbolFormat::Svg);
        assert_eq!(svg.record.name.as_str(), "bus-stop");
        let png = check(
            "bus",
            "A bus",
            "Widgit licence 2023",
            b"\x89PNG\r\n\x1a\nrest",
        )
        .unwrap();
        assert_eq!(png.format, SymbolFormat::Png);
    }

    #[test]
    fn anything_that_could_act_or_is_not_a_picture_is_refused() {
        for unsafe_svg in [
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"></svg>",
            "<svg><a href=\"javascript:alert(1)\"><circle/></a></svg>",
            "<svg><foreignObject><iframe/></foreignObject></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>",
            "<svg><image href=\"https://example.org/x.png\"/></svg>",
        ] {
            assert_eq!(
                fields(check("x", "x", "x", unsafe_svg.as_bytes())),
                ["file"],
                "{unsafe_svg}"
            );
        }
        assert_eq!(fields(check("x", "x", "x", b"GIF89a....")), ["file"]);
        assert_eq!(
            fields(check("x", "x", "x", b"<html><body/></html>")),
            ["file"]
        );
        let big = format!("<svg>{}</svg>", " ".repeat(LARGEST_SYMBOL_BYTES));
        assert_eq!(fields(check("x", "x", "x", big.as_bytes())), ["file"]);
        assert_eq!(
            fields(check("Bad Name", " ", "", PLAIN.as_bytes())),
            ["name", "alt", "licence"]
        );
    }
}
