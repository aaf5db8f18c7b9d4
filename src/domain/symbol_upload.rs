//! Checking an uploaded symbol: a PNG or a plain SVG picture, small, with a name, alt text and
//! licence. It will be shown to young people, and nothing in it may act: an SVG that plainly tries
//! to run script or load anything is refused, and every SVG accepted is parsed and written out
//! again by usvg, which keeps only shapes, paths, fills and gradients (no script, handlers, links,
//! styles, external references or embedded pictures), so what a blocklist misses is gone too.

use super::field_problem::FieldProblem;
use super::ids::SymbolName;
use super::symbols::SymbolRecord;

/// Symbols are small pictures; anything bigger is a mistake (or a photo).
pub const LARGEST_SYMBOL_BYTES: usize = 200 * 1024;
/// A PNG's width and height at most: a few kilobytes can claim billions of pixels.
pub const LARGEST_PNG_SIDE: u32 = 2_000;

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
) -> Result<SymbolUpload, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let name = SymbolName::parse(name.trim()).ok();
    if name.is_none() {
        problems.push(FieldProblem::new("name", "staff-problem-symbol-name"));
    }
    for (field, value, message) in [
        ("alt", alt, "staff-problem-symbol-alt"),
        ("licence", licence, "staff-problem-symbol-licence"),
    ] {
        if value.trim().is_empty() || value.chars().count() > 200 {
            problems.push(FieldProblem::new(field, message));
        }
    }
    let format = match checked_picture(contents) {
        Ok(format) => Some(format),
        Err(message) => {
            problems.push(FieldProblem::new("file", message));
            None
        }
    };
    match (name, format) {
        (Some(name), Some((format, contents))) if problems.is_empty() => Ok(SymbolUpload {
            record: SymbolRecord {
                name,
                alt: alt.trim().to_owned(),
                licence: licence.trim().to_owned(),
            },
            format,
            contents,
        }),
        _ => Err(problems),
    }
}

/// A PNG whose header says it is at most [`LARGEST_PNG_SIDE`] each way.
fn checked_png(contents: &[u8]) -> Result<Vec<u8>, &'static str> {
    let decoder = png::Decoder::new(std::io::Cursor::new(contents));
    let reader = decoder
        .read_info()
        .map_err(|_| "staff-problem-picture-png")?;
    let info = reader.info();
    if info.width > LARGEST_PNG_SIDE || info.height > LARGEST_PNG_SIDE {
        return Err("staff-problem-picture-size");
    }
    Ok(contents.to_vec())
}

/// The SVG as usvg reads and writes it again: only what draws survives.
fn rewritten_svg(text: &str) -> Result<Vec<u8>, &'static str> {
    let refuse_every_reference = usvg::ImageHrefResolver {
        resolve_data: Box::new(|_, _, _| None),
        resolve_string: Box::new(|_, _| None),
    };
    let options = usvg::Options {
        resources_dir: None,
        image_href_resolver: refuse_every_reference,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(text, &options).map_err(|_| "staff-problem-picture-svg")?;
    let written = tree.to_string(&usvg::WriteOptions::default());
    // usvg folds the viewBox into the drawing; putting one back lets the picture scale to
    // whatever size a page shows it at.
    let size = tree.size();
    let opening = format!(
        "<svg width=\"{}\" height=\"{}\"",
        size.width(),
        size.height()
    );
    Ok(match written.strip_prefix(&opening) {
        Some(rest) => format!(
            "{opening} viewBox=\"0 0 {} {}\"{rest}",
            size.width(),
            size.height()
        ),
        None => written,
    }
    .into_bytes())
}

/// A picture from a file someone supplied (a symbol, the organisation's logo): what it really is
/// and the contents to keep, or why it is refused.
pub fn checked_picture(contents: &[u8]) -> Result<(SymbolFormat, Vec<u8>), &'static str> {
    if contents.is_empty() {
        Err("staff-problem-picture-none")
    } else if contents.len() > LARGEST_SYMBOL_BYTES {
        Err("staff-problem-picture-large")
    } else {
        sniff(contents)
    }
}

