//! Lines across waves with their 95% intervals shaded, each series with its own marker shape and
//! named at its end, on a 0–100% scale so small changes are not made to look large.

use super::canvas::{self, Anchor, Marker, SMALL_TEXT_SIZE, TEXT_SIZE};
use super::palette::{GRID, INK, MUTED_INK, SERIES};
use super::{ChartError, Svg, percent_label};

const WIDTH: u32 = 680;
const HEIGHT: u32 = 340;
const TOP: i32 = 14;
const BOTTOM: i32 = HEIGHT as i32 - 40;
const LABEL_GAP: i32 = 20;

pub struct Point {
    pub year: i32,
    pub percent: f64,
    /// The 95% interval, in percent.
    pub low: f64,
    pub high: f64,
}

pub struct Series {
    pub name: String,
    /// Waves where the measure was asked and not held back, oldest first.
    pub points: Vec<Point>,
}

fn end_label(series: &Series) -> Option<String> {
    let last = series.points.last()?;
    let value = percent_label(last.percent);
    Some(if series.name.is_empty() {
        value
    } else {
        format!("{} {value}", series.name)
    })
}

/// Spreads end labels so none overlaps another, keeping each as near its line as it can.
fn spread(mut wanted: Vec<(usize, i32)>) -> Vec<(usize, i32)> {
    wanted.sort_by_key(|(_, y)| *y);
    for index in 1..wanted.len() {
        let floor = wanted[index - 1].1 + LABEL_GAP;
        if wanted[index].1 < floor {
            wanted[index].1 = floor;
        }
    }
    let overflow = wanted.last().map_or(0, |(_, y)| (y - BOTTOM).max(0));
    for entry in &mut wanted {
        entry.1 -= overflow;
    }
    wanted
}

pub fn draw(years: &[i32], series: &[Series]) -> Result<Svg, ChartError> {
    let labels: Vec<Option<String>> = series.iter().map(end_label).collect();
    let label_width = labels
        .iter()
        .flatten()
        .map(|label| canvas::text_width(label, SMALL_TEXT_SIZE, false))
        .max()
        .unwrap_or(0)
        .min(260) as i32;
    let plot_left = 52;
    let plot_right = WIDTH as i32 - label_width - 40;
    let (first, last) = (
        years.iter().copied().min().unwrap_or(0),
        years.iter().copied().max().unwrap_or(0),
    );
    let x_at = |year: i32| {
        if first == last {
            (plot_left + plot_right) / 2
        } else {
            let inner = f64::from(plot_right - plot_left - 48);
            plot_left
                + 24
                + (f64::from(year - first) / f64::from(last - first) * inner).round() as i32
        }
    };
    let y_at = |percent: f64| BOTTOM - (percent / 100.0 * f64::from(BOTTOM - TOP)).round() as i32;

    canvas::draw(WIDTH, HEIGHT, |canvas| {
        for tick in (0..=100).step_by(20) {
            let y = y_at(f64::from(tick));
            canvas.line(vec![(plot_left, y), (plot_right, y)], GRID, 1)?;
            canvas.text(
                &format!("{tick}%"),
                (plot_left - 8, y),
                SMALL_TEXT_SIZE,
                MUTED_INK,
                Anchor::End,
                false,
            )?;
        }
        for year in years {
            canvas.text(
                &year.to_string(),
                (x_at(*year), BOTTOM + 16),
                TEXT_SIZE,
                INK,
                Anchor::Middle,
                false,
            )?;
        }
        for (index, line) in series.iter().enumerate() {
            let colour = SERIES[index % SERIES.len()];
            let upper = line.points.iter().map(|p| (x_at(p.year), y_at(p.high)));
            let lower = line
                .points
                .iter()
                .rev()
                .map(|p| (x_at(p.year), y_at(p.low)));
            if line.points.len() > 1 {
                canvas.shade(upper.chain(lower).collect(), colour, 0.15)?;
            }
            let path: Vec<(i32, i32)> = line
                .points
                .iter()
                .map(|p| (x_at(p.year), y_at(p.percent)))
                .collect();
            canvas.line(path.clone(), colour, 3)?;
            for (point, at) in line.points.iter().zip(&path) {
                canvas.line(
                    vec![(at.0, y_at(point.low)), (at.0, y_at(point.high))],
                    colour,
                    2,
                )?;
                canvas.marker(Marker::ALL[index % Marker::ALL.len()], *at, colour)?;
            }
        }
        let wanted = series
            .iter()
            .enumerate()
            .filter_map(|(index, line)| Some((index, y_at(line.points.last()?.percent))))
            .collect();
        for (index, y) in spread(wanted) {
            let colour = SERIES[index % SERIES.len()];
            canvas.marker(
                Marker::ALL[index % Marker::ALL.len()],
                (plot_right + 16, y),
                colour,
            )?;
            if let Some(label) = &labels[index] {
                canvas.text(
                    label,
                    (plot_right + 28, y),
                    SMALL_TEXT_SIZE,
                    INK,
                    Anchor::Start,
                    false,
                )?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(year: i32, percent: f64) -> Point {
        Point {
            year,
            percent,
            low: percent - 4.0,
            high: percent + 4.0,
        }
    }

    #[test]
    fn each_series_is_named_at_its_end_with_its_latest_value() {
        let series = [
            Series {
                name: "Know who to talk to".into(),
                points: vec![point(2019, 55.0), point(2022, 62.4)],
            },
            Series {
                name: "Role models".into(),
                points: vec![point(2019, 60.0), point(2022, 61.0)],
            },
        ];
        let svg = draw(&[2019, 2020, 2021, 2022], &series)
            .unwrap()
            .into_string();
        for text in [
            "Know who to talk to 62%",
            "Role models 61%",
            "2020",
            "100%",
            "0%",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
    }

    #[test]
    fn close_end_labels_are_pushed_apart() {
        let spread = spread(vec![(0, 100), (1, 104), (2, 300)]);
        assert_eq!(spread, vec![(0, 100), (1, 120), (2, 300)]);
        let crowded = super::spread(vec![(0, BOTTOM), (1, BOTTOM)]);
        assert_eq!(crowded, vec![(0, BOTTOM - LABEL_GAP), (1, BOTTOM)]);
    }
}
