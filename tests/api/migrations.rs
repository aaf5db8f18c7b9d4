//! Both migration trees stay in step, and every migration can be undone and redone.

use std::collections::BTreeSet;
use std::path::Path;

use diesel::Connection;
use youthvoice::db::AnyConnection;
use youthvoice::db::connection::sqlite_path;
use youthvoice::db::migrations::{revert_all, run_pending};

use crate::helpers::TestDatabase;

fn versions(tree: &str) -> BTreeSet<String> {
    std::fs::read_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(tree),
    )
    .expect("migration tree exists")
    .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
    .collect()
}

/// A connection to the test database, with no migration run yet.
fn connect(database: &TestDatabase) -> AnyConnection {
    let url = if database.is_postgres() {
        database.url().to_owned()
    } else {
        sqlite_path(database.url()).to_owned()
    };
    AnyConnection::establish(&url).expect("connect")
}

/// Undoes migrations newest first, up to and including the one whose version contains `version`.
fn revert_through(connection: &mut AnyConnection, version: &str) {
    loop {
        let reverted = youthvoice::db::migrations::revert_last(connection).expect("down");
        if reverted.contains(version) {
            break;
        }
    }
}

#[test]
fn sqlite_and_postgres_trees_have_the_same_migrations() {
    let sqlite = versions("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, versions("postgres"));
    for tree in ["sqlite", "postgres"] {
        for name in versions(tree) {
            let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(tree)
                .join(&name);
            assert!(
                folder.join("up.sql").is_file() && folder.join("down.sql").is_file(),
                "{tree}/{name}"
            );
        }
    }
}

#[test]
fn migrations_go_up_down_and_up_again() {
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    let applied = run_pending(&mut connection).expect("up");
    assert_eq!(applied.len(), versions("sqlite").len());
    let reverted = revert_all(&mut connection).expect("down");
    assert_eq!(reverted.len(), applied.len());
    let again = run_pending(&mut connection).expect("up again");
    assert_eq!(again, applied);
    assert!(
        run_pending(&mut connection)
            .expect("nothing left")
            .is_empty()
    );
}

#[test]
fn the_newest_migration_keeps_every_response_answer_and_quote_of_the_demo_both_ways() {
    use diesel::RunQueryDsl;
    use youthvoice::db::migrations::revert_last;
    #[derive(diesel::QueryableByName, Debug, PartialEq)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    let contents = |connection: &mut AnyConnection| -> Vec<Row> {
        let mut rows = Vec::new();
        for query in [
            "SELECT id || survey_id || format || COALESCE(CAST(submitted_on AS TEXT), '') || COALESCE(channel, '') AS value FROM responses",
            "SELECT response_id || question_id || option_value || COALESCE(text_value, '') AS value FROM answers",
            "SELECT id || response_id || status || redactions || COALESCE(published_text, '') AS value FROM quotes",
        ] {
            let mut found: Vec<Row> = diesel::sql_query(query).load(connection).unwrap();
            found.sort_by(|a, b| a.value.cmp(&b.value));
            rows.extend(found);
        }
        rows
    };
    let before = contents(&mut connection);
    assert!(before.len() > 10_000, "{} rows", before.len());
    revert_last(&mut connection).expect("down");
    assert_eq!(contents(&mut connection), before, "down keeps every row");
    run_pending(&mut connection).expect("up again");
    assert_eq!(contents(&mut connection), before, "up keeps every row");
}

