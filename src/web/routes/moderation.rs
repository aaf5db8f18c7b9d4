//! The moderation queue (moderators, analysts and admins): check an answer, hide what could
//! identify someone, decide, or flag a safeguarding concern. A moderator only reaches the waves an
//! admin gave them; everything refused changes nothing.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::app::quote_decisions::{self, DecisionError, DecisionRequest, WordsChange};
use crate::app::safeguarding;
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::db::quotes::{self, Waves};
use crate::db::{AnyConnection, DbError, moderation_assignments, moderation_lists};
use crate::domain::answer_under_review::QuoteItem;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::QuoteId;
use crate::domain::message::Message;
use crate::domain::quote::{
    Decision, DecisionRefused, OverrideReason, PLAN_THEMES, QuoteStatus, RejectReason,
};
use crate::domain::redaction::{Redaction, RedactionMark, occurrences};
use crate::domain::redaction_suggestions::{Suggestion, suggest};
use crate::domain::staff::{Role, StaffUser};
use crate::email::messages::SafeguardingFlag;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::views::moderation_pages::{
    self, ItemForm, ItemView, QUEUE_PAGE_SIZE, QueueView, excerpt,
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

/// The staff catalogue's message for what the moderator just did.
fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "published" => Some("staff-moderation-done-published"),
        "second_approval" => Some("staff-moderation-done-second-approval"),
        "analysis_only" => Some("staff-moderation-done-analysis-only"),
        "rejected" => Some("staff-moderation-done-rejected"),
        "flagged" => Some("staff-moderation-done-flagged"),
        "flagged_unsent" => Some("staff-moderation-done-flagged-unsent"),
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
    problem: Option<&FieldProblem>,
    notice: Option<&str>,
    form: &ItemForm,
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
        form,
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
        Some("hidden") => Some("staff-moderation-done-hidden"),
        Some("shown") => Some("staff-moderation-done-shown"),
        Some("hidden_again") => Some("staff-moderation-done-hidden-again"),
        _ => None,
    };
    Ok(html(
        StatusCode::OK,
        item_page(
            &state,
            &staff,
            &csrf_token,
            &checked,
            None,
            notice,
            &ItemForm::default(),
        ),
    ))
}

/// The answer page again with what was sent, a problem on one field, and nothing saved.
struct Refusal<'a> {
    state: &'a AppState,
    staff: &'a CurrentStaff,
    csrf_token: &'a CsrfToken,
    checked: &'a Checked,
    form: &'a ItemForm,
}

impl<'a> Refusal<'a> {
    fn new(
        state: &'a AppState,
        staff: &'a CurrentStaff,
        csrf_token: &'a CsrfToken,
        checked: &'a Checked,
        form: &'a ItemForm,
    ) -> Refusal<'a> {
        Refusal {
            state,
            staff,
            csrf_token,
            checked,
            form,
        }
    }

    fn page(&self, status: StatusCode, field: &'static str, message: Message) -> HttpResponse {
        let problem = FieldProblem::new(field, message);
        html(
            status,
            item_page(
                self.state,
                self.staff,
                self.csrf_token,
                self.checked,
                Some(&problem),
                None,
                self.form,
            ),
        )
    }
}

/// The form as sent, to show it again if it is refused.
fn sent_form(form: &FormFields) -> ItemForm {
    ItemForm {
        ticked: Some(form.get_all("suggestion")),
        words: form.get("words").unwrap_or_default().to_owned(),
        mark: form.get("mark").map(str::to_owned),
        decision: form.get("decision").map(str::to_owned),
        theme: form.get("theme").map(str::to_owned),
        reason: form.get("reason").map(str::to_owned),
        identifier_reason: form.get("identifier_reason").unwrap_or_default().to_owned(),
    }
}

/// Words quoted back to a moderator in a message.
const QUOTED_CHARACTERS: usize = 60;

/// The ticked suggestions and the typed words, as ranges of the answer; or, when typed words are
/// not in the answer, the message that says so.
fn words_to_hide(
    form: &FormFields,
    text: &str,
) -> Result<Result<Vec<Redaction>, Message>, AppError> {
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
            return Ok(Err(Message::new("staff-moderation-problem-not-in-answer")
                .with("words", excerpt(words, QUOTED_CHARACTERS))));
        }
        wanted.extend(
            found
                .into_iter()
                .map(|(start, end)| Redaction { start, end, mark }),
        );
    }
    Ok(Ok(wanted))
}

