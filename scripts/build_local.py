#!/usr/bin/env python3
"""Convert the archival local-help extracts into data/annuaire.jsonl.gz.

Usage: scripts/build_local.py [EXTRACTS_DIR [DATA_DIR]]

EXTRACTS_DIR (default data/extracts) holds the official extracts described in
its README (DILA local directory 2016-02, 2019-07 and the 2026-07 capture,
ANCT France Services 2024-08).
The output uses the record format that `maillage import annuaire` writes, so
the first live import of a type replaces these records cleanly. Records are
copied as published: phones, hours and points are validated by
`maillage validate` / `maillage index`, not repaired here. The only joins are
documented in data/SOURCES.md: 2019 confirmations by id, and INSEE codes of
merged communes mapped through the former communes of communes.jsonl.gz.

Deterministic: same inputs, same bytes (sorted records, gzip without mtime).
"""

import csv
import difflib
import gzip
import hashlib
import html
import io
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DILA_2016 = "dila-2016/annuaire-local-2016-02.jsonl.gz"
DILA_2019 = "dila-2019/annuaire-local-2019-07-with-email.csv.gz"
FS_2024 = "france-services-2024/liste-fs-20240801.csv.gz"
DILA_2026 = "dila-2026-07"

# DILA types shipped; the rest of the extract (Paris prefecture ID-card
# counters) does not help a person facing violence.
TYPES = {
    "cidf", "mjd", "bav", "permanence_juridique", "tgi", "civi", "gendarmerie",
    "commissariat_police", "maison_handicapees", "pmi", "pif", "adil", "clic",
}

DILA_URL = "https://www.data.gouv.fr/fr/datasets/service-public-fr-annuaire-de-l-administration-base-de-donnees-locales/"
DILA_LICENCE = "Licence Ouverte (Etalab)"
SRC_2016 = {
    "name": "Service-Public.fr / DILA, Annuaire de l'administration, base de données locales (extrait de février 2016)",
    "url": DILA_URL,
    "licence": DILA_LICENCE,
    "date": "2016-02-26",
}
SRC_2019 = {
    "name": "Service-Public.fr / DILA, Annuaire de l'administration, base de données locales (extrait du 23/07/2019)",
    "url": DILA_URL,
    "licence": DILA_LICENCE,
    "date": "2019-07-23",
}
SRC_FS = {
    "name": "ANCT – France Services, liste des structures (01/08/2024)",
    "url": "https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/",
    "licence": "Licence Ouverte 2.0",
    "date": "2024-08-01",
}
SRC_2026 = {
    "name": "Service-Public.fr / DILA, Annuaire de l'administration (capturé le 14/07/2026, publié par justicelibre.org)",
    "url": "https://lannuaire.service-public.gouv.fr",
    "licence": "Licence Ouverte 2.0",
    "date": "2026-07-14",
}
DATE_2019 = "2019-07-23"
DATE_2026 = "2026-07-14"
DATE_FS = "2024-08-01"

FS_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
ITINERANT = {"Bus_équivalent", "Itinérante"}


