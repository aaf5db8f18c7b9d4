//! The built-in "Be Supported" template: plan items 13–16 in the plan's own words, their follow-ups,
//! free text for quotes, consent to quote, and the demographics the Board reports by.

use super::ids::{OptionId, OptionValue, QuestionId, QuestionKey, Slug, SurveyId, SymbolName};
use super::survey::{
    AnswerOption, DEFAULT_SUPPRESSION_THRESHOLD, PlanItem, Question, QuestionKind, QuestionWording,
    ResponseFormat, Survey, SurveyStatus, SurveyTexts,
};
use super::wording::Wordings;

/// The name `survey new --template` takes for this template.
pub const BE_SUPPORTED: &str = "be-supported";

/// A fresh "Be Supported" wave for `year`, as a draft with new ids, in English. Translations
/// of it are kept in `assets/translations/be-supported/` as filled translators' sheets.
pub fn be_supported(year: i32) -> Survey {
    Survey {
        id: SurveyId::new_random(),
        slug: Slug::parse(&format!("be-supported-{year}")).expect("template slug is valid"),
        title: format!("Be Supported {year}"),
        year,
        status: SurveyStatus::Draft,
        opens_on: None,
        closes_on: None,
        texts: Wordings::english(
            SurveyTexts {
                intro: "This survey asks whether you get the support you need. VOXY, Oxfordshire's youth \
                board, and the council's Engagement and Consultation Team use your answers to tell \
                the Children's Trust Board what needs to change. It takes about 10 minutes. You can \
                skip any question."
                    .into(),
                privacy: "We do not ask for your name. We do not keep your email address, your internet \
                  address or the exact time you answered, so nobody can tell which answers are \
                  yours. If you save your answers to finish later, we give you a code and keep only \
                  a scrambled copy of it."
                    .into(),
            },
            SurveyTexts {
                intro: "We want to know if you get the help you need. \
                          Your answers help us make things better. \
                          It takes about 10 minutes. \
                          You do not have to answer every question."
                    .into(),
                privacy: "We do not ask for your name. \
                            Nobody will know which answers are yours."
                    .into(),
            },
        ),
        suppression_threshold: DEFAULT_SUPPRESSION_THRESHOLD,
        questions: questions(),
    }
}

