//! Problems with the input itself (invalid UTF-8, unknown front matter,
//! unknown rules in suppression comments): reported by the linter, the
//! front matter and the suppression comments, never switched off.

pub mod encoding;
pub mod front_matter;
pub mod suppression;
