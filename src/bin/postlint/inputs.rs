//! Finding, reading and linting the inputs: files, walked folders and
//! standard input, on every core when there are several.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use postlint::catalog::Lang;
use postlint::document::{Document, Source, SourceKind};
use postlint::frontmatter::Account;
use postlint::linter::{ConfigSource, Linter, LinterCache, Overrides};
use postlint::output::FileResult;

use crate::args::{AccountArg, LangArg};
use crate::{CLEAN, TROUBLE, say};

pub enum Input {
    Stdin,
    File {
        path: PathBuf,
        walked: bool,
    },
    /// A file already read (on another thread): whether it was a regular
    /// file, and its bytes.
    Read {
        path: PathBuf,
        walked: bool,
        regular: bool,
        bytes: std::io::Result<Source>,
    },
}

impl Input {
    /// Do the reading of a file input now; anything else is kept as it is.
    pub fn prefetch(self) -> Input {
        match self {
            Input::File { path, walked } => {
                // A FIFO or device would block or never end: only regular files.
                let regular = !std::fs::metadata(&path).is_ok_and(|m| !m.is_file());
                let bytes = if regular {
                    Source::of_file(&path)
                } else {
                    Ok(Source::Read(Vec::new()))
                };
                Input::Read {
                    path,
                    walked,
                    regular,
                    bytes,
                }
            }
            other => other,
        }
    }
}

/// An input's bytes with the linter that applies to it, not yet decoded.
pub struct Pending {
    pub display: String,
    pub path: Option<PathBuf>,
    pub bytes: Source,
    pub linter: Arc<Linter>,
}

impl Pending {
    pub fn into_loaded(self) -> Loaded {
        let kind = SourceKind::from_path(&self.display);
        Loaded {
            doc: Document::from_source(self.display.clone(), kind, self.bytes),
            display: self.display,
            path: self.path,
            linter: self.linter,
        }
    }
}

/// A read input with the linter that applies to it.
pub struct Loaded {
    pub display: String,
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    pub doc: Document,
    pub linter: Arc<Linter>,
}

/// What `check` and `fix` share: finding inputs, reading them, configs,
/// and the worst exit status met so far.
pub struct Session {
    pub lang: Lang,
    pub cwd: PathBuf,
    pub linters: LinterCache,
    pub stdin_filename: Option<String>,
    pub stdin_read: bool,
    pub reported_configs: std::collections::HashSet<PathBuf>,
    pub status: i32,
}

/// Options both `check` and `fix` take.
pub struct Common<'a> {
    pub lang: Option<LangArg>,
    pub account: Option<AccountArg>,
    pub config: &'a Option<PathBuf>,
    pub no_config: bool,
    pub select: &'a [String],
    pub ignore: &'a [String],
    pub stdin_filename: &'a Option<String>,
}

impl Session {
    pub fn new(c: Common<'_>) -> Result<Session, i32> {
        let lang = c.lang.map(Lang::from).unwrap_or_default();
        for sel in c.select.iter().chain(c.ignore) {
            if !postlint::rules::is_selector(sel) || sel.starts_with("input") {
                say(
                    lang,
                    &format!("onbekende regel `{sel}` (zie `postlint rules`)"),
                    &format!("unknown rule `{sel}` (see `postlint rules`)"),
                );
                return Err(TROUBLE);
            }
        }
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let fixed = if c.no_config {
            Some(None)
        } else {
            c.config.as_ref().map(|p| Some(p.clone()))
        };
        let overrides = Overrides {
            lang: c.lang.map(Lang::from),
            account: c.account.map(|a| match a {
                AccountArg::Personal => Account::Personal,
                AccountArg::Official => Account::Official,
            }),
            select: c.select.to_vec(),
            ignore: c.ignore.to_vec(),
        };
        let source = match fixed {
            Some(path) => ConfigSource::Fixed(path),
            // Upward from the file, then from the working directory.
            None => ConfigSource::Discover {
                fallback: Some(cwd.clone()),
            },
        };
        let linters = LinterCache::new(source, overrides, false);
        Ok(Session {
            lang,
            cwd,
            linters,
            stdin_filename: c.stdin_filename.clone(),
            stdin_read: false,
            reported_configs: Default::default(),
            status: CLEAN,
        })
    }

