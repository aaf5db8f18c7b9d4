//! The built-in "Be Supported" template: plan items 13–16 in the plan's own words, their follow-ups,
//! free text for quotes, consent to quote, and the demographics the Board reports by.

use super::ids::{OptionId, OptionValue, QuestionId, QuestionKey, Slug, SurveyId};
use super::survey::{
    AnswerOption, DEFAULT_SUPPRESSION_THRESHOLD, PlanItem, Question, QuestionKind, Survey,
    SurveyStatus,
};

/// The name `survey new --template` takes for this template.
pub const BE_SUPPORTED: &str = "be-supported";

/// A fresh "Be Supported" wave for `year`, as a draft with new ids.
pub fn be_supported(year: i32) -> Survey {
    Survey {
        id: SurveyId::new_random(),
        slug: Slug::parse(&format!("be-supported-{year}")).expect("template slug is valid"),
        title: format!("Be Supported {year}"),
        year,
        status: SurveyStatus::Draft,
        opens_on: None,
        closes_on: None,
        intro: "This survey asks whether you get the support you need. VOXY, Oxfordshire's youth \
                board, and the council's Engagement and Consultation Team use your answers to tell \
                the Children's Trust Board what needs to change. It takes about 10 minutes. You can \
                skip any question."
            .into(),
        easy_read_intro: "We want to know if you get the help you need. \
                          Your answers help us make things better. \
                          It takes about 10 minutes. \
                          You do not have to answer every question."
            .into(),
        privacy: "We do not ask for your name. We do not keep your email address, your internet \
                  address or the exact time you answered, so nobody can tell which answers are \
                  yours. If you save your answers to finish later, we give you a code and keep only \
                  a scrambled copy of it."
            .into(),
        easy_read_privacy: "We do not ask for your name. \
                            Nobody will know which answers are yours."
            .into(),
        suppression_threshold: DEFAULT_SUPPRESSION_THRESHOLD,
        questions: questions(),
    }
}

