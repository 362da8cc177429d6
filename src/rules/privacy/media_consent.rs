//! `privacy/media-consent`: a photo, video or recording of a school
//! situation without recorded consent (protocol A.5).
//!
//! ## What it does
//! Fires on a Markdown image, an HTML `<img>`/`<video>`, a video link
//! (YouTube, Vimeo, TikTok, Instagram) or words that present one ("zie
//! foto", "photos below", "kijk hier") when the post is about school
//! (pupils, a class, a school event) and neither the front matter says
//! `consent: true` nor the text says consent was given ("met toestemming van
//! de ouders"). "Ik moet nog toestemming vragen" is not consent.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};
use postlint_scan::sparse::{Places, Sparse};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/media-consent",
    severity: Severity::Warning,
    articles: &["A.5"],
    scope: Scope::Document,
    personal_data: false,
    summary: t!(
        "Een foto, video of geluidsopname van een schoolsituatie zonder vastgelegde toestemming.",
        "A photo, video or audio recording of a school situation without recorded consent."
    ),
    why: t!(
        "Beeld en geluid van betrokkenen mag alleen met hun toestemming online.",
        "Images and sound of people may only go online with their consent."
    ),
    message: t!(
        "Foto, video of opname zonder vastgelegde toestemming.",
        "Photo, video or recording without recorded consent."
    ),
    help: t!(
        "Vraag toestemming en zet `consent: true` in de front matter.",
        "Ask for consent and set `consent: true` in the front matter."
    ),
    bad: "Zie foto van klas 2A bij de sportdag! ![sportdag](sportdag.jpg)",
    good: "---\nconsent: true\n---\n![sportdag](sportdag.jpg)",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

static VIDEO_LINK: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(
        r"(?i)\bhttps?://(?:www\.|m\.)?(?:youtube\.com/(?:watch|shorts|live)|youtu\.be/|vimeo\.com/\d|tiktok\.com/@[^/\s]+/video|instagram\.com/(?:p|reel|reels|tv)/)\S*",
    )
});

const MARKER_PATTERN: &str = r"(?x)\b(?:
            (?:zie|bekijk|check|kijk\s+naar)\s+(?:de\s+|deze\s+|mijn\s+)?(?:foto|foto's|fotos|video|video's|filmpje|filmpjes|film|beelden|opname|opnames|clip)
          | (?:foto|foto's|fotos|video|filmpje|beelden)\s+(?:hieronder|hierboven|van\s+(?:de|het|onze|mijn))
          | kijk\s+hier | sneak\s+peek
          | (?:photos?|pictures?|pics|videos?|footage)\s+(?:below|above|from|of\s+(?:the|our|my))
          | (?:see|check\s+out)\s+(?:the\s+|our\s+|my\s+)?(?:photos?|pictures?|video)
        )\b";

/// Rare in prose: searched around the words every marker holds.
pub static MARKER: Sparse = Sparse::new(MARKER_PATTERN);

static SCHOOL_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(
        r"(?x)\b(?:
            leerling\w* | brugklas\w* | klas | klassen | mentorklas | school\w* | sportdag | excursie | werkweek | kamp
          | musical\w* | repetitie | kennismaking\w* | uitreiking | diploma\w* | les | lessen | gymzaal | aula
          | eindexamen\w* | examenkandidaten | bovenbouw | onderbouw | open\s+dag | ouderavond | schoolreis\w*
          | students | pupils | class | classes | trip | year\s?\d{1,2}s? | school\s+trip | prom | graduation
          | [1-6](?:havo|vwo|mavo|[a-h])\d?
        )\b",
    )
});

