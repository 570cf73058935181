//! Random secrets, their stored hashes, and password hashing.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

use crate::{DomainError, Result};

/// A random URL-safe secret of 32 bytes (256 bits).
pub fn random_token() -> Result<String> {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).map_err(|e| DomainError::Internal(e.to_string()))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf))
}

/// A random, unguessable id (UUID v4 in simple form).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A time-ordered id for log-like rows (UUID v7), still unguessable in practice.
pub fn new_ordered_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// The stored form of a high-entropy secret: its SHA-256, hex. (Tokens carry 256
/// random bits, so a fast hash is enough; passwords get argon2id.)
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A short random code people can type (setup code): 4 groups of 4 characters.
pub fn human_code() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut buf = [0u8; 16];
    getrandom::fill(&mut buf).map_err(|e| DomainError::Internal(e.to_string()))?;
    let chars: Vec<char> = buf
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Compares two strings in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Password hashing costs ~19 MiB and tens of milliseconds each: at most this many
/// run at once, so a burst of requests queues instead of exhausting the machine.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(2);
    tokio::sync::Semaphore::new(cores.max(2))
});

/// Hashes a password with argon2id (default parameters: 19 MiB, 2 passes).
pub async fn hash_password(password: String) -> Result<String> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?;
    // Hashing takes tens of milliseconds of CPU: keep it off the async workers.
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| DomainError::Internal(e.to_string()))
    })
    .await
    .map_err(|e| DomainError::Internal(e.to_string()))?
}

/// A hash of a password nobody knows, verified against when an account does not
/// exist, so that a wrong address costs the same time as a wrong password.
static DUMMY_HASH: LazyLock<Option<String>> = LazyLock::new(|| {
    Argon2::default()
        .hash_password(b"kaiku-no-such-account")
        .ok()
        .map(|h| h.to_string())
});

/// Verifies a password against a stored hash; with `None`, burns the same time
/// against a dummy hash and fails.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    let Ok(_permit) = HASHING.acquire().await else {
        return false;
    };
    let result = tokio::task::spawn_blocking(move || {
        let real = hash.is_some();
        let Some(stored) = hash.or_else(|| DUMMY_HASH.clone()) else {
            return false;
        };
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        ok && real
    })
    .await;
    result.unwrap_or(false)
}
