#!/usr/bin/env python3
"""Scores predicted near-duplicate groups and stories against gold.

pred: JSONL with external_id, id, story_id, duplicate_of (from `storyline export
articles` or eval_corpus); gold: JSONL with id (= external_id), story, dup_group.
Prints pairwise P/R/F1, BCubed P/R/F1 and ARI for stories, and pairwise
P/R/F1 for near-duplicate pairs (an article and its canonical share a group).

Usage: score.py PRED GOLD [--label NAME] [--min METRIC=VALUE ...]
--min checks floors: prints PASS/BELOW per floor and exits 4 when one is missed.
--errors N lists up to N gold stories split or merged by the prediction."""
import json
import sys
from collections import Counter, defaultdict
from math import comb


def load(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


def pairs_of(clusters):
    s = set()
    for members in clusters.values():
        m = sorted(members)
        for i in range(len(m)):
            for j in range(i + 1, len(m)):
                s.add((m[i], m[j]))
    return s


def prf(pred_pairs, gold_pairs):
    tp = len(pred_pairs & gold_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 1.0
    r = tp / len(gold_pairs) if gold_pairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(pred, gold):
    pc, gc = defaultdict(set), defaultdict(set)
    for i, c in pred.items():
        pc[c].add(i)
    for i, c in gold.items():
        gc[c].add(i)
    p = r = 0.0
    for i in gold:
        a, b = pc[pred[i]], gc[gold[i]]
        inter = len(a & b)
        p += inter / len(a)
        r += inter / len(b)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ari(pred, gold):
    items = list(gold)
    n = len(items)
    cont = Counter((pred[i], gold[i]) for i in items)
    a = Counter(pred[i] for i in items)
    b = Counter(gold[i] for i in items)
    idx = sum(comb(v, 2) for v in cont.values())
    sa = sum(comb(v, 2) for v in a.values())
    sb = sum(comb(v, 2) for v in b.values())
    exp = sa * sb / comb(n, 2) if n > 1 else 0.0
    mx = (sa + sb) / 2
    return (idx - exp) / (mx - exp) if mx != exp else 1.0


def main():
    args = sys.argv[1:]
    label, floors, errors, pos = "", [], 0, []
    i = 0
    while i < len(args):
        if args[i] == "--label":
            label = args[i + 1] + ": "
            i += 2
        elif args[i] == "--min":
            k, v = args[i + 1].split("=")
            floors.append((k, float(v)))
            i += 2
        elif args[i] == "--errors":
            errors = int(args[i + 1])
            i += 2
        else:
            pos.append(args[i])
            i += 1
    pred_rows, gold_rows = load(pos[0]), load(pos[1])
    gold_story = {g["id"]: g["story"] for g in gold_rows}
    gold_dup = {g["id"]: g["dup_group"] for g in gold_rows}
    by_internal = {p["id"]: p for p in pred_rows}
    pred_story, pred_dup = {}, {}
    for p in pred_rows:
        ext = p.get("external_id")
        if ext not in gold_story:
            continue
        pred_story[ext] = p.get("story_id") or ("solo:" + ext)
        canon = p.get("duplicate_of")
        root = by_internal.get(canon, {}).get("external_id") if canon else ext
        pred_dup[ext] = root or ext
    missing = [g for g in gold_story if g not in pred_story]
    for g in missing:
        pred_story[g] = "missing:" + g
        pred_dup[g] = g
    sg, sp, dg, dp = (defaultdict(set) for _ in range(4))
    for i in gold_story:
        sg[gold_story[i]].add(i)
        sp[pred_story[i]].add(i)
        dg[gold_dup[i]].add(i)
        dp[pred_dup[i]].add(i)
    out = {"articles": len(gold_story), "missing": len(missing)}
    out["dup_pair_p"], out["dup_pair_r"], out["dup_pair_f1"] = prf(pairs_of(dp), pairs_of(dg))
    out["story_pair_p"], out["story_pair_r"], out["story_pair_f1"] = prf(pairs_of(sp), pairs_of(sg))
    out["story_bcubed_p"], out["story_bcubed_r"], out["story_bcubed_f1"] = bcubed(pred_story, gold_story)
    out["story_ari"] = ari(pred_story, gold_story)
    out["stories_gold"], out["stories_pred"] = len(sg), len(sp)
    print(label + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in out.items()))
    if errors:
        shown = 0
        for g, members in sorted(sg.items()):
            preds = {pred_story[i] for i in members}
            if len(preds) > 1 and shown < errors:
                print(f"  split gold story {g}: {len(members)} articles in {len(preds)} predicted stories")
                shown += 1
        for p, members in sorted(sp.items()):
            golds = sorted({gold_story[i] for i in members})
            if len(golds) > 1 and shown < 2 * errors:
                print(f"  merged in one predicted story: {golds}")
                shown += 1
    missed = False
    for k, v in floors:
        ok = out.get(k, 0.0) >= v
        missed |= not ok
        print(f"  {'PASS ' if ok else 'BELOW'} {label}{k}={out.get(k, 0.0):.4f} (floor {v})")
    if missed:
        sys.exit(4)


if __name__ == "__main__":
    main()
