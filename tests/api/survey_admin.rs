//! Waves for the team, as an analyst uses them: copy last year's wave, change a question's wording,
//! add a question, preview it in Easy Read, open it, and have young people answer it. Changes that
//! would break stored answers are refused with a message on the field.

use youthvoice::domain::staff::Role;

use crate::helpers::{Browser, TestApp, spawn_app, start_survey};

async fn analyst(app: &TestApp) -> Browser {
    let analyst = app.create_staff(
        "analyst@example.org",
        Role::Analyst,
        "a long enough passphrase",
    );
    let browser = app.browser_signed_in_as(&analyst);
    browser.get("/staff/surveys").await;
    browser
}

/// Every field of a question's edit form as the page filled it in, so a test changes only what
/// it means to.
fn form_fields(body: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find("<input ") {
        let tag_end = rest[at..].find('>').unwrap() + at;
        let tag = &rest[at..tag_end];
        rest = &rest[tag_end..];
        let attribute = |name: &str| {
            let marker = format!(" {name}=\"");
            tag.find(&marker).map(|start| {
                let start = start + marker.len();
                let end = tag[start..].find('"').unwrap() + start;
                tag[start..end]
                    .replace("&amp;", "&")
                    .replace("&quot;", "\"")
            })
        };
        let (Some(name), kind) = (attribute("name"), attribute("type")) else {
            continue;
        };
        if name == "csrf_token" {
            continue;
        }
        match kind.as_deref() {
            Some("checkbox") => {
                if tag.contains(" checked") {
                    fields.push((name, attribute("value").unwrap_or_default()));
                }
            }
            _ => fields.push((name, attribute("value").unwrap_or_default())),
        }
    }
    for (open, close) in [("<textarea", "</textarea>"), ("<select", "</select>")] {
        let mut rest = body;
        while let Some(at) = rest.find(open) {
            let end = rest[at..].find(close).unwrap() + at;
            let element = &rest[at..end];
            rest = &rest[end..];
            let name_at = element.find(" name=\"").unwrap() + 7;
            let name = element[name_at..name_at + element[name_at..].find('"').unwrap()].to_owned();
            let value = if open == "<textarea" {
                element[element.find('>').unwrap() + 1..].replace("&amp;", "&")
            } else {
                element
                    .find(" selected")
                    .and_then(|selected| {
                        let option = element[..selected].rfind("<option value=\"")? + 15;
                        Some(element[option..option + element[option..].find('"')?].to_owned())
                    })
                    .unwrap_or_default()
            };
            fields.push((name, value));
        }
    }
    fields
}

fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = fields
        .iter()
        .filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name))
        .cloned()
        .collect();
    fields.extend(
        changes
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string())),
    );
    fields
}

async fn post_fields(
    browser: &Browser,
    path: &str,
    fields: &[(String, String)],
) -> crate::helpers::Page {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    browser.post(path, &borrowed).await
}

fn wording(app: &TestApp, slug: &str) -> String {
    app.texts(&format!(
        "SELECT w.text AS value FROM question_wordings w \
         JOIN questions q ON q.id = w.question_id JOIN surveys s ON s.id = q.survey_id \
         WHERE s.slug = '{slug}' AND q.question_key = 'know_who_to_speak_to' \
         AND w.language = 'en' AND w.register = 'standard'"
    ))[0]
        .clone()
        .unwrap()
}

