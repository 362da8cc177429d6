//! Disclaimer rules on whole drafts: which of personal-opinion (O),
//! third-party (T) and employee (E) fire. Written apart from the eval
//! sample, to check wordings, word order, near misses and account kinds.

use postlint::{Document, Linter, Settings};

const CASES: &[(&str, &str)] = &[
    // Mentions without any statement.
    ("Zaterdag open dag op het Scala College, kom langs!", "OT"),
    ("Trots op onze leerlingen van het scala-college 🏆", "OT"),
    ("Nieuwe kantine bij #ScalaCollege is echt top.", "OT"),
    (
        "Gefeliciteerd @CoenecoopCollege met het 50-jarig bestaan!",
        "OT",
    ),
    ("Meer info op www.coenecoop.nl/open-dag", "OT"),
    (
        "Vandaag de eerste les gegeven op het Coenecop, wat een warm welkom.",
        "OT",
    ),
    ("Fijne werkdag gehad bij Scala vandaag.", "OT"),
    (
        "Excited to start teaching physics at Coenecoop College next week!",
        "OT",
    ),
    // Both statements present, in many wordings.
    (
        "Open dag op het Scala College! Dit zijn mijn persoonlijke opvattingen; reacties van derden zijn voor hun eigen rekening.",
        "",
    ),
    (
        "Wat een musical op het Coenecoop! Op eigen titel. Ik ben niet verantwoordelijk voor wat anderen hieronder schrijven.",
        "",
    ),
    (
        "Alle meningen zijn van mijzelf. Voor de reacties onder dit bericht ben ik niet verantwoordelijk. Sportdag bij Scala College!",
        "",
    ),
    (
        "Sportdag #scalacollege 🏃\n\n— Persoonlijk account. Meningen zijn niet die van de school. RT's zijn geen endorsement.",
        "",
    ),
    (
        "Coenecoop College robotics team won! Opinions are mine alone; I can't be held responsible for comments.",
        "",
    ),
    (
        "Scala College choir tonight. Not the views of my employer. Retweets ≠ endorsements.",
        "",
    ),
    (
        "Mooie diploma-uitreiking op het Scala.\n\nIk spreek alleen voor mezelf en sta niet in voor reacties van derden.",
        "",
    ),
    // Only one of the two.
    (
        "Op persoonlijke titel: het nieuwe rooster van het Scala College is een verbetering.",
        "T",
    ),
    (
        "Views are my own. Lovely concert at Coenecoop College.",
        "T",
    ),
    (
        "Niet verantwoordelijk voor reacties van derden. Kerstmarkt op het Coenecoop!",
        "O",
    ),
    (
        "Reageerders zijn zelf verantwoordelijk voor hun reacties. Open avond Scala College.",
        "O",
    ),
    // Merely an opinion is not a disclaimer.
    (
        "Mijn mening: het Scala College heeft de beste sectie wiskunde van de regio.",
        "OT",
    ),
    (
        "Naar mijn mening is het Coenecoop College een fijne school.",
        "OT",
    ),
    (
        "Eigen mening? Die heb ik. Het Scala verdient een nieuwe aula.",
        "OT",
    ),
    (
        "Ik ben verantwoordelijk voor de reacties op mijn lessen, niet de school. Scala College rocks.",
        "OT",
    ),
    // Discussions without the employee statement.
    (
        "@ouderraad Dat is echt onzin, het Scala College heeft gewoon een gymzaal. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "E",
    ),
    (
        "Naar aanleiding van de berichten over het Coenecoop: de school blijft open. Mijn eigen mening; niet verantwoordelijk voor reacties van derden.",
        "E",
    ),
    (
        "Ik las in de krant dat het Scala stopt met tweetalig onderwijs. Klopt niks van. Op persoonlijke titel, niet verantwoordelijk voor reacties van anderen.",
        "E",
    ),
    (
        "Replying to @dad_of_three: Coenecoop College does have a lift. Views my own; not responsible for replies.",
        "E",
    ),
    // Discussions with the employee statement.
    (
        "@ouderraad Ik geef zelf les op het Scala en dat klopt niet. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "",
    ),
    (
        "Reactie op het artikel over het Coenecoop: ik werk er zelf en herken het niet. Mijn eigen mening, niet verantwoordelijk voor reacties van anderen.",
        "",
    ),
    (
        "@dad_of_three I teach at Coenecoop College: there is a lift. Views my own; not responsible for replies.",
        "",
    ),
    (
        "Docent Nederlands @ Scala College | Ter verduidelijking: de toetsweek blijft. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "",
    ),
    // Not the school.
    ("Een scala aan mogelijkheden op de studiedag.", ""),
    ("Het hele scala van emoties kwam voorbij.", ""),
    ("Vanavond naar La Scala, Tosca!", ""),
    ("We programmeren in Scala en Haskell bij informatica.", ""),
    ("De coöperatie van de boeren gaat uitbreiden.", ""),
    ("Alle collega's van het college van bestuur waren er.", ""),
    // Official accounts are exempt.
    (
        "---\naccount: official\n---\nOpen dag op het Scala College!",
        "",
    ),
    (
        "---\naccount: officieel\n---\n@ouder Dat klopt niet, het Coenecoop blijft open.",
        "",
    ),
];

fn fired(text: &str) -> String {
    let path = if text.starts_with("---") {
        "post.md"
    } else {
        "post.txt"
    };
    let doc = Document::from_bytes(path, text.as_bytes());
    let mut out = String::new();
    for d in Linter::new(Settings::default()).lint(&doc) {
        let code = match d.rule.id {
            "disclaimer/personal-opinion" => 'O',
            "disclaimer/third-party" => 'T',
            "disclaimer/employee" => 'E',
            _ => continue,
        };
        if !out.contains(code) {
            out.push(code);
        }
    }
    let mut chars: Vec<char> = out.chars().collect();
    chars.sort_by_key(|c| "OTE".find(*c));
    chars.into_iter().collect()
}

#[test]
fn disclaimer_table() {
    let mut wrong = Vec::new();
    for (text, want) in CASES {
        let got = fired(text);
        if got != *want {
            wrong.push(format!("want {want:?} got {got:?}: {text:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn another_schools_config_works_the_same() {
    let s = Settings::from_toml(
        "[school]\nnames = [\"Het Baken\"]\naliases = [\"#hetbaken\", \"hetbaken.nl\"]\n",
        std::path::Path::new("postlint.toml"),
    )
    .unwrap();
    let lint = |t: &str| {
        Linter::new(s.clone())
            .lint(&Document::from_bytes("p.txt", t.as_bytes()))
            .len()
    };
    assert_eq!(lint("Open dag op Het Baken!"), 2);
    assert_eq!(lint("Open dag, zie hetbaken.nl"), 2);
    assert_eq!(lint("Open dag op het Scala College!"), 0);
    assert_eq!(
        lint(
            "Open dag op Het Baken! Op persoonlijke titel, niet verantwoordelijk voor reacties van derden."
        ),
        0
    );
}
