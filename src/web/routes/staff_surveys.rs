//! Waves for the team (analysts and admins): list by programme, start (from a template or a copy), overview,
//! open/close/reopen, question order, and previews exactly as young people see them.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use crate::app::actor::Actor;
use crate::app::surveys::{
    self as app_surveys, EasyReadConsent, StatusChangeError, WaveSetupError, WaveStart,
};
use crate::auth::access::CurrentStaff;
use crate::db::{DbError, programmes, responses, surveys};
use crate::domain::built_in_templates;
use crate::domain::easy_read::lint_survey;
use crate::domain::field_problem::FieldProblem;
use crate::domain::ids::Slug;
use crate::domain::programme::Programme;
use crate::domain::survey::{ResponseFormat, Survey, SurveyStatus};
use crate::domain::wave_setup::check_new_wave;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::question_page::{self, Prefill, Preview, QuestionView};
use crate::web::views::survey_admin_pages::{
    self, NewWaveForm, OverviewView, ProgrammeWaves, StartingPoints, WaveRow,
};

pub async fn list(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let (programmes, waves) = state
        .db(|connection| {
            let waves = surveys::list(connection)?
                .into_iter()
                .map(|survey| {
                    let count = responses::count_for_survey(connection, survey.id)?;
                    Ok((survey, count))
                })
                .collect::<Result<Vec<_>, DbError>>()?;
            Ok::<_, DbError>((programmes::list(connection)?, waves))
        })
        .await?;
    let groups: Vec<ProgrammeWaves<'_>> = programmes
        .iter()
        .map(|programme| ProgrammeWaves {
            programme,
            waves: waves
                .iter()
                .filter(|(survey, _)| survey.programme == programme.id)
                .map(|(survey, responses)| WaveRow {
                    survey,
                    responses: *responses,
                })
                .collect(),
        })
        .collect();
    Ok(html(
        StatusCode::OK,
        survey_admin_pages::list(&staff.0, &groups, csrf_token.value()),
    ))
}

/// Every wave with its programme's name, and the programmes, for the new-wave form.
async fn waves_and_programmes(state: &AppState) -> Result<(Vec<Survey>, Vec<Programme>), AppError> {
    Ok(state
        .db(|connection| {
            Ok::<_, DbError>((surveys::list(connection)?, programmes::list(connection)?))
        })
        .await?)
}

fn starting_points<'a>(waves: &'a [Survey], programmes: &'a [Programme]) -> StartingPoints<'a> {
    StartingPoints {
        copies: waves
            .iter()
            .map(|wave| {
                let programme = programmes
                    .iter()
                    .find(|programme| programme.id == wave.programme)
                    .map_or("", |programme| programme.name.as_str());
                (wave, programme)
            })
            .collect(),
        templates: built_in_templates::all(),
    }
}

pub async fn show_new(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let (waves, programmes) = waves_and_programmes(&state).await?;
    let form = NewWaveForm {
        start_from: waves.first().map_or_else(
            || format!("template:{}", built_in_templates::BE_SUPPORTED),
            |wave| format!("copy:{}", wave.slug),
        ),
        ..NewWaveForm::default()
    };
    Ok(html(
        StatusCode::OK,
        survey_admin_pages::new_wave(
            &staff.0,
            &starting_points(&waves, &programmes),
            &form,
            &[],
            csrf_token.value(),
        ),
    ))
}

pub async fn create(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let text = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    let form = NewWaveForm {
        start_from: text("start_from"),
        slug: text("slug"),
        title: text("title"),
        year: text("year"),
        opens_on: text("opens_on"),
        closes_on: text("closes_on"),
    };
    let (waves, programmes) = waves_and_programmes(&state).await?;
    let starting_points = starting_points(&waves, &programmes);
    let mut problems = Vec::new();
    let chosen = form.start_from.as_str();
    let copy_of = chosen
        .strip_prefix("copy:")
        .and_then(|slug| waves.iter().find(|wave| wave.slug.as_str() == slug))
        .map(|wave| WaveStart::CopyOf(wave.slug.clone()));
    let template = chosen
        .strip_prefix("template:")
        .and_then(built_in_templates::named)
        .map(|template| WaveStart::Template(Box::new(template.clone())));
    let start = copy_of.or(template);
    if start.is_none() {
        problems.push(FieldProblem::new(
            "start_from",
            "staff-problem-wave-start-from",
        ));
    }
    let details = check_new_wave(
        &form.slug,
        &form.title,
        &form.year,
        &form.opens_on,
        &form.closes_on,
    );
    let (details, start) = match (details, start) {
        (Ok(details), Some(start)) => (details, start),
        (Ok(_), None) => return refuse(&staff, &starting_points, &form, &problems, &csrf_token),
        (Err(found), _) => {
            problems.extend(found);
            return refuse(&staff, &starting_points, &form, &problems, &csrf_token);
        }
    };
    let slug = details.slug.clone();
    let now = state.settings.clock.now();
    let created = state
        .run(move |connection| {
            app_surveys::create(connection, &details, &start, SurveyStatus::Draft, now)
        })
        .await;
    match created {
        Ok(_) => {}
        Err(WaveSetupError::SlugTaken(_)) => {
            let taken = [FieldProblem::new("slug", "staff-problem-wave-slug-taken")];
            return refuse(&staff, &starting_points, &form, &taken, &csrf_token);
        }
        // Deleted by someone else between the form and now: choose again.
        Err(WaveSetupError::NoSuchWave(_)) => {
            let gone = [FieldProblem::new(
                "start_from",
                "staff-problem-wave-start-from",
            )];
            return refuse(&staff, &starting_points, &form, &gone, &csrf_token);
        }
        Err(WaveSetupError::Db(error)) => return Err(error.into()),
    }
    Ok(see_other(&format!("/staff/surveys/{slug}?done=created")))
}

