//! A virtual young person answering a survey over HTTP, as a phone does: the start page, the
//! format choice, every question page (GET, then POST its answer with the page's CSRF token), check
//! answers, and Send. Shared by the crash-safety tests and the load benchmark.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::cookie::CookieStore;
use reqwest::header;

/// What to do when the server cannot be reached (it is being restarted, say).
#[derive(Debug, Clone, Copy)]
pub enum Patience {
    /// Count it as an error at once: the load benchmark.
    None,
    /// Try the same step again until then: the crash-safety test.
    RetryUntil(Instant),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Loading a page (start, a question, check answers).
    Page,
    /// Sending a form (start, an answer, the final Send).
    Form,
}

#[derive(Debug)]
pub enum JourneyError {
    /// The server could not be reached, or the connection broke before a whole answer came back.
    Unreachable(String),
    /// The server answered, but not as the survey flow expects.
    Unexpected {
        path: String,
        status: u16,
        body: String,
    },
}

impl std::fmt::Display for JourneyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JourneyError::Unreachable(error) => {
                write!(f, "the server could not be reached: {error}")
            }
            JourneyError::Unexpected { path, status, body } => {
                write!(f, "{path} answered {status}: {body}")
            }
        }
    }
}

/// A completed survey: the server acknowledged Send (303 to the thank-you page).
#[derive(Debug, Default)]
pub struct Journey {
    pub timings: Vec<(Step, Duration)>,
    /// Requests that failed and were tried again (only with `Patience::RetryUntil`).
    pub retries: usize,
    /// Each page seen, when weighing pages: what it costs a phone to download.
    pub pages: Vec<PageWeight>,
}

/// One page as sent gzip-compressed, and the stylesheets and scripts it loads.
#[derive(Debug, Clone)]
pub struct PageWeight {
    pub path: String,
    pub gzip_bytes: usize,
    pub assets: Vec<String>,
}

pub struct VirtualRespondent {
    client: reqwest::Client,
    cookies: Arc<reqwest::cookie::Jar>,
    address: String,
    slug: String,
    csrf_token: Option<String>,
    format: &'static str,
    weighing_pages: bool,
    /// How long the person spends on each page before sending its form.
    thinking: Duration,
    journey: Journey,
}

struct Reply {
    status: u16,
    location: Option<String>,
    body: String,
}

impl Reply {
    /// Where a redirect from `path` sends the browser.
    fn redirect_target(self, path: &str) -> Result<String, JourneyError> {
        self.location.ok_or_else(|| JourneyError::Unexpected {
            path: path.to_owned(),
            status: self.status,
            body: "no Location header".into(),
        })
    }
}

impl VirtualRespondent {
    /// A new device with its own cookies.
    pub fn new(address: &str, slug: &str) -> VirtualRespondent {
        let cookies = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("an HTTP client");
        VirtualRespondent {
            client,
            cookies,
            address: address.to_owned(),
            slug: slug.to_owned(),
            csrf_token: None,
            format: "standard",
            weighing_pages: false,
            thinking: Duration::ZERO,
            journey: Journey::default(),
        }
    }

    /// Chooses this format on the start page (`standard` or `easy_read`).
    pub fn in_format(mut self, format: &'static str) -> VirtualRespondent {
        self.format = format;
        self
    }

    /// Spends `thinking` on each page before sending its form, as a person reads and chooses.
    pub fn thinking_for(mut self, thinking: Duration) -> VirtualRespondent {
        self.thinking = thinking;
        self
    }

    /// Also fetches every page again gzip-compressed, as a phone would, to record its weight.
    pub fn weighing_pages(mut self) -> VirtualRespondent {
        self.weighing_pages = true;
        self
    }

    /// Answers every question (the first option of each, `words` for free text) and sends.
    pub async fn complete_survey(
        mut self,
        words: &str,
        patience: Patience,
    ) -> Result<Journey, JourneyError> {
        self.answer_every_question(words, patience).await?;
        self.send_answers(patience).await
    }

    /// From the start page to the check-answers page, answering each question on the way.
    pub async fn answer_every_question(
        &mut self,
        words: &str,
        patience: Patience,
    ) -> Result<(), JourneyError> {
        let check = format!("/s/{}/check", self.slug);
        let mut path = self.start(patience).await?;
        loop {
            let page = self.expect(Step::Page, &path, &[], 200, patience).await?;
            if path == check {
                return Ok(());
            }
            let (field, value) =
                answer_for(&page.body, words).ok_or_else(|| JourneyError::Unexpected {
                    path: path.clone(),
                    status: 200,
                    body: "no answer to choose on the page".into(),
                })?;
            let answered = self
                .expect(Step::Form, &path, &[(field, &value)], 303, patience)
                .await?;
            path = answered.redirect_target(&path)?;
        }
    }

    /// Opens the start page and chooses a format; returns the first question's address.
    pub async fn start(&mut self, patience: Patience) -> Result<String, JourneyError> {
        let slug = self.slug.clone();
        self.expect(Step::Page, &format!("/s/{slug}"), &[], 200, patience)
            .await?;
        let start = format!("/s/{slug}/start");
        let started = self
            .expect(
                Step::Form,
                &start,
                &[("format", self.format)],
                303,
                patience,
            )
            .await?;
        started.redirect_target(&start)
    }

    /// Loads a page that should answer 200, and how long that took.
    pub async fn load_page(&mut self, path: &str) -> Result<Duration, JourneyError> {
        let began = Instant::now();
        self.expect(Step::Page, path, &[], 200, Patience::None)
            .await?;
        Ok(began.elapsed())
    }

