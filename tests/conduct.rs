//! conduct/* on whole drafts, written apart from the eval sample: private
//! contact (P), friends (F) and group apps (G), with their near misses.

use postlint::{Document, Linter, Settings};

const CASES: &[(&str, &str)] = &[
    (
        "Brugklassers, twijfel je over je rooster? Stuur me een appje!",
        "P",
    ),
    (
        "Klas 2B: je kunt me vanavond altijd bellen als je vastloopt met het werkstuk.",
        "P",
    ),
    (
        "Leerlingen die nog vragen hebben over de excursie: snap me maar even.",
        "P",
    ),
    (
        "Examenkandidaten, DM me als je hulp wilt bij je scriptie.",
        "P",
    ),
    ("Hey 5V, whatsapp me gerust als je iets niet snapt.", "P"),
    (
        "Mentorleerlingen: voeg me even toe op Instagram, dan zien jullie de foto's van de reis.",
        "F",
    ),
    (
        "Leuk dat zoveel leerlingen me een vriendschapsverzoek sturen! Ik heb ze allemaal geaccepteerd.",
        "F",
    ),
    ("Year 12s: feel free to add me on Instagram.", "F"),
    (
        "Ik zit sinds gisteren in de groepsapp van mijn mentorklas, wat een berichten!",
        "G",
    ),
    ("3C heeft me uitgenodigd in hun klassenapp 😂", "G"),
    (
        "Ik maak morgen een groepsapp voor 4B aan, dan kan iedereen daar vragen stellen.",
        "G",
    ),
    (
        "Students in my tutor group added me to their group chat.",
        "G",
    ),
    // Near misses.
    (
        "Collega's, app me even als jullie de sleutel van lokaal 12 vinden.",
        "",
    ),
    (
        "Ouders, bel gerust de administratie voor vragen over de ouderbijdrage.",
        "",
    ),
    (
        "Leerlingen, stel je vragen via de ELO of mail de schoolmail van je mentor.",
        "",
    ),
    (
        "Leerlingen kunnen mijn vakaccount @juf_aardrijkskunde volgen voor uitleg.",
        "",
    ),
    (
        "Ik heb een groepsapp voor 2A gemaakt: berichten versturen uitsluitend door beheerder.",
        "",
    ),
    (
        "Groepsapp voor 3D staat klaar, alleen beheerders kunnen berichten sturen.",
        "",
    ),
    ("Onze sectie-app ontploft weer, collega's toch.", ""),
    ("Stuur me een DM voor de kookclub van het personeel!", ""),
    ("My colleagues can DM me about the timetable.", ""),
];

fn fired(text: &str) -> String {
    let doc = Document::from_bytes("post.txt", text.as_bytes());
    let mut out: Vec<char> = Vec::new();
    for d in Linter::new(Settings::default()).lint(&doc) {
        let c = match d.rule.id {
            "conduct/private-contact" => 'P',
            "conduct/pupil-friends" => 'F',
            "conduct/group-app" => 'G',
            _ => continue,
        };
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| "PFG".find(*c));
    out.into_iter().collect()
}

#[test]
fn conduct_table() {
    let wrong: Vec<String> = CASES
        .iter()
        .filter_map(|(text, want)| {
            let got = fired(text);
            (got != *want).then(|| format!("want {want:?} got {got:?}: {text:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}
