//! QR codes for distribution links, as SVG (for screens and the printed poster, sharp at any size)
//! and PNG (for newsletters and slides). The matrix comes from qrcodegen; the drawing is ours.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white space around the code, as the standard asks for.
const QUIET_ZONE: i32 = 4;
/// Pixels per module in the PNG: about 4 cm wide at 300 dpi for a typical link.
const PNG_SCALE: i32 = 12;

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("the link is too long for a QR code")]
    TooLong,
    #[error("the PNG could not be written: {0}")]
    Png(String),
}

fn encode(link: &str) -> Result<QrCode, QrError> {
    // Medium error correction: still scans when a poster is a little scuffed.
    QrCode::encode_text(link, QrCodeEcc::Medium).map_err(|_| QrError::TooLong)
}

/// An SVG of the code, one path of dark squares; `label` becomes its accessible name.
pub fn svg(link: &str, label: &str) -> Result<String, QrError> {
    let code = encode(link)?;
    let size = code.size();
    let full = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" \
         shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{label}\">\
         <title>{label}</title><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// A black-and-white PNG of the code.
pub fn png(link: &str) -> Result<Vec<u8>, QrError> {
    let code = encode(link)?;
    let full = (code.size() + 2 * QUIET_ZONE) * PNG_SCALE;
    let mut pixels = Vec::with_capacity((full * full) as usize);
    for py in 0..full {
        for px in 0..full {
            let (x, y) = (px / PNG_SCALE - QUIET_ZONE, py / PNG_SCALE - QUIET_ZONE);
            let dark =
                x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.get_module(x, y);
            pixels.push(if dark { 0 } else { 255 });
        }
    }
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, full as u32, full as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|error| QrError::Png(error.to_string()))?;
        writer
            .write_image_data(&pixels)
            .map_err(|error| QrError::Png(error.to_string()))?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes the PNG and reads the QR code in it with an independent reader.
    fn read_back(png_bytes: &[u8]) -> String {
        let decoder = png::Decoder::new(png_bytes);
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).unwrap();
        let width = info.width as usize;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(width, info.height as usize, |x, y| {
                pixels[y * width + x]
            });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn the_svg_is_a_square_with_a_name_and_the_png_a_valid_image() {
        let link = "https://voice.example.org/s/be-supported-2023?c=cherwell-school";
        let svg = svg(link, "QR code for <Cherwell School>").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(svg.contains("aria-label=\"QR code for &lt;Cherwell School&gt;\""));
        assert!(svg.contains("h1v1h-1z"));
        let png = png(link).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(read_back(&png), link, "a phone camera reads the link back");
        assert!(matches!(
            super::svg(&"x".repeat(5000), "x"),
            Err(QrError::TooLong)
        ));
    }
}
