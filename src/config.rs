//! `postlint.toml`: reading, validating and finding it (SPEC §6).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::catalog::{Lang, Severity};
use crate::frontmatter::Account;
pub use crate::settings::Settings;

pub const FILE_NAME: &str = "postlint.toml";

/// Severity as written in `[rules]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AccountKind {
    Personal,
    Official,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    language: Option<Lang>,
    account: Option<AccountKind>,
    school: Option<RawSchool>,
    disclaimer: Option<RawDisclaimer>,
    allow: Option<RawAllow>,
    rules: Option<BTreeMap<String, Level>>,
    conduct: Option<RawConduct>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConduct {
    pupil_handles: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchool {
    names: Option<Vec<String>>,
    aliases: Option<Vec<String>>,
    domains: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisclaimer {
    phrases: Option<Vec<String>>,
    text: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    emails: Option<Vec<String>>,
    domains: Option<Vec<String>>,
    phones: Option<Vec<String>>,
    ibans: Option<Vec<String>>,
    addresses: Option<Vec<String>>,
    words: Option<Vec<String>>,
}

/// A config file that could not be used.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl Settings {
    /// Settings from the text of a config file; `path` names it in errors.
    pub fn from_toml(text: &str, path: &Path) -> Result<Settings, ConfigError> {
        let err = |message: String| ConfigError {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| err(e.to_string().trim_end().to_string()))?;
        let mut s = Settings {
            source: Some(path.to_path_buf()),
            ..Settings::default()
        };
        if let Some(l) = raw.language {
            s.lang = l;
        }
        if let Some(a) = raw.account {
            s.account = match a {
                AccountKind::Personal => Account::Personal,
                AccountKind::Official => Account::Official,
            };
        }
        if let Some(school) = raw.school {
            if let Some(names) = school.names {
                if names.iter().all(|n| n.trim().is_empty()) {
                    return Err(err(
                        "[school] names: at least one school name is needed".into()
                    ));
                }
                s.school_names = names;
                // Aliases and domains of the default schools make no sense
                // for another school.
                s.school_aliases.clear();
                s.school_domains.clear();
            }
            if let Some(aliases) = school.aliases {
                s.school_aliases = aliases;
            }
            if let Some(domains) = school.domains {
                s.school_domains = domains;
            }
        }
        if let Some(d) = raw.disclaimer {
            s.disclaimer_phrases = d.phrases.unwrap_or_default();
            s.disclaimer_text = d.text;
        }
        if let Some(a) = raw.allow {
            s.allow_emails = a.emails.unwrap_or_default();
            s.allow_domains = a.domains.unwrap_or_default();
            s.allow_phones = a.phones.unwrap_or_default();
            s.allow_ibans = a.ibans.unwrap_or_default();
            s.allow_addresses = a.addresses.unwrap_or_default();
            s.allow_words = a.words.unwrap_or_default();
        }
        if let Some(c) = raw.conduct {
            s.pupil_handles = c.pupil_handles.unwrap_or_default();
        }
        for (key, level) in raw.rules.unwrap_or_default() {
            if !crate::rules::is_selector(&key) || key.starts_with("input") {
                return Err(err(format!(
                    "[rules] unknown rule `{key}` (see `postlint rules`)"
                )));
            }
            let sev = match level {
                Level::Error => Some(Severity::Error),
                Level::Warning => Some(Severity::Warning),
                Level::Off => None,
            };
            s.severities.push((key, sev));
        }
        // A full id is more specific than its family: apply it last.
        s.severities.sort_by_key(|(k, _)| k.contains('/'));
        Ok(s)
    }

    pub fn load(path: &Path) -> Result<Settings, ConfigError> {
        let text = std::fs::read(path).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let text = String::from_utf8(text).map_err(|_| ConfigError {
            path: path.to_path_buf(),
            message: "not valid UTF-8".into(),
        })?;
        Settings::from_toml(&text, path)
    }
}

/// The nearest `postlint.toml` in `dir` or its ancestors.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(id: &str) -> &'static crate::catalog::RuleInfo {
        crate::rules::rule(id).unwrap()
    }

    fn parse(text: &str) -> Result<Settings, ConfigError> {
        Settings::from_toml(text, Path::new("postlint.toml"))
    }

    #[test]
    fn reads_every_section() {
        let s = parse(
            r#"
language = "en"
account = "official"
[school]
names = ["Het Baken"]
aliases = ["Baken"]
[disclaimer]
phrases = ["geheel voor eigen rekening"]
text = "Persoonlijke mening."
[allow]
emails = ["info@hetbaken.nl"]
[conduct]
pupil_handles = ["@sanne_3b"]
[rules]
"privacy/email" = "error"
"conduct" = "off"
"#,
        )
        .unwrap();
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.account, Account::Official);
        assert_eq!(s.school_names, ["Het Baken"]);
        assert_eq!(s.school_aliases, ["Baken"]);
        assert_eq!(s.pupil_handles, ["@sanne_3b"]);
        assert_eq!(
            s.severity_override(r("privacy/email")),
            Some(Some(Severity::Error))
        );
        assert!(!s.is_enabled(r("conduct/group-app")));
        assert!(s.is_enabled(r("privacy/bsn")));
    }

    /// The shape SPEC §6 gives, with every key of `[school]` and `[allow]`.
    #[test]
    fn reads_the_spec_example() {
        let s = parse(
            r##"
language = "nl"
account  = "personal"
[school]
names   = ["Scala College", "Coenecoop College"]
aliases = ["Scala", "Coenecoop", "#scalacollege", "@ScalaCollege", "scalacollege.nl"]
domains = ["scalacollege.nl", "coenecoop.nl"]
[allow]
emails    = ["info@scalacollege.nl"]
domains   = ["ouderraad-scala.nl"]
phones    = ["0172-123456"]
ibans     = ["NL91 ABNA 0417 1643 00"]
addresses = ["Kerklaan 14, 2406 AB Alphen"]
words     = []
"##,
        )
        .unwrap();
        assert_eq!(s.school_domains, ["scalacollege.nl", "coenecoop.nl"]);
        assert_eq!(
            s.institutional_domains(),
            ["coenecoop.nl", "scalacollege.nl"]
        );
        assert_eq!(s.allow_domains, ["ouderraad-scala.nl"]);
        assert_eq!(s.allow_ibans, ["NL91 ABNA 0417 1643 00"]);
        assert_eq!(s.allow_addresses, ["Kerklaan 14, 2406 AB Alphen"]);
        // Another school: the default schools' domains go with their names.
        let other =
            parse("[school]\nnames = [\"Het Baken\"]\naliases = [\"hetbaken.nl\"]\n").unwrap();
        assert_eq!(other.institutional_domains(), ["hetbaken.nl"]);
    }

    #[test]
    fn unknown_key_is_named() {
        let e = parse("[allow]\nmails = []\n").unwrap_err();
        assert!(e.message.contains("mails"), "{}", e.message);
    }

    #[test]
    fn bad_value_is_named() {
        let e = parse("language = \"fr\"\n").unwrap_err();
        assert!(e.message.contains("language"), "{}", e.message);
        let e = parse("[rules]\n\"privacy/email\" = \"loud\"\n").unwrap_err();
        assert!(e.message.contains("privacy/email"), "{}", e.message);
    }

    #[test]
    fn unknown_rule_is_named() {
        let e = parse("[rules]\n\"privacy/bns\" = \"off\"\n").unwrap_err();
        assert!(e.message.contains("privacy/bns"), "{}", e.message);
    }

    #[test]
    fn id_beats_family() {
        let s = parse("[rules]\n\"privacy/email\" = \"error\"\nprivacy = \"off\"\n").unwrap();
        assert!(s.is_enabled(r("privacy/email")));
        assert!(!s.is_enabled(r("privacy/phone")));
    }

    #[test]
    fn select_and_ignore() {
        let s = Settings {
            select: vec!["privacy".into()],
            ignore: vec!["privacy/email".into()],
            ..Settings::default()
        };
        assert!(s.is_enabled(r("privacy/bsn")));
        assert!(!s.is_enabled(r("privacy/email")));
        assert!(!s.is_enabled(r("decency/profanity")));
        assert!(s.is_enabled(r("input/encoding")));
    }
}
