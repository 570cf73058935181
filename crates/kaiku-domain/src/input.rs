//! Validation of what people type. Each function returns the cleaned value or a
//! [`FieldError`] naming the field and a Fluent message id.

use crate::FieldError;

/// Longest accepted e-mail address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
/// Longest display name.
pub const NAME_MAX: usize = 100;
/// Shortest and longest password, in characters.
pub const PASSWORD_MIN: usize = 10;
/// See [`PASSWORD_MIN`].
pub const PASSWORD_MAX: usize = 256;
/// Longest organisation name.
pub const ORG_NAME_MAX: usize = 80;
/// Longest token label.
pub const LABEL_MAX: usize = 80;
/// Longest free-text message (join requests).
pub const MESSAGE_MAX: usize = 2000;

/// A normalised (trimmed, lower-cased) e-mail address.
pub fn email(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let e = raw.trim().to_lowercase();
    if e.is_empty() {
        return Err(FieldError {
            field,
            key: "error-required",
        });
    }
    if e.chars().count() > EMAIL_MAX {
        return Err(FieldError {
            field,
            key: "error-too-long",
        });
    }
    let valid = match e.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
                && e.chars().all(|c| !c.is_whitespace() && !c.is_control())
                && !local.contains(['<', '>', '(', ')', ',', ';', ':', '"', '[', ']', '\\'])
                && domain
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        }
        None => false,
    };
    if !valid {
        return Err(FieldError {
            field,
            key: "error-email-invalid",
        });
    }
    Ok(e)
}

/// A person's display name: trimmed, inner whitespace collapsed, no control characters.
pub fn display_name(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text(field, raw, NAME_MAX, true)
}

/// A single-line text: trimmed, collapsed, length-checked; `required` rejects empty.
pub fn text(
    field: &'static str,
    raw: &str,
    max: usize,
    required: bool,
) -> Result<String, FieldError> {
    if raw.chars().any(|c| c.is_control() && c != '\t') {
        return Err(FieldError {
            field,
            key: "error-invalid-characters",
        });
    }
    let cleaned = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if required && cleaned.is_empty() {
        return Err(FieldError {
            field,
            key: "error-required",
        });
    }
    if cleaned.chars().count() > max {
        return Err(FieldError {
            field,
            key: "error-too-long",
        });
    }
    Ok(cleaned)
}

/// A multi-line text: trimmed, length-checked, control characters other than
/// newlines and tabs refused.
pub fn multiline(field: &'static str, raw: &str, max: usize) -> Result<String, FieldError> {
    if raw
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(FieldError {
            field,
            key: "error-invalid-characters",
        });
    }
    let t = raw.trim().replace("\r\n", "\n");
    if t.chars().count() > max {
        return Err(FieldError {
            field,
            key: "error-too-long",
        });
    }
    Ok(t)
}

/// A new password: long enough, not absurdly long, and not only whitespace.
pub fn new_password(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let n = raw.chars().count();
    if raw.is_empty() {
        return Err(FieldError {
            field,
            key: "error-required",
        });
    }
    if n < PASSWORD_MIN || raw.trim().is_empty() {
        return Err(FieldError {
            field,
            key: "error-password-short",
        });
    }
    if n > PASSWORD_MAX {
        return Err(FieldError {
            field,
            key: "error-too-long",
        });
    }
    Ok(raw.to_owned())
}

/// The lower-cased key people are searched and sorted by.
pub fn search_key(display_name: &str, email: &str) -> String {
    format!("{} {}", display_name.to_lowercase(), email)
}

/// A `#rrggbb` colour.
pub fn color(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let c = raw.trim().to_ascii_lowercase();
    let ok =
        c.len() == 7 && c.starts_with('#') && c.chars().skip(1).all(|ch| ch.is_ascii_hexdigit());
    if ok {
        Ok(c)
    } else {
        Err(FieldError {
            field,
            key: "error-color-invalid",
        })
    }
}

/// A list of e-mail domains separated by commas, spaces or newlines.
pub fn domains(field: &'static str, raw: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for d in raw.split(|c: char| c == ',' || c.is_whitespace()) {
        let d = d.trim().trim_start_matches('@').to_lowercase();
        if d.is_empty() {
            continue;
        }
        let ok = d.len() <= 253
            && d.contains('.')
            && !d.starts_with(['.', '-'])
            && !d.ends_with(['.', '-'])
            && d.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if !ok {
            return Err(FieldError {
                field,
                key: "error-domain-invalid",
            });
        }
        if !out.contains(&d) {
            out.push(d);
        }
    }
    if out.len() > 50 {
        return Err(FieldError {
            field,
            key: "error-too-long",
        });
    }
    Ok(out)
}

/// Collects the errors of several checks; `Ok` only when all passed.
#[derive(Default)]
pub struct Checks {
    errors: Vec<FieldError>,
}

impl Checks {
    /// Keeps the value, or records the error and returns a default.
    pub fn take<T: Default>(&mut self, r: Result<T, FieldError>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => {
                self.errors.push(e);
                T::default()
            }
        }
    }

    /// Records an error.
    pub fn push(&mut self, field: &'static str, key: &'static str) {
        self.errors.push(FieldError { field, key });
    }

    /// Fails with every recorded error, if any.
    pub fn finish(self) -> crate::Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(crate::DomainError::Invalid(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_malformed_ones_refused() {
        assert_eq!(
            email("e", "  Anna.Virtanen@Example.FI ").ok().as_deref(),
            Some("anna.virtanen@example.fi")
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@x.fi",
            "anna@x",
            "an na@x.fi",
            "a@x..fi",
            "a<b>@x.fi",
        ] {
            assert!(email("e", bad).is_err(), "{bad:?} accepted");
        }
        assert!(email("e", &format!("{}@x.fi", "a".repeat(260))).is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            display_name("n", "  Åsa   Öberg ").ok().as_deref(),
            Some("Åsa Öberg")
        );
        assert!(display_name("n", "   ").is_err());
        assert!(display_name("n", &"x".repeat(101)).is_err());
        assert!(display_name("n", "bad\u{0}name").is_err());
    }

    #[test]
    fn passwords_need_ten_characters() {
        assert!(new_password("p", "short").is_err());
        assert!(new_password("p", "          ").is_err());
        assert!(new_password("p", "long enough pass").is_ok());
        assert!(new_password("p", &"x".repeat(300)).is_err());
    }

    #[test]
    fn domains_and_colours_are_validated() {
        assert_eq!(
            domains("d", "example.fi, @Firma.se\nexample.fi").ok(),
            Some(vec!["example.fi".into(), "firma.se".into()])
        );
        assert!(domains("d", "not a domain!").is_err());
        assert_eq!(color("c", "#0F766E").ok().as_deref(), Some("#0f766e"));
        assert!(color("c", "red").is_err());
    }
}
