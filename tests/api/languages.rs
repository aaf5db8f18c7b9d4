//! A young person reads the survey in their language: chosen by the browser, a link or the
//! language page, kept without identifying anyone, and counted with everyone else's answers.

use youthvoice::db::surveys;
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::survey::{QuestionWording, ResponseFormat, SurveyStatus, SurveyTexts};
use youthvoice::domain::wording::Language;

use crate::helpers::{TestApp, answer_all_from, spawn_app, start_survey};
use crate::pdf_tools;

/// An open wave written wholly in Polish too, each Polish text marked "PL" so a test can see it.
fn polish_wave(app: &TestApp, slug: &str) -> youthvoice::domain::survey::Survey {
    let polish = Language::parse("pl").unwrap();
    let mut survey = be_supported(2030);
    survey.slug = youthvoice::domain::ids::Slug::parse(slug).unwrap();
    survey.status = SurveyStatus::Open;
    for register in ResponseFormat::ALL {
        let english = survey.texts.in_english(register).clone();
        survey.texts.set(
            polish.clone(),
            register,
            SurveyTexts {
                intro: format!("PL {}", english.intro),
                privacy: format!("PL {}", english.privacy),
                title: String::new(),
            },
        );
        for question in &mut survey.questions {
            let english = question.wording.in_english(register).clone();
            question.wording.set(
                polish.clone(),
                register,
                QuestionWording {
                    text: format!("PL {}", english.text),
                    hint: english.hint.map(|hint| format!("PL {hint}")),
                },
            );
            for option in &mut question.options {
                let label = format!("PL {}", option.labels.in_english(register));
                option.labels.set(polish.clone(), register, label);
            }
        }
    }
    surveys::insert(
        &mut app.connection(),
        &survey,
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    survey
}

#[tokio::test]
async fn a_young_person_whose_browser_speaks_polish_answers_in_polish_and_is_counted_with_everyone()
{
    let app = spawn_app().await;
    let survey = polish_wave(&app, "po-polsku");
    let browser = app.browser_speaking("pl-PL,pl;q=0.9,en;q=0.5");

    let start = browser.get("/s/po-polsku").await;
    assert!(start.contains("<html lang=\"pl\" dir=\"ltr\""));
    assert!(start.contains("Zacznij"), "the interface is in Polish");
    assert!(start.contains(&format!("PL {}", survey.intro_in(ResponseFormat::Standard))));
    let first = start_survey(&browser, "po-polsku", "easy_read").await;
    assert_eq!(
        first.h1(),
        format!(
            "PL {}",
            survey.questions[0].text_in(ResponseFormat::EasyRead)
        )
    );
    assert!(
        first.title().starts_with("Pytanie 1 z 19"),
        "{}",
        first.title()
    );
    let refused = browser.post("/s/po-polsku/q/1", &[]).await;
    assert!(
        refused.contains("Wybierz 1 odpowiedź."),
        "problems in Polish Easy Read"
    );

    answer_all_from(&browser, &survey, 1).await;
    let check = browser.get("/s/po-polsku/check").await;
    assert!(check.contains("Wyślij moje odpowiedzi"));
    let sent = browser.post("/s/po-polsku/submit", &[]).await;
    assert_eq!(sent.status, 303);
    assert_eq!(
        app.texts("SELECT language || '/' || format AS value FROM responses"),
        [Some("pl/easy_read".to_owned())]
    );
    // Answers are stored by value, so they count in the same tables as English ones.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM answers a JOIN questions q ON q.id = a.question_id \
             WHERE q.question_key = 'know_who_to_speak_to' AND a.option_value = '{}'",
            survey.questions[0].options[0].value
        )),
        1
    );
}

