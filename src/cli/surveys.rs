//! Survey commands: create a wave (from the template or as a copy), list its questions, check its
//! Easy Read wording, open and close it.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::args::SurveyCommand;
use super::{CliError, connection, find_survey, parse_slug};
use crate::app::actor::Actor;
use crate::app::surveys::{self, EasyReadConsent, StatusChangeError, WaveSetupError, WaveStart};
use crate::catalogue::staff_words::StaffWords;
use crate::db::{self, DbPool};
use crate::domain::programme::changed_positives;
use crate::domain::survey::{Survey, SurveyStatus};
use crate::domain::symbols::SymbolLibrary;
use crate::domain::template::Template;
use crate::domain::{built_in_templates, easy_read, wave_setup};

pub(super) fn run(
    pool: &DbPool,
    command: SurveyCommand,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    let mut connection = connection(pool)?;
    match command {
        SurveyCommand::New {
            programme,
            template,
            slug,
            title,
            year,
            opens_on,
            closes_on,
            open,
        } => {
            let symbols = symbol_library(&mut connection)?;
            let template = chosen_template(programme.as_deref(), template.as_deref(), &symbols)?;
            let details = new_wave_details("--slug", &slug, &title, year, opens_on, closes_on)?;
            let status = if open {
                SurveyStatus::Open
            } else {
                SurveyStatus::Draft
            };
            create(
                &mut connection,
                &details,
                &WaveStart::Template(Box::new(template)),
                status,
                now,
            )
        }
        SurveyCommand::Copy {
            from,
            to,
            title,
            year,
            opens_on,
            closes_on,
        } => {
            let from = parse_slug(&from)?;
            let details = new_wave_details("--to", &to, &title, year, opens_on, closes_on)?;
            let start = WaveStart::CopyOf(from);
            create(&mut connection, &details, &start, SurveyStatus::Draft, now)
        }
        SurveyCommand::Questions { survey } => {
            let survey = find_survey(&mut connection, &survey)?;
            write_questions_csv(&survey, std::io::stdout().lock())
        }
        SurveyCommand::Lint { survey } => {
            let survey = find_survey(&mut connection, &survey)?;
            let symbols = symbol_library(&mut connection)?;
            print_changed_positives(&mut connection, &survey)?;
            print_easy_read_lint(&survey, &symbols)
        }
        SurveyCommand::Open {
            survey,
            accept_easy_read_problems,
        } => {
            let symbols = symbol_library(&mut connection)?;
            let consent = accept_easy_read_problems
                .map_or(EasyReadConsent::NotGiven, EasyReadConsent::Accepted);
            let slug = parse_slug(&survey)?;
            match surveys::open(
                &mut connection,
                &slug,
                &symbols,
                consent,
                Actor::CommandLine,
                now,
            ) {
                Ok(survey) => {
                    println!("{} is now open.", survey.slug);
                    Ok(())
                }
                Err(StatusChangeError::EasyReadProblems { survey, report }) => {
                    print_lint_findings(&report);
                    Err(CliError::Usage(format!(
                        "{} is still {}: its Easy Read version has {} problem{} (listed above). \
                         Fix them, or open it anyway with --accept-easy-read-problems {}",
                        survey.slug,
                        survey.status.as_str(),
                        report.problem_count(),
                        if report.problem_count() == 1 { "" } else { "s" },
                        report.problem_count()
                    )))
                }
                Err(error) => Err(status_error(error)),
            }
        }
        SurveyCommand::Close { survey } => {
            let slug = parse_slug(&survey)?;
            let survey = surveys::close(&mut connection, &slug, Actor::CommandLine, now)
                .map_err(status_error)?;
            println!("{} is now closed.", survey.slug);
            Ok(())
        }
        SurveyCommand::Translation { command } => {
            super::translations::run(&mut connection, command, now)
        }
    }
}

/// The new-wave details, checked as the web form checks them, every problem on its own line.
fn new_wave_details(
    slug_flag: &str,
    slug: &str,
    title: &str,
    year: i32,
    opens_on: Option<NaiveDate>,
    closes_on: Option<NaiveDate>,
) -> Result<wave_setup::NewWave, CliError> {
    let date = |day: Option<NaiveDate>| day.map(|day| day.to_string()).unwrap_or_default();
    wave_setup::check_new_wave(
        slug,
        title,
        &year.to_string(),
        &date(opens_on),
        &date(closes_on),
    )
    .map_err(|problems| {
        let flag = |field: &str| match field {
            "slug" => slug_flag.to_owned(),
            other => format!("--{}", other.replace('_', "-")),
        };
        let lines: Vec<String> = problems
            .iter()
            .map(|problem| {
                let message = StaffWords.message(&problem.message);
                format!("{}: {message}", flag(&problem.field))
            })
            .collect();
        CliError::Usage(lines.join("\n"))
    })
}