fn questions() -> Vec<Question> {
    vec![
        ask("know_who_to_speak_to", QuestionKind::Agreement,
            "I know who I can speak to when I need support.",
            "I know who to talk to when I need help.")
            .hint("Think about family, friends, school and services.", "This could be family, friends or school.")
            .plan(13).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("listened_to", QuestionKind::Frequency,
            "When you speak to someone about a problem, how often do you feel listened to?",
            "When you talk about a problem, do people listen to you?")
            .plan(13).options(frequency()).positive(&["always", "often"]).build(),
        ask("believed", QuestionKind::Frequency,
            "When you speak to someone about a problem, how often do you feel believed?",
            "When you talk about a problem, do people believe you?")
            .plan(13).options(frequency()).positive(&["always", "often"]).build(),
        ask("where_go_for_support", QuestionKind::MultipleChoice,
            "Where do you go for support?",
            "Who do you go to for help?")
            .hint("Choose all that apply.", "You can choose more than one.")
            .plan(13)
            .options(&[
                ("family", "Family", "My family"),
                ("friends", "Friends", "My friends"),
                ("school_staff", "A teacher or someone else at school or college", "Someone at school"),
                ("youth_worker", "A youth worker", "A youth worker"),
                ("health_worker", "A doctor, nurse or counsellor", "A doctor or nurse"),
                ("social_worker", "A social worker", "A social worker"),
                ("helpline", "A helpline, such as Childline", "A phone line for help"),
                ("online", "Websites or apps", "The internet"),
                ("nobody", "Nobody", "Nobody"),
                ("other", "Somewhere else", "Someone else"),
            ])
            .invites_text("other").build(),
        ask("information_suits_me", QuestionKind::Agreement,
            "I can get information in a way which suits me best.",
            "I can get information in a way that is good for me.")
            .plan(14).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("how_get_information", QuestionKind::MultipleChoice,
            "How do you like to get information?",
            "How do you like to find things out?")
            .hint("Choose all that apply.", "You can choose more than one.")
            .plan(14)
            .options(&[
                ("face_to_face", "Talking face to face", "Talking to a person"),
                ("phone_call", "A phone call", "A phone call"),
                ("text_message", "Text messages", "A text message"),
                ("social_media", "Social media", "Social media"),
                ("website", "Websites", "Websites"),
                ("leaflet", "Leaflets and posters", "Leaflets and posters"),
                ("video", "Videos", "Videos"),
                ("easy_read", "Easy Read with pictures", "Easy Read with pictures"),
                ("email", "Email", "Email"),
                ("other", "Another way", "Another way"),
            ])
            .invites_text("other").build(),
        ask("have_role_models", QuestionKind::YesNoNotSure,
            "Do you have inspiring role models?",
            "Is there someone you look up to?")
            .hint("A role model is someone you look up to and want to be like.",
                  "This is a person who makes you want to do well.")
            .plan(15).options(yes_no_not_sure()).positive(&["yes"]).build(),
        ask("who_role_models", QuestionKind::MultipleChoice,
            "Who are your role models?",
            "Who do you look up to?")
            .hint("Choose all that apply.", "You can choose more than one.")
            .plan(15)
            .options(&[
                ("parent_carer", "A parent or carer", "My mum, dad or carer"),
                ("family", "Someone else in my family", "Someone in my family"),
                ("friend", "A friend", "A friend"),
                ("teacher", "A teacher", "A teacher"),
                ("youth_worker", "A youth worker or sports coach", "A youth worker or coach"),
                ("famous", "Someone famous", "Someone famous"),
                ("online", "Someone I follow online", "Someone on the internet"),
                ("none_yet", "I do not have one yet", "Nobody yet"),
                ("other", "Someone else", "Someone else"),
            ])
            .invites_text("other").build(),
        ask("staff_experienced_caring", QuestionKind::Agreement,
            "The staff I talk to are experienced and caring.",
            "The staff I talk to know how to help me. They care about me.")
            .hint("For example staff at school, in health services or in youth services.",
                  "This could be staff at school or a youth club.")
            .plan(16).options(agreement()).positive(&["strongly_agree", "agree"]).build(),
        ask("feel_supported", QuestionKind::FaceScale,
            "Overall, how do you feel about the support you get?",
            "How do you feel about the help you get?")
            .options(&[
                ("very_unhappy", "Very unhappy", "Very unhappy"),
                ("unhappy", "Unhappy", "Unhappy"),
                ("okay", "Okay", "Okay"),
                ("happy", "Happy", "Happy"),
                ("very_happy", "Very happy", "Very happy"),
            ])
            .positive(&["happy", "very_happy"]).build(),
        ask("what_would_help", QuestionKind::FreeText,
            "What would help you feel more supported?",
            "What would help you more?")
            .hint("Please do not write your name or anyone else's.",
                  "Please do not write any names.")
            .build(),
        ask("anything_else", QuestionKind::FreeText,
            "Is there anything else you would like to tell us?",
            "Is there anything else you want to tell us?")
            .hint("Please do not write your name or anyone else's.",
                  "Please do not write any names.")
            .build(),
        ask("consent_to_quote", QuestionKind::SingleChoice,
            "Can we share what you wrote, without your name?",
            "Can we share your words?")
            .hint("We may print your words in a report for the Children's Trust Board. \
                   Young people on VOXY check every quote first and remove anything that could show who you are.",
                  "We may put your words in a report. We never say who wrote them.")
            .options(&[
                ("yes", "Yes, you can share my words", "Yes, you can share my words"),
                ("no", "No, do not share my words", "No, do not share my words"),
            ])
            .build(),
        ask("age_band", QuestionKind::SingleChoice, "How old are you?", "How old are you?")
            .demographic()
            .options(&[
                ("age_8_10", "8 to 10", "8 to 10"),
                ("age_11_13", "11 to 13", "11 to 13"),
                ("age_14_15", "14 or 15", "14 or 15"),
                ("age_16_17", "16 or 17", "16 or 17"),
                ("age_18_25", "18 to 25", "18 to 25"),
            ])
            .build(),
        ask("gender", QuestionKind::SingleChoice, "What is your gender?", "Are you a boy or a girl, or something else?")
            .demographic()
            .options(&[
                ("girl", "Girl or young woman", "A girl"),
                ("boy", "Boy or young man", "A boy"),
                ("non_binary", "Non-binary", "Non-binary"),
                ("self_describe", "I describe myself another way", "Something else"),
            ])
            .invites_text("self_describe").build(),
        ask("district", QuestionKind::SingleChoice, "Where do you live?", "Where do you live?")
            .hint("Choose the district council area.", "Choose the place nearest to you.")
            .demographic()
            .options(&[
                ("cherwell", "Cherwell (for example Banbury, Bicester or Kidlington)", "Cherwell"),
                ("oxford", "Oxford city", "Oxford"),
                ("south_oxfordshire", "South Oxfordshire (for example Didcot, Henley or Thame)", "South Oxfordshire"),
                ("vale_of_white_horse", "Vale of White Horse (for example Abingdon, Faringdon or Wantage)", "Vale of White Horse"),
                ("west_oxfordshire", "West Oxfordshire (for example Witney, Carterton or Chipping Norton)", "West Oxfordshire"),
                ("outside_oxfordshire", "Outside Oxfordshire", "Not in Oxfordshire"),
                ("not_sure", "I am not sure", "I am not sure"),
            ])
            .build(),
        ask("send", QuestionKind::YesNoNotSure,
            "Do you have special educational needs or a disability (SEND)?",
            "Do you have a disability, or need extra help to learn?")
            .demographic().options(yes_no_not_sure()).build(),
        ask("young_carer", QuestionKind::YesNoNotSure,
            "Are you a young carer?",
            "Do you look after someone in your family?")
            .hint("A young carer looks after someone in their family who is ill, disabled, or has problems with drugs or alcohol.",
                  "This could be someone who is ill or disabled.")
            .demographic().options(yes_no_not_sure()).build(),
        ask("care_experience", QuestionKind::YesNoNotSure,
            "Are you, or have you ever been, in care?",
            "Do you live in care now, or did you before?")
            .hint("For example living with foster carers, in a children's home, or with family under a care order.",
                  "This could be with foster carers or in a children's home.")
            .demographic().options(yes_no_not_sure()).build(),
    ]
}

