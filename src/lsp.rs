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
use crate::lines::{ColumnUnit, LineIndex};
use crate::linter::{ConfigSource, Linter, LinterCache, Overrides};
use crate::{fix, mask};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    fn unit(self) -> ColumnUnit {
        match self {
            Encoding::Utf8 => ColumnUnit::Byte,
            Encoding::Utf16 => ColumnUnit::Utf16,
        }
    }
}

/// Byte offset of a client position in `text`, whose lines are `lines`,
/// clamped into the text and onto a character boundary.
pub fn offset_in(lines: &LineIndex, text: &str, pos: Position, enc: Encoding) -> usize {
    lines.offset_of(text, pos.line as usize, pos.character as usize, enc.unit())
}

/// Client position of a byte offset of `text`, whose lines are `lines`.
pub fn position_in(lines: &LineIndex, text: &str, offset: usize, enc: Encoding) -> Position {
    let (line, character) = lines.line_column(text, offset, enc.unit());
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    Position {
        line: n(line),
        character: n(character),
    }
}

/// [`offset_in`] for a text whose lines are not indexed yet.
pub fn offset_at(text: &str, pos: Position, enc: Encoding) -> usize {
    offset_in(&LineIndex::new(text), text, pos, enc)
}

/// [`position_in`] for a text whose lines are not indexed yet.
pub fn position_at(text: &str, offset: usize, enc: Encoding) -> Position {
    position_in(&LineIndex::new(text), text, offset, enc)
}

struct OpenDoc {
    text: String,
}

struct Server<'a> {
    conn: &'a Connection,
    enc: Encoding,
    docs: HashMap<String, OpenDoc>,
    linters: LinterCache,
    /// The linter of a document whose config file is broken (the problem
    /// is shown once per version of the file).
    defaults: Option<Arc<Linter>>,
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
        let lookup = self.linters.for_dir(path.as_deref().and_then(Path::parent));
        let linter = match lookup.linter {
            Ok(linter) => linter,
            Err(e) => {
                if lookup.fresh {
                    self.show(&format!("postlint: ongeldige configuratie {e}"));
                }
                self.defaults
                    .get_or_insert_with(|| Arc::new(Linter::new(Settings::default())))
                    .clone()
            }
        };
        let diags = linter.lint(&doc);
        Some((doc, diags, linter))
    }

    fn to_lsp(&self, doc: &Document, d: &Diagnostic, linter: &Linter) -> LspDiagnostic {
        let text = doc.text();
        let range = Range {
            start: position_in(&doc.lines, text, d.text_span.start, self.enc),
            end: position_in(&doc.lines, text, d.text_span.end, self.enc),
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
        self.linters.clear();
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
                                    let lines = LineIndex::new(&doc.text);
                                    let at = |p| offset_in(&lines, &doc.text, p, enc);
                                    let (start, end) = (at(r.start), at(r.end));
                                    let end = end.max(start);
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
                start: position_in(&doc.lines, text, d.text_span.start, enc),
                end: position_in(&doc.lines, text, d.text_span.end, enc),
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
        let lang = linter.settings().lang;
        let disclaimer: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| d.rule.family() == "disclaimer" && wanted(d))
            .collect();
        if !disclaimer.is_empty() {
            let paragraph = fix::statement(&doc, &diags, linter.settings());
            if let Ok(Some(bytes)) = fix::apply(&doc, paragraph.as_deref()) {
                let new = String::from_utf8_lossy(if doc.has_bom() { &bytes[3..] } else { &bytes })
                    .into_owned();
                let end = position_in(&doc.lines, text, text.len(), enc);
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
                start: position_in(&doc.lines, text, d.text_span.start, enc),
                end: position_in(&doc.lines, text, d.text_span.end, enc),
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
                    // What `postlint redact` writes: no part of the value.
                    edit: edit(range, mask::placeholder(d.rule, lang).to_string()),
                    ..CodeAction::default()
                });
            }
            if doc.kind == crate::SourceKind::Markdown && !d.rule.is_input() {
                let line_start = Position {
                    line: range.start.line,
                    character: 0,
                };
                let at = offset_in(&doc.lines, text, line_start, enc);
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
        // Each document's config, found upward from its folder and re-read
        // when it changes.
        linters: LinterCache::new(
            ConfigSource::Discover { fallback: None },
            Overrides::default(),
            true,
        ),
        defaults: None,
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