#[tokio::test]
async fn a_wave_not_written_in_the_chosen_language_is_read_in_english_around_a_polish_interface() {
    let app = spawn_app().await;
    app.open_survey("only-english");
    let browser = app.browser();
    let home = browser.get("/?lang=pl").await;
    assert_eq!(home.h1(), "Wyraź swoje zdanie");
    let kept = home
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|cookie| cookie.starts_with("yv_language="))
        .expect("the link's language is kept");
    assert!(
        kept.starts_with("yv_language=pl;") && !kept.contains("Max-Age"),
        "{kept}"
    );
    assert_eq!(
        browser.get("/help").await.h1(),
        "Potrzebujesz teraz z kimś porozmawiać?"
    );
    // Not translated: the whole survey, its pages and words, stays English.
    let start = browser.get("/s/only-english").await;
    assert!(start.contains("<html lang=\"en-GB\" dir=\"ltr\""));
    assert!(start.contains("Start now"));
    // Staff pages are always English.
    let staff = browser.get("/staff/sign-in").await;
    assert!(staff.contains("<html lang=\"en-GB\""));
}

#[tokio::test]
async fn the_language_page_keeps_a_choice_sends_you_back_and_refuses_languages_we_do_not_have() {
    let app = spawn_app().await;
    let browser = app.browser();
    let page = browser.get("/language?return=%2Fhelp").await;
    assert_eq!(page.h1(), "Choose a language");
    assert!(page.contains("<span lang=\"pl\" dir=\"ltr\">Polski</span>"));
    let chosen = browser
        .post(
            "/language",
            &[("language", "pl"), ("return", "/help?lang=en")],
        )
        .await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location.as_deref(), Some("/help"));
    assert_eq!(
        browser.get("/help").await.h1(),
        "Potrzebujesz teraz z kimś porozmawiać?"
    );
    let refused = browser
        .post("/language", &[("language", "tlh"), ("return", "/help")])
        .await;
    assert_eq!(refused.status, 400);
    let away = browser
        .post(
            "/language",
            &[("language", "en"), ("return", "//evil.example/")],
        )
        .await;
    assert_eq!(
        away.location.as_deref(),
        Some("/"),
        "only paths on this site"
    );
    assert_eq!(
        browser.get("/help").await.h1(),
        "Need to talk to someone now?"
    );
}

#[tokio::test]
async fn an_arabic_reader_meets_the_demo_wave_right_to_left_in_arabic() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = app.browser_speaking("ar-SA,ar;q=0.9");
    let start = browser.get("/s/be-supported-2022").await;
    assert!(
        start.contains("<html lang=\"ar\" dir=\"rtl\""),
        "{}",
        &start.body[..300]
    );
    assert!(start.contains("ابدأ الآن"));
    // The wave's name is read in Arabic too, as the page's heading and in every page's header;
    // the home page lists the wave by that name.
    assert_eq!(start.h1(), "استبيان Be Supported لعام 2022");
    let home = browser.get("/").await;
    assert!(home.contains("استبيان Be Supported لعام 2022"));
    assert!(!home.contains(">Be Supported 2022<"));
    let first = start_survey(&browser, "be-supported-2022", "standard").await;
    assert!(first.contains("استبيان Be Supported لعام 2022"));
    assert_eq!(
        first.h1(),
        "أعرف مع من يمكنني التحدث عندما أحتاج إلى الدعم."
    );
    assert!(first.contains("أوافق بشدة"));
    // The language page names each language in itself, in its own direction.
    let languages = browser.get("/language").await;
    assert!(languages.contains("<span lang=\"ar\" dir=\"rtl\">العربية</span>"));
    assert!(languages.contains("<span lang=\"pl\" dir=\"ltr\">Polski</span>"));
}

/// Stores `how_many` responses to the demo's 2022 wave in `language` and `format`, each agreeing
/// that they know who to speak to.
fn answered_in(app: &TestApp, language: &str, format: ResponseFormat, how_many: usize) {
    use youthvoice::domain::ids::{OptionValue, ResponseId, Slug};
    use youthvoice::domain::response::{NewResponse, StoredAnswer};
    let survey = surveys::find_by_slug(
        &mut app.connection(),
        &Slug::parse("be-supported-2022").unwrap(),
    )
    .unwrap()
    .unwrap();
    let question = survey.questions[0].id;
    for _ in 0..how_many {
        let response = NewResponse {
            id: ResponseId::new_random(),
            survey_id: survey.id,
            format,
            submitted_on: chrono::NaiveDate::from_ymd_opt(2022, 3, 20),
            channel: None,
            language: Language::parse(language).unwrap(),
            answers: vec![StoredAnswer {
                question_id: question,
                option_value: Some(OptionValue::parse("agree").unwrap()),
                text: None,
            }],
        };
        youthvoice::db::responses::insert(&mut app.connection(), &survey, &response).unwrap();
    }
}

