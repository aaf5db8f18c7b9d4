//! Demo data: the Be Supported waves of 2019 to 2022 with a few hundred synthetic responses each,
//! drifting between years the way real results do (see `distributions`), and some free text for moderation. As in real
//! life, only the published totals survive from 2019 and 2020; 2021 and 2022 keep their responses.

mod distributions;
mod planned_wave;
mod reports;
pub mod translations;
mod working_group;

pub use planned_wave::load as load_planned_wave;
pub use reports::load as load_reports;
pub use working_group::load as load_working_group;

use chrono::{Duration, NaiveDate};
use diesel::Connection;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::db::{AnyConnection, DbError, imported_totals, responses, surveys};
use crate::domain::answer::Answer;
use crate::domain::built_in_templates::be_supported;
use crate::domain::draft::DraftAnswers;
use crate::domain::ids::{ChannelTag, QuestionId};
use crate::domain::response::NewResponse;
use crate::domain::survey::{QuestionKind, ResponseFormat, Survey, SurveyStatus};
use crate::domain::totals_csv::ImportedTotal;
use crate::domain::wording::Language;
use distributions::Circumstances;

/// One demo wave: its year, the days it ran (month, day) and how many responded.
struct DemoWave {
    year: i32,
    opens: (u32, u32),
    closes: (u32, u32),
    responses: usize,
    /// Stored as published totals (`import aggregates`), not as responses.
    only_totals_survive: bool,
}

const WAVES: [DemoWave; 4] = [
    DemoWave {
        year: 2019,
        only_totals_survive: true,
        opens: (1, 28),
        closes: (2, 15),
        responses: 312,
    },
    DemoWave {
        year: 2020,
        only_totals_survive: true,
        opens: (3, 16),
        closes: (4, 17),
        responses: 268,
    },
    DemoWave {
        year: 2021,
        only_totals_survive: false,
        opens: (3, 15),
        closes: (4, 16),
        responses: 341,
    },
    DemoWave {
        year: 2022,
        only_totals_survive: false,
        opens: (3, 14),
        closes: (4, 15),
        responses: 389,
    },
];

/// The year the demo's measures start from.
const FIRST_DEMO_YEAR: i32 = 2019;

const FREE_TEXT: [&str; 14] = [
    "Having someone at school I can talk to without it being a big deal.",
    "More youth clubs that are open in the evenings and at weekends.",
    "Staff who actually listen instead of telling me what to do.",
    "Information on social media about where to get help, not just leaflets.",
    "Shorter waiting lists for mental health support.",
    "Being believed the first time I say something is wrong.",
    "Easy Read information with pictures, because long letters are hard for me.",
    "Seeing the same worker each time so I do not have to tell my story again.",
    "More support for young carers like me.",
    "Knowing that what I say will stay private.",
    "Cheaper buses so I can get to the places where there is support.",
    "Role models who have been through the same things as us.",
    "My teacher Mrs Patel at Banbury Academy really helped me, more teachers like her.",
    "Sometimes I do not feel safe at home and I do not know who to tell.",
];

/// One response in this many keeps its free-text answers, so the demo's moderation queue is a
/// morning's work rather than a week's. Thinning after generating keeps every number the same.
const FREE_TEXT_KEPT_ONE_IN: usize = 8;