def key(s):
    """Comparable form of a place name: no accents, case, articles or punctuation."""
    s = "".join(" " if unicodedata.category(ch)[0] in "PZ" else ch for ch in s or "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\bcedex\b.*$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"^(le|la|les|l) ", "", s)
    s = re.sub(r"\bste\b", "sainte", re.sub(r"\bst\b", "saint", s))
    return s


def words(lines):
    """An address as a bag of words, so that reordered or re-punctuated lines compare equal."""
    return sorted(w.lstrip("0") or "0" for w in key(" ".join(lines)).split())


def clean(v):
    v = (v or "").strip()
    return v or None


def read_communes(data_dir):
    with gzip.open(data_dir / "communes.jsonl.gz", "rt", encoding="utf-8") as f:
        communes = [json.loads(l) for l in f if l.strip()]
    current = {c["insee"] for c in communes}
    former = defaultdict(list)  # (dep, key(name)) -> insee
    by_postcode = defaultdict(set)
    for c in communes:
        for n in c["former"]:
            former[(c["departement"], key(n))].append(c["insee"])
        for p in c["postcodes"]:
            by_postcode[p].add(c["insee"])
    return current, former, by_postcode


def map_insee(code, locality, postcode, dep, current, former, by_postcode):
    """The current commune for a code; a merged commune's code goes through its name."""
    if code in current:
        return code, None
    hits = former.get((dep, key(locality)), [])
    if len(hits) == 1:
        return hits[0], "former_name"
    same = sorted(c for c in by_postcode.get(postcode or "", ()) if c.startswith(dep))
    if len(same) == 1:
        return same[0], "postcode"
    return None, None


def dep_of(insee):
    return insee[:3] if insee.startswith("97") else insee[:2]


def digits(s):
    return re.sub(r"\D", "", s or "")


def parse_2019_notes(notes):
    """`Adresse : street,postcode,town | Tél : … | Fax : …` as published."""
    out = {}
    for part in (notes or "").split(" | "):
        k, _, v = part.partition(" : ")
        out[k.strip()] = v.strip()
    addr = None
    if out.get("Adresse"):
        bits = [b.strip() for b in out["Adresse"].split(",")]
        if len(bits) >= 3 and re.fullmatch(r"\d{5}", bits[-2]):
            street = ", ".join(b for b in bits[:-2] if b).replace("\x92", "’")
            addr = [x.strip() for x in street.split(" - ") if x.strip()]
            addr.append(f"{bits[-2]} {bits[-1]}")
    return addr, clean(out.get("Tél"))


def record(**kw):
    """Field order of the importer's `Record` (serde), then the optional fields."""
    base = {
        "id": kw["id"], "name": kw["name"], "type_service": kw["type_service"],
        "commune": kw["commune"], "serves": [], "address": kw["address"],
        "lat": kw["lat"], "lon": kw["lon"], "phones": kw["phones"], "emails": kw["emails"],
        "website": kw["website"], "hours": kw.get("hours", []),
        "hours_note": kw.get("hours_note"), "updated": kw["updated"], "url": None,
        "source": kw["source"],
    }
    if kw.get("itinerant"):
        base["itinerant"] = True
    return base


def coord(v):
    try:
        x = float(str(v).replace(",", "."))
    except (TypeError, ValueError):
        return None
    return round(x, 6)


def convert(shared, data_dir):
    current, former, by_postcode = read_communes(data_dir)
    dropped = Counter()
    notes = Counter()
    out = {}

    with gzip.open(shared / DILA_2019, "rt", encoding="utf-8") as f:
        later = {row["id"]: row for row in csv.DictReader(f)}

    with gzip.open(shared / DILA_2016, "rt", encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    for r in rows:
        t = r["type"]
        if t not in TYPES:
            dropped[f"type {t} (hors périmètre)"] += 1
            continue
        wa = r.get("writeAddress") or {}
        code = r["codeinsee"]
        insee, how = map_insee(code, wa.get("addressLocality"), wa.get("postalCode"),
                               dep_of(code), current, former, by_postcode)
        if insee is None:
            dropped["commune fusionnée introuvable"] += 1
            continue
        if how:
            notes[f"code INSEE d'une commune fusionnée, rattaché par {how}"] += 1
        address = [s.strip() for s in wa.get("streetAddress") or [] if s and s.strip()]
        town = " ".join(x for x in [clean(wa.get("postalCode")), clean(wa.get("addressLocality"))] if x)
        if town:
            address.append(town)
        phone = clean(r.get("contact_phone"))
        email = clean(r.get("contact_email"))
        lat, lon = coord(r.get("latitude")), coord(r.get("longitude"))
        updated, source = r["update"], SRC_2016
        l19 = later.get(r["id"])
        if l19:
            addr19, phone19 = parse_2019_notes(l19["notes"])
            if addr19:
                if words(addr19) != words(address):
                    # Moved or rewritten: the 2016 point no longer proves where it is.
                    lat = lon = None
                    notes["adresse changée en 2019 : point 2016 retiré"] += 1
                address = addr19
            if phone19:
                # A 2019 writing short of the area digits names the same line as a
                # complete 2016 writing ending with the same digits: keep the complete one.
                if phone and digits(phone).endswith(digits(phone19)) and len(digits(phone19)) < len(digits(phone)):
                    notes["téléphone 2019 incomplet, écriture 2016 complète conservée"] += 1
                else:
                    phone = phone19
            email = clean(l19.get("request_email")) or email
            updated, source = DATE_2019, SRC_2019
            notes["confirmés par l'extrait 2019"] += 1
        websites = [w for w in r.get("website") or [] if w and w.startswith("http")]
        out[f"dila:{r['id']}"] = record(
            id=f"dila:{r['id']}", name=" ".join(r["nom"].split()), type_service=t, commune=insee,
            address=address, lat=lat, lon=lon,
            phones=[[phone, None]] if phone else [],
            emails=[email] if email and "@" in email and not email.startswith("http") else [],
            website=websites[0] if websites else None,
            updated=updated, source=source,
        )

    with gzip.open(shared / FS_2024, "rt", encoding="utf-8") as f:
        fs_rows = list(csv.DictReader(f))
    for r in fs_rows:
        code = r["insee_com"].strip().zfill(5)
        insee, how = map_insee(code, r["lib_com"], r["code_postal"], dep_of(code), current, former, by_postcode)
        if insee is None:
            dropped["France Services : commune introuvable"] += 1
            continue
        address = [x for x in [clean(r["adresse"]), clean(r["complement_adresse"])] if x]
        address.append(" ".join(x for x in [clean(r["code_postal"]), clean(r["lib_com"])] if x))
        hours = []
        for day in FS_DAYS:
            slots = []
            for slot in (r[f"h_{day}"] or "").split("/"):
                o, _, c = slot.partition("-")
                if o.strip() and c.strip():
                    slots.append([o.strip(), c.strip()])
            if slots:
                hours.append([day, day, slots])
        itinerant = r["format_fs"] in ITINERANT
        if itinerant:
            notes["France Services itinérantes (adresse de base)"] += 1
        note = clean(r["commentaire"])
        if note == ".":
            note = None
        if r["prise_rdv"] == "Oui":
            note = "Sur rendez-vous." + (f" {note}" if note else "")
        phone = clean(r["telephone"])
        out[f"fs:{r['id_fs']}"] = record(
            id=f"fs:{r['id_fs']}", name=" ".join(r["lib_fs"].split()), type_service="france_services",
            commune=insee, address=address, lat=coord(r["latitude"]), lon=coord(r["longitude"]),
            phones=[[phone, None]] if phone else [],
            emails=[clean(r["mail"])] if clean(r["mail"]) else [],
            website=None, hours=hours, hours_note=note, updated=DATE_FS, source=SRC_FS,
            itinerant=itinerant,
        )
    return out, dropped, notes, len(rows), len(later), len(fs_rows)


# The 2026-07 pages of the DILA directory (records with an e-mail only): our
# type for each page; point-justice rows are typed by their name.
PAGES_2026 = {
    "point-justice": None, "france-services": "france_services", "ccas": "ccas",
    "pif": "pif", "mda": "mda", "pmi": "pmi", "clic": "clic",
}
# Types that may name the same structure across the years (a 2016 point
# d'accès au droit is a 2026 point-justice or MJD).
FAMILY = {
    "mjd": "justice", "cidf": "justice", "bav": "justice", "point_justice": "justice",
    "permanence_juridique": "justice", "france_services": "fs", "ccas": "ccas",
    "pif": "pif", "mda": "autonomy", "maison_handicapees": "autonomy", "pmi": "pmi",
    "clic": "clic",
}
# Kinds a commune has at most one of: the only one on each side is the same structure.
SINGLE = {"mjd": "mjd", "cidf": "cidf", "bav": "bav", "mda": "autonomy", "maison_handicapees": "autonomy"}

# Points d'accès au droit: a 2026 row of a more precise kind may be one of them.
GENERIC = {"point_justice", "permanence_juridique"}


def compatible(old, new):
    """An MJD is never the same structure as a CIDFF or a victim-support bureau."""
    return old == new or old in GENERIC or new in GENERIC or FAMILY[old] != "justice"


ROW_2026 = re.compile(
    r'<tr(?: class="jl-paged")?><td class="type">.*?</td><td class="nom">(.*?)</td>'
    r'<td class="mail">(.*?)</td><td class="contact">(.*?)</td>')
TOWN = re.compile(r"^(?:(.*)[\s,])?(\d{4,5})\s+([^,]+)$")
MJD = re.compile(r"maison (de la |de )?justice et (du )?droit")


def justice_type(name):
    k = key(name)
    if MJD.search(k):
        return "mjd"
    if "cidff" in k.split() or "droits des femmes" in k:
        return "cidf"
    if "victime" in k:
        return "bav"
    return "point_justice"


def split_address(text):
    """`street, CP TOWN` as published; the postcode is the last 4- or 5-digit
    group before the town (street numbers can run into it, and 152 postcodes
    lost their leading zero upstream)."""
    m = TOWN.match(text.strip())
    if not m:
        return None
    street, cp, town = (m.group(1) or "").strip(" ,"), m.group(2).zfill(5), m.group(3).strip()
    return street, cp, town


def rows_2026(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        page = f.read()
    for nom, mail, contact in ROW_2026.findall(page):
        phone, site, places = None, None, []
        for part in contact.split("<br>"):
            t = re.search(r'<span class="tel">(.*?)</span>', part)
            if t:
                phone = clean(html.unescape(t.group(1)))
                continue
            a = re.search(r'<a href="(.*?)"', part)
            if a:
                site = html.unescape(a.group(1))
                continue
            text = clean(html.unescape(re.sub(r"<[^>]+>", "", part)))
            if text:
                places.append(text)
        yield {
            "name": " ".join(html.unescape(nom).split()),
            "emails": [html.unescape(m) for m in re.findall(r'href="mailto:(.*?)"', mail)],
            "phone": phone,
            "website": site if site and site.startswith("http") else None,
            "place": places[0] if places else None,
        }


class Towns:
    """Commune of a `CP TOWN` line: by postcode and name, arrondissements for
    Paris, Lyon and Marseille, as the older records have them."""

    def __init__(self, data_dir):
        with gzip.open(data_dir / "communes.jsonl.gz", "rt", encoding="utf-8") as f:
            self.all = {c["insee"]: c for c in map(json.loads, f) if c}
        self.by_postcode = defaultdict(list)
        self.by_name = defaultdict(list)
        for c in self.all.values():
            for p in c["postcodes"]:
                self.by_postcode[p].append(c)
            if c["kind"] == "commune":
                for n in [c["name"], *c["former"]]:
                    self.by_name[(c["departement"], key(n))].append(c["insee"])

    def find(self, cp, town):
        t = key(re.sub(r"\b\d+\s*(e|er|eme|ème)?\b.*$", "", town, flags=re.I)) or key(town)
        cands = self.by_postcode.get(cp, [])
        arr = [c for c in cands if c["kind"] == "arrondissement"
               and key(self.all[c["parent"]]["name"]) == t]
        if len(arr) == 1:
            return arr[0]["insee"]
        named = [c["insee"] for c in cands if c["kind"] == "commune"
                 and (key(c["name"]) == t or t in map(key, c["former"]))]
        if len(named) == 1:
            return named[0]
        dep = cp[:3] if cp.startswith("97") else cp[:2]
        by_name = sorted(set(self.by_name.get((dep, t), [])))
        if len(by_name) == 1:
            return by_name[0]
        communes = [c for c in cands if c["kind"] == "commune"]
        if len(communes) == 1:
            return communes[0]["insee"]
        # A shortened or lengthened name ("Berck-sur-Mer" for Berck, "Louhans"
        # for Louhans-Châteaurenaud, "Hellemmes" for Hellemmes-Lille, now Lille).
        def starts(a, b):
            return a == b or a.startswith(b + " ") or b.startswith(a + " ")
        near = sorted({c["insee"] for c in communes
                       if any(starts(t, key(n)) for n in [c["name"], *c["former"]])})
        if len(near) == 1:
            return near[0]
        # A misspelt town ("Criqetot", "Virheux"): the one clearly closest name.
        scored = sorted((difflib.SequenceMatcher(None, t, key(c["name"])).ratio(), c["insee"])
                        for c in communes)
        if scored and scored[-1][0] >= 0.85 and (len(scored) == 1 or scored[-2][0] < 0.75):
            return scored[-1][1]
        return None


def name_key(name):
    """A structure's name without the words that differ between extracts."""
    k = key(name)
    k = re.sub(r"^point justice\s*", "", k)
    k = re.sub(r"\b(de la|de l|du|des|de|d|la|le|les|l|en|et)\b", " ", k)
    return " ".join(k.split())


def layer_2026(shared, data_dir, out):
    """Confirms, refreshes or adds records from the 2026-07-14 capture.
    Returns the counts written to the meta file and data/SOURCES.md."""
    towns = Towns(data_dir)
    counts = Counter()
    fresh = []
    seen = set()
    for page, kind in PAGES_2026.items():
        for row in rows_2026(shared / DILA_2026 / f"{page}.html.gz"):
            t = kind or justice_type(row["name"])
            parsed = split_address(row["place"]) if row["place"] else None
            insee = towns.find(parsed[1], parsed[2]) if parsed else None
            if insee is None:
                counts[f"2026 : commune introuvable ({page})"] += 1
                continue
            # The same structure on several rows (Tourcoing "1" and "2").
            twin = (t, insee, digits(row["phone"])[-9:] or key(row["name"]))
            if twin in seen:
                counts["2026 : ligne en double"] += 1
                continue
            seen.add(twin)
            street, cp, town = parsed
            row.update(type=t, commune=insee,
                       address=[x for x in [street, f"{cp} {town}"] if x])
            fresh.append(row)

    older = defaultdict(list)  # (family, commune) -> ids
    for rid, r in out.items():
        fam = FAMILY.get(r["type_service"])
        if fam:
            older[(fam, r["commune"])].append(rid)
    single_old = Counter((SINGLE[r["type_service"]], r["commune"]) for r in out.values()
                         if r["type_service"] in SINGLE)
    single_new = Counter((SINGLE[r["type"]], r["commune"]) for r in fresh if r["type"] in SINGLE)

    touched = set()
    for row in fresh:
        fam = FAMILY[row["type"]]
        phone = digits(row["phone"])[-9:]
        same = []
        for rid in older[(fam, row["commune"])]:
            o = out[rid]
            if not compatible(o["type_service"], row["type"]):
                continue
            old_phones = {digits(p[0])[-9:] for p in o["phones"]}
            s = SINGLE.get(o["type_service"])
            if (phone and phone in old_phones) or name_key(o["name"]) == name_key(row["name"]) or (
                    s and s == SINGLE.get(row["type"])
                    and single_old[(s, row["commune"])] == 1 and single_new[(s, row["commune"])] == 1):
                same.append(rid)
        if not same:
            digest = hashlib.sha1(f"{row['name']}|{phone}".encode()).hexdigest()[:8]
            rid = f"dila2026:{row['type']}-{row['commune']}-{digest}"
            out[rid] = record(
                id=rid, name=row["name"], type_service=row["type"], commune=row["commune"],
                address=row["address"], lat=None, lon=None,
                phones=[[row["phone"], None]] if row["phone"] else [], emails=row["emails"],
                website=row["website"], updated=DATE_2026, source=SRC_2026)
            counts[f"2026 : nouvelles fiches ({row['type']})"] += 1
            continue
        for rid in same:
            if rid in touched:
                continue
            touched.add(rid)
            o = out[rid]
            old_phones = {digits(p[0])[-9:] for p in o["phones"]}
            moved = words(row["address"]) != words(o["address"])
            changed = moved or (phone and phone not in old_phones)
            counts["2026 : fiches actualisées" if changed else "2026 : fiches confirmées"] += 1
            if moved:
                # The older point no longer proves where it is.
                o["lat"] = o["lon"] = None
                o["address"] = row["address"]
            if row["phone"]:
                o["phones"] = [[row["phone"], None]]
            o["emails"] = row["emails"] or o["emails"]
            o["website"] = row["website"] or o["website"]
            if o["type_service"] in GENERIC or o["type_service"] == row["type"]:
                o["type_service"], o["name"] = row["type"], row["name"]
            if o["hours"] and o["source"]["date"] != DATE_2026:
                # Hours are not on the 2026 pages: they keep their own date.
                note = f"Horaires publiés le {o['source']['date'][8:10]}/{o['source']['date'][5:7]}/{o['source']['date'][:4]}."
                o["hours_note"] = f"{note} {o['hours_note']}" if o["hours_note"] else note
            o["updated"], o["source"] = DATE_2026, SRC_2026
    covered = {FAMILY[t] for t in FAMILY if t in {r["type"] for r in fresh}}
    counts["2026 : fiches plus anciennes non vues (pas closes : page limitée aux fiches avec e-mail)"] = sum(
        1 for rid, r in out.items()
        if FAMILY.get(r["type_service"]) in covered and r["updated"] != DATE_2026)
    return counts, len(fresh)


def write_gz(path, lines):
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as g:
        for l in lines:
            g.write(l.encode("utf-8") + b"\n")
    path.write_bytes(raw.getvalue())


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    root = Path(__file__).resolve().parent.parent
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "data" / "extracts"
    data_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "data"
    out, dropped, notes, n16, n19, nfs = convert(shared, data_dir)
    layer, n26 = layer_2026(shared, data_dir, out)
    notes.update(layer)
    lines = [json.dumps(out[k], ensure_ascii=False, separators=(",", ":")) for k in sorted(out)]
    write_gz(data_dir / "annuaire.jsonl.gz", lines)

    by_type = Counter(r["type_service"] for r in out.values())
    by_dep = defaultdict(Counter)
    for r in out.values():
        by_dep[dep_of(r["commune"])][r["type_service"]] += 1
    meta = {
        "source": "DILA base locale 2016-02 (confirmations 2019-07-23 et 2026-07-14), ANCT France Services 2024-08-01",
        "base_url": "",
        "extract_date": "2016-02-26",
        "counts": dict(sorted(by_type.items())),
        "rejected": [],
        "archival": {
            "inputs": {"dila_2016": n16, "dila_2019": n19, "france_services_2024": nfs, "dila_2026_07": n26},
            "dropped": dict(sorted(dropped.items())),
            "notes": dict(sorted(notes.items())),
            "by_departement": {d: dict(sorted(c.items())) for d, c in sorted(by_dep.items())},
        },
    }
    (data_dir / "annuaire.meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(out)} records; by type: {dict(sorted(by_type.items()))}", file=sys.stderr)
    print(f"dropped: {dict(dropped)}; notes: {dict(notes)}", file=sys.stderr)


if __name__ == "__main__":
    main()