/// What the identifier check found, in one sentence.
fn questioned_words(found: &[Suggestion]) -> Message {
    let words = StaffWords;
    let listed: Vec<String> = found
        .iter()
        .map(|suggestion| {
            words.with(
                "staff-moderation-found-words",
                &[
                    (
                        "words",
                        excerpt(&suggestion.words, QUOTED_CHARACTERS).into(),
                    ),
                    ("kind", words.t(suggestion.kind.message_id()).into()),
                ],
            )
        })
        .collect();
    Message::new("staff-moderation-problem-identifiers-left")
        .with("found", listed.join(", "))
        .with("count", found.len())
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
    let sent = sent_form(&form);
    let refusal = Refusal::new(&state, &staff, &csrf_token, &checked, &sent);
    let refuse =
        |message: Message| refusal.page(StatusCode::UNPROCESSABLE_ENTITY, "words", message);
    if !checked.item.state.status.is_open() {
        return Ok(refuse("staff-moderation-problem-decided-words".into()));
    }
    let clearing = form.get("clear") == Some("yes");
    let wanted = if clearing {
        Vec::new()
    } else {
        match words_to_hide(&form, &checked.item.text)? {
            Ok(wanted) if wanted.is_empty() => {
                return Ok(refuse("staff-moderation-problem-nothing-to-hide".into()));
            }
            Ok(wanted) => wanted,
            Err(message) => return Ok(refuse(message)),
        }
    };
    let item_id = checked.item.id;
    let changed = state
        .db(move |connection| {
            let change = if clearing {
                WordsChange::ShowAll
            } else {
                WordsChange::Hide(&wanted)
            };
            Ok(quote_decisions::change_words(connection, item_id, change))
        })
        .await?;
    let withdrawn = match changed {
        Ok(withdrawn) => withdrawn,
        Err(DecisionError::Redaction(refused)) => {
            return Ok(refuse(refused.message_id().into()));
        }
        Err(DecisionError::Refused(_)) => {
            return Ok(refuse("staff-moderation-problem-decided-words".into()));
        }
        Err(DecisionError::NotFound) => return Err(AppError::NotFound),
        Err(other) => return Err(decision_failure(other)),
    };
    let done = match (clearing, withdrawn) {
        (true, _) => "shown",
        (false, true) => "hidden_again",
        (false, false) => "hidden",
    };
    Ok(see_other(&format!(
        "/staff/moderation/{}?done={done}",
        checked.item.id
    )))
}

fn decision_failure(error: DecisionError) -> AppError {
    match error {
        DecisionError::Db(error) => AppError::from(error),
        other => AppError::Internal(other.to_string()),
    }
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

pub async fn decide(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    let checked = find_checked(&state, &staff.0, &id).await?;
    let sent = sent_form(&form);
    let refusal = Refusal::new(&state, &staff, &csrf_token, &checked, &sent);
    let refuse = |status: StatusCode, field: &'static str, message: Message| {
        Ok(refusal.page(status, field, message))
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
                "staff-moderation-problem-decision".into(),
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
                    "staff-moderation-problem-reason".into(),
                );
            }
        },
        Some(_) => return Err(AppError::BadRequest("an unknown decision".into())),
    };
    if matches!(decision, Decision::Approve | Decision::AnalysisOnly) && theme.is_none() {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "theme",
            "staff-moderation-problem-theme".into(),
        );
    }
    let reason = OverrideReason::parse(form.get("identifier_reason").unwrap_or_default())
        .map_err(|_| AppError::BadRequest("a reason longer than 500 characters".into()))?;
    let hide = if decision == Decision::Approve {
        match words_to_hide(&form, &checked.item.text)? {
            Ok(hide) => hide,
            Err(message) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, "words", message),
        }
    } else {
        Vec::new()
    };
    let theme = theme.map(str::to_owned);
    let shown = form.get("shown").map(str::to_owned);
    let me = staff.0.id;
    let sign_off = state.settings.quote_sign_off;
    let item_id = checked.item.id;
    let outcome = state
        .db(move |connection| {
            Ok(quote_decisions::decide(
                connection,
                &DecisionRequest {
                    quote: item_id,
                    by: me,
                    decision,
                    theme: theme.as_deref(),
                    shown: shown.as_deref(),
                    hide: &hide,
                    reason: reason.as_ref(),
                    sign_off,
                    now: clock.now(),
                },
            ))
        })
        .await?;
    match outcome {
        Ok(status) => Ok(see_other(&format!(
            "/staff/moderation?done={}",
            status.as_str()
        ))),
        Err(DecisionError::Refused(refused)) => refuse(
            StatusCode::CONFLICT,
            "decision",
            refusal_message(refused).into(),
        ),
        Err(DecisionError::WordsChanged) => refuse(
            StatusCode::CONFLICT,
            "decision",
            "staff-moderation-problem-words-changed".into(),
        ),
        Err(DecisionError::Redaction(refused)) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "words",
            refused.message_id().into(),
        ),
        Err(DecisionError::IdentifiersLeft(found)) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "identifier_reason",
            questioned_words(&found),
        ),
        Err(DecisionError::NotFound) => Err(AppError::NotFound),
        Err(other) => Err(decision_failure(other)),
    }
}

fn refusal_message(refused: DecisionRefused) -> &'static str {
    match refused {
        DecisionRefused::NoConsent => "staff-moderation-problem-no-consent",
        DecisionRefused::ApprovedByYouAlready => "staff-moderation-problem-approved-by-you",
        DecisionRefused::AlreadyDecided => "staff-moderation-problem-decided",
    }
}

pub async fn flag(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let clock = state.settings.clock;
    let form = form.into_fields();
    let checked = find_checked(&state, &staff.0, &id).await?;
    if checked.item.state.status != QuoteStatus::Flagged && form.get("confirm") != Some("yes") {
        return Ok(html(
            StatusCode::OK,
            moderation_pages::confirm_flag(&staff.0, csrf_token.value(), &checked.item),
        ));
    }
    if checked.item.state.status == QuoteStatus::Flagged {
        let form = ItemForm::default();
        let refusal = Refusal::new(&state, &staff, &csrf_token, &checked, &form);
        return Ok(refusal.page(
            StatusCode::CONFLICT,
            "decision",
            "staff-moderation-problem-flagged-already".into(),
        ));
    }
    let me = staff.0.id;
    let item_id = checked.item.id;
    let survey_title = checked.item.survey_title.clone();
    let flagged = state
        .db(move |connection| {
            safeguarding::raise(connection, item_id, &survey_title, me, clock.now())
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