fn keep_free_text_of_some(survey: &Survey, responses: &mut [NewResponse]) {
    let free_text: Vec<QuestionId> = survey
        .questions
        .iter()
        .filter(|question| question.kind == QuestionKind::FreeText)
        .map(|question| question.id)
        .collect();
    for (index, response) in responses.iter_mut().enumerate() {
        if index % FREE_TEXT_KEPT_ONE_IN != 0 {
            response
                .answers
                .retain(|answer| !free_text.contains(&answer.question_id));
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DemoLoaded {
    pub waves_created: usize,
    pub responses_created: usize,
}

/// Creates the demo waves that do not exist yet; running it again changes nothing.
pub fn load(connection: &mut AnyConnection) -> Result<DemoLoaded, DbError> {
    let mut loaded = DemoLoaded::default();
    for (
        index,
        DemoWave {
            year,
            opens,
            closes,
            responses: count,
            only_totals_survive,
        },
    ) in WAVES.into_iter().enumerate()
    {
        let mut survey = translations::translated(be_supported(year));
        if surveys::slug_exists(connection, &survey.slug)? {
            continue;
        }
        let is_latest = index == WAVES.len() - 1;
        survey.opens_on = NaiveDate::from_ymd_opt(year, opens.0, opens.1);
        // The latest wave stays open so the demo can be answered; it therefore has no closing date.
        survey.closes_on = if is_latest {
            None
        } else {
            NaiveDate::from_ymd_opt(year, closes.0, closes.1)
        };
        survey.status = if is_latest {
            SurveyStatus::Open
        } else {
            SurveyStatus::Closed
        };
        let first_day = survey.opens_on.expect("demo dates are valid");
        let last_day =
            NaiveDate::from_ymd_opt(year, closes.0, closes.1).expect("demo dates are valid");
        let mut rng = StdRng::seed_from_u64(year as u64);
        let mut generated: Vec<NewResponse> = (0..count)
            .map(|_| synthetic_response(&survey, first_day, last_day, &mut rng))
            .collect();
        keep_free_text_of_some(&survey, &mut generated);
        connection.transaction(|connection| {
            // Demo data is the same every time: a wave is "created" the morning it opened.
            let created_at = first_day.and_hms_opt(9, 0, 0).expect("a valid time");
            surveys::insert(connection, &survey, created_at)?;
            if only_totals_survive {
                imported_totals::replace(connection, survey.id, &totals_of(&survey, &generated))?;
            } else {
                responses::insert_many(connection, &survey, &generated)?;
            }
            Ok::<_, DbError>(())
        })?;
        loaded.waves_created += 1;
        if !only_totals_survive {
            loaded.responses_created += generated.len();
        }
    }
    Ok(loaded)
}

/// What a published report of the wave would have said: each answer's count, and how many
/// answered each choose-all question.
fn totals_of(survey: &Survey, generated: &[NewResponse]) -> Vec<ImportedTotal> {
    let mut totals = Vec::new();
    for question in survey.questions.iter().filter(|q| q.kind.has_options()) {
        for option in &question.options {
            let count = generated
                .iter()
                .flat_map(|response| &response.answers)
                .filter(|answer| {
                    answer.question_id == question.id
                        && answer.option_value.as_ref() == Some(&option.value)
                })
                .count();
            totals.push(ImportedTotal {
                question: question.id,
                option_value: Some(option.value.clone()),
                count: count as u64,
            });
        }
        if question.kind == QuestionKind::MultipleChoice {
            let answered = generated
                .iter()
                .filter(|response| {
                    response
                        .answers
                        .iter()
                        .any(|answer| answer.question_id == question.id)
                })
                .count();
            totals.push(ImportedTotal {
                question: question.id,
                option_value: None,
                count: answered as u64,
            });
        }
    }
    totals
}

fn synthetic_response(
    survey: &Survey,
    first_day: NaiveDate,
    last_day: NaiveDate,
    rng: &mut StdRng,
) -> NewResponse {
    let years_on = f64::from(survey.year - FIRST_DEMO_YEAR);
    let mut answers = DraftAnswers::default();
    // Who someone is comes first: it shapes how supported they feel.
    let mut who = Circumstances::default();
    let (about_them, the_rest): (Vec<_>, Vec<_>) =
        survey.questions.iter().partition(|q| q.is_demographic);
    for question in about_them.into_iter().chain(the_rest) {
        let answer = if rng.random_bool(0.04) {
            Answer::Skipped
        } else if question.kind == QuestionKind::FreeText {
            free_text(rng)
        } else {
            distributions::answer(question, years_on, who, rng).unwrap_or(Answer::Skipped)
        };
        who.note(question, &answer);
        answers.set(question, answer);
    }
    let format = if rng.random_bool(0.15) {
        ResponseFormat::EasyRead
    } else {
        ResponseFormat::Standard
    };
    let channels = [
        "",
        "",
        "cherwell-schools",
        "oxford-youth-clubs",
        "send-forum",
    ];
    let channel = channels
        .choose(rng)
        .and_then(|tag| ChannelTag::parse(tag).ok());
    let span = (last_day - first_day).num_days().max(0);
    let day = first_day + Duration::days(rng.random_range(0..=span));
    NewResponse::from_draft(survey, &answers, format, Language::english(), channel, day)
}

fn free_text(rng: &mut StdRng) -> Answer {
    if rng.random_bool(0.3) {
        Answer::Text {
            text: (*FREE_TEXT.choose(rng).expect("free text list")).to_owned(),
        }
    } else {
        Answer::Skipped
    }
}
