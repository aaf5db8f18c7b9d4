//! Random secrets handed to a browser or a person, of which only a hash is ever stored.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// 256 random bits, written as 64 hex characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(hex::encode(bytes))
    }

    /// Accepts only what [`Secret::generate`] makes, so a cookie cannot smuggle anything else in.
    pub fn parse(text: &str) -> Option<Self> {
        (text.len() == 64
            && text
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
        .then(|| Self(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> SecretHash {
        SecretHash::of(&self.0)
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// The SHA-256 of a secret, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretHash(String);

impl SecretHash {
    pub fn of(text: &str) -> Self {
        Self(hex::encode(Sha256::digest(text.as_bytes())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The server's own secret, which keys the hashes of what young people could otherwise have
/// guessed from a stolen database (resume codes). It never goes into the database.
#[derive(Clone)]
pub struct ServerKey(Vec<u8>);

impl ServerKey {
    /// Fewer bytes than this would make the keyed hashes guessable again.
    pub const MIN_BYTES: usize = 32;

    pub fn from_bytes(bytes: Vec<u8>) -> Option<ServerKey> {
        (bytes.len() >= Self::MIN_BYTES).then_some(ServerKey(bytes))
    }

    /// 32 fresh random bytes, written as hex for a key file.
    pub fn generate_hex() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    }

    /// HMAC-SHA-256 of `text` under this key, as hex.
    pub fn keyed_hash(&self, text: &str) -> SecretHash {
        use hmac::{Hmac, Mac};
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(text.as_bytes());
        SecretHash(hex::encode(mac.finalize().into_bytes()))
    }
}

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(..)")
    }
}

/// Compares two strings in time that does not depend on where they first differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_hashes_depend_on_the_key_and_short_keys_are_refused() {
        let one = ServerKey::from_bytes(vec![1; 32]).unwrap();
        let two = ServerKey::from_bytes(vec![2; 32]).unwrap();
        assert_eq!(one.keyed_hash("otter"), one.keyed_hash("otter"));
        assert_ne!(one.keyed_hash("otter"), two.keyed_hash("otter"));
        assert_ne!(one.keyed_hash("otter"), SecretHash::of("otter"));
        assert!(ServerKey::from_bytes(vec![1; 31]).is_none());
        assert_eq!(ServerKey::generate_hex().len(), 64);
    }

    #[test]
    fn secrets_are_random_hex_and_parse_back() {
        let a = Secret::generate();
        let b = Secret::generate();
        assert_ne!(a, b);
        assert_eq!(Secret::parse(a.expose()), Some(a.clone()));
        assert_eq!(Secret::parse("zz"), None);
        assert_eq!(Secret::parse(&a.expose().to_uppercase()), None);
        assert_ne!(a.hash().as_str(), a.expose());
        assert_eq!(a.hash(), SecretHash::of(a.expose()));
    }

    #[test]
    fn constant_time_eq_compares_whole_strings() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
