//! A programme's targets on the staff pages: listed by measure, set from a form and withdrawn,
//! each change through `app::targets` with its audit entry.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};

use super::programme_access::find_programme;
use super::redirect::{html, see_other};
use super::staff_surveys::DoneQuery;
use crate::app::actor::Actor;
use crate::app::targets;
use crate::auth::access::CurrentStaff;
use crate::db::targets as stored_targets;
use crate::domain::ids::TargetId;
use crate::domain::programme::Programme;
use crate::domain::target::{self, MeasureTarget, TargetProblem};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::target_pages::{self, TargetsView, TypedTarget};

async fn programme_and_targets(
    state: &AppState,
    slug: &str,
) -> Result<(Programme, Vec<MeasureTarget>), AppError> {
    let programme = find_programme(state, slug).await?;
    let id = programme.id;
    let targets = state
        .db(move |connection| stored_targets::for_programme(connection, id))
        .await?;
    Ok((programme, targets))
}

struct Shown<'a> {
    typed: &'a TypedTarget,
    problem: Option<TargetProblem>,
    done: Option<&'a str>,
    status: StatusCode,
}

async fn page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    slug: &str,
    shown: Shown<'_>,
) -> Result<HttpResponse, AppError> {
    let (programme, targets) = programme_and_targets(state, slug).await?;
    let page = target_pages::render(&TargetsView {
        me: &staff.0,
        programme: &programme,
        targets: &targets,
        typed: shown.typed,
        problem: shown.problem,
        done: shown.done,
        csrf_token: csrf_token.value(),
    });
    Ok(html(shown.status, page))
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let shown = Shown {
        typed: &TypedTarget::default(),
        problem: None,
        done: query.done(),
        status: StatusCode::OK,
    };
    page(&state, &staff, &csrf_token, &slug, shown).await
}

pub async fn set(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let field = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    let typed = TypedTarget {
        measure: field("measure"),
        percent: field("percent"),
        by_year: field("by_year"),
        agreed_by: field("agreed_by"),
        agreed_on: field("agreed_on"),
    };
    let programme = find_programme(&state, &slug).await?;
    let items: Vec<_> = programme
        .measures
        .iter()
        .map(|measure| measure.item)
        .collect();
    let parsed = target::parse(
        &typed.measure,
        &typed.percent,
        &typed.by_year,
        &typed.agreed_by,
        &typed.agreed_on,
        &items,
    );
    let outcome = match parsed {
        Ok(new_target) => {
            let actor = Actor::Staff(staff.0.id);
            let now = state.settings.clock.now();
            let for_programme = programme.clone();
            state
                .db(move |connection| {
                    targets::set(connection, &for_programme, &new_target, actor, now)
                })
                .await?
        }
        Err(problem) => Err(problem),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!(
            "/staff/programmes/{}/targets?done=set",
            programme.slug
        ))),
        Err(problem) => {
            let shown = Shown {
                typed: &typed,
                problem: Some(problem),
                done: None,
                status: StatusCode::BAD_REQUEST,
            };
            page(&state, &staff, &csrf_token, &slug, shown).await
        }
    }
}

pub async fn withdraw(
    state: Data<AppState>,
    staff: CurrentStaff,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let (slug, id) = path.into_inner();
    let id = TargetId::parse(&id).map_err(|_| AppError::NotFound)?;
    let programme = find_programme(&state, &slug).await?;
    let actor = Actor::Staff(staff.0.id);
    let now = state.settings.clock.now();
    let for_programme = programme.clone();
    state
        .db(move |connection| targets::withdraw(connection, &for_programme, id, actor, now))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(&format!(
        "/staff/programmes/{}/targets?done=withdrawn",
        programme.slug
    )))
}
