//! `--format github`: GitHub Actions workflow commands, which show up as
//! annotations on the pull request. Escaping as GitHub documents it: `%`,
//! CR and LF in the message; also `:` and `,` in properties.

use super::FileResult;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(results: &[FileResult]) -> String {
    let mut out = String::new();
    for f in results {
        for d in &f.diagnostics {
            let kind = match d.severity {
                crate::catalog::Severity::Error => "error",
                crate::catalog::Severity::Warning => "warning",
            };
            out.push_str(&format!(
                "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_property(&f.path),
                d.start.line,
                d.start.column,
                d.end.line,
                d.end.column,
                escape_property(&format!("postlint {}", d.rule.id)),
                escape_data(&format!(
                    "{} (protocol {})",
                    d.message(f.lang),
                    d.rule.articles.join(", ")
                ))
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_github_documents() {
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