fn questions() -> Vec<Question> {
    vec![
        ask("know_who_to_speak_to", QuestionKind::Agreement,
            "I know who I can speak to when I need support.",
            "I know who to talk to when I need help.")
            .symbol("talking")
            .hint("Think about family, friends, school and services.", "This could be family, friends or school.")
            .plan(13).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("listened_to", QuestionKind::Frequency,
            "When you speak to someone about a problem, how often do you feel listened to?",
            "When you talk about a problem, do people listen to you?")
            .symbol("listening")
            .plan(13).options(frequency()).positive(&["always", "often"]).build(),
        ask("believed", QuestionKind::Frequency,
            "When you speak to someone about a problem, how often do you feel believed?",
            "When you talk about a problem, do people believe you?")
            .symbol("believing")
            .plan(13).options(frequency()).positive(&["always", "often"]).build(),
        ask("where_go_for_support", QuestionKind::MultipleChoice,
            "Where do you go for support?",
            "Who do you go to for help?")
            .symbol("signpost")
            .hint("Choose all that apply.", "You can choose more than 1 answer.")
            .plan(13)
            .options(&[
                ("family", "Family", "My family", "family"),
                ("friends", "Friends", "My friends", "friends"),
                ("school_staff", "A teacher or someone else at school or college", "Someone at school", "school"),
                ("youth_worker", "A youth worker", "A youth worker", "youth-worker"),
                ("health_worker", "A doctor, nurse or counsellor", "A doctor or nurse", "health"),
                ("social_worker", "A social worker", "A social worker", "social-worker"),
                ("helpline", "A helpline, such as Childline", "A phone line for help", "phone"),
                ("online", "Websites or apps", "The internet", "internet"),
                ("nobody", "Nobody", "Nobody", "nobody"),
                ("other", "Somewhere else", "Someone else", "something-else"),
            ])
            .invites_text("other").excludes_others("nobody").build(),
        ask("information_suits_me", QuestionKind::Agreement,
            "I can get information in a way which suits me best.",
            "I can get information in a way that is good for me.")
            .symbol("information")
            .plan(14).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("how_get_information", QuestionKind::MultipleChoice,
            "How do you like to get information?",
            "How do you like to find things out?")
            .symbol("finding-out")
            .hint("Choose all that apply.", "You can choose more than 1 answer.")
            .plan(14)
            .options(&[
                ("face_to_face", "Talking face to face", "Talking to a person", "talking"),
                ("phone_call", "A phone call", "A phone call", "phone"),
                ("text_message", "Text messages", "A text message", "text-message"),
                ("social_media", "Social media", "Social media", "social-media"),
                ("website", "Websites", "Websites", "internet"),
                ("leaflet", "Leaflets and posters", "Leaflets and posters", "leaflet"),
                ("video", "Videos", "Videos", "video"),
                ("easy_read", "Easy Read with pictures", "Easy Read with pictures", "easy-read"),
                ("email", "Email", "Email", "email"),
                ("other", "Another way", "Another way", "something-else"),
            ])
            .invites_text("other").build(),
        ask("have_role_models", QuestionKind::YesNoNotSure,
            "Do you have inspiring role models?",
            "Is there someone you look up to?")
            .symbol("role-model")
            .hint("A role model is someone you look up to and want to be like.",
                  "This is a person who makes you want to do well.")
            .plan(15).options(yes_no_not_sure()).positive(&["yes"]).build(),
        ask("who_role_models", QuestionKind::MultipleChoice,
            "Who are your role models?",
            "Who do you look up to?")
            .symbol("role-model")
            .hint("Choose all that apply.", "You can choose more than 1 answer.")
            .plan(15)
            .options(&[
                ("parent_carer", "A parent or carer", "My mum, dad or carer", "parent-and-child"),
                ("family", "Someone else in my family", "Someone in my family", "family"),
                ("friend", "A friend", "A friend", "friends"),
                ("teacher", "A teacher", "A teacher", "teacher"),
                ("youth_worker", "A youth worker or sports coach", "A youth worker or coach", "coach"),
                ("famous", "Someone famous", "Someone famous", "famous"),
                ("online", "Someone I follow online", "Someone on the internet", "online-person"),
                ("none_yet", "I do not have one yet", "Nobody yet", "nobody"),
                ("other", "Someone else", "Someone else", "something-else"),
            ])
            .invites_text("other").excludes_others("none_yet").build(),
        ask("staff_experienced_caring", QuestionKind::Agreement,
            "The staff I talk to are experienced and caring.",
            "The staff I talk to know how to help me. They care about me.")
            .symbol("caring-staff")
            .hint("For example staff at school, in health services or in youth services.",
                  "This could be staff at school or a youth club.")
            .plan(16).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("feel_supported", QuestionKind::FaceScale,
            "Overall, how do you feel about the support you get?",
            "How do you feel about the help you get?")
            .symbol("feelings")
            .options(&[
                ("very_unhappy", "Very unhappy", "Very unhappy", "face-very-unhappy"),
                ("unhappy", "Unhappy", "Unhappy", "face-unhappy"),
                ("okay", "Okay", "Okay", "face-okay"),
                ("happy", "Happy", "Happy", "face-happy"),
                ("very_happy", "Very happy", "Very happy", "face-very-happy"),
            ])
            .positive(&["happy", "very_happy"]).build(),
        ask("what_would_help", QuestionKind::FreeText,
            "What would help you feel more supported?",
            "What would help you more?")
            .symbol("writing")
            .hint("Please do not write your name or anyone else's.",
                  "Please do not write any names.")
            .build(),
        ask("anything_else", QuestionKind::FreeText,
            "Is there anything else you would like to tell us?",
            "Is there anything else you want to tell us?")
            .symbol("more-to-say")
            .hint("Please do not write your name or anyone else's.",
                  "Please do not write any names.")
            .build(),
        ask("consent_to_quote", QuestionKind::SingleChoice,
            "Can we share what you wrote, without your name?",
            "Can we share your words?")
            .symbol("sharing-words")
            .hint("We may print your words in a report for the Children's Trust Board. \
                   Young people on VOXY check every quote first and remove anything that could show who you are.",
                  "We may put your words in a report. We never say who wrote them.")
            .options(&[
                ("yes", "Yes, you can share my words", "Yes, you can share my words", "yes"),
                ("no", "No, do not share my words", "No, do not share my words", "no"),
            ])
            .build(),
        ask("age_band", QuestionKind::SingleChoice, "How old are you?", "How old are you?")
            .symbol("age")
            .demographic()
            .options(&[
                ("age_8_10", "8 to 10", "8 to 10", "age-8-10"),
                ("age_11_13", "11 to 13", "11 to 13", "age-11-13"),
                ("age_14_15", "14 or 15", "14 or 15", "age-14-15"),
                ("age_16_17", "16 or 17", "16 or 17", "age-16-17"),
                ("age_18_25", "18 to 25", "18 to 25", "age-18-25"),
            ])
            .build(),
        ask("gender", QuestionKind::SingleChoice, "What is your gender?", "Are you a boy or a girl, or something else?")
            .symbol("people")
            .demographic()
            .options(&[
                ("girl", "Girl or young woman", "A girl", "girl"),
                ("boy", "Boy or young man", "A boy", "boy"),
                ("non_binary", "Non-binary", "Non-binary", "non-binary-person"),
                ("self_describe", "I describe myself another way", "Something else", "describe-myself"),
            ])
            .invites_text("self_describe").build(),
        ask("district", QuestionKind::SingleChoice, "Where do you live?", "Where do you live?")
            .symbol("place")
            .hint("Choose the district council area.", "Choose the place nearest to you.")
            .demographic()
            .options(&[
                ("cherwell", "Cherwell (for example Banbury, Bicester or Kidlington)", "Cherwell", "place"),
                ("oxford", "Oxford city", "Oxford", "place"),
                ("south_oxfordshire", "South Oxfordshire (for example Didcot, Henley or Thame)", "South Oxfordshire", "place"),
                ("vale_of_white_horse", "Vale of White Horse (for example Abingdon, Faringdon or Wantage)", "Vale of White Horse", "place"),
                ("west_oxfordshire", "West Oxfordshire (for example Witney, Carterton or Chipping Norton)", "West Oxfordshire", "place"),
                ("outside_oxfordshire", "Outside Oxfordshire", "Not in Oxfordshire", "outside-area"),
                ("not_sure", "I am not sure", "I am not sure", "not-sure"),
            ])
            .build(),
        ask("send", QuestionKind::YesNoNotSure,
            "Do you have special educational needs or a disability (SEND)?",
            "Do you have a disability, or need extra help to learn?")
            .symbol("extra-help-learning")
            .demographic().options(yes_no_not_sure()).build(),
        ask("young_carer", QuestionKind::YesNoNotSure,
            "Are you a young carer?",
            "Do you look after someone in your family?")
            .symbol("young-carer")
            .hint("A young carer looks after someone in their family who is ill, disabled, or has problems with drugs or alcohol.",
                  "This could be someone who is ill or disabled.")
            .demographic().options(yes_no_not_sure()).build(),
        ask("care_experience", QuestionKind::YesNoNotSure,
            "Are you, or have you ever been, in care?",
            "Do you live in care now, or did you before?")
            .symbol("home-with-heart")
            .hint("For example living with foster carers, in a children's home, or with family under a care order.",
                  "This could be with foster carers or in a children's home.")
            .demographic().options(yes_no_not_sure()).build(),
    ]
}

