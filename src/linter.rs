//! The pipeline: run the enabled detectors on a document, apply config
//! severities and suppression comments, place and sort the results.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::catalog::RuleInfo;
use crate::config::{self, ConfigError, Settings};
use crate::diagnostic::{Diagnostic, Finding};
use crate::document::Document;
use crate::rules::{self, Context, Detector, Shared, input};
use crate::suppress::Suppressions;

pub struct Linter {
    settings: Settings,
    detectors: Vec<Box<dyn Detector>>,
}

impl Linter {
    pub fn new(settings: Settings) -> Linter {
        // What the patterns' parsed forms say, worked out ahead of time.
        postlint_scan::shape::install(rules::known::KNOWN);
        let detectors = rules::detectors(&settings)
            .into_iter()
            .filter(|d| {
                rules::RULES
                    .iter()
                    .any(|r| r.family() == d.family() && settings.is_enabled(r))
            })
            .collect();
        Linter {
            settings,
            detectors,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn lint(&self, doc: &Document) -> Vec<Diagnostic> {
        // Within a long text the engine searches many pieces of it.
        postlint_scan::limits::for_text(doc.text().len(), || self.lint_text(doc))
    }

    fn lint_text(&self, doc: &Document) -> Vec<Diagnostic> {
        let shared = Shared::new(&rules::VOCABULARY);
        let cx = Context {
            doc,
            shared: &shared,
            settings: &self.settings,
            account: self
                .settings
                .account_override
                .or(doc.front_matter.account)
                .unwrap_or(self.settings.account),
        };
        let mut findings = Vec::new();
        for d in &self.detectors {
            d.check(&cx, &mut findings);
        }
        let suppressions = Suppressions::parse(doc);
        findings.retain(|f| {
            self.settings.is_enabled(f.rule) && !suppressions.covers(doc, f.rule, f.range.start)
        });
        findings.extend(input_findings(doc, &suppressions));

        let mut out: Vec<Diagnostic> = findings
            .into_iter()
            .filter_map(|f| self.place(doc, f))
            .collect();
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule.id).cmp(&(b.span.start, b.span.end, b.rule.id))
        });
        out.dedup_by(|a, b| a.rule.id == b.rule.id && a.span == b.span);
        out
    }

    fn place(&self, doc: &Document, f: Finding) -> Option<Diagnostic> {
        let rule: &'static RuleInfo = f.rule;
        let severity = match self.settings.severity_override(rule) {
            Some(configured) => configured?,
            None => f.severity.unwrap_or(rule.severity),
        };
        let r = f.range;
        Some(Diagnostic {
            rule,
            severity,
            span: doc.file_span(&r),
            start: doc.position(r.start),
            end: doc.position(r.end),
            matched: doc.text()[r.clone()].to_string(),
            text_span: r,
            detail: f.detail,
        })
    }
}

/// Tells the scanning engine how many texts this process is about to lint:
/// a few (an editor's save, one file) or many (a folder). It chooses how a
/// post's patterns and words are searched (cheap builds for a few, faster
/// searches for many), never what is found.
pub fn expect_texts(n: usize) {
    postlint_scan::limits::expect_texts(n);
}

/// Settings the command line sets over every config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub lang: Option<crate::catalog::Lang>,
    pub account: Option<crate::frontmatter::Account>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

/// Where the settings of a document come from.
#[derive(Debug, Clone)]
pub enum ConfigSource {
    /// The config file found upward from the document's folder, else from
    /// `fallback` (the command line's working directory), if given.
    Discover { fallback: Option<PathBuf> },
    /// This file (`--config`), or none at all (`--no-config`).
    Fixed(Option<PathBuf>),
}

/// A linter for each config file met, built once: the command line and the
/// language server share it. Thousands of posts in a few folders need a
/// few config lookups, not one per post.
pub struct LinterCache {
    source: ConfigSource,
    overrides: Overrides,
    /// Re-read a config file whose modification time changed, and look
    /// each folder's config up anew (an editor's session outlives edits of
    /// the config); a run of the command line reads each once.
    watch: bool,
    found: HashMap<PathBuf, Option<PathBuf>>,
    built: HashMap<Option<PathBuf>, Built>,
}

struct Built {
    stamp: Option<SystemTime>,
    linter: Result<Arc<Linter>, ConfigError>,
}

/// A linter from the cache, or why its config file could not be used.
pub struct Lookup {
    pub linter: Result<Arc<Linter>, ConfigError>,
    /// The config file was read for this lookup (not taken from the cache).
    pub fresh: bool,
}

impl LinterCache {
    pub fn new(source: ConfigSource, overrides: Overrides, watch: bool) -> LinterCache {
        LinterCache {
            source,
            overrides,
            watch,
            found: HashMap::new(),
            built: HashMap::new(),
        }
    }

