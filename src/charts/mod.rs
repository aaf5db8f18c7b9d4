//! Charts as SVG, drawn with plotters using the embedded font: diverging bars for scales, bars for
//! choices and, as small multiples, for breakdowns, and trend lines with their 95% intervals. Every chart
//! prints its own numbers on it, so nothing depends on telling colours apart, and reports put the
//! same numbers in a table beside it.

pub mod bars;
mod canvas;
pub mod diverging;
pub mod palette;
pub mod trend;

/// A drawn chart: an SVG document with its size in CSS pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Svg(String);

impl Svg {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the chart could not be drawn: {0}")]
pub struct ChartError(String);

/// The text on a bar for a share, or what is shown when the share is held back.
pub fn percent_label(percent: f64) -> String {
    crate::domain::number_format::whole_percent(percent)
}
