//! Logging. The access log carries the method, path (with secret link tokens redacted), status
//! and duration: never an IP address, user agent, query string, resume code or form contents.
//! Young people's survey pages are not logged per request at all: a timed line for each submit
//! would let someone match the nth submission to the nth response.

use actix_web::dev::ServiceRequest;
use actix_web::middleware::Logger;
use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A second call (e.g. several tests in one process) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

/// The access log, built from parts that cannot identify anyone.
pub fn access_log() -> Logger {
    Logger::new("%{request}xi %s %Dms")
        .custom_request_replace("request", redacted_request_line)
        .exclude_regex("^/s/")
}

fn redacted_request_line(request: &ServiceRequest) -> String {
    format!("{} {}", request.method(), redact_path(request.path()))
}

/// Replaces path segments that look like secrets (long hex tokens in emailed links) with `[token]`.
pub fn redact_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() >= 32 && segment.bytes().all(|b| b.is_ascii_hexdigit()) {
                "[token]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn link_tokens_never_reach_the_log() {
        let token = "ab".repeat(32);
        assert_eq!(
            redact_path(&format!("/staff/invitation/{token}")),
            "/staff/invitation/[token]"
        );
        assert_eq!(
            redact_path("/s/be-supported-2022/q/3"),
            "/s/be-supported-2022/q/3"
        );
    }
}
