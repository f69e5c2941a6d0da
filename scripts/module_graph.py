#!/usr/bin/env python3
"""Which file of src/ uses which (from `use`, `crate::…` and `super::…`
paths), then the loops between files and the imports that go from a lower
layer to a higher one (domain ← sources ← index ← search ← web).
Usage: python3 scripts/module_graph.py  (exit 1 when a loop or violation exists)"""
import os, re, sys

ROOT = "src"
LAYERS = ["domain", "catalogue", "sources", "index", "search", "locale", "error_reports", "editors", "web"]
ALLOWED = {  # what each top-level module may use besides itself (issue 11)
    "domain": set(),
    "catalogue": {"domain"},  # the loaded data: domain values, no behaviour
    "sources": {"domain", "catalogue"},
    "index": {"domain", "sources", "catalogue"},
    "search": {"index", "domain", "catalogue"},
    "locale": {"domain"},
    "error_reports": {"domain", "sources", "catalogue"},  # error reports, and the corrections they become
    "editors": {"domain", "sources", "catalogue"},  # the back office's accounts, proposals, audit (issue 37)
    "web": {"search", "domain", "locale", "catalogue", "error_reports", "editors"},
    "main": {"web", "search", "index", "sources", "domain", "locale", "catalogue", "error_reports", "editors"},
}

def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return rel

files = {}
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith(".rs"):
            p = os.path.join(d, f)
            files[tuple(module_of(p))] = p

def resolve(mod, parts):
    """The longest known module a path names."""
    for n in range(len(parts), 0, -1):
        if tuple(parts[:n]) in files:
            return tuple(parts[:n])
    return None

edges = {}
for mod, path in files.items():
    src = open(path).read()
    src = re.sub(r"#\[cfg\(test\)\]\s*mod tests \{.*", "", src, flags=re.S)
    targets = set()
    for m in re.finditer(r"\b((?:crate|super)(?:::\w+)+)", src):
        parts = m.group(1).split("::")
        if parts[0] == "crate":
            t = resolve(mod, parts[1:])
        else:
            here = list(mod)
            while parts and parts[0] == "super":
                parts = parts[1:]
                here = here[:-1]
            t = resolve(mod, here + parts)
        if t is not None and t != mod and t != ():
            targets.add(t)
    # A module file naming its children (`results::home`) uses them too.
    if path.endswith("mod.rs") or path.endswith("lib.rs"):
        for m in re.finditer(r"(?<![:\w])(\w+)::", src):
            child = tuple(mod) + (m.group(1),)
            if child in files:
                targets.add(child)
    edges[mod] = targets

def is_parent(a, b):
    return len(a) < len(b) and b[: len(a)] == a

cycles = set()
def dfs(start, node, seen, stack):
    for t in edges.get(node, ()):
        if t == start:
            cycles.add(tuple(sorted("::".join(s) for s in stack)))
        elif t not in seen and len(stack) < 8:
            seen.add(t)
            dfs(start, t, seen, stack + [t])
for m in edges:
    dfs(m, m, {m}, [m])

bad = []
for a, ts in edges.items():
    for t in ts:
        la, lt = (a[0] if a else ""), (t[0] if t else "")
        if la != lt and la in ALLOWED and lt not in ALLOWED[la]:
            bad.append(f"{'::'.join(a)} -> {'::'.join(t)}")
for c in sorted(cycles):
    print("loop:", " <-> ".join(c))
for b in sorted(bad):
    print("layer:", b)
print(f"{len(files)} files, {len(cycles)} loops, {len(bad)} imports against the layers")
sys.exit(1 if cycles or bad else 0)
