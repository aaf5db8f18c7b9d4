//! The test harness: the real application on port 0, over a fresh SQLite file, or over a fresh
//! PostgreSQL database when `TEST_DATABASE_URL` names a server; and browsers with their own cookies.

use std::sync::Arc;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use reqwest::header;
use youthvoice::auth::password;
use youthvoice::config::Settings;
use youthvoice::db::{AnyConnection, DbPool, surveys};
use youthvoice::db::{staff_sessions, users};
use youthvoice::domain::built_in_templates::be_supported;
use youthvoice::domain::ids::Slug;
use youthvoice::domain::staff::{AccountStatus, EmailAddress, NewPassword, Role, StaffUser};
use youthvoice::domain::survey::{Survey, SurveyStatus};
use youthvoice::domain::tokens::Secret;
use youthvoice::email::{MailSettings, Mailer};
use youthvoice::startup::Application;

use crate::virtual_respondent::{form_encode, value_after};

/// A database of its own for one test, removed when the test ends.
pub enum TestDatabase {
    Sqlite {
        _directory: tempfile::TempDir,
        url: String,
    },
    Postgres {
        admin_url: String,
        name: String,
        url: String,
    },
}

impl TestDatabase {
    pub fn create() -> TestDatabase {
        match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|url| !url.is_empty())
        {
            Some(admin_url) => {
                let admin_url = without_tls(&admin_url);
                let name = format!("yv_test_{}", uuid::Uuid::new_v4().simple());
                let mut admin =
                    PgConnection::establish(&admin_url).expect("connect to TEST_DATABASE_URL");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create test database");
                let url = replace_database_name(&admin_url, &name);
                TestDatabase::Postgres {
                    admin_url,
                    name,
                    url,
                }
            }
            None => {
                let directory = tempfile::tempdir().expect("temporary directory");
                let url = format!(
                    "sqlite://{}",
                    directory.path().join("test.sqlite3").display()
                );
                TestDatabase::Sqlite {
                    _directory: directory,
                    url,
                }
            }
        }
    }

    pub fn url(&self) -> &str {
        match self {
            TestDatabase::Sqlite { url, .. } | TestDatabase::Postgres { url, .. } => url,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, TestDatabase::Postgres { .. })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres {
            admin_url, name, ..
        } = self
            && let Ok(mut admin) = PgConnection::establish(admin_url)
        {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// A local test server needs no TLS, and libpq's TLS must stay off here: at exit, OpenSSL's cleanup
/// ran while pool threads still held TLS connections and crashed the test process now and then
/// (SIGSEGV in OPENSSL_cleanup, after every test had passed). A URL that names its own sslmode
/// keeps it.
fn without_tls(url: &str) -> String {
    if url.contains("sslmode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&sslmode=disable")
    } else {
        format!("{url}?sslmode=disable")
    }
}

fn replace_database_name(url: &str, name: &str) -> String {
    let (without_query, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_end = without_query.find("://").map(|at| at + 3).unwrap_or(0);
    let base = match without_query[authority_end..].find('/') {
        Some(slash) => &without_query[..authority_end + slash],
        None => without_query,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

pub struct TestApp {
    pub address: String,
    pub pool: DbPool,
    pub database: Arc<TestDatabase>,
    pub mailer: Mailer,
}

/// Starts the real application, migrations and all, on a free port.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let database = Arc::new(TestDatabase::create());
    let url = database.url().to_owned();
    let key = youthvoice::domain::tokens::ServerKey::generate_hex();
    let mut settings = Settings::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "BIND" => Some("127.0.0.1:0".into()),
        "DATABASE_POOL_SIZE" => Some("4".into()),
        // Each test server has its own key, and no key file is written.
        "SECRET_KEY" => Some(key.clone()),
        _ => None,
    })
    .expect("test settings");
    settings.mail = MailSettings::Memory;
    adjust(&mut settings);
    let application = Application::build(settings).expect("application builds");
    let address = format!("http://127.0.0.1:{}", application.port());
    let pool = application.pool().clone();
    let mailer = application.mailer().clone();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        pool,
        database,
        mailer,
    }
}

