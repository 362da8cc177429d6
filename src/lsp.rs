//! `postlint lsp`: a language server on standard input and output.
//!
//! Diagnostics on open, change and save; quick fixes (add the disclaimer,
//! mask a personal-data value, disable the rule for the next line in
//! Markdown); UTF-8 positions when the client offers them, else UTF-16.
//! Every position from the client is clamped to the text, so no edit
//! sequence can crash the server. The config is found per document and
//! re-read when `postlint.toml` changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CodeDescription, Diagnostic as LspDiagnostic, DiagnosticSeverity,
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, InitializeParams, InitializeResult, NumberOrString, Position,
    PositionEncodingKind, PublishDiagnosticsParams, Range, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::Value;

use crate::config::{self, Settings};
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::linter::Linter;
use crate::{fix, mask};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// Units of `s` in `enc`.
fn units(s: &str, enc: Encoding) -> u32 {
    let n = match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.encode_utf16().count(),
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Byte offsets where each line starts; `\n`, `\r\n` and `\r` end lines.
fn line_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut starts = vec![0];
    for i in 0..b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// Byte offset of a client position, clamped into the text and onto a
/// character boundary.
pub fn offset_at(text: &str, pos: Position, enc: Encoding) -> usize {
    let starts = line_starts(text);
    let Some(&start) = starts.get(pos.line as usize) else {
        return text.len();
    };
    let end = starts
        .get(pos.line as usize + 1)
        .copied()
        .unwrap_or(text.len());
    let line = text[start..end].trim_end_matches(['\n', '\r']);
    let mut used = 0u32;
    for (i, c) in line.char_indices() {
        let w = match enc {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
        };
        if used + w > pos.character {
            return start + i;
        }
        used += w;
    }
    start + line.len()
}

/// Client position of a byte offset (on a character boundary).
pub fn position_at(text: &str, offset: usize, enc: Encoding) -> Position {
    let offset = offset.min(text.len());
    let starts = line_starts(text);
    let line = starts.partition_point(|&s| s <= offset) - 1;
    Position {
        line: line as u32,
        character: units(&text[starts[line]..offset], enc),
    }
}

struct Linters {
    /// By config path (`None`: defaults), with the modification time read.
    cache: HashMap<Option<PathBuf>, (Option<SystemTime>, Arc<Linter>)>,
}

fn mtime(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

impl Linters {
    /// The linter for a document in `dir`, re-reading a changed config; a
    /// broken config is reported and the defaults are used meanwhile.
    fn for_dir(&mut self, dir: Option<&Path>, problems: &mut Vec<String>) -> Arc<Linter> {
        let key = dir.and_then(config::discover);
        let stamp = key.as_deref().and_then(mtime);
        if let Some((seen, linter)) = self.cache.get(&key)
            && *seen == stamp
        {
            return linter.clone();
        }
        let settings = match &key {
            Some(p) => Settings::load(p).unwrap_or_else(|e| {
                problems.push(format!("postlint: ongeldige configuratie {e}"));
                Settings::default()
            }),
            None => Settings::default(),
        };
        let linter = Arc::new(Linter::new(settings));
        self.cache.insert(key, (stamp, linter.clone()));
        linter
    }
}

struct OpenDoc {
    text: String,
}

struct Server<'a> {
    conn: &'a Connection,
    enc: Encoding,
    docs: HashMap<String, OpenDoc>,
    linters: Linters,
}

/// The file path of a `file:` URI, percent-decoded.
fn uri_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&rest[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8_lossy(&out).into_owned()))
}

fn params<T: serde::de::DeserializeOwned>(v: Value) -> Option<T> {
    serde_json::from_value(v).ok()
}

