//! Password hashing with argon2id, explicit parameters, always run off the async workers.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::domain::staff::NewPassword;

/// OWASP's recommended argon2id settings: 19 MiB of memory, two passes, one lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &NewPassword) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.expose().as_bytes(), &salt)
        .expect("hashing with valid parameters succeeds")
        .to_string()
}

/// Checks a typed password. With no stored hash (unknown address, or an invitation not yet
/// accepted) the same work is done against a dummy hash, so timing does not reveal who has an account.
pub fn verify(stored: Option<&str>, typed: &str) -> bool {
    let dummy = dummy_hash();
    let (hash, real) = match stored {
        Some(hash) => (hash, true),
        None => (dummy, false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let matches = hasher().verify_password(typed.as_bytes(), &parsed).is_ok();
    real && matches
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash(&NewPassword::parse("not anyone's password", "not anyone's password").expect("valid"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let password =
            NewPassword::parse("correct horse battery", "correct horse battery").unwrap();
        let stored = hash(&password);
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(Some(&stored), "correct horse battery"));
        assert!(!verify(Some(&stored), "correct horse battery!"));
        assert!(
            !verify(None, "not anyone's password"),
            "the dummy hash never signs anyone in"
        );
        assert!(!verify(Some("not a hash"), "anything"));
    }
}