impl TestApp {
    /// A new browser: its own cookies, as a different device would have.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.address)
    }

    /// A new browser whose settings ask for `accept_language` (e.g. `pl-PL,pl;q=0.9`).
    pub fn browser_speaking(&self, accept_language: &str) -> Browser {
        Browser::configured(&self.address, None, Some(accept_language))
    }

    /// A new browser connecting from another client address, such as 127.0.0.2.
    pub fn browser_from(&self, local: std::net::IpAddr) -> Browser {
        Browser::connecting_from(&self.address, Some(local))
    }

    pub fn connection(&self) -> youthvoice::db::DbConnection {
        self.pool.get().expect("database connection")
    }

    /// A Be Supported wave with the given status, stored through the real query code.
    pub fn create_survey(&self, slug: &str, status: SurveyStatus) -> Survey {
        let mut survey = be_supported(2030);
        survey.slug = Slug::parse(slug).unwrap();
        survey.title = format!("Test survey {slug}");
        survey.status = status;
        surveys::insert(
            &mut self.connection(),
            &survey,
            chrono::Utc::now().naive_utc(),
        )
        .expect("survey stored");
        survey
    }

    /// A staff account with a password, stored through the real query code.
    pub fn create_staff(&self, email: &str, role: Role, password_text: &str) -> StaffUser {
        let email = EmailAddress::parse(email).unwrap();
        let password = NewPassword::parse(password_text, password_text).unwrap();
        users::insert(
            &mut self.connection(),
            users::NewUser {
                email: &email,
                display_name: &format!("{role} person"),
                role,
                status: AccountStatus::Active,
                password_hash: Some(password::hash(&password)),
                now: chrono::Utc::now().naive_utc(),
            },
        )
        .unwrap()
    }

    /// A browser already signed in as `user`, through a session made directly in the database.
    pub fn browser_signed_in_as(&self, user: &StaffUser) -> Browser {
        let secret = Secret::generate();
        staff_sessions::create(
            &mut self.connection(),
            &secret.hash(),
            user.id,
            chrono::Utc::now().naive_utc(),
        )
        .unwrap();
        let browser = self.browser();
        browser.set_cookie(&format!("yv_staff={}; Path=/staff", secret.expose()));
        browser
    }

    /// The path of the staff link in the newest email sent to `to`.
    /// Waits (up to ten seconds) until at least `count` emails have been sent: some are sent
    /// after the response, so a page's answer does not depend on them.
    pub async fn wait_for_emails(&self, count: usize) {
        for _ in 0..200 {
            if self.mailer.sent().len() >= count {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{} emails were sent, not {count}", self.mailer.sent().len());
    }

    pub fn link_emailed_to(&self, to: &str) -> String {
        let sent = self.mailer.sent();
        let email = sent
            .iter()
            .rev()
            .find(|email| email.to == to)
            .expect("an email was sent");
        link_path_in(&email.text)
    }

    pub fn open_survey(&self, slug: &str) -> Survey {
        self.create_survey(slug, SurveyStatus::Open)
    }

    /// Runs a query that returns one count.
    pub fn count(&self, sql: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut connection = self.connection();
        let rows: Vec<Count> = diesel::RunQueryDsl::load(
            diesel::sql_query(sql),
            &mut *connection as &mut AnyConnection,
        )
        .expect("count query");
        rows[0].n
    }

    /// Runs a statement that changes data, as another program sharing the database might.
    pub fn execute(&self, sql: &str) -> usize {
        let mut connection = self.connection();
        diesel::RunQueryDsl::execute(
            diesel::sql_query(sql),
            &mut *connection as &mut AnyConnection,
        )
        .expect("statement runs")
    }

    /// Every row of a query that returns one text column named `value`.
    pub fn texts(&self, sql: &str) -> Vec<Option<String>> {
        #[derive(diesel::QueryableByName)]
        struct Text {
            #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
            value: Option<String>,
        }
        let mut connection = self.connection();
        let rows: Vec<Text> = diesel::RunQueryDsl::load(
            diesel::sql_query(sql),
            &mut *connection as &mut AnyConnection,
        )
        .expect("text query");
        rows.into_iter().map(|row| row.value).collect()
    }
}

/// What a browser sees of one response.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub body: String,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    pub fn csrf_token(&self) -> Option<String> {
        value_after(&self.body, "name=\"csrf_token\" value=\"")
    }

    pub fn title(&self) -> String {
        between(&self.body, "<title>", "</title>").unwrap_or_default()
    }

    pub fn h1(&self) -> String {
        let start = self.body.find("<h1").expect("page has an h1");
        let open_end = self.body[start..].find('>').unwrap() + start + 1;
        let end = self.body[open_end..].find("</h1>").unwrap() + open_end;
        strip_tags(&self.body[open_end..end])
    }

    pub fn contains(&self, text: &str) -> bool {
        self.body.contains(text)
    }

    /// The `href` of the first link whose text includes `text`.
    pub fn link_href(&self, text: &str) -> Option<String> {
        let mut rest = self.body.as_str();
        while let Some(start) = rest.find("<a ") {
            let tail = &rest[start..];
            let end = tail.find("</a>")?;
            let anchor = &tail[..end];
            if strip_tags(anchor).contains(text) {
                return value_after(anchor, "href=\"");
            }
            rest = &tail[end..];
        }
        None
    }

    pub fn is_checked(&self, value: &str) -> bool {
        let needle = format!("value=\"{value}\" checked");
        self.body.contains(&needle)
    }
}

