//! Horizontal bars with their percentages written at the end: one panel for a choice question, or
//! small multiples (one panel per group question, all on the same scale) for breakdowns.

use super::canvas::{self, Anchor, SMALL_TEXT_SIZE, TEXT_SIZE};
use super::palette::{BAR, INK, MUTED_INK};
use super::{ChartError, Svg, percent_label};

const WIDTH: u32 = 680;
const LINE_HEIGHT: i32 = 17;
const BAR_HEIGHT: i32 = 18;
const TITLE_HEIGHT: i32 = 30;
const MAX_LABEL_WIDTH: u32 = 250;

pub struct Bar {
    pub label: String,
    /// The share in percent; `Err` with what the bar says instead when it is withheld (e.g.
    /// "fewer than 10" or "held back").
    pub percent: Result<f64, String>,
}

pub struct Panel {
    /// e.g. "By age band"; none for a single panel.
    pub title: Option<String>,
    pub bars: Vec<Bar>,
}

struct PlacedBar<'a> {
    bar: &'a Bar,
    lines: Vec<String>,
    top: i32,
    height: i32,
}

/// Draws the panels one under another.
pub fn draw(panels: &[Panel]) -> Result<Svg, ChartError> {
    let all_bars = || panels.iter().flat_map(|panel| &panel.bars);
    let label_width = all_bars()
        .map(|bar| canvas::text_width(&bar.label, TEXT_SIZE, false))
        .max()
        .unwrap_or(0)
        .min(MAX_LABEL_WIDTH);
    let plot_left = label_width as i32 + 14;
    let value_room = 52;
    let plot_width = f64::from(WIDTH as i32 - plot_left - value_room);
    let largest = all_bars()
        .filter_map(|bar| bar.percent.as_ref().ok().copied())
        .fold(0.0, f64::max);
    let extent = ((largest / 20.0).ceil() * 20.0).clamp(20.0, 100.0);
    let x_at = |percent: f64| plot_left + (percent / extent * plot_width).round() as i32;

    let mut y = 0;
    let mut titles = Vec::new();
    let mut placed = Vec::new();
    for panel in panels {
        if let Some(title) = &panel.title {
            titles.push((title.as_str(), y + TITLE_HEIGHT / 2 + 4));
            y += TITLE_HEIGHT;
        }
        for bar in &panel.bars {
            let lines = canvas::wrap(&bar.label, label_width, TEXT_SIZE);
            let height = (lines.len() as i32 * LINE_HEIGHT).max(BAR_HEIGHT) + 8;
            placed.push(PlacedBar {
                bar,
                lines,
                top: y,
                height,
            });
            y += height;
        }
    }
    let axis_y = y + 4;
    let height = axis_y + 26;

    canvas::draw(WIDTH, height as u32, |canvas| {
        let mut tick = 0.0;
        while tick <= extent + 0.01 {
            let x = x_at(tick);
            canvas.percent_gridline(x, 0, axis_y, tick)?;
            tick += 20.0;
        }
        for (title, middle) in &titles {
            canvas.text(title, (0, *middle), TEXT_SIZE, INK, Anchor::Start, true)?;
        }
        for placed in &placed {
            let middle = placed.top + placed.height / 2;
            let first_line = middle - (placed.lines.len() as i32 - 1) * LINE_HEIGHT / 2;
            for (index, line) in placed.lines.iter().enumerate() {
                let line_y = first_line + index as i32 * LINE_HEIGHT;
                canvas.text(
                    line,
                    (plot_left - 10, line_y),
                    TEXT_SIZE,
                    INK,
                    Anchor::End,
                    false,
                )?;
            }
            match &placed.bar.percent {
                Ok(percent) => {
                    let percent = *percent;
                    let end = x_at(percent);
                    canvas.rectangle(
                        (plot_left, middle - BAR_HEIGHT / 2),
                        (end, middle + BAR_HEIGHT / 2),
                        BAR,
                    )?;
                    canvas.text(
                        &percent_label(percent),
                        (end + 6, middle),
                        SMALL_TEXT_SIZE,
                        INK,
                        Anchor::Start,
                        true,
                    )?;
                }
                Err(withheld) => canvas.text(
                    withheld,
                    (plot_left + 6, middle),
                    SMALL_TEXT_SIZE,
                    MUTED_INK,
                    Anchor::Start,
                    false,
                )?,
            }
        }
        canvas.line(vec![(plot_left, 0), (plot_left, axis_y)], INK, 2)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_share_one_scale_and_held_back_bars_say_so() {
        let panels = [
            Panel {
                title: Some("By age band".into()),
                bars: vec![
                    Bar {
                        label: "11 to 13".into(),
                        percent: Ok(61.0),
                    },
                    Bar {
                        label: "14 or 15".into(),
                        percent: Err("fewer than 10".into()),
                    },
                ],
            },
            Panel {
                title: Some("By SEND".into()),
                bars: vec![Bar {
                    label: "I have extra help with my learning at school or college".into(),
                    percent: Ok(38.5),
                }],
            },
        ];
        let svg = draw(&panels).unwrap().into_string();
        for text in [
            "By age band",
            "By SEND",
            "61%",
            "39%",
            "fewer than 10",
            "11 to 13",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
        // The long label is wrapped, not cut.
        assert!(svg.contains("I have extra help"));
        assert!(svg.contains("college"));
        assert_eq!(
            svg.matches("<rect").count() - 1,
            2,
            "two drawn bars on the white background"
        );
    }
}