#[tokio::test]
async fn the_report_counts_answers_by_language_and_format_and_withholds_a_small_language() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    answered_in(&app, "pl", ResponseFormat::Standard, 25);
    answered_in(&app, "pl", ResponseFormat::EasyRead, 12);

    let out = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
            .args(args)
            .env("DATABASE_URL", app.database.url())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let folder = out.path().to_str().unwrap();
    let responses_csv = || {
        run(&[
            "report",
            "--survey",
            "be-supported-2022",
            "--format",
            "csv",
            "--out",
            folder,
        ]);
        std::fs::read_to_string(out.path().join("responses.csv")).unwrap()
    };
    let row = |csv: &str, prefix: &str| {
        csv.lines()
            .find(|line| line.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in {csv}"))
            .to_owned()
    };
    let csv = responses_csv();
    assert!(csv.starts_with("survey,language,format,n,withheld\n"));
    assert_eq!(
        row(&csv, "be-supported-2022,pl,all,"),
        "be-supported-2022,pl,all,37,"
    );
    assert_eq!(
        row(&csv, "be-supported-2022,pl,standard,"),
        "be-supported-2022,pl,standard,25,"
    );
    assert_eq!(
        row(&csv, "be-supported-2022,pl,easy_read,"),
        "be-supported-2022,pl,easy_read,12,"
    );

    // Three answer in Arabic: fewer than 10, and nothing shown gives the 3 (or the 0 in standard)
    // back by subtraction, whatever else must be held back for that.
    answered_in(&app, "ar", ResponseFormat::EasyRead, 3);
    let csv = responses_csv();
    assert_eq!(
        row(&csv, "be-supported-2022,ar,all,"),
        "be-supported-2022,ar,all,,fewer_than_10"
    );
    assert_eq!(
        row(&csv, "be-supported-2022,ar,easy_read,"),
        "be-supported-2022,ar,easy_read,,fewer_than_10"
    );
    for (prefix, truth) in [
        ("be-supported-2022,pl,all,", 37),
        ("be-supported-2022,pl,standard,", 25),
        ("be-supported-2022,pl,easy_read,", 12),
    ] {
        let line = row(&csv, prefix);
        assert!(
            line == format!("{prefix}{truth},") || line == format!("{prefix},held_back"),
            "a shown number is the true one: {line}"
        );
    }
    let audit = std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
        .args(["audit", "disclosure", "--survey", "be-supported-2022"])
        .env("DATABASE_URL", app.database.url())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        audit.status.success(),
        "the intruder check finds nothing: {}",
        String::from_utf8_lossy(&audit.stdout)
    );
    // Earlier waves were answered in English only: their language rows repeat their totals.
    let earlier_total = row(&csv, "be-supported-2021,all,all,");
    assert_eq!(
        row(&csv, "be-supported-2021,en,all,").replace(",en,", ",all,"),
        earlier_total
    );

    let report = out.path().join("full.html");
    run(&[
        "report",
        "--survey",
        "be-supported-2022",
        "--kind",
        "full",
        "--out",
        report.to_str().unwrap(),
    ]);
    let report = std::fs::read_to_string(report).unwrap();
    assert!(report.contains("Responses by language and format"));
    assert!(
        report.contains("could read the survey, in both versions, in English, Arabic and Polish")
    );
    assert!(report.contains(
        "<th scope=\"col\">Language</th><th scope=\"col\">Standard</th><th scope=\"col\">Easy Read</th>"
    ));
    assert!(report.contains("<th scope=\"row\">Arabic</th><td>fewer than 10</td>"));
}

