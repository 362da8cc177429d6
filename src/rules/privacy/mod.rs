//! `privacy/*`: personal and confidential data (protocol A.2, C.1, A.5).
//!
//! Value scanners (numbers, addresses, dates, secrets) look at the
//! normalised prose and at Markdown `mailto:`/`tel:` link targets; where two
//! of them claim overlapping text, the longest validated match wins, then
//! the more specific rule (no "phone" inside an IBAN). People, records and
//! special categories are read from the prose with its capitals.

pub mod address;
pub mod birth_date;
pub mod bsn;
pub mod confidential;
pub mod credentials;
pub mod email;
pub mod iban;
pub mod media_consent;
pub mod payment_card;
pub mod people;
pub mod phone;
pub mod pupil_name;
pub mod pupil_number;
pub mod pupil_record;
pub mod special_category;

use std::cell::OnceCell;
use std::ops::Range;

use crate::catalog::RuleInfo;
use crate::diagnostic::Finding;
use crate::rules::context::{Context, Detector, WordList};
use crate::settings::Settings;
use postlint_scan::scope::{Anchor, Around};
use postlint_scan::sparse::SparseSet;

pub use address::Address;
pub use birth_date::BirthDate;
pub use bsn::Bsn;
pub use confidential::Confidential;
pub use credentials::Credentials;
pub use email::Email;
pub use iban::Iban;
pub use payment_card::PaymentCard;
pub use phone::Phone;
pub use pupil_number::PupilNumber;

/// A value check's search of one piece of text.
pub trait Scanner: Send + Sync {
    const RULE: &'static RuleInfo;
    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>);
}

/// A privacy rule whose check finds values in the normalised prose:
/// numbers, addresses, dates, secrets. The rule's file declares it and
/// [`VALUES`] lists it; the family reads every one on every text.
pub struct ValueRule {
    pub rule: &'static RuleInfo,
    /// The check, for these settings (their allow lists).
    pub check: fn(&Settings) -> Box<dyn Values>,
}

/// What a value check does with a text.
pub trait Values: Send + Sync {
    /// Pushes the values in the normalised prose of `text`.
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>);
    /// Pushes the values in a `mailto:` or `tel:` link target (lower case).
    fn find_in_target(&self, _target: &str, _out: &mut Vec<Range<usize>>) {}
    /// Whether its values compete with the others' for the same text: of
    /// overlapping ones the longest wins, then the lower overlap rank.
    fn competes(&self) -> bool {
        true
    }
}

/// A check that reads the whole normalised prose and every `mailto:` and
/// `tel:` link target with its scanner (labelled values: a pupil number,
/// a birth date, a password).
pub struct Everywhere<S>(pub S);

impl<S: Scanner> Values for Everywhere<S> {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        self.0.scan(text.hay, out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.0.scan(target, out);
    }
}

/// What value scanners' tests share.
#[cfg(test)]
pub(crate) mod testing {
    use super::Scanner;

    /// What `s` finds in `text` once normalised, as the normalised text.
    pub fn found<S: Scanner>(s: S, text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let mut out = Vec::new();
        s.scan(&hay, &mut out);
        out.into_iter().map(|r| hay[r].to_string()).collect()
    }
}

/// Every value rule of the family, in the order they are read.
pub static VALUES: &[&ValueRule] = &[
    &bsn::CHECK,
    &iban::CHECK,
    &email::CHECK,
    &phone::CHECK,
    &payment_card::CHECK,
    &pupil_number::CHECK,
    &birth_date::CHECK,
    &credentials::CHECK,
    &address::CHECK,
    &confidential::CHECK,
];

/// The normalised prose as value checks read it, with where in it the
/// usual candidates are (each found when a check first asks).
pub struct Prose<'h> {
    pub hay: &'h str,
    capital: &'h dyn Fn(Range<usize>) -> bool,
    /// Every candidate is the whole text (for tests: what the candidates
    /// must agree with).
    whole: bool,
    digits: OnceCell<Vec<usize>>,
    long_numbers: OnceCell<Around<'h>>,
    at_signs: OnceCell<Around<'h>>,
}

