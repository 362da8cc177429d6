//! Evasion table: indecent words in their disguises, and the innocent
//! look-alikes that must stay quiet. Each row: the draft, and the decency
//! rule that must fire ("" for none).

use postlint::{Document, Linter, Settings};

const P: &str = "decency/profanity";
const S: &str = "decency/sexual";
const I: &str = "decency/insult";
const D: &str = "decency/discrimination";
const T: &str = "decency/threat";
const H: &str = "decency/harassment";

const ROWS: &[(&str, &str)] = &[
    // kanker: plain, case, compounds, leet, stretched, spaced, invisible, look-alike, fullwidth
    ("Kanker, wat een dag.", P),
    ("KANKER zeg", P),
    ("wat een kankerweer", P),
    ("kankerzooi op het werk", P),
    ("k@nker dit", P),
    ("k4nker weer", P),
    ("kank3r", P),
    ("kankerrrrr", P),
    ("kaaaanker", P),
    ("k a n k e r", P),
    ("k.a.n.k.e.r", P),
    ("k-a-n-k-e-r", P),
    ("kan\u{200B}ker", P),
    ("kan\u{00AD}ker", P),
    ("kan\u{2060}ker", P),
    ("kаnker", P), // Cyrillic а
    ("kanкer", P), // Cyrillic к
    ("ｋａｎｋｅｒ", P),
    ("𝐤𝐚𝐧𝐤𝐞𝐫", P),
    ("Kánkér!", P),
    ("kankerhard gewerkt", P),
    ("k@nkerbeamer", P),
    // other curses
    ("Tering, weer file.", P),
    ("teringzooi", P),
    ("Krijg de tyfus", P),
    ("tyfusweer", P),
    ("Krijg de klere", P),
    ("klerewijf", P),
    ("kolere zeg", P),
    ("pokkeweer", P),
    ("Krijg de pleuris", P),
    ("Kut!", P),
    ("kuuuut", P),
    ("kutbeamer", P),
    ("kùtprinter", P),
    ("k*t", P),
    ("klotedag", P),
    ("kl0te", P),
    ("Godverdomme", P),
    ("g0dverdomme", P),
    ("GVD wat druk", P),
    ("verdomme", P),
    ("shit", P),
    ("sh*t", P),
    ("$hit", P),
    ("sh1t", P),
    ("shiiiit", P),
    ("fuck", P),
    ("f*ck", P),
    ("fvck", ""), // v for u is a letter swap: not read (would turn Dutch words into slurs)
    ("fucking druk", P),
    ("clusterfuck", P),
    ("Jezus christus, wat een dag", P),
    ("This is bullshit.", P),
    // sexual
    ("Wat een geile actie", S),
    ("g31l", S),
    ("Iemand tekende een lul op het bord", S),
    ("Lekker kontje", S),
    ("MILF-alert", S),
    ("neuken", S),
    ("pornofilm", S),
    ("Who drew a dick on the sign?", S),
    ("Those boobs again.", S),
    // insults
    ("Wat een sukkel", I),
    ("sukkels allemaal", I),
    ("suuukkel", I),
    ("een 1d10ot", I),
    ("idioot", I),
    ("klootzak", I),
    ("kl00tzak", I),
    ("kankerlijer", I),
    ("k@nkerlijer", I),
    ("teringlijer", I),
    ("kutwijf", I),
    ("Die vader was echt een eikel.", I),
    ("een prutser", I),
    ("debiel", I),
    ("hufter", I),
    ("He is a complete moron.", I),
    ("What an idiot.", I),
    // discrimination
    ("Die flikkers van hiernaast", D),
    ("Wat een mongool", D),
    ("spleetogen", D),
    ("That guy is a retard.", D),
    ("makakken", D),
    ("neger", D),
    ("Moslims zijn ongedierte.", D),
    // threats and harassment
    ("Ik maak je af.", T),
    ("Ik ga je afmaken", T),
    ("ik weet waar je woont", T),
    ("Ik weet precies waar je woont", T),
    ("Die moet je een klap geven", T),
    ("I'll break his neck", T),
    ("Vluchtelingen moeten allemaal dood.", T),
    ("Iedereen moet weten wat voor iemand zij is.", H),
    ("Laten we haar allemaal bestoken met berichten.", H),
    ("Zet hem aan de schandpaal.", H),
    ("Hier is haar adres.", H),
    // innocent look-alikes
    ("Hoera, vakantie!", ""),
    ("pikante saus", ""),
    ("kankeronderzoek", ""),
    ("KWF Kankerbestrijding", ""),
    ("Mijn tante heeft kanker.", ""),
    ("Hij overleed aan kanker.", ""),
    ("borstkanker", ""),
    ("buiktyfus komt weinig voor", ""),
    ("Week tegen Pesten", ""),
    ("de pest in 1348", ""),
    ("kleren in de kast", ""),
    ("pokkenvaccin", ""),
    ("therapist", ""),
    ("Scunthorpe", ""),
    ("assassin", ""),
    ("sukkeldrafje", ""),
    ("eikels en kastanjes", ""),
    ("negeren", ""),
    ("homogeen mengsel", ""),
    ("Mongolië", ""),
    ("een Mongool uit Mongolië", ""),
    ("het licht flikkert", ""),
    ("Dick Bruna", ""),
    ("Verdorie, jeetje", ""),
    ("gaat", ""),
    ("kijken", ""),
    ("kunt", ""),
    ("die bent hoe hel pot", ""),
    ("homo's en lesbiennes", ""),
    ("moslims vieren het Suikerfeest", ""),
    ("transgender leerlingen", ""),
    ("joodse feestdagen", ""),
    ("gehandicapt parkeren", ""),
    ("Deze deadline gaat me vermoorden", ""),
    ("We gaan ze inmaken in de finale", ""),
    ("2024 1337 4 3 1", ""),
    ("Jezus en de Samaritaanse vrouw", ""),
    ("Привет, мир", ""),
    ("godvergeten oord", ""),
    ("Kutsch", ""),
];

