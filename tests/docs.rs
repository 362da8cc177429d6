//! `docs/rules/` is generated from the catalog; this test fails when a page
//! is stale. Regenerate with `POSTLINT_BLESS=1 cargo test --test docs`.

use std::path::PathBuf;

use postlint::catalog::{rule_page, rules_index};
use postlint::rules::RULES;

#[test]
fn rule_pages_are_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let bless = std::env::var_os("POSTLINT_BLESS").is_some();
    let mut pages = vec![(root.join("README.md"), rules_index(RULES))];
    pages.extend(
        RULES
            .iter()
            .map(|r| (root.join(format!("{}.md", r.id)), rule_page(r))),
    );
    let mut stale = Vec::new();
    for (path, want) in pages {
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, want).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule pages (POSTLINT_BLESS=1 cargo test --test docs): {stale:#?}"
    );
}
