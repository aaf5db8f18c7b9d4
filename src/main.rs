use std::process::ExitCode;

fn main() -> ExitCode {
    youthvoice::cli::main()
}
