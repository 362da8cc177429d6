//! `postlint fix --write` on real files: exact bytes, permissions kept,
//! idempotent, and nothing changed when it cannot be done safely.

use std::fs;
use std::path::Path;
use std::process::Command;

fn postlint(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_postlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run postlint");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn write_keeps_bom_crlf_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let original = b"\xEF\xBB\xBFOpen avond op het Scala College!\r\nKom langs.\r\n";
    fs::write(dir.path().join("post.txt"), original).unwrap();

    let (code, stdout, _) = postlint(dir.path(), &["fix", "post.txt"]);
    assert_eq!(code, 1, "a diff is pending");
    assert!(
        stdout.contains("+Dit bericht geeft mijn persoonlijke mening weer"),
        "{stdout}"
    );
    assert_eq!(
        fs::read(dir.path().join("post.txt")).unwrap(),
        original,
        "diff mode must not write"
    );

    let (code, _, stderr) = postlint(dir.path(), &["fix", "--write", "post.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let written = fs::read(dir.path().join("post.txt")).unwrap();
    let mut expected = original.to_vec();
    expected.extend_from_slice(
        "\r\nDit bericht geeft mijn persoonlijke mening weer en staat los van de officiële standpunten van de school. \
         Ik ben niet verantwoordelijk voor de inhoud en reacties van derden.\r\n"
            .as_bytes(),
    );
    assert_eq!(
        String::from_utf8_lossy(&written),
        String::from_utf8_lossy(&expected)
    );

    let (code, stdout, _) = postlint(dir.path(), &["fix", "--write", "post.txt"]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    assert_eq!(
        fs::read(dir.path().join("post.txt")).unwrap(),
        expected,
        "second run changed the file"
    );
    let (code, _, _) = postlint(dir.path(), &["check", "post.txt"]);
    assert_eq!(code, 0);
    let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "temporary files left behind");
}

#[cfg(unix)]
#[test]
fn write_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("post.md");
    fs::write(&file, "Open dag op het Coenecoop!\n").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, stderr) = postlint(dir.path(), &["fix", "--write", "post.md"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("niet verantwoordelijk")
    );
}

#[cfg(unix)]
#[test]
fn refuses_symlinks_and_invalid_utf8_without_touching_them() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("echt.txt");
    fs::write(&target, "Open dag op het Scala College!").unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("link.txt")).unwrap();
    let (code, _, stderr) = postlint(dir.path(), &["fix", "--write", "link.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("link.txt"), "{stderr}");
    assert_eq!(
        fs::read_to_string(&target).unwrap(),
        "Open dag op het Scala College!"
    );

    let latin1 = dir.path().join("latin1.txt");
    fs::write(&latin1, b"Caf\xe9 bij het Scala College").unwrap();
    let (code, _, stderr) = postlint(dir.path(), &["fix", "--write", "latin1.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert_eq!(fs::read(&latin1).unwrap(), b"Caf\xe9 bij het Scala College");
}

#[test]
fn diff_masks_personal_data_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("p.txt"),
        "Scala College: mail jan.jansen@example.nl\n",
    )
    .unwrap();
    let (_, stdout, _) = postlint(dir.path(), &["fix", "p.txt"]);
    assert!(!stdout.contains("jan.jansen"), "{stdout}");
    assert!(stdout.contains("•••@•••.nl"));
    let (_, stdout, _) = postlint(dir.path(), &["fix", "--show-matches", "p.txt"]);
    assert!(stdout.contains("jan.jansen@example.nl"));
}
