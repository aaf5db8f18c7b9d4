//! Editing the moderation lists (analysts and admins). Saving the safeguarding phrases marks the
//! open answers again, so a new phrase takes effect at once.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::app::moderation_setup::{self, ModerationLists};
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::db::moderation_lists;
use crate::domain::redaction_suggestions::{LocalName, LocalNameKind};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::moderation_settings_page::{self, ListsView};

/// Longest entry in any list, and most entries per list.
const LONGEST_ENTRY: usize = 100;
const MOST_ENTRIES: usize = 500;

#[derive(Deserialize)]
pub struct SettingsQuery {
    done: Option<String>,
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<SettingsQuery>,
) -> Result<HttpResponse, AppError> {
    let (phrases, names, themes) = state
        .db(|connection| {
            Ok((
                moderation_lists::phrases(connection)?,
                moderation_lists::local_names(connection)?,
                moderation_lists::themes(connection)?,
            ))
        })
        .await?;
    let of_kind = |kind: LocalNameKind| {
        names
            .iter()
            .filter(|name| name.kind == kind)
            .map(|name| name.name.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let notice = (query.done.as_deref() == Some("saved")).then_some("staff-lists-done-saved");
    Ok(html(
        StatusCode::OK,
        moderation_settings_page::lists(&ListsView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            phrases: &phrases.join("\n"),
            schools: &of_kind(LocalNameKind::School),
            places: &of_kind(LocalNameKind::Place),
            themes: &themes.join("\n"),
            problem: None,
            notice,
        }),
    ))
}

/// One entry per line, trimmed, without blanks or repeats (ignoring case); or the staff
/// catalogue's message saying what is wrong.
fn entries(text: &str) -> Result<Vec<String>, &'static str> {
    let mut seen = std::collections::HashSet::new();
    let mut list = Vec::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if line.chars().count() > LONGEST_ENTRY {
            return Err("staff-lists-problem-long-line");
        }
        if seen.insert(line.to_lowercase()) {
            list.push(line.to_owned());
        }
    }
    if list.len() > MOST_ENTRIES {
        return Err("staff-lists-problem-too-many");
    }
    Ok(list)
}

pub async fn save(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    const LISTS: [&str; 4] = ["phrases", "schools", "places", "themes"];
    form.require(&LISTS)?;
    let text = |field: &str| form.get(field).unwrap_or_default().to_owned();
    let fields = LISTS.map(|field| (field, text(field)));
    let mut lists = Vec::new();
    for (field, value) in &fields {
        match entries(value) {
            Ok(list) => lists.push(list),
            Err(message) => {
                let message = StaffWords.t(message);
                return Ok(html(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    moderation_settings_page::lists(&ListsView {
                        me: &staff.0,
                        csrf_token: csrf_token.value(),
                        phrases: &fields[0].1,
                        schools: &fields[1].1,
                        places: &fields[2].1,
                        themes: &fields[3].1,
                        problem: Some((field, &message)),
                        notice: None,
                    }),
                ));
            }
        }
    }
    let [phrases, schools, places, themes]: [Vec<String>; 4] = lists
        .try_into()
        .map_err(|_| AppError::Internal("four lists expected".into()))?;
    // A name on both lists is kept once, as a school.
    let school_names: std::collections::HashSet<String> =
        schools.iter().map(|name| name.to_lowercase()).collect();
    let places: Vec<String> = places
        .into_iter()
        .filter(|place| !school_names.contains(&place.to_lowercase()))
        .collect();
    let names: Vec<LocalName> = schools
        .into_iter()
        .map(|name| LocalName {
            name,
            kind: LocalNameKind::School,
        })
        .chain(places.into_iter().map(|name| LocalName {
            name,
            kind: LocalNameKind::Place,
        }))
        .collect();
    let me = staff.0.id;
    let lists = ModerationLists {
        phrases,
        local_names: names,
        themes,
    };
    state
        .db(move |connection| moderation_setup::replace_lists(connection, me, &lists, clock.now()))
        .await?;
    Ok(see_other("/staff/moderation/settings?done=saved"))
}

#[cfg(test)]
mod tests {
    use super::entries;

    #[test]
    fn lists_are_read_one_line_each_without_blanks_or_repeats() {
        assert_eq!(
            entries("  not safe \n\nNOT SAFE\nhurt myself\r\n").unwrap(),
            ["not safe", "hurt myself"]
        );
        assert!(entries(&"x".repeat(101)).is_err());
    }
}
