//! A profile as a vCard 4.0 (RFC 6350), for phones and address books.

use super::Profile;

/// Escapes a text value (backslash, comma, semicolon, newline).
fn text(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

/// The digits of a phone number as a `tel:` URI (`+` kept).
pub fn tel_uri(phone: &str) -> String {
    let plus = phone.trim_start().starts_with('+');
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{}{digits}", if plus { "+" } else { "" })
}

impl Profile {
    /// The vCard of this profile, with the organisation's name.
    pub fn vcard(&self, org: &str) -> String {
        let a = &self.account;
        let mut lines = vec![
            "BEGIN:VCARD".to_owned(),
            "VERSION:4.0".to_owned(),
            format!("FN:{}", text(&a.display_name)),
        ];
        // N wants family;given: the last word is the family name in the
        // organisations Kaiku serves.
        let mut words: Vec<&str> = a.display_name.split_whitespace().collect();
        let family = words.pop().unwrap_or_default();
        lines.push(format!("N:{};{};;;", text(family), text(&words.join(" "))));
        let unit = self.unit_name.as_deref().map(text).unwrap_or_default();
        lines.push(if unit.is_empty() {
            format!("ORG:{}", text(org))
        } else {
            format!("ORG:{};{unit}", text(org))
        });
        if let Some(t) = &a.title {
            lines.push(format!("TITLE:{}", text(t)));
        }
        lines.push(format!("EMAIL;TYPE=work:{}", text(&a.email)));
        if let Some(p) = &self.phone_work {
            lines.push(format!("TEL;VALUE=uri;TYPE=\"work,voice\":{}", tel_uri(p)));
        }
        if let Some(p) = &self.phone_mobile {
            lines.push(format!("TEL;VALUE=uri;TYPE=\"cell,voice\":{}", tel_uri(p)));
        }
        if let Some(l) = &self.location {
            lines.push(format!("ADR;TYPE=work:;;{};;;;", text(l)));
        }
        if let Some(l) = a.locale {
            lines.push(format!("LANG;PREF=1:{}", l.code()));
        }
        lines.push(format!("UID:urn:kaiku:person:{}", a.id));
        lines.push("END:VCARD".to_owned());
        lines.iter().map(|l| fold(l)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_lines_folded() {
        assert_eq!(text("A, B; C\\D\nE"), "A\\, B\\; C\\\\D\\nE");
        let long = "X".repeat(200);
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(tel_uri("+358 (40) 123-4567"), "tel:+358401234567");
    }
}
