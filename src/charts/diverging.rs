//! Diverging stacked bars for agreement, frequency and face scales: one bar per wave, negative
//! answers to the left of a centre line, positive to the right, the neutral middle split across it.

use super::canvas::{self, Anchor, Canvas, SMALL_TEXT_SIZE, TEXT_SIZE};
use super::palette::{self, Fill, INK, MUTED_INK};
use super::{ChartError, Svg, percent_label};
use crate::domain::scale_sentiment::Sentiment;

const WIDTH: u32 = 680;
const ROW_HEIGHT: i32 = 36;
const BAR_HEIGHT: i32 = 26;
const LEGEND_LINE: i32 = 24;

/// The scale's answers in question order, each with its label and which way it leans.
pub struct Scale {
    pub answers: Vec<(String, Sentiment)>,
}

pub struct Row {
    /// e.g. the wave's year.
    pub label: String,
    /// Each answer's share in percent, in question order; `None` where the count is held back.
    pub shares: Vec<Option<f64>>,
    /// Why the whole bar is not drawn, e.g. "fewer than 10 answers".
    pub withheld: Option<String>,
}

struct Segment {
    answer: usize,
    fill: Fill,
}

/// The answers left to right: negative outermost first, positive outermost last.
fn segments(scale: &Scale) -> Vec<Segment> {
    let mut order: Vec<usize> = (0..scale.answers.len()).collect();
    if scale.answers.first().map(|(_, s)| *s) == Some(Sentiment::Positive) {
        order.reverse();
    }
    let count = |wanted: Sentiment| scale.answers.iter().filter(|(_, s)| *s == wanted).count();
    let (negatives, positives) = (count(Sentiment::Negative), count(Sentiment::Positive));
    let mut seen_negative = 0;
    let mut seen_positive = 0;
    order
        .into_iter()
        .map(|answer| {
            let fill = match scale.answers[answer].1 {
                Sentiment::Neutral => palette::NEUTRAL,
                Sentiment::Negative => {
                    seen_negative += 1;
                    palette::scale_fill(false, negatives - seen_negative, negatives)
                }
                Sentiment::Positive => {
                    seen_positive += 1;
                    palette::scale_fill(true, seen_positive - 1, positives)
                }
            };
            Segment { answer, fill }
        })
        .collect()
}

/// Share of a row left of the centre line: negative answers and half the neutral ones.
fn left_of_centre(scale: &Scale, row: &Row) -> f64 {
    side_total(scale, row, Sentiment::Negative)
}

fn right_of_centre(scale: &Scale, row: &Row) -> f64 {
    side_total(scale, row, Sentiment::Positive)
}

fn side_total(scale: &Scale, row: &Row, side: Sentiment) -> f64 {
    scale
        .answers
        .iter()
        .zip(&row.shares)
        .map(|((_, sentiment), share)| {
            let share = share.unwrap_or(0.0);
            match sentiment {
                s if *s == side => share,
                Sentiment::Neutral => share / 2.0,
                _ => 0.0,
            }
        })
        .sum()
}

/// Rounds an extent up to the next 20%, so the axis has round ticks.
fn axis_extent(percent: f64) -> f64 {
    ((percent / 20.0).ceil() * 20.0).clamp(20.0, 100.0)
}

pub fn draw(scale: &Scale, rows: &[Row]) -> Result<Svg, ChartError> {
    let segments = segments(scale);
    let legend = legend_layout(scale, &segments);
    let legend_height = legend.last().map_or(0, |item| item.y) + LEGEND_LINE;
    let label_width = rows
        .iter()
        .map(|row| canvas::text_width(&row.label, TEXT_SIZE, true))
        .max()
        .unwrap_or(0)
        .min(200) as i32
        + 14;
    let drawn: Vec<&Row> = rows.iter().filter(|row| row.withheld.is_none()).collect();
    let left = axis_extent(
        drawn
            .iter()
            .map(|r| left_of_centre(scale, r))
            .fold(0.0, f64::max),
    );
    let right = axis_extent(
        drawn
            .iter()
            .map(|r| right_of_centre(scale, r))
            .fold(0.0, f64::max),
    );
    let plot_left = label_width;
    let plot_width = f64::from(WIDTH as i32 - plot_left - 16);
    let per_percent = plot_width / (left + right);
    let centre = plot_left + (left * per_percent).round() as i32;
    let bars_top = legend_height + 30;
    let height = bars_top + ROW_HEIGHT * rows.len() as i32 + 30;
    let x_at =
        |percent_from_centre: f64| centre + (percent_from_centre * per_percent).round() as i32;

    canvas::draw(WIDTH, height as u32, |canvas| {
        for item in &legend {
            canvas.rectangle(
                (item.x, item.y + 5),
                (item.x + 14, item.y + 19),
                item.fill.colour,
            )?;
            canvas.text(
                &item.label,
                (item.x + 20, item.y + 12),
                SMALL_TEXT_SIZE,
                INK,
                Anchor::Start,
                false,
            )?;
        }
        let note_y = legend_height + 12;
        canvas.text(
            "\u{2190} less positive",
            (centre - 8, note_y),
            SMALL_TEXT_SIZE,
            MUTED_INK,
            Anchor::End,
            false,
        )?;
        canvas.text(
            "more positive \u{2192}",
            (centre + 8, note_y),
            SMALL_TEXT_SIZE,
            MUTED_INK,
            Anchor::Start,
            false,
        )?;
        let axis_y = bars_top + ROW_HEIGHT * rows.len() as i32;
        let mut tick = -left;
        while tick <= right + 0.01 {
            let x = x_at(tick);
            // Both sides count outwards from the centre line.
            canvas.percent_gridline(x, bars_top - 4, axis_y, tick.abs())?;
            tick += 20.0;
        }
        for (index, row) in rows.iter().enumerate() {
            let top = bars_top + ROW_HEIGHT * index as i32 + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            let middle = top + BAR_HEIGHT / 2;
            canvas.text(
                &row.label,
                (plot_left - 10, middle),
                TEXT_SIZE,
                INK,
                Anchor::End,
                true,
            )?;
            if let Some(reason) = &row.withheld {
                canvas.text(
                    reason,
                    (plot_left + 4, middle),
                    TEXT_SIZE,
                    MUTED_INK,
                    Anchor::Start,
                    false,
                )?;
                continue;
            }
            draw_bar(
                canvas,
                &segments,
                row,
                top,
                x_at(-left_of_centre(scale, row)),
                per_percent,
            )?;
        }
        canvas.line(vec![(centre, bars_top - 4), (centre, axis_y)], INK, 2)
    })
}