    /// Presses Send on the check-answers page; done when the server sends on to "thank you".
    pub async fn send_answers(mut self, patience: Patience) -> Result<Journey, JourneyError> {
        let submit = self.submit_path();
        let sent = self.expect(Step::Form, &submit, &[], 303, patience).await?;
        // The thank-you page comes in the format chosen at the start.
        let done = match self.format {
            "easy_read" => format!("/s/{}/done?format=easy_read", self.slug),
            _ => format!("/s/{}/done", self.slug),
        };
        if sent.location.as_deref() != Some(done.as_str()) {
            return Err(JourneyError::Unexpected {
                path: submit,
                status: sent.status,
                body: format!("sent on to {:?}", sent.location),
            });
        }
        if self.weighing_pages {
            self.weigh(&done).await?;
        }
        Ok(self.journey)
    }

    async fn weigh(&mut self, path: &str) -> Result<(), JourneyError> {
        let url = format!("{}{path}", self.address);
        let weight = gzip_weight(&self.client, &url)
            .await
            .map_err(|error| JourneyError::Unreachable(error.to_string()))?;
        self.journey.pages.push(PageWeight {
            path: path.to_owned(),
            gzip_bytes: weight.0,
            assets: weight.1,
        });
        Ok(())
    }

    pub fn submit_path(&self) -> String {
        format!("/s/{}/submit", self.slug)
    }

    /// The Cookie header and form body of Send, for a test that writes the request by hand.
    pub fn send_request_parts(&self) -> (String, String) {
        let url = format!("{}{}", self.address, self.submit_path())
            .parse()
            .expect("the server's address");
        let cookies = self
            .cookies
            .cookies(&url)
            .and_then(|value| value.to_str().ok().map(str::to_owned))
            .unwrap_or_default();
        let token = self.csrf_token.as_deref().unwrap_or_default();
        (cookies, format!("csrf_token={token}"))
    }

    /// One request, tried again while the server cannot be reached and patience lasts.
    async fn expect(
        &mut self,
        step: Step,
        path: &str,
        fields: &[(&str, &str)],
        status: u16,
        patience: Patience,
    ) -> Result<Reply, JourneyError> {
        if step == Step::Form && !self.thinking.is_zero() {
            tokio::time::sleep(self.thinking).await;
        }
        loop {
            let began = Instant::now();
            match self.send(step, path, fields).await {
                Ok(reply) if reply.status == status => {
                    self.journey.timings.push((step, began.elapsed()));
                    if let Some(token) = csrf_token_in(&reply.body) {
                        self.csrf_token = Some(token);
                    }
                    if self.weighing_pages && step == Step::Page {
                        self.weigh(path).await?;
                    }
                    return Ok(reply);
                }
                Ok(reply) => {
                    return Err(JourneyError::Unexpected {
                        path: path.to_owned(),
                        status: reply.status,
                        body: reply.body.chars().take(400).collect(),
                    });
                }
                Err(error) => match patience {
                    Patience::RetryUntil(deadline) if Instant::now() < deadline => {
                        self.journey.retries += 1;
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    _ => return Err(JourneyError::Unreachable(error.to_string())),
                },
            }
        }
    }

    async fn send(
        &self,
        step: Step,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<Reply, reqwest::Error> {
        let url = format!("{}{path}", self.address);
        let request = match step {
            Step::Page => self.client.get(url),
            Step::Form => {
                let token = self.csrf_token.as_deref().unwrap_or_default();
                let mut body = format!("csrf_token={token}");
                for (name, value) in fields {
                    body.push_str(&format!("&{name}={}", form_encode(value)));
                }
                self.client
                    .post(url)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(body)
            }
        };
        let response = request.send().await?;
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        // A connection cut while the body arrives is an error here too, not half a page.
        let body = response.text().await?;
        Ok(Reply {
            status,
            location,
            body,
        })
    }
}

/// The size of a page as sent with gzip, and the stylesheets and scripts it links to.
pub async fn gzip_weight(
    client: &reqwest::Client,
    url: &str,
) -> Result<(usize, Vec<String>), reqwest::Error> {
    // Without reqwest's gzip feature the body arrives as sent: compressed.
    let compressed = client
        .get(url)
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await?
        .bytes()
        .await?;
    let plain = client.get(url).send().await?.text().await?;
    let mut assets = Vec::new();
    for marker in ["rel=\"stylesheet\" href=\"", "<script src=\""] {
        assets.extend(
            plain
                .match_indices(marker)
                .filter_map(|(at, _)| value_after(&plain[at..], marker)),
        );
    }
    Ok((compressed.len(), assets))
}

fn csrf_token_in(body: &str) -> Option<String> {
    value_after(body, "name=\"csrf_token\" value=\"")
}

/// The field a person would fill in on this question page: the text box, or the first answer.
fn answer_for(body: &str, words: &str) -> Option<(&'static str, String)> {
    if body.contains("name=\"text\"") {
        return Some(("text", words.to_owned()));
    }
    Some(("answer", value_after(body, "name=\"answer\" value=\"")?))
}

/// The attribute value that follows `marker` (such as `href="`), with `&amp;` read as `&`.
pub fn value_after(body: &str, marker: &str) -> Option<String> {
    let start = body.find(marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].replace("&amp;", "&"))
}

/// Percent-encodes a form field's name or value for an `application/x-www-form-urlencoded` body.
pub fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
