//! The rule catalog: every rule's id, severity, protocol articles, texts and
//! examples, in one table. Every output format and `postlint explain` read
//! from here; the ids and default severities are a contract (SPEC §1).

use std::fmt;

/// Message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" | "nl_nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "en-gb" | "en-us" | "en_gb" | "en_us" | "engels" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Nl) => "fout",
            (Severity::Warning, Lang::Nl) => "waarschuwing",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text in both message languages.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Where a rule's finding points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// At the offending words.
    Span,
    /// About the whole post; points at what triggered it.
    Document,
}

#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub articles: &'static [&'static str],
    pub scope: Scope,
    /// The matched text is personal data: masked unless `--show-matches`.
    pub personal_data: bool,
    /// One line: what the rule finds.
    pub summary: Text,
    /// Why it matters, in plain words.
    pub why: Text,
    pub message: Text,
    pub help: Text,
    /// A draft that triggers the rule, and how to write it instead.
    pub bad: &'static str,
    pub good: &'static str,
}

impl RuleInfo {
    pub fn family(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// Whether `selector` (an id or a family) names this rule.
    pub fn matches(&self, selector: &str) -> bool {
        self.id == selector || self.family() == selector
    }

    /// Input problems are not protocol rules: they cannot be switched off.
    pub fn is_input(&self) -> bool {
        self.family() == "input"
    }
}

/// Look a rule up by id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// True if `selector` is a rule id or a family of the catalog.
pub fn is_selector(selector: &str) -> bool {
    RULES.iter().any(|r| r.matches(selector))
}

/// The protocol text, embedded so `explain` can quote it.
const PROTOCOL: &str = include_str!("../docs/protocol-sociale-media.md");

/// The wording of a protocol article ("A.2" → "Het is betrokkenen …").
pub fn article_text(label: &str) -> Option<&'static str> {
    let needle = format!("**{label}**");
    PROTOCOL.lines().find_map(|line| {
        let rest = line
            .trim_start()
            .strip_prefix("- ")?
            .strip_prefix(needle.as_str())?;
        Some(rest.trim())
    })
}

const PRIV: &[&str] = &["A.2", "C.1"];
const DECENCY: &[&str] = &["A.7", "U.3"];

