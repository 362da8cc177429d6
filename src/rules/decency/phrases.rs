//! Phrase rules: threats, bullying, shaming, doxxing and hate against
//! groups, from `lexicons/decency-phrases.txt`. Most contain no swear word.

use std::ops::Range;
use std::sync::LazyLock;

use super::speech;
use crate::catalog::{RuleInfo, Severity};
use crate::lexicon;
use postlint_scan::pattern::Lazy;
use postlint_scan::scope::Scope;

pub struct PhraseRule {
    pub rule: &'static RuleInfo,
    pub severity: Severity,
    pub regex: Lazy,
    pub note: String,
    /// The pattern holds its own negation ("mag niet …"): a negator inside
    /// a match does not deny it.
    pub own_negation: bool,
}

pub static PHRASES: LazyLock<Vec<PhraseRule>> = LazyLock::new(|| {
    let (name, text) = lexicon::DECENCY_PHRASES;
    lexicon::parse_phrases(name, text)
        .unwrap_or_else(|e| panic!("embedded lexicon: {e}"))
        .into_iter()
        .filter_map(|p| {
            let rule = super::rule_of(&p.category)?;
            let regex = Lazy::new(&p.pattern);
            Some(PhraseRule {
                rule,
                severity: p.severity,
                regex,
                note: p.note,
                own_negation: p.own_negation,
            })
        })
        .collect()
});

/// (rule index, range) of every phrase in the text of `scope`, trailing
/// punctuation cut; statements the author does not make (denied,
/// someone else's claim, quoted to be condemned, a threat aimed at a
/// thing: see `speech.rs`) left out.
pub fn find(scope: &Scope<'_>) -> Vec<(usize, Range<usize>)> {
    let hay = scope.hay();
    let mut out = Vec::new();
    for (i, p) in PHRASES.iter().enumerate() {
        for m in scope.find_iter(&p.regex) {
            let text = hay[m.clone()].trim_end_matches(|c: char| !c.is_alphanumeric());
            let r = m.start..m.start + text.len();
            if !text.is_empty() && speech::is_the_authors(p.rule, hay, &r, p.own_negation) {
                out.push((i, r));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let hay = fold(text);
        find(&Scope::whole(&hay))
            .into_iter()
            .map(|(i, r)| (PHRASES[i].rule.id, hay[r].to_string()))
            .collect()
    }

    #[test]
    fn start_words_hold() {
        let mut untested = Vec::new();
        for p in PHRASES.iter() {
            if !postlint_scan::pattern::assert_needs_hold(p.regex.as_str()) {
                untested.push(p.regex.as_str().to_string());
            }
            p.regex.check().unwrap();
        }
        let gated = PHRASES
            .iter()
            .filter(|p| p.regex.starts().is_some())
            .count();
        assert!(
            gated * 10 >= PHRASES.len() * 8,
            "{gated} of {}",
            PHRASES.len()
        );
        assert!(untested.len() <= 2, "not generated: {untested:?}");
    }

    #[test]
    fn threats() {
        let t = |s: &str| found(s).iter().any(|(r, _)| *r == "decency/threat");
        assert!(t("Als ik die gast vind, sla ik hem persoonlijk in elkaar."));
        assert!(t("Die inspecteur moet je gewoon een klap geven."));
        assert!(t("@ouder123 Ik weet waar je woont."));
        assert!(t("I swear I'll break his neck."));
        assert!(t("Touch my mug again and I'll smash your face in."));
        assert!(t(
            "Die wethouder mag uitkijken als hij 's avonds alleen naar huis fietst."
        ));
        assert!(t("Ik ga je afmaken."));
        assert!(t("Ik maak je af"));
        assert!(t("Ik ga die ouder echt een keer in elkaar slaan."));
        assert!(!t("Ik ga het verslag vanavond afmaken."));
        assert!(!t("Deze deadline gaat me echt vermoorden"));
        assert!(!t("Zaterdag gaan we ze inmaken in de finale!"));
        assert!(!t("Kinderen moeten goed oppassen als ze oversteken."));
    }

    #[test]
    fn harassment() {
        let h = |s: &str| found(s).iter().any(|(r, _)| *r == "decency/harassment");
        assert!(h(
            "Deel dit zoveel mogelijk, iedereen moet weten wat die vader heeft gedaan."
        ));
        assert!(h(
            "Laten we hem allemaal eens flink bestoken met berichten."
        ));
        assert!(h(
            "Ik rijd elke avond even langs het huis van die stagiair."
        ));
        assert!(h("Zet hem maar aan de schandpaal."));
        assert!(h("Hier is zijn nummer: 06-12345678"));
        assert!(h("Deel dit: hier is het adres van die leraar."));
        assert!(h(
            "Ik ga hem op de personeelskamer ophangen zodat iedereen kan lachen."
        ));
        assert!(!h("Workshop cyberpesten: hoe herken je online pesten?"));
        assert!(!h(
            "Deel dit bericht met je vrienden, de open dag is zaterdag!"
        ));
    }

    #[test]
    fn groups_only_with_what_is_said_about_them() {
        let d = |s: &str| found(s).iter().any(|(r, _)| r.starts_with("decency/"));
        assert!(d("Moslims zijn ongedierte."));
        assert!(d("Vluchtelingen moeten allemaal dood."));
        assert!(!d("Homo's en lesbiennes vierden Roze Zaterdag."));
        assert!(!d("Veel moslims vieren vandaag het Suikerfeest."));
    }

    #[test]
    fn exclamation_only_for_jezus_christus() {
        assert_eq!(
            found("Jezus christus, wat een vergadering"),
            [("decency/profanity", "jezus christus".into())]
        );
        assert!(found("Het verhaal van Jezus Christus in de bijbel").is_empty());
    }
}