#[tokio::test]
async fn the_easy_read_report_is_written_in_each_language_the_wave_has() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let report = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_youthvoice"))
            .arg("report")
            .args(args)
            .env("DATABASE_URL", app.database.url())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let file = |name: &str| out.path().join(name).to_str().unwrap().to_owned();
    for (tag, direction, title, measure) in [
        (
            "pl",
            "ltr",
            "Powiedzieliście nam: nasza ankieta 2022",
            " na 10 młodych ludzi wybrało „",
        ),
        ("ar", "rtl", "قلتم لنا", " من كل 10 من الشباب اختاروا"),
    ] {
        let written = report(&[
            "--survey",
            "be-supported-2022",
            "--kind",
            "easy-read",
            "--language",
            tag,
            "--out",
            &file(&format!("{tag}.html")),
        ]);
        assert!(
            written.status.success(),
            "{}",
            String::from_utf8_lossy(&written.stderr)
        );
        let html = std::fs::read_to_string(file(&format!("{tag}.html"))).unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{tag}\" dir=\"{direction}\">")),
            "{tag}: lang and dir"
        );
        assert!(html.contains(title), "{tag}: the title");
        assert!(
            html.contains(measure),
            "{tag}: a measure in its question's words"
        );
        assert!(
            !html.contains(">report-") && !html.contains(" report-you"),
            "{tag}: no message id is left showing"
        );
        assert!(!html.contains("young people"), "{tag}: no English sentence");
        let pdf = report(&[
            "--survey",
            "be-supported-2022",
            "--kind",
            "easy-read",
            "--language",
            tag,
            "--format",
            "pdf",
            "--out",
            &file(&format!("{tag}.pdf")),
        ]);
        assert!(
            pdf.status.success(),
            "{}",
            String::from_utf8_lossy(&pdf.stderr)
        );
        assert!(
            std::fs::read(file(&format!("{tag}.pdf")))
                .unwrap()
                .starts_with(b"%PDF")
        );
    }
    // The Polish report asks the question as the Polish survey did.
    let polish = std::fs::read_to_string(file("pl.html")).unwrap();
    let survey = surveys::find_by_slug(
        &mut app.connection(),
        &youthvoice::domain::ids::Slug::parse("be-supported-2022").unwrap(),
    )
    .unwrap()
    .unwrap();
    let asked = &survey.questions[0]
        .wording
        .get(&Language::parse("pl").unwrap(), ResponseFormat::EasyRead)
        .unwrap()
        .text;
    assert!(polish.contains(asked.as_str()), "{asked}");

    // Only the Easy Read report, and only in a language the wave is written in.
    let full = report(&[
        "--survey",
        "be-supported-2022",
        "--kind",
        "full",
        "--language",
        "pl",
        "--out",
        &file("x.html"),
    ]);
    assert!(!full.status.success());
    assert!(String::from_utf8_lossy(&full.stderr).contains("only the Easy Read report"));
    let urdu = report(&[
        "--survey",
        "be-supported-2022",
        "--kind",
        "easy-read",
        "--language",
        "ur",
        "--out",
        &file("ur.html"),
    ]);
    assert!(!urdu.status.success());
    assert!(String::from_utf8_lossy(&urdu.stderr).contains("the wave is not written in ur"));

    // Staff preview it from the wave's reports page.
    let browser = analyst_browser(&app);
    let page = browser.get("/staff/reports/be-supported-2022").await;
    assert!(page.contains("/staff/reports/be-supported-2022/easy-read?language=ar"));
    let preview = browser
        .get("/staff/reports/be-supported-2022/easy-read?language=pl")
        .await;
    assert_eq!(preview.status, 200);
    assert!(preview.contains("Powiedzieliście nam"));
    assert!(preview.contains("/staff/reports/be-supported-2022/easy-read/pdf?language=pl"));
    let not_written = browser
        .get("/staff/reports/be-supported-2022/easy-read?language=ur")
        .await;
    assert_eq!(not_written.status, 404);
    let wrong_kind = browser
        .get("/staff/reports/be-supported-2022/summary?language=pl")
        .await;
    assert_eq!(wrong_kind.status, 404);
}

