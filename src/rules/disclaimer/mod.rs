//! `disclaimer/*`: protocol C.4, U.8, B.1 and C.3 for posts on a personal
//! account that mention the school.

mod discussion;
pub mod employee;
pub mod personal_opinion;
mod school;
mod statements;
pub mod third_party;

use crate::catalog::RuleInfo;
use crate::diagnostic::Finding;
use crate::frontmatter::Account;
use crate::normalize::fold;
use crate::rules::context::{Context, Detector};
use crate::settings::Settings;

pub use discussion::{has_employee_statement, joins_discussion};
pub use school::SchoolMatcher;
pub use statements::{has_opinion_statement, has_third_party_statement, statements};

const OPINION: &RuleInfo = &personal_opinion::RULE;
const THIRD_PARTY: &RuleInfo = &third_party::RULE;
const EMPLOYEE: &RuleInfo = &employee::RULE;

/// Reports a missing C.4 statement at the first mention of the school.
pub struct Disclaimers {
    school: SchoolMatcher,
    /// Extra accepted wordings from `[disclaimer] phrases`, folded, with the
    /// statements each counts as: (opinion, third party).
    phrases: Vec<(String, bool, bool)>,
    /// Distinctive words of the school names, which a statement may deny
    /// speaking for ("niet namens het Scala").
    school_words: Vec<String>,
}

impl Disclaimers {
    pub fn new(settings: &Settings) -> Disclaimers {
        // The configured disclaimer text is accepted too, so `fix` is idempotent.
        let phrases = settings
            .disclaimer_phrases
            .iter()
            .chain(&settings.disclaimer_text)
            .map(|p| fold(p.trim()))
            .filter(|p| !p.is_empty())
            .map(|p| {
                // A phrase that is recognisably one statement counts as that
                // one; anything else the team wrote counts as both.
                let (o, t) = (has_opinion_statement(&p), has_third_party_statement(&p));
                let both = !o && !t;
                (p, o || both, t || both)
            })
            .collect();
        let school = SchoolMatcher::new(&settings.school_names, &settings.school_aliases);
        Disclaimers {
            school_words: school.distinctive_words(),
            school,
            phrases,
        }
    }
}

impl Detector for Disclaimers {
    fn family(&self) -> &'static str {
        "disclaimer"
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.account == Account::Official {
            return;
        }
        let doc = cx.doc;
        let norm = doc.normalized();
        let to_source = |r| norm.source_range(doc.prose(), r);
        let mention = self
            .school
            .first(&norm.text, doc.prose(), to_source)
            .map(to_source)
            .or_else(|| {
                // A link to the school's site is a mention too.
                doc.structure.links.iter().find_map(|link| {
                    let target = &doc.text()[link.range.clone()];
                    let folded = target.to_ascii_lowercase();
                    let r = self.school.first(&folded, target, |r| r)?;
                    Some(r.start + link.range.start..r.end + link.range.start)
                })
            });
        let Some(mention) = mention else { return };
        let text = &norm.text;
        let phrase = |want_opinion: bool| {
            self.phrases
                .iter()
                .any(|(p, o, t)| (if want_opinion { *o } else { *t }) && text.contains(p.as_str()))
        };
        let said = statements(text, &self.school_words);
        if !said.opinion && !phrase(true) {
            out.push(Finding::new(OPINION, mention.clone()));
        }
        if !said.third_party && !phrase(false) {
            out.push(Finding::new(THIRD_PARTY, mention.clone()));
        }
        if joins_discussion(text) && !has_employee_statement(text) {
            out.push(Finding::new(EMPLOYEE, mention));
        }
    }
}

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    out.push(Box::new(Disclaimers::new(settings)));
}