impl<'h> Prose<'h> {
    /// `capital`: whether the prose at a range of `hay` starts with a
    /// capital letter.
    pub fn new(hay: &'h str, capital: &'h dyn Fn(Range<usize>) -> bool) -> Prose<'h> {
        Prose {
            hay,
            capital,
            whole: false,
            digits: OnceCell::new(),
            long_numbers: OnceCell::new(),
            at_signs: OnceCell::new(),
        }
    }

    /// [`Prose::new`] whose candidates are all of `hay`.
    #[cfg(test)]
    fn whole(hay: &'h str, capital: &'h dyn Fn(Range<usize>) -> bool) -> Prose<'h> {
        Prose {
            whole: true,
            ..Prose::new(hay, capital)
        }
    }

    /// Offsets of the digits.
    pub fn digits(&self) -> &[usize] {
        self.digits.get_or_init(|| {
            postlint_scan::bytes::positions(self.hay.as_bytes(), postlint_scan::bytes::DIGITS)
        })
    }

    /// Around six or more digits close together: BSN, IBAN, phone, card.
    pub fn long_numbers(&self) -> &Around<'h> {
        self.long_numbers.get_or_init(|| {
            if self.whole {
                return Around::whole(self.hay);
            }
            let digit_runs = Anchor::Digits {
                digits: self.digits(),
                gap: 4,
                min: 6,
            };
            Around::anchors(self.hay, digit_runs, 128)
        })
    }

    /// Around `@`: e-mail addresses (no white space inside one).
    pub fn at_signs(&self) -> &Around<'h> {
        self.at_signs.get_or_init(|| match self.whole {
            true => Around::whole(self.hay),
            false => Around::anchors(self.hay, Anchor::Byte(b'@'), 0),
        })
    }

    /// Around whole words of `words`, `reach` bytes each side.
    pub fn around_words(&self, words: &[&str], reach: usize) -> Around<'h> {
        if self.whole {
            return Around::whole(self.hay);
        }
        Around::anchors(self.hay, Anchor::Words(words), reach)
    }

    /// Whether the prose at `r` starts with a capital letter.
    pub fn capitalised(&self, r: Range<usize>) -> bool {
        (self.capital)(r)
    }
}

/// Labels that say a number is not personal: an order, invoice, tracking or
/// account number, so it is not read as a BSN or phone number.
pub const NUMBER_LABELS: &[&str] = &[
    "ordernummer",
    "order",
    "bestelnummer",
    "bestelling",
    "factuurnummer",
    "factuur",
    "zaaknummer",
    "klantnummer",
    "dossiernummer",
    "kenmerk",
    "referentie",
    "referentienummer",
    "track",
    "trace",
    "trackingnummer",
    "pakketnummer",
    "zending",
    "polisnummer",
    "artikelnummer",
    "relatienummer",
    "contractnummer",
    "ticketnummer",
    "bsn",
    "iban",
    "rekeningnummer",
    "leerlingnummer",
    "kvk",
];

