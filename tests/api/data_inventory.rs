//! The README's "What we keep" lists every table and column of the migrated database, so a
//! migration cannot add a place to keep data about people without saying why and for how long.

use std::collections::BTreeMap;

use crate::helpers::spawn_app;

/// Table name to listed columns, from the README section's table rows.
fn listed_in_readme() -> BTreeMap<String, Vec<String>> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("## What we keep")
        .expect("a What we keep section");
    let section = &readme[start..];
    let end = section[3..]
        .find("\n## ")
        .map_or(section.len(), |at| at + 3);
    let table_start = section[..end]
        .find("| Table | Columns |")
        .expect("the inventory table");
    let mut listed = BTreeMap::new();
    for row in section[table_start..end]
        .lines()
        .filter(|line| line.starts_with("| `"))
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let table = cells[1].trim_matches('`').to_owned();
        let columns = cells[2]
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        listed.insert(table, columns);
    }
    listed
}

#[tokio::test]
async fn every_table_and_column_is_listed_with_why_and_how_long() {
    let app = spawn_app().await;
    let query = if app.database.is_postgres() {
        "SELECT table_name || '.' || column_name AS value FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name <> '__diesel_schema_migrations'"
    } else {
        "SELECT m.name || '.' || p.name AS value FROM sqlite_master m \
         JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
         AND m.name <> '__diesel_schema_migrations'"
    };
    let columns: Vec<String> = app.texts(query).into_iter().flatten().collect();
    assert!(columns.len() > 100, "{} columns found", columns.len());
    let listed = listed_in_readme();
    let mut tables_found = std::collections::BTreeSet::new();
    for column in &columns {
        let (table, name) = column.split_once('.').unwrap();
        tables_found.insert(table.to_owned());
        let row = listed
            .get(table)
            .unwrap_or_else(|| panic!("README \"What we keep\" has no row for table {table}"));
        assert!(
            row.iter().any(|listed| listed == name),
            "README \"What we keep\" does not list {table}.{name}"
        );
    }
    for table in listed.keys() {
        assert!(
            tables_found.contains(table),
            "README \"What we keep\" lists {table}, which the database does not have"
        );
    }
}
