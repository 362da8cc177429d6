//! Which language a post is written in, for `fix`: front matter `lang`
//! wins; otherwise the more frequent set of function words decides.

use crate::catalog::Lang;

const EN: &[&str] = &[
    "the", "and", "is", "are", "of", "to", "my", "at", "with", "for", "this", "that", "not", "we",
    "you", "our", "was", "have", "has", "it", "i", "a", "an", "on", "be", "will", "your", "those",
    "these", "what", "who", "they", "he", "she", "his", "her", "them", "again", "can't", "don't",
    "i'm", "it's", "so", "just", "such", "why", "how",
];
const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "op", "ik", "niet", "met", "voor", "dat", "die", "wat",
    "zijn", "we", "wij", "je", "jullie", "ons", "onze", "mijn", "is", "naar", "bij", "ook", "maar",
    "er",
];

/// Counts of English and Dutch function words in `text`.
pub fn scores(text: &str) -> (usize, usize) {
    let (mut en, mut nl) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        en += usize::from(EN.contains(&w.as_str()));
        nl += usize::from(NL.contains(&w.as_str()));
    }
    (en, nl)
}

/// Dutch unless English function words are in the majority.
pub fn detect(text: &str) -> Lang {
    let (en, nl) = scores(text);
    if en > nl { Lang::En } else { Lang::Nl }
}

/// Whether `text` shows no sign of being Dutch (an English sentence, or too
/// short to tell).
pub fn is_not_dutch(text: &str) -> bool {
    let (en, nl) = scores(text);
    nl <= en
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_dutch_from_english() {
        assert_eq!(
            detect("Vandaag open dag op het Scala College, kom langs!"),
            Lang::Nl
        );
        assert_eq!(
            detect("Great first week back at Scala College. Same brilliant kids."),
            Lang::En
        );
        assert_eq!(
            detect("Parents' evening at Coenecoop College tonight. Bring your questions."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Nl);
        assert!(is_not_dutch("Those boobs again."));
        assert!(!is_not_dutch("Die moron van hiernaast is er weer."));
    }
}