pub struct Privacy {
    values: Vec<(&'static RuleInfo, Box<dyn Values>)>,
}

/// Keep one finding per stretch of text: longest first, then by priority.
fn resolve_overlaps(mut values: Vec<Finding>) -> Vec<Finding> {
    values.sort_by_key(|f| {
        let rank = f.rule.overlap_rank;
        (std::cmp::Reverse(f.range.len()), rank, f.range.start)
    });
    let mut kept: Vec<Finding> = Vec::new();
    for f in values {
        if !kept
            .iter()
            .any(|k| k.range.start < f.range.end && f.range.start < k.range.end)
        {
            kept.push(f);
        }
    }
    kept
}

impl Privacy {
    fn values(&self, cx: &Context<'_>) -> Vec<Finding> {
        let doc = cx.doc;
        let prose = doc.prose();
        let norm = doc.normalized();
        let capital =
            |r: Range<usize>| prose[norm.source_range(prose, r)].starts_with(char::is_uppercase);
        let text = Prose::new(&norm.text, &capital);
        let (mut competing, mut others) = (Vec::new(), Vec::new());
        let mut ranges = Vec::new();
        for (rule, check) in &self.values {
            ranges.clear();
            check.find(&text, &mut ranges);
            let into = if check.competes() {
                &mut competing
            } else {
                &mut others
            };
            into.extend(
                ranges
                    .drain(..)
                    .map(|r| Finding::new(rule, norm.source_range(prose, r))),
            );
        }
        // Markdown `mailto:` and `tel:` targets are short: every check.
        for link in &doc.structure.links {
            let url = link.url.to_ascii_lowercase();
            if url.starts_with("mailto:") || url.starts_with("tel:") {
                let target = doc.text()[link.range.clone()].to_ascii_lowercase();
                let at = link.range.start;
                for (rule, check) in &self.values {
                    ranges.clear();
                    check.find_in_target(&target, &mut ranges);
                    competing.extend(
                        ranges
                            .drain(..)
                            .map(|r| Finding::new(rule, r.start + at..r.end + at)),
                    );
                }
            }
        }
        let mut out = resolve_overlaps(competing);
        out.extend(others);
        out
    }
}

impl Detector for Privacy {
    fn family(&self) -> &'static str {
        "privacy"
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let values = self.values(cx);
        // Values a school holds of a pupil: a name close by is a pupil's.
        // (A phone number or account close by is as often a contact's or
        // an organiser's; a birth date may be a historic figure's.)
        let held = [&bsn::RULE, &address::RULE, &pupil_number::RULE];
        let of = |kinds: &[&RuleInfo]| -> Vec<Range<usize>> {
            let mut v: Vec<Range<usize>> = values
                .iter()
                .filter(|f| kinds.iter().any(|r| std::ptr::eq(f.rule, *r)))
                .map(|f| f.range.clone())
                .collect();
            v.sort_by_key(|r| r.start);
            v
        };
        let ties = people::Ties {
            held: of(&held),
            contact: of(&[&phone::RULE, &email::RULE, &iban::RULE]),
        };
        out.extend(values);
        let doc = cx.doc;
        let prose = doc.prose();
        // Context rules read the prose with its capitals and in lower case,
        // which must keep byte offsets for the sentence-level checks. The
        // engine hands out a long text in pieces, so that its lower-case
        // copy never has to exist whole.
        let media = media_consent::media_ranges(doc);
        let pieces = postlint_scan::pieces::pieces(prose, REACH);
        let cue_words = cx.word_hits(WordList::PrivacyCues).map(|hits| {
            let norm = doc.normalized();
            let in_prose = |r: &Range<usize>| norm.source_range(prose, r.clone());
            CueWords(hits.iter().map(|(r, w)| (in_prose(r), *w)).collect())
        });
        let mut cues = media_consent::Cues::new(
            !media.is_empty() || pieces.len() > 1 || media_consent::may_link_video(doc),
        );
        // Lower case that changes byte lengths (rare letters) leaves the
        // checks that need aligned offsets off, for the whole text.
        let aligned = crate::normalize::lowercase_keeps_offsets(prose);
        // Whether the post is about school life, asked of the whole text.
        let school_life = OnceCell::new();
        for piece in &pieces {
            let read = piece.read.clone();
            let source = &prose[read.clone()];
            let lower = crate::normalize::lowercase(source);
            let shift = |r: Range<usize>| r.start + read.start..r.end + read.start;
            let owned = |r: &Range<usize>| piece.owns(r.start + read.start);
            let mut people = people::named_people(source, &lower, aligned);
            if aligned {
                let school_life = || {
                    *school_life.get_or_init(|| {
                        people::school_life(&lower)
                            || pieces.iter().any(|p| {
                                p.read != read
                                    && people::school_life(&crate::normalize::lowercase(
                                        &prose[p.read.clone()],
                                    ))
                            })
                    })
                };
                people::tie_to_private_data(
                    &mut people,
                    source,
                    &lower,
                    &ties.within(&read),
                    school_life,
                );
            }
            // Records first: a record fact about a named person makes them
            // a pupil.
            let records = if aligned {
                pupil_record::pupil_records(&lower, &mut people)
            } else {
                Vec::new()
            };
            for p in people.iter().filter(|p| p.pupil && owned(&p.range)) {
                out.push(Finding::new(&pupil_name::RULE, shift(p.range.clone())));
            }
            for r in records.into_iter().filter(owned) {
                out.push(Finding::new(&pupil_record::RULE, shift(r)));
            }
            if aligned {
                let found = cue_words.as_ref().and_then(|g| g.in_piece(&read, &lower));
                let mut places = LOWER_CASE_CUES.places_around(&lower, found).into_iter();
                let mut two = || {
                    let mut next = || places.next().expect("one per pattern");
                    [next(), next()]
                };
                let (special, media_cues) = (two(), two());
                for r in special_category::special_categories_in(&lower, &people, &special)
                    .into_iter()
                    .filter(owned)
                {
                    out.push(Finding::new(&special_category::RULE, shift(r)));
                }
                cues.add_in(&lower, read.start, &media_cues);
            }
        }
        if let Some(r) =
            media_consent::missing_consent(&cues, doc, &media, doc.front_matter.consent)
        {
            out.push(Finding::new(&media_consent::RULE, r));
        }
    }
}

