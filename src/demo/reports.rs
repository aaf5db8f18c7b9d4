//! The demo's report material: quotes as if VOXY had moderated them, the team's "what happens
//! next" texts, and the 2021 summary and Easy Read reports published, so the reports pages and the
//! public findings page have something real to show.

use crate::clock::Clock;

use super::FREE_TEXT;
use crate::db::{AnyConnection, DbError, published_reports, quotes, report_texts, surveys};
use crate::domain::ids::Slug;
use crate::domain::quote::PLAN_THEMES;
use crate::domain::report_kind::ReportKind;
use crate::domain::team_texts::{self, TeamTexts};
use crate::domain::wording::Language;
use crate::reports::ReportError;
use crate::reports::publishing::publish;

/// Demo answers that could be published as they are, each with its theme. The others name a
/// person or raise a worry, and stay for the moderators to practise on.
fn publishable() -> Vec<(&'static str, &'static str)> {
    let theme_of = |index: usize| match index {
        0 | 2 | 5 | 9 => PLAN_THEMES[0],
        3 | 6 => PLAN_THEMES[1],
        11 => PLAN_THEMES[2],
        _ => PLAN_THEMES[3],
    };
    FREE_TEXT[..12]
        .iter()
        .enumerate()
        .map(|(index, words)| (*words, theme_of(index)))
        .collect()
}

const QUOTES_PER_WAVE: usize = 8;

fn texts(year: i32) -> TeamTexts {
    team_texts::parse(
        &format!(
            "The Children's Trust Board will discuss these results at its next meeting. Each \
             partner will say what it will change in response, and VOXY will check progress \
             halfway through the year.\n\nThe {next} survey will ask the same questions, so we \
             can see whether things get better.",
            next = year + 1
        ),
        "We will tell the adults in charge what you said.\n\nThey will make a plan to help. The \
         youth board (VOXY) will check that they do it.\n\nWe will ask you again next year.",
    )
    .expect("the demo texts are valid")
}

/// Adds what is missing; running it again changes nothing.
pub fn load(
    connection: &mut AnyConnection,
    clock: &Clock,
    publisher: &str,
) -> Result<(), ReportError> {
    for year in [2021, 2022] {
        let slug = Slug::parse(&format!("be-supported-{year}")).map_err(DbError::from)?;
        let Some(survey) = surveys::find_by_slug(connection, &slug)? else {
            continue;
        };
        if quotes::published(connection, survey.id, None)?.is_empty() {
            quotes::publish_seeded(
                connection,
                survey.id,
                &publishable(),
                QUOTES_PER_WAVE,
                clock.now(),
            )?;
        }
        if report_texts::find(connection, survey.id)? == TeamTexts::default() {
            report_texts::save(connection, survey.id, &texts(year), clock.now())?;
        }
        let already_published = !published_reports::for_survey(connection, survey.id)?.is_empty();
        if year == 2021 && !already_published {
            // The summary, and "You said" in every language the wave is written in.
            let mut editions = vec![(ReportKind::Summary, Language::english())];
            editions.extend(
                survey
                    .languages()
                    .into_iter()
                    .map(|language| (ReportKind::EasyRead, language)),
            );
            for (kind, language) in editions {
                // Texts were saved above, so publishing cannot be refused.
                let _ = publish(
                    connection,
                    survey.clone(),
                    kind,
                    &language,
                    clock,
                    publisher,
                )?;
            }
        }
    }
    Ok(())
}