fn between(text: &str, open: &str, close: &str) -> Option<String> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(text[start..end].to_owned())
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// A browser with a cookie jar that does not follow redirects, so tests see each step.
pub struct Browser {
    client: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
    address: String,
    csrf_token: std::sync::Mutex<Option<String>>,
}

pub const TEST_USER_AGENT: &str = "yv-test-agent-7f3a9c";
pub const TEST_FORWARDED_FOR: &str = "203.0.113.77";

impl Browser {
    fn new(address: &str) -> Browser {
        Self::connecting_from(address, None)
    }

    /// A browser whose connections come from `local` (any 127.x.y.z works on Linux), as another
    /// device on another network would.
    fn connecting_from(address: &str, local: Option<std::net::IpAddr>) -> Browser {
        Self::configured(address, local, None)
    }

    fn configured(
        address: &str,
        local: Option<std::net::IpAddr>,
        accept_language: Option<&str>,
    ) -> Browser {
        let mut headers = header::HeaderMap::new();
        if let Some(languages) = accept_language {
            headers.insert(header::ACCEPT_LANGUAGE, languages.parse().unwrap());
        }
        headers.insert("x-forwarded-for", TEST_FORWARDED_FOR.parse().unwrap());
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(TEST_USER_AGENT)
            .default_headers(headers)
            .local_address(local)
            .build()
            .expect("http client");
        Browser {
            client,
            jar,
            address: address.to_owned(),
            csrf_token: std::sync::Mutex::new(None),
        }
    }

    pub fn set_cookie(&self, cookie: &str) {
        self.jar
            .add_cookie_str(cookie, &self.address.parse().unwrap());
    }

    /// Signs in through the real form.
    pub async fn sign_in(&self, email: &str, password: &str) -> Page {
        self.get("/staff/sign-in").await;
        self.post(
            "/staff/sign-in",
            &[("email", email), ("password", password)],
        )
        .await
    }

