//! `youthvoice backup`: a consistent copy of the SQLite database taken while the server runs, which
//! opens as a database holding every response; PostgreSQL deployments are pointed to pg_dump.

use crate::helpers::spawn_app;
use crate::import_export::youthvoice;

#[tokio::test]
async fn a_backup_taken_while_the_server_runs_holds_every_response() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("backup.sqlite3");
    let output = youthvoice(&app, &["backup", "--out", out.to_str().unwrap()]);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if app.database.is_postgres() {
        assert!(!output.status.success());
        assert!(said.contains("pg_dump"), "{said}");
        return;
    }
    assert!(output.status.success(), "{said}");
    let responses = app.count("SELECT COUNT(*) AS n FROM responses");
    let answers = app.count("SELECT COUNT(*) AS n FROM answers");
    assert!(responses > 0);

    let restored = youthvoice::db::build_pool(&format!("sqlite://{}", out.display()), 1).unwrap();
    let mut connection = restored.get().unwrap();
    let mut count = |table: &str| -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let rows: Vec<Count> = diesel::RunQueryDsl::load(
            diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")),
            &mut *connection as &mut youthvoice::db::AnyConnection,
        )
        .unwrap();
        rows[0].n
    };
    assert_eq!(count("responses"), responses);
    assert_eq!(count("answers"), answers);

    let again = youthvoice(&app, &["backup", "--out", out.to_str().unwrap()]);
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}
