//! The groups that own actions, on the staff pages: listed with what they own, added, their
//! contact changed and removed, each through `app::action_owners` with its audit entry.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};

use super::redirect::{html, see_other};
use super::staff_surveys::DoneQuery;
use crate::app::action_owners;
use crate::app::actor::Actor;
use crate::auth::access::CurrentStaff;
use crate::db::action_owners as stored_owners;
use crate::db::action_owners::Removal;
use crate::domain::action_owner::{self, ActionOwner};
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::OwnerId;
use crate::domain::staff::EmailAddress;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::group_pages::{self, GroupsView};

async fn groups_with_counts(state: &AppState) -> Result<Vec<(ActionOwner, usize)>, AppError> {
    Ok(state
        .db(|connection| {
            let owned = stored_owners::actions_owned(connection)?;
            Ok(stored_owners::list(connection)?
                .into_iter()
                .map(|owner| {
                    let count = owned.get(&owner.id).copied().unwrap_or(0);
                    (owner, count)
                })
                .collect())
        })
        .await?)
}

async fn page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    typed: (&str, &str),
    problems: &[FieldProblem],
    done: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let groups = groups_with_counts(state).await?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(html(
        status,
        group_pages::render(&GroupsView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            groups: &groups,
            typed,
            problems,
            done,
        }),
    ))
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    page(&state, &staff, &csrf_token, ("", ""), &[], query.done()).await
}

pub async fn add(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let name = fields.get("name").unwrap_or_default().to_owned();
    let contact = fields.get("contact").unwrap_or_default().to_owned();
    let problems = match action_owner::parse(&name, &contact) {
        Err(problems) => problems,
        Ok(owner) => {
            let (actor, now) = (Actor::Staff(staff.0.id), state.settings.clock.now());
            let added = state
                .db(move |connection| action_owners::add(connection, &owner, actor, now))
                .await?;
            if added.is_some() {
                return Ok(see_other("/staff/groups?done=added"));
            }
            vec![FieldProblem::new("name", "staff-problem-group-taken")]
        }
    };
    page(
        &state,
        &staff,
        &csrf_token,
        (&name, &contact),
        &problems,
        None,
    )
    .await
}

fn owner_id(text: &str) -> Result<OwnerId, AppError> {
    OwnerId::parse(text).map_err(|_| AppError::NotFound)
}

pub async fn set_contact(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let id = owner_id(&id)?;
    let fields = form.into_fields();
    let field_id = format!("contact-{id}");
    let typed = fields.get(&field_id).unwrap_or_default().trim().to_owned();
    let contact = if typed.is_empty() {
        None
    } else {
        match EmailAddress::parse(&typed) {
            Ok(address) => Some(address),
            Err(_) => {
                let problems = [FieldProblem::new(field_id, "staff-problem-contact")];
                return page(&state, &staff, &csrf_token, ("", ""), &problems, None).await;
            }
        }
    };
    let (actor, now) = (Actor::Staff(staff.0.id), state.settings.clock.now());
    state
        .db(move |connection| {
            action_owners::set_contact(connection, id, contact.as_ref(), actor, now)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other("/staff/groups?done=contact"))
}

pub async fn remove(
    state: Data<AppState>,
    staff: CurrentStaff,
    id: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let id = owner_id(&id)?;
    let (actor, now) = (Actor::Staff(staff.0.id), state.settings.clock.now());
    match state
        .db(move |connection| action_owners::remove(connection, id, actor, now))
        .await?
    {
        Removal::Removed(_) => Ok(see_other("/staff/groups?done=removed")),
        Removal::OwnsActions(_) => Ok(see_other("/staff/groups?done=owns")),
        Removal::NotFound => Err(AppError::NotFound),
    }
}
