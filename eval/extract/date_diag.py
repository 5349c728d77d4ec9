#!/usr/bin/env python3
"""Where does the gold publication date occur in a page's raw HTML?

For every page whose extracted date (out/ours.jsonl, key "html") differs from the WCXB gold publish_date, looks
for the gold date in the raw HTML in many spellings (ISO and compact forms, slashes and dots in every order,
English and non-English month names, CJK and Korean forms, Unix epoch seconds/milliseconds for any time of that
day in any time zone) and prints each occurrence with its surrounding context, so that readers can be added for
the spellings that turn up.
Usage: eval/extract/date_diag.py [--bench DIR] [--ours out/ours.jsonl] [--ids 0001,0002] [--context 120] [--all]
(--all: also pages we get right). Summary at the end: how many misses have the gold date in which spelling."""
import argparse
import datetime as dt
import glob
import gzip
import html as htmlmod
import json
import os
import re
from collections import Counter

MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}


def spellings(date):
    """(label, regex) pairs for one gold date (YYYY-MM-DD or YYYY-MM)."""
    parts = date.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else None
    d = int(parts[2]) if len(parts) > 2 else None
    out = []
    if m is None:
        return out
    mm, yy = f"{m:02d}", f"{y:04d}"
    if d is None:
        out.append(("iso-month", rf"{yy}-{mm}\b"))
        for lang, names in MONTHS.items():
            if lang == "en":
                out.append(("month-en", rf"(?i)\b{re.escape(names[m - 1][:3])}\w*\.?,?\s+{yy}"))
            elif names[m - 1] != MONTHS["en"][m - 1]:
                out.append((f"month-{lang}", rf"(?i)\b{re.escape(names[m - 1])}\b,?\s+{yy}"))
        return out
    dd = f"{d:02d}"
    dpat = rf"0?{d}"
    mpat = rf"0?{m}"
    out += [
        ("iso", rf"{yy}-{mm}-{dd}"),
        ("compact", rf"(?<!\d){yy}{mm}{dd}(?!\d)"),
        ("ymd-sep", rf"(?<!\d){yy}\s*[/._]\s*{mpat}\s*[/._]\s*{dpat}(?!\d)"),
        ("dmy-sep", rf"(?<!\d){dpat}\s*[/._-]\s*{mpat}\s*[/._-]\s*(?:{yy}|{yy[2:]})(?!\d)"),
        ("mdy-sep", rf"(?<!\d){mpat}\s*[/._-]\s*{dpat}\s*[/._-]\s*(?:{yy}|{yy[2:]})(?!\d)"),
        ("cjk", rf"{yy}\s*年\s*{mpat}\s*月\s*{dpat}\s*日"),
        ("korean", rf"{yy}\s*년\s*{mpat}\s*월\s*{dpat}\s*일"),
    ]
    for lang, names in MONTHS.items():
        full = re.escape(names[m - 1])
        abbr = re.escape(names[m - 1][:3])
        mon = rf"(?:{full}|{abbr}\.?)"
        if lang != "en":
            # Only the full name, and only where it is no English spelling (Dutch "november" is English too).
            if names[m - 1] == MONTHS["en"][m - 1]:
                continue
            mon = rf"{full}\b"
        out.append((f"dmy-{lang}", rf"(?i)(?<!\d){dpat}(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?{mon}\w*\.?,?\s*(?:de\s+)?{yy}"))
        out.append((f"mdy-{lang}", rf"(?i)\b{mon}\w*\.?\s+{dpat}(?:st|nd|rd|th)?,?\s+{yy}"))
    # Epoch seconds / milliseconds anywhere in that calendar day, in any zone from UTC-12 to UTC+14.
    start = int(dt.datetime(y, m, d, tzinfo=dt.timezone.utc).timestamp()) - 14 * 3600
    end = start + 24 * 3600 + 26 * 3600
    lo, hi = str(start), str(end)
    common = os.path.commonprefix([lo, hi])
    out.append(("epoch", rf"(?<!\d)({re.escape(common)}\d{{{10 - len(common)}}}(?:\d{{3}})?)(?!\d)"))
    return out


def epoch_ok(match, date):
    y, m, d = map(int, date.split("-"))
    v = int(match)
    if v > 10**11:
        v //= 1000
    day = dt.datetime(y, m, d, tzinfo=dt.timezone.utc).timestamp()
    return day - 14 * 3600 <= v < day + 24 * 3600 + 12 * 3600


def load(bench, i):
    p = os.path.join(bench, "html", f"{i}.html.gz")
    with gzip.open(p, "rb") as fh:
        raw = fh.read()
    return raw.decode("utf-8", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bench", default="/work/shared/bench/wcxb-dev-articles")
    ap.add_argument("--ours", default=os.path.join(here, "out", "ours.jsonl"))
    ap.add_argument("--ids")
    ap.add_argument("--context", type=int, default=120)
    ap.add_argument("--max-hits", type=int, default=6)
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    ours = {}
    with open(a.ours, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            ours[r["id"]] = r.get("html") or {}
    wanted = set(a.ids.split(",")) if a.ids else None
    summary = Counter()
    absent = []
    for f in sorted(glob.glob(os.path.join(a.bench, "ground-truth", "*.json"))):
        i = os.path.basename(f)[:-5]
        if wanted and i not in wanted:
            continue
        g = json.load(open(f, encoding="utf-8"))
        gold = (g["ground_truth"].get("publish_date") or "").strip()
        if not gold:
            continue
        got = (ours.get(i, {}).get("published") or "")[:10]
        if got == gold and not a.all:
            continue
        text = load(a.bench, i)
        unescaped = htmlmod.unescape(text)
        print(f"=== {i} gold={gold} ours={got} modified={(ours.get(i, {}).get('modified') or '')[:10]} url={g.get('url')}")
        kinds = set()
        for label, pat in spellings(gold):
            rx = re.compile(pat)
            hits = 0
            for mt in rx.finditer(unescaped):
                if label == "epoch" and not epoch_ok(mt.group(1), gold):
                    continue
                hits += 1
                kinds.add(label.split("-")[0] if label.startswith(("dmy-", "mdy-", "month-")) and label.endswith("-en") else label)
                if hits <= a.max_hits:
                    s, e = max(0, mt.start() - a.context), min(len(unescaped), mt.end() + a.context)
                    ctx = unescaped[s:e].replace("\n", " ")
                    print(f"  [{label}] …{ctx}…")
            if hits > a.max_hits:
                print(f"  [{label}] ({hits} hits in all)")
        if not kinds:
            absent.append(i)
            print("  (not found in any spelling)")
        for k in kinds:
            summary[k] += 1
    print("\n== pages with the gold date in each spelling:", dict(summary.most_common()))
    print("== gold date not found:", len(absent), " ".join(absent))


if __name__ == "__main__":
    main()