macro_rules! t {
    ($nl:expr, $en:expr) => {
        Text { nl: $nl, en: $en }
    };
}

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "privacy/email",
        severity: Severity::Warning,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een e-mailadres dat niet op de lijst van toegestane adressen staat.",
            "An e-mail address that is not allow-listed."
        ),
        why: t!(
            "Een persoonlijk e-mailadres is persoonsgebonden informatie; eenmaal gepubliceerd blijft het vindbaar.",
            "A personal e-mail address is personal data; once published it stays findable."
        ),
        message: t!("E-mailadres in het bericht.", "E-mail address in the post."),
        help: t!(
            "Verwijs naar het algemene adres van de school of zet het adres in `[allow] emails` als het openbaar is.",
            "Point to the school's general address, or add the address to `[allow] emails` if it is public."
        ),
        bad: "Vragen? Mail mij op j.jansen@gmail.com",
        good: "Vragen? Stel ze in de les of via de ELO.",
    },
    RuleInfo {
        id: "privacy/phone",
        severity: Severity::Warning,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een Nederlands of internationaal telefoonnummer.",
            "A Dutch or international phone number."
        ),
        why: t!(
            "Een telefoonnummer is persoonsgebonden informatie en maakt één-op-één contact mogelijk.",
            "A phone number is personal data and invites one-to-one contact."
        ),
        message: t!(
            "Telefoonnummer in het bericht.",
            "Phone number in the post."
        ),
        help: t!(
            "Haal het nummer weg en verwijs naar het algemene nummer van de school.",
            "Remove the number and point to the school's general number."
        ),
        bad: "Bel me gerust: 06-12345678",
        good: "Bel de receptie van de school.",
    },
    RuleInfo {
        id: "privacy/bsn",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een burgerservicenummer (11-proef) of een nummer naast “BSN”.",
            "A Dutch citizen service number (BSN, 11-test) or a number labelled BSN."
        ),
        why: t!(
            "Een BSN is een bijzonder beschermd persoonsnummer; het hoort nooit op sociale media.",
            "A BSN is a specially protected personal number; it never belongs on social media."
        ),
        message: t!(
            "Burgerservicenummer in het bericht.",
            "Citizen service number (BSN) in the post."
        ),
        help: t!(
            "Haal het nummer weg. Bij twijfel niet publiceren (U.6).",
            "Remove the number. When in doubt, do not publish (U.6)."
        ),
        bad: "BSN van de nieuwe leerling: 111222333",
        good: "De inschrijving van de nieuwe leerling is rond.",
    },
    RuleInfo {
        id: "privacy/iban",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een IBAN-rekeningnummer dat de mod-97-controle doorstaat.",
            "An IBAN that passes the mod-97 check."
        ),
        why: t!(
            "Een rekeningnummer is persoonsgebonden en financieel gevoelig.",
            "An account number is personal and financially sensitive."
        ),
        message: t!(
            "Rekeningnummer (IBAN) in het bericht.",
            "Bank account number (IBAN) in the post."
        ),
        help: t!(
            "Laat betalingen via de officiële kanalen van de school lopen en haal het nummer weg.",
            "Route payments through the school's official channels and remove the number."
        ),
        bad: "Maak het geld over op NL91 ABNA 0417 1643 00.",
        good: "Betalen kan via de ouderportal van de school.",
    },
    RuleInfo {
        id: "privacy/payment-card",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een betaalkaartnummer (Luhn) met kaartcontext of groepering.",
            "A payment card number (Luhn) with card context or grouping."
        ),
        why: t!(
            "Een kaartnummer op sociale media leidt tot misbruik.",
            "A card number on social media invites fraud."
        ),
        message: t!(
            "Betaalkaartnummer in het bericht.",
            "Payment card number in the post."
        ),
        help: t!("Haal het kaartnummer weg.", "Remove the card number."),
        bad: "Creditcard: 4111 1111 1111 1111",
        good: "De betaling is gelukt.",
    },
    RuleInfo {
        id: "privacy/address",
        severity: Severity::Warning,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een huisadres: straat met huisnummer en/of postcode.",
            "A home address: street and house number and/or postcode."
        ),
        why: t!(
            "Een huisadres maakt iemand vindbaar en is persoonsgebonden informatie.",
            "A home address makes someone findable and is personal data."
        ),
        message: t!("Adres in het bericht.", "Address in the post."),
        help: t!(
            "Haal het adres weg; noem hooguit de plaats.",
            "Remove the address; name the town at most."
        ),
        bad: "Het feestje is bij Sanne thuis, Dorpsstraat 12, 2406 AB.",
        good: "Het feestje is in Alphen.",
    },
    RuleInfo {
        id: "privacy/birth-date",
        severity: Severity::Warning,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!("Een geboortedatum.", "A date of birth."),
        why: t!(
            "Een geboortedatum is persoonsgebonden en wordt gebruikt voor identiteitsfraude.",
            "A birth date is personal data and is used for identity fraud."
        ),
        message: t!(
            "Geboortedatum in het bericht.",
            "Date of birth in the post."
        ),
        help: t!(
            "Haal de datum weg; feliciteren kan zonder datum.",
            "Remove the date; congratulations work without it."
        ),
        bad: "Daan is geboren op 3 maart 2011.",
        good: "Gefeliciteerd, Daan!",
    },
    RuleInfo {
        id: "privacy/pupil-name",
        severity: Severity::Warning,
        articles: &["A.2", "C.1", "B.5"],
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "De naam van een leerling in een leerlingcontext.",
            "A pupil's name in a pupil context."
        ),
        why: t!(
            "Namen van leerlingen zijn persoonsgebonden informatie over leerlingen.",
            "Pupils' names are personal data about pupils."
        ),
        message: t!(
            "Naam van een leerling in het bericht.",
            "Pupil's name in the post."
        ),
        help: t!(
            "Laat de naam weg of vraag eerst toestemming.",
            "Leave the name out or ask for consent first."
        ),
        bad: "Complimenten voor leerling Sanne de Vries uit 3B!",
        good: "Complimenten voor klas 3B!",
    },
    RuleInfo {
        id: "privacy/pupil-number",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Een leerlingnummer naast het label.",
            "A pupil number next to its label."
        ),
        why: t!(
            "Een leerlingnummer identificeert een leerling in de schoolsystemen.",
            "A pupil number identifies a pupil in the school's systems."
        ),
        message: t!(
            "Leerlingnummer in het bericht.",
            "Pupil number in the post."
        ),
        help: t!("Haal het nummer weg.", "Remove the number."),
        bad: "Leerlingnummer 123456 mist nog een toets.",
        good: "Eén leerling mist nog een toets.",
    },
    RuleInfo {
        id: "privacy/pupil-record",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Cijfers, verzuim, schorsing of dossiergegevens van een herkenbare leerling.",
            "Grades, absence, suspension or record facts about an identifiable pupil."
        ),
        why: t!(
            "Schoolresultaten en dossierfeiten van een leerling zijn vertrouwelijk.",
            "A pupil's results and record facts are confidential."
        ),
        message: t!(
            "Gegevens uit het leerlingdossier in het bericht.",
            "Facts from a pupil's record in the post."
        ),
        help: t!(
            "Bespreek dit alleen via de officiële kanalen, niet op sociale media.",
            "Discuss this only through official channels, not on social media."
        ),
        bad: "Daan uit 4B heeft weer een 3,2 voor wiskunde.",
        good: "De wiskundetoets van 4B was pittig.",
    },
    RuleInfo {
        id: "privacy/special-category",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Gezondheid, geloof, afkomst, seksuele geaardheid of strafrecht over een herkenbaar persoon (AVG art. 9).",
            "Health, religion, ethnicity, sexual orientation or criminal facts about an identifiable person (GDPR art. 9)."
        ),
        why: t!(
            "Bijzondere persoonsgegevens zijn extra beschermd door de AVG.",
            "Special categories of personal data are specially protected by the GDPR."
        ),
        message: t!(
            "Bijzonder persoonsgegeven (gezondheid, geloof, afkomst …) in het bericht.",
            "Special-category personal data (health, religion, ethnicity …) in the post."
        ),
        help: t!(
            "Haal dit weg; deel dit nooit publiek.",
            "Remove it; never share this publicly."
        ),
        bad: "Mevrouw Bakker is met een burn-out thuis.",
        good: "Mevrouw Bakker is een tijdje afwezig.",
    },
    RuleInfo {
        id: "privacy/confidential",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Vertrouwelijkheidsmarkeringen: “vertrouwelijk”, “niet verder verspreiden”, “embargo” …",
            "Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …"
        ),
        why: t!(
            "Wat als vertrouwelijk is gemarkeerd, hoort niet op sociale media.",
            "What is marked confidential does not belong on social media."
        ),
        message: t!(
            "Vertrouwelijk materiaal in het bericht.",
            "Confidential material in the post."
        ),
        help: t!(
            "Publiceer dit niet; vraag bij twijfel je leidinggevende (U.11).",
            "Do not publish this; when in doubt ask your manager (U.11)."
        ),
        bad: "VERTROUWELIJK: de formatie voor volgend jaar.",
        good: "De formatie wordt binnenkort bekendgemaakt.",
    },
    RuleInfo {
        id: "privacy/credentials",
        severity: Severity::Error,
        articles: PRIV,
        scope: Scope::Span,
        personal_data: true,
        summary: t!(
            "Wachtwoorden, inlogcodes en tokens.",
            "Passwords, login codes and tokens."
        ),
        why: t!(
            "Een gepubliceerd wachtwoord geeft iedereen toegang.",
            "A published password gives everyone access."
        ),
        message: t!(
            "Wachtwoord of inlogcode in het bericht.",
            "Password or login code in the post."
        ),
        help: t!(
            "Haal het weg en wijzig het wachtwoord meteen.",
            "Remove it and change the password right away."
        ),
        bad: "Wifi voor de ouderavond, wachtwoord: Scala2024!",
        good: "Het wifi-wachtwoord hangt in de aula.",
    },
    RuleInfo {
        id: "privacy/media-consent",
        severity: Severity::Warning,
        articles: &["A.5"],
        scope: Scope::Document,
        personal_data: false,
        summary: t!(
            "Een foto, video of geluidsopname van een schoolsituatie zonder vastgelegde toestemming.",
            "A photo, video or audio recording of a school situation without recorded consent."
        ),
        why: t!(
            "Beeld en geluid van betrokkenen mag alleen met hun toestemming online.",
            "Images and sound of people may only go online with their consent."
        ),
        message: t!(
            "Foto, video of opname zonder vastgelegde toestemming.",
            "Photo, video or recording without recorded consent."
        ),
        help: t!(
            "Vraag toestemming en zet `consent: true` in de front matter.",
            "Ask for consent and set `consent: true` in the front matter."
        ),
        bad: "Zie foto van klas 2A bij de sportdag! ![sportdag](sportdag.jpg)",
        good: "---\nconsent: true\n---\n![sportdag](sportdag.jpg)",
    },
    RuleInfo {
        id: "disclaimer/personal-opinion",
        severity: Severity::Error,
        articles: &["C.4", "U.8", "U.6"],
        scope: Scope::Document,
        personal_data: false,
        summary: t!(
            "De school wordt genoemd op een persoonlijk account zonder “dit is mijn persoonlijke mening, niet die van de school”.",
            "The school is mentioned on a personal account without “my personal opinion, not the school's”."
        ),
        why: t!(
            "Een privémening van een medewerker wordt makkelijk verward met het standpunt van de school.",
            "A staff member's private opinion is easily mistaken for the school's position."
        ),
        message: t!(
            "De school wordt genoemd, maar er staat niet bij dat dit je persoonlijke mening is.",
            "The school is mentioned, but the post does not say this is your personal opinion."
        ),
        help: t!(
            "Voeg toe: “Dit bericht geeft mijn persoonlijke mening weer, niet het standpunt van de school.” (`postlint fix`)",
            "Add: “Views are my own, not the school's.” (`postlint fix`)"
        ),
        bad: "Wat een geweldige open dag op het Scala College!",
        good: "Wat een geweldige open dag op het Scala College!\n\nDit is mijn persoonlijke mening, niet die van de school. Ik ben niet verantwoordelijk voor reacties van derden.",
    },
    RuleInfo {
        id: "disclaimer/third-party",
        severity: Severity::Warning,
        articles: &["C.4"],
        scope: Scope::Document,
        personal_data: false,
        summary: t!(
            "De school wordt genoemd op een persoonlijk account zonder “niet verantwoordelijk voor reacties van derden”.",
            "The school is mentioned on a personal account without “not responsible for third-party reactions”."
        ),
        why: t!(
            "Artikel C.4 vraagt om te melden dat je niet verantwoordelijk bent voor wat anderen eronder zetten.",
            "Article C.4 asks you to state that you are not responsible for what others post in reply."
        ),
        message: t!(
            "De school wordt genoemd, maar er staat niet bij dat je niet verantwoordelijk bent voor reacties van derden.",
            "The school is mentioned, but the post does not say you are not responsible for third-party reactions."
        ),
        help: t!(
            "Voeg toe: “Ik ben niet verantwoordelijk voor reacties van derden.” (`postlint fix`)",
            "Add: “I am not responsible for third-party reactions.” (`postlint fix`)"
        ),
        bad: "Trots op de sectie Nederlands van het Coenecoop College.",
        good: "Trots op de sectie Nederlands van het Coenecoop College.\n\nMijn eigen mening, niet die van de school. Niet verantwoordelijk voor reacties van derden.",
    },
    RuleInfo {
        id: "disclaimer/employee",
        severity: Severity::Warning,
        articles: &["B.1", "C.3"],
        scope: Scope::Document,
        personal_data: false,
        summary: t!(
            "Meepraten in een discussie over de school zonder te melden dat je er werkt.",
            "Joining a discussion about the school without saying you work there."
        ),
        why: t!(
            "Lezers moeten weten dat je als medewerker meepraat.",
            "Readers must know that a staff member is speaking."
        ),
        message: t!(
            "Je neemt deel aan een discussie over de school, maar vermeldt niet dat je er werkt.",
            "You take part in a discussion about the school without saying you work there."
        ),
        help: t!(
            "Voeg toe: “Ik werk op deze school.” (`postlint fix`)",
            "Add: “I work at this school.” (`postlint fix`)"
        ),
        bad: "@krant Jullie artikel over het Scala College klopt niet: de klassen zijn kleiner.",
        good: "@krant Als docent op het Scala College: jullie artikel klopt niet, de klassen zijn kleiner.\n\nOp persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
    },
    RuleInfo {
        id: "decency/profanity",
        severity: Severity::Error,
        articles: DECENCY,
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Vloeken en krachttermen, ook ziektevloeken.",
            "Swearing and curse words, including disease curses."
        ),
        why: t!(
            "Iedereen neemt de fatsoensnormen in acht; een medewerker geeft blijk van professionaliteit.",
            "Everyone keeps to common decency; staff show professionalism."
        ),
        message: t!("Vloek of krachtterm.", "Swear word or curse."),
        help: t!("Kies een ander woord.", "Choose another word."),
        bad: "Wat een kankerweer vandaag.",
        good: "Wat een rotweer vandaag.",
    },
    RuleInfo {
        id: "decency/sexual",
        severity: Severity::Error,
        articles: DECENCY,
        scope: Scope::Span,
        personal_data: false,
        summary: t!("Seksuele of obscene taal.", "Sexual or obscene language."),
        why: t!(
            "Obscene taal past niet bij de fatsoensnormen van de school.",
            "Obscene language breaks the school's standards of decency."
        ),
        message: t!("Seksuele of obscene taal.", "Sexual or obscene language."),
        help: t!("Haal dit woord weg.", "Remove this word."),
        bad: "Wat een geile actie.",
        good: "Wat een gave actie.",
    },
    RuleInfo {
        id: "decency/insult",
        severity: Severity::Error,
        articles: &["A.7", "U.3", "U.4"],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Beledigingen en scheldwoorden gericht aan mensen.",
            "Insults and name-calling aimed at people."
        ),
        why: t!(
            "Kwetsen en zwartmaken zijn overschrijdingen van de fatsoensnormen (A.7).",
            "Hurting and shaming people break the standards of decency (A.7)."
        ),
        message: t!("Belediging of scheldwoord.", "Insult or name-calling."),
        help: t!(
            "Spreek mensen met respect aan; bespreek een conflict niet online (B.2).",
            "Address people with respect; do not handle a conflict online (B.2)."
        ),
        bad: "Die ouder is echt een sukkel.",
        good: "Ik ben het niet eens met die ouder.",
    },
    RuleInfo {
        id: "decency/discrimination",
        severity: Severity::Error,
        articles: DECENCY,
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Scheldwoorden en discriminerende taal over groepen.",
            "Slurs and discriminatory language."
        ),
        why: t!(
            "Discriminatie kwetst en is in strijd met de missie van de school.",
            "Discrimination hurts and contradicts the school's mission."
        ),
        message: t!("Discriminerende taal.", "Discriminatory language."),
        help: t!("Haal dit weg.", "Remove this."),
        bad: "Die scheidsrechter is een mongool.",
        good: "Ik ben het niet eens met de scheidsrechter.",
    },
    RuleInfo {
        id: "decency/threat",
        severity: Severity::Error,
        articles: &["A.7", "S.6"],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Bedreigingen met geweld of schade.",
            "Threats of violence or harm."
        ),
        why: t!(
            "Bedreigen is verboden en kan leiden tot aangifte (S.6).",
            "Threats are forbidden and can lead to a police report (S.6)."
        ),
        message: t!("Bedreiging.", "Threat."),
        help: t!(
            "Publiceer dit niet. Neem contact op met je leidinggevende als een discussie ontspoort (B.2).",
            "Do not publish this. Contact your manager if a discussion gets out of hand (B.2)."
        ),
        bad: "Ik weet waar je woont.",
        good: "Laten we dit op school bespreken.",
    },
    RuleInfo {
        id: "decency/harassment",
        severity: Severity::Error,
        articles: &["A.7"],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Pesten, stalken, zwartmaken en iemands gegevens rondsturen.",
            "Bullying, stalking, shaming and doxxing."
        ),
        why: t!(
            "Pesten, stalken en zwartmaken zijn overschrijdingen van de fatsoensnormen (A.7).",
            "Bullying, stalking and shaming break the standards of decency (A.7)."
        ),
        message: t!(
            "Pesten, stalken of zwartmaken.",
            "Bullying, stalking or shaming."
        ),
        help: t!("Publiceer dit niet.", "Do not publish this."),
        bad: "Iedereen moet weten wat voor iemand zij is.",
        good: "Ik heb een klacht over haar ingediend bij de schoolleiding.",
    },
    RuleInfo {
        id: "conduct/private-contact",
        severity: Severity::Warning,
        articles: &["B.7", "C.8"],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Uitnodigen tot één-op-één contact met leerlingen.",
            "Inviting one-to-one contact with pupils."
        ),
        why: t!(
            "Medewerkers voorkomen één-op-één contact met een leerling op sociale media.",
            "Staff avoid one-to-one contact with a pupil on social media."
        ),
        message: t!(
            "Uitnodiging tot privécontact met leerlingen.",
            "Invitation to private contact with pupils."
        ),
        help: t!(
            "Verwijs leerlingen naar de officiële communicatiekanalen van de school.",
            "Refer pupils to the school's official channels."
        ),
        bad: "Jongens en meiden, stuur me maar een DM als je vragen hebt.",
        good: "Jongens en meiden, stel je vragen via de ELO of in de les.",
    },
    RuleInfo {
        id: "conduct/pupil-friends",
        severity: Severity::Warning,
        articles: &["B.5", "C.6"],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Bevriend raken met leerlingen op sociale media.",
            "Befriending pupils on social media."
        ),
        why: t!(
            "Leerlingen en medewerkers worden geen 'vrienden' op sociale media.",
            "Pupils and staff do not become 'friends' on social media."
        ),
        message: t!(
            "Leerlingen uitnodigen om vrienden te worden.",
            "Inviting pupils to become friends."
        ),
        help: t!(
            "Een professioneel account dat leerlingen mogen volgen is wel toegestaan (B.5).",
            "A professional account that pupils may follow is allowed (B.5)."
        ),
        bad: "Leerlingen, voeg me toe op Insta!",
        good: "Leerlingen kunnen het account van de sectie volgen.",
    },
    RuleInfo {
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
    },
    RuleInfo {
        id: "input/encoding",
        severity: Severity::Error,
        articles: &[],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Het bestand is geen geldige UTF-8.",
            "The file is not valid UTF-8."
        ),
        why: t!(
            "Ongeldige tekens worden als � gelezen; de controle is dan minder betrouwbaar.",
            "Invalid bytes are read as �; the check is less reliable then."
        ),
        message: t!(
            "Ongeldige UTF-8; de rest van het bestand is toch gecontroleerd.",
            "Invalid UTF-8; the rest of the file was checked anyway."
        ),
        help: t!("Sla het bestand op als UTF-8.", "Save the file as UTF-8."),
        bad: "",
        good: "",
    },
    RuleInfo {
        id: "input/front-matter",
        severity: Severity::Error,
        articles: &[],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Een onbekende waarde in de front matter.",
            "An unknown value in the front matter."
        ),
        why: t!(
            "Een verkeerd gespelde waarde wordt genegeerd, zodat de controle met de verkeerde instellingen werkt.",
            "A misspelt value would be ignored and the check would run with the wrong settings."
        ),
        message: t!(
            "Onbekende waarde in de front matter.",
            "Unknown value in the front matter."
        ),
        help: t!(
            "Gebruik `account: personal|official`, `consent: true|false`, `lang: nl|en`.",
            "Use `account: personal|official`, `consent: true|false`, `lang: nl|en`."
        ),
        bad: "",
        good: "",
    },
    RuleInfo {
        id: "input/suppression",
        severity: Severity::Warning,
        articles: &[],
        scope: Scope::Span,
        personal_data: false,
        summary: t!(
            "Een postlint-commentaar met een onbekende regel.",
            "A postlint comment naming an unknown rule."
        ),
        why: t!(
            "Een verkeerd gespelde regel schakelt niets uit.",
            "A misspelt rule switches nothing off."
        ),
        message: t!(
            "Onbekende regel in postlint-commentaar.",
            "Unknown rule in postlint comment."
        ),
        help: t!(
            "Gebruik een regel-id of familie uit `postlint rules`.",
            "Use a rule id or family from `postlint rules`."
        ),
        bad: "",
        good: "",
    },
];

