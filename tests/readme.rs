//! The README's rule table says what the catalog and the detectors say.

use postlint::Settings;
use postlint::rules::RULES;
use postlint::rules::detectors;

#[test]
fn rule_table_matches_catalog_and_detectors() {
    let readme = include_str!("../README.md");
    let built: Vec<&str> = detectors(&Settings::default())
        .iter()
        .flat_map(|d| RULES.iter().filter(move |r| r.family() == d.family()))
        .map(|r| r.id)
        .collect();
    for rule in RULES.iter().filter(|r| !r.is_input()) {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", rule.id)))
            .unwrap_or_else(|| panic!("README has no row for {}", rule.id));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(cells[2], rule.severity.as_str(), "{}", rule.id);
        assert_eq!(cells[3], rule.articles.join(", "), "{}", rule.id);
        let says_built = cells[5] == "yes";
        assert_eq!(
            says_built,
            built.contains(&rule.id),
            "{}: README says built={says_built}",
            rule.id
        );
    }
}
