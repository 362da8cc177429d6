//! Which language a post is written in, for `fix`: front matter `lang`
//! wins; otherwise the more frequent set of function words decides.

use crate::catalog::Lang;

const EN: &[&str] = &[
    "the", "and", "is", "are", "of", "to", "my", "at", "with", "for", "this", "that", "not", "we",
    "you", "our", "was", "have", "has", "it", "i", "a", "an", "on", "be", "will", "your",
];
const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "op", "ik", "niet", "met", "voor", "dat", "die", "wat",
    "zijn", "we", "wij", "je", "jullie", "ons", "onze", "mijn", "is", "naar", "bij", "ook", "maar",
    "er",
];

pub fn detect(text: &str) -> Lang {
    let (mut en, mut nl) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        en += usize::from(EN.contains(&w.as_str()));
        nl += usize::from(NL.contains(&w.as_str()));
    }
    if en > nl { Lang::En } else { Lang::Nl }
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
    }
}