fn refuse(
    staff: &CurrentStaff,
    starting_points: &StartingPoints<'_>,
    form: &NewWaveForm,
    problems: &[FieldProblem],
    csrf_token: &CsrfToken,
) -> Result<HttpResponse, AppError> {
    Ok(html(
        StatusCode::UNPROCESSABLE_ENTITY,
        survey_admin_pages::new_wave(
            &staff.0,
            starting_points,
            form,
            problems,
            csrf_token.value(),
        ),
    ))
}

/// The wave a staff path names, or "not found": through the survey cache, as young people's
/// pages read it, so staff see the same assembled survey.
pub async fn wave(state: &AppState, slug: &str) -> Result<Survey, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let cache = state.surveys.clone();
    state
        .db(move |connection| cache.find_by_slug(connection, &slug))
        .await?
        .map(std::sync::Arc::unwrap_or_clone)
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

impl DoneQuery {
    /// What was just done, e.g. `saved`, when a page is shown after a change.
    pub fn done(&self) -> Option<&str> {
        self.done.as_deref()
    }
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "created" => Some("staff-waves-done-created"),
        "opened" => Some("staff-waves-done-opened"),
        "closed" => Some("staff-waves-done-closed"),
        "saved" => Some("staff-waves-done-saved"),
        "added" => Some("staff-waves-done-added"),
        "moved" => Some("staff-waves-done-moved"),
        "details" => Some("staff-waves-done-details"),
        _ => None,
    }
}

pub async fn overview(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    let (id, programme) = (survey.id, survey.programme);
    let (responses, programme) = state
        .db(move |connection| {
            let responses = responses::count_for_survey(connection, id)?;
            let programme = programmes::find(connection, programme)?
                .ok_or_else(|| DbError::Corrupt(format!("wave {id} has no programme")))?;
            Ok::<_, DbError>((responses, programme))
        })
        .await?;
    let report = lint_survey(&survey, &state.symbol_library().await?);
    Ok(html(
        StatusCode::OK,
        survey_admin_pages::overview(&OverviewView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            survey: &survey,
            programme: &programme,
            responses,
            findings: &report.findings,
            notice: notice(query.done.as_deref()),
        }),
    ))
}

fn details_form(survey: &Survey) -> NewWaveForm {
    let day = |day: Option<chrono::NaiveDate>| day.map(|day| day.to_string()).unwrap_or_default();
    NewWaveForm {
        title: survey.title.clone(),
        year: survey.year.to_string(),
        opens_on: day(survey.opens_on),
        closes_on: day(survey.closes_on),
        ..NewWaveForm::default()
    }
}

pub async fn show_details(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    Ok(html(
        StatusCode::OK,
        survey_admin_pages::details(
            &staff.0,
            &survey,
            &details_form(&survey),
            &[],
            csrf_token.value(),
        ),
    ))
}

pub async fn save_details(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    fields.require(&["title", "year", "opens_on", "closes_on"])?;
    let survey = wave(&state, &slug).await?;
    let text = |name: &str| fields.get(name).unwrap_or_default().to_owned();
    let form = NewWaveForm {
        title: text("title"),
        year: text("year"),
        opens_on: text("opens_on"),
        closes_on: text("closes_on"),
        ..NewWaveForm::default()
    };
    let checked = check_new_wave(
        survey.slug.as_str(),
        &form.title,
        &form.year,
        &form.opens_on,
        &form.closes_on,
    );
    match checked {
        Err(problems) => Ok(html(
            StatusCode::UNPROCESSABLE_ENTITY,
            survey_admin_pages::details(&staff.0, &survey, &form, &problems, csrf_token.value()),
        )),
        Ok(details) => {
            let id = survey.id;
            state
                .db(move |connection| surveys::update_details(connection, id, &details))
                .await?;
            Ok(see_other(&format!(
                "/staff/surveys/{}?done=details",
                survey.slug
            )))
        }
    }
}

