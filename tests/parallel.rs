//! Linting on several threads gives exactly what one thread gives, files in
//! the order they were named or walked.

use std::process::Command;

fn check(threads: &str) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_postlint"))
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "--threads",
            threads,
        ])
        .args([
            "fixtures",
            "tests/data/corpus/nl-ud-alpino.txt",
            "fixtures/zomer.txt",
        ])
        .output()
        .unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

#[test]
fn threads_change_nothing_but_speed() {
    let (one, status) = check("1");
    assert_eq!(status, Some(2), "fixtures/latin1.txt is not UTF-8");
    for n in ["2", "3", "0"] {
        assert_eq!(check(n), (one.clone(), status), "--threads {n}");
    }
    let json: serde_json::Value = serde_json::from_str(&one).unwrap();
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.len() >= 10, "{paths:?}");
    assert_eq!(
        paths.last(),
        Some(&"fixtures/zomer.txt"),
        "named order kept"
    );
    let walked = &paths[..paths.len() - 2];
    assert!(
        walked.windows(2).all(|w| w[0] < w[1]),
        "walk order: {walked:?}"
    );
}
