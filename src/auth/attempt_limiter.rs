//! Limits on guesses (resume codes, passwords), per client address and overall. Addresses are held
//! in memory only: never stored, never logged, and forgotten when their window ends. An IPv6
//! client is counted by its /64, since one home or phone is given a whole /64.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Addresses kept before expired windows are swept out, so memory stays bounded under a flood.
const SWEEP_ABOVE: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Client {
    V4([u8; 4]),
    V6Prefix([u8; 8]),
    Unknown,
}

impl Client {
    fn of(address: Option<IpAddr>) -> Client {
        match address {
            Some(IpAddr::V4(v4)) => Client::V4(v4.octets()),
            Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => Client::V4(v4.octets()),
                None => {
                    let mut prefix = [0u8; 8];
                    prefix.copy_from_slice(&v6.octets()[..8]);
                    Client::V6Prefix(prefix)
                }
            },
            None => Client::Unknown,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    attempts: u32,
}

impl Window {
    fn fresh(now: Instant) -> Window {
        Window {
            started: now,
            attempts: 0,
        }
    }

    fn ends(&self, length: Duration) -> Instant {
        self.started + length
    }
}

#[derive(Debug)]
struct Counts {
    by_client: HashMap<Client, Window>,
    overall: Window,
}

/// Too many attempts: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub retry_after: Duration,
}

impl Limited {
    /// Whole minutes, at least one, for people.
    pub fn minutes(&self) -> u64 {
        self.retry_after.as_secs().div_ceil(60).max(1)
    }
}

#[derive(Debug)]
pub struct AttemptLimiter {
    per_client: u32,
    overall: u32,
    window: Duration,
    counts: Mutex<Counts>,
}

impl AttemptLimiter {
    pub fn new(per_client: u32, overall: u32, window: Duration) -> AttemptLimiter {
        AttemptLimiter {
            per_client,
            overall,
            window,
            counts: Mutex::new(Counts {
                by_client: HashMap::new(),
                overall: Window::fresh(Instant::now()),
            }),
        }
    }

    /// Counts an attempt from `address` if both its own and the overall limit allow one more; an
    /// attempt refused here is not counted, so one client's flood does not use up everyone's.
    pub fn attempt(&self, address: Option<IpAddr>) -> Result<(), Limited> {
        self.attempt_at(address, Instant::now())
    }

    fn attempt_at(&self, address: Option<IpAddr>, now: Instant) -> Result<(), Limited> {
        let window = self.window;
        let mut counts = self
            .counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if counts.overall.ends(window) <= now {
            counts.overall = Window::fresh(now);
        }
        if counts.by_client.len() > SWEEP_ABOVE {
            counts.by_client.retain(|_, held| held.ends(window) > now);
        }
        let overall = counts.overall;
        let client = counts
            .by_client
            .entry(Client::of(address))
            .or_insert_with(|| Window::fresh(now));
        if client.ends(window) <= now {
            *client = Window::fresh(now);
        }
        let limited_until = if client.attempts >= self.per_client {
            Some(client.ends(window))
        } else if overall.attempts >= self.overall {
            Some(overall.ends(window))
        } else {
            None
        };
        if let Some(until) = limited_until {
            return Err(Limited {
                retry_after: until.saturating_duration_since(now),
            });
        }
        client.attempts += 1;
        counts.overall.attempts += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    fn v4(last: u8) -> Option<IpAddr> {
        Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, last)))
    }

    #[test]
    fn one_client_is_stopped_at_its_limit_without_stopping_others() {
        let limiter = AttemptLimiter::new(3, 100, Duration::from_secs(600));
        let start = Instant::now();
        for _ in 0..3 {
            assert!(limiter.attempt_at(v4(1), start).is_ok());
        }
        let limited = limiter.attempt_at(v4(1), start).unwrap_err();
        assert_eq!(limited.retry_after, Duration::from_secs(600));
        assert_eq!(limited.minutes(), 10);
        assert!(limiter.attempt_at(v4(2), start).is_ok());
        let later = start + Duration::from_secs(601);
        assert!(limiter.attempt_at(v4(1), later).is_ok(), "the window ends");
    }

    #[test]
    fn the_overall_limit_holds_against_many_addresses() {
        let limiter = AttemptLimiter::new(3, 5, Duration::from_secs(60));
        let start = Instant::now();
        for last in 0..5 {
            assert!(limiter.attempt_at(v4(last), start).is_ok());
        }
        assert!(limiter.attempt_at(v4(200), start).is_err());
    }

    #[test]
    fn refused_attempts_do_not_count_towards_the_overall_limit() {
        let limiter = AttemptLimiter::new(2, 10, Duration::from_secs(60));
        let start = Instant::now();
        for _ in 0..100 {
            let _ = limiter.attempt_at(v4(1), start);
        }
        assert!(limiter.attempt_at(v4(2), start).is_ok());
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_64_prefix() {
        let limiter = AttemptLimiter::new(1, 10, Duration::from_secs(60));
        let start = Instant::now();
        let one = Ipv6Addr::new(0x2001, 0xdb8, 1, 2, 0, 0, 0, 1);
        let same_home = Ipv6Addr::new(0x2001, 0xdb8, 1, 2, 9, 9, 9, 9);
        let elsewhere = Ipv6Addr::new(0x2001, 0xdb8, 1, 3, 0, 0, 0, 1);
        assert!(limiter.attempt_at(Some(one.into()), start).is_ok());
        assert!(limiter.attempt_at(Some(same_home.into()), start).is_err());
        assert!(limiter.attempt_at(Some(elsewhere.into()), start).is_ok());
    }
}