impl Server<'_> {
    fn notify(&self, method: &str, params: impl serde::Serialize) {
        let params = serde_json::to_value(params).unwrap_or(Value::Null);
        let _ = self.conn.sender.send(Message::Notification(Notification {
            method: method.into(),
            params,
        }));
    }

    fn show(&self, message: &str) {
        self.notify(
            "window/showMessage",
            serde_json::json!({"type": 2, "message": message}),
        );
    }

    fn lint(&mut self, uri: &str) -> Option<(Document, Vec<Diagnostic>, Arc<Linter>)> {
        let text = &self.docs.get(uri)?.text;
        let path = uri_path(uri);
        let name = path
            .as_ref()
            .map_or_else(|| uri.to_string(), |p| p.to_string_lossy().into_owned());
        let doc = Document::from_bytes(name, text.as_bytes());
        let mut problems = Vec::new();
        let linter = self
            .linters
            .for_dir(path.as_deref().and_then(Path::parent), &mut problems);
        for p in problems {
            self.show(&p);
        }
        let diags = linter.lint(&doc);
        Some((doc, diags, linter))
    }

    fn to_lsp(&self, doc: &Document, d: &Diagnostic, linter: &Linter) -> LspDiagnostic {
        let text = doc.text();
        let range = Range {
            start: position_at(text, d.text_span.start, self.enc),
            end: position_at(text, d.text_span.end, self.enc),
        };
        let articles = if d.rule.articles.is_empty() {
            String::new()
        } else {
            format!(" (protocol {})", d.rule.articles.join(", "))
        };
        LspDiagnostic {
            range,
            severity: Some(match d.severity {
                crate::Severity::Error => DiagnosticSeverity::ERROR,
                crate::Severity::Warning => DiagnosticSeverity::WARNING,
            }),
            code: Some(NumberOrString::String(d.rule.id.to_string())),
            code_description: crate::output::sarif::help_uri(d.rule)
                .parse::<Uri>()
                .ok()
                .map(|href| CodeDescription { href }),
            source: Some("postlint".into()),
            message: format!("{}{articles}", d.message(linter.settings().lang)),
            ..LspDiagnostic::default()
        }
    }

    fn publish(&mut self, uri: &str) {
        let Some((doc, diags, linter)) = self.lint(uri) else {
            return;
        };
        let Ok(parsed) = uri.parse::<Uri>() else {
            return;
        };
        let diagnostics = diags
            .iter()
            .map(|d| self.to_lsp(&doc, d, &linter))
            .collect();
        self.notify(
            "textDocument/publishDiagnostics",
            PublishDiagnosticsParams {
                uri: parsed,
                diagnostics,
                version: None,
            },
        );
    }

    fn relint_all(&mut self) {
        self.linters.cache.clear();
        let uris: Vec<String> = self.docs.keys().cloned().collect();
        for u in uris {
            self.publish(&u);
        }
    }

    fn on_notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Some(p) = params::<DidOpenTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    self.docs.insert(
                        uri.clone(),
                        OpenDoc {
                            text: p.text_document.text,
                        },
                    );
                    self.publish(&uri);
                }
            }
            "textDocument/didChange" => {
                if let Some(p) = params::<DidChangeTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    let enc = self.enc;
                    if let Some(doc) = self.docs.get_mut(&uri) {
                        for change in p.content_changes {
                            match change.range {
                                Some(r) => {
                                    let start = offset_at(&doc.text, r.start, enc);
                                    let end = offset_at(&doc.text, r.end, enc).max(start);
                                    doc.text.replace_range(start..end, &change.text);
                                }
                                None => doc.text = change.text,
                            }
                        }
                        self.publish(&uri);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Some(p) = params::<DidSaveTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    if uri.ends_with(config::FILE_NAME) {
                        self.relint_all();
                    } else {
                        if let (Some(text), Some(doc)) = (p.text, self.docs.get_mut(&uri)) {
                            doc.text = text;
                        }
                        self.publish(&uri);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Some(p) = params::<DidCloseTextDocumentParams>(n.params) {
                    self.docs.remove(p.text_document.uri.as_str());
                    self.notify(
                        "textDocument/publishDiagnostics",
                        PublishDiagnosticsParams {
                            uri: p.text_document.uri,
                            diagnostics: Vec::new(),
                            version: None,
                        },
                    );
                }
            }
            "workspace/didChangeWatchedFiles" | "workspace/didChangeConfiguration" => {
                self.relint_all()
            }
            _ => {}
        }
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = p.text_document.uri.as_str().to_string();
        let Some((doc, diags, linter)) = self.lint(&uri) else {
            return Vec::new();
        };
        let text = doc.text();
        let enc = self.enc;
        let wanted = |d: &Diagnostic| {
            let r = Range {
                start: position_at(text, d.text_span.start, enc),
                end: position_at(text, d.text_span.end, enc),
            };
            r.start.line <= p.range.end.line && r.end.line >= p.range.start.line
        };
        let edit = |range: Range, new_text: String| {
            // lsp-types' own map type; the URI key is never mutated.
            #[allow(clippy::mutable_key_type)]
            let mut changes = HashMap::new();
            changes.insert(
                p.text_document.uri.clone(),
                vec![TextEdit { range, new_text }],
            );
            Some(WorkspaceEdit {
                changes: Some(changes),
                ..WorkspaceEdit::default()
            })
        };
        let mut out = Vec::new();
        let nl = linter.settings().lang == crate::Lang::Nl;
        let disclaimer: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| d.rule.family() == "disclaimer" && wanted(d))
            .collect();
        if !disclaimer.is_empty() {
            let paragraph = fix::statement(&doc, &diags, linter.settings());
            if let Ok(Some(bytes)) = fix::apply(&doc, paragraph.as_deref()) {
                let new = String::from_utf8_lossy(if doc.has_bom() { &bytes[3..] } else { &bytes })
                    .into_owned();
                let end = position_at(text, text.len(), enc);
                out.push(CodeAction {
                    title: if nl {
                        "Disclaimer toevoegen".into()
                    } else {
                        "Add disclaimer".into()
                    },
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(
                        disclaimer
                            .iter()
                            .map(|d| self.to_lsp(&doc, d, &linter))
                            .collect(),
                    ),
                    edit: edit(
                        Range { start: end, end },
                        new.get(text.len()..).unwrap_or_default().to_string(),
                    ),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                });
            }
        }
        for d in diags.iter().filter(|d| wanted(d)) {
            let range = Range {
                start: position_at(text, d.text_span.start, enc),
                end: position_at(text, d.text_span.end, enc),
            };
            if d.rule.personal_data {
                out.push(CodeAction {
                    title: if nl {
                        "Waarde maskeren".into()
                    } else {
                        "Mask the value".into()
                    },
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![self.to_lsp(&doc, d, &linter)]),
                    edit: edit(range, mask::excerpt(d.rule, &d.matched, false)),
                    ..CodeAction::default()
                });
            }
            if doc.kind == crate::SourceKind::Markdown && !d.rule.is_input() {
                let line_start = Position {
                    line: range.start.line,
                    character: 0,
                };
                let at = offset_at(text, line_start, enc);
                let indent: String = text[at..]
                    .chars()
                    .take_while(|c| *c == ' ' || *c == '\t')
                    .collect();
                let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
                out.push(CodeAction {
                    title: if nl {
                        format!("{} uitschakelen voor de volgende regel", d.rule.id)
                    } else {
                        format!("Disable {} for the next line", d.rule.id)
                    },
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![self.to_lsp(&doc, d, &linter)]),
                    edit: edit(
                        Range {
                            start: line_start,
                            end: line_start,
                        },
                        format!(
                            "{indent}<!-- postlint-disable-next-line {} -->{eol}",
                            d.rule.id
                        ),
                    ),
                    ..CodeAction::default()
                });
            }
        }
        out.into_iter()
            .map(CodeActionOrCommand::CodeAction)
            .collect()
    }

    fn on_request(&mut self, req: Request) {
        let Request {
            id,
            method,
            params: raw,
        } = req;
        let response = match method.as_str() {
            "textDocument/codeAction" => match params::<CodeActionParams>(raw) {
                Some(p) => ok(id, self.code_actions(p)),
                None => err(id, ErrorCode::InvalidParams, "invalid codeAction params"),
            },
            _ => err(
                id,
                ErrorCode::MethodNotFound,
                &format!("unsupported method {method}"),
            ),
        };
        let _ = self.conn.sender.send(Message::Response(response));
    }
}

