//! Easy Read with symbols, faces, switching format part way, display options, read aloud's hooks,
//! the symbol files and the accessibility statement, as a young person's browser meets them.

use youthvoice::domain::survey::ResponseFormat;

use crate::helpers::{Page, answer_all_from, resume_code, spawn_app, start_survey};

fn symbol_images(page: &Page) -> usize {
    page.body.matches("src=\"/assets/symbols/").count()
}

fn question_number(survey: &youthvoice::domain::survey::Survey, key: &str) -> usize {
    survey
        .questions
        .iter()
        .position(|question| question.key.as_str() == key)
        .expect("template question")
        + 1
}

#[tokio::test]
async fn easy_read_shows_its_wording_and_a_symbol_beside_the_question_and_every_answer() {
    let app = spawn_app().await;
    let survey = app.open_survey("easy");
    let browser = app.browser();
    let page = start_survey(&browser, "easy", "easy_read").await;

    let first = &survey.questions[0];
    assert_eq!(page.h1(), first.text_in(ResponseFormat::EasyRead));
    // The question, each option, and "I do not want to say".
    assert_eq!(symbol_images(&page), 1 + first.options.len() + 1);
    assert!(page.contains("src=\"/assets/symbols/talking.svg?v="));
    assert!(page.contains("src=\"/assets/symbols/do-not-want-to-say.svg?v="));
    for option in &first.options {
        assert!(
            page.contains(option.label_in(ResponseFormat::EasyRead)),
            "{}",
            option.value
        );
    }
    // The words say what the picture shows, so screen readers hear them once.
    assert!(page.contains("alt=\"\""));
    assert!(page.contains("class=\"easy-read\""));
}

#[tokio::test]
async fn standard_wording_shows_faces_only_on_face_scales() {
    let app = spawn_app().await;
    let survey = app.open_survey("faces");
    let browser = app.browser();
    let first = start_survey(&browser, "faces", "standard").await;
    assert_eq!(first.h1(), survey.questions[0].text());
    assert_eq!(symbol_images(&first), 0, "no symbols on an agree scale");

    let number = question_number(&survey, "feel_supported");
    let faces = browser.get(&format!("/s/faces/q/{number}")).await;
    assert_eq!(
        symbol_images(&faces),
        5,
        "one face per answer, none on the heading"
    );
    for face in ["very-unhappy", "unhappy", "okay", "happy", "very-happy"] {
        assert!(
            faces.contains(&format!("/assets/symbols/face-{face}.svg")),
            "{face}"
        );
    }
    for label in ["Very unhappy", "Okay", "Very happy"] {
        assert!(
            faces.contains(label),
            "the words stay beside each face: {label}"
        );
    }
}

#[tokio::test]
async fn switching_format_part_way_keeps_the_answers_and_is_recorded_with_the_response() {
    let app = spawn_app().await;
    let survey = app.open_survey("switch");
    let browser = app.browser();
    start_survey(&browser, "switch", "standard").await;
    let answered = browser.post("/s/switch/q/1", &[("answer", "agree")]).await;
    assert_eq!(answered.status, 303);

    let back_on_one = browser.get("/s/switch/q/1").await;
    assert!(back_on_one.contains("Switch to Easy Read"));
    let switched = browser
        .post(
            "/s/switch/format",
            &[("format", "easy_read"), ("page", "1")],
        )
        .await;
    assert_eq!(switched.location.as_deref(), Some("/s/switch/q/1"));
    let easy = browser.get("/s/switch/q/1").await;
    assert_eq!(
        easy.h1(),
        survey.questions[0].text_in(ResponseFormat::EasyRead)
    );
    assert!(
        easy.is_checked("agree"),
        "the answer given in Standard is kept"
    );
    assert!(easy.contains("Switch to standard words"));

    let to_check = browser
        .post(
            "/s/switch/format",
            &[("format", "easy_read"), ("page", "check")],
        )
        .await;
    assert_eq!(to_check.location.as_deref(), Some("/s/switch/check"));
    let nowhere = browser
        .post(
            "/s/switch/format",
            &[("format", "easy_read"), ("page", "999")],
        )
        .await;
    assert_eq!(nowhere.location.as_deref(), Some("/s/switch/q/1"));
    let unknown = browser
        .post("/s/switch/format", &[("format", "klingon"), ("page", "1")])
        .await;
    assert_eq!(unknown.status, 400);

    answer_all_from(&browser, &survey, 2).await;
    browser.post("/s/switch/submit", &[]).await;
    assert_eq!(
        app.texts("SELECT format AS value FROM responses"),
        [Some("easy_read".to_owned())]
    );
}