pub async fn change_status(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let slug = Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let slug_text = slug.to_string();
    let actor = Actor::Staff(staff.0.id);
    let now = state.settings.clock.now();
    let (changed, done) = match fields.get("action") {
        Some("open") => {
            let symbols = state.symbol_library().await?;
            // The number of problems the person was shown and chose to accept, if any.
            let consent = match fields.get("accept_easy_read_problems") {
                None => EasyReadConsent::NotGiven,
                Some(count) => count
                    .parse()
                    .map(EasyReadConsent::Accepted)
                    .map_err(|_| AppError::BadRequest("a count that is not a number".into()))?,
            };
            let opened = state
                .run(move |connection| {
                    app_surveys::open(connection, &slug, &symbols, consent, actor, now)
                })
                .await;
            (opened, "opened")
        }
        Some("close") => {
            let closed = state
                .run(move |connection| app_surveys::close(connection, &slug, actor, now))
                .await;
            (closed, "closed")
        }
        _ => return Err(AppError::BadRequest("an unknown change of status".into())),
    };
    match changed {
        Ok(survey) => Ok(see_other(&format!(
            "/staff/surveys/{}?done={done}",
            survey.slug
        ))),
        Err(StatusChangeError::EasyReadProblems { survey, report }) => Ok(html(
            StatusCode::CONFLICT,
            survey_admin_pages::confirm_open(&staff.0, &survey, &report, csrf_token.value()),
        )),
        Err(StatusChangeError::TranslationGaps { language, missing }) => Ok(html(
            StatusCode::CONFLICT,
            survey_admin_pages::cannot_open_half_translated(
                &staff.0,
                slug_text.as_str(),
                language.as_str(),
                &missing,
                csrf_token.value(),
            ),
        )),
        Err(StatusChangeError::Db(error)) => Err(AppError::Database(error)),
        Err(StatusChangeError::NoSuchWave(_)) => Err(AppError::NotFound),
    }
}

pub async fn move_question(
    state: Data<AppState>,
    path: Path<(String, String)>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_fields();
    let earlier = match fields.get("direction") {
        Some("up") => true,
        Some("down") => false,
        _ => return Err(AppError::BadRequest("an unknown direction".into())),
    };
    let (slug, key) = path.into_inner();
    let survey = wave(&state, &slug).await?;
    let question = survey
        .questions
        .iter()
        .find(|question| question.key.as_str() == key)
        .ok_or(AppError::NotFound)?
        .id;
    let target = survey.slug.clone();
    state
        .db(move |connection| surveys::move_question(connection, &survey, question, earlier))
        .await?;
    Ok(see_other(&format!("/staff/surveys/{target}?done=moved")))
}

#[derive(Deserialize)]
pub struct PreviewQuery {
    format: Option<String>,
}

pub async fn preview(
    state: Data<AppState>,
    csrf_token: CsrfToken,
    path: Path<(String, usize)>,
    query: Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, number) = path.into_inner();
    let survey = wave(&state, &slug).await?;
    let question = survey.question_number(number).ok_or(AppError::NotFound)?;
    let format = match query.format.as_deref() {
        Some(text) => ResponseFormat::parse(text)
            .map_err(|_| AppError::BadRequest("an unknown format".into()))?,
        None => ResponseFormat::Standard,
    };
    let base = format!("/staff/surveys/{}", survey.slug);
    let with_format = |number: usize, format: ResponseFormat| match format {
        ResponseFormat::Standard => format!("{base}/preview/{number}"),
        ResponseFormat::EasyRead => format!("{base}/preview/{number}?format=easy_read"),
    };
    let next_href = if number < survey.questions.len() {
        format!("{base}/preview/{}", number + 1)
    } else {
        base.clone()
    };
    let other = match format {
        ResponseFormat::Standard => ResponseFormat::EasyRead,
        ResponseFormat::EasyRead => ResponseFormat::Standard,
    };
    let other_format_href = with_format(number, other);
    let back_href = if number > 1 {
        with_format(number - 1, format)
    } else {
        base.clone()
    };
    let page = question_page::render(&QuestionView {
        survey: &survey,
        question,
        number,
        format,
        prefill: Prefill::from_answer(None),
        problem: None,
        back_href,
        returning_to_check: false,
        csrf_token: csrf_token.value(),
        preview: Some(Preview {
            wave_href: &base,
            next_href: &next_href,
            other_format_href: &other_format_href,
        }),
    });
    Ok(html(StatusCode::OK, page))
}
