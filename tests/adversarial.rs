//! Hard to fool: personal data and indecent words in the disguises people
//! use to slip past a filter, each with the finding it must raise, and
//! innocent look-alikes that must raise none. Rows are built from values ×
//! disguises; the test checks there are at least 200.

use postlint::{Document, Linter, Settings};

type Disguise = fn(&str) -> String;

fn zero_width(s: &str) -> String {
    let mid = s
        .char_indices()
        .nth(s.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!("{}\u{200B}{}", &s[..mid], &s[mid..])
}
fn soft_hyphen(s: &str) -> String {
    let mid = s
        .char_indices()
        .nth(s.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!("{}\u{00AD}{}", &s[..mid], &s[mid..])
}
fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap()
            } else {
                c
            }
        })
        .collect()
}
fn grouped3(s: &str) -> String {
    format!("{} {} {}", &s[..3], &s[3..6], &s[6..])
}
fn dotted(s: &str) -> String {
    format!("{}.{}.{}", &s[..4], &s[4..6], &s[6..])
}
fn dashed3(s: &str) -> String {
    format!("{}-{}-{}", &s[..3], &s[3..6], &s[6..])
}
fn every_digit(s: &str) -> String {
    s.chars().map(String::from).collect::<Vec<_>>().join(" ")
}
fn plain(s: &str) -> String {
    s.to_string()
}

const BSNS: &[&str] = &[
    "123456782",
    "628194821",
    "111222333",
    "158813996",
    "245987639",
];
const BSN_DISGUISES: &[Disguise] = &[
    plain,
    grouped3,
    dotted,
    dashed3,
    every_digit,
    zero_width,
    soft_hyphen,
    fullwidth,
];

const EMAILS: &[(&str, &str, &str)] = &[
    ("jan.jansen", "gmail", "com"),
    ("noor", "hotmail", "nl"),
    ("m.devries", "ziggo", "nl"),
    ("piet", "school", "nl"),
];

fn email_forms(local: &str, domain: &str, tld: &str) -> Vec<String> {
    vec![
        format!("{local}@{domain}.{tld}"),
        format!("{local}@{domain}.{tld}").to_uppercase(),
        format!("{local} [at] {domain} [dot] {tld}"),
        format!("{local}(at){domain}.{tld}"),
        format!("{local} at {domain} dot {tld}"),
        format!("{local} apenstaartje {domain} punt {tld}"),
        zero_width(&format!("{local}@{domain}.{tld}")),
        format!("{local}＠{domain}.{tld}"),
    ]
}

const MOBILES: &[&str] = &["0612345678", "0648213377", "0623456789", "0687654321"];

fn phone_forms(n: &str) -> Vec<String> {
    let rest = &n[2..];
    let words: Vec<&str> = n
        .chars()
        .map(|c| {
            [
                "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
            ][c as usize - '0' as usize]
        })
        .collect();
    vec![
        n.to_string(),
        format!("06-{rest}"),
        format!(
            "06 {} {} {} {}",
            &rest[..2],
            &rest[2..4],
            &rest[4..6],
            &rest[6..]
        ),
        format!("+31 6 {rest}"),
        format!("+31 (0)6 {rest}"),
        format!("0031 6 {rest}"),
        format!("O6-{rest}"),
        words.join(" "),
        zero_width(n),
        format!(
            "06.{}.{}.{}.{}",
            &rest[..2],
            &rest[2..4],
            &rest[4..6],
            &rest[6..]
        ),
    ]
}

const IBANS: &[&str] = &[
    "NL91ABNA0417164300",
    "NL70RABO1163726516",
    "DE89370400440532013000",
];

fn iban_forms(i: &str) -> Vec<String> {
    let grouped: Vec<String> = i
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    vec![
        i.to_string(),
        grouped.join(" "),
        i.to_lowercase(),
        grouped.join("-"),
        zero_width(i),
    ]
}

const CURSES: &[(&str, &str)] = &[
    ("kanker", "decency/profanity"),
    ("kut", "decency/profanity"),
    ("tering", "decency/profanity"),
    ("klootzak", "decency/insult"),
    ("sukkel", "decency/insult"),
    ("godverdomme", "decency/profanity"),
];

