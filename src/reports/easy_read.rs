//! "You said": the Easy Read report for the young people who took part. Short sentences, one idea
//! each, a symbol beside each, shares as "about 6 in 10", and what the team will do.

use super::action_lines::{self, Readers};
use super::document::{Block, ReportDocument, Section};
use super::inputs::ReportInputs;
use super::labels::{day_in, labels};
use super::quotes::{ATTRIBUTION_QUESTION_KEY, Quote};
use super::shared_sections as shared;
use crate::assets::built_in_symbols;
use crate::catalogue::{self, Arg};
use crate::domain::comparison::{Verdict, compare};
use crate::domain::findings::in_ten;
use crate::domain::ids::SymbolName;
use crate::domain::number_format::thousands;
use crate::domain::report_kind::ReportKind;
use crate::domain::suppression::Count;
use crate::domain::survey::ResponseFormat;
use crate::domain::team_texts::paragraphs;
use crate::domain::wording::Language;

const QUOTES_IN_EASY_READ: usize = 4;

fn point(symbol: Option<&str>, text: String) -> Block {
    // Only a built-in symbol: its picture ships with the binary, so every PDF can draw it.
    let symbol = symbol
        .and_then(|name| SymbolName::parse(name).ok())
        .filter(|name| built_in_symbols().get(name).is_some());
    Block::EasyRead {
        symbol: symbol.map(|name| name.as_str().to_owned()),
        text,
        language: None,
    }
}

