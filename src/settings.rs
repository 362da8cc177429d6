//! Everything the rules may consult: the config file and the command line,
//! merged. Reading `postlint.toml` is [`crate::config`]'s work.

use std::path::PathBuf;

use crate::catalog::{Lang, RuleInfo, Severity};
use crate::frontmatter::Account;

/// Everything the rules may consult, after config and command line are merged.
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    /// Account kind from the config (front matter may override it).
    pub account: Account,
    /// Account kind from the command line: wins over front matter and config.
    pub account_override: Option<Account>,
    pub school_names: Vec<String>,
    pub school_aliases: Vec<String>,
    /// The schools' own mail domains: addresses there are institutional.
    pub school_domains: Vec<String>,
    pub disclaimer_phrases: Vec<String>,
    pub disclaimer_text: Option<String>,
    pub allow_emails: Vec<String>,
    /// Any address at these domains.
    pub allow_domains: Vec<String>,
    pub allow_phones: Vec<String>,
    pub allow_ibans: Vec<String>,
    pub allow_addresses: Vec<String>,
    pub allow_words: Vec<String>,
    /// @-handles of pupils: a post mentioning one addresses pupils.
    pub pupil_handles: Vec<String>,
    /// Severity overrides by rule id or family; `None` switches it off.
    pub severities: Vec<(String, Option<Severity>)>,
    /// `--select`: only these ids or families (empty: all).
    pub select: Vec<String>,
    /// `--ignore`: never these ids or families.
    pub ignore: Vec<String>,
    /// The config file these settings came from, if any.
    pub source: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Nl,
            account: Account::Personal,
            account_override: None,
            school_names: vec!["Scala College".into(), "Coenecoop College".into()],
            school_aliases: vec![
                "Scala".into(),
                "Coenecoop".into(),
                "#scalacollege".into(),
                "#coenecoopcollege".into(),
                "@ScalaCollege".into(),
                "@CoenecoopCollege".into(),
                "scalacollege.nl".into(),
                "coenecoop.nl".into(),
            ],
            school_domains: vec!["scalacollege.nl".into(), "coenecoop.nl".into()],
            disclaimer_phrases: Vec::new(),
            disclaimer_text: None,
            // The schools' public contact addresses (SPEC §6 example).
            allow_emails: vec!["info@scalacollege.nl".into(), "info@coenecoop.nl".into()],
            allow_domains: Vec::new(),
            allow_phones: Vec::new(),
            allow_ibans: Vec::new(),
            allow_addresses: Vec::new(),
            allow_words: Vec::new(),
            pupil_handles: Vec::new(),
            severities: Vec::new(),
            select: Vec::new(),
            ignore: Vec::new(),
            source: None,
        }
    }
}

impl Settings {
    /// The schools' own domains: `[school] domains`, and any alias that is
    /// a domain name (`scalacollege.nl`); never guessed from a name.
    pub fn institutional_domains(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .school_domains
            .iter()
            .chain(self.school_aliases.iter().filter(|a| {
                a.contains('.') && !a.contains(char::is_whitespace) && !a.starts_with(['#', '@'])
            }))
            .map(|d| d.trim().trim_start_matches('@').to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Configured severity of `rule`: `Some(None)` means off, `None` default.
    pub fn severity_override(&self, rule: &RuleInfo) -> Option<Option<Severity>> {
        self.severities
            .iter()
            .rev()
            .find(|(k, _)| rule.matches(k))
            .map(|&(_, s)| s)
    }

    /// Whether `rule` runs at all.
    pub fn is_enabled(&self, rule: &RuleInfo) -> bool {
        if rule.is_input() {
            return true;
        }
        (self.select.is_empty() || self.select.iter().any(|s| rule.matches(s)))
            && !self.ignore.iter().any(|s| rule.matches(s))
            && self.severity_override(rule) != Some(None)
    }
}