fn ok(id: RequestId, result: impl serde::Serialize) -> Response {
    Response::new_ok(id, serde_json::to_value(result).unwrap_or(Value::Null))
}

fn err(id: RequestId, code: ErrorCode, message: &str) -> Response {
    Response::new_err(id, code as i32, message.to_string())
}

fn negotiate(init: &InitializeParams) -> Encoding {
    let offered = init
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    if offered.is_some_and(|list| list.contains(&PositionEncodingKind::UTF8)) {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

fn serve(conn: &Connection) -> Result<(), String> {
    let (id, raw) = conn.initialize_start().map_err(|e| e.to_string())?;
    let init: InitializeParams = serde_json::from_value(raw).map_err(|e| e.to_string())?;
    let enc = negotiate(&init);
    let result = InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(match enc {
                Encoding::Utf8 => PositionEncodingKind::UTF8,
                Encoding::Utf16 => PositionEncodingKind::UTF16,
            }),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
            ..ServerCapabilities::default()
        },
        server_info: Some(ServerInfo {
            name: "postlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| e.to_string())?;
    conn.initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        conn,
        enc,
        docs: HashMap::new(),
        linters: Linters {
            cache: HashMap::new(),
        },
    };
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) => {
                if conn.handle_shutdown(&req).map_err(|e| e.to_string())? {
                    return Ok(());
                }
                server.on_request(req);
            }
            Message::Notification(n) => server.on_notification(n),
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// Run the server until the client says `exit`; the exit status.
pub fn run() -> i32 {
    let (conn, io) = Connection::stdio();
    let served = serve(&conn);
    drop(conn);
    let joined = io.join();
    match (served, joined) {
        (Ok(()), Ok(())) => 0,
        (Err(e), _) => {
            eprintln!("postlint lsp: {e}");
            1
        }
        (_, Err(e)) => {
            eprintln!("postlint lsp: {e}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_both_encodings() {
        let text = "Café 😀 kut\r\nb";
        let k = text.find("kut").unwrap();
        assert_eq!(
            position_at(text, k, Encoding::Utf8),
            Position {
                line: 0,
                character: 11
            }
        );
        assert_eq!(
            position_at(text, k, Encoding::Utf16),
            Position {
                line: 0,
                character: 8
            }
        );
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 0,
                    character: 8
                },
                Encoding::Utf16
            ),
            k
        );
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 1,
                    character: 0
                },
                Encoding::Utf8
            ),
            text.len() - 1
        );
    }

    #[test]
    fn client_positions_are_clamped() {
        let text = "a😀b\nc";
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 9,
                    character: 0
                },
                Encoding::Utf8
            ),
            text.len()
        );
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 0,
                    character: 99
                },
                Encoding::Utf16
            ),
            6
        );
        // Inside the emoji: back to its start.
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 0,
                    character: 2
                },
                Encoding::Utf16
            ),
            1
        );
        assert_eq!(
            offset_at(
                text,
                Position {
                    line: 0,
                    character: 3
                },
                Encoding::Utf8
            ),
            1
        );
    }

    #[test]
    fn file_uris() {
        assert_eq!(
            uri_path("file:///tmp/a%20b/post.md"),
            Some(PathBuf::from("/tmp/a b/post.md"))
        );
        assert_eq!(uri_path("untitled:Untitled-1"), None);
    }
}