/// The explain page of a rule (what, why with the protocol quoted, examples).
pub fn explain_page(rule: &RuleInfo, lang: Lang) -> String {
    let h = |nl: &'static str, en: &'static str| if lang == Lang::En { en } else { nl };
    let mut s = format!(
        "{} ({}, {} {})\n\n{}\n  {}\n\n{}\n  {}\n",
        rule.id,
        rule.severity.label(lang),
        h("protocol", "protocol"),
        rule.articles.join(", "),
        h("Wat het controleert", "What it does"),
        rule.summary.get(lang),
        h("Waarom", "Why"),
        rule.why.get(lang),
    );
    for a in rule.articles {
        if let Some(t) = article_text(a) {
            s.push_str(&format!("\n  {a}: \u{201c}{t}\u{201d}\n"));
        }
    }
    if !rule.bad.is_empty() {
        let indent = |t: &str| {
            t.lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        s.push_str(&format!(
            "\n{}\n{}\n\n{}\n{}\n",
            h("Voorbeeld", "Example"),
            indent(rule.bad),
            h("Beter", "Use instead"),
            indent(rule.good)
        ));
    }
    s.push_str(&format!(
        "\n{}: {}\n",
        h("Melding", "Message"),
        rule.message.get(lang)
    ));
    s.push_str(&format!("{}: {}\n", h("Hulp", "Help"), rule.help.get(lang)));
    s
}

/// The rule's documentation page (`docs/rules/<family>/<name>.md`), in Dutch
/// with the English texts beside them; generated, never edited by hand.
pub fn rule_page(rule: &RuleInfo) -> String {
    let mut s = format!("# `{}`\n\n", rule.id);
    s.push_str("<!-- Generated from src/catalog.rs by `POSTLINT_BLESS=1 cargo test --test docs`; do not edit. -->\n\n");
    s.push_str(&format!(
        "- Standaard / default: **{}**\n",
        rule.severity.label(Lang::Nl)
    ));
    if !rule.articles.is_empty() {
        s.push_str(&format!("- Protocol: {}\n", rule.articles.join(", ")));
    }
    s.push_str(&format!(
        "\n## Wat het controleert / What it does\n\n{}\n\n_{}_\n\n## Waarom / Why\n\n{}\n\n_{}_\n",
        rule.summary.nl, rule.summary.en, rule.why.nl, rule.why.en
    ));
    for a in rule.articles {
        if let Some(t) = article_text(a) {
            s.push_str(&format!("\n> **{a}** {t}\n"));
        }
    }
    if !rule.bad.is_empty() {
        s.push_str(&format!(
            "\n## Voorbeeld / Example\n\n```text\n{}\n```\n\n## Beter / Use instead\n\n```text\n{}\n```\n",
            rule.bad, rule.good
        ));
    }
    s.push_str(&format!(
        "\n## Melding / Message\n\n- {}\n- _{}_\n\n## Hulp / Help\n\n- {}\n- _{}_\n",
        rule.message.nl, rule.message.en, rule.help.nl, rule.help.en
    ));
    s
}

/// `docs/rules/README.md`: the index of all rule pages.
pub fn rules_index() -> String {
    let mut s = String::from("# Regels / Rules\n\n");
    s.push_str("<!-- Generated from src/catalog.rs by `POSTLINT_BLESS=1 cargo test --test docs`; do not edit. -->\n\n");
    s.push_str("| regel / rule | standaard / default | protocol | omschrijving / description |\n| --- | --- | --- | --- |\n");
    for r in RULES {
        s.push_str(&format!(
            "| [`{}`]({}.md) | {} | {} | {} |\n",
            r.id,
            r.id,
            r.severity.as_str(),
            r.articles.join(", "),
            r.summary.nl
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        for r in RULES {
            assert!(
                ["privacy", "disclaimer", "decency", "conduct", "input"].contains(&r.family()),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn every_cited_article_exists_in_the_protocol() {
        for r in RULES {
            for a in r.articles {
                assert!(
                    article_text(a).is_some(),
                    "{} cites unknown article {a}",
                    r.id
                );
            }
        }
        assert!(
            article_text("C.4")
                .unwrap()
                .contains("persoonlijke meningen")
        );
    }

    #[test]
    fn contract_severities() {
        let errors = [
            "privacy/bsn",
            "privacy/iban",
            "disclaimer/personal-opinion",
            "decency/profanity",
        ];
        for id in errors {
            assert_eq!(rule(id).unwrap().severity, Severity::Error, "{id}");
        }
        assert_eq!(rule("privacy/email").unwrap().severity, Severity::Warning);
        assert_eq!(
            rule("disclaimer/third-party").unwrap().severity,
            Severity::Warning
        );
        assert_eq!(RULES.iter().filter(|r| !r.is_input()).count(), 26);
    }

    #[test]
    fn selectors_accept_ids_and_families() {
        assert!(is_selector("privacy"));
        assert!(is_selector("privacy/bsn"));
        assert!(!is_selector("privacy/bns"));
    }
}
