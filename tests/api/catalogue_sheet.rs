//! The interface catalogue through translators' hands: a language's sheet out of the binary, a
//! filled sheet back in as message files, and the running server offering the new language.

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::TestDatabase;
use crate::server_process::{ServerProcess, create_open_wave, free_port, server_binary};

fn youthvoice(args: &[&str]) -> Output {
    Command::new(server_binary())
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The sheet with every row "translated": the English marked UR, gaps and plurals kept.
fn filled(sheet: &str) -> String {
    let mut reader = csv::Reader::from_reader(sheet.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(reader.headers().unwrap()).unwrap();
    for record in reader.records() {
        let row: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        let translation = if row[0] == "language-name" {
            "اردو".to_owned()
        } else {
            format!("UR {}", row[2])
        };
        writer
            .write_record([&row[0], &row[1], &row[2], &translation, &row[4]])
            .unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

async fn page(port: u16, path: &str) -> String {
    reqwest::get(format!("http://127.0.0.1:{port}{path}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_language_translated_on_the_sheet_is_offered_by_the_running_server() {
    let folder = tempfile::tempdir().unwrap();
    let sheet = folder.path().join("ur.csv");
    let exported = youthvoice(&[
        "catalogue",
        "export",
        "--language",
        "ur",
        "--out",
        path(&sheet),
    ]);
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let empty = std::fs::read_to_string(&sheet).unwrap();
    assert!(empty.starts_with("id,register,english,translation,note\n"));

    // Nothing translated: every row is named, nothing is written.
    let messages = folder.path().join("messages");
    let urdu = messages.join("ur");
    let refused = youthvoice(&[
        "catalogue",
        "import",
        "--language",
        "ur",
        "--out-dir",
        path(&urdu),
        path(&sheet),
    ]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("question-or is not translated"), "{said}");
    assert!(!urdu.exists(), "nothing written while a row has a problem");

    std::fs::write(&sheet, filled(&empty)).unwrap();
    let imported = youthvoice(&[
        "catalogue",
        "import",
        "--language",
        "ur",
        "--out-dir",
        path(&urdu),
        path(&sheet),
    ]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(urdu.join("standard.ftl").is_file() && urdu.join("easy_read.ftl").is_file());

    let database = TestDatabase::create();
    create_open_wave(database.url(), "getting-around");
    let port = free_port();
    let server = ServerProcess::start_with(
        database.url(),
        port,
        folder.path(),
        &[("MESSAGES_DIR", path(&messages))],
    );
    let choices = page(port, "/language").await;
    assert!(choices.contains("اردو"), "the language page offers Urdu");
    let home = page(port, "/?lang=ur").await;
    assert!(
        home.contains("lang=\"ur\"") && home.contains("dir=\"rtl\""),
        "{home}"
    );
    assert!(
        home.contains("UR "),
        "the home page speaks the new catalogue"
    );
    drop(server);

    // A file that lost a message stops the server from starting, saying which.
    let standard = std::fs::read_to_string(urdu.join("standard.ftl")).unwrap();
    let without: String = standard
        .lines()
        .filter(|line| !line.starts_with("question-or ="))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(urdu.join("standard.ftl"), without).unwrap();
    let refused = Command::new(server_binary())
        .arg("serve")
        .env("DATABASE_URL", database.url())
        .env("BIND", format!("127.0.0.1:{}", free_port()))
        .env("MESSAGES_DIR", path(&messages))
        .env("RUST_LOG", "warn")
        .current_dir(folder.path())
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("MESSAGES_DIR") && said.contains("question-or is missing"),
        "{said}"
    );
}