/// The template a new wave starts from: a programme's built-in one, or the team's own file.
fn chosen_template(
    programme: Option<&str>,
    file: Option<&Path>,
    symbols: &SymbolLibrary,
) -> Result<Template, CliError> {
    let built_in_name = file
        .filter(|path| !path.exists())
        .and_then(|path| path.to_str());
    if let Some(path) = file.filter(|_| built_in_name.is_none()) {
        let text = std::fs::read_to_string(path).map_err(|error| {
            CliError::Usage(format!(
                "cannot read the template {}: {error}",
                path.display()
            ))
        })?;
        return Template::parse(&text, symbols)
            .map_err(|error| CliError::Usage(format!("{}: {error}", path.display())));
    }
    let name = programme
        .or(built_in_name)
        .unwrap_or(built_in_templates::BE_SUPPORTED);
    built_in_templates::named(name).cloned().ok_or_else(|| {
        let known: Vec<&str> = built_in_templates::all()
            .iter()
            .map(|template| template.name().as_str())
            .collect();
        CliError::Usage(format!(
            "no built-in programme or template file called {name:?}; choose one of {}, or give your own --template FILE",
            known.join(", ")
        ))
    })
}

fn create(
    connection: &mut db::AnyConnection,
    details: &wave_setup::NewWave,
    start: &WaveStart,
    status: SurveyStatus,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    let survey = surveys::create(connection, details, start, status, now).map_err(setup_error)?;
    println!(
        "Created {} ({}) with {} questions, status {}.",
        survey.slug,
        survey.title,
        survey.questions.len(),
        survey.status.as_str()
    );
    Ok(())
}

fn setup_error(error: WaveSetupError) -> CliError {
    match error {
        WaveSetupError::Db(error) => CliError::Database(error),
        refused => CliError::Usage(refused.to_string()),
    }
}

/// The built-in symbols and those the team uploaded.
fn symbol_library(connection: &mut db::AnyConnection) -> Result<SymbolLibrary, CliError> {
    let uploaded = db::uploaded_symbols::records(connection)?;
    Ok(crate::assets::built_in_symbols().with(uploaded))
}

fn status_error(error: StatusChangeError) -> CliError {
    match error {
        StatusChangeError::Db(error) => CliError::Database(error),
        refused => CliError::Usage(refused.to_string()),
    }
}

fn print_lint_findings(report: &easy_read::LintReport) {
    for finding in &report.findings {
        println!(
            "{}: {}\n    \u{201c}{}\u{201d}",
            StaffWords.message(&finding.place.message()),
            StaffWords.message(&finding.rule.message()),
            finding.text
        );
    }
    println!(
        "Flesch\u{2013}Kincaid grade of all the Easy Read text: {:.1} (aim for {:.0} or below)",
        report.grade,
        easy_read::MAX_GRADE
    );
}

/// Warns where a measure's question counts other answers as positive than the programme's
/// previous wave did: the reports say so beside the comparison, but the team should know first.
fn print_changed_positives(
    connection: &mut db::AnyConnection,
    survey: &Survey,
) -> Result<(), CliError> {
    let Some(programme) = db::programmes::find(connection, survey.programme)? else {
        return Ok(());
    };
    let previous = db::surveys::list(connection)?
        .into_iter()
        .filter(|wave| wave.programme == survey.programme && wave.year < survey.year)
        .max_by_key(|wave| wave.year);
    let Some(previous) = previous else {
        return Ok(());
    };
    let Some(previous) = db::surveys::find_by_id(connection, previous.id)? else {
        return Ok(());
    };
    let values = |values: &[crate::domain::ids::OptionValue]| {
        values
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    for changed in changed_positives(&programme, &previous, survey) {
        println!(
            "question {}: counts {} as positive, but {} counted {}; its trend would compare \
             different things (reports say so beside it)",
            changed.question,
            values(&changed.now),
            previous.year,
            values(&changed.then)
        );
    }
    Ok(())
}

fn print_easy_read_lint(survey: &Survey, symbols: &SymbolLibrary) -> Result<(), CliError> {
    let report = easy_read::lint_survey(survey, symbols);
    print_lint_findings(&report);
    let gaps = survey.translation_gaps();
    for (language, missing) in &gaps {
        for place in missing {
            println!(
                "{}: not translated into {language}",
                StaffWords.message(&place.message())
            );
        }
    }
    if !gaps.is_empty() {
        let languages: Vec<String> = gaps
            .iter()
            .map(|(language, _)| language.to_string())
            .collect();
        return Err(CliError::Usage(format!(
            "{}: partly translated into {}; it cannot open until the translation is finished or removed",
            survey.slug,
            languages.join(", ")
        )));
    }
    if report.passes() {
        println!("{}: the Easy Read wording and symbols pass.", survey.slug);
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "{}: the Easy Read version needs {} change{}{}",
            survey.slug,
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            if report.grade_is_too_high() {
                ", and simpler words overall"
            } else {
                ""
            }
        )))
    }
}

/// One row per option (one row with an empty value for free text), so the file doubles as a
/// codebook for the responses CSV.
fn write_questions_csv(survey: &Survey, out: impl Write) -> Result<(), CliError> {
    let output_error = |error: csv::Error| CliError::Output(error.to_string());
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(["question_key", "kind", "option_value"])
        .map_err(output_error)?;
    for question in &survey.questions {
        if question.options.is_empty() {
            writer
                .write_record([question.key.as_str(), question.kind.as_str(), ""])
                .map_err(output_error)?;
        }
        for option in &question.options {
            writer
                .write_record([
                    question.key.as_str(),
                    question.kind.as_str(),
                    option.value.as_str(),
                ])
                .map_err(output_error)?;
        }
    }
    writer
        .flush()
        .map_err(|error| CliError::Output(error.to_string()))
}
