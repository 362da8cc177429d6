//! `privacy/*`: personal and confidential data (protocol A.2, C.1).
//!
//! Each scanner looks at a lower-cased haystack and returns byte ranges in
//! it. The family runs every scanner on the normalised prose and on Markdown
//! `mailto:`/`tel:` link targets, which are published too.

mod bsn;
mod email;
mod iban;

use std::ops::Range;

use super::{Context, Detector};
use crate::config::Settings;
use crate::diagnostic::Finding;

pub use bsn::Bsn;
pub use email::Email;
pub use iban::Iban;

pub trait Scanner: Send + Sync {
    const RULE: &'static str;
    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>);
}

struct Run<S: Scanner>(S);

impl<S: Scanner> Detector for Run<S> {
    fn rules(&self) -> &'static [&'static str] {
        std::slice::from_ref(&S::RULE)
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut found = Vec::new();
        let norm = cx.doc.normalized();
        self.0.scan(&norm.text, &mut found);
        for r in found.drain(..) {
            out.push(Finding::new(S::RULE, norm.source_range(cx.doc.prose(), r)));
        }
        for link in &cx.doc.structure.links {
            let url = link.url.to_ascii_lowercase();
            if url.starts_with("mailto:") || url.starts_with("tel:") {
                let target = cx.doc.text()[link.range.clone()].to_ascii_lowercase();
                self.0.scan(&target, &mut found);
                for r in found.drain(..) {
                    out.push(Finding::new(
                        S::RULE,
                        r.start + link.range.start..r.end + link.range.start,
                    ));
                }
            }
        }
    }
}

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    out.push(Box::new(Run(Bsn)));
    out.push(Box::new(Run(Iban)));
    out.push(Box::new(Run(Email::new(&settings.allow_emails))));
}