/// The patterns read on each lower-cased piece, in one pass on a long
/// text: special categories (Dutch, English), then picture markers and
/// consent.
pub(crate) static LOWER_CASE_CUES: SparseSet = SparseSet::new(&[
    &special_category::SPECIAL,
    &special_category::SPECIAL_EN,
    &media_consent::MARKER,
    &media_consent::CONSENT,
]);

/// The words of [`LOWER_CASE_CUES`], in the order of their indices in a
/// [`WordList::PrivacyCues`] scan; none when one of them is not plain
/// lower-case ASCII (see [`CueWords`]).
pub fn lower_case_cue_words() -> Vec<String> {
    let words: Vec<String> = LOWER_CASE_CUES
        .words()
        .map(|(_, w)| w.to_string())
        .collect();
    let plain = |w: &String| {
        w.bytes()
            .all(|b| b.is_ascii_graphic() && !b.is_ascii_uppercase())
    };
    if words.iter().all(plain) {
        words
    } else {
        Vec::new()
    }
}

/// Where a long text's shared scan found [`LOWER_CASE_CUES`]' words: the
/// range in the prose and the index in [`lower_case_cue_words`], ordered
/// by end.
///
/// The scan reads the normalised prose. The words are plain lower-case
/// ASCII: where the lower-cased prose holds one, its bytes are ASCII in the
/// prose (any other character lower-cases to a non-ASCII one, or changes
/// length, and then none are read at all), and the normalised prose
/// copies ASCII as it is, lower-cased. So every occurrence a search of the
/// lower-cased piece would find is found; [`CueWords::in_piece`] keeps those
/// that read as the word there, which leaves exactly those.
struct CueWords(Vec<(Range<usize>, u32)>);

impl CueWords {
    /// The occurrences of each pattern's words in `lower`, the lower-cased
    /// `part` of the prose: those wholly inside the part that read as the
    /// word there, which are the ones a search of `lower` finds; `None`
    /// when the words could not be scanned for together.
    fn in_piece(&self, part: &Range<usize>, lower: &str) -> Option<Vec<Vec<Range<usize>>>> {
        let words: Vec<(usize, &str)> = LOWER_CASE_CUES.words().collect();
        if lower_case_cue_words().is_empty() {
            return None;
        }
        let mut out = vec![Vec::new(); LOWER_CASE_CUES.len()];
        // Ordered by end, so the part's words are one run of them.
        let from = self.0.partition_point(|(r, _)| r.end <= part.start);
        for (r, w) in &self.0[from..] {
            if r.end > part.end {
                break;
            }
            let (member, word) = words[*w as usize];
            if r.start < part.start {
                continue;
            }
            let local = r.start - part.start..r.end - part.start;
            if lower.get(local.clone()) == Some(word) {
                out[member].push(local);
            }
        }
        Some(out)
    }
}

