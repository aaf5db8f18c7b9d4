//! The real server binary as a separate process, as it runs in production: started with
//! `youthvoice serve`, watched until ready, measured from /proc, and stopped with SIGTERM or
//! killed with SIGKILL. Shared by the crash-safety tests and the load benchmark.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The binary to run: `YOUTHVOICE_SERVER_BINARY` (CI points it at the release build), or the one
/// cargo built alongside this test or benchmark.
pub fn server_binary() -> PathBuf {
    std::env::var_os("YOUTHVOICE_SERVER_BINARY")
        .filter(|path| !path.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_youthvoice")))
}

/// Creates an open Be Supported wave through the binary's command line, as an operator would
/// (which also applies the migrations to a new database).
pub fn create_open_wave(database_url: &str, slug: &str) {
    let output = Command::new(server_binary())
        .args([
            "survey", "new", "--slug", slug, "--title", slug, "--year", "2030", "--open",
        ])
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the command line runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A port nobody is listening on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

pub struct ServerProcess {
    child: Child,
    pub port: u16,
    /// From spawning the process to its first healthy answer.
    pub started_in: Duration,
}

impl ServerProcess {
    /// Starts `youthvoice serve` on `port` over `database_url`, in `folder` (where it may write
    /// an outbox), and waits until /healthz answers.
    pub fn start(database_url: &str, port: u16, folder: &std::path::Path) -> ServerProcess {
        Self::start_with(database_url, port, folder, &[])
    }

    /// As [`ServerProcess::start`], with more environment variables set.
    pub fn start_with(
        database_url: &str,
        port: u16,
        folder: &std::path::Path,
        environment: &[(&str, &str)],
    ) -> ServerProcess {
        let began = Instant::now();
        let child = Command::new(server_binary())
            .arg("serve")
            .envs(environment.iter().copied())
            .env("DATABASE_URL", database_url)
            .env("BIND", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .current_dir(folder)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server binary starts");
        let mut server = ServerProcess {
            child,
            port,
            started_in: Duration::ZERO,
        };
        let deadline = began + Duration::from_secs(60);
        while health_status(port) != Some(200) {
            if let Some(status) = server.child.try_wait().expect("the server process") {
                panic!("the server exited before it was ready: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "the server was not ready in 60 s"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        server.started_in = began.elapsed();
        server
    }

    pub fn address(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// SIGKILL: no chance to finish anything, as in a power cut or the OOM killer.
    pub fn kill_hard(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("the killed server is reaped");
    }

    /// SIGTERM, as a service manager stops it: the server finishes what it is doing first.
    pub fn ask_to_stop(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "SIGTERM was sent");
    }

    /// Waits for the process to end by itself, for at most `limit`.
    pub fn wait_for_exit(mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("the server process") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server had not stopped after {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Resident memory now and at its peak, in KiB, from /proc.
    pub fn memory_kib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("the server's /proc status");
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
                .unwrap_or(0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The status of GET /healthz, or `None` while nothing answers.
pub fn health_status(port: u16) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).ok()?;
    let reply = String::from_utf8_lossy(&reply);
    reply.split_whitespace().nth(1)?.parse().ok()
}
