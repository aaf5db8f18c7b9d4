//! Each measure across the waves in a panel of its own (small multiples), so lines and their
//! shaded 95% intervals never cross one another; every panel is named with its latest share, on
//! the same 0–100% scale (titled on the left) so small changes are not made to look large.

use super::canvas::{self, Anchor, Marker, SMALL_TEXT_SIZE, TEXT_SIZE};
use super::palette::{GRID, INK, MUTED_INK, SERIES};
use super::{ChartError, Svg, percent_label};

const WIDTH: u32 = 680;
/// Room on the left for the axis title, written upwards.
const AXIS_TITLE_ROOM: i32 = 22;
const COLUMNS: usize = 2;
const PANEL_HEIGHT: i32 = 150;
const PANEL_GAP: i32 = 18;
/// The title line above each panel's plot.
const PANEL_TITLE: i32 = 24;
/// The years under each panel's plot.
const PANEL_FOOT: i32 = 26;
const TICK_ROOM: i32 = 40;
/// The line under a panel's title that says what its dashed target line is.
const TARGET_KEY: i32 = 16;
pub const AXIS_TITLE: &str = "Share answering positively (%)";

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
    /// The share the working group set as the measure's target, drawn as a dashed line.
    pub target: Option<TargetLine>,
}

pub struct TargetLine {
    pub percent: f64,
    pub by_year: i32,
}

/// "Know who to talk to: 72% in 2022", or the name alone when no wave can show a share.
fn panel_title(series: &Series) -> String {
    match series.points.last() {
        Some(last) if series.name.is_empty() => {
            format!("{} in {}", percent_label(last.percent), last.year)
        }
        Some(last) => format!(
            "{}: {} in {}",
            series.name,
            percent_label(last.percent),
            last.year
        ),
        None => format!("{}: no share can be shown", series.name),
    }
}

/// Where a panel sits and how it maps a year and a share to pixels.
struct Panel<'a> {
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    years: &'a [i32],
}

impl Panel<'_> {
    fn x_at(&self, year: i32) -> i32 {
        let (first, last) = (
            self.years.iter().copied().min().unwrap_or(year),
            self.years.iter().copied().max().unwrap_or(year),
        );
        if first == last {
            (self.left + self.right) / 2
        } else {
            let inner = f64::from(self.right - self.left - 36);
            self.left
                + 18
                + (f64::from(year - first) / f64::from(last - first) * inner).round() as i32
        }
    }

    fn y_at(&self, percent: f64) -> i32 {
        self.bottom - (percent / 100.0 * f64::from(self.bottom - self.top)).round() as i32
    }
}

pub fn draw(years: &[i32], series: &[Series]) -> Result<Svg, ChartError> {
    let rows = series.len().div_ceil(COLUMNS).max(1) as i32;
    // With any target, every panel gains a key line under its title, so the plots stay alike.
    let key_room = if series.iter().any(|line| line.target.is_some()) {
        TARGET_KEY
    } else {
        0
    };
    let panel_height = PANEL_HEIGHT + key_room;
    let height = rows * panel_height + (rows - 1) * PANEL_GAP + 4;
    let panel_width = (WIDTH as i32 - AXIS_TITLE_ROOM - PANEL_GAP) / COLUMNS as i32;
    canvas::draw(WIDTH, height as u32, |canvas| {
        canvas.upward_text(AXIS_TITLE, (10, height / 2), SMALL_TEXT_SIZE, MUTED_INK)?;
        for (index, line) in series.iter().enumerate() {
            let (column, row) = ((index % COLUMNS) as i32, (index / COLUMNS) as i32);
            let left = AXIS_TITLE_ROOM + column * (panel_width + PANEL_GAP);
            let top = row * (panel_height + PANEL_GAP);
            let panel = Panel {
                left: left + TICK_ROOM,
                right: left + panel_width - 8,
                top: top + PANEL_TITLE + key_room + 8,
                bottom: top + panel_height - PANEL_FOOT,
                years,
            };
            canvas.text(
                &panel_title(line),
                (left, top + PANEL_TITLE / 2),
                TEXT_SIZE,
                INK,
                Anchor::Start,
                true,
            )?;
            if let Some(target) = &line.target {
                // The key: a sample of the dashed line, then what it is.
                let y = top + PANEL_TITLE + TARGET_KEY / 2;
                canvas.dashed_line((left, y), (left + 21, y), INK, 2)?;
                canvas.text(
                    &format!(
                        "Target: {} by {}",
                        percent_label(target.percent),
                        target.by_year
                    ),
                    (left + 28, y),
                    SMALL_TEXT_SIZE,
                    INK,
                    Anchor::Start,
                    false,
                )?;
            }
            draw_panel(canvas, &panel, line, index)?;
        }
        Ok(())
    })
}