/// How far from a finding of the context checks the text they read can
/// be: a sentence (at most 600 bytes each side of a point), the one before
/// it, the few words before a name, the values tied to it within 200 bytes.
const REACH: usize = 8 * 1024;

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    // Every check runs, also of a rule switched off: its value still wins
    // over a shorter one inside it (no phone number inside an IBAN).
    let values = VALUES
        .iter()
        .map(|v| (v.rule, (v.check)(settings)))
        .collect();
    out.push(Box::new(Privacy { values }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::rules::context::testing::{long_drafts, with_context};
    use proptest::prelude::*;

    fn sorted(mut v: Vec<Vec<Range<usize>>>) -> Vec<Vec<Range<usize>>> {
        for g in &mut v {
            g.sort_by_key(|r| (r.start, r.end));
        }
        v
    }

    fn cue_words(doc: &Document) -> CueWords {
        let prose = doc.prose();
        let norm = doc.normalized();
        with_context(doc, |cx| {
            let hits = cx
                .word_hits(WordList::PrivacyCues)
                .expect("long enough to scan");
            CueWords(
                hits.iter()
                    .map(|(r, w)| (norm.source_range(prose, r.clone()), *w))
                    .collect(),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// In any part of the prose, the shared scan gives exactly the
        /// words a search of the lower-cased part finds.
        #[test]
        fn cue_words_are_those_of_the_lower_cased_part(
            text in long_drafts(),
            cut in 0.0f64..1.0,
            len in 0.0f64..1.0,
        ) {
            let doc = Document::from_bytes("a.txt", text.as_bytes());
            let scan = cue_words(&doc);
            let prose = doc.prose();
            let mut start = (cut * prose.len() as f64) as usize;
            while !prose.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = start + (len * (prose.len() - start) as f64) as usize;
            while !prose.is_char_boundary(end) {
                end += 1;
            }
            let part = start..end;
            let lower = crate::normalize::lowercase(&prose[part.clone()]);
            prop_assume!(lower.len() == part.len());
            prop_assert_eq!(
                sorted(scan.in_piece(&part, &lower).expect("plain words")),
                sorted(LOWER_CASE_CUES.occurrences(&lower))
            );
        }
    }

    #[test]
    fn cue_words_with_their_places() {
        let text = format!("{}Kijk die FOTO, klootzak.", "x ".repeat(5000));
        let doc = Document::from_bytes("a.txt", text.as_bytes());
        let words = lower_case_cue_words();
        assert!(!words.is_empty(), "the words are plain");
        let cues: Vec<(&str, &str)> = cue_words(&doc)
            .0
            .iter()
            .map(|(r, w)| (&text[r.clone()], words[*w as usize].as_str()))
            .collect();
        assert_eq!(cues, [("Kijk", "kijk"), ("FOTO", "foto")]);
    }

    /// Every test draft and the news corpus in one text: the value scanners
    /// find the same around their anchors as in the whole of it.
    #[test]
    fn candidates_hold_what_the_whole_text_holds() {
        let mut big = String::new();
        for line in include_str!("../../../tests/data/privacy-drafts.jsonl").lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            big.push_str(v["text"].as_str().unwrap());
            big.push_str(if big.len().is_multiple_of(3) {
                "\n\n"
            } else {
                " "
            });
        }
        big.push_str(include_str!("../../../tests/data/corpus/nl-ud-alpino.txt"));
        big.push_str(
            "mail j.jansen [at] school [punt] nl, bel nul zes een twee drie vier vijf zes zeven acht, \
             of O6-l2345678; BSN 1 2 3 4 5 6 7 8 2 en NL91 ABNA 0417 1643 00. \
             VERTROUWELIJK, niet verder verspreiden: het wachtwoord is Tulp#2024, \
             leerlingnummer 204517, visa 4111111111111111.",
        );
        let hay = crate::normalize::fold(&big);
        // Capitals as the folded text cannot tell: every word has one.
        let capital = |r: Range<usize>| r.start == 0 || hay.as_bytes()[r.start - 1] == b' ';
        let settings = Settings::default();
        for value in VALUES {
            let check = (value.check)(&settings);
            let mut whole = Vec::new();
            check.find(&Prose::whole(&hay, &capital), &mut whole);
            let mut found = Vec::new();
            check.find(&Prose::new(&hay, &capital), &mut found);
            whole.sort_by_key(|r| (r.start, r.end));
            found.sort_by_key(|r| (r.start, r.end));
            let id = value.rule.id;
            assert!(!whole.is_empty(), "{id}: the test text must hold some");
            assert_eq!(found, whole, "{id}");
        }
    }

    /// Every privacy rule is a value rule of [`VALUES`] or one of the
    /// rules read from people, records and pictures: none is left unread.
    #[test]
    fn every_value_rule_is_read() {
        let context = [
            "privacy/pupil-name",
            "privacy/pupil-record",
            "privacy/special-category",
            "privacy/media-consent",
        ];
        for r in crate::rules::RULES
            .iter()
            .filter(|r| r.family() == "privacy")
        {
            let listed = VALUES.iter().filter(|v| v.rule.id == r.id).count();
            let expected = usize::from(!context.contains(&r.id));
            assert_eq!(listed, expected, "{}", r.id);
        }
    }

    #[test]
    fn longest_match_then_priority_wins() {
        let f = |id, r| Finding::new(crate::rules::rule(id).unwrap(), r);
        let kept = resolve_overlaps(vec![
            f("privacy/phone", 5..15),
            f("privacy/iban", 0..22),
            f("privacy/bsn", 30..39),
            f("privacy/phone", 30..39),
        ]);
        let rules: Vec<&str> = kept.iter().map(|k| k.rule.id).collect();
        assert_eq!(rules, ["privacy/iban", "privacy/bsn"]);
    }
}
