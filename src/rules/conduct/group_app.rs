//! `conduct/group-app`: Joining a pupil-run group app, or a group app in which everyone can post.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`] (group-app patterns).

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "conduct/group-app",
    severity: Severity::Warning,
    articles: &["B.6", "C.7"],
    scope: Scope::Document,
    personal_data: false,
    summary: t!(
        "Deelnemen aan een groepsapp van leerlingen, of een groepsapp waarin iedereen kan posten.",
        "Joining a pupil-run group app, or a group app in which everyone can post."
    ),
    why: t!(
        "Medewerkers nemen geen deel aan groepsapps van leerlingen; een eigen groepsapp staat op “berichten versturen uitsluitend door beheerder”.",
        "Staff do not join pupil-run group apps; their own group app is set to admin-only messages."
    ),
    message: t!(
        "Groepsapp met leerlingen die niet op “alleen beheerders” staat.",
        "Group app with pupils that is not admin-only."
    ),
    help: t!(
        "Zet de groep op “berichten versturen uitsluitend door beheerder” of gebruik de schoolkanalen.",
        "Set the group to admin-only messages or use the school's channels."
    ),
    bad: "Ik heb een groepsapp gemaakt voor 3B, iedereen kan erin posten.",
    good: "Ik heb een groepsapp voor 3B gemaakt; alleen beheerders kunnen berichten sturen.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};