/// What the file really is, whatever it is called, and the contents to keep.
fn sniff(contents: &[u8]) -> Result<(SymbolFormat, Vec<u8>), &'static str> {
    if contents.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok((SymbolFormat::Png, checked_png(contents)?));
    }
    let Ok(text) = std::str::from_utf8(contents) else {
        return Err("staff-problem-picture-kind");
    };
    let lowered = text.to_lowercase();
    let body = lowered.trim_start_matches('\u{feff}').trim_start();
    let starts_as_svg =
        body.starts_with("<svg") || (body.starts_with("<?xml") && body.contains("<svg"));
    if !starts_as_svg {
        return Err("staff-problem-picture-kind");
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
        return Err("staff-problem-picture-unsafe");
    }
    Ok((SymbolFormat::Svg, rewritten_svg(text)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"20\" fill=\"#3d2375\"/></svg>";

    fn fields(result: Result<SymbolUpload, Vec<FieldProblem>>) -> Vec<String> {
        result
            .unwrap_err()
            .into_iter()
            .map(|problem| problem.field.into_owned())
            .collect()
    }

    #[test]
    fn a_plain_svg_or_png_with_its_words_is_accepted() {
        let svg = check("bus-stop", "A bus stop", "CC BY 4.0", PLAIN.as_bytes()).unwrap();
        assert_eq!(svg.format, SymbolFormat::Svg);
        let written = String::from_utf8(svg.contents).unwrap();
        assert!(
            written.starts_with("<svg width=\"64\" height=\"64\" viewBox=\"0 0 64 64\""),
            "it still scales: {written}"
        );
        assert!(written.contains("fill=\"#3d2375\""), "{written}");
        assert_eq!(svg.record.name.as_str(), "bus-stop");
        let png = check("bus", "A bus", "Widgit licence 2023", &png_of(64, 64)).unwrap();
        assert_eq!(png.format, SymbolFormat::Png);
    }

    /// A real PNG of the given size (blank), made by the png crate.
    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        let mut writer = encoder.write_header().unwrap();
        let row = width.div_ceil(8) as usize;
        writer
            .write_image_data(&vec![0; row * height as usize])
            .unwrap();
        writer.finish().unwrap();
        bytes
    }

    #[test]
    fn a_png_claiming_too_many_pixels_is_refused_from_its_header() {
        let huge = png_of(14_000, 14_000);
        assert!(huge.len() < LARGEST_SYMBOL_BYTES, "{}", huge.len());
        assert_eq!(fields(check("x", "x", "x", &huge)), ["file"]);
        assert!(check("x", "x", "x", &png_of(2_000, 2_000)).is_ok());
        assert_eq!(
            fields(check("x", "x", "x", b"\x89PNG\r\n\x1a\nnot really")),
            ["file"]
        );
    }

    #[test]
    fn what_a_blocklist_misses_is_written_out_of_the_svg() {
        let bypasses = [
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><s:script>alert(1)</s:script><rect width="8" height="8"/></svg>"#,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"\nonload=\"alert(1)\"><rect width=\"8\" height=\"8\"/></svg>",
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 8 8"><image xlink:href='http://evil.example/x.png' width="8" height="8"/><rect width="8" height="8"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" style="fill:url(http://evil.example/x)"/><circle r="2" fill="red"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><a href="&#106;avascript:alert(1)"><rect width="8" height="8"/></a></svg>"#,
        ];
        for bypass in bypasses {
            let kept = check("x", "x", "x", bypass.as_bytes()).expect(bypass);
            let written = String::from_utf8(kept.contents).unwrap().to_lowercase();
            for acting in [
                "script",
                "alert",
                "onload",
                "evil.example",
                "javascript",
                "href=\"&",
            ] {
                assert!(!written.contains(acting), "{acting} survived in {written}");
            }
            assert!(
                written.contains("<path") || written.contains("<rect"),
                "{written}"
            );
        }
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