#[tokio::test]
async fn an_analyst_copies_last_year_changes_and_adds_a_question_previews_and_opens_it() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app).await;
    let new = browser.get("/staff/surveys/new").await;
    assert!(
        new.is_checked("copy:be-supported-2022"),
        "last year's wave is offered first"
    );
    let created = browser
        .post(
            "/staff/surveys/new",
            &[
                ("start_from", "copy:be-supported-2022"),
                ("title", "Be Supported 2023"),
                ("slug", "be-supported-2023"),
                ("year", "2023"),
                ("opens_on", ""),
                ("closes_on", ""),
            ],
        )
        .await;
    assert_eq!(
        created.location.as_deref(),
        Some("/staff/surveys/be-supported-2023?done=created")
    );
    let overview = browser.follow(created).await;
    assert_eq!(overview.h1(), "Be Supported 2023");
    assert!(overview.contains("Draft: not open yet"));

    // Change one question's wording: its key stays, so the waves still compare.
    let last_year = wording(&app, "be-supported-2022");
    let edit_path = "/staff/surveys/be-supported-2023/questions/know_who_to_speak_to";
    let edit = browser.get(edit_path).await;
    let fields = form_fields(&edit.body);
    let saved = post_fields(
        &browser,
        edit_path,
        &with(
            &fields,
            &[("text", "I know who I can talk to when I need support.")],
        ),
    )
    .await;
    assert_eq!(
        saved.location.as_deref(),
        Some(&*format!("{edit_path}?done=saved"))
    );
    assert_eq!(
        wording(&app, "be-supported-2023"),
        "I know who I can talk to when I need support."
    );
    assert_eq!(
        wording(&app, "be-supported-2022"),
        last_year,
        "last year's wording is untouched"
    );

    // Add a question.
    let add_path = "/staff/surveys/be-supported-2023/questions/new";
    browser.get(add_path).await;
    let added = browser
        .post(
            add_path,
            &[
                ("key", "feel_safe_online"),
                ("kind", "yes_no_not_sure"),
                ("text", "Do you feel safe online?"),
                ("easy_read_text", "Do you feel safe on the internet?"),
                ("hint", ""),
                ("easy_read_hint", ""),
                ("symbol", "internet"),
                ("plan_item", "13"),
                ("option_rows", "3"),
                ("option-1-value", "yes"),
                ("option-1-label", "Yes"),
                ("option-1-easy_read_label", "Yes"),
                ("option-1-symbol", "yes"),
                ("option-1-positive", "yes"),
                ("option-2-value", "no"),
                ("option-2-label", "No"),
                ("option-2-easy_read_label", "No"),
                ("option-2-symbol", "no"),
                ("option-3-value", "not_sure"),
                ("option-3-label", "Not sure"),
                ("option-3-easy_read_label", "I am not sure"),
                ("option-3-symbol", "not-sure"),
            ],
        )
        .await;
    assert_eq!(
        added.location.as_deref(),
        Some("/staff/surveys/be-supported-2023/questions/feel_safe_online?done=saved"),
        "{}",
        added.body
    );
    let overview = browser.get("/staff/surveys/be-supported-2023").await;
    assert!(overview.contains("20. Do you feel safe online?"));

    // Preview it in Easy Read, as a young person would see it; nothing is stored.
    let preview = browser
        .get("/staff/surveys/be-supported-2023/preview/20?format=easy_read")
        .await;
    assert_eq!(preview.status, 200);
    assert_eq!(preview.h1(), "Do you feel safe on the internet?");
    assert!(
        preview.contains("class=\"easy-read"),
        "the Easy Read layout"
    );
    assert!(preview.contains("I am not sure"));
    assert!(preview.contains("Nothing you choose is saved"));
    assert!(!preview.contains("/s/be-supported-2023/save"));

    // Last year's wave was translated into Arabic and Polish; the changed and added wording is
    // not, so the wave may not open half translated until the translations are finished or removed.
    let refused = browser
        .post(
            "/staff/surveys/be-supported-2023/status",
            &[("action", "open")],
        )
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.contains("only partly translated into ar"));
    assert!(
        refused.contains("<li>question feel_safe_online</li>"),
        "{}",
        refused.body
    );
    assert!(refused.contains("<li>question know_who_to_speak_to</li>"));
    for language in ["ar", "pl"] {
        youthvoice::app::translations::remove(
            &mut app.connection(),
            &youthvoice::domain::ids::Slug::parse("be-supported-2023").unwrap(),
            &youthvoice::domain::wording::Language::parse(language).unwrap(),
            youthvoice::app::actor::Actor::CommandLine,
            chrono::Utc::now().naive_utc(),
        )
        .unwrap();
    }

    // Open it, and a young person answers the new question.
    let opened = browser
        .post(
            "/staff/surveys/be-supported-2023/status",
            &[("action", "open")],
        )
        .await;
    assert_eq!(
        opened.location.as_deref(),
        Some("/staff/surveys/be-supported-2023?done=opened")
    );
    let young_person = app.browser();
    let first = start_survey(&young_person, "be-supported-2023", "standard").await;
    assert_eq!(first.h1(), "I know who I can talk to when I need support.");
    let last = young_person.get("/s/be-supported-2023/q/20").await;
    assert_eq!(last.h1(), "Do you feel safe online?");

    // The closing date can move; the address cannot.
    browser
        .get("/staff/surveys/be-supported-2023/details")
        .await;
    let moved = browser
        .post(
            "/staff/surveys/be-supported-2023/details",
            &[
                ("title", "Be Supported 2023"),
                ("year", "2023"),
                ("opens_on", "2023-03-13"),
                ("closes_on", "2023-03-01"),
            ],
        )
        .await;
    assert_eq!(moved.status, 422);
    assert!(moved.contains("The closing date must be on or after the opening date"));
    let moved = browser
        .post(
            "/staff/surveys/be-supported-2023/details",
            &[
                ("title", "Be Supported 2023"),
                ("year", "2023"),
                ("opens_on", ""),
                ("closes_on", "2099-04-14"),
            ],
        )
        .await;
    assert_eq!(
        moved.location.as_deref(),
        Some("/staff/surveys/be-supported-2023?done=details")
    );
    assert!(browser.follow(moved).await.contains("until 14 April 2099"));

    // Closing shows young people the closed page.
    browser
        .post(
            "/staff/surveys/be-supported-2023/status",
            &[("action", "close")],
        )
        .await;
    assert_eq!(young_person.get("/s/be-supported-2023").await.status, 410);
}