type OptionWords = (&'static str, &'static str, &'static str);

fn agreement() -> &'static [OptionWords] {
    &[
        ("strongly_agree", "Strongly agree", "Yes, a lot"),
        ("agree", "Agree", "Yes"),
        ("neither", "Neither agree nor disagree", "Not sure"),
        ("disagree", "Disagree", "No"),
        ("strongly_disagree", "Strongly disagree", "No, not at all"),
    ]
}

fn frequency() -> &'static [OptionWords] {
    &[
        ("always", "Always", "Always"),
        ("often", "Often", "Most of the time"),
        ("sometimes", "Sometimes", "Sometimes"),
        ("rarely", "Rarely", "Not often"),
        ("never", "Never", "Never"),
    ]
}

fn yes_no_not_sure() -> &'static [OptionWords] {
    &[
        ("yes", "Yes", "Yes"),
        ("no", "No", "No"),
        ("not_sure", "Not sure", "I am not sure"),
    ]
}

/// A small builder so the template reads as a list of questions rather than of struct fields.
struct QuestionDraft(Question);

fn ask(key: &str, kind: QuestionKind, text: &str, easy_read_text: &str) -> QuestionDraft {
    QuestionDraft(Question {
        id: QuestionId::new_random(),
        key: QuestionKey::parse(key).expect("template key is valid"),
        kind,
        text: text.into(),
        easy_read_text: easy_read_text.into(),
        hint: None,
        easy_read_hint: None,
        symbol: None,
        plan_item: None,
        is_demographic: false,
        options: Vec::new(),
    })
}

impl QuestionDraft {
    fn hint(mut self, standard: &str, easy_read: &str) -> Self {
        self.0.hint = Some(standard.into());
        self.0.easy_read_hint = Some(easy_read.into());
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
            .map(|(value, label, easy_read_label)| AnswerOption {
                id: OptionId::new_random(),
                value: OptionValue::parse(value).expect("template option value is valid"),
                label: (*label).into(),
                easy_read_label: (*easy_read_label).into(),
                symbol: None,
                is_positive: false,
                invites_text: false,
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