#[tokio::test]
async fn switching_format_without_having_started_goes_to_the_start_page() {
    let app = spawn_app().await;
    app.open_survey("fresh");
    let browser = app.browser();
    browser.get("/s/fresh").await;
    let switched = browser
        .post("/s/fresh/format", &[("format", "easy_read"), ("page", "3")])
        .await;
    assert_eq!(switched.location.as_deref(), Some("/s/fresh"));
}

#[tokio::test]
async fn display_options_are_remembered_without_identifying_anyone_and_apply_to_every_page() {
    let app = spawn_app().await;
    app.open_survey("display");
    let browser = app.browser();
    let question = start_survey(&browser, "display", "standard").await;
    let options_href = question
        .link_href("Display options")
        .expect("display options linked from the question");
    assert_eq!(options_href, "/display?return=%2Fs%2Fdisplay%2Fq%2F1");

    let form = browser.get(&options_href).await;
    assert_eq!(form.h1(), "Display options");
    assert!(form.is_checked("normal"));
    let saved = browser
        .post(
            "/display",
            &[
                ("text_size", "extra-large"),
                ("high_contrast", "yes"),
                ("dyslexia_friendly", "yes"),
                ("return", "/s/display/q/1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let cookie = saved
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|value| value.starts_with("yv_display="))
        .expect("the options are kept in a cookie");
    assert!(
        cookie.starts_with("yv_display=extra-large.contrast.dyslexia;"),
        "only the choices, nothing that identifies anyone: {cookie}"
    );
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    let confirmed = browser.follow(saved).await;
    assert!(confirmed.contains("Your display options are saved"));
    assert_eq!(
        confirmed.link_href("Go back to where you were").as_deref(),
        Some("/s/display/q/1")
    );
    assert!(confirmed.is_checked("extra-large"));
    for path in [
        "/s/display/q/1",
        "/help",
        "/",
        "/accessibility",
        "/s/nowhere",
    ] {
        let page = browser.get(path).await;
        assert!(
            page.contains(
                "<html lang=\"en-GB\" dir=\"ltr\" class=\"text-extra-large high-contrast dyslexia-friendly\">"
            ),
            "{path} honours the display options"
        );
    }

    let reset = browser.post("/display", &[("text_size", "normal")]).await;
    let removal = reset
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|value| value.starts_with("yv_display="))
        .expect("the cookie is removed");
    assert!(removal.contains("Max-Age=0"), "{removal}");
}

#[tokio::test]
async fn display_options_never_send_anyone_to_another_site_and_refuse_unknown_sizes() {
    let app = spawn_app().await;
    let browser = app.browser();
    browser.get("/display").await;
    let elsewhere = browser
        .post(
            "/display",
            &[("text_size", "large"), ("return", "//evil.example/phish")],
        )
        .await;
    assert_eq!(elsewhere.location.as_deref(), Some("/display?saved=yes"));
    let page = browser
        .get("/display?return=https%3A%2F%2Fevil.example%2F")
        .await;
    assert_eq!(page.status, 200);
    assert!(!page.contains("evil.example"));
    let unknown = browser.post("/display", &[("text_size", "huge")]).await;
    assert_eq!(unknown.status, 400);
}

#[tokio::test]
async fn read_aloud_is_offered_by_a_script_that_reads_the_marked_words() {
    let app = spawn_app().await;
    app.open_survey("aloud");
    let browser = app.browser();
    let page = start_survey(&browser, "aloud", "easy_read").await;
    assert!(page.contains(
        "<div class=\"page-tools__item read-aloud\" id=\"read-aloud\" \
         data-read=\"Read aloud\" data-stop=\"Stop reading\"></div>"
    ));
    assert!(page.contains("<h1 data-speak>"), "the question is read");
    assert!(page.contains("<span data-speak>"), "each answer is read");
    let script_src = page
        .body
        .split("<script src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page loads the read-aloud script")
        .to_owned();
    assert!(page.contains("defer"), "the script never holds up the page");
    let script = browser.get(&script_src).await;
    assert_eq!(script.status, 200);
    assert!(script.body.contains("speechSynthesis"));
    assert!(script.body.contains("[data-speak]"));
    assert_eq!(
        script.headers.get("content-type").unwrap(),
        "text/javascript; charset=utf-8"
    );
}

#[tokio::test]
async fn symbols_are_served_as_cacheable_svg_and_unknown_ones_are_not_found() {
    let app = spawn_app().await;
    let browser = app.browser();
    let face = browser.get("/assets/symbols/face-happy.svg?v=1").await;
    assert_eq!(face.status, 200);
    assert_eq!(face.headers.get("content-type").unwrap(), "image/svg+xml");
    assert!(
        face.headers
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(face.body.starts_with("<svg"));
    for missing in [
        "/assets/symbols/unicorn.svg",
        "/assets/symbols/face-happy",
        "/assets/symbols/..%2Fcss%2Fapp.css",
    ] {
        assert_eq!(browser.get(missing).await.status, 404, "{missing}");
    }
}

#[tokio::test]
async fn the_accessibility_statement_is_a_page_linked_from_every_footer() {
    let app = spawn_app().await;
    app.open_survey("statement");
    let browser = app.browser();
    let statement = browser.get("/accessibility").await;
    assert_eq!(statement.status, 200);
    assert_eq!(statement.h1(), "Accessibility statement");
    assert!(statement.contains("Web Content Accessibility Guidelines"));
    assert!(statement.contains("Preparation of this statement"));
    for path in [
        "/",
        "/help",
        "/s/statement",
        "/display",
        "/staff/sign-in",
        "/s/nowhere",
    ] {
        let page = browser.get(path).await;
        assert_eq!(
            page.link_href("Accessibility").as_deref(),
            Some("/accessibility"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn easy_read_goes_from_the_start_page_to_the_thank_you_page_and_help_leads_back() {
    let app = spawn_app().await;
    let survey = app.open_survey("plain-words");
    let browser = app.browser();

    let start = browser
        .get("/s/plain-words?format=easy_read&c=send-forum")
        .await;
    assert!(start.contains(survey.intro_in(ResponseFormat::EasyRead)));
    assert!(start.is_checked("easy_read") && !start.is_checked("standard"));
    assert_eq!(
        start.link_href("Standard version of this page").as_deref(),
        Some("/s/plain-words?format=standard&c=send-forum")
    );
    assert!(start.contains("class=\"easy-read"));

    start_survey(&browser, "plain-words", "easy_read").await;
    // "Need to talk to someone now?" keeps the format and the way back to this question.
    let question = browser.get("/s/plain-words/q/4").await;
    let help_href = question
        .link_href("Need to talk to someone now?")
        .unwrap()
        .replace("&amp;", "&");
    assert_eq!(
        help_href,
        "/help?format=easy_read&return=%2Fs%2Fplain%2Dwords%2Fq%2F4"
    );
    assert!(question.contains("Did you choose this answer? You can tell us more."));
    let help = browser.get(&help_href).await;
    assert!(help.contains("You do not have to deal with things on your own."));
    assert_eq!(
        help.link_href("Back").as_deref(),
        Some("/s/plain-words/q/4")
    );
    let elsewhere = browser.get("/help?return=%2F%2Fevil.example%2F").await;
    assert_eq!(elsewhere.link_href("Back"), None, "only paths on this site");

    for number in 1..=survey.questions.len() {
        let path = format!("/s/plain-words/q/{number}");
        browser.get(&path).await;
        let fields: &[(&str, &str)] = if survey.questions[number - 1].options.is_empty() {
            &[("skip", "yes")]
        } else {
            &[("answer", "_skip")]
        };
        assert_eq!(browser.post(&path, fields).await.status, 303);
    }
    let check = browser.get("/s/plain-words/check").await;
    assert_eq!(check.h1(), "Check your answers");
    assert!(check.contains("After you send your answers, you cannot change them."));
    let sent = browser.post("/s/plain-words/submit", &[]).await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/s/plain-words/done?format=easy_read")
    );
    let done = browser.follow(sent).await;
    assert!(done.contains("We got your answers."));
    assert!(done.contains("class=\"easy-read"));
}

#[tokio::test]
async fn easy_read_reaches_resume_closed_not_found_error_pages_and_answer_problems() {
    use youthvoice::domain::survey::SurveyStatus;
    let app = spawn_app().await;
    app.open_survey("edges");
    app.create_survey("edges-gone", SurveyStatus::Closed);

    // A young person in Easy Read meets a problem on a question, then saves for later.
    let phone = app.browser();
    start_survey(&phone, "edges", "easy_read").await;
    phone.get("/s/edges/q/1").await;
    let nothing = phone.post("/s/edges/q/1", &[]).await;
    assert_eq!(nothing.status, 422);
    assert!(
        nothing.contains("Choose 1 answer. Or choose \u{2018}I do not want to say\u{2019}."),
        "the problem is in Easy Read too"
    );
    let saved = phone.post("/s/edges/save", &[]).await;
    assert_eq!(saved.h1(), "We saved your answers");
    assert!(saved.contains("Do not show your code to anyone."));
    assert!(saved.contains("It works for 30 days."));
    let code = resume_code(&saved);

    // On another device, from the Easy Read start page, the code form stays in Easy Read.
    let laptop = app.browser();
    let start = laptop.get("/s/edges?format=easy_read").await;
    let resume_href = start.link_href("Carry on with your code").unwrap();
    assert_eq!(resume_href, "/s/edges/resume?format=easy_read");
    let form = laptop.get(&resume_href).await;
    assert_eq!(form.h1(), "Type your code");
    assert!(form.contains("action=\"/s/edges/resume?format=easy_read\""));
    for (typed, says) in [
        ("", "Type your code."),
        (
            "otter",
            "Your code is 4 words and a number. Check what you typed.",
        ),
        (
            "otter lemon cloud river 4721",
            "We cannot find answers for this code.",
        ),
    ] {
        let refused = laptop.post(&resume_href, &[("code", typed)]).await;
        assert_eq!(refused.status, 422, "{typed}");
        assert!(refused.contains(says), "{typed}: {}", refused.body);
        assert!(refused.title().starts_with("Error: Type your code"));
    }
    let resumed = laptop.post(&resume_href, &[("code", &code)]).await;
    assert_eq!(resumed.status, 303);
    let kept = resumed
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|cookie| cookie.starts_with("yv_reading="))
        .expect("the format is kept for pages without a draft");
    assert!(kept.starts_with("yv_reading=easy_read;"), "{kept}");
    assert!(
        !kept.contains("Max-Age") && !kept.contains("Expires"),
        "{kept}"
    );

    // The kept choice reaches the not-found and error pages, with symbols.
    let lost = laptop.get("/s/edges/nowhere").await;
    assert_eq!(lost.status, 404);
    assert_eq!(lost.h1(), "We cannot find this page");
    assert!(lost.contains("class=\"easy-read") && symbol_images(&lost) >= 2);
    let stale = laptop
        .post_raw(
            "/s/edges/q/2",
            "application/x-www-form-urlencoded",
            b"answer=_skip".to_vec(),
        )
        .await;
    assert_eq!(stale.status, 403);
    assert_eq!(stale.h1(), "This page is too old");
    // Staff pages never switch to Easy Read.
    let staff = laptop.get("/staff/sign-in").await;
    assert!(!staff.contains("class=\"easy-read"));

    // A closed wave and a mistyped address, from an Easy Read link with no cookie at all.
    let poster_reader = app.browser();
    let closed = poster_reader.get("/s/edges-gone?format=easy_read").await;
    assert_eq!(closed.status, 410);
    assert_eq!(closed.h1(), "This survey is closed");
    assert!(closed.contains("You cannot answer this survey now."));
    let typo = poster_reader.get("/s/edgez?format=easy_read").await;
    assert_eq!(typo.h1(), "We cannot find this page");
    // Without the choice, the same pages are in standard words.
    assert_eq!(poster_reader.get("/s/edgez").await.h1(), "Page not found");
    assert_eq!(
        poster_reader.get("/s/edges/resume").await.h1(),
        "Enter your resume code"
    );
    assert_eq!(
        poster_reader.get("/s/edges-gone").await.h1(),
        "This survey has closed"
    );
}

#[tokio::test]
async fn choosing_standard_again_forgets_the_kept_easy_read_choice() {
    let app = spawn_app().await;
    app.open_survey("back-to-standard");
    let browser = app.browser();
    start_survey(&browser, "back-to-standard", "easy_read").await;
    assert_eq!(
        browser.get("/s/back-to-standard/nowhere").await.h1(),
        "We cannot find this page"
    );
    browser.get("/s/back-to-standard/q/1").await;
    let switched = browser
        .post(
            "/s/back-to-standard/format",
            &[("format", "standard"), ("page", "1")],
        )
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(
        browser.get("/s/back-to-standard/nowhere").await.h1(),
        "Page not found"
    );
}