#[tokio::test]
async fn changes_that_would_break_stored_answers_are_refused_on_their_field() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app).await;
    let edit_path = "/staff/surveys/be-supported-2022/questions/know_who_to_speak_to";
    let edit = browser.get(edit_path).await;
    assert!(edit.contains("This wave has been open or has responses"));
    let fields = form_fields(&edit.body);
    let refused = post_fields(
        &browser,
        edit_path,
        &with(
            &fields,
            &[
                ("key", "knows_who"),
                ("option-1-value", "agree_lots"),
                ("option-3-remove", "yes"),
            ],
        ),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.contains("The key must stay know_who_to_speak_to"));
    assert!(refused.contains("The code must stay strongly_agree"));
    assert!(refused.contains("Answers cannot be deleted"));
    assert!(
        refused.contains("value=\"knows_who\""),
        "what was typed is kept"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM questions WHERE question_key = 'knows_who'"),
        0,
        "nothing was saved"
    );

    let no_positive = post_fields(
        &browser,
        edit_path,
        &fields
            .iter()
            .filter(|(name, _)| !name.ends_with("-positive"))
            .cloned()
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(no_positive.status, 422);
    assert!(no_positive.contains("Tick at least one answer that counts as positive"));

    let duplicate = post_fields(
        &browser,
        "/staff/surveys/be-supported-2022/questions/new",
        &with(&fields, &[]),
    )
    .await;
    assert_eq!(duplicate.status, 422);
    assert!(
        duplicate
            .contains("Another question of this wave already has the key know_who_to_speak_to")
    );

    let bad_dates = browser
        .post(
            "/staff/surveys/new",
            &[
                ("start_from", "template:be-supported"),
                ("title", "Dates"),
                ("slug", "dates"),
                ("year", "2023"),
                ("opens_on", "2023-05-01"),
                ("closes_on", "2023-04-01"),
            ],
        )
        .await;
    assert_eq!(bad_dates.status, 422);
    assert!(bad_dates.contains("The closing date must be on or after the opening date"));
    let taken = browser
        .post(
            "/staff/surveys/new",
            &[
                ("start_from", "template:be-supported"),
                ("title", "Again"),
                ("slug", "be-supported-2022"),
                ("year", "2022"),
            ],
        )
        .await;
    assert!(taken.contains("Another wave already has this web address"));
}

