//! Editing and adding questions of a wave (analysts and admins). The rules live in
//! `domain::question_edit`; a refused form comes back with every problem on its field.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::staff_surveys::wave;
use crate::auth::access::CurrentStaff;
use crate::db::{DbError, programmes, responses, surveys};
use crate::domain::easy_read::lint_survey;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::OptionId;
use crate::domain::programme::Programme;
use crate::domain::question_edit::{EditContext, OptionDraft, QuestionDraft, apply};
use crate::domain::survey::{Question, Survey, SurveyStatus};
use crate::domain::symbols::SymbolLibrary;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::forms::FormFields;
use crate::web::views::question_editor_page::{self, EditorView};
use crate::web::views::survey_admin_pages::findings_for;

/// Most answer rows a form may send: more than any sensible question needs.
const MOST_OPTION_ROWS: usize = 30;

fn draft_from(form: &FormFields) -> Result<QuestionDraft, AppError> {
    form.require(&[
        "key",
        "kind",
        "text",
        "easy_read_text",
        "hint",
        "easy_read_hint",
        "symbol",
        "plan_item",
        "option_rows",
    ])?;
    let text = |name: &str| form.get(name).unwrap_or_default().to_owned();
    let ticked = |name: &str| form.get(name) == Some("yes");
    let rows: usize = form
        .get("option_rows")
        .unwrap_or("0")
        .parse()
        .map_err(|_| AppError::BadRequest("an answer count that is not a number".into()))?;
    if rows > MOST_OPTION_ROWS {
        return Err(AppError::BadRequest("too many answer rows".into()));
    }
    let mut options = Vec::with_capacity(rows);
    for n in 1..=rows {
        let name = |field: &str| format!("option-{n}-{field}");
        form.require(&[
            &name("value"),
            &name("label"),
            &name("easy_read_label"),
            &name("symbol"),
        ])?;
        let id = match form.get(&name("id")) {
            None | Some("") => None,
            Some(id) => Some(
                OptionId::parse(id)
                    .map_err(|_| AppError::BadRequest("an answer id that cannot be read".into()))?,
            ),
        };
        options.push(OptionDraft {
            id,
            value: text(&name("value")),
            label: text(&name("label")),
            easy_read_label: text(&name("easy_read_label")),
            symbol: text(&name("symbol")),
            positive: ticked(&name("positive")),
            excludes_others: ticked(&name("excludes_others")),
            remove: ticked(&name("remove")),
        });
    }
    Ok(QuestionDraft {
        key: text("key"),
        kind: text("kind"),
        text: text("text"),
        easy_read_text: text("easy_read_text"),
        hint: text("hint"),
        easy_read_hint: text("easy_read_hint"),
        symbol: text("symbol"),
        plan_item: text("plan_item"),
        demographic: ticked("demographic"),
        options,
        // Optional, and newer than the form: a form sent without it has no video.
        sign_video: text("sign_video"),
    })
}

/// Whether answers may be saved under the wave's keys: it has responses, or it has been open (a
/// young person's draft holds answers by key, so a renamed key would orphan them).
/// The programme a wave belongs to, whose plan items its questions can be filed under.
async fn programme_of(state: &AppState, survey: &Survey) -> Result<Programme, AppError> {
    let (id, wave) = (survey.programme, survey.id);
    Ok(state
        .db(move |connection| {
            programmes::find(connection, id)?
                .ok_or_else(|| DbError::Corrupt(format!("wave {wave} has no programme")))
        })
        .await?)
}

async fn answers_held(state: &AppState, survey: &Survey) -> Result<bool, AppError> {
    if survey.status != SurveyStatus::Draft {
        return Ok(true);
    }
    let id = survey.id;
    Ok(state
        .db(move |connection| responses::count_for_survey(connection, id))
        .await?
        > 0)
}

struct Page<'a> {
    survey: &'a Survey,
    programme: &'a Programme,
    symbols: &'a SymbolLibrary,
    number: Option<usize>,
    action: &'a str,
    draft: &'a QuestionDraft,
    problems: &'a [FieldProblem],
    answers_held: bool,
    notice: Option<&'a str>,
}

