//! The font embedded in youthvoice for charts and PDF reports, so what the Board reads never
//! depends on the fonts a server happens to have (DejaVu Sans; licence in `assets/fonts`).

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
pub const OBLIQUE: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Oblique.ttf");

pub const ALL: [&[u8]; 3] = [REGULAR, BOLD, OBLIQUE];
