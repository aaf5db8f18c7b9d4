//! What a young person reads when an answer needs fixing, in the wording they chose.

use super::easy_read_words as easy;
use crate::domain::answer::{AnswerFix, group_thousands};
use crate::domain::survey::ResponseFormat;

pub fn say(fix: &AnswerFix, format: ResponseFormat) -> String {
    match format {
        ResponseFormat::Standard => standard(fix),
        ResponseFormat::EasyRead => easy_read(fix),
    }
}

fn standard(fix: &AnswerFix) -> String {
    match fix {
        AnswerFix::SkipWithAnswers => {
            "Choose your answers or \u{2018}I do not want to say\u{2019}, not both".into()
        }
        AnswerFix::NothingChosen { one_answer: true } => {
            "Choose one answer, or choose \u{2018}I do not want to say\u{2019}".into()
        }
        AnswerFix::NothingChosen { one_answer: false } => {
            "Choose at least one answer, or choose \u{2018}I do not want to say\u{2019}".into()
        }
        AnswerFix::ExclusiveClash { label } => format!(
            "\u{2018}{label}\u{2019} cannot go with other answers. Choose \u{2018}{label}\u{2019} on its own, or choose the other answers without it"
        ),
        AnswerFix::TooLong { limit, length } => format!(
            "Your answer must be {} characters or fewer. It has {} characters now",
            group_thousands(*limit),
            group_thousands(*length)
        ),
    }
}

fn easy_read(fix: &AnswerFix) -> String {
    match fix {
        AnswerFix::SkipWithAnswers => easy::SKIP_WITH_ANSWERS.into(),
        AnswerFix::NothingChosen { one_answer: true } => easy::NOTHING_CHOSEN_ONE.into(),
        AnswerFix::NothingChosen { one_answer: false } => easy::NOTHING_CHOSEN_MANY.into(),
        AnswerFix::ExclusiveClash { label } => {
            easy::fill(easy::EXCLUSIVE_CLASH, &[("label", label)])
        }
        AnswerFix::TooLong { limit, length } => easy::fill(
            easy::TOO_LONG,
            &[
                ("limit", &group_thousands(*limit)),
                ("length", &group_thousands(*length)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_fix_reads_differently_in_easy_read_and_names_the_answer() {
        let fixes = [
            AnswerFix::SkipWithAnswers,
            AnswerFix::NothingChosen { one_answer: true },
            AnswerFix::NothingChosen { one_answer: false },
            AnswerFix::ExclusiveClash {
                label: "Nobody yet".into(),
            },
            AnswerFix::TooLong {
                limit: 2000,
                length: 2001,
            },
        ];
        for fix in &fixes {
            assert_ne!(
                say(fix, ResponseFormat::Standard),
                say(fix, ResponseFormat::EasyRead)
            );
        }
        assert_eq!(
            say(&fixes[3], ResponseFormat::EasyRead),
            "Choose \u{2018}Nobody yet\u{2019} on its own. Or choose the other answers without it."
        );
        assert_eq!(
            say(&fixes[4], ResponseFormat::EasyRead),
            "You wrote 2,001 letters. You can write up to 2,000 letters."
        );
        assert_eq!(
            say(&fixes[4], ResponseFormat::Standard),
            "Your answer must be 2,000 characters or fewer. It has 2,001 characters now"
        );
    }
}