const CONSENT_PATTERN: &str = r"(?x)\b(?:
            (?:met|na)\s+(?:[\w']+\s+){0,2}?toestemming
          | toestemming\s+(?:[\w']+\s+){0,3}?(?:gegeven|gekregen|verleend|geregeld|vastgelegd|getekend|ontvangen)
          | (?:with|after)\s+(?:[\w']+\s+){0,2}?(?:permission|consent)
          | (?:permission|consent)\s+(?:was\s+|has\s+been\s+)?(?:given|obtained|granted|received)
        )\b";

pub static CONSENT: Sparse = Sparse::new(CONSENT_PATTERN);

/// Markdown images and HTML `<img>`/`<video>` in a document, in order.
pub fn media_ranges(doc: &crate::Document) -> Vec<Range<usize>> {
    let mut media = doc.structure.images.clone();
    media.extend(
        doc.structure
            .html
            .iter()
            .filter(|r| {
                let h = doc.text()[(*r).clone()].to_ascii_lowercase();
                h.contains("<img") || h.contains("<video")
            })
            .cloned(),
    );
    media.sort_by_key(|r| r.start);
    media
}

/// What the prose says about pictures, gathered part by part (lower case).
#[derive(Debug)]
pub struct Cues {
    consent: bool,
    school: bool,
    marker: Option<Range<usize>>,
    /// Whether the school context must be read even without a marker.
    wants_school: bool,
}

impl Default for Cues {
    fn default() -> Cues {
        Cues::new(true)
    }
}

impl Cues {
    /// `wants_school`: the document may need consent without any marker in
    /// its prose (it has images, HTML media or a link, or more than one
    /// part). Otherwise only a marker makes the school context matter, and
    /// a post without one never builds that pattern.
    pub fn new(wants_school: bool) -> Cues {
        Cues {
            consent: false,
            school: false,
            marker: None,
            wants_school,
        }
    }

    /// Add the cues of `hay`, the lower-cased prose from byte `at` on.
    #[cfg(test)]
    pub fn add(&mut self, hay: &str, at: usize) {
        let places = [MARKER.places(hay), CONSENT.places(hay)];
        self.add_in(hay, at, &places);
    }

    /// [`Cues::add`] given where [`MARKER`] and [`CONSENT`] can match in
    /// `hay`.
    pub fn add_in(&mut self, hay: &str, at: usize, [marker, consent]: &[Places; 2]) {
        self.consent = self.consent || CONSENT.is_match_in(hay, consent);
        if self.marker.is_none() {
            self.marker = MARKER
                .find_in(hay, marker)
                .map(|r| r.start + at..r.end + at);
        }
        if !self.school && (self.wants_school || self.marker.is_some()) {
            self.school = SCHOOL_CONTEXT.is_match(hay);
        }
    }
}

/// Whether `doc` may hold a video link (every one has "://").
pub fn may_link_video(doc: &crate::Document) -> bool {
    memchr::memmem::find(doc.text().as_bytes(), b"://").is_some()
}

/// The first image, video or photo mention that needs consent, if any.
/// `cues` come from the lower-cased prose; `media` are the Markdown image
/// and HTML ranges found by the parser; `consent` the front matter's value.
pub fn missing_consent(
    cues: &Cues,
    doc: &crate::Document,
    media: &[Range<usize>],
    consent: Option<bool>,
) -> Option<Range<usize>> {
    if consent == Some(true) || cues.consent || !cues.school {
        return None;
    }
    let mut first: Option<Range<usize>> = media.first().cloned();
    // Links are not prose: look in the whole text, where every link has
    // "://" (found without building the pattern when there is none).
    let text = doc.text();
    let video = if may_link_video(doc) {
        VIDEO_LINK.find(text).map(|m| m.range())
    } else {
        None
    };
    for r in [video, cues.marker.clone()].into_iter().flatten() {
        if first.as_ref().is_none_or(|f| r.start < f.start) {
            first = Some(r);
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the patterns are said to start with holds (see
    /// `pattern::assert_starts_hold`).
    #[test]
    fn start_words_hold() {
        for p in [MARKER.pattern(), CONSENT.pattern()] {
            postlint_scan::pattern::assert_starts_hold(p.as_str());
        }
        assert!(MARKER.pattern().starts().is_some());
    }

    /// Markers and consent are found around the words their patterns
    /// hold, on long texts exactly as on the whole text.
    #[test]
    fn cues_are_found_where_they_are() {
        for p in [&MARKER, &CONSENT] {
            assert!(p.anchors().is_some(), "{}", p.pattern().as_str());
            postlint_scan::sparse::assert_sparse_holds(p);
        }
    }
    use crate::Document;

    fn fires(path: &str, text: &str) -> Option<String> {
        let doc = Document::from_bytes(path, text.as_bytes());
        let media = media_ranges(&doc);
        let mut cues = Cues::default();
        cues.add(&doc.prose().to_lowercase(), 0);
        missing_consent(&cues, &doc, &media, doc.front_matter.consent)
            .map(|r| doc.text()[r].to_string())
    }

    #[test]
    fn school_media_without_consent() {
        assert!(
            fires(
                "a.md",
                "![Klas 2C bij de Keukenhof](img/2c.jpg)\n\nPrachtige dag met 2C"
            )
            .is_some()
        );
        assert_eq!(
            fires("a.txt", "Zie foto: de brugklassers tijdens de sportdag").as_deref(),
            Some("Zie foto")
        );
        assert!(
            fires(
                "a.md",
                "Photos from our Year 8 trip below!\n\n![Year 8](zoo.jpg)"
            )
            .is_some()
        );
        assert!(
            fires(
                "a.txt",
                "De schoolband op het festival, kijk hier: https://youtu.be/a1B2c3D4e5F"
            )
            .is_some()
        );
        assert!(fires("a.md", "Ik moet nog toestemming vragen aan de ouders, maar hier de repetitie\n\n![Repetitie](r.jpg)").is_some());
        assert!(fires("a.md", "<img src=\"klas.jpg\">\n\nDe klas op excursie.").is_some());
    }

    #[test]
    fn consent_or_no_school_situation() {
        assert!(fires("a.md", "Foto geplaatst met toestemming van de ouders\n\n![Uitreiking](u.jpg)\n\nMooie verhalen.").is_none());
        assert!(
            fires(
                "a.md",
                "Herfstvakantie in de Eifel\n\n![Uitzicht over het dal](eifel.jpg)"
            )
            .is_none()
        );
        assert!(fires("a.md", "---\nconsent: true\n---\n![Sportdag](s.jpg)\nDank aan de vrijwilligers van de sportdag!").is_none());
        assert!(
            fires("a.txt", "Sportdag bij de brugklassen was geweldig.").is_none(),
            "no picture"
        );
    }
}