/// Stored value, standard label, Easy Read label, symbol.
type OptionWords = (&'static str, &'static str, &'static str, &'static str);

fn agreement() -> &'static [OptionWords] {
    &[
        (
            "strongly_agree",
            "Strongly agree",
            "Yes, a lot",
            "face-very-happy",
        ),
        ("agree", "Agree", "Yes", "face-happy"),
        (
            "neither",
            "Neither agree nor disagree",
            "Not sure",
            "face-okay",
        ),
        ("disagree", "Disagree", "No", "face-unhappy"),
        (
            "strongly_disagree",
            "Strongly disagree",
            "No, not at all",
            "face-very-unhappy",
        ),
    ]
}

fn frequency() -> &'static [OptionWords] {
    &[
        ("always", "Always", "Always", "face-very-happy"),
        ("often", "Often", "Most of the time", "face-happy"),
        ("sometimes", "Sometimes", "Sometimes", "face-okay"),
        ("rarely", "Rarely", "Not often", "face-unhappy"),
        ("never", "Never", "Never", "face-very-unhappy"),
    ]
}

fn yes_no_not_sure() -> &'static [OptionWords] {
    &[
        ("yes", "Yes", "Yes", "yes"),
        ("no", "No", "No", "no"),
        ("not_sure", "Not sure", "I am not sure", "not-sure"),
    ]
}

fn symbol_name(name: &str) -> SymbolName {
    SymbolName::parse(name).expect("template symbol name is valid")
}

/// A small builder so the template reads as a list of questions rather than of struct fields.
struct QuestionDraft(Question);

fn ask(key: &str, kind: QuestionKind, text: &str, easy_read_text: &str) -> QuestionDraft {
    QuestionDraft(Question {
        id: QuestionId::new_random(),
        key: QuestionKey::parse(key).expect("template key is valid"),
        kind,
        wording: Wordings::english(
            QuestionWording::new(text, None),
            QuestionWording::new(easy_read_text, None),
        ),
        symbol: None,
        plan_item: None,
        is_demographic: false,
        options: Vec::new(),
    })
}

