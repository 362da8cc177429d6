//! What a detector is handed: the document, the settings, and the shared
//! passes over the document that several families read, each run at most
//! once per lint and only when a family asks for it.

use postlint_scan::scope::Scope;
use postlint_scan::vocabulary::{Scan, Vocabulary};
use postlint_scan::words::Hits;

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::frontmatter::Account;
use crate::settings::Settings;

pub trait Detector: Send + Sync {
    /// The family whose rules this detector reports (every rule of the
    /// registry in it); it is skipped when all of them are off.
    fn family(&self) -> &'static str;
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// The word lists of [`crate::rules::VOCABULARY`], in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordList {
    /// Every form of decency's lexicons, on the normalised prose.
    DecencyForms = 0,
    /// The words privacy's lower-case patterns hold.
    PrivacyCues = 1,
}

/// Per-lint scratch: the shared passes over one document's normalised
/// prose.
pub struct Shared {
    scan: Scan<'static>,
}

impl Shared {
    pub fn new(vocabulary: &'static Vocabulary) -> Shared {
        Shared {
            scan: vocabulary.scan(),
        }
    }
}

pub struct Context<'a> {
    pub doc: &'a Document,
    pub settings: &'a Settings,
    /// Effective account kind: command line, then front matter, then config.
    pub account: Account,
    pub shared: &'a Shared,
}

impl Context<'_> {
    /// Where the words of `list` occur in the normalised prose, or `None`
    /// when the text is short: each family then reads its own words, which
    /// costs less than the shared automaton.
    pub fn word_hits(&self, list: WordList) -> Option<&Hits> {
        let hay = self.doc.normalized().text.as_str();
        self.shared.scan.word_hits(hay, list as usize)
    }

    /// Where in the normalised prose a phrase pattern of the vocabulary
    /// can match: search it for any of them.
    pub fn phrase_scope(&self) -> Scope<'_> {
        self.shared
            .scan
            .phrase_scope(self.doc.normalized().text.as_str())
    }
}

/// Long drafts for tests of what the families read from the shared scan.
#[cfg(test)]
pub(crate) mod testing {
    use proptest::prelude::*;

    /// Words of a long draft: privacy's cue words and lexicon forms in several
    /// casings and disguises, and the characters where lower-casing or
    /// folding changes bytes (accents, ligatures, a zero-width space; none
    /// whose lower case has another length, as privacy reads no cues then).
    const PIECES: &[&str] = &[
        "de",
        "foto",
        "Foto",
        "FOTO",
        "fóto",
        "video's",
        "toestemming",
        "kanker",
        "Kanker",
        "KANKERLIJER",
        "k4nker",
        "kut",
        "adhd",
        "ADHD",
        "burn-out",
        "depressief",
        "zíek",
        "diabetes",
        "FÓTO",
        "ka\u{200B}nker",
        "cancer",
        "pregnant",
        "klootzak",
        "é",
        "Ærø",
        "ﬁlm",
        "film",
        "consent",
        "leerling",
        "Jan",
        "\n",
        "\n\n",
        ".",
        ",",
        "  ",
    ];

    pub fn long_drafts() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(PIECES), 2500..3500).prop_map(|w| {
            let mut s = w.join(" ");
            while s.len() <= postlint_scan::vocabulary::words_shared_from() + 64 {
                s.push_str(" de foto");
            }
            s
        })
    }

    /// A context of `doc` with default settings and a fresh shared scan.
    pub fn with_context<T>(
        doc: &crate::document::Document,
        f: impl FnOnce(&super::Context<'_>) -> T,
    ) -> T {
        let settings = crate::settings::Settings::default();
        let shared = super::Shared::new(&crate::rules::VOCABULARY);
        f(&super::Context {
            doc,
            settings: &settings,
            account: crate::frontmatter::Account::Personal,
            shared: &shared,
        })
    }
}