    pub fn overrides(&self) -> &Overrides {
        &self.overrides
    }

    /// Forget every config read (one was saved, say).
    pub fn clear(&mut self) {
        self.found.clear();
        self.built.clear();
    }

    /// The linter for a document in `dir` (`None`: a document without a
    /// folder, such as an unsaved buffer).
    pub fn for_dir(&mut self, dir: Option<&Path>) -> Lookup {
        let key = match &self.source {
            ConfigSource::Fixed(k) => k.clone(),
            ConfigSource::Discover { fallback } => {
                let find = |dir: Option<&Path>| {
                    dir.and_then(config::discover)
                        .or_else(|| fallback.as_deref().and_then(config::discover))
                };
                match dir {
                    Some(d) if !self.watch => self
                        .found
                        .entry(d.to_path_buf())
                        .or_insert_with(|| find(Some(d)))
                        .clone(),
                    _ => find(dir),
                }
            }
        };
        let stamp = if self.watch {
            key.as_deref().and_then(modified)
        } else {
            None
        };
        if let Some(b) = self.built.get(&key)
            && b.stamp == stamp
        {
            return Lookup {
                linter: b.linter.clone(),
                fresh: false,
            };
        }
        let linter = match &key {
            Some(p) => Settings::load(p),
            None => Ok(Settings::default()),
        }
        .map(|mut s| {
            let o = &self.overrides;
            if let Some(l) = o.lang {
                s.lang = l;
            }
            s.account_override = o.account;
            s.select = o.select.clone();
            s.ignore = o.ignore.clone();
            Arc::new(Linter::new(s))
        });
        self.built.insert(
            key,
            Built {
                stamp,
                linter: linter.clone(),
            },
        );
        Lookup {
            linter,
            fresh: true,
        }
    }
}

