//! The moderation queue (moderators, analysts and admins): check an answer, hide what could
//! identify someone, decide, or flag a safeguarding concern. A moderator only reaches the waves an
//! admin gave them; everything refused changes nothing.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::survey_access::now;
use crate::auth::access::CurrentStaff;
use crate::db::quotes::{self, DecisionDetails, QuoteItem, Waves};
use crate::db::{AnyConnection, DbError, audit_log, moderation_assignments, moderation_lists};
use crate::domain::audit::AuditAction;
use crate::domain::ids::QuoteId;
use crate::domain::quote::{Decision, DecisionRefused, PLAN_THEMES, QuoteStatus, RejectReason};
use crate::domain::redaction::{Redaction, RedactionMark, Redactions, occurrences};
use crate::domain::redaction_suggestions::{Suggestion, suggest};
use crate::domain::staff::{Role, StaffUser};
use crate::email::messages::SafeguardingFlag;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::moderation_pages::{
    self, ItemProblem, ItemView, QUEUE_PAGE_SIZE, QueueView,
};

/// The waves this person may moderate: a moderator's own, or all of them for staff.
pub fn waves_for(connection: &mut AnyConnection, staff: &StaffUser) -> Result<Waves, DbError> {
    Ok(if staff.role == Role::Moderator {
        Waves::Only(moderation_assignments::surveys_for(connection, staff.id)?)
    } else {
        Waves::All
    })
}

#[derive(Deserialize)]
pub struct QueueQuery {
    page: Option<i64>,
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "published" => Some("Saved: the quote is published."),
        "second_approval" => Some("Saved: a second person must approve it before it is published."),
        "analysis_only" => Some("Saved: it is kept for analysis only."),
        "rejected" => Some("Saved: it will not be used."),
        "flagged" => Some("Thank you. The safeguarding lead has been emailed the answer."),
        "flagged_unsent" => Some(
            "The answer is flagged, but no email could be sent to the safeguarding lead. Tell a member of staff today.",
        ),
        _ => None,
    }
}

pub async fn queue(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    let page = query.page.unwrap_or(1).clamp(1, 10_000);
    let me = staff.0.clone();
    let (waves, items, (to_do, waiting_for_others)) = state
        .db(move |connection| {
            let waves = waves_for(connection, &me)?;
            let items = quotes::queue(
                connection,
                &waves,
                me.id,
                QUEUE_PAGE_SIZE + 1,
                (page - 1) * QUEUE_PAGE_SIZE,
            )?;
            let counts = quotes::open_counts(connection, &waves, me.id)?;
            Ok((waves, items, counts))
        })
        .await?;
    let has_next_page = items.len() as i64 > QUEUE_PAGE_SIZE;
    let shown = &items[..items.len().min(QUEUE_PAGE_SIZE as usize)];
    let contacts = state.support_contacts();
    Ok(html(
        StatusCode::OK,
        moderation_pages::queue(&QueueView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            items: shown,
            to_do,
            waiting_for_others,
            page,
            has_next_page,
            sign_off: state.settings.quote_sign_off,
            notice: notice(query.done.as_deref()),
            contacts: &contacts,
            no_waves: matches!(&waves, Waves::Only(ids) if ids.is_empty()),
        }),
    ))
}

/// An answer this person may moderate, with what its page needs.
struct Checked {
    item: QuoteItem,
    suggestions: Vec<Suggestion>,
    themes: Vec<String>,
}

async fn find_checked(state: &AppState, staff: &StaffUser, id: &str) -> Result<Checked, AppError> {
    let id = QuoteId::parse(id).map_err(|_| AppError::NotFound)?;
    let me = staff.clone();
    let found = state
        .db(move |connection| {
            let Some(item) = quotes::find(connection, id)? else {
                return Ok(None);
            };
            let waves = waves_for(connection, &me)?;
            if !waves.allows(item.survey) {
                return Ok(Some(Err(AppError::NotYourWave)));
            }
            let local_names = moderation_lists::local_names(connection)?;
            let mut themes: Vec<String> = PLAN_THEMES.iter().map(|t| (*t).to_owned()).collect();
            themes.extend(moderation_lists::themes(connection)?);
            Ok(Some(Ok((item, local_names, themes))))
        })
        .await?;
    let (item, local_names, themes) = found.ok_or(AppError::NotFound)??;
    // Only what is still showing: a hidden name is not suggested again.
    let hidden = item.redactions.as_slice();
    let suggestions = suggest(&item.text, &local_names)
        .into_iter()
        .filter(|suggestion| {
            !hidden.iter().any(|redaction| {
                suggestion.redaction.start < redaction.end
                    && redaction.start < suggestion.redaction.end
            })
        })
        .collect();
    Ok(Checked {
        item,
        suggestions,
        themes,
    })
}

