//! The command line, run as the real binary against a real database.

use std::process::{Command, Output};

use crate::helpers::TestDatabase;

fn youthvoice(database: &TestDatabase, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .args(args)
        .env("DATABASE_URL", database.url())
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn survey_new_creates_a_wave_and_questions_prints_its_codebook() {
    let database = TestDatabase::create();
    let created = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--template",
            "be-supported",
            "--slug",
            "be-supported-2023",
            "--title",
            "Be Supported 2023",
            "--year",
            "2023",
        ],
    );
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert!(stdout(&created).contains("Created be-supported-2023"));

    let questions = youthvoice(
        &database,
        &["survey", "questions", "--survey", "be-supported-2023"],
    );
    assert!(questions.status.success());
    let csv = stdout(&questions);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("question_key,kind,option_value"));
    assert!(csv.contains("know_who_to_speak_to,agreement,strongly_agree"));
    assert!(csv.contains("district,single_choice,vale_of_white_horse"));
    assert!(csv.contains("what_would_help,free_text,\n"));

    let again = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--slug",
            "be-supported-2023",
            "--title",
            "Again",
            "--year",
            "2023",
        ],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn bad_arguments_get_a_clear_message_not_a_panic() {
    let database = TestDatabase::create();
    let bad_slug = youthvoice(
        &database,
        &["survey", "questions", "--survey", "Not A Slug"],
    );
    assert_eq!(bad_slug.status.code(), Some(1));
    let message = String::from_utf8_lossy(&bad_slug.stderr);
    assert!(message.contains("is not a survey name"), "{message}");
    assert!(!message.contains("panicked"));

    let missing = youthvoice(&database, &["survey", "questions", "--survey", "nowhere"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no survey called nowhere"));

    let dates = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--slug",
            "x",
            "--title",
            "X",
            "--year",
            "2023",
            "--opens-on",
            "2023-05-01",
            "--closes-on",
            "2023-04-01",
        ],
    );
    assert!(
        String::from_utf8_lossy(&dates.stderr)
            .contains("--closes-on: The closing date must be on or after the opening date")
    );
}

#[test]
fn survey_copy_keeps_every_key_so_the_waves_compare() {
    let database = TestDatabase::create();
    let new = youthvoice(
        &database,
        &[
            "survey",
            "new",
            "--slug",
            "wave-2022",
            "--title",
            "Wave 2022",
            "--year",
            "2022",
        ],
    );
    assert!(new.status.success());
    let copied = youthvoice(
        &database,
        &[
            "survey",
            "copy",
            "--from",
            "wave-2022",
            "--to",
            "wave-2023",
            "--title",
            "Wave 2023",
            "--year",
            "2023",
            "--opens-on",
            "2023-03-13",
        ],
    );
    assert!(
        copied.status.success(),
        "{}",
        String::from_utf8_lossy(&copied.stderr)
    );
    assert!(
        stdout(&copied).contains("Created wave-2023 (Wave 2023) with 19 questions, status draft.")
    );
    let codebook = |slug: &str| {
        stdout(&youthvoice(
            &database,
            &["survey", "questions", "--survey", slug],
        ))
    };
    assert_eq!(codebook("wave-2022"), codebook("wave-2023"));

    let taken = youthvoice(
        &database,
        &[
            "survey",
            "copy",
            "--from",
            "wave-2022",
            "--to",
            "wave-2023",
            "--title",
            "T",
            "--year",
            "2023",
        ],
    );
    assert!(
        String::from_utf8_lossy(&taken.stderr).contains("a survey called wave-2023 already exists")
    );
    let bad = youthvoice(
        &database,
        &[
            "survey",
            "copy",
            "--from",
            "wave-2022",
            "--to",
            "Bad Slug",
            "--title",
            "T",
            "--year",
            "2023",
        ],
    );
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--to: Enter a web address"));
}

