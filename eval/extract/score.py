#!/usr/bin/env python3
"""Scores extractions on WCXB with one scoring code for every system.

Input: JSONL files, one object per page: {"id": ..., "<system>": {"text", "title", "authors", "published"}, ...}.
Main text: word 4-gram (shingle) precision / recall against ground_truth.main_content, averaged over pages,
F1 of the mean P and R (and mean of per-page F1 as well). "date" compares the published date; WCXB's
publish_date often is the page's last-updated date, so "dateLst" compares modified-else-published. Metadata: exact
match after trimming (authors as a set of names split at ",", ";", "&", "and"; "authStr" is the plain string match
of the ", "-joined list), over pages whose
ground truth states the field; "invented" counts values given where the ground truth has none.
Reports all pages, even file numbers (dev, used for tuning) and odd ones (held out)."""
import argparse
import glob
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    words = WORD.findall((text or "").lower())
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def prf(pred, gold):
    p_sh, g_sh = shingles(pred), shingles(gold)
    if not g_sh and not p_sh:
        return 1.0, 1.0
    if not p_sh or not g_sh:
        return 0.0, 0.0
    tp = sum((p_sh & g_sh).values())
    return tp / sum(p_sh.values()), tp / sum(g_sh.values())


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm_meta(s):
    """Trimmed, white space collapsed, typographic quotes as ASCII (the ground truth writes ASCII quotes)."""
    return re.sub(r"\s+", " ", (s or "").translate(QUOTES).strip())


NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def author_names(s):
    """An author value as a list of names, order ignored: the ground truth writes one string ("A, B, and C",
    "A and B", "A & B"), systems give a list; both are split at the same separators before comparing."""
    return sorted(n for n in NAME_SEPARATORS.split(norm_meta(s)) if n)


def load_gt(bench):
    gt = {}
    for f in glob.glob(os.path.join(bench, "ground-truth", "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        gt[os.path.basename(f)[:-5]] = d["ground_truth"]
    return gt


def score_system(records, gt, ids):
    n = 0
    sp = sr = sf = 0.0
    meta = {k: [0, 0, 0, 0] for k in ("title", "author", "author_str", "date", "date_latest")}  # ok, with_gold, invented, without_gold
    for i in ids:
        g = gt[i]
        r = records.get(i) or {}
        p, rc = prf(r.get("text"), g.get("main_content"))
        sp += p
        sr += rc
        sf += 2 * p * rc / (p + rc) if p + rc else 0.0
        n += 1
        preds = {
            "title": norm_meta(r.get("title")),
            "author": author_names(", ".join(r.get("authors") or [])),
            "author_str": norm_meta(", ".join(r.get("authors") or [])),
            "date": norm_meta((r.get("published") or "")[:10]),
            "date_latest": norm_meta((r.get("modified") or r.get("published") or "")[:10]),
        }
        golds = {"title": g.get("title"), "author": g.get("author"), "author_str": g.get("author"), "date": g.get("publish_date"),
                 "date_latest": g.get("publish_date")}
        for k in meta:
            if golds[k]:
                meta[k][1] += 1
                gold = author_names(golds[k]) if k == "author" else norm_meta(golds[k])
                meta[k][0] += int(preds[k] == gold)
            else:
                meta[k][3] += 1
                meta[k][2] += int(bool(preds[k]))
    if not n:
        return None
    P, R = sp / n, sr / n
    out = {"pages": n, "P": P, "R": R, "F1": 2 * P * R / (P + R) if P + R else 0.0, "meanF1": sf / n}
    for k, (ok, tot, inv, tot0) in meta.items():
        out[k] = ok / tot if tot else 0.0
        out[k + "_invented"] = f"{inv}/{tot0}"
    return out


def load_jsonl(path, key):
    recs = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if key in d:
                recs[d["id"]] = d[key]
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--system", action="append", required=True, help="NAME=FILE.jsonl:KEY")
    ap.add_argument("--per-page", help="write per-page F1 of every system to this TSV")
    a = ap.parse_args()
    gt = load_gt(a.bench)
    ids = sorted(gt)
    halves = {"all": ids, "even(dev)": [i for i in ids if int(i) % 2 == 0], "odd(held-out)": [i for i in ids if int(i) % 2 == 1]}
    systems = []
    for s in a.system:
        name, rest = s.split("=", 1)
        path, key = rest.rsplit(":", 1)
        systems.append((name, load_jsonl(path, key)))
    hdr = f"{'system':<22}{'split':<15}{'pages':>6}{'P':>8}{'R':>8}{'F1':>8}{'meanF1':>8}{'title':>8}{'author':>8}{'authStr':>8}{'date':>8}{'dateLst':>8}  invented t/a/d"
    print(hdr)
    print("-" * len(hdr))
    for name, recs in systems:
        for split, sid in halves.items():
            r = score_system(recs, gt, sid)
            if r:
                print(f"{name:<22}{split:<15}{r['pages']:>6}{r['P']:>8.4f}{r['R']:>8.4f}{r['F1']:>8.4f}{r['meanF1']:>8.4f}"
                      f"{r['title']:>8.4f}{r['author']:>8.4f}{r['author_str']:>8.4f}{r['date']:>8.4f}{r['date_latest']:>8.4f}  {r['title_invented']} {r['author_invented']} {r['date_invented']}")
    if a.per_page:
        with open(a.per_page, "w", encoding="utf-8") as fh:
            fh.write("id\t" + "\t".join(f"{n}_P\t{n}_R" for n, _ in systems) + "\n")
            for i in ids:
                cols = []
                for _, recs in systems:
                    p, r = prf((recs.get(i) or {}).get("text"), gt[i].get("main_content"))
                    cols += [f"{p:.3f}", f"{r:.3f}"]
                fh.write(i + "\t" + "\t".join(cols) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