fn first_decency(text: &str) -> &'static str {
    let doc = Document::from_bytes("post.txt", text.as_bytes());
    Linter::new(Settings::default())
        .lint(&doc)
        .into_iter()
        .find(|d| d.rule.family() == "decency")
        .map_or("", |d| d.rule.id)
}

#[test]
fn evasion_table() {
    assert!(ROWS.len() >= 100);
    let wrong: Vec<String> = ROWS
        .iter()
        .filter_map(|(text, want)| {
            let got = first_decency(text);
            (got != *want).then(|| format!("want {want:?} got {got:?}: {text:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} rows wrong:\n{}",
        wrong.len(),
        ROWS.len(),
        wrong.join("\n")
    );
}

#[test]
fn findings_point_at_the_original_and_name_the_disguise() {
    let text = "Wat een k@n\u{200B}kerweer.";
    let doc = Document::from_bytes("post.txt", text.as_bytes());
    let d = Linter::new(Settings::default()).lint(&doc);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].matched, "k@n\u{200B}kerweer");
    assert_eq!(
        &text.as_bytes()[d[0].span.clone()],
        "k@n\u{200B}kerweer".as_bytes()
    );
    let msg = d[0].message(postlint::Lang::Nl);
    assert!(msg.contains("‘kanker’"), "{msg}");
    assert!(
        msg.contains("cijfers of tekens voor letters") && msg.contains("onzichtbare tekens"),
        "{msg}"
    );
    let spaced = Document::from_bytes("p.txt", "k a n k e r".as_bytes());
    let d = Linter::new(Settings::default()).lint(&spaced);
    assert_eq!(d[0].span, 0..11);
    assert!(d[0].message(postlint::Lang::En).contains("spaced letters"));
}

#[test]
fn allowed_words_and_suppression() {
    let s = Settings::from_toml(
        "[allow]\nwords = [\"verdomme\"]\n",
        std::path::Path::new("postlint.toml"),
    )
    .unwrap();
    let doc = Document::from_bytes("p.txt", "Verdomme, vol.".as_bytes());
    assert!(Linter::new(s).lint(&doc).is_empty());
    let md = "<!-- postlint-disable-next-line decency -->\nKut.\n";
    assert!(
        Linter::new(Settings::default())
            .lint(&Document::from_bytes("p.md", md.as_bytes()))
            .is_empty()
    );
}