#[test]
fn every_command_has_help() {
    let database = TestDatabase::create();
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["survey", "new", "--help"],
        &["survey", "questions", "--help"],
        &["survey", "lint", "--help"],
        &["survey", "copy", "--help"],
        &["moderation", "digest", "--help"],
        &["upkeep", "--help"],
    ] {
        let output = youthvoice(&database, args);
        assert!(output.status.success(), "{args:?}");
        assert!(stdout(&output).contains("Usage"), "{args:?}");
    }
}

#[test]
fn open_and_close_change_whether_young_people_can_answer() {
    let database = TestDatabase::create();
    youthvoice(
        &database,
        &[
            "survey", "new", "--slug", "toggle", "--title", "Toggle", "--year", "2024",
        ],
    );
    let opened = youthvoice(&database, &["survey", "open", "--survey", "toggle"]);
    assert!(stdout(&opened).contains("toggle is now open"));
    let closed = youthvoice(&database, &["survey", "close", "--survey", "toggle"]);
    assert!(stdout(&closed).contains("toggle is now closed"));
}

#[test]
fn survey_lint_passes_the_template_and_names_each_problem_an_author_adds() {
    let database = TestDatabase::create();
    let created = youthvoice(
        &database,
        &[
            "survey", "new", "--slug", "lint-me", "--title", "Lint me", "--year", "2024",
        ],
    );
    assert!(created.status.success());
    let clean = youthvoice(&database, &["survey", "lint", "--survey", "lint-me"]);
    assert!(clean.status.success(), "{}", stdout(&clean));
    assert!(stdout(&clean).contains("lint-me: the Easy Read wording and symbols pass."));
    assert!(stdout(&clean).contains("Flesch\u{2013}Kincaid grade"));

    let pool = youthvoice::db::build_pool(database.url(), 1).unwrap();
    let mut connection = pool.get().unwrap();
    diesel::RunQueryDsl::execute(
        diesel::sql_query(
            "UPDATE question_wordings SET text = 'Don''t people listen to you when you talk about a problem with your family or your friends at school?' \
             WHERE register = 'easy_read' AND question_id IN \
             (SELECT id FROM questions WHERE question_key = 'listened_to')",
        ),
        &mut *connection as &mut youthvoice::db::AnyConnection,
    )
    .unwrap();
    drop(connection);

    let broken = youthvoice(&database, &["survey", "lint", "--survey", "lint-me"]);
    assert_eq!(broken.status.code(), Some(1));
    let report = stdout(&broken);
    assert!(
        report.contains("question listened_to: a sentence has 19 words"),
        "{report}"
    );
    assert!(report.contains("\u{201c}Don't\u{201d} is a contraction"));
    assert!(
        String::from_utf8_lossy(&broken.stderr)
            .contains("lint-me: the Easy Read version needs 2 changes")
    );
}

