//! `catalogue`: the interface's words for translators, out as a sheet and back as message files.

use super::CliError;
use super::args::CatalogueCommand;
use crate::catalogue::sheet;
use crate::catalogue::staff_words::StaffWords;
use crate::domain::survey::ResponseFormat;
use crate::domain::wording::Language;

pub(super) fn run(command: CatalogueCommand) -> Result<(), CliError> {
    match command {
        CatalogueCommand::Export { language, out } => {
            let language = translated_language(&language)?;
            let text = sheet::export(&language);
            match out {
                Some(path) => {
                    std::fs::write(&path, text).map_err(|error| {
                        CliError::Output(format!("{}: {error}", path.display()))
                    })?;
                    eprintln!(
                        "Wrote the sheet for translating the interface into {language} to {}.",
                        path.display()
                    );
                }
                None => print!("{text}"),
            }
            Ok(())
        }
        CatalogueCommand::Import {
            language,
            out_dir,
            file,
        } => {
            let language = translated_language(&language)?;
            let text = std::fs::read_to_string(&file)
                .map_err(|error| CliError::Usage(format!("{}: {error}", file.display())))?;
            let files = sheet::import(&language, &text).map_err(|problems| {
                let listed: Vec<String> = problems
                    .iter()
                    .map(|problem| StaffWords.import_problem(problem))
                    .collect();
                CliError::Usage(format!(
                    "{} is not ready; nothing was written:\n  {}",
                    file.display(),
                    listed.join("\n  ")
                ))
            })?;
            std::fs::create_dir_all(&out_dir)
                .map_err(|error| CliError::Output(format!("{}: {error}", out_dir.display())))?;
            for (register, text) in files {
                let name = match register {
                    ResponseFormat::Standard => "standard.ftl",
                    ResponseFormat::EasyRead => "easy_read.ftl",
                };
                let path = out_dir.join(name);
                std::fs::write(&path, text)
                    .map_err(|error| CliError::Output(format!("{}: {error}", path.display())))?;
                println!("Wrote {}.", path.display());
            }
            Ok(())
        }
    }
}

fn translated_language(tag: &str) -> Result<Language, CliError> {
    let language = Language::parse(tag).map_err(|error| CliError::Usage(error.to_string()))?;
    if language.is_english() {
        return Err(CliError::Usage(
            "English is the catalogue's own wording: edit assets/messages/en".into(),
        ));
    }
    Ok(language)
}
