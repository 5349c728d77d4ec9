#!/usr/bin/env python3
"""Pages whose extracted published date differs between two runs, with the gold date and the half (even/odd).
Usage: eval/extract/date_diff.py OLD.jsonl NEW.jsonl [--bench DIR]"""
import argparse
import glob
import json
import os
from collections import Counter


def load(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out[r["id"]] = ((r.get("html") or {}).get("published") or "")[:10]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--bench", default="/work/shared/bench/wcxb-dev-articles")
    a = ap.parse_args()
    gold = {}
    for f in glob.glob(os.path.join(a.bench, "ground-truth", "*.json")):
        gold[os.path.basename(f)[:-5]] = (json.load(open(f, encoding="utf-8"))["ground_truth"].get("publish_date") or "").strip()
    old, new = load(a.old), load(a.new)
    tally = Counter()
    for i in sorted(new):
        if old.get(i, "") == new[i]:
            continue
        g = gold.get(i, "")
        half = "even" if int(i) % 2 == 0 else "odd"
        verdict = "+" if new[i] == g and g else "-" if old.get(i) == g and g else ("invented" if not g else "0")
        tally[(half, verdict)] += 1
        print(f"{i} {half} {verdict:>8} gold={g or '-':<10} old={old.get(i) or '-':<10} new={new[i] or '-'}")
    print(dict(sorted(tally.items())))


if __name__ == "__main__":
    main()
