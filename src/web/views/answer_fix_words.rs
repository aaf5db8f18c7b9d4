//! What a young person reads when an answer needs fixing, in the wording they chose.

use super::words::Words;
use crate::domain::answer::{AnswerFix, group_thousands};
use crate::domain::survey::ResponseFormat;

pub fn say(fix: &AnswerFix, format: ResponseFormat) -> String {
    let words = Words::new(format);
    match fix {
        AnswerFix::SkipWithAnswers => words.t("fix-skip-with-answers"),
        AnswerFix::NothingChosen { one_answer: true } => words.t("fix-nothing-chosen-one"),
        AnswerFix::NothingChosen { one_answer: false } => words.t("fix-nothing-chosen-many"),
        AnswerFix::ExclusiveClash { label } => {
            words.with("fix-exclusive", &[("answer", label.as_str().into())])
        }
        AnswerFix::TooLong { limit, length } => words.with(
            "fix-too-long",
            &[
                ("limit", group_thousands(*limit).into()),
                ("length", group_thousands(*length).into()),
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
