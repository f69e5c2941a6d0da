"""Validates what Maillage's HSDS view returns against the official HSDS 3.0
compiled schemas (Open Referral, CC BY-SA 4.0), with the `jsonschema` library
(installed with schemathesis by scripts/test.sh).

Usage: python3 validate.py BASE_URL SCHEMA_DIR
Lists are read across the whole catalogue (every category, archival and
France Services records included); every id a list returns must resolve."""
import gzip, json, sys, urllib.request
from jsonschema import Draft202012Validator

base, schemas = sys.argv[1], sys.argv[2]
def schema(name):
    with gzip.open(f"{schemas}/{name}.json.gz", "rt") as f:
        return Draft202012Validator(json.load(f))
def get(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)

errors, checked = [], 0
def check(v, obj, where):
    global checked
    checked += 1
    for e in v.iter_errors(obj):
        errors.append(f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message[:160]}")

kinds = [("services", "service_list", "service"),
         ("organizations", "organization_list", "organization"),
         # location.json is not compiled (it refers to address.json, absent):
         # locations are only checked to resolve.
         ("locations", None, None),
         ("service_at_locations", "service_at_location_list", "service_at_location")]
for path, list_schema, one_schema in kinds:
    lv = schema(list_schema) if list_schema else None
    ov = schema(one_schema) if one_schema else None
    meta = get(f"/api/hsds/{path}?per_page=1")
    n = meta["total_items"]
    per = 50
    pages = max(1, -(-n // per))
    # Pages spread over the catalogue: national, mairies, DILA and France Services records.
    for page in sorted({1, 2, pages // 7, pages // 3, pages // 2, 2 * pages // 3, pages - 1, pages}):
        if page < 1:
            continue
        body = get(f"/api/hsds/{path}?per_page={per}&page={page}")
        for item in body["contents"]:
            if lv:
                check(lv, item, f"{path}?page={page} {item.get('id')}")
        for item in body["contents"][:5]:
            try:
                one = get(f"/api/hsds/{path}/{item['id']}")
            except Exception as e:
                errors.append(f"{path}/{item['id']}: listed but not found ({e})")
                continue
            if ov:
                check(ov, one, f"{path}/{item['id']}")
# Around a few communes: every kind of local record (police, CIDFF, victim
# support, justice, France Services, mairie, archival records) near them.
for path, list_schema, _ in kinds:
    if not list_schema:
        continue
    lv = schema(list_schema)
    for insee in ["01034", "75111", "59350", "97411", "2A004"]:
        body = get(f"/api/hsds/{path}?commune={insee}&per_page=100")
        for item in body["contents"]:
            check(lv, item, f"{path}?commune={insee} {item.get('id')}")
import collections
for e, n in collections.Counter(" ".join(e.split(" ")[0:1]).split("?")[0] + " | " + e.split(": ", 1)[1] for e in errors).most_common(30):
    print(n, e)
for e in errors[:0]:
    print(e)
print(f"{checked} objects checked, {len(errors)} schema errors")
sys.exit(1 if errors else 0)