#[test]
fn waves_made_before_exclusive_answers_get_nobody_marked_as_standing_alone() {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Marked {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    let marked = |connection: &mut AnyConnection| -> Vec<String> {
        let mut values: Vec<String> = diesel::sql_query(
            "SELECT value FROM answer_options WHERE excludes_others ORDER BY value",
        )
        .load::<Marked>(connection)
        .unwrap()
        .into_iter()
        .map(|row| row.value)
        .collect();
        assert_eq!(
            values.len(),
            8,
            "two answers in each of the four demo waves"
        );
        values.dedup();
        values
    };
    assert_eq!(marked(&mut connection), ["nobody", "none_yet"]);
    // Undo the migration that added the mark, as if the waves were made before it, and redo it.
    revert_through(&mut connection, "000016");
    run_pending(&mut connection).expect("up again");
    assert_eq!(marked(&mut connection), ["nobody", "none_yet"]);
}

#[test]
fn wording_moves_into_rows_by_language_and_register_and_back_without_loss() {
    use diesel::RunQueryDsl;
    use youthvoice::db::surveys;
    #[derive(diesel::QueryableByName)]
    struct Words {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    let waves = |connection: &mut AnyConnection| {
        let listed = surveys::list(connection).unwrap();
        listed
            .iter()
            .map(|wave| surveys::find_by_id(connection, wave.id).unwrap().unwrap())
            .collect::<Vec<_>>()
    };
    let before = waves(&mut connection);
    assert_eq!(before.len(), 4, "the demo's four waves");

    // Undo the move, as if the waves were made with paired English columns, and redo it.
    revert_through(&mut connection, "000017");
    let paired: Vec<String> = diesel::sql_query(
        "SELECT q.easy_read_text || '|' || COALESCE(q.hint, '') || '|' || o.label AS value \
         FROM questions q JOIN answer_options o ON o.question_id = q.id \
         JOIN surveys s ON s.id = q.survey_id \
         WHERE s.slug = 'be-supported-2022' AND q.question_key = 'know_who_to_speak_to' \
         AND o.value = 'strongly_agree'",
    )
    .load::<Words>(&mut connection)
    .unwrap()
    .into_iter()
    .map(|row| row.value)
    .collect();
    let question = &before
        .iter()
        .find(|wave| wave.slug.as_str() == "be-supported-2022")
        .unwrap()
        .questions[0];
    assert_eq!(
        paired,
        [format!(
            "{}|{}|{}",
            question.text_in(youthvoice::domain::survey::ResponseFormat::EasyRead),
            question
                .hint_in(youthvoice::domain::survey::ResponseFormat::Standard)
                .unwrap_or_default(),
            question.options[0].label()
        )],
        "down puts the English back in its columns"
    );
    run_pending(&mut connection).expect("up again");
    // Down keeps the English only (the demo's Polish goes, as the README says).
    let english_only: Vec<_> = before.into_iter().map(english_of).collect();
    assert_eq!(
        waves(&mut connection),
        english_only,
        "every wave reads the same in English"
    );
}

/// The wave with its English wording only.
fn english_of(mut wave: youthvoice::domain::survey::Survey) -> youthvoice::domain::survey::Survey {
    use youthvoice::domain::survey::ResponseFormat::{EasyRead, Standard};
    use youthvoice::domain::wording::Wordings;
    fn english<T: Clone>(wording: &Wordings<T>) -> Wordings<T> {
        Wordings::english(
            wording.in_english(Standard).clone(),
            wording.in_english(EasyRead).clone(),
        )
    }
    wave.texts = english(&wave.texts);
    for question in &mut wave.questions {
        question.wording = english(&question.wording);
        for option in &mut question.options {
            option.labels = english(&option.labels);
        }
    }
    wave
}

#[test]
fn waves_made_before_programmes_belong_to_be_supported_measured_as_its_template_says() {
    use youthvoice::db::{programmes, surveys};
    use youthvoice::domain::built_in_templates;
    use youthvoice::domain::ids::ProgrammeId;
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    revert_through(&mut connection, "000019");
    run_pending(&mut connection).expect("up again");
    let waves = surveys::list(&mut connection).unwrap();
    assert_eq!(waves.len(), 4);
    assert!(
        waves
            .iter()
            .all(|wave| wave.programme == ProgrammeId::BE_SUPPORTED)
    );
    let stored = programmes::find(&mut connection, ProgrammeId::BE_SUPPORTED)
        .unwrap()
        .expect("the migration makes Be Supported");
    let template = &built_in_templates::named("be-supported").unwrap().programme;
    assert_eq!(
        (&stored.slug, &stored.name, &stored.measures),
        (&template.slug, &template.name, &template.measures),
        "the migration's measures are the template's, word for word"
    );
}

#[test]
fn reports_published_before_languages_are_english_and_going_down_forgets_only_other_languages() {
    use youthvoice::db::published_reports;
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, chrono::Utc::now());
    youthvoice::demo::load_reports(&mut connection, &clock, "Oxfordshire Children's Trust")
        .unwrap();
    let published = published_reports::list(&mut connection).unwrap();
    let languages: Vec<&str> = published
        .iter()
        .map(|report| report.language.as_str())
        .collect();
    assert_eq!(
        languages,
        ["en", "ar", "en", "pl"],
        "the demo publishes 2021's summary, and its Easy Read report in each of its languages"
    );
    let english: Vec<_> = published
        .iter()
        .filter(|report| report.language.is_english())
        .cloned()
        .collect();

    revert_through(&mut connection, "000021");
    run_pending(&mut connection).expect("up again");
    assert_eq!(
        published_reports::list(&mut connection).unwrap(),
        english,
        "the English versions come back as they were, marked English; the others are forgotten"
    );
}

#[test]
fn you_said_we_did_pairs_become_done_actions_in_their_order_and_come_back_on_the_way_down() {
    use diesel::RunQueryDsl;
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    revert_through(&mut connection, "000024");
    let pairs = r#"[{"you_said":"Staff do not listen","we_did":"Listening training"},{"you_said":"Help is hard to find","we_did":"An Easy Read guide"}]"#;
    for (slug, actions) in [("be-supported-2021", pairs), ("be-supported-2022", "[]")] {
        diesel::sql_query(format!(
            "INSERT INTO report_texts (survey_id, what_happens_next, easy_read_next, actions, updated_at) \
             SELECT id, 'Next.', 'Next.', '{actions}', '2022-07-01 09:00:00' FROM surveys WHERE slug = '{slug}'"
        ))
        .execute(&mut connection)
        .unwrap();
    }

    run_pending(&mut connection).expect("up again");
    let waves = youthvoice::db::surveys::list(&mut connection).unwrap();
    let ids: Vec<_> = waves.iter().map(|wave| wave.id).collect();
    let actions = youthvoice::db::tracked_actions::for_surveys(&mut connection, &ids).unwrap();
    let words: Vec<(&str, &str, &str)> = actions
        .iter()
        .map(|action| {
            (
                action.words.you_said.as_str(),
                action.words.we_do.as_str(),
                action.status.code(),
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            ("Staff do not listen", "Listening training", "done"),
            ("Help is hard to find", "An Easy Read guide", "done"),
        ],
        "each pair is a done action, in the order it was written"
    );
    assert!(actions.iter().all(
        |action| action.words.you_said_easy_read == action.words.you_said
            && action.due_on.to_string() == "2022-07-01"
    ));
    let owners = youthvoice::db::action_owners::list(&mut connection).unwrap();
    assert_eq!(owners.len(), 1);
    assert_eq!(
        (owners[0].name.as_str(), owners[0].contact.is_none()),
        ("Engagement team", true)
    );
    let history = youthvoice::db::tracked_actions::changes_since(
        &mut connection,
        &actions.iter().map(|action| action.id).collect::<Vec<_>>(),
        None,
    )
    .unwrap();
    assert_eq!(history.len(), 2, "each starts its history as done");

    revert_through(&mut connection, "000024");
    #[derive(diesel::QueryableByName)]
    struct Stored {
        #[diesel(sql_type = diesel::sql_types::Text)]
        actions: String,
    }
    let stored: Vec<Stored> = diesel::sql_query(
        "SELECT t.actions FROM report_texts t JOIN surveys s ON s.id = t.survey_id ORDER BY s.year",
    )
    .load(&mut connection)
    .unwrap();
    let back: Vec<serde_json::Value> = stored
        .iter()
        .map(|row| serde_json::from_str(&row.actions).unwrap())
        .collect();
    assert_eq!(
        back[0],
        serde_json::from_str::<serde_json::Value>(pairs).unwrap()
    );
    assert_eq!(back[1], serde_json::json!([]));
    run_pending(&mut connection).expect("and up once more");
}

#[test]
fn wave_names_by_language_are_forgotten_going_down_and_the_wave_reads_its_own_title_again() {
    use youthvoice::domain::ids::Slug;
    use youthvoice::domain::survey::ResponseFormat;
    let database = TestDatabase::create();
    let mut connection = connect(&database);
    run_pending(&mut connection).expect("up");
    youthvoice::demo::load(&mut connection).unwrap();
    let slug = Slug::parse("be-supported-2022").unwrap();
    let polish = youthvoice::domain::wording::Language::parse("pl").unwrap();
    let read_in_polish = |connection: &mut AnyConnection| {
        youthvoice::db::surveys::find_by_slug(connection, &slug)
            .unwrap()
            .unwrap()
            .in_language(&polish)
            .unwrap()
            .title_in(ResponseFormat::EasyRead)
            .to_owned()
    };
    assert_eq!(read_in_polish(&mut connection), "Ankieta o wsparciu 2022");

    revert_through(&mut connection, "000025");
    run_pending(&mut connection).expect("up again");
    assert_eq!(
        read_in_polish(&mut connection),
        "Be Supported 2022",
        "the rest of the Polish wording stays; the name is the wave's own again"
    );
}
