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
    // Statements in free wordings, English, before the body, in emphasis
    // or a footnote.
    (
        "Opinions mine, not my employer's. Replies are the repliers' own responsibility. Great maths night at Scala College!",
        "",
    ),
    (
        "Wat ik post is van mij; mijn werkgever staat erbuiten. Wat anderen hieronder schrijven valt buiten mijn verantwoordelijkheid.\n\nKerstconcert op het Coenecoop 🎄",
        "",
    ),
    (
        "Alles hier op eigen titel, en voor reacties van volgers sta ik niet in. Projectweek op het Scala!",
        "",
    ),
    (
        "Sportdag op het Scala College 🏃\n\n*Privéaccount, meningen zijn van mij. Reacties van anderen zijn voor hun rekening.*",
        "",
    ),
    (
        "Mooie voorstelling op het Coenecoop.[^1]\n\n[^1]: Persoonlijke mening; niet aansprakelijk voor comments.",
        "",
    ),
    (
        "Views are my own and RTs are not endorsements. Proud of the Scala College debate team!",
        "",
    ),
    // A statement negated, quoted or asked is not made.
    (
        "Dit is echt geen persoonlijke mening van mij, dit zijn gewoon feiten: het Scala College heeft de beste examenresultaten. Niet verantwoordelijk voor reacties van derden.",
        "O",
    ),
    (
        "'Meningen zijn mijn eigen', zet iedereen eronder. Ik niet: het Coenecoop is top! Reacties van derden zijn voor eigen rekening.",
        "O",
    ),
    (
        "Het Scala College doet mee aan de landelijke actie. Persoonlijke mening? Reacties van anderen zijn hun verantwoordelijkheid?",
        "OT",
    ),
    // Discussions by what the post does, without the employee statement.
    (
        "Aan iedereen die klaagt over het nieuwe toetsrooster van het Scala: het werkt prima. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "E",
    ),
    (
        "> Het Coenecoop doet niks tegen pesten\n\nKlopt niet, er is een pestcoördinator en een protocol. Eigen mening; niet verantwoordelijk voor reacties van anderen.",
        "E",
    ),
    (
        "Er gaan geruchten dat het Scala College gaat fuseren. Voor alle duidelijkheid: dat is niet zo. Op eigen titel; reacties van derden voor hun rekening.",
        "E",
    ),
    (
        "In defence of Coenecoop College: the phone ban was voted on by parents. Views my own, not responsible for replies.",
        "E",
    ),
    (
        "Ik zie in de dorpsgroep veel gemopper over het Scala, maar ik vind de nieuwe fietsenstalling een goede keuze. Persoonlijke mening; niet verantwoordelijk voor reacties.",
        "E",
    ),
    (
        "Aan iedereen die klaagt over het nieuwe toetsrooster van het Scala: ik geef er zelf les en het werkt. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "",
    ),
    // Information, policy and tables join no discussion.
    (
        "Naar aanleiding van uw bezoek aan de website van het Scala College plaatsen wij cookies. Op persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "",
    ),
    (
        "| Datum | Onderwerp | Plaats |\n|---|---|---|\n| 3 mei | Debat over de nieuwbouw | Aula Coenecoop College |\n\nOp persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
        "",
    ),
    // Not the school.
    ("Eindelijk de nieuwe Škoda Scala opgehaald, ruimte zat.", ""),
    (
        "Met de CKV-klas een opname van Verdi in de Scala in Milaan bekeken.",
        "",
    ),
    ("Teatro alla Scala staat op mijn lijstje.", ""),
    // The ordinary-word alias as the school.
    (
        "Morgen is het zover: 40 jaar Scala! Feest in de aula.",
        "OT",
    ),
    ("Ons Scala-team won de docentenquiz 🧠", "OT"),
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
        "[school]\nnames = [\"Het Baken\"]\naliases = [\"Baken\", \"#hetbaken\", \"hetbaken.nl\"]\n",
        std::path::Path::new("postlint.toml"),
    )
    .unwrap();
    let lint = |t: &str| {
        Linter::new(s.clone())
            .lint(&Document::from_bytes("p.txt", t.as_bytes()))
            .len()
    };
    assert_eq!(lint("Open dag op Het Baken!"), 2);
    // An alias that is an ordinary word counts only as the school.
    assert_eq!(lint("Het baken van de haven staat weer recht."), 0);
    assert_eq!(lint("Een baken van rust in een drukke week."), 0);
    assert_eq!(lint("Open dag, zie hetbaken.nl"), 2);
    assert_eq!(lint("Open dag op het Scala College!"), 0);
    assert_eq!(
        lint(
            "Open dag op Het Baken! Op persoonlijke titel, niet verantwoordelijk voor reacties van derden."
        ),
        0
    );
}