impl QuestionDraft {
    fn hint(mut self, standard: &str, easy_read: &str) -> Self {
        self.0.wording.in_english_mut(ResponseFormat::Standard).hint = Some(standard.into());
        self.0.wording.in_english_mut(ResponseFormat::EasyRead).hint = Some(easy_read.into());
        self
    }

    fn symbol(mut self, name: &str) -> Self {
        self.0.symbol = Some(symbol_name(name));
        self
    }

    fn plan(mut self, item: u8) -> Self {
        self.0.plan_item = Some(PlanItem::new(item).expect("template plan item is valid"));
        self
    }

    fn demographic(mut self) -> Self {
        self.0.is_demographic = true;
        self
    }

    fn options(mut self, words: &[OptionWords]) -> Self {
        self.0.options = words
            .iter()
            .map(|(value, label, easy_read_label, symbol)| AnswerOption {
                id: OptionId::new_random(),
                value: OptionValue::parse(value).expect("template option value is valid"),
                labels: Wordings::english((*label).into(), (*easy_read_label).into()),
                symbol: Some(symbol_name(symbol)),
                is_positive: false,
                invites_text: false,
                excludes_others: false,
            })
            .collect();
        self
    }

    fn positive(mut self, values: &[&str]) -> Self {
        for option in &mut self.0.options {
            option.is_positive = values.contains(&option.value.as_str());
        }
        self
    }

    fn invites_text(mut self, value: &str) -> Self {
        for option in &mut self.0.options {
            option.invites_text = option.value.as_str() == value;
        }
        self
    }

    /// "Nobody" and the like: chosen only on their own.
    fn excludes_others(mut self, value: &str) -> Self {
        for option in &mut self.0.options {
            option.excludes_others |= option.value.as_str() == value;
        }
        self
    }

    fn build(self) -> Question {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_be_supported_commitment_has_a_headline_question() {
        let survey = be_supported(2023);
        for item in PlanItem::RANGE {
            assert!(
                survey
                    .questions
                    .iter()
                    .any(|q| q.plan_item.map(PlanItem::number) == Some(item)
                        && q.options.iter().any(|o| o.is_positive)),
                "no headline question for plan item {item}"
            );
        }
    }

    #[test]
    fn keys_and_option_values_are_unique_and_every_closed_question_has_options() {
        let survey = be_supported(2023);
        let keys: HashSet<_> = survey.questions.iter().map(|q| &q.key).collect();
        assert_eq!(keys.len(), survey.questions.len());
        for question in &survey.questions {
            let values: HashSet<_> = question.options.iter().map(|o| &o.value).collect();
            assert_eq!(values.len(), question.options.len(), "{}", question.key);
            assert_eq!(
                question.kind.has_options(),
                !question.options.is_empty(),
                "{}",
                question.key
            );
        }
    }

    #[test]
    fn every_question_and_option_has_a_symbol_from_the_built_in_library() {
        let library = crate::domain::symbols::SymbolLibrary::from_manifest(include_str!(
            "../../assets/symbols/manifest.csv"
        ))
        .unwrap();
        for question in &be_supported(2023).questions {
            let symbol = question.symbol.as_ref().expect("question has a symbol");
            assert!(library.contains(symbol), "{}: {symbol}", question.key);
            for option in &question.options {
                let symbol = option.symbol.as_ref().expect("option has a symbol");
                assert!(
                    library.contains(symbol),
                    "{}/{}: {symbol}",
                    question.key,
                    option.value
                );
            }
        }
    }

    #[test]
    fn the_template_asks_the_demographics_the_board_reports_by() {
        let survey = be_supported(2023);
        let demographics: Vec<&str> = survey
            .questions
            .iter()
            .filter(|q| q.is_demographic)
            .map(|q| q.key.as_str())
            .collect();
        assert_eq!(
            demographics,
            [
                "age_band",
                "gender",
                "district",
                "send",
                "young_carer",
                "care_experience"
            ]
        );
        let district = survey
            .questions
            .iter()
            .find(|q| q.key.as_str() == "district")
            .unwrap();
        for name in [
            "cherwell",
            "oxford",
            "south_oxfordshire",
            "vale_of_white_horse",
            "west_oxfordshire",
        ] {
            assert!(district.option(name).is_some(), "{name}");
        }
        assert!(
            survey
                .questions
                .iter()
                .any(|q| q.key.as_str() == "consent_to_quote")
        );
    }
}