fn draw_bar(
    canvas: &Canvas,
    segments: &[Segment],
    row: &Row,
    top: i32,
    start: i32,
    per_percent: f64,
) -> Result<(), ChartError> {
    let mut x = f64::from(start);
    for segment in segments {
        let Some(share) = row.shares.get(segment.answer).copied().flatten() else {
            continue;
        };
        let width = share * per_percent;
        let (from, to) = (x.round() as i32, (x + width).round() as i32);
        if to > from {
            canvas.rectangle((from, top), (to, top + BAR_HEIGHT), segment.fill.colour)?;
            let label = percent_label(share);
            if canvas::text_width(&label, SMALL_TEXT_SIZE, false) as i32 + 6 <= to - from {
                canvas.text(
                    &label,
                    ((from + to) / 2, top + BAR_HEIGHT / 2),
                    SMALL_TEXT_SIZE,
                    segment.fill.text,
                    Anchor::Middle,
                    false,
                )?;
            }
        }
        x += width;
    }
    Ok(())
}

struct LegendItem {
    label: String,
    fill: Fill,
    x: i32,
    y: i32,
}

/// Legend entries in the order the bar shows them, flowing onto further lines as needed.
fn legend_layout(scale: &Scale, segments: &[Segment]) -> Vec<LegendItem> {
    let (mut x, mut y) = (0, 0);
    segments
        .iter()
        .map(|segment| {
            let label = scale.answers[segment.answer].0.clone();
            let width = 20 + canvas::text_width(&label, SMALL_TEXT_SIZE, false) as i32 + 18;
            if x > 0 && x + width > WIDTH as i32 {
                x = 0;
                y += LEGEND_LINE;
            }
            let item = LegendItem {
                label,
                fill: segment.fill,
                x,
                y,
            };
            x += width;
            item
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agreement() -> Scale {
        let answers = [
            ("Strongly agree", Sentiment::Positive),
            ("Agree", Sentiment::Positive),
            ("Neither agree nor disagree", Sentiment::Neutral),
            ("Disagree", Sentiment::Negative),
            ("Strongly disagree", Sentiment::Negative),
        ];
        Scale {
            answers: answers.iter().map(|(l, s)| ((*l).to_owned(), *s)).collect(),
        }
    }

    #[test]
    fn a_bar_shows_each_share_as_a_label_and_the_legend_reads_negative_to_positive() {
        let rows = [
            Row {
                label: "2021".into(),
                shares: vec![Some(30.0), Some(32.0), Some(18.0), Some(12.0), Some(8.0)],
                withheld: None,
            },
            Row {
                label: "2022".into(),
                shares: vec![],
                withheld: Some("fewer than 10 answers".into()),
            },
        ];
        let svg = draw(&agreement(), &rows).unwrap().into_string();
        for label in [
            "30%",
            "32%",
            "18%",
            "12%",
            "8%",
            "2021",
            "2022",
            "fewer than 10 answers",
        ] {
            assert!(
                svg.contains(&format!(">\n{label}\n<")) || svg.contains(&format!(">{label}<")),
                "{label} missing"
            );
        }
        let strongly_disagree = svg.find("Strongly disagree").unwrap();
        let strongly_agree = svg.find("Strongly agree").unwrap();
        assert!(
            strongly_disagree < strongly_agree,
            "legend runs from negative to positive"
        );
        assert!(svg.contains("font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\""));
    }

    #[test]
    fn the_centre_line_sits_where_negative_and_half_the_neutral_end() {
        let scale = agreement();
        let row = Row {
            label: "2022".into(),
            shares: vec![Some(30.0), Some(32.0), Some(18.0), Some(12.0), None],
            withheld: None,
        };
        assert_eq!(left_of_centre(&scale, &row), 21.0);
        assert_eq!(right_of_centre(&scale, &row), 71.0);
        assert_eq!(axis_extent(21.0), 40.0);
        assert_eq!(axis_extent(0.0), 20.0);
    }
}
