//! `--format line`: `path:line:column: severity[rule] message`, one finding
//! a line, for editors' error parsers (Vim's errorformat `%f:%l:%c: %m`,
//! Emacs compile mode) and grep-like pipelines. Severity words stay English
//! so parsers can read them in every message language.

use super::FileResult;

pub fn render(results: &[FileResult]) -> String {
    let mut out = String::new();
    for f in results {
        for d in &f.diagnostics {
            let msg = d.message(f.lang).replace(['\n', '\r'], " ");
            out.push_str(&format!(
                "{}:{}:{}: {}[{}] {}\n",
                f.path,
                d.start.line,
                d.start.column,
                d.severity.as_str(),
                d.rule.id,
                msg
            ));
        }
    }
    out
}