#[tokio::test]
async fn links_per_channel_with_qr_codes_posters_and_progress_that_hides_small_numbers() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app).await;
    let share = "/staff/surveys/be-supported-2022/distribution";
    let page = browser.get(share).await;
    assert!(
        page.contains("/s/be-supported-2022</span>"),
        "the plain link"
    );
    let added = browser
        .post(share, &[("label", "St Mary's Youth Club"), ("tag", "")])
        .await;
    assert_eq!(
        added.location.as_deref(),
        Some(&*format!("{share}?done=added"))
    );
    let page = browser.follow(added).await;
    assert!(page.contains("/s/be-supported-2022?c=st-marys-youth-club"));
    let again = browser
        .post(
            share,
            &[("label", "Another"), ("tag", "st-marys-youth-club")],
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(again.contains("already has a link with that tag"));

    let svg = browser
        .get("/staff/surveys/be-supported-2022/qr.svg?c=st-marys-youth-club")
        .await;
    assert_eq!(svg.headers.get("content-type").unwrap(), "image/svg+xml");
    assert!(
        svg.headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(svg.body.starts_with("<svg"));
    let png = browser.get("/staff/surveys/be-supported-2022/qr.png").await;
    assert_eq!(png.headers.get("content-type").unwrap(), "image/png");
    assert_eq!(
        browser
            .get("/staff/surveys/be-supported-2022/qr.png?c=no-such-club")
            .await
            .status,
        404
    );
    let poster = browser
        .get("/staff/surveys/be-supported-2022/poster?c=st-marys-youth-club")
        .await;
    assert!(poster.contains("class=\"poster\""));
    assert!(poster.contains("We want to know if you get the help you need."));
    assert!(poster.contains("<svg"));

    // Three young people start through the club's link and two finish.
    for finish in [true, true, false] {
        let young_person = app.browser();
        young_person
            .get("/s/be-supported-2022?c=st-marys-youth-club")
            .await;
        let started = young_person
            .post(
                "/s/be-supported-2022/start",
                &[("format", "standard"), ("channel", "st-marys-youth-club")],
            )
            .await;
        assert_eq!(started.status, 303);
        if finish {
            for number in 1..=19 {
                young_person
                    .post(
                        &format!("/s/be-supported-2022/q/{number}"),
                        &[("answer", "_skip")],
                    )
                    .await;
            }
            let sent = young_person.post("/s/be-supported-2022/submit", &[]).await;
            assert_eq!(sent.status, 303, "{}", sent.body);
        }
    }
    let progress = browser
        .get("/staff/surveys/be-supported-2022/progress")
        .await;
    assert!(
        progress.contains(
            "<strong>St Mary's Youth Club</strong><br>Started: fewer than 10<br>\
             Sent: fewer than 10<br>Completion: \u{2013}"
        ),
        "three starts and two answers are too few to show: {}",
        progress.body
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM responses WHERE channel = 'st-marys-youth-club'"),
        2
    );
}

#[tokio::test]
async fn a_council_adds_its_own_symbol_and_uses_it_in_a_question() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app).await;
    let page = browser.get("/staff/symbols").await;
    assert!(page.contains("All symbols (62)"));
    let picture = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" fill=\"#3d2375\"/></svg>";
    let added = browser
        .post_file(
            "/staff/symbols",
            &[
                ("name", "bus-stop"),
                ("alt", "A bus stop"),
                ("licence", "CC BY 4.0"),
            ],
            "bus-stop.svg",
            picture.to_vec(),
        )
        .await;
    assert_eq!(
        added.location.as_deref(),
        Some("/staff/symbols?done=added"),
        "{}",
        added.body
    );
    let page = browser.get("/staff/symbols").await;
    assert!(page.contains("All symbols (63)"));
    assert!(page.contains("src=\"/assets/symbols/bus-stop\""));

    // Served as a picture only, even when opened on its own.
    let served = app.browser().get("/assets/symbols/bus-stop").await;
    assert_eq!(served.headers.get("content-type").unwrap(), "image/svg+xml");
    assert!(
        served
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    // Served as written out again from what draws: the same picture, with nothing that acts.
    assert!(
        served.body.starts_with("<svg") && served.body.contains("viewBox=\"0 0 64 64\""),
        "{}",
        served.body
    );

    for (name, file, contents, message) in [
        (
            "evil",
            "evil.svg",
            &b"<svg onload=\"alert(1)\"></svg>"[..],
            "must be a plain picture",
        ),
        (
            "text",
            "notes.txt",
            &b"just some words"[..],
            "must be a PNG or SVG picture",
        ),
        ("bus-stop", "again.svg", &picture[..], "was added before"),
        (
            "yes",
            "yes.svg",
            &picture[..],
            "A built-in symbol already has this name",
        ),
    ] {
        let refused = browser
            .post_file(
                "/staff/symbols",
                &[("name", name), ("alt", "x"), ("licence", "x")],
                file,
                contents.to_vec(),
            )
            .await;
        assert_eq!(refused.status, 422, "{name}");
        assert!(refused.contains(message), "{name}: {}", refused.body);
    }
    let too_big = browser
        .post_file(
            "/staff/symbols",
            &[("name", "huge"), ("alt", "x"), ("licence", "x")],
            "huge.png",
            [&b"\x89PNG\r\n\x1a\n"[..], &vec![0; 300 * 1024]].concat(),
        )
        .await;
    assert!(too_big.contains("200 KB or smaller"));

    // The editor offers it, and young people see it beside the question.
    let edit_path = "/staff/surveys/be-supported-2022/questions/know_who_to_speak_to";
    let edit = browser.get(edit_path).await;
    assert!(edit.contains("<option value=\"bus-stop\">bus-stop: A bus stop</option>"));
    let fields = form_fields(&edit.body);
    let saved = post_fields(
        &browser,
        edit_path,
        &with(&fields, &[("symbol", "bus-stop")]),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let preview = browser
        .get("/staff/surveys/be-supported-2022/preview/1?format=easy_read")
        .await;
    assert!(preview.contains("src=\"/assets/symbols/bus-stop\""));
}

#[tokio::test]
async fn many_young_people_starting_at_once_on_a_new_channel_are_all_counted() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let mut starts = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let young_person = app.browser();
        starts.spawn(async move {
            young_person.get("/s/be-supported-2022?c=summer-fair").await;
            young_person
                .post(
                    "/s/be-supported-2022/start",
                    &[("format", "standard"), ("channel", "summer-fair")],
                )
                .await
                .status
        });
    }
    let statuses = starts.join_all().await;
    assert!(statuses.iter().all(|status| *status == 303), "{statuses:?}");
    assert_eq!(
        app.count(
            "SELECT CAST(SUM(count) AS BIGINT) AS n FROM survey_starts WHERE channel = 'summer-fair'"
        ),
        12
    );
}