fn render(
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    page: &Page<'_>,
    status: StatusCode,
) -> HttpResponse {
    let report = lint_survey(page.survey, page.symbols);
    let findings = findings_for(&report.findings, page.draft.key.trim());
    html(
        status,
        question_editor_page::editor(&EditorView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            survey: page.survey,
            programme: page.programme,
            number: page.number,
            action: page.action,
            draft: page.draft,
            problems: page.problems,
            // Only about what is saved: unsaved wording has not been checked yet.
            findings: if page.problems.is_empty() && page.number.is_some() {
                &findings
            } else {
                &[]
            },
            answers_held: page.answers_held,
            symbols: page.symbols,
            notice: page.notice,
        }),
    )
}

fn find_question<'a>(survey: &'a Survey, key: &str) -> Result<(usize, &'a Question), AppError> {
    survey
        .questions
        .iter()
        .enumerate()
        .find(|(_, question)| question.key.as_str() == key)
        .map(|(index, question)| (index + 1, question))
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct SavedQuery {
    done: Option<String>,
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    path: Path<(String, String)>,
    query: Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let survey = wave(&state, &slug).await?;
    let symbols = state.symbol_library().await?;
    let programme = programme_of(&state, &survey).await?;
    let (number, question) = find_question(&survey, &key)?;
    let action = format!("/staff/surveys/{}/questions/{}", survey.slug, question.key);
    let draft = QuestionDraft::of(question);
    let answers_held = answers_held(&state, &survey).await?;
    let notice = (query.done.as_deref() == Some("saved")).then_some("staff-editor-done-saved");
    Ok(render(
        &staff,
        &csrf_token,
        &Page {
            survey: &survey,
            programme: &programme,
            symbols: &symbols,
            number: Some(number),
            action: &action,
            draft: &draft,
            problems: &[],
            answers_held,
            notice,
        },
        StatusCode::OK,
    ))
}

pub async fn save(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let survey = wave(&state, &slug).await?;
    let (number, before) = find_question(&survey, &key)?;
    let before = before.clone();
    store_draft(
        &state,
        &staff,
        &csrf_token,
        &survey,
        Some((number, &before)),
        &form.into_fields(),
    )
    .await
}

/// Checks the form against the wave and stores the question (edited when `editing` names it,
/// otherwise added at the end), or shows the form again with every problem.
async fn store_draft(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    survey: &Survey,
    editing: Option<(usize, &Question)>,
    form: &FormFields,
) -> Result<HttpResponse, AppError> {
    let symbols = state.symbol_library().await?;
    let programme = programme_of(state, survey).await?;
    let draft = draft_from(form)?;
    let answers_held = answers_held(state, survey).await?;
    let before = editing.map(|(_, question)| question);
    let others: Vec<Question> = survey
        .questions
        .iter()
        .filter(|question| before.is_none_or(|before| question.id != before.id))
        .cloned()
        .collect();
    let checked = apply(
        &draft,
        &EditContext {
            before,
            others: &others,
            answers_held,
            symbols: &symbols,
            programme: &programme,
        },
    );
    let action = match before {
        Some(before) => format!("/staff/surveys/{}/questions/{}", survey.slug, before.key),
        None => format!("/staff/surveys/{}/questions/new", survey.slug),
    };
    match checked {
        Err(problems) => Ok(render(
            staff,
            csrf_token,
            &Page {
                survey,
                programme: &programme,
                symbols: &symbols,
                number: editing.map(|(number, _)| number),
                action: &action,
                draft: &draft,
                problems: &problems,
                answers_held,
                notice: None,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        Ok(question) => {
            let survey_id = survey.id;
            let target = format!(
                "/staff/surveys/{}/questions/{}?done=saved",
                survey.slug, question.key
            );
            let adding = editing.is_none();
            state
                .db(move |connection| {
                    if adding {
                        surveys::add_question(connection, survey_id, &question)
                    } else {
                        surveys::update_question(connection, survey_id, &question)
                    }
                })
                .await?;
            Ok(see_other(&target))
        }
    }
}

pub async fn show_new(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    let symbols = state.symbol_library().await?;
    let programme = programme_of(&state, &survey).await?;
    let action = format!("/staff/surveys/{}/questions/new", survey.slug);
    Ok(render(
        &staff,
        &csrf_token,
        &Page {
            survey: &survey,
            programme: &programme,
            symbols: &symbols,
            number: None,
            action: &action,
            draft: &QuestionDraft::default(),
            problems: &[],
            answers_held: false,
            notice: None,
        },
        StatusCode::OK,
    ))
}

pub async fn add(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    store_draft(
        &state,
        &staff,
        &csrf_token,
        &survey,
        None,
        &form.into_fields(),
    )
    .await
}