    async fn send_get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET")
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.send_get(path).await;
        self.read(response).await
    }

    /// A download: its status, content type and bytes.
    pub async fn get_bytes(&self, path: &str) -> (u16, String, Vec<u8>) {
        let response = self.send_get(path).await;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|value| value.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (
            status,
            content_type,
            response.bytes().await.expect("body").to_vec(),
        )
    }

    /// Posts a form as a browser would, with the CSRF token of the last page this browser loaded.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self
            .csrf_token
            .lock()
            .unwrap()
            .clone()
            .expect("load a page with a form first");
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded_pairs(&all);
        self.post_raw(path, "application/x-www-form-urlencoded", body.into_bytes())
            .await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.address))
            .header(header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .await
            .expect("POST");
        self.read(response).await
    }

    /// Posts a form with a file field named `file`, as a browser sends an upload (multipart), with
    /// the CSRF token of the last page this browser loaded.
    pub async fn post_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        contents: Vec<u8>,
    ) -> Page {
        let mut form = reqwest::multipart::Form::new().text("csrf_token", self.csrf());
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        let file = reqwest::multipart::Part::bytes(contents)
            .file_name(file_name.to_owned())
            .mime_str("text/csv")
            .expect("a valid type");
        let response = self
            .client
            .post(format!("{}{path}", self.address))
            .multipart(form.part("file", file))
            .send()
            .await
            .expect("POST");
        self.read(response).await
    }

    /// Loads a page, then follows redirects to the final page.
    pub async fn follow(&self, mut page: Page) -> Page {
        while let Some(location) = page.location.clone() {
            page = self.get(&location).await;
        }
        page
    }

    pub fn csrf(&self) -> String {
        self.csrf_token
            .lock()
            .unwrap()
            .clone()
            .expect("a page with a form was loaded")
    }

    async fn read(&self, response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let location = headers
            .get(header::LOCATION)
            .map(|value| value.to_str().unwrap().to_owned());
        let body = response.text().await.expect("body");
        let page = Page {
            status,
            body,
            location,
            headers,
        };
        if let Some(token) = page.csrf_token() {
            *self.csrf_token.lock().unwrap() = Some(token);
        }
        page
    }
}

/// The path of the first staff link in a text (links carry the configured base URL).
pub fn link_path_in(text: &str) -> String {
    let start = text.find("/staff/").expect("the text has a staff link");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

pub fn serde_urlencoded_pairs(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(name, value)| format!("{}={}", form_encode(name), form_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Starts a survey in `browser` and returns the first question page.
/// The resume code shown on the "answers are saved" page.
pub fn resume_code(page: &Page) -> String {
    let start = page
        .body
        .find("<p class=\"code\">")
        .expect("the code is shown")
        + "<p class=\"code\">".len();
    let end = page.body[start..].find("</p>").unwrap() + start;
    page.body[start..end].to_owned()
}

pub async fn start_survey(browser: &Browser, slug: &str, format: &str) -> Page {
    let start = browser.get(&format!("/s/{slug}")).await;
    assert_eq!(start.status, 200, "start page loads");
    let started = browser
        .post(&format!("/s/{slug}/start"), &[("format", format)])
        .await;
    assert_eq!(started.status, 303);
    assert_eq!(
        started.location.as_deref(),
        Some(format!("/s/{slug}/q/1").as_str())
    );
    browser.get(&format!("/s/{slug}/q/1")).await
}

/// The answer fields that complete `question` with its first option (or some text).
pub fn first_answer(survey: &Survey, number: usize) -> Vec<(&'static str, String)> {
    let question = &survey.questions[number - 1];
    match question.options.first() {
        Some(option) => vec![("answer", option.value.to_string())],
        None => vec![("text", format!("Free text for {}", question.key))],
    }
}

/// Answers every question from `from` onwards with its first option; returns the page after the last.
pub async fn answer_all_from(browser: &Browser, survey: &Survey, from: usize) -> Page {
    let mut last = None;
    for number in from..=survey.questions.len() {
        let path = format!("/s/{}/q/{number}", survey.slug);
        let page = browser.get(&path).await;
        assert_eq!(page.status, 200, "question {number} loads");
        let fields = first_answer(survey, number);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let answered = browser.post(&path, &fields).await;
        assert_eq!(
            answered.status, 303,
            "question {number} accepted: {}",
            answered.body
        );
        last = Some(answered);
    }
    last.expect("at least one question")
}
