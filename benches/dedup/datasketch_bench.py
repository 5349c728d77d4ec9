#!/usr/bin/env python3
"""Near-duplicate detection with datasketch MinHashLSH on the same generated
corpus as dedup_bench: word 3-gram shingles of NFKC-lowercased, digit-folded
words, MinHash (num_perm), MinHashLSH (threshold), query-then-insert in
publication order on one thread. Prints one JSON line with articles/s and pair
precision/recall of (a) raw LSH candidates and (b) candidates verified with the
same exact Jaccard / containment rule as storyline-dedup, the earliest verified
candidate being canonical.

Usage: datasketch_bench.py CORPUS.jsonl GOLD.jsonl [--threshold 0.5] [--num-perm 72]"""
import argparse
import json
import re
import time
import unicodedata
from collections import defaultdict

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")


def shingles(text):
    t = unicodedata.normalize("NFKC", text).lower().replace("'", "").replace("\u2019", "")
    words = [re.sub(r"\d", "0", w) for w in WORD.findall(t)]
    if len(words) < 3:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)}


def pairs(groups):
    out = set()
    for m in groups.values():
        m = sorted(m)
        for i in range(len(m)):
            for j in range(i + 1, len(m)):
                out.add((m[i], m[j]))
    return out


def prf(pred, gold):
    tp = len(pred & gold)
    return (tp / len(pred) if pred else 1.0), (tp / len(gold) if gold else 1.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("gold")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--num-perm", type=int, default=72)
    ap.add_argument("--jaccard", type=float, default=0.5)
    ap.add_argument("--containment", type=float, default=0.8)
    ap.add_argument("--min-containment-shingles", type=int, default=15)
    args = ap.parse_args()
    docs = [json.loads(l) for l in open(args.corpus) if l.strip()]
    gold = {g["id"]: g["dup_group"] for g in (json.loads(l) for l in open(args.gold) if l.strip())}
    docs.sort(key=lambda d: (d.get("published") or "", d["id"]))

    start = time.perf_counter()
    cpu_start = time.process_time()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    candidates = {}
    sets = {}
    for d in docs:
        s = shingles(d["text"])
        m = MinHash(num_perm=args.num_perm)
        m.update_batch(list(s))
        candidates[d["id"]] = lsh.query(m)
        lsh.insert(d["id"], m)
        sets[d["id"]] = s
    lsh_secs = time.perf_counter() - start
    lsh_cpu = time.process_time() - cpu_start

    vstart = time.perf_counter()
    order = {d["id"]: i for i, d in enumerate(docs)}
    canonical = {}
    for d in docs:
        a = sets[d["id"]]
        best = None
        for c in candidates[d["id"]]:
            b = sets[c]
            if not a or not b:
                continue
            inter = len(a & b)
            j = inter / len(a | b)
            cont = inter / min(len(a), len(b))
            if j >= args.jaccard or (cont >= args.containment and min(len(a), len(b)) >= args.min_containment_shingles):
                root = canonical.get(c, c)
                if best is None or order[root] < order[best]:
                    best = root
        canonical[d["id"]] = best or d["id"]
    verify_secs = time.perf_counter() - vstart

    truth = defaultdict(set)
    for d in docs:
        truth[gold.get(d["id"], d["id"])].add(d["id"])
    gold_pairs = pairs(truth)
    raw = {tuple(sorted((d["id"], c))) for d in docs for c in candidates[d["id"]]}
    groups = defaultdict(set)
    for i, r in canonical.items():
        groups[r].add(i)
    verified = pairs(groups)
    rp, rr = prf(raw, gold_pairs)
    vp, vr = prf(verified, gold_pairs)
    print(json.dumps({
        "tool": "datasketch", "articles": len(docs), "threshold": args.threshold, "num_perm": args.num_perm,
        "bands_rows": [lsh.b, lsh.r], "seconds": lsh_secs, "articles_per_s": len(docs) / lsh_secs,
        "cpu_seconds": lsh_cpu, "articles_per_cpu_s": len(docs) / lsh_cpu,
        "candidate_pair_precision": rp, "candidate_pair_recall": rr,
        "verify_seconds": verify_secs, "verified_pair_precision": vp, "verified_pair_recall": vr,
        "gold_pairs": len(gold_pairs),
    }))


if __name__ == "__main__":
    main()
