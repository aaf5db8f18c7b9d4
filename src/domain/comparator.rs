//! Other local surveys' published figures (the OxWell survey, the Oxfordshire Youth survey), each
//! mapped to one of a programme's measures, so reports can show it beside the measure: always
//! as a different survey that asked its own question, never tested as if it were ours.

use super::https_link::HttpsLink;
use super::ids::{ComparatorId, ProgrammeId};
use super::message::Message;
use super::number_format::thousands;
use super::survey::PlanItem;
use super::target::YEARS;
use super::wide_csv::{ImportProblem, unreadable};

pub const SOURCE_MAX_CHARS: usize = 120;
pub const WORDING_MAX_CHARS: usize = 400;
/// More young people than any survey of one county could ask.
pub const MAX_RESPONDENTS: u32 = 10_000_000;

/// A share as the other survey published it, to one decimal place: 0.0% to 100.0%.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedShare(u16);

impl PublishedShare {
    /// Reads "64", "64.5" or "64.5%".
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().trim_end_matches('%').trim();
        let (whole, tenth) = match text.split_once('.') {
            Some((whole, tenth)) if tenth.len() == 1 => (whole, tenth),
            Some(_) => return None,
            None => (text, "0"),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 3 {
            return None;
        }
        let tenths = whole.parse::<u16>().ok()? * 10 + tenth.parse::<u16>().ok()?;
        Self::from_tenths(tenths)
    }

    pub fn from_tenths(tenths: u16) -> Option<Self> {
        (tenths <= 1000).then_some(Self(tenths))
    }

    pub fn tenths(self) -> u16 {
        self.0
    }

    /// "64%" or "64.5%".
    pub fn label(self) -> String {
        if self.0.is_multiple_of(10) {
            format!("{}%", self.0 / 10)
        } else {
            format!("{}.{}%", self.0 / 10, self.0 % 10)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalComparator {
    pub id: ComparatorId,
    pub programme: ProgrammeId,
    pub item: PlanItem,
    pub figure: NewComparator,
}

/// The figure as the team typed it from the other survey's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComparator {
    pub item: PlanItem,
    /// The survey, e.g. "OxWell survey".
    pub source: String,
    pub year: i32,
    /// The other survey's own question, word for word.
    pub wording: String,
    pub share: PublishedShare,
    /// How many answered it, when the report says.
    pub respondents: Option<u32>,
    pub link: Option<HttpsLink>,
}

impl NewComparator {
    /// The sentence beside a measure: what the other survey found, in its own words, and that it
    /// is not compared with ours.
    pub fn sentence(&self) -> String {
        let of = self
            .respondents
            .map(|n| format!(" of {} young people", thousands(u64::from(n))))
            .unwrap_or_default();
        format!(
            "A different survey, the {} {}, found {}{of} answering positively to its own \
             question \u{201C}{}\u{201D}. It is shown for context, not compared with ours: the \
             question and who was asked differ.",
            self.source,
            self.year,
            self.share.label(),
            self.wording
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparatorProblem {
    NoMeasure,
    BadSource,
    BadYear,
    BadWording,
    BadShare,
    BadRespondents,
    BadLink,
}

impl ComparatorProblem {
    /// What to do about it, as a staff catalogue message.
    pub fn message(self) -> Message {
        match self {
            Self::NoMeasure => Message::new("staff-comparator-problem-measure"),
            Self::BadSource => {
                Message::new("staff-comparator-problem-source").with("max", SOURCE_MAX_CHARS)
            }
            Self::BadYear => Message::new("staff-comparator-problem-year"),
            Self::BadWording => {
                Message::new("staff-comparator-problem-wording").with("max", WORDING_MAX_CHARS)
            }
            Self::BadShare => Message::new("staff-comparator-problem-share"),
            Self::BadRespondents => Message::new("staff-comparator-problem-respondents"),
            Self::BadLink => Message::new("staff-comparator-problem-link"),
        }
    }

    /// The form field the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            Self::NoMeasure => "measure",
            Self::BadSource => "source",
            Self::BadYear => "year",
            Self::BadWording => "wording",
            Self::BadShare => "share",
            Self::BadRespondents => "respondents",
            Self::BadLink => "link",
        }
    }
}

/// The form's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct TypedComparator {
    pub measure: String,
    pub source: String,
    pub year: String,
    pub wording: String,
    pub share: String,
    pub respondents: String,
    pub link: String,
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the form; `measures` are the programme's plan items, the only ones allowed.
pub fn parse(
    typed: &TypedComparator,
    measures: &[PlanItem],
) -> Result<NewComparator, ComparatorProblem> {
    let item =
        PlanItem::chosen_from(&typed.measure, measures).ok_or(ComparatorProblem::NoMeasure)?;
    let source = one_line(&typed.source);
    if source.is_empty() || source.chars().count() > SOURCE_MAX_CHARS {
        return Err(ComparatorProblem::BadSource);
    }
    let year = typed
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|year| YEARS.contains(year))
        .ok_or(ComparatorProblem::BadYear)?;
    let wording = one_line(&typed.wording);
    if wording.is_empty() || wording.chars().count() > WORDING_MAX_CHARS {
        return Err(ComparatorProblem::BadWording);
    }
    let share = PublishedShare::parse(&typed.share).ok_or(ComparatorProblem::BadShare)?;
    let respondents = match typed.respondents.trim().replace(',', "") {
        empty if empty.is_empty() => None,
        number => Some(
            number
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_RESPONDENTS).contains(n))
                .ok_or(ComparatorProblem::BadRespondents)?,
        ),
    };
    let link = match typed.link.trim() {
        "" => None,
        link => {
            Some(HttpsLink::parse(link, "report link").map_err(|_| ComparatorProblem::BadLink)?)
        }
    };
    Ok(NewComparator {
        item,
        source,
        year,
        wording,
        share,
        respondents,
        link,
    })
}

