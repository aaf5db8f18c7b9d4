//! The 14 KB budget (DESIGN.md section 9): every page of a young person's journey, with the
//! stylesheet and script it loads, fits in about the first round trip of a slow phone connection
//! when sent gzip-compressed, in both formats.

use crate::helpers::spawn_app;
use crate::virtual_respondent::{Patience, VirtualRespondent, gzip_weight};

const BUDGET_BYTES: usize = 14 * 1024;

#[tokio::test]
async fn every_respondent_page_with_its_css_and_js_fits_in_14_kb_gzipped() {
    let app = spawn_app().await;
    app.open_survey("weighed");
    let client = reqwest::Client::new();
    for format in ["standard", "easy_read"] {
        let journey = VirtualRespondent::new(&app.address, "weighed")
            .in_format(format)
            .weighing_pages()
            .complete_survey("Somewhere quiet to talk", Patience::None)
            .await
            .unwrap_or_else(|error| panic!("{format}: {error}"));
        let questions = app.count("SELECT COUNT(*) AS n FROM questions");
        assert!(
            journey.pages.len() as i64 >= questions + 3,
            "start, every question, check answers and thank you were weighed"
        );
        for page in &journey.pages {
            assert!(
                !page.assets.is_empty(),
                "{} loads its stylesheet",
                page.path
            );
            let mut total = page.gzip_bytes;
            for asset in &page.assets {
                let (bytes, _) = gzip_weight(&client, &format!("{}{asset}", app.address))
                    .await
                    .unwrap();
                total += bytes;
            }
            assert!(
                total <= BUDGET_BYTES,
                "{format} {}: {total} bytes gzipped with its assets",
                page.path
            );
        }
    }
}