fn draw_panel(
    canvas: &canvas::Canvas<'_>,
    panel: &Panel<'_>,
    line: &Series,
    index: usize,
) -> Result<(), ChartError> {
    for tick in (0..=100).step_by(25) {
        let y = panel.y_at(f64::from(tick));
        canvas.line(vec![(panel.left, y), (panel.right, y)], GRID, 1)?;
        canvas.text(
            &format!("{tick}%"),
            (panel.left - 6, y),
            SMALL_TEXT_SIZE,
            MUTED_INK,
            Anchor::End,
            false,
        )?;
    }
    for year in panel.years {
        canvas.text(
            &year.to_string(),
            (panel.x_at(*year), panel.bottom + 14),
            SMALL_TEXT_SIZE,
            INK,
            Anchor::Middle,
            false,
        )?;
    }
    if let Some(target) = &line.target {
        let y = panel.y_at(target.percent);
        canvas.dashed_line((panel.left, y), (panel.right, y), INK, 2)?;
    }
    let colour = SERIES[index % SERIES.len()];
    if line.points.len() > 1 {
        let upper = line
            .points
            .iter()
            .map(|p| (panel.x_at(p.year), panel.y_at(p.high)));
        let lower = line
            .points
            .iter()
            .rev()
            .map(|p| (panel.x_at(p.year), panel.y_at(p.low)));
        canvas.shade(upper.chain(lower).collect(), colour, 0.18)?;
    }
    let path: Vec<(i32, i32)> = line
        .points
        .iter()
        .map(|p| (panel.x_at(p.year), panel.y_at(p.percent)))
        .collect();
    canvas.line(path.clone(), colour, 3)?;
    for (point, at) in line.points.iter().zip(&path) {
        canvas.line(
            vec![
                (at.0, panel.y_at(point.low)),
                (at.0, panel.y_at(point.high)),
            ],
            colour,
            2,
        )?;
        canvas.marker(Marker::ALL[index % Marker::ALL.len()], *at, colour)?;
    }
    Ok(())
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
    fn each_measure_has_its_own_panel_named_with_its_latest_share_and_the_axis_is_titled() {
        let series = [
            Series {
                name: "Know who to talk to".into(),
                points: vec![point(2019, 55.0), point(2022, 62.4)],
                target: Some(TargetLine {
                    percent: 70.0,
                    by_year: 2024,
                }),
            },
            Series {
                name: "Role models".into(),
                points: vec![point(2019, 60.0), point(2022, 61.0)],
                target: None,
            },
            Series {
                name: "Caring staff".into(),
                points: Vec::new(),
                target: None,
            },
        ];
        let svg = draw(&[2019, 2020, 2021, 2022], &series)
            .unwrap()
            .into_string();
        for text in [
            "Know who to talk to: 62% in 2022",
            "Role models: 61% in 2022",
            "Caring staff: no share can be shown",
            "Target: 70% by 2024",
            AXIS_TITLE,
            "2020",
            "100%",
            "0%",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
        assert_eq!(
            svg.matches("Target: ").count(),
            1,
            "only the measure with a target"
        );
        // Three panels in two columns: two rows, one axis of years under each panel.
        assert_eq!(svg.matches("\n2020\n").count(), 3, "{svg}");
    }
}
