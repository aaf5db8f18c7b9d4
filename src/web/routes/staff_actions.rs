//! A programme's actions register on the staff pages: listed by status, added, edited and moved
//! on, each change through `app::tracked_actions` with its audit entry.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};

use super::programme_access::find_programme;
use super::redirect::{html, see_other};
use super::staff_surveys::DoneQuery;
use crate::app::actor::Actor;
use crate::app::tracked_actions;
use crate::auth::access::CurrentStaff;
use crate::db::tracked_actions as stored_actions;
use crate::db::{action_owners, board_updates, surveys};
use crate::domain::action_owner::ActionOwner;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::{ActionId, SurveyId};
use crate::domain::programme::Programme;
use crate::domain::survey::Survey;
use crate::domain::tracked_action::{
    self, ActionWords, Choices, StatusChange, TrackedAction, TypedAction,
};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::views::action_pages::{
    self, ActionView, BoardUpdateState, RegisterContext, RegisterView, typed_from,
};

/// Everything the register's pages are drawn from.
pub(super) struct Register {
    pub programme: Programme,
    /// The programme's waves, newest first.
    pub waves: Vec<Survey>,
    pub owners: Vec<ActionOwner>,
    pub actions: Vec<TrackedAction>,
    pub last_board_update: Option<chrono::NaiveDateTime>,
}

pub(super) async fn load_register(state: &AppState, slug: &str) -> Result<Register, AppError> {
    let programme = find_programme(state, slug).await?;
    let id = programme.id;
    let (waves, owners, actions, last_board_update) = state
        .db(move |connection| {
            let waves = surveys::list_of_programme(connection, id)?;
            let ids: Vec<SurveyId> = waves.iter().map(|wave| wave.id).collect();
            let actions = stored_actions::for_surveys(connection, &ids)?;
            let last_board_update = board_updates::last_sent(connection, id)?;
            Ok((
                waves,
                action_owners::list(connection)?,
                actions,
                last_board_update,
            ))
        })
        .await?;
    Ok(Register {
        programme,
        waves,
        owners,
        actions,
        last_board_update,
    })
}

fn context<'a>(
    register: &'a Register,
    staff: &'a CurrentStaff,
    csrf_token: &'a CsrfToken,
    state: &AppState,
) -> RegisterContext<'a> {
    RegisterContext {
        me: &staff.0,
        csrf_token: csrf_token.value(),
        programme: &register.programme,
        waves: &register.waves,
        owners: &register.owners,
        today: state.settings.clock.now().date(),
    }
}

fn typed_action(fields: &FormFields) -> TypedAction {
    let field = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    TypedAction {
        wave: field("wave"),
        words: ActionWords {
            you_said: field("you_said"),
            you_said_easy_read: field("you_said_easy_read"),
            we_do: field("we_do"),
            we_do_easy_read: field("we_do_easy_read"),
        },
        measures: fields.get_all("measures"),
        owner: field("owner"),
        due_on: field("due_on"),
    }
}

fn parsed(
    register: &Register,
    typed: &TypedAction,
) -> Result<tracked_action::ActionDraft, Vec<FieldProblem>> {
    let waves: Vec<SurveyId> = register.waves.iter().map(|wave| wave.id).collect();
    let measures: Vec<_> = register.programme.plan_items().collect();
    let owners: Vec<_> = register.owners.iter().map(|owner| owner.id).collect();
    tracked_action::parse(
        typed,
        &Choices {
            waves: &waves,
            measures: &measures,
            owners: &owners,
        },
    )
}

fn register_page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    register: &Register,
    form: (&TypedAction, &[FieldProblem]),
    done: Option<&str>,
) -> HttpResponse {
    let (typed, problems) = form;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    html(
        status,
        action_pages::register(&RegisterView {
            context: context(register, staff, csrf_token, state),
            actions: &register.actions,
            typed,
            problems,
            done,
            board: BoardUpdateState {
                ready: register
                    .waves
                    .iter()
                    .any(|wave| !wave.status.results_are_provisional()),
                board_list_size: state.settings.board_emails.len(),
                last_sent: register.last_board_update,
            },
        }),
    )
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let register = load_register(&state, &slug).await?;
    // A new action most often answers the latest wave.
    let typed = TypedAction {
        wave: register
            .waves
            .first()
            .map(|wave| wave.id.to_string())
            .unwrap_or_default(),
        ..TypedAction::default()
    };
    Ok(register_page(
        &state,
        &staff,
        &csrf_token,
        &register,
        (&typed, &[]),
        query.done(),
    ))
}

