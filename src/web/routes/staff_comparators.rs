//! Other local surveys' figures beside a programme's measures, on the staff pages: listed, added
//! from a form and removed, each change through `app::comparators` with its audit entry.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};

use super::programme_access::find_programme;
use super::redirect::{html, see_other};
use super::staff_surveys::DoneQuery;
use crate::app::actor::Actor;
use crate::app::comparators;
use crate::auth::access::CurrentStaff;
use crate::db::comparators as stored_comparators;
use crate::domain::comparator::{self, ComparatorProblem, TypedComparator};
use crate::domain::ids::ComparatorId;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::comparator_pages::{self, ComparatorsView};

struct Shown<'a> {
    typed: &'a TypedComparator,
    problem: Option<ComparatorProblem>,
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
    let programme = find_programme(state, slug).await?;
    let id = programme.id;
    let comparators = state
        .db(move |connection| stored_comparators::for_programme(connection, id))
        .await?;
    let page = comparator_pages::render(&ComparatorsView {
        me: &staff.0,
        programme: &programme,
        comparators: &comparators,
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
        typed: &TypedComparator::default(),
        problem: None,
        done: query.done(),
        status: StatusCode::OK,
    };
    page(&state, &staff, &csrf_token, &slug, shown).await
}

pub async fn add(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let field = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    let typed = TypedComparator {
        measure: field("measure"),
        source: field("source"),
        year: field("year"),
        wording: field("wording"),
        share: field("share"),
        respondents: field("respondents"),
        link: field("link"),
    };
    let programme = find_programme(&state, &slug).await?;
    let items: Vec<_> = programme
        .measures
        .iter()
        .map(|measure| measure.item)
        .collect();
    match comparator::parse(&typed, &items) {
        Ok(figure) => {
            let actor = Actor::Staff(staff.0.id);
            let now = state.settings.clock.now();
            let for_programme = programme.clone();
            state
                .db(move |connection| {
                    comparators::add(connection, &for_programme, &figure, actor, now)
                })
                .await?;
            Ok(see_other(&format!(
                "/staff/programmes/{}/comparators?done=added",
                programme.slug
            )))
        }
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

pub async fn remove(
    state: Data<AppState>,
    staff: CurrentStaff,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let _form = form.into_fields();
    let (slug, id) = path.into_inner();
    let id = ComparatorId::parse(&id).map_err(|_| AppError::NotFound)?;
    let programme = find_programme(&state, &slug).await?;
    let actor = Actor::Staff(staff.0.id);
    let now = state.settings.clock.now();
    let for_programme = programme.clone();
    state
        .db(move |connection| comparators::remove(connection, &for_programme, id, actor, now))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(&format!(
        "/staff/programmes/{}/comparators?done=removed",
        programme.slug
    )))
}
