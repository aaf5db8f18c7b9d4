//! "You said": the Easy Read report for the young people who took part. Short sentences, one idea
//! each, a symbol beside each, shares as "about 6 in 10", and what the team will do.

use super::cells;
use super::document::{Block, ReportDocument, Section};
use super::inputs::ReportInputs;
use super::shared_sections::{self as shared, long_date};
use crate::assets::built_in_symbols;
use crate::domain::comparison::{Verdict, compare};
use crate::domain::findings::in_ten;
use crate::domain::ids::SymbolName;
use crate::domain::report_kind::ReportKind;
use crate::domain::team_texts::paragraphs;

const QUOTES_IN_EASY_READ: usize = 4;

fn point(symbol: Option<&str>, text: String) -> Block {
    let symbol = symbol.and_then(|name| SymbolName::parse(name).ok());
    let symbol_alt = symbol
        .as_ref()
        .and_then(|name| built_in_symbols().get(name))
        .map(|record| record.alt.clone())
        .unwrap_or_default();
    Block::EasyRead {
        symbol: symbol
            .filter(|_| !symbol_alt.is_empty())
            .map(|name| name.as_str().to_owned()),
        symbol_alt,
        text,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

pub fn build(inputs: &ReportInputs) -> ReportDocument {
    let target = inputs.compared.target();
    let year = target.survey.year;
    let about = vec![
        point(
            Some("people"),
            format!(
                "{} young people answered our survey in {year}.",
                cells::count(shared::responses(inputs), target.plan.threshold())
            ),
        ),
        point(
            Some("face-happy"),
            "Thank you for telling us what you think.".to_owned(),
        ),
        point(
            Some("sharing-words"),
            "This report tells you what you said. It tells you what will happen next.".to_owned(),
        ),
    ];
    let mut told = Vec::new();
    for (measure, key) in shared::measures(&inputs.compared) {
        let Some(question) = target.survey.questions.iter().find(|q| q.key == key) else {
            continue;
        };
        let Some(headline) = target.question(&key).and_then(|r| r.headline.as_ref()) else {
            continue;
        };
        // Nearly everyone or nearly nobody: the share is held back, but this much is safe.
        let threshold = target.plan.threshold();
        let how_many = match headline.percent {
            Some(percent) => capitalised(&in_ten(percent.value())),
            None if headline.at_least(threshold).is_some() => "Almost all".to_owned(),
            None if headline.at_most(threshold).is_some() => "Very few".to_owned(),
            None => continue,
        };
        let mut text = format!("{how_many} young people {}.", measure.easy_read_phrase);
        let previous = inputs.compared.waves[..inputs.compared.waves.len() - 1]
            .iter()
            .rev()
            .find_map(|wave| Some((wave, wave.question(&key)?.headline.as_ref()?)));
        if let Some((earlier, then)) = previous {
            let before = earlier.survey.year;
            let change = match compare(Some(then), Some(headline)).verdict {
                Verdict::Improved => Some("more"),
                Verdict::Worsened => Some("fewer"),
                Verdict::NoSignificantChange => Some("about the same"),
                Verdict::NotComparable => None,
            };
            if let Some(change) = change {
                let joiner = if change == "about the same" {
                    "as"
                } else {
                    "than"
                };
                text.push_str(&format!(" This is {change} {joiner} in {before}."));
                if shared::wording_note(earlier, target, &key).is_some() {
                    text.push_str(&format!(
                        " We asked the question in a different way in {before}."
                    ));
                }
            }
        }
        told.push(point(
            question.symbol.as_ref().map(SymbolName::as_str),
            text,
        ));
    }
    if told.is_empty() {
        told.push(point(
            None,
            "Not enough young people answered for us to share numbers.".to_owned(),
        ));
    }
    let quotes = shared::a_few_quotes(&inputs.quotes, QUOTES_IN_EASY_READ);
    let mut own_words = vec![point(
        Some("writing"),
        "Here are some things you wrote.".to_owned(),
    )];
    if quotes.is_empty() {
        own_words = vec![point(
            Some("writing"),
            "Young people on VOXY are still reading what you wrote.".to_owned(),
        )];
    } else {
        own_words.push(Block::Quotes { quotes });
    }
    let next_paragraphs = paragraphs(&inputs.texts.easy_read_next);
    let mut next: Vec<Block> = if next_paragraphs.is_empty() {
        vec![point(
            Some("signpost"),
            "We will tell you soon what will happen next.".to_owned(),
        )]
    } else {
        next_paragraphs
            .into_iter()
            .enumerate()
            .map(|(index, text)| point((index == 0).then_some("signpost"), text))
            .collect()
    };
    if !inputs.texts.actions.is_empty() {
        next.push(Block::Actions {
            actions: inputs.texts.actions.clone(),
        });
    }
    ReportDocument {
        kind: ReportKind::EasyRead,
        title: format!("You said: our survey {year}"),
        subtitle: "What young people told us, in Easy Read".to_owned(),
        prepared_on: long_date(inputs.prepared_on),
        publisher: inputs.publisher.clone(),
        sections: vec![
            Section {
                heading: "About this report".to_owned(),
                blocks: about,
            },
            Section {
                heading: "What you told us".to_owned(),
                blocks: told,
            },
            Section {
                heading: "In your own words".to_owned(),
                blocks: own_words,
            },
            Section {
                heading: "What will happen next".to_owned(),
                blocks: next,
            },
            Section {
                heading: "If you are worried".to_owned(),
                blocks: vec![
                    point(
                        Some("talking"),
                        "If something is worrying you, talk to an adult you trust.".to_owned(),
                    ),
                    point(
                        Some("phone"),
                        "You can call Childline for free on 0800 1111.".to_owned(),
                    ),
                ],
            },
        ],
    }
}