fn item_page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    checked: &Checked,
    problem: Option<&ItemProblem>,
    notice: Option<&str>,
) -> maud::Markup {
    let contacts = state.support_contacts();
    moderation_pages::item(&ItemView {
        me: &staff.0,
        csrf_token: csrf_token.value(),
        item: &checked.item,
        suggestions: &checked.suggestions,
        themes: &checked.themes,
        sign_off: state.settings.quote_sign_off,
        contacts: &contacts,
        problem,
        notice,
    })
}

#[derive(Deserialize)]
pub struct ItemQuery {
    done: Option<String>,
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    query: Query<ItemQuery>,
) -> Result<HttpResponse, AppError> {
    let checked = find_checked(&state, &staff.0, &id).await?;
    let notice = match query.done.as_deref() {
        Some("hidden") => Some("The words are hidden. Check the answer reads as you expect."),
        Some("shown") => Some("All the words are showing again."),
        Some("hidden_again") => Some(
            "The words are hidden. The first approval was withdrawn because the words changed: two people must approve the new words.",
        ),
        _ => None,
    };
    Ok(html(
        StatusCode::OK,
        item_page(&state, &staff, &csrf_token, &checked, None, notice),
    ))
}

fn refused_page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    checked: &Checked,
    status: StatusCode,
    field: &'static str,
    message: String,
) -> HttpResponse {
    let problem = ItemProblem { field, message };
    html(
        status,
        item_page(state, staff, csrf_token, checked, Some(&problem), None),
    )
}

pub async fn redact(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let checked = find_checked(&state, &staff.0, &id).await?;
    let refuse = |message: &str| {
        refused_page(
            &state,
            &staff,
            &csrf_token,
            &checked,
            StatusCode::UNPROCESSABLE_ENTITY,
            "words",
            message.to_owned(),
        )
    };
    if !checked.item.state.status.is_open() {
        return Ok(refuse(
            "This answer has been decided already, so its words cannot change",
        ));
    }
    let text = &checked.item.text;
    let clearing = form.get("clear") == Some("yes");
    let redactions = if clearing {
        Redactions::none()
    } else {
        let mut wanted = Vec::new();
        for value in form.get_all("suggestion") {
            wanted.push(parse_redaction(&value).ok_or_else(|| {
                AppError::BadRequest("a suggested redaction that cannot be read".into())
            })?);
        }
        let words = form.get("words").unwrap_or_default().trim();
        if !words.is_empty() {
            let mark = RedactionMark::parse(form.get("mark").unwrap_or("removed"))
                .map_err(|_| AppError::BadRequest("an unknown redaction mark".into()))?;
            let found = occurrences(text, words);
            if found.is_empty() {
                return Ok(refuse(
                    "Those words are not in the answer: type or paste them exactly as they are written",
                ));
            }
            wanted.extend(
                found
                    .into_iter()
                    .map(|(start, end)| Redaction { start, end, mark }),
            );
        }
        if wanted.is_empty() {
            return Ok(refuse("Tick a suggestion or type the words to hide"));
        }
        match checked.item.redactions.with(text, &wanted) {
            Ok(redactions) => redactions,
            Err(refused) => return Ok(refuse(&sentence(&refused.to_string()))),
        }
    };
    let item = checked.item.clone();
    state
        .db(move |connection| quotes::save_redactions(connection, &item, &redactions))
        .await?;
    let done = match (clearing, checked.item.state.status) {
        (true, _) => "shown",
        (false, QuoteStatus::SecondApproval) => "hidden_again",
        (false, _) => "hidden",
    };
    Ok(see_other(&format!(
        "/staff/moderation/{}?done={done}",
        checked.item.id
    )))
}

/// `start:end:mark`, as the suggestion checkboxes send them.
fn parse_redaction(value: &str) -> Option<Redaction> {
    let mut parts = value.split(':');
    let start = parts.next()?.parse().ok()?;
    let end = parts.next()?.parse().ok()?;
    let mark = RedactionMark::parse(parts.next()?).ok()?;
    parts
        .next()
        .is_none()
        .then_some(Redaction { start, end, mark })
}

fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub async fn decide(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let checked = find_checked(&state, &staff.0, &id).await?;
    let refuse = |status: StatusCode, field: &'static str, message: String| {
        Ok(refused_page(
            &state,
            &staff,
            &csrf_token,
            &checked,
            status,
            field,
            message,
        ))
    };
    let theme = form.get("theme").filter(|theme| !theme.is_empty());
    if let Some(theme) = theme
        && !checked.themes.iter().any(|known| known == theme)
    {
        return Err(AppError::BadRequest(
            "a theme that is not on the list".into(),
        ));
    }
    let decision = match form.get("decision") {
        None | Some("") => {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                "decision",
                "Choose what should happen to this answer".into(),
            );
        }
        Some("approve") => Decision::Approve,
        Some("analysis") => Decision::AnalysisOnly,
        Some("reject") => match form.get("reason").map(RejectReason::parse) {
            Some(Ok(reason)) => Decision::Reject(reason),
            Some(Err(_)) => return Err(AppError::BadRequest("an unknown reason".into())),
            None => {
                return refuse(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "reason",
                    "Choose why it is not used".into(),
                );
            }
        },
        Some(_) => return Err(AppError::BadRequest("an unknown decision".into())),
    };
    if matches!(decision, Decision::Approve | Decision::AnalysisOnly) && theme.is_none() {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "theme",
            "Choose a theme".into(),
        );
    }
    let theme = theme.map(str::to_owned);
    let me = staff.0.id;
    let sign_off = state.settings.quote_sign_off;
    let item_id = checked.item.id;
    let survey_title = checked.item.survey_title.clone();
    let outcome = state
        .db(move |connection| {
            let details = DecisionDetails {
                theme: theme.as_deref(),
                now: now(),
            };
            let outcome =
                quotes::record_decision(connection, item_id, me, decision, sign_off, &details)?;
            if let Ok(status) = outcome {
                audit_log::record(
                    connection,
                    Some(me),
                    AuditAction::QuoteDecided,
                    &format!(
                        "{survey_title}: answer {item_id} is now {}",
                        status.as_str()
                    ),
                    now(),
                )?;
            }
            Ok(outcome)
        })
        .await?;
    match outcome {
        Ok(status) => Ok(see_other(&format!(
            "/staff/moderation?done={}",
            status.as_str()
        ))),
        Err(refused) => refuse(StatusCode::CONFLICT, "decision", refusal(refused)),
    }
}

fn refusal(refused: DecisionRefused) -> String {
    match refused {
        DecisionRefused::NoConsent => {
            "The young person did not agree to their words being shared, so it cannot be a quote. Nothing was changed".into()
        }
        DecisionRefused::ApprovedByYouAlready => {
            "You approved this already. A different person must give the second approval. Nothing was changed".into()
        }
        DecisionRefused::AlreadyDecided => {
            "Someone has decided about this answer already. Nothing was changed".into()
        }
    }
}

pub async fn flag(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let checked = find_checked(&state, &staff.0, &id).await?;
    if checked.item.state.status == QuoteStatus::Flagged {
        return Ok(refused_page(
            &state,
            &staff,
            &csrf_token,
            &checked,
            StatusCode::CONFLICT,
            "decision",
            "This answer is flagged already. The safeguarding lead has it".into(),
        ));
    }
    let me = staff.0.id;
    let item_id = checked.item.id;
    let survey_title = checked.item.survey_title.clone();
    let flagged = state
        .db(move |connection| {
            let flagged = quotes::record_flag(connection, item_id, me, now())?;
            if flagged.is_ok() {
                audit_log::record(
                    connection,
                    Some(me),
                    AuditAction::SafeguardingFlagRaised,
                    &format!("{survey_title}: answer {item_id}"),
                    now(),
                )?;
            }
            Ok(flagged)
        })
        .await?;
    if flagged.is_err() {
        return Ok(see_other("/staff/moderation?done=flagged"));
    }
    let sent = match &state.settings.safeguarding_lead {
        None => {
            tracing::warn!("an answer was flagged but SAFEGUARDING_LEAD_EMAIL is not set");
            false
        }
        Some(lead) => {
            let link = format!("{}/staff/safeguarding", state.settings.base_url);
            let email = SafeguardingFlag {
                to: lead,
                survey_title: &checked.item.survey_title,
                answer: &checked.item.text,
                flag_link: &link,
            }
            .render();
            match state.mailer.send(email).await {
                Ok(()) => true,
                Err(error) => {
                    tracing::error!(%error, "the safeguarding email could not be sent");
                    false
                }
            }
        }
    };
    Ok(see_other(if sent {
        "/staff/moderation?done=flagged"
    } else {
        "/staff/moderation?done=flagged_unsent"
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestion_values_are_read_strictly() {
        assert_eq!(
            parse_redaction("3:8:name"),
            Some(Redaction {
                start: 3,
                end: 8,
                mark: RedactionMark::Name
            })
        );
        for bad in ["3:8", "3:8:name:x", "a:8:name", "3:8:secret", ""] {
            assert_eq!(parse_redaction(bad), None, "{bad}");
        }
    }
}
