//! `--format sarif`: SARIF 2.1.0 for code-scanning services (GitHub code
//! scanning, Azure DevOps, SARIF viewers). Columns are counted in UTF-16
//! code units, as declared in `run.columnKind`; excerpts are masked and
//! fingerprints are computed from masked text, so no personal data leaks
//! into the log, not even as a hash of a short number.

use std::path::Path;

use serde_json::{Value, json};

use super::{FileResult, Style};
use crate::catalog::{Lang, RuleInfo, Severity};
use crate::mask;

/// Where each rule's page lives (docs/rules/<family>/<name>.md).
pub fn help_uri(rule: &RuleInfo) -> String {
    format!(
        "{}/blob/main/docs/rules/{}.md",
        env!("CARGO_PKG_REPOSITORY"),
        rule.id
    )
}

/// "privacy/birth-date" → "PrivacyBirthDate".
fn pascal(id: &str) -> String {
    id.split(['/', '-'])
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn cap(s: String, max: usize) -> String {
    if s.len() <= max {
        return s;
    }
    let mut end = max - 1;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn rule_descriptor(r: &RuleInfo, lang: Lang) -> Value {
    let mut tags = vec![r.family().to_string()];
    tags.extend(r.articles.iter().map(|a| format!("protocol-{a}")));
    let articles = if r.articles.is_empty() {
        String::new()
    } else {
        format!(" (protocol {})", r.articles.join(", "))
    };
    json!({
        "id": r.id,
        "name": pascal(r.id),
        "shortDescription": {"text": cap(r.summary.get(lang).to_string(), 1000)},
        "fullDescription": {"text": cap(format!("{} {}{}", r.summary.get(lang), r.why.get(lang), articles), 1000)},
        "help": {
            "text": cap(format!("{} {}", r.message.get(lang), r.help.get(lang)), 1000),
            "markdown": cap(format!("**{}**\n\n{}\n\n{}{}", r.message.get(lang), r.help.get(lang), r.why.get(lang), articles), 1000),
        },
        "helpUri": help_uri(r),
        "defaultConfiguration": {"level": level(r.severity)},
        "properties": {"tags": tags},
    })
}

/// A path as a URI reference relative to the working directory.
fn artifact_uri(path: &str, cwd: &Path) -> (String, bool) {
    let p = Path::new(path);
    let rel = if p.is_absolute() {
        p.strip_prefix(cwd).ok()
    } else {
        Some(p)
    };
    match rel {
        Some(r) => {
            let s = r.to_string_lossy().replace('\\', "/");
            (percent_encode(s.trim_start_matches("./")), true)
        }
        None => (
            format!("file://{}", percent_encode(&p.to_string_lossy())),
            false,
        ),
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// FNV-1a, 64 bits: stable across runs and platforms.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

pub fn render(results: &[FileResult], style: Style, cwd: &Path) -> String {
    let lang = style.lang;
    let rules: Vec<Value> = crate::rules::RULES
        .iter()
        .map(|r| rule_descriptor(r, lang))
        .collect();
    let mut out_results = Vec::new();
    for file in results {
        let (uri, relative) = artifact_uri(&file.path, cwd);
        let text = file.doc.text();
        // Lines as shown in logs: personal data masked, whitespace ignored.
        let masked = if style.show_matches {
            text.to_string()
        } else {
            mask::redact_findings(text, &file.diagnostics)
        };
        let masked_lines: Vec<&str> = masked.lines().collect();
        let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
        for d in &file.diagnostics {
            let index = crate::rules::RULES
                .iter()
                .position(|r| r.id == d.rule.id)
                .unwrap_or(0);
            let line = masked_lines.get(d.start.line - 1).copied().unwrap_or("");
            let line_hash = fnv(&line.split_whitespace().collect::<String>());
            let n = seen.entry(line_hash).or_insert(0);
            *n += 1;
            let excerpt = mask::excerpt(d.rule, &d.matched, style.show_matches);
            let mut location = json!({
                "artifactLocation": {"uri": uri},
                "region": {
                    "startLine": d.start.line,
                    "startColumn": d.start.utf16_column,
                    "endLine": d.end.line,
                    "endColumn": d.end.utf16_column,
                    "snippet": {"text": excerpt},
                },
            });
            if relative {
                location["artifactLocation"]["uriBaseId"] = json!("%SRCROOT%");
            }
            out_results.push(json!({
                "ruleId": d.rule.id,
                "ruleIndex": index,
                "level": level(d.severity),
                "message": {"text": d.message(file.lang)},
                "locations": [{"physicalLocation": location}],
                "partialFingerprints": {
                    "primaryLocationLineHash": format!("{line_hash:016x}:{n}"),
                    "postlint/v1": format!("{:016x}", fnv(&format!("{}\u{0}{}\u{0}{}", d.rule.id, excerpt, line.trim()))),
                },
            }));
        }
    }
    let root = format!(
        "file://{}/",
        percent_encode(&cwd.to_string_lossy()).trim_end_matches('/')
    );
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "postlint",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "utf16CodeUnits",
            "results": out_results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal("privacy/birth-date"), "PrivacyBirthDate");
        assert_eq!(
            artifact_uri("posts/a b.md", Path::new("/w")),
            ("posts/a%20b.md".to_string(), true)
        );
        assert_eq!(
            artifact_uri("/w/posts/x.md", Path::new("/w")),
            ("posts/x.md".to_string(), true)
        );
        assert_eq!(
            artifact_uri("/elders/x.md", Path::new("/w")),
            ("file:///elders/x.md".to_string(), false)
        );
        assert!(
            help_uri(crate::rules::rule("privacy/bsn").unwrap())
                .ends_with("/docs/rules/privacy/bsn.md")
        );
    }

    #[test]
    fn descriptions_stay_short() {
        for r in crate::rules::RULES {
            let d = rule_descriptor(r, Lang::Nl);
            for key in ["shortDescription", "fullDescription"] {
                assert!(
                    d[key]["text"].as_str().unwrap().len() < 1024,
                    "{} {key}",
                    r.id
                );
            }
            assert!(d["help"]["markdown"].as_str().unwrap().len() < 1024);
        }
    }
}