/// A point in the team's own words, which are English: marked so when the report is not.
fn team_point(symbol: Option<&str>, text: String, report_language: &Language) -> Block {
    match point(symbol, text) {
        Block::EasyRead { symbol, text, .. } => Block::EasyRead {
            symbol,
            text,
            language: (!report_language.is_english()).then(|| "en".to_owned()),
        },
        other => other,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The Easy Read report in English.
pub fn build(inputs: &ReportInputs) -> ReportDocument {
    build_in(inputs, &Language::english())
}

/// The Easy Read report in `language`, which the wave must be written in: every sentence from
/// the catalogue, each measure told through its question's own words in that language (English
/// tells it in the measure's Easy Read phrase), and the team's texts as they wrote them.
pub fn build_in(inputs: &ReportInputs, language: &Language) -> ReportDocument {
    let words = |id: &str, args: &[(&str, Arg)]| {
        catalogue::built_in().text(language, ResponseFormat::EasyRead, id, args)
    };
    let target = inputs.compared.target();
    let year = target.survey.year;
    let threshold = target.plan.threshold();
    let year_arg = || ("year", Arg::Text(year.to_string()));
    let mut about = Vec::new();
    match shared::responses(inputs) {
        Count::Shown(count) => about.push(point(
            Some("people"),
            words(
                "report-answered",
                &[("count", Arg::Text(thousands(count))), year_arg()],
            ),
        )),
        Count::FewerThan => about.push(point(
            Some("people"),
            words(
                "report-answered-few",
                &[
                    ("threshold", Arg::Text(threshold.value().to_string())),
                    year_arg(),
                ],
            ),
        )),
        Count::HeldBack => {}
    }
    about.push(point(Some("face-happy"), words("report-thanks", &[])));
    about.push(point(
        Some("sharing-words"),
        words("report-what-it-says", &[]),
    ));
    let mut told = Vec::new();
    for (measure, key) in shared::measures(&inputs.compared) {
        let Some(question) = target.survey.questions.iter().find(|q| q.key == key) else {
            continue;
        };
        let Some(headline) = target.question(&key).and_then(|r| r.headline.as_ref()) else {
            continue;
        };
        // Nearly everyone or nearly nobody: the share is held back, but this much is safe.
        let share = match headline.percent {
            Some(percent) => Share::InTen(percent.value()),
            None if headline.at_least(threshold).is_some() => Share::AlmostAll,
            None if headline.at_most(threshold).is_some() => Share::VeryFew,
            None => continue,
        };
        let mut text = if language.is_english() {
            format!(
                "{} young people {}.",
                share.in_english(),
                measure.easy_read_phrase
            )
        } else {
            let Some(said) = question.wording.get(language, ResponseFormat::EasyRead) else {
                continue;
            };
            let answers: Vec<String> = question
                .options
                .iter()
                .filter(|option| option.is_positive)
                .filter_map(|option| option.labels.get(language, ResponseFormat::EasyRead))
                .map(|label| words("report-quoted", &[("answer", label.as_str().into())]))
                .collect();
            let joined = answers.join(&format!(" {} ", words("report-or", &[])));
            let (id, tenths) = share.message();
            let mut args = vec![
                ("answers", Arg::Text(joined)),
                (
                    "question",
                    Arg::Text(words(
                        "report-quoted",
                        &[("answer", said.text.as_str().into())],
                    )),
                ),
            ];
            args.extend(tenths.map(|tenths| ("tenths", Arg::Text(tenths.to_string()))));
            words(id, &args)
        };
        let previous = inputs.compared.waves[..inputs.compared.waves.len() - 1]
            .iter()
            .rev()
            .find_map(|wave| Some((wave, wave.question(&key)?.headline.as_ref()?)));
        if let Some((earlier, then)) = previous {
            let before = ("year", Arg::Text(earlier.survey.year.to_string()));
            let change = match compare(Some(then), Some(headline)).verdict {
                Verdict::Improved => Some("report-change-more"),
                Verdict::Worsened => Some("report-change-fewer"),
                Verdict::NoSignificantChange => Some("report-change-same"),
                Verdict::NotComparable => None,
            };
            if let Some(change) = change {
                text.push(' ');
                text.push_str(&words(change, std::slice::from_ref(&before)));
                if shared::wording_note(earlier, target, &key).is_some() {
                    text.push(' ');
                    text.push_str(&words("report-asked-differently", &[before]));
                }
            }
        }
        told.push(point(
            question.symbol.as_ref().map(SymbolName::as_str),
            text,
        ));
    }
    if told.is_empty() {
        told.push(point(None, words("report-no-numbers", &[])));
    }
    // Who said it, in the report's language: the age band as the wave's age question words it.
    let age_question = target
        .survey
        .questions
        .iter()
        .find(|question| question.key.as_str() == ATTRIBUTION_QUESTION_KEY);
    let attribution = |quote: &Quote| {
        let band = age_question
            .zip(quote.age_value.as_ref())
            .and_then(|(question, value)| question.option(value.as_str()))
            .and_then(|option| option.labels.get(language, ResponseFormat::EasyRead))?;
        Some(words(
            "report-quote-by",
            &[("band", Arg::Text(band.clone()))],
        ))
    };
    let quotes = shared::a_few_quotes(&inputs.quotes, QUOTES_IN_EASY_READ, &attribution);
    let own_words = if quotes.is_empty() {
        vec![point(Some("writing"), words("report-still-reading", &[]))]
    } else {
        vec![
            point(Some("writing"), words("report-own-words", &[])),
            Block::Quotes { quotes },
        ]
    };
    let next_paragraphs = paragraphs(&inputs.texts.easy_read_next);
    let mut next: Vec<Block> = Vec::new();
    if next_paragraphs.is_empty() {
        next.push(point(Some("signpost"), words("report-next-soon", &[])));
    } else {
        // The team writes these in English; a reader of another language is told so.
        if !language.is_english() {
            next.push(point(None, words("report-next-in-english", &[])));
        }
        next.extend(
            next_paragraphs
                .into_iter()
                .enumerate()
                .map(|(index, text)| {
                    team_point((index == 0).then_some("signpost"), text, language)
                }),
        );
    }
    if !inputs.actions.is_empty() {
        next.push(Block::Actions {
            actions: action_lines::lines(
                &inputs.actions,
                &Readers::Public {
                    language,
                    register: ResponseFormat::EasyRead,
                },
            ),
        });
    }
    let prepared_on = day_in(language, inputs.prepared_on);
    ReportDocument {
        kind: ReportKind::EasyRead,
        title: words("report-you-said-title", &[year_arg()]),
        subtitle: words("report-you-said-subtitle", &[]),
        labels: labels(language, &inputs.publisher, &prepared_on),
        prepared_on,
        publisher: inputs.publisher.clone(),
        language: language.to_string(),
        sections: vec![
            Section {
                heading: words("report-about-heading", &[]),
                blocks: about,
            },
            Section {
                heading: words("report-told-heading", &[]),
                blocks: told,
            },
            Section {
                heading: words("report-own-words-heading", &[]),
                blocks: own_words,
            },
            Section {
                heading: words("report-next-heading", &[]),
                blocks: next,
            },
            Section {
                heading: words("report-worried-heading", &[]),
                blocks: vec![
                    point(Some("talking"), words("report-worried-adult", &[])),
                    point(Some("phone"), words("report-childline", &[])),
                ],
            },
        ],
    }
}

/// How a measure's share is told in Easy Read.
enum Share {
    InTen(f64),
    AlmostAll,
    VeryFew,
}

impl Share {
    /// "About 6 in 10", for the English sentences built on a measure's phrase.
    fn in_english(&self) -> String {
        match self {
            Share::InTen(percent) => capitalised(&in_ten(*percent)),
            Share::AlmostAll => "Almost all".to_owned(),
            Share::VeryFew => "Very few".to_owned(),
        }
    }

    /// The sentence's message, and the tenths it names.
    fn message(&self) -> (&'static str, Option<u32>) {
        match self {
            Share::InTen(percent) => {
                let tenths = (percent / 10.0).round();
                if tenths < 1.0 {
                    ("report-measure-under-one", None)
                } else if tenths >= 10.0 {
                    ("report-measure-almost-all", None)
                } else {
                    ("report-measure-tenths", Some(tenths as u32))
                }
            }
            Share::AlmostAll => ("report-measure-almost-all", None),
            Share::VeryFew => ("report-measure-very-few", None),
        }
    }
}