#[test]
fn upkeep_deletes_expired_drafts_and_says_what_it_did() {
    let database = TestDatabase::create();
    let created = youthvoice(
        &database,
        &[
            "survey", "new", "--slug", "kept", "--title", "Kept", "--year", "2030", "--open",
        ],
    );
    assert!(created.status.success());
    {
        use diesel::{Connection, RunQueryDsl};
        let url = youthvoice::db::connection::sqlite_path(database.url()).to_owned();
        let url = if database.is_postgres() {
            database.url().to_owned()
        } else {
            url
        };
        let mut connection = youthvoice::db::AnyConnection::establish(&url).unwrap();
        for statement in [
            "INSERT INTO drafts (id, survey_id, session_hash, format, answers, expires_at) \
             SELECT 'old-draft', id, 'hash', 'standard', '{}', '2020-01-01 00:00:00' FROM surveys",
            "INSERT INTO users (id, email, display_name, role, status, created_at) \
             VALUES ('u1', 'sam@example.org', 'Sam', 'analyst', 'active', '2020-01-01 00:00:00')",
            "INSERT INTO staff_sessions (id_hash, user_id, created_at, last_seen_at) \
             VALUES ('ended', 'u1', '2020-01-01 00:00:00', '2020-01-01 00:10:00')",
            "INSERT INTO one_time_tokens (token_hash, purpose, user_id, created_at, expires_at) \
             VALUES ('spent', 'password_reset', 'u1', '2020-01-01 00:00:00', '2020-01-01 01:00:00')",
            "INSERT INTO pending_imports (id, user_id, survey_id, kind, file_name, contents, uploaded_at) \
             SELECT 'left', 'u1', id, 'responses', 'a.csv', '', '2020-01-01 00:00:00' FROM surveys",
        ] {
            diesel::sql_query(statement)
                .execute(&mut connection)
                .unwrap();
        }
    }
    let output = youthvoice(&database, &["upkeep"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout(&output).contains("Upkeep done: 1 expired drafts deleted"),
        "{}",
        stdout(&output)
    );
    assert!(
        stdout(&output)
            .contains("1 ended sessions, 1 used or expired links and 1 abandoned uploads deleted"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_wave_is_translated_with_the_translators_sheet_and_cannot_open_half_translated() {
    let database = TestDatabase::create();
    let new = [
        "survey",
        "new",
        "--slug",
        "in-polish",
        "--title",
        "In Polish",
        "--year",
        "2031",
    ];
    assert!(youthvoice(&database, &new).status.success());
    let exported = youthvoice(
        &database,
        &[
            "survey",
            "translation",
            "export",
            "--survey",
            "in-polish",
            "--language",
            "pl",
        ],
    );
    assert!(exported.status.success());
    let sheet = stdout(&exported);
    assert!(sheet.starts_with("place,register,english,translation,note\n"));
    assert!(sheet.contains(
        "question:believed,easy_read,\"When you talk about a problem, do people believe you?\",,"
    ));

    let shipped = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/translations/be-supported/pl.csv"
    );
    let import = |file: &str| {
        youthvoice(
            &database,
            &[
                "survey",
                "translation",
                "import",
                "--survey",
                "in-polish",
                "--language",
                "pl",
                file,
            ],
        )
    };
    // A sheet with one place left empty stores nothing and says which place.
    let folder = tempfile::tempdir().unwrap();
    let gap = folder.path().join("gap.csv");
    let text = std::fs::read_to_string(shipped).unwrap();
    std::fs::write(&gap, text.replacen(",Nikt,", ",,", 1)).unwrap();
    let refused = import(gap.to_str().unwrap());
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("answer:where_go_for_support:nobody in standard is not translated"),
        "{said}"
    );
    assert!(import(shipped).status.success());
    let lint = youthvoice(&database, &["survey", "lint", "--survey", "in-polish"]);
    assert!(lint.status.success(), "{}", stdout(&lint));

    // A Polish row deleted by hand leaves the wave half translated: it may not open.
    let pool = youthvoice::db::build_pool(database.url(), 1).unwrap();
    let mut connection = pool.get().unwrap();
    diesel::RunQueryDsl::execute(
        diesel::sql_query(
            "DELETE FROM question_wordings WHERE language = 'pl' AND register = 'easy_read' \
             AND question_id IN (SELECT id FROM questions WHERE question_key = 'believed')",
        ),
        &mut *connection as &mut youthvoice::db::AnyConnection,
    )
    .unwrap();
    drop(connection);
    let lint = youthvoice(&database, &["survey", "lint", "--survey", "in-polish"]);
    assert_eq!(lint.status.code(), Some(1));
    assert!(stdout(&lint).contains("question believed: not translated into pl"));
    let open = youthvoice(&database, &["survey", "open", "--survey", "in-polish"]);
    assert_eq!(open.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&open.stderr).contains("partly translated into pl"));
    let removed = youthvoice(
        &database,
        &[
            "survey",
            "translation",
            "remove",
            "--survey",
            "in-polish",
            "--language",
            "pl",
        ],
    );
    assert!(stdout(&removed).starts_with("Removed 217 piece(s) of pl wording"));
    assert!(
        youthvoice(&database, &["survey", "open", "--survey", "in-polish"])
            .status
            .success()
    );
}