/// The columns of a file of other surveys' figures, one figure a row.
pub const CSV_HEADER: [&str; 7] = [
    "plan_item",
    "source",
    "year",
    "wording",
    "share",
    "respondents",
    "link",
];

/// Reads a file of figures (`CSV_HEADER`, `respondents` and `link` may be empty): every figure,
/// or every problem named with its line, so nothing is stored from a file with a mistake.
pub fn read_csv(
    text: &str,
    measures: &[PlanItem],
) -> Result<Vec<NewComparator>, Vec<ImportProblem>> {
    let problem = |line: u64, message: Message| ImportProblem {
        line,
        column: None,
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|cell| cell.trim().to_owned()).collect(),
        Err(error) => return Err(vec![problem(1, unreadable(&error))]),
    };
    let columns: Vec<Option<usize>> = CSV_HEADER
        .iter()
        .map(|name| header.iter().position(|cell| cell == name))
        .collect();
    if columns[..5].iter().any(Option::is_none) {
        return Err(vec![problem(
            1,
            Message::new("staff-import-comparator-header").with("columns", CSV_HEADER.join(",")),
        )]);
    }
    let mut figures = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(problem(line, unreadable(&error)));
                continue;
            }
        };
        let cell = |column: usize| {
            columns[column]
                .and_then(|at| record.get(at))
                .unwrap_or_default()
                .to_owned()
        };
        let typed = TypedComparator {
            measure: cell(0),
            source: cell(1),
            year: cell(2),
            wording: cell(3),
            share: cell(4),
            respondents: cell(5),
            link: cell(6),
        };
        match parse(&typed, measures) {
            Ok(figure) => figures.push(figure),
            Err(mistake) => problems.push(ImportProblem {
                line,
                column: Some(mistake.field().to_owned()),
                message: mistake.message(),
            }),
        }
    }
    if problems.is_empty() {
        Ok(figures)
    } else {
        Err(problems)
    }
}

