#!/usr/bin/env python3
"""Generate realistic drafts with personal data for tests/privacy.rs.

Names, streets and places come from Faker (nl_NL); check digits (BSN 11-proef,
IBAN mod 97, Luhn) are computed here. Fixed seed: the output is reproducible.
    pip install Faker==40.63.0 && python3 scripts/gen-privacy-drafts.py > tests/data/privacy-drafts.jsonl
"""
import json, random
from faker import Faker

fake = Faker("nl_NL")
Faker.seed(2026)
rnd = random.Random(2026)

def bsn():
    while True:
        d = [rnd.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9 and d[0] != 0:
            return "".join(map(str, d + [last]))

def iban():
    bank = rnd.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"])
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    check = 98 - num % 97
    raw = f"NL{check:02d}{bank}{acct}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rnd.random() < 0.5 else raw

def luhn_card():
    d = [5, rnd.randint(1, 5)] + [rnd.randint(0, 9) for _ in range(13)]
    for last in range(10):
        x = d + [last]
        s = sum((v * 2 - 9 if v * 2 > 9 else v * 2) if i % 2 else v for i, v in enumerate(reversed(x)))
        if s % 10 == 0:
            n = "".join(map(str, x))
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))

def phone():
    kind = rnd.choice(["mobile", "land", "intl"])
    if kind == "mobile":
        # Mobile numbers are 06-1… to 06-5… (06-6 is paging, 06-7/9 unallocated).
        n = str(rnd.randint(1, 5)) + "".join(str(rnd.randint(0, 9)) for _ in range(7))
        return rnd.choice([f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}"])
    if kind == "land":
        area = rnd.choice(["020", "010", "0172", "0182", "030", "0165", "071"])
        rest = "".join(str(rnd.randint(0, 9)) for _ in range(10 - len(area)))
        return rnd.choice([f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest}"])
    return f"+44 20 {rnd.randint(7000, 7999)} {rnd.randint(1000, 9999)}"

def postcode():
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    while True:
        pc = f"{rnd.randint(1000, 9999)} {rnd.choice(letters)}{rnd.choice(letters)}"
        if pc[-2:] not in ("SA", "SD", "SS"):
            return pc

def klas():
    return f"{rnd.randint(1, 6)}{rnd.choice('ABCDH')}"

def first():
    return rnd.choice(["Luuk", "Fenna", "Daan", "Sanne", "Bram", "Lotte", "Finn", "Emma", "Sem", "Noor", "Milan", "Tess", "Jesse", "Yara", "Lieke", "Thijs"])

drafts = []
for _ in range(8):
    drafts.append((f"Kan de administratie checken of BSN {bsn()} klopt bij de aanmelding?", ["privacy/bsn"]))
    # The parents' council's account is an organisation's, no person's
    # (issue #35); the same sentence about a person's account is one.
    drafts.append((f"De ouderbijdrage kan naar {iban()} t.n.v. de ouderraad.", []))
    drafts.append((f"Het geld voor het kamp kan naar {iban()}, mijn eigen rekening.", ["privacy/iban"]))
    drafts.append((f"Vragen? Bel me op {phone()}.", ["privacy/phone"]))
    drafts.append((f"Mail de foto's naar {fake.user_name()}@{rnd.choice(['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl'])}", ["privacy/email"]))
    street = fake.street_name()
    drafts.append((f"De nieuwe leerling woont op de {street} {rnd.randint(1, 199)}, {postcode()} {fake.city()}.", ["privacy/address"]))
    drafts.append((f"Complimenten voor {first()} {fake.last_name()} uit {klas()}, wat een inzet vandaag!", ["privacy/pupil-name"]))
    drafts.append((f"{first()} uit {klas()} is vandaag geschorst na de ruzie in de aula.", ["privacy/pupil-name", "privacy/pupil-record"]))
    drafts.append((f"Mijn collega {fake.first_name()} zit al weken thuis met een burn-out.", ["privacy/special-category"]))
    drafts.append((f"Geboren op {rnd.randint(1, 28)} {rnd.choice(['januari', 'maart', 'juni', 'oktober'])} {rnd.randint(2008, 2014)}, de jongste van de klas.", ["privacy/birth-date"]))
    drafts.append((f"Leerlingnummer {rnd.randint(100000, 999999)} heeft zijn pas laten liggen.", ["privacy/pupil-number"]))
    drafts.append((f"De borg staat op mijn creditcard, {luhn_card()}.", ["privacy/payment-card"]))
    drafts.append((f"Voor de invallers: het wachtwoord is {fake.word().capitalize()}{rnd.randint(10, 99)}!", ["privacy/credentials"]))
# Near misses: nothing personal.
for _ in range(8):
    drafts.append((f"Op {rnd.randint(1, 28)}-{rnd.randint(1, 12)}-2025 om {rnd.randint(8, 16)}:{rnd.choice(['00', '15', '30'])} in lokaal {rnd.randint(0, 3)}.{rnd.randint(10, 40)}.", []))
    drafts.append((f"De uitslag was {rnd.randint(0, 5)}-{rnd.randint(0, 5)} en de kaartjes kosten €{rnd.randint(2, 15)},50.", []))
    drafts.append((f"Ordernummer {rnd.randint(100000000, 999999999)} is verzonden, track & trace volgt.", []))
    drafts.append((f"Met {klas()} naar {fake.city()} voor een excursie over de {fake.street_suffix() if hasattr(fake, 'street_suffix') else 'straat'}.", []))
    drafts.append((f"Mijn collega {fake.first_name()} heeft de leukste quiz gemaakt.", []))
for text, expect in drafts:
    print(json.dumps({"text": text, "expect": expect}, ensure_ascii=False))