#[tokio::test]
async fn a_translated_you_said_report_is_published_as_its_own_version_and_listed_in_its_language() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst_browser(&app);
    let wave = "/staff/reports/be-supported-2022";
    browser.get(wave).await;
    browser
        .post(
            &format!("{wave}/texts"),
            &[
                ("what_happens_next", "The Board meets in January."),
                ("easy_read_next", "We will tell the Board."),
            ],
        )
        .await;
    crate::actions::add_action(
        &app,
        &browser,
        "be-supported-2022",
        ("more clubs", "two new evening clubs"),
    )
    .await;
    app.execute("UPDATE surveys SET status = 'closed' WHERE slug = 'be-supported-2022'");
    let page = browser.get(wave).await;
    assert!(page.contains("Publish it in Polish") && page.contains("Publish it in Arabic"));

    // Only Easy Read, only in a language the wave has.
    for refused in [
        format!("{wave}/summary/publish?language=pl"),
        format!("{wave}/easy-read/publish?language=ur"),
        format!("{wave}/easy-read/publish?language=no%20such"),
    ] {
        assert_eq!(browser.post(&refused, &[]).await.status, 404, "{refused}");
    }
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 0);

    for (path, expected) in [
        (format!("{wave}/easy-read/publish"), 303),
        (format!("{wave}/easy-read/publish?language=pl"), 303),
        (format!("{wave}/easy-read/publish?language=pl"), 303),
        (format!("{wave}/easy-read/publish?language=ar"), 303),
    ] {
        assert_eq!(browser.post(&path, &[]).await.status, expected, "{path}");
    }
    let versions = app.texts(
        "SELECT language || ' ' || CAST(version AS TEXT) AS value FROM published_reports \
         ORDER BY language, version",
    );
    assert_eq!(
        versions.into_iter().flatten().collect::<Vec<_>>(),
        ["ar 1", "en 1", "pl 1", "pl 2"],
        "each language numbers its own versions"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report_published' \
             AND detail LIKE '%Polish version 2'"
        ),
        1
    );

    // The public list: the Polish report marked as Polish and named in Polish, its earlier
    // version under it; an English reader's page stays English.
    let anyone = app.browser();
    let findings = anyone.get("/findings").await;
    assert_eq!(findings.status, 200);
    assert!(findings.contains("What young people told us"));
    assert!(findings.contains(r#"lang="pl" dir="ltr">Powiedzieliście nam"#));
    assert!(findings.contains(r#"<span lang="ar" dir="rtl">(العربية)"#));
    assert!(findings.contains("Powiedzieliście nam: nasza ankieta 2022"));
    assert!(findings.contains("(Polski)"));
    let polish_id = app
        .texts("SELECT id AS value FROM published_reports WHERE language = 'pl' AND version = 2")
        [0]
    .clone()
    .unwrap();
    let polish_report = anyone.get(&format!("/findings/{polish_id}")).await;
    assert_eq!(polish_report.status, 200);
    assert!(polish_report.contains(r#"<html lang="pl" dir="ltr">"#));
    assert!(polish_report.contains("Wersja 2, opublikowana "));
    assert!(
        polish_report.contains("Wszystkie wyniki")
            && polish_report.contains("Pobierz ten raport jako plik do wydruku")
    );
    assert!(
        !polish_report.contains("young people"),
        "no English sentence"
    );
    assert!(
        polish_report.contains(r#"<p lang="en" dir="ltr">We will tell the Board.</p>"#)
            && polish_report.contains(r#"<span lang="en" dir="ltr">more clubs</span>"#),
        "the team's own English words are marked as English"
    );
    let (status, content_type, pdf) = anyone
        .get_bytes(&format!("/findings/{polish_id}/pdf"))
        .await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"));
    assert!(pdf_tools::text(&pdf).contains("Wersja 2, opublikowana"));

    // A Polish reader's findings page is in Polish, with the English report marked as English.
    let polish_reader = app.browser();
    let in_polish = polish_reader.get("/findings?lang=pl").await;
    assert!(in_polish.contains("Co powiedzieli nam młodzi ludzie"));
    assert!(in_polish.contains(r#"<span lang="en" dir="ltr">(English)"#));
    assert!(in_polish.contains("Wersja 1, opublikowana "));
    assert!(
        in_polish.contains(r#"<span lang="en" dir="ltr">two new evening clubs</span>"#),
        "the team's English is marked as English"
    );

    // One response fewer: a version in any language made from the new numbers could be compared
    // with the ones already published, so none is made.
    app.execute(
        "DELETE FROM responses WHERE id = (SELECT MIN(id) FROM responses WHERE survey_id IN \
         (SELECT id FROM surveys WHERE slug = 'be-supported-2022'))",
    );
    browser.get(wave).await;
    let changed = browser
        .post(&format!("{wave}/easy-read/publish?language=ar"), &[])
        .await;
    assert_eq!(changed.status, 400);
    assert!(changed.contains("numbers have changed since its"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM published_reports"), 4);
}

#[tokio::test]
async fn the_poster_prints_in_each_language_of_the_wave_and_its_code_opens_the_wave_in_it() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let staff = analyst_browser(&app);
    let english = staff.get("/staff/surveys/be-supported-2022/poster").await;
    assert!(english.contains("Scan the code with your phone camera"));
    assert!(english.contains("/staff/surveys/be-supported-2022/poster?language=pl"));

    let polish = staff
        .get("/staff/surveys/be-supported-2022/poster?language=pl")
        .await;
    assert_eq!(polish.status, 200);
    // The poster itself is Polish, marked as such for screen readers; the page around it is the
    // staff's English.
    assert!(polish.contains("class=\"poster\" aria-label=\"Poster\" lang=\"pl\" dir=\"ltr\""));
    assert!(polish.contains("Ankieta o wsparciu 2022"));
    assert!(polish.contains("Zeskanuj kod aparatem w telefonie"));
    assert!(polish.contains("/s/be-supported-2022?lang=pl"));
    assert!(!polish.contains("Scan the code"));
    assert!(polish.contains("Print it in:"));

    let arabic = staff
        .get("/staff/surveys/be-supported-2022/poster?language=ar")
        .await;
    assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(arabic.contains("امسح الرمز"));

    // A language the wave is not written in is refused, not printed half in English.
    let urdu = staff
        .get("/staff/surveys/be-supported-2022/poster?language=ur")
        .await;
    assert_eq!(urdu.status, 400);
}

/// A browser signed in as an analyst, who prepares reports and prints posters.
fn analyst_browser(app: &TestApp) -> crate::helpers::Browser {
    let analyst = app.create_staff(
        "analyst@example.org",
        youthvoice::domain::staff::Role::Analyst,
        "a long enough passphrase",
    );
    app.browser_signed_in_as(&analyst)
}

#[tokio::test]
async fn quotes_in_a_translated_you_said_report_name_who_said_them_in_that_language() {
    let app = spawn_app().await;
    let mut connection = app.connection();
    youthvoice::demo::load(&mut connection).unwrap();
    let clock = youthvoice::clock::Clock::fixed(chrono_tz::Europe::London, chrono::Utc::now());
    youthvoice::demo::load_reports(&mut connection, &clock, "Oxfordshire Children's Trust")
        .unwrap();
    let browser = analyst_browser(&app);
    let polish = browser
        .get("/staff/reports/be-supported-2021/easy-read?language=pl")
        .await;
    assert!(
        polish.contains("<blockquote"),
        "the demo's 2021 wave has quotes"
    );
    // The age band as the Polish wave words it, in a Polish sentence; never the Board's English.
    assert!(polish.contains("Młoda osoba. Wiek: "));
    assert!(!polish.contains("Young person"));
    let english = browser
        .get("/staff/reports/be-supported-2021/easy-read")
        .await;
    assert!(english.contains("Young person, age "));
}