#[tokio::test]
async fn a_key_cannot_be_renamed_once_a_wave_has_opened_even_before_any_response() {
    let app = spawn_app().await;
    app.open_survey("opened");
    let browser = analyst(&app).await;
    let path = "/staff/surveys/opened/questions/know_who_to_speak_to";
    let edit = browser.get(path).await;
    assert!(edit.contains("This wave has been open or has responses"));
    let fields = form_fields(&edit.body);
    let renamed = post_fields(&browser, path, &with(&fields, &[("key", "knows_who")])).await;
    assert_eq!(renamed.status, 422);
    assert!(renamed.contains("The key must stay know_who_to_speak_to"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM questions WHERE question_key = 'know_who_to_speak_to'"
        ),
        1,
        "answers in progress are saved under the key, so it stays"
    );
    let reworded = post_fields(
        &browser,
        path,
        &with(&fields, &[("text", "I know who I can talk to.")]),
    )
    .await;
    assert_eq!(reworded.status, 303, "wording can still change");
}

#[tokio::test]
async fn opening_a_wave_with_easy_read_problems_lists_them_first_and_the_choice_is_audited() {
    use youthvoice::domain::survey::SurveyStatus;
    let app = spawn_app().await;
    app.create_survey("wordy", SurveyStatus::Draft);
    app.execute(
        "UPDATE question_wordings SET text = 'Do you know who to talk to at CAMHS?' \
         WHERE register = 'easy_read' AND question_id IN \
         (SELECT id FROM questions WHERE question_key = 'know_who_to_speak_to')",
    );
    let status = |app: &TestApp| {
        app.texts("SELECT status AS value FROM surveys WHERE slug = 'wordy'")[0]
            .clone()
            .unwrap()
    };
    let browser = analyst(&app).await;
    browser.get("/staff/surveys/wordy").await;
    let asked = browser
        .post("/staff/surveys/wordy/status", &[("action", "open")])
        .await;
    assert_eq!(asked.status, 409);
    assert!(
        asked.contains("CAMHS"),
        "the problems are listed: {}",
        asked.body
    );
    assert!(asked.contains("Open it anyway") && asked.contains("Fix the wording first"));
    assert_eq!(status(&app), "draft", "nothing opens without a choice");
    let marker = "name=\"accept_easy_read_problems\" value=\"";
    let at = asked.body.find(marker).expect("the count shown") + marker.len();
    let shown: usize = asked.body[at..at + asked.body[at..].find('"').unwrap()]
        .parse()
        .unwrap();
    assert!(shown >= 1);

    // A count that no longer matches (the wording changed meanwhile) asks again.
    let stale = (shown + 1).to_string();
    let again = browser
        .post(
            "/staff/surveys/wordy/status",
            &[("action", "open"), ("accept_easy_read_problems", &stale)],
        )
        .await;
    assert_eq!(again.status, 409);
    assert_eq!(status(&app), "draft");

    // The command line refuses the same way, and says how to go ahead.
    let refused = crate::import_export::youthvoice(&app, &["survey", "open", "--survey", "wordy"]);
    assert_eq!(refused.status.code(), Some(1));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains(&format!("--accept-easy-read-problems {shown}")),
        "{message}"
    );
    assert!(String::from_utf8_lossy(&refused.stdout).contains("CAMHS"));

    let count = shown.to_string();
    let opened = browser
        .post(
            "/staff/surveys/wordy/status",
            &[("action", "open"), ("accept_easy_read_problems", &count)],
        )
        .await;
    assert_eq!(
        opened.location.as_deref(),
        Some("/staff/surveys/wordy?done=opened")
    );
    assert_eq!(status(&app), "open");
    let audited = app.texts("SELECT detail AS value FROM audit_log WHERE action = 'wave_opened'");
    let plural = if shown == 1 { "" } else { "s" };
    assert_eq!(
        audited,
        [Some(format!(
            "wordy, accepting {shown} Easy Read problem{plural} unfixed"
        ))]
    );
}