fn curse_forms(w: &str) -> Vec<String> {
    let leet: String = w
        .chars()
        .map(|c| match c {
            'a' => '@',
            'e' => '3',
            'o' => '0',
            'i' => '1',
            c => c,
        })
        .collect();
    let stretched: String = w
        .chars()
        .flat_map(|c| {
            if "aeiou".contains(c) {
                vec![c, c, c, c]
            } else {
                vec![c]
            }
        })
        .collect();
    let cyr: String = w
        .chars()
        .map(|c| match c {
            'a' => 'а',
            'e' => 'е',
            'o' => 'о',
            c => c,
        })
        .collect();
    vec![
        w.to_uppercase(),
        leet,
        stretched,
        every_digit(w),
        w.chars().map(String::from).collect::<Vec<_>>().join("."),
        zero_width(w),
        cyr,
        fullwidth(w),
    ]
}

const INNOCENT: &[&str] = &[
    "Ordernummer 123456782 is verzonden.",
    "Track & trace: 0612345678",
    "Om 08:30 in lokaal 0.12, uitslag 3-1.",
    "Op 12-03-2025 kost het €12,50.",
    "Versie 2.6.32 is uit.",
    "In 2024 waren er 123 456 789 bezoekers niet.",
    "De klas telde: een twee drie vier vijf.",
    "Meet me at school.nl tomorrow",
    "Hoera, de pikante saus is op!",
    "Gastles over kankeronderzoek.",
    "Mijn tante heeft kanker overwonnen.",
    "De kleren liggen bij de conciërge.",
    "Week tegen Pesten begint maandag.",
    "Dick Bruna in het museum.",
    "Scunthorpe won van Hoogeveen.",
    "Herfstvakantie in de Eifel.",
    "Een scala aan workshops.",
    "Interne verhuizing: lokaal 1.05.",
    "De vertrouwenspersoon helpt je.",
    "Wachtwoord vergeten? Klik op 'wachtwoord vergeten'.",
    "Plein 1940 ligt in Rotterdam.",
    "Hoofdstuk 3 en paragraaf 12 lezen.",
    "Homo's en lesbiennes vierden feest.",
    "De Mongolen onder Dzjengis Khan.",
    "Het licht flikkert in lokaal 2.",
];

fn rules_in(text: &str) -> Vec<&'static str> {
    let doc = Document::from_bytes("post.txt", text.as_bytes());
    Linter::new(Settings::default())
        .lint(&doc)
        .into_iter()
        .map(|d| d.rule.id)
        .collect()
}

#[test]
fn disguises_are_caught_and_look_alikes_are_not() {
    let mut rows: Vec<(String, Option<&str>)> = Vec::new();
    for bsn in BSNS {
        for d in BSN_DISGUISES {
            rows.push((format!("Het BSN is {}.", d(bsn)), Some("privacy/bsn")));
        }
    }
    for (l, d, t) in EMAILS {
        for e in email_forms(l, d, t) {
            rows.push((format!("Mail {e} voor de foto's"), Some("privacy/email")));
        }
    }
    for m in MOBILES {
        for p in phone_forms(m) {
            rows.push((format!("Bel {p} na school."), Some("privacy/phone")));
        }
    }
    for i in IBANS {
        for f in iban_forms(i) {
            rows.push((format!("Maak het over op {f} graag."), Some("privacy/iban")));
        }
    }
    for (w, rule) in CURSES {
        for f in curse_forms(w) {
            rows.push((format!("Wat een {f} vandaag."), Some(rule)));
        }
    }
    for text in INNOCENT {
        rows.push((text.to_string(), None));
    }
    assert!(rows.len() >= 200, "only {} rows", rows.len());
    let mut wrong = Vec::new();
    for (text, want) in &rows {
        let got = rules_in(text);
        let ok = match want {
            Some(rule) => got.contains(rule),
            None => got
                .iter()
                .all(|r| !r.starts_with("privacy/") && !r.starts_with("decency/")),
        };
        if !ok {
            wrong.push(format!("want {want:?} got {got:?}: {text:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} rows wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}
