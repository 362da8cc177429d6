//! Drives `postlint lsp` as an editor does, over real stdio JSON-RPC:
//! initialize with and without UTF-8, open, change, save, code actions,
//! shutdown and exit; diagnostics' ranges on lines with emoji and accents.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_postlint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Client {
            child,
            stdin,
            stdout,
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn recv(&mut self) -> Value {
        let mut len = 0;
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "server closed the stream"
            );
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                len = v.parse().unwrap();
            }
        }
        let mut body = vec![0; len];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let msg = self.recv();
            if msg["id"] == json!(id) {
                return msg;
            }
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next publishDiagnostics for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let msg = self.recv();
            if msg["method"] == "textDocument/publishDiagnostics" && msg["params"]["uri"] == uri {
                return msg["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    fn initialize(&mut self, encodings: Value) -> Value {
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {"general": {"positionEncodings": encodings}}}),
        );
        self.notify("initialized", json!({}));
        r
    }

    fn finish(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r["error"].is_null(), "{r}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "server exit {status}");
    }
}

fn find<'a>(diags: &'a [Value], code: &str) -> &'a Value {
    diags
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diags:#?}"))
}

fn range(d: &Value) -> (u64, u64, u64, u64) {
    let r = &d["range"];
    let n = |v: &Value| v.as_u64().unwrap();
    (
        n(&r["start"]["line"]),
        n(&r["start"]["character"]),
        n(&r["end"]["line"]),
        n(&r["end"]["character"]),
    )
}

const TEXT: &str = "Café 😀 kut!\nOpen avond op het Scala College, BSN 123456782.\n";

#[test]
fn utf8_session_with_edits_save_and_code_actions() {
    let dir = tempfile::tempdir().unwrap();
    let uri = format!("file://{}/concept.md", dir.path().display());
    let mut c = Client::start();
    let init = c.initialize(json!(["utf-8", "utf-16"]));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(init["result"]["serverInfo"]["name"], "postlint");

    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": TEXT}}),
    );
    let diags = c.diagnostics(&uri);
    let curse = find(&diags, "decency/profanity");
    // "Café " is 6 bytes, the emoji 4, the space 1.
    assert_eq!(range(curse), (0, 11, 0, 14));
    assert_eq!(curse["source"], "postlint");
    assert_eq!(curse["severity"], 1);
    assert!(
        curse["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules/decency/profanity.md")
    );
    assert!(curse["message"].as_str().unwrap().contains("A.7"));
    let bsn = find(&diags, "privacy/bsn");
    assert_eq!(range(bsn), (1, 37, 1, 46));
    assert!(!bsn["message"].as_str().unwrap().contains("123456782"));
    find(&diags, "disclaimer/personal-opinion");

    // Replace "kut" by "leuk" (incremental, in UTF-8 units).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 11}, "end": {"line": 0, "character": 14}}, "text": "leuk"}
        ]}),
    );
    let diags = c.diagnostics(&uri);
    assert!(
        diags.iter().all(|d| d["code"] != "decency/profanity"),
        "{diags:#?}"
    );

    // Nonsense positions must not crash the server.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 99, "character": 5}, "end": {"line": 0, "character": 999}}, "text": ""}
        ]}),
    );
    c.diagnostics(&uri);

    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}, "text": TEXT}),
    );
    let diags = c.diagnostics(&uri);
    find(&diags, "decency/profanity");

    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}},
               "context": {"diagnostics": diags}}),
    );
    let actions = actions["result"].as_array().unwrap().clone();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Disclaimer toevoegen"), "{titles:?}");
    assert!(titles.contains(&"Waarde maskeren"), "{titles:?}");
    assert!(
        titles
            .iter()
            .any(|t| t.contains("decency/profanity uitschakelen")),
        "{titles:?}"
    );
    let add = actions
        .iter()
        .find(|a| a["title"] == "Disclaimer toevoegen")
        .unwrap();
    let edit = &add["edit"]["changes"][&uri][0];
    assert_eq!(edit["range"]["start"]["line"], 2);
    assert!(
        edit["newText"]
            .as_str()
            .unwrap()
            .contains("niet verantwoordelijk voor de inhoud en reacties van derden")
    );
    let mask = actions
        .iter()
        .find(|a| a["title"] == "Waarde maskeren")
        .unwrap();
    // The same placeholder as `postlint redact`: no part of the value.
    assert_eq!(mask["edit"]["changes"][&uri][0]["newText"], "[BSN]");
    c.finish();
}

#[test]
fn utf16_session_and_config_reload() {
    let dir = tempfile::tempdir().unwrap();
    let uri = format!("file://{}/post.txt", dir.path().display());
    let mut c = Client::start();
    let init = c.initialize(json!(["utf-16"]));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    c.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": TEXT}}));
    let diags = c.diagnostics(&uri);
    // "Café " is 5 UTF-16 units, the emoji 2, the space 1.
    assert_eq!(range(find(&diags, "decency/profanity")), (0, 8, 0, 11));
    assert_eq!(range(find(&diags, "privacy/bsn")), (1, 37, 1, 46));

    // A new postlint.toml switches decency off once the client says it changed.
    std::fs::write(
        dir.path().join("postlint.toml"),
        "[rules]\ndecency = \"off\"\n",
    )
    .unwrap();
    let config_uri = format!("file://{}/postlint.toml", dir.path().display());
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 1}]}),
    );
    let diags = c.diagnostics(&uri);
    assert!(
        diags.iter().all(|d| d["code"] != "decency/profanity"),
        "{diags:#?}"
    );
    assert!(diags.iter().any(|d| d["code"] == "privacy/bsn"));

    let unknown = c.request("textDocument/hover", json!({}));
    assert!(unknown["error"].is_object());
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(c.diagnostics(&uri).is_empty());
    c.finish();
}

#[test]
fn lsp_messages_carry_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let uri = format!("file://{}/lek.md", dir.path().display());
    let text = "Noor Bakker uit 4H: BSN 123456782, mail noor.bakker@gmail.com, bel 06-48213377, \
                IBAN NL91 ABNA 0417 1643 00, wachtwoord Welkom2025!\n";
    let mut c = Client::start();
    c.initialize(json!(["utf-16"]));
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let diags = c.diagnostics(&uri);
    assert!(diags.len() >= 6, "{diags:#?}");
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}},
               "context": {"diagnostics": diags}}),
    );
    let all = format!("{} {}", Value::Array(diags), actions);
    for secret in [
        "123456782",
        "noor.bakker@gmail.com",
        "06-48213377",
        "0417 1643",
        "Welkom2025",
        "Noor Bakker",
    ] {
        assert!(!all.contains(secret), "LSP output contains {secret}");
    }
    c.finish();
}