    pub fn trouble(&mut self, nl: &str, en: &str) {
        say(self.lang, nl, en);
        self.status = TROUBLE;
    }

    pub fn cannot_read(&mut self, path: &Path, e: &std::io::Error) {
        self.trouble(
            &format!(
                "kan `{}` niet lezen: {}",
                path.display(),
                io_reason(e, Lang::Nl)
            ),
            &format!(
                "cannot read `{}`: {}",
                path.display(),
                io_reason(e, Lang::En)
            ),
        );
    }

    /// The message language of the whole report: command line, else the
    /// config that applies to the working directory.
    pub fn report_lang(&mut self) -> Lang {
        match self.linters.overrides().lang {
            Some(l) => l,
            None => {
                let cwd = self.cwd.clone();
                self.linters
                    .for_dir(Some(&cwd))
                    .linter
                    .map(|l| l.settings().lang)
                    .unwrap_or_default()
            }
        }
    }

    pub fn inputs(&mut self, paths: &[OsString]) -> Vec<Input> {
        let mut inputs = Vec::new();
        if paths.is_empty() {
            inputs.push(Input::Stdin);
        }
        for p in paths {
            if p == "-" {
                inputs.push(Input::Stdin);
                continue;
            }
            let path = PathBuf::from(p);
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    let walked = walk(&path, &mut inputs, self.lang);
                    self.status = self.status.max(walked);
                }
                Ok(_) => inputs.push(Input::File {
                    path,
                    walked: false,
                }),
                Err(e) => self.cannot_read(&path, &e),
            }
        }
        inputs
    }

    /// Read and decode an input; `None` when it was skipped or failed
    /// (already reported).
    pub fn load(&mut self, input: Input) -> Option<Loaded> {
        self.read(input).map(Pending::into_loaded)
    }

    /// Read an input and find its linter; `None` when it was skipped or
    /// failed (already reported).
    pub fn read(&mut self, input: Input) -> Option<Pending> {
        let (display, path, bytes, dir) = match input {
            Input::Stdin => {
                if std::mem::replace(&mut self.stdin_read, true) {
                    return None;
                }
                let mut bytes = Vec::new();
                if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                    self.trouble(
                        &format!("kan standaardinvoer niet lezen: {e}"),
                        &format!("cannot read standard input: {e}"),
                    );
                    return None;
                }
                if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                    self.trouble(
                        "standaardinvoer is UTF-16; geef UTF-8",
                        "standard input is UTF-16; give UTF-8",
                    );
                    return None;
                }
                let name = self
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| "-".to_string());
                let dir = self
                    .stdin_filename
                    .as_ref()
                    .and_then(|n| self.cwd.join(n).parent().map(Path::to_path_buf))
                    .unwrap_or_else(|| self.cwd.clone());
                (name, None, Source::Read(bytes), dir)
            }
            input @ Input::File { .. } => return self.read(input.prefetch()),
            Input::Read {
                path,
                walked,
                regular,
                bytes,
            } => {
                if !regular {
                    self.trouble(
                        &format!("`{}` is geen gewoon bestand", path.display()),
                        &format!("`{}` is not a regular file", path.display()),
                    );
                    return None;
                }
                let bytes = match bytes {
                    Ok(b) => b,
                    Err(e) => {
                        self.cannot_read(&path, &e);
                        return None;
                    }
                };
                if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                    self.trouble(
                        &format!(
                            "`{}` is UTF-16; sla het op als UTF-8 en probeer opnieuw",
                            path.display()
                        ),
                        &format!(
                            "`{}` is UTF-16; save it as UTF-8 and try again",
                            path.display()
                        ),
                    );
                    return None;
                }
                if walked && bytes[..bytes.len().min(8192)].contains(&0) {
                    say(
                        self.lang,
                        &format!("`{}` overgeslagen: binair bestand", path.display()),
                        &format!("skipped `{}`: binary file", path.display()),
                    );
                    return None;
                }
                let abs = self.cwd.join(&path);
                let dir = abs
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| self.cwd.clone());
                (path.to_string_lossy().into_owned(), Some(path), bytes, dir)
            }
        };
        if bytes.len() > postlint::normalize::MAX_TEXT {
            self.trouble(
                &format!("`{display}` is te groot (2 GiB of meer); niet gecontroleerd"),
                &format!("`{display}` is too large (2 GiB or more); not checked"),
            );
            return None;
        }
        let linter = match self.linters.for_dir(Some(&dir)).linter {
            Ok(l) => l,
            Err(e) => {
                if self.reported_configs.insert(e.path.clone()) {
                    let shown = e
                        .path
                        .strip_prefix(&self.cwd)
                        .unwrap_or(&e.path)
                        .display()
                        .to_string();
                    say(
                        self.lang,
                        &format!("ongeldige configuratie in {shown}: {}", e.message),
                        &format!("invalid config in {shown}: {}", e.message),
                    );
                }
                self.status = TROUBLE;
                return None;
            }
        };
        Some(Pending {
            display,
            path,
            bytes,
            linter,
        })
    }
}