/// The figures to show beside a measure in a report of `year`: for each other survey, its most
/// recent figure published by then.
pub fn for_report(
    comparators: &[LocalComparator],
    item: PlanItem,
    year: i32,
) -> Vec<&LocalComparator> {
    let mut chosen: Vec<&LocalComparator> = Vec::new();
    for comparator in comparators
        .iter()
        .filter(|c| c.item == item && c.figure.year <= year)
    {
        match chosen
            .iter_mut()
            .find(|other| other.figure.source == comparator.figure.source)
        {
            Some(other) if other.figure.year < comparator.figure.year => *other = comparator,
            Some(_) => {}
            None => chosen.push(comparator),
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(number: u8) -> PlanItem {
        PlanItem::new(number).unwrap()
    }

    fn typed() -> TypedComparator {
        TypedComparator {
            measure: "13".into(),
            source: " OxWell   survey ".into(),
            year: "2023".into(),
            wording: "I know who to ask\nfor help".into(),
            share: "64.5%".into(),
            respondents: "1,234".into(),
            link: "https://oxwell.org/reports/2023".into(),
        }
    }

    #[test]
    fn shares_are_read_to_one_decimal_place_and_no_more() {
        for (text, tenths) in [("64", 640), ("64.5", 645), (" 0.1% ", 1), ("100", 1000)] {
            assert_eq!(
                PublishedShare::parse(text).map(PublishedShare::tenths),
                Some(tenths),
                "{text}"
            );
        }
        for text in ["", "64.55", "100.1", "-3", "6e1", "64,5", ".5", "1000"] {
            assert_eq!(PublishedShare::parse(text), None, "{text}");
        }
        assert_eq!(PublishedShare::parse("64").unwrap().label(), "64%");
        assert_eq!(PublishedShare::parse("64.5").unwrap().label(), "64.5%");
    }

    #[test]
    fn a_figure_is_read_tidied_and_each_mistake_named_with_its_field() {
        let figure = parse(&typed(), &[item(13)]).unwrap();
        assert_eq!(figure.source, "OxWell survey");
        assert_eq!(figure.wording, "I know who to ask for help");
        assert_eq!(figure.respondents, Some(1234));
        assert_eq!(
            figure.sentence(),
            "A different survey, the OxWell survey 2023, found 64.5% of 1,234 young people \
             answering positively to its own question \u{201C}I know who to ask for help\u{201D}. \
             It is shown for context, not compared with ours: the question and who was asked differ."
        );
        let wrong = |change: fn(&mut TypedComparator)| {
            let mut form = typed();
            change(&mut form);
            parse(&form, &[item(13)]).unwrap_err().field()
        };
        assert_eq!(wrong(|f| f.measure = "14".into()), "measure");
        assert_eq!(wrong(|f| f.source = " ".into()), "source");
        assert_eq!(wrong(|f| f.year = "23".into()), "year");
        assert_eq!(wrong(|f| f.wording = String::new()), "wording");
        assert_eq!(wrong(|f| f.share = "101".into()), "share");
        assert_eq!(wrong(|f| f.respondents = "0".into()), "respondents");
        assert_eq!(wrong(|f| f.link = "javascript:alert(1)".into()), "link");
        assert_eq!(wrong(|f| f.link = "http://oxwell.org".into()), "link");
        let mut optional = typed();
        optional.respondents = String::new();
        optional.link = String::new();
        assert_eq!(parse(&optional, &[item(13)]).unwrap().respondents, None);
    }

    #[test]
    fn a_file_of_figures_is_read_whole_or_each_mistake_is_named_with_its_line() {
        let measures = [item(13), item(14)];
        let good = "plan_item,source,year,wording,share,respondents,link\n\
                    13,OxWell survey,2023,I know who to ask for help,64.5,\"1,234\",https://oxwell.org/2023\n\
                    14,Oxfordshire Youth survey,2022,Information is easy to find,51,,\n";
        let figures = read_csv(good, &measures).unwrap();
        assert_eq!(figures.len(), 2);
        assert_eq!(figures[0].respondents, Some(1234));
        assert_eq!(figures[1].link, None);
        let bad = "plan_item,source,year,wording,share\n\
                   13,OxWell survey,2023,Asked,64.5\n\
                   15,OxWell survey,2023,Asked,64.5\n\
                   14,OxWell survey,23,Asked,640\n";
        let problems: Vec<(u64, Option<String>, &str)> = read_csv(bad, &measures)
            .unwrap_err()
            .into_iter()
            .map(|problem| (problem.line, problem.column, problem.message.id))
            .collect();
        assert_eq!(
            problems,
            [
                (
                    3,
                    Some("measure".to_owned()),
                    "staff-comparator-problem-measure"
                ),
                (4, Some("year".to_owned()), "staff-comparator-problem-year"),
            ]
        );
        assert!(read_csv("source,year\nx,2023\n", &measures).is_err());
    }

    #[test]
    fn a_report_shows_each_other_surveys_latest_figure_published_by_its_year() {
        let figure = |source: &str, year: i32, number: u8| LocalComparator {
            id: ComparatorId::new_random(),
            programme: ProgrammeId::BE_SUPPORTED,
            item: item(number),
            figure: NewComparator {
                item: item(number),
                source: source.into(),
                year,
                wording: "Asked".into(),
                share: PublishedShare::from_tenths(500).unwrap(),
                respondents: None,
                link: None,
            },
        };
        let all = [
            figure("OxWell survey", 2021, 13),
            figure("OxWell survey", 2022, 13),
            figure("OxWell survey", 2024, 13),
            figure("Oxfordshire Youth survey", 2020, 13),
            figure("OxWell survey", 2022, 14),
        ];
        let shown: Vec<(&str, i32)> = for_report(&all, item(13), 2022)
            .iter()
            .map(|c| (c.figure.source.as_str(), c.figure.year))
            .collect();
        assert_eq!(
            shown,
            [("OxWell survey", 2022), ("Oxfordshire Youth survey", 2020)]
        );
    }
}