#[tokio::test]
async fn a_question_links_to_its_sign_language_video_without_telling_the_video_site_where_from() {
    let app = spawn_app().await;
    youthvoice::demo::load(&mut app.connection()).unwrap();
    let browser = analyst(&app).await;
    let edit_path = "/staff/surveys/be-supported-2022/questions/know_who_to_speak_to";
    let fields = form_fields(&browser.get(edit_path).await.body);
    for refused in ["http://video.example.org/bsl", "javascript:alert(1)"] {
        let page = post_fields(
            &browser,
            edit_path,
            &with(&fields, &[("sign_video", refused)]),
        )
        .await;
        assert_eq!(page.status, 422, "{refused}");
        assert!(page.contains("Enter a link that starts with https://, or leave it empty"));
    }
    let link = "https://video.example.org/bsl/know-who?t=1&lang=bsl";
    let saved = post_fields(&browser, edit_path, &with(&fields, &[("sign_video", link)])).await;
    assert_eq!(saved.status, 303);
    assert!(
        browser
            .get(edit_path)
            .await
            .contains("value=\"https://video.example.org/bsl/know-who?t=1&amp;lang=bsl\""),
        "the editor shows the saved link"
    );

    let young_person = app.browser();
    start_survey(&young_person, "be-supported-2022", "standard").await;
    let first = young_person.get("/s/be-supported-2022/q/1").await;
    assert!(first.contains(
        "<a href=\"https://video.example.org/bsl/know-who?t=1&amp;lang=bsl\" rel=\"noopener noreferrer\" \
         referrerpolicy=\"no-referrer\">Watch this question in British Sign Language (BSL)</a>"
    ));
    let second = young_person.get("/s/be-supported-2022/q/2").await;
    assert!(
        !second.contains("sign-video"),
        "no link where the team gave no video"
    );

    let easy_read = app.browser();
    start_survey(&easy_read, "be-supported-2022", "easy_read").await;
    assert!(
        easy_read
            .get("/s/be-supported-2022/q/1")
            .await
            .contains(">Watch this question in sign language</a>")
    );

    // Removing the link removes it from the page.
    let fields = form_fields(&browser.get(edit_path).await.body);
    post_fields(&browser, edit_path, &with(&fields, &[("sign_video", "")])).await;
    assert!(
        !young_person
            .get("/s/be-supported-2022/q/1")
            .await
            .contains("sign-video")
    );
}