fn modified(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Problems with the input itself; they cannot be switched off.
fn input_findings(doc: &Document, suppressions: &Suppressions) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(first) = doc.invalid.first() {
        out.push(Finding::new(&input::encoding::RULE, first.clone()));
    }
    for p in &doc.front_matter.problems {
        out.push(Finding::new(&input::front_matter::RULE, p.range.clone()));
    }
    for r in &suppressions.unknown {
        out.push(Finding::new(&input::suppression::RULE, Range::clone(r)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Severity;

    fn lint(settings: Settings, path: &str, text: &str) -> Vec<Diagnostic> {
        Linter::new(settings).lint(&Document::from_bytes(path, text.as_bytes()))
    }

    fn ids(d: &[Diagnostic]) -> Vec<&str> {
        d.iter().map(|d| d.rule.id).collect()
    }

    #[test]
    fn finds_the_three_kinds_sorted() {
        let d = lint(
            Settings::default(),
            "a.txt",
            "Kut, BSN 123456782 van een leerling op het Scala College.",
        );
        assert_eq!(
            ids(&d),
            [
                "decency/profanity",
                "privacy/bsn",
                "disclaimer/personal-opinion",
                "disclaimer/third-party"
            ]
        );
        assert_eq!(d[1].matched, "123456782");
        assert_eq!(d[2].matched, "Scala College");
    }

    #[test]
    fn official_account_is_exempt_from_disclaimers() {
        let text = "---\naccount: official\n---\nOpen dag op het Scala College!";
        assert!(lint(Settings::default(), "a.md", text).is_empty());
        let forced = Settings {
            account_override: Some(crate::frontmatter::Account::Personal),
            ..Settings::default()
        };
        assert_eq!(lint(forced, "a.md", text).len(), 2);
    }

    #[test]
    fn disclaimed_post_is_clean() {
        let text = "Open dag op het Scala College! Mijn eigen mening, niet die van de school. \
                    Ik ben niet verantwoordelijk voor reacties van derden.";
        assert!(lint(Settings::default(), "a.txt", text).is_empty());
    }

    #[test]
    fn config_severity_select_and_ignore() {
        let text = "Mail jan@example.nl of bel, kut.";
        let mut s = Settings::default();
        s.severities
            .push(("privacy/email".into(), Some(Severity::Error)));
        let d = lint(s, "a.txt", text);
        assert_eq!(d[0].severity, Severity::Error);
        let s = Settings {
            ignore: vec!["decency".into()],
            ..Settings::default()
        };
        assert_eq!(ids(&lint(s, "a.txt", text)), ["privacy/email"]);
        let s = Settings {
            select: vec!["decency/profanity".into()],
            ..Settings::default()
        };
        assert_eq!(ids(&lint(s, "a.txt", text)), ["decency/profanity"]);
    }

    #[test]
    fn suppression_comment_in_markdown() {
        let text = "<!-- postlint-disable-next-line decency -->\nKut zeg.\n\nKut zeg.\n";
        let d = lint(Settings::default(), "a.md", text);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].start.line, 4);
    }

    #[test]
    fn code_is_not_linted() {
        let text = "Voorbeeld:\n\n```\nkut 123456782\n```\n\nen `jan@example.nl`.\n";
        assert!(lint(Settings::default(), "a.md", text).is_empty());
    }

    #[test]
    fn spans_point_into_the_file_with_bom_and_invalid_bytes() {
        let bytes = b"\xEF\xBB\xBF\xFFkut";
        let doc = Document::from_bytes("a.txt", bytes);
        let d = Linter::new(Settings::default()).lint(&doc);
        assert_eq!(ids(&d), ["input/encoding", "decency/profanity"]);
        assert_eq!(d[0].span, 3..4);
        assert_eq!(d[1].span, 4..7);
        assert_eq!(&bytes[d[1].span.clone()], b"kut");
    }

    #[test]
    fn catalog_examples_behave_for_every_implemented_rule() {
        let implemented: Vec<&str> = rules::detectors(&Settings::default())
            .iter()
            .flat_map(|d| {
                rules::RULES
                    .iter()
                    .filter(move |r| r.family() == d.family())
            })
            .map(|r| r.id)
            .collect();
        assert!(implemented.len() >= 10);
        for id in implemented {
            let rule = rules::rule(id).unwrap();
            let bad = lint(Settings::default(), "a.md", rule.bad);
            assert!(
                bad.iter().any(|d| d.rule.id == id),
                "{id}: example does not fire: {:?}",
                rule.bad
            );
            let good = lint(Settings::default(), "a.md", rule.good);
            assert!(
                good.is_empty(),
                "{id}: better example fires: {:?}",
                ids(&good)
            );
        }
    }

    fn lang_of(lookup: Lookup) -> Result<crate::Lang, ConfigError> {
        lookup.linter.map(|l| l.settings().lang)
    }

    #[test]
    fn the_command_line_cache_reads_each_config_once() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("berichten");
        std::fs::create_dir(&sub).unwrap();
        let config = dir.path().join(config::FILE_NAME);
        std::fs::write(&config, "language = \"en\"\n").unwrap();
        let source = ConfigSource::Discover { fallback: None };
        let mut cache = LinterCache::new(source, Overrides::default(), false);
        let first = cache.for_dir(Some(&sub));
        assert!(first.fresh);
        assert_eq!(lang_of(first).unwrap(), crate::Lang::En);
        // Changed on disk: a run of the command line keeps what it read.
        std::fs::write(&config, "language = \"nl\"\n").unwrap();
        let again = cache.for_dir(Some(&sub));
        assert!(!again.fresh);
        assert_eq!(lang_of(again).unwrap(), crate::Lang::En);
        // The command line's overrides win over the file.
        let o = Overrides {
            lang: Some(crate::Lang::Nl),
            ..Overrides::default()
        };
        let source = ConfigSource::Discover { fallback: None };
        let mut cache = LinterCache::new(source, o, false);
        assert_eq!(lang_of(cache.for_dir(Some(&sub))).unwrap(), crate::Lang::Nl);
        // --no-config: no file at all.
        let mut cache = LinterCache::new(ConfigSource::Fixed(None), Overrides::default(), false);
        std::fs::write(&config, "language = \"en\"\n").unwrap();
        assert_eq!(lang_of(cache.for_dir(Some(&sub))).unwrap(), crate::Lang::Nl);
    }

    #[test]
    fn the_language_server_cache_rereads_a_changed_config() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join(config::FILE_NAME);
        std::fs::write(&config, "language = \"fr\"\n").unwrap();
        let source = ConfigSource::Discover { fallback: None };
        let mut cache = LinterCache::new(source, Overrides::default(), true);
        // A broken config is reported fresh once, then served from the cache.
        let broken = cache.for_dir(Some(dir.path()));
        assert!(broken.fresh && broken.linter.is_err());
        let still = cache.for_dir(Some(dir.path()));
        assert!(!still.fresh && still.linter.is_err());
        // Mended (with a later modification time): read again.
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::write(&config, "language = \"en\"\n").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&config)
            .unwrap()
            .set_modified(later)
            .unwrap();
        let mended = cache.for_dir(Some(dir.path()));
        assert!(mended.fresh);
        assert_eq!(lang_of(mended).unwrap(), crate::Lang::En);
        // No folder (an unsaved buffer): the defaults.
        assert_eq!(lang_of(cache.for_dir(None)).unwrap(), crate::Lang::Nl);
    }

    #[test]
    fn mailto_targets_are_checked() {
        let d = lint(
            Settings::default(),
            "a.md",
            "[Mail mij](mailto:jan@example.nl)",
        );
        assert_eq!(ids(&d), ["privacy/email"]);
        assert_eq!(d[0].matched, "jan@example.nl");
    }
}
