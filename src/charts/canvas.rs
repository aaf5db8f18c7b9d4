//! A thin drawing surface over plotters' SVG backend in pixel coordinates, with the embedded font
//! registered once, text measured before drawing, and long labels wrapped rather than cut.

use std::sync::Once;

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{
    Color, FontDesc, FontFamily, FontStyle, FontTransform, RGBColor, ShapeStyle,
};

use super::palette::{GRID, MUTED_INK, WHITE};
use super::{ChartError, Svg};
use crate::fonts;

/// The family written into the SVG: the embedded font first, which PDFs have, then fonts a browser
/// has, so charts in web pages never fall back to a serif face. plotters looks fonts up by this
/// whole string, so the embedded font is registered under it.
const FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

pub const TEXT_SIZE: f64 = 15.0;
pub const SMALL_TEXT_SIZE: f64 = 13.0;

fn register_fonts() {
    static REGISTERED: Once = Once::new();
    REGISTERED.call_once(|| {
        for (style, bytes) in [
            (FontStyle::Normal, fonts::REGULAR),
            (FontStyle::Bold, fonts::BOLD),
        ] {
            // The fonts are compiled in and known good; a failure here would fail every chart test.
            let _ = plotters::style::register_font(FAMILY, style, bytes);
        }
    });
}

fn font(size: f64, bold: bool) -> FontDesc<'static> {
    register_fonts();
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(FAMILY), size, style)
}

/// The width of a text in pixels as the embedded font sets it.
pub fn text_width(text: &str, size: f64, bold: bool) -> u32 {
    font(size, bold)
        .box_size(text)
        .map_or(0, |(width, _)| width)
}

/// Splits a label into lines no wider than `max_width`, breaking between words (a single word
/// longer than the width gets a line of its own).
pub fn wrap(text: &str, max_width: u32, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size, false) > max_width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

pub struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
}

#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, Copy)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Marker {
    pub const ALL: [Marker; 4] = [
        Marker::Circle,
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
    ];
}

fn failed(error: impl std::fmt::Display) -> ChartError {
    ChartError(error.to_string())
}

/// Draws on a white canvas of the given size and returns the SVG.
pub fn draw(
    width: u32,
    height: u32,
    paint: impl FnOnce(&Canvas) -> Result<(), ChartError>,
) -> Result<Svg, ChartError> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        area.fill(&WHITE).map_err(failed)?;
        let canvas = Canvas { area };
        paint(&canvas)?;
        canvas.area.present().map_err(failed)?;
    }
    Ok(Svg(svg))
}

impl Canvas<'_> {
    pub fn rectangle(
        &self,
        from: (i32, i32),
        to: (i32, i32),
        colour: RGBColor,
    ) -> Result<(), ChartError> {
        self.area
            .draw(&Rectangle::new([from, to], colour.filled()))
            .map_err(failed)
    }

    /// A one-line text; `y` is the text's vertical middle.
    pub fn text(
        &self,
        text: &str,
        at: (i32, i32),
        size: f64,
        colour: RGBColor,
        anchor: Anchor,
        bold: bool,
    ) -> Result<(), ChartError> {
        let h_pos = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let style = font(size, bold)
            .color(&colour)
            .pos(Pos::new(h_pos, VPos::Center));
        self.area
            .draw(&Text::new(text.to_owned(), at, style))
            .map_err(failed)
    }

    /// A one-line text read from bottom to top, centred on `at`: an axis title beside a scale.
    pub fn upward_text(
        &self,
        text: &str,
        at: (i32, i32),
        size: f64,
        colour: RGBColor,
    ) -> Result<(), ChartError> {
        let style = font(size, false)
            .transform(FontTransform::Rotate270)
            .color(&colour)
            .pos(Pos::new(HPos::Center, VPos::Center));
        self.area
            .draw(&Text::new(text.to_owned(), at, style))
            .map_err(failed)
    }

    pub fn line(
        &self,
        points: Vec<(i32, i32)>,
        colour: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        let style = ShapeStyle {
            color: colour.to_rgba(),
            filled: false,
            stroke_width: width,
        };
        self.area
            .draw(&PathElement::new(points, style))
            .map_err(failed)
    }

    /// A straight line drawn as dashes, e.g. a target, so it reads apart from the data lines in
    /// print and without colour.
    pub fn dashed_line(
        &self,
        from: (i32, i32),
        to: (i32, i32),
        colour: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        const DASH: f64 = 8.0;
        const GAP: f64 = 5.0;
        let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
        let length = dx.hypot(dy);
        if length == 0.0 {
            return Ok(());
        }
        let at = |distance: f64| {
            (
                from.0 + (dx * distance / length).round() as i32,
                from.1 + (dy * distance / length).round() as i32,
            )
        };
        let mut start = 0.0;
        while start < length {
            let end = (start + DASH).min(length);
            self.line(vec![at(start), at(end)], colour, width)?;
            start = end + GAP;
        }
        Ok(())
    }

    /// A filled shape at the given opacity, e.g. a confidence band.
    pub fn shade(
        &self,
        points: Vec<(i32, i32)>,
        colour: RGBColor,
        opacity: f64,
    ) -> Result<(), ChartError> {
        self.area
            .draw(&Polygon::new(points, colour.mix(opacity).filled()))
            .map_err(failed)
    }

    /// A vertical grid line from `top` to the axis at `bottom`, with its percentage under it.
    pub fn percent_gridline(
        &self,
        x: i32,
        top: i32,
        bottom: i32,
        percent: f64,
    ) -> Result<(), ChartError> {
        self.line(vec![(x, top), (x, bottom)], GRID, 1)?;
        self.text(
            &super::percent_label(percent),
            (x, bottom + 14),
            SMALL_TEXT_SIZE,
            MUTED_INK,
            Anchor::Middle,
            false,
        )
    }

    /// A data point, drawn in one of four shapes so series differ by more than colour.
    pub fn marker(
        &self,
        marker: Marker,
        at: (i32, i32),
        colour: RGBColor,
    ) -> Result<(), ChartError> {
        let (x, y) = at;
        let r = 6;
        let style = colour.filled();
        let drawn = match marker {
            Marker::Circle => self.area.draw(&Circle::new(at, r, style)),
            Marker::Square => self.area.draw(&Rectangle::new(
                [(x - r + 1, y - r + 1), (x + r - 1, y + r - 1)],
                style,
            )),
            Marker::Triangle => self.area.draw(&Polygon::new(
                vec![(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)],
                style,
            )),
            Marker::Diamond => self.area.draw(&Polygon::new(
                vec![
                    (x, y - r - 1),
                    (x + r + 1, y),
                    (x, y + r + 1),
                    (x - r - 1, y),
                ],
                style,
            )),
        };
        drawn.map_err(failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_between_words_within_the_width() {
        let label = "A teacher or someone else at school or college";
        let lines = wrap(label, 180, TEXT_SIZE);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(lines.join(" "), label);
        for line in &lines {
            assert!(text_width(line, TEXT_SIZE, false) <= 180, "{line}");
        }
        assert_eq!(wrap("Family", 180, TEXT_SIZE), vec!["Family"]);
    }

    #[test]
    fn text_is_measured_with_the_embedded_font() {
        let short = text_width("ab", TEXT_SIZE, false);
        let long = text_width("abababab", TEXT_SIZE, false);
        assert!(short > 0 && long > short * 3, "{short} {long}");
    }
}
