//! `postlint fix`: add the statements the disclaimer rules ask for as a
//! final paragraph, in the post's language. Pure: bytes in, bytes out; the
//! CLI writes files and the language server can offer the same edit.

use crate::catalog::Lang;
use crate::config::Settings;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::language;
use crate::normalize::fold;

use crate::catalog::RuleInfo;
use crate::rules::disclaimer::{employee, personal_opinion, third_party};

static OPINION: &RuleInfo = &personal_opinion::RULE;
static THIRD_PARTY: &RuleInfo = &third_party::RULE;
static EMPLOYEE: &RuleInfo = &employee::RULE;

/// The default statements; each is recognised by its own rule, so running
/// `fix` twice changes nothing the second time.
pub fn opinion_statement(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "Dit bericht geeft mijn persoonlijke mening weer en staat los van de officiële standpunten van de school."
        }
        Lang::En => "The views in this post are my own and not those of the school.",
    }
}

pub fn third_party_statement(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Ik ben niet verantwoordelijk voor de inhoud en reacties van derden.",
        Lang::En => "I am not responsible for content or reactions by third parties.",
    }
}

/// "Ik werk bij het Coenecoop College." A Dutch school name takes "het"
/// unless it starts with an article ("Het Baken", "De Rank") or is already
/// a phrase with a determiner ("deze school").
pub fn employee_statement(lang: Lang, school: &str) -> String {
    let first = school
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let has_article = ["het", "de", "'t", "deze", "this", "the"].contains(&first.as_str());
    match lang {
        Lang::Nl if has_article => format!("Ik werk bij {school}."),
        Lang::Nl => format!("Ik werk bij het {school}."),
        Lang::En => format!("I work at {school}."),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum FixError {
    /// The file is not valid UTF-8: rewriting it would lose bytes.
    InvalidUtf8,
}

/// The paragraph to add for these findings, if any.
pub fn statement(
    doc: &Document,
    diagnostics: &[Diagnostic],
    settings: &Settings,
) -> Option<String> {
    let has = |rule: &RuleInfo| diagnostics.iter().any(|d| std::ptr::eq(d.rule, rule));
    let lang = doc
        .front_matter
        .lang
        .unwrap_or_else(|| language::detect(doc.prose()));
    let mut parts: Vec<String> = Vec::new();
    if has(OPINION) || has(THIRD_PARTY) {
        match &settings.disclaimer_text {
            Some(text) if !text.trim().is_empty() => parts.push(text.trim().to_string()),
            _ => {
                if has(OPINION) {
                    parts.push(opinion_statement(lang).into());
                }
                if has(THIRD_PARTY) {
                    parts.push(third_party_statement(lang).into());
                }
            }
        }
    }
    if let Some(d) = diagnostics.iter().find(|d| std::ptr::eq(d.rule, EMPLOYEE)) {
        let school = school_name(&d.matched, settings).unwrap_or(match lang {
            Lang::Nl => "deze school",
            Lang::En => "this school",
        });
        parts.push(employee_statement(lang, school));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The configured school a mention refers to ("#scalacollege" → "Scala College").
fn school_name<'a>(mention: &str, settings: &'a Settings) -> Option<&'a str> {
    let m: String = fold(mention)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    settings
        .school_names
        .iter()
        .map(String::as_str)
        .find(|name| {
            fold(name)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| t.len() >= 4 && !["college", "school", "lyceum"].contains(t))
                .any(|t| m.contains(t))
        })
}

/// The whole file with `paragraph` added at the end, keeping the BOM and
/// the file's line endings; `Ok(None)` when there is nothing to add.
pub fn apply(doc: &Document, paragraph: Option<&str>) -> Result<Option<Vec<u8>>, FixError> {
    let Some(paragraph) = paragraph else {
        return Ok(None);
    };
    if !doc.invalid.is_empty() {
        return Err(FixError::InvalidUtf8);
    }
    let text = doc.text();
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(text.len() + paragraph.len() + 8);
    out.push_str(text);
    if text.ends_with('\n') {
        // End on exactly one blank line before the new paragraph.
        if !text.trim_end_matches(['\r', '\n']).is_empty()
            && !text.ends_with(&format!("{eol}{eol}"))
        {
            out.push_str(eol);
        }
        out.push_str(paragraph);
        out.push_str(eol);
    } else {
        if !text.is_empty() {
            out.push_str(eol);
            out.push_str(eol);
        }
        out.push_str(paragraph);
    }
    let mut bytes = Vec::with_capacity(out.len() + 3);
    if doc.has_bom() {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(out.as_bytes());
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Linter;

    fn fix(path: &str, bytes: &[u8]) -> Option<Vec<u8>> {
        fix_with(Settings::default(), path, bytes)
    }

    fn fix_with(settings: Settings, path: &str, bytes: &[u8]) -> Option<Vec<u8>> {
        let doc = Document::from_bytes(path, bytes);
        let linter = Linter::new(settings.clone());
        let diags = linter.lint(&doc);
        apply(&doc, statement(&doc, &diags, &settings).as_deref()).unwrap()
    }

    fn twice(path: &str, bytes: &[u8]) -> Vec<u8> {
        let once = fix(path, bytes).expect("a first fix");
        assert_eq!(
            fix(path, &once),
            None,
            "second fix changed {:?}",
            String::from_utf8_lossy(&once)
        );
        once
    }

    #[test]
    fn adds_both_statements_in_dutch_and_is_idempotent() {
        let out = twice("a.txt", b"Open dag op het Scala College!\n");
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "Open dag op het Scala College!\n\nDit bericht geeft mijn persoonlijke mening weer en staat los van de officiële standpunten van de school. Ik ben niet verantwoordelijk voor de inhoud en reacties van derden.\n"
        );
    }

    #[test]
    fn the_employee_line_is_grammatical() {
        assert_eq!(
            employee_statement(Lang::Nl, "Coenecoop College"),
            "Ik werk bij het Coenecoop College."
        );
        assert_eq!(
            employee_statement(Lang::Nl, "Het Baken"),
            "Ik werk bij Het Baken."
        );
        assert_eq!(
            employee_statement(Lang::Nl, "De Rank"),
            "Ik werk bij De Rank."
        );
        assert_eq!(
            employee_statement(Lang::Nl, "deze school"),
            "Ik werk bij deze school."
        );
        assert_eq!(
            employee_statement(Lang::En, "Coenecoop College"),
            "I work at Coenecoop College."
        );
    }

    #[test]
    fn english_post_gets_english_statements() {
        let out = twice(
            "a.txt",
            b"Great evening at Coenecoop College with the choir.",
        );
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with("with the choir.\n\nThe views in this post are my own and not those of the school. I am not responsible for content or reactions by third parties."));
    }

    #[test]
    fn only_the_missing_statement_and_the_employee_line() {
        let src =
            "@krant Dat klopt niet, het Scala heeft geen wachtlijst. Op persoonlijke titel.\n";
        let text = String::from_utf8(twice("a.txt", src.as_bytes())).unwrap();
        assert!(text.ends_with("titel.\n\nIk ben niet verantwoordelijk voor de inhoud en reacties van derden. Ik werk bij het Scala College.\n"), "{text}");
    }

    #[test]
    fn keeps_bom_and_crlf() {
        let out = twice(
            "a.txt",
            b"\xEF\xBB\xBFOpen dag op het Coenecoop!\r\nKom langs.\r\n",
        );
        assert!(out.starts_with(b"\xEF\xBB\xBFOpen dag"));
        let text = String::from_utf8(out[3..].to_vec()).unwrap();
        assert!(text.contains("Kom langs.\r\n\r\nDit bericht"));
        assert!(text.ends_with("derden.\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn front_matter_language_and_configured_text() {
        let src = b"---\nlang: en\n---\nOpen dag op het Scala College!\n";
        assert!(
            String::from_utf8(twice("a.md", src))
                .unwrap()
                .contains("The views in this post are my own")
        );
        let settings = Settings {
            disclaimer_text: Some("Alles op eigen houtje.".into()),
            ..Settings::default()
        };
        let out = fix_with(settings.clone(), "a.txt", b"Open dag op het Scala College!").unwrap();
        assert!(
            String::from_utf8(out.clone())
                .unwrap()
                .ends_with("College!\n\nAlles op eigen houtje.")
        );
        assert_eq!(fix_with(settings, "a.txt", &out), None);
    }

    #[test]
    fn nothing_to_do() {
        assert_eq!(fix("a.txt", b"Lekker weer vandaag."), None);
        let official = b"---\naccount: official\n---\nOpen dag op het Scala College!\n";
        assert_eq!(fix("a.md", official), None);
    }

    #[test]
    fn refuses_invalid_utf8() {
        let doc = Document::from_bytes("a.txt", b"Scala College caf\xe9");
        assert_eq!(apply(&doc, Some("x")), Err(FixError::InvalidUtf8));
    }
}
