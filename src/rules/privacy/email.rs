//! `privacy/email`: e-mail addresses.
//!
//! ## What it does
//! Finds e-mail addresses in the prose and in `mailto:` links, except the
//! addresses allow-listed in `[allow] emails` (public contact addresses).
//!
//! ## Why
//! A personal address is personal data (A.2, C.1).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Scanner;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b",
    )
});

pub struct Email {
    allowed: Vec<String>,
}

impl Email {
    pub fn new(allowed: &[String]) -> Email {
        Email {
            allowed: allowed.iter().map(|a| a.trim().to_lowercase()).collect(),
        }
    }
}

impl Scanner for Email {
    const RULE: &'static str = "privacy/email";

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for m in EMAIL.find_iter(hay) {
            // Quotes and the like may open a sentence: "'jan@x.nl'" is jan@x.nl.
            let lead = m.as_str().len()
                - m.as_str()
                    .trim_start_matches(['\'', '`', '{', '|', '/', '='])
                    .len();
            let r = m.start() + lead..m.end();
            if !self.allowed.iter().any(|a| a == &hay[r.clone()]) {
                out.push(r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(allowed: &[&str], text: &str) -> Vec<String> {
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        let mut out = Vec::new();
        Email::new(&allowed).scan(text, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn finds_addresses() {
        assert_eq!(
            found(&[], "mail naar excursies@coenecoop.nl"),
            ["excursies@coenecoop.nl"]
        );
        assert_eq!(
            found(&[], "(j.de.vries+school@gmail.com)."),
            ["j.de.vries+school@gmail.com"]
        );
        assert_eq!(
            found(&[], "mailto:jan@example.co.uk"),
            ["jan@example.co.uk"]
        );
        assert_eq!(found(&[], "'piet@x.nl'"), ["piet@x.nl"]);
    }

    #[test]
    fn allow_list_is_case_insensitive() {
        assert!(found(&["Info@ScalaCollege.nl"], "mail info@scalacollege.nl").is_empty());
        assert_eq!(
            found(&["info@scalacollege.nl"], "mail jan@scalacollege.nl").len(),
            1
        );
    }

    #[test]
    fn near_misses() {
        assert!(found(&[], "volg @scalacollege op insta").is_empty());
        assert!(found(&[], "om 10@school").is_empty());
        assert!(found(&[], "naam [at] school [dot] nl").is_empty());
    }
}
