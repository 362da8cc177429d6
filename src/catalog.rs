//! What a rule is: its id, severity, protocol articles, texts and examples
//! ([`RuleInfo`]), and the pages made of them (`postlint explain`,
//! `docs/rules/`). Each rule's own file under `src/rules/` holds its
//! `RuleInfo`; `crate::rules::RULES` lists them all. The ids and default
//! severities are a contract (SPEC §1).

use std::fmt;

/// Message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" | "nl_nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "en-gb" | "en-us" | "en_gb" | "en_us" | "engels" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Nl) => "fout",
            (Severity::Warning, Lang::Nl) => "waarschuwing",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text in both message languages.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Where a rule's finding points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// At the offending words.
    Span,
    /// About the whole post; points at what triggered it.
    Document,
}

#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub articles: &'static [&'static str],
    pub scope: Scope,
    /// The matched text is personal data: masked unless `--show-matches`.
    pub personal_data: bool,
    /// One line: what the rule finds.
    pub summary: Text,
    /// Why it matters, in plain words.
    pub why: Text,
    pub message: Text,
    pub help: Text,
    /// A draft that triggers the rule, and how to write it instead.
    pub bad: &'static str,
    pub good: &'static str,
    /// What `postlint redact` writes in place of a value this rule found.
    pub placeholder: Option<Text>,
    /// Where two values of privacy rules cover the same text, the longer
    /// wins, then the lower rank (an IBAN's digits are no phone number).
    pub overlap_rank: u8,
    /// The rule's file (`file!()`), named on its generated page.
    pub source: &'static str,
}

/// Rules are the same when their ids are.
impl PartialEq for RuleInfo {
    fn eq(&self, other: &RuleInfo) -> bool {
        self.id == other.id
    }
}

impl Eq for RuleInfo {}

impl RuleInfo {
    pub fn family(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// Whether `selector` (an id or a family) names this rule.
    pub fn matches(&self, selector: &str) -> bool {
        self.id == selector || self.family() == selector
    }

    /// Input problems are not protocol rules: they cannot be switched off.
    pub fn is_input(&self) -> bool {
        self.family() == "input"
    }
}

/// The protocol text, embedded so `explain` can quote it.
const PROTOCOL: &str = include_str!("../docs/protocol-sociale-media.md");

/// The wording of a protocol article ("A.2" → "Het is betrokkenen …").
pub fn article_text(label: &str) -> Option<&'static str> {
    let needle = format!("**{label}**");
    PROTOCOL.lines().find_map(|line| {
        let rest = line
            .trim_start()
            .strip_prefix("- ")?
            .strip_prefix(needle.as_str())?;
        Some(rest.trim())
    })
}

/// The articles every privacy rule cites.
pub const PRIV: &[&str] = &["A.2", "C.1"];
/// The articles every decency rule cites.
pub const DECENCY: &[&str] = &["A.7", "U.3"];

/// The [`RuleInfo::overlap_rank`] of rules that take part in no tie.
pub const OVERLAP_LAST: u8 = u8::MAX;

/// A [`Text`] in Dutch and English: `t!("…", "…")`.
macro_rules! t {
    ($nl:expr, $en:expr) => {
        $crate::catalog::Text { nl: $nl, en: $en }
    };
}
pub(crate) use t;

/// The explain page of a rule (what, why with the protocol quoted, examples).
pub fn explain_page(rule: &RuleInfo, lang: Lang) -> String {
    let h = |nl: &'static str, en: &'static str| if lang == Lang::En { en } else { nl };
    let mut s = format!(
        "{} ({}, {} {})\n\n{}\n  {}\n\n{}\n  {}\n",
        rule.id,
        rule.severity.label(lang),
        h("protocol", "protocol"),
        rule.articles.join(", "),
        h("Wat het controleert", "What it does"),
        rule.summary.get(lang),
        h("Waarom", "Why"),
        rule.why.get(lang),
    );
    for a in rule.articles {
        if let Some(t) = article_text(a) {
            s.push_str(&format!("\n  {a}: \u{201c}{t}\u{201d}\n"));
        }
    }
    if !rule.bad.is_empty() {
        let indent = |t: &str| {
            t.lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        s.push_str(&format!(
            "\n{}\n{}\n\n{}\n{}\n",
            h("Voorbeeld", "Example"),
            indent(rule.bad),
            h("Beter", "Use instead"),
            indent(rule.good)
        ));
    }
    s.push_str(&format!(
        "\n{}: {}\n",
        h("Melding", "Message"),
        rule.message.get(lang)
    ));
    s.push_str(&format!("{}: {}\n", h("Hulp", "Help"), rule.help.get(lang)));
    s
}

/// The rule's documentation page (`docs/rules/<family>/<name>.md`), in Dutch
/// with the English texts beside them; generated, never edited by hand.
pub fn rule_page(rule: &RuleInfo) -> String {
    let mut s = format!("# `{}`\n\n", rule.id);
    s.push_str(&format!(
        "<!-- Generated from {} by `POSTLINT_BLESS=1 cargo test --test docs`; do not edit. -->\n\n",
        rule.source
    ));
    s.push_str(&format!(
        "- Standaard / default: **{}**\n",
        rule.severity.label(Lang::Nl)
    ));
    if !rule.articles.is_empty() {
        s.push_str(&format!("- Protocol: {}\n", rule.articles.join(", ")));
    }
    s.push_str(&format!(
        "\n## Wat het controleert / What it does\n\n{}\n\n_{}_\n\n## Waarom / Why\n\n{}\n\n_{}_\n",
        rule.summary.nl, rule.summary.en, rule.why.nl, rule.why.en
    ));
    for a in rule.articles {
        if let Some(t) = article_text(a) {
            s.push_str(&format!("\n> **{a}** {t}\n"));
        }
    }
    if !rule.bad.is_empty() {
        s.push_str(&format!(
            "\n## Voorbeeld / Example\n\n```text\n{}\n```\n\n## Beter / Use instead\n\n```text\n{}\n```\n",
            rule.bad, rule.good
        ));
    }
    s.push_str(&format!(
        "\n## Melding / Message\n\n- {}\n- _{}_\n\n## Hulp / Help\n\n- {}\n- _{}_\n",
        rule.message.nl, rule.message.en, rule.help.nl, rule.help.en
    ));
    s
}

/// `docs/rules/README.md`: the index of the pages of `rules`.
pub fn rules_index(rules: &[&RuleInfo]) -> String {
    let mut s = String::from("# Regels / Rules\n\n");
    s.push_str("<!-- Generated from the rules' files (src/rules/) by `POSTLINT_BLESS=1 cargo test --test docs`; do not edit. -->\n\n");
    s.push_str("| regel / rule | standaard / default | protocol | omschrijving / description |\n| --- | --- | --- | --- |\n");
    for r in rules {
        s.push_str(&format!(
            "| [`{}`]({}.md) | {} | {} | {} |\n",
            r.id,
            r.id,
            r.severity.as_str(),
            r.articles.join(", "),
            r.summary.nl
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_texts_are_read_from_the_protocol() {
        assert!(
            article_text("C.4")
                .unwrap()
                .contains("persoonlijke meningen")
        );
        assert!(article_text("Z.9").is_none());
    }
}