/// A pool of `threads` threads (0 or none: one per core) when there is
/// work for more than one, else `None`: one input (an editor's save) needs
/// no pool, and starting one would only add to the time the editor waits.
pub fn pool(inputs: usize, threads: Option<usize>) -> Option<rayon::ThreadPool> {
    let threads = threads.unwrap_or(0);
    if inputs < 2 || threads == 1 {
        return None;
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .ok()
}

/// Read every file input, on all cores when there are several; the order
/// of the inputs is kept.
pub fn prefetch_all(inputs: Vec<Input>, threads: Option<usize>) -> Vec<Input> {
    use rayon::prelude::*;
    match pool(inputs.len(), threads) {
        Some(pool) => pool.install(|| inputs.into_par_iter().map(Input::prefetch).collect()),
        None => inputs.into_iter().map(Input::prefetch).collect(),
    }
}

/// Decode and lint every input, in parallel when there are several.
pub fn lint_all(pending: Vec<Pending>, threads: Option<usize>) -> Vec<FileResult> {
    let one = |p: Pending| {
        let loaded = p.into_loaded();
        let diagnostics = loaded.linter.lint(&loaded.doc);
        FileResult {
            path: loaded.display,
            lang: loaded.linter.settings().lang,
            doc: loaded.doc,
            diagnostics,
        }
    };
    use rayon::prelude::*;
    match pool(pending.len(), threads) {
        Some(pool) => pool.install(|| pending.into_par_iter().map(one).collect()),
        None => pending.into_iter().map(one).collect(),
    }
}

pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind::*;
    match (e.kind(), lang) {
        (NotFound, Lang::Nl) => "bestand of map bestaat niet".into(),
        (NotFound, Lang::En) => "no such file or directory".into(),
        (PermissionDenied, Lang::Nl) => "geen leesrechten".into(),
        (PermissionDenied, Lang::En) => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Files under `dir` with a draft extension, sorted by path, honouring
/// `.gitignore` and `.ignore` (also outside a git repository).
pub fn walk(dir: &Path, inputs: &mut Vec<Input>, lang: Lang) -> i32 {
    let mut status = CLEAN;
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                let ext = e
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if matches!(ext.as_str(), "txt" | "md" | "markdown") {
                    inputs.push(Input::File {
                        path: e.into_path(),
                        walked: true,
                    });
                }
            }
            Ok(_) => {}
            Err(err) => {
                say(
                    lang,
                    &format!("fout bij het doorlopen van `{}`: {err}", dir.display()),
                    &format!("error walking `{}`: {err}", dir.display()),
                );
                status = TROUBLE;
            }
        }
    }
    status
}
