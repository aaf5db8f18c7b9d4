//! Colours that colour-blind readers can tell apart (ColorBrewer PuOr for scales, Okabe–Ito for
//! series), each paired with the text colour that reads on it at 4.5:1 or better.

use plotters::style::RGBColor;

pub const INK: RGBColor = RGBColor(0x0b, 0x0c, 0x0c);
pub const WHITE: RGBColor = RGBColor(0xff, 0xff, 0xff);
pub const GRID: RGBColor = RGBColor(0xb1, 0xb4, 0xb6);
pub const MUTED_INK: RGBColor = RGBColor(0x50, 0x5a, 0x5f);
/// Bars of choice questions and breakdowns; white on it is 6.5:1, and it is 3:1 against white.
pub const BAR: RGBColor = RGBColor(0x2f, 0x5f, 0x98);

/// A fill and the text colour drawn on it.
#[derive(Debug, Clone, Copy)]
pub struct Fill {
    pub colour: RGBColor,
    pub text: RGBColor,
}

const STRONG_NEGATIVE: Fill = Fill {
    colour: RGBColor(0xb3, 0x58, 0x06),
    text: WHITE,
};
const MILD_NEGATIVE: Fill = Fill {
    colour: RGBColor(0xfd, 0xb8, 0x63),
    text: INK,
};
pub const NEUTRAL: Fill = Fill {
    colour: RGBColor(0xd9, 0xd9, 0xd9),
    text: INK,
};
const MILD_POSITIVE: Fill = Fill {
    colour: RGBColor(0xb2, 0xab, 0xd2),
    text: INK,
};
const STRONG_POSITIVE: Fill = Fill {
    colour: RGBColor(0x54, 0x27, 0x88),
    text: WHITE,
};

/// The fill of a scale answer by how far it is from the neutral middle: the outermost answers are
/// dark, those nearer the middle light, so the order also shows in greyscale.
pub fn scale_fill(positive: bool, distance_from_middle: usize, answers_on_side: usize) -> Fill {
    let outermost = distance_from_middle + 1 >= answers_on_side;
    match (positive, outermost) {
        (true, true) => STRONG_POSITIVE,
        (true, false) => MILD_POSITIVE,
        (false, true) => STRONG_NEGATIVE,
        (false, false) => MILD_NEGATIVE,
    }
}

/// Lines of trend charts; each is 3:1 or better against white, and each has its own marker shape.
pub const SERIES: [RGBColor; 4] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio between two colours.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let luminance = |RGBColor(r, g, b): RGBColor| {
            let channel = |value: u8| {
                let c = f64::from(value) / 255.0;
                if c <= 0.039_28 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
        };
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_on_every_fill_and_on_white_reads_at_4_5_to_1() {
        for positive in [true, false] {
            for distance in 0..3 {
                let fill = scale_fill(positive, distance, 2);
                assert!(
                    contrast(fill.text, fill.colour) >= 4.5,
                    "{positive} {distance}"
                );
            }
        }
        assert!(contrast(NEUTRAL.text, NEUTRAL.colour) >= 4.5);
        assert!(contrast(INK, WHITE) >= 4.5);
        assert!(contrast(MUTED_INK, WHITE) >= 4.5);
    }

    #[test]
    fn bars_lines_and_grid_stand_out_from_white() {
        assert!(contrast(BAR, WHITE) >= 3.0);
        for colour in SERIES {
            assert!(contrast(colour, WHITE) >= 3.0, "{colour:?}");
        }
    }
}
