//! The registry: every family of detectors, and the words and patterns
//! several of them read from one shared pass over a long text. A detector
//! reads a [`Context`] and pushes [`Finding`](crate::diagnostic::Finding)s;
//! it never does I/O.

pub mod conduct;
pub mod context;
pub mod decency;
pub mod disclaimer;
pub mod input;
pub mod known;
pub mod privacy;
pub mod text;

pub use context::{Context, Detector, Shared, WordList};
pub use postlint_scan::vocabulary::Vocabulary;

use crate::catalog::RuleInfo;
use crate::settings::Settings;

/// Every rule, in the order `postlint rules` and the docs list them. A new
/// rule is a new file under its family and one line here.
pub static RULES: &[&RuleInfo] = &[
    &privacy::email::RULE,
    &privacy::phone::RULE,
    &privacy::bsn::RULE,
    &privacy::iban::RULE,
    &privacy::payment_card::RULE,
    &privacy::address::RULE,
    &privacy::birth_date::RULE,
    &privacy::pupil_name::RULE,
    &privacy::pupil_number::RULE,
    &privacy::pupil_record::RULE,
    &privacy::special_category::RULE,
    &privacy::confidential::RULE,
    &privacy::credentials::RULE,
    &privacy::media_consent::RULE,
    &disclaimer::personal_opinion::RULE,
    &disclaimer::third_party::RULE,
    &disclaimer::employee::RULE,
    &decency::profanity::RULE,
    &decency::sexual::RULE,
    &decency::insult::RULE,
    &decency::discrimination::RULE,
    &decency::threat::RULE,
    &decency::harassment::RULE,
    &conduct::private_contact::RULE,
    &conduct::pupil_friends::RULE,
    &conduct::group_app::RULE,
    &input::encoding::RULE,
    &input::front_matter::RULE,
    &input::suppression::RULE,
];

/// Look a rule up by id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// True if `selector` is a rule id or a family.
pub fn is_selector(selector: &str) -> bool {
    RULES.iter().any(|r| r.matches(selector))
}

/// Every detector, built for these settings.
pub fn detectors(settings: &Settings) -> Vec<Box<dyn Detector>> {
    let mut all: Vec<Box<dyn Detector>> = Vec::new();
    privacy::register(settings, &mut all);
    disclaimer::register(settings, &mut all);
    decency::register(settings, &mut all);
    conduct::register(settings, &mut all);
    all
}

/// What the families read in common: their word lists (in the order of
/// [`WordList`]) and their phrase patterns, each found in one pass over a
/// long text for all of them.
pub static VOCABULARY: Vocabulary = Vocabulary::new(
    || {
        let forms = decency::words::builtin_forms().to_vec();
        vec![forms, privacy::lower_case_cue_words()]
    },
    || {
        decency::phrase_patterns()
            .chain(conduct::phrase_patterns())
            .map(str::to_string)
            .collect()
    },
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Severity, article_text};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// The shared word pass, with the families' own lists, finds in a
        /// long draft's normalised prose every occurrence a naive search
        /// of each list finds.
        #[test]
        fn shared_words_are_those_a_naive_search_finds(text in context::testing::long_drafts()) {
            let doc = crate::document::Document::from_bytes("a.txt", text.as_bytes());
            let hay = doc.normalized().text.clone();
            let lists = [
                decency::words::builtin_forms().to_vec(),
                privacy::lower_case_cue_words(),
            ];
            prop_assert!(lists.iter().all(|l| !l.is_empty()));
            context::testing::with_context(&doc, |cx| {
                for (list, words) in [WordList::DecencyForms, WordList::PrivacyCues].into_iter().zip(&lists) {
                    let hits = cx.word_hits(list).expect("long enough to scan");
                    prop_assert_eq!(hits, &postlint_scan::naive::occurrences(words, hay.as_bytes()));
                }
                Ok(())
            })?;
        }
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        for r in RULES {
            assert!(
                ["privacy", "disclaimer", "decency", "conduct", "input"].contains(&r.family()),
                "{}",
                r.id
            );
        }
    }

    /// Each rule lives in the file named after it, under its family.
    #[test]
    fn each_rule_is_in_its_own_file() {
        for r in RULES {
            let (family, name) = r.id.split_once('/').unwrap();
            let file = format!("src/rules/{family}/{}.rs", name.replace('-', "_"));
            assert_eq!(r.source, file, "{}", r.id);
        }
    }

    #[test]
    fn every_cited_article_exists_in_the_protocol() {
        for r in RULES {
            for a in r.articles {
                assert!(
                    article_text(a).is_some(),
                    "{} cites unknown article {a}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn contract_severities() {
        let errors = [
            "privacy/bsn",
            "privacy/iban",
            "disclaimer/personal-opinion",
            "decency/profanity",
        ];
        for id in errors {
            assert_eq!(rule(id).unwrap().severity, Severity::Error, "{id}");
        }
        assert_eq!(rule("privacy/email").unwrap().severity, Severity::Warning);
        assert_eq!(
            rule("disclaimer/third-party").unwrap().severity,
            Severity::Warning
        );
        assert_eq!(RULES.iter().filter(|r| !r.is_input()).count(), 26);
    }

    #[test]
    fn selectors_accept_ids_and_families() {
        assert!(is_selector("privacy"));
        assert!(is_selector("privacy/bsn"));
        assert!(!is_selector("privacy/bns"));
    }

    /// Generated matches of every phrase pattern of the vocabulary, in
    /// ordinary text: the phrase scope finds what each pattern finds on
    /// the whole text.
    #[test]
    fn the_phrase_scope_holds_every_match() {
        let patterns: Vec<postlint_scan::pattern::Lazy> = decency::phrase_patterns()
            .chain(conduct::phrase_patterns())
            .map(postlint_scan::pattern::Lazy::new)
            .collect();
        assert!(patterns.len() > 50);
        let untested = VOCABULARY.assert_phrases_hold(&patterns);
        assert!(untested.len() <= 2, "not generated: {untested:?}");
    }

    /// Personal data has a placeholder for `redact`; nothing else does.
    #[test]
    fn placeholders_for_personal_values() {
        for r in RULES {
            assert_eq!(r.placeholder.is_some(), r.personal_data, "{}", r.id);
        }
    }
}