pub async fn add(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let typed = typed_action(&form.into_fields());
    let register = load_register(&state, &slug).await?;
    match parsed(&register, &typed) {
        Err(problems) => Ok(register_page(
            &state,
            &staff,
            &csrf_token,
            &register,
            (&typed, &problems),
            None,
        )),
        Ok(draft) => {
            let actor = Actor::Staff(staff.0.id);
            let now = state.settings.clock.now();
            let added = state
                .db(move |connection| tracked_actions::add(connection, &draft, actor, now))
                .await?;
            Ok(see_other(&format!(
                "/staff/programmes/{}/actions/{}?done=added",
                register.programme.slug, added.id
            )))
        }
    }
}

/// The action a path names, if it answers one of the programme's waves.
fn action_in<'a>(register: &'a Register, id: &str) -> Result<&'a TrackedAction, AppError> {
    let id = ActionId::parse(id).map_err(|_| AppError::NotFound)?;
    register
        .actions
        .iter()
        .find(|action| action.id == id)
        .ok_or(AppError::NotFound)
}

struct ActionForms<'a> {
    typed: Option<&'a TypedAction>,
    problems: &'a [FieldProblem],
    typed_status: Option<(&'a str, &'a str)>,
    status_problems: &'a [FieldProblem],
    done: Option<&'a str>,
}

async fn action_page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    register: &Register,
    action: &TrackedAction,
    forms: ActionForms<'_>,
) -> Result<HttpResponse, AppError> {
    let id = action.id;
    let history: Vec<StatusChange> = state
        .db(move |connection| stored_actions::changes_since(connection, &[id], None))
        .await?;
    let saved = typed_from(action);
    let status = if forms.problems.is_empty() && forms.status_problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(html(
        status,
        action_pages::action_page(&ActionView {
            context: context(register, staff, csrf_token, state),
            action,
            history: &history,
            typed: forms.typed.unwrap_or(&saved),
            problems: forms.problems,
            typed_status: forms
                .typed_status
                .unwrap_or((action.status.code(), &action.status_note)),
            status_problems: forms.status_problems,
            done: forms.done,
        }),
    ))
}

pub async fn show_action(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    path: Path<(String, String)>,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let register = load_register(&state, &slug).await?;
    let action = action_in(&register, &id)?;
    let forms = ActionForms {
        typed: None,
        problems: &[],
        typed_status: None,
        status_problems: &[],
        done: query.done(),
    };
    action_page(&state, &staff, &csrf_token, &register, action, forms).await
}

pub async fn edit(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let typed = typed_action(&form.into_fields());
    let register = load_register(&state, &slug).await?;
    let action = action_in(&register, &id)?;
    match parsed(&register, &typed) {
        Err(problems) => {
            let forms = ActionForms {
                typed: Some(&typed),
                problems: &problems,
                typed_status: None,
                status_problems: &[],
                done: None,
            };
            action_page(&state, &staff, &csrf_token, &register, action, forms).await
        }
        Ok(draft) => {
            let (id, actor, now) = (
                action.id,
                Actor::Staff(staff.0.id),
                state.settings.clock.now(),
            );
            state
                .db(move |connection| tracked_actions::edit(connection, id, &draft, actor, now))
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(see_other(&format!(
                "/staff/programmes/{}/actions/{id}?done=saved",
                register.programme.slug
            )))
        }
    }
}

pub async fn change_status(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let fields = form.into_fields();
    let (status, note) = (
        fields.get("status").unwrap_or_default().to_owned(),
        fields.get("note").unwrap_or_default().to_owned(),
    );
    let register = load_register(&state, &slug).await?;
    let action = action_in(&register, &id)?;
    match tracked_action::parse_status(&status, &note) {
        Err(problems) => {
            let forms = ActionForms {
                typed: None,
                problems: &[],
                typed_status: Some((&status, &note)),
                status_problems: &problems,
                done: None,
            };
            action_page(&state, &staff, &csrf_token, &register, action, forms).await
        }
        Ok(new_status) => {
            let (id, actor, now) = (
                action.id,
                Actor::Staff(staff.0.id),
                state.settings.clock.now(),
            );
            state
                .db(move |connection| {
                    tracked_actions::change_status(connection, id, &new_status, actor, now)
                })
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(see_other(&format!(
                "/staff/programmes/{}/actions/{id}?done=status",
                register.programme.slug
            )))
        }
    }
}
