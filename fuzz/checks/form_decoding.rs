//! Any bytes posted as a question page's form: decoding never panics, and whatever decodes is
//! either a valid answer to each question or a problem, never a panic.
//!
//! One copy of the check, run by cargo fuzz (fuzz_targets/) and by `cargo test` over the seeds and
//! their mutations (tests/api/fuzz_bodies.rs).

use youthvoice::domain::answer::Answer;
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::survey::ResponseFormat;
use youthvoice::web::forms::FormFields;
use youthvoice::web::routes::questions::submitted_answer;

pub fn check(body: &[u8]) {
    let Ok(fields) = FormFields::decode(body) else {
        return;
    };
    let submitted = submitted_answer(&fields);
    for question in &be_supported(2030).questions {
        if let Ok(Answer::Chosen { values, .. }) =
            Answer::from_submission(question, ResponseFormat::Standard, &submitted)
        {
            assert!(
                values
                    .iter()
                    .all(|value| question.option(value.as_str()).is_some()),
                "only the question's own options are accepted"
            );
            assert!(
                question.exclusive_clash(&values).is_none(),
                "an answer that excludes the others is accepted only on its own"
            );
        }
    }
}
