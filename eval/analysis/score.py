#!/usr/bin/env python3
"""Score `storyline analyze` against the hand-labelled real-news set (eval/analysis/labels.jsonl).

Usage: score.py --bin BIN [--labels FILE] [--docs DIR] [--split dev|test|all] [--part analysis|events|all] [--json]

Texts live in eval/data/analysis/ (git-ignored, third-party); a document whose text is absent is reported and
skipped, and only what is present is scored. Conventions of the gold: README.md in this folder.
Exit status: 0 when it scored something, 2 when nothing could be scored.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


def codes_of(gold):
    c = gold["code"]
    return set(c) if isinstance(c, list) else {c}


def entity_matches(canonical, code, gold):
    names = {norm(gold["canonical"])} | {norm(a) for a in gold.get("alt", [])}
    return norm(canonical) in names and (code or None) in codes_of(gold)


def event_matches(ev, g):
    src = (ev.get("source") or {}).get("code")
    tgt = (ev.get("target") or {}).get("code") if ev.get("target") else None
    root = ev.get("root") or (ev.get("cameo") or "")[:2]
    if src != g["source"] or root != g["root"]:
        return False
    return g["target"] is None or tgt == g["target"]


def analyze(binary, path, date):
    p = subprocess.run([binary, "analyze", "--date", date, path], capture_output=True, text=True, timeout=300)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"analyze failed on {path}: exit {p.returncode}: {p.stderr[-300:]}")
    lines = [l for l in p.stdout.splitlines() if l.strip()]
    if not lines and p.returncode == 1:
        # The binary rejected the document (e.g. too little article text): every label counts as missed.
        print(f"warning: {path} rejected: {p.stderr.strip()[-200:]}", file=sys.stderr)
        return {}
    if len(lines) != 1:
        raise RuntimeError(f"analyze printed {len(lines)} objects for {path}")
    return json.loads(lines[0])


FILLER = {"the", "of", "a", "an", "at", "least", "more", "than", "about", "over", "some", "nearly", "up", "to",
          "as", "many", "around", "almost", "and", "in", "on", "out"}


def overlaps(a, b):
    """Same span or overlapping words ("as many as three" and "three types" share "three")."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words = lambda s: set(re.findall(r"[\w$%.,-]+", s)) - FILLER
    return bool(words(a) & words(b))


def score_doc(art, g, tot, errors):
    name = g["file"]
    # entities: distinct predicted (canonical, code) of PERSON/ORG/GPE against must + may
    ents = art.get("entities") or []
    distinct = {(e.get("canonical") or "", e.get("code")) for e in ents if e.get("type") in ("PERSON", "GPE", "ORG")}
    gold = g["entities"]
    found = [x for x in gold if any(entity_matches(c, k, x) for c, k in distinct)]
    tot["ent_gold"] += len(gold)
    tot["ent_found"] += len(found)
    for x in gold:
        if x not in found:
            errors["entity_missed"].append(f"{name}: {x['canonical']} ({x['code']})")
    for c, k in sorted(distinct, key=str):
        ok = any(entity_matches(c, k, x) for x in gold + g.get("may", []))
        tot["ent_pred"] += 1
        tot["ent_good"] += int(ok)
        if not ok:
            errors["entity_spurious"].append(f"{name}: {c} ({k})")
    # The same by identity: a predicted entity also answers to its mentions' own spellings ("Sergey Lavrov" in
    # the text, resolved to the canonical "Sergei Lavrov"). Reported beside the strict figures, never instead.
    spellings = collections.defaultdict(set)
    for e in ents:
        if e.get("type") in ("PERSON", "GPE", "ORG"):
            key = (e.get("canonical") or "", e.get("code"))
            spellings[key].update({key[0], e.get("text") or ""})
    by_identity = lambda c, k, x: any(entity_matches(n, k, x) for n in spellings.get((c, k), {c}) if n)
    tot["ent_found_id"] += sum(1 for x in gold if any(by_identity(c, k, x) for c, k in distinct))
    tot["ent_good_id"] += sum(1 for c, k in distinct if any(by_identity(c, k, x) for x in gold + g.get("may", [])))
    # quotes: a gold snippet is found when a predicted quote's text contains it; a comma closing the snippet
    # belongs to the sentence around the quotation ("…," she said), so labels that keep it match without it
    quotes = art.get("quotes") or []
    for q in g["quotes"]:
        snippet = norm(q["text"]).rstrip(" ,")
        hits = [p for p in quotes if snippet in norm(p.get("text"))]
        tot["quote_gold"] += 1
        if not hits:
            errors["quote_missed"].append(f"{name}: {q['text']!r}")
            continue
        tot["quote_found"] += 1
        if q["speaker"] is None:
            continue
        tot["quote_attr"] += 1
        names = {norm(q["speaker"])} | {norm(a) for a in q.get("speaker_alt", [])}
        # The speaker's own entity label lists its other spellings ("State Department" for "US State Department"):
        # they name the same actor, as they do when the entity itself is scored.
        for x in gold + g.get("may", []):
            if norm(x["canonical"]) == norm(q["speaker"]):
                names |= {norm(a) for a in x.get("alt", [])}
        said_by = {norm(n) for p in hits for key, ns in spellings.items() if key[0] == p.get("speaker") for n in ns}
        if any(norm(p.get("speaker")) in names for p in hits) or said_by & names:
            tot["quote_speaker_ok_id"] += 1
        if any(norm(p.get("speaker")) in names for p in hits):
            tot["quote_speaker_ok"] += 1
        else:
            errors["quote_speaker"].append(f"{name}: {q['text'][:40]!r} gold={q['speaker']} got={[p.get('speaker') for p in hits]}")
    # quantities: value (and unit) equal, texts overlapping
    qty = art.get("quantities") or []
    for q in g["quantities"]:
        tot["qty_gold"] += 1
        ok = False
        for p in qty:
            try:
                same = abs(float(p.get("value")) - float(q["value"])) < 1e-6 * max(1.0, abs(float(q["value"])))
            except (TypeError, ValueError):
                same = False
            if same and (p.get("unit") or None) == q["unit"] and overlaps(p.get("text"), q["text"]):
                ok = True
                break
        tot["qty_found"] += int(ok)
        if not ok:
            errors["quantity_missed"].append(f"{name}: {q['text']!r}={q['value']} {q['unit']} got={[(p.get('text'), p.get('value'), p.get('unit')) for p in qty if overlaps(p.get('text'), q['text'])]}")
    # times: a predicted time whose text overlaps the gold text and whose value is one of the accepted values
    times = art.get("times") or []
    for t in g["times"]:
        tot["time_gold"] += 1
        cands = [x for x in times if overlaps(x.get("text"), t["text"])]
        if any(x.get("value") in t["value"] for x in cands):
            tot["time_ok"] += 1
        else:
            errors["time_wrong"].append(f"{name}: {t['text']!r} gold={t['value']} got={[(x.get('text'), x.get('value')) for x in cands]}")
    # events: (source, target, root); gold target null accepts any target
    evs = art.get("events") or []
    for x in g["events"]:
        ok = any(event_matches(e, x) for e in evs)
        tot["ev_gold"] += 1
        tot["ev_found"] += int(ok)
        tot[f"ev_gold_{x['root']}"] += 1
        tot[f"ev_found_{x['root']}"] += int(ok)
        if not ok:
            errors["event_missed"].append(f"{name}: {x['source']}->{x['target']} {x['root']}")
    for e in evs:
        root = e.get("root") or (e.get("cameo") or "")[:2]
        ok = any(event_matches(e, x) for x in g["events"] + g.get("events_may", []))
        tot["ev_pred"] += 1
        tot["ev_good"] += int(ok)
        tot[f"ev_pred_{root}"] += 1
        tot[f"ev_good_{root}"] += int(ok)
        if not ok:
            src = (e.get("source") or {}).get("code")
            tgt = (e.get("target") or {}).get("code") if e.get("target") else None
            errors["event_spurious"].append(f"{name}: {src}->{tgt} {e.get('cameo')} | {(e.get('sentence') or '')[:110]}")


def ratio(a, b):
    return a / b if b else float("nan")


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/storyline"))
    ap.add_argument("--labels", default=os.path.join(HERE, "labels.jsonl"))
    ap.add_argument("--docs", default=os.path.join(ROOT, "eval/data/analysis"))
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--part", default="all", choices=["analysis", "events", "all"])
    ap.add_argument("--errors", action="store_true", help="list every miss and spurious item")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    labels = [json.loads(l) for l in open(a.labels, encoding="utf-8") if l.strip()]
    splits = ["dev", "test"] if a.split == "all" else [a.split]
    scored_any = False
    results = {}
    for split in splits:
        docs = [g for g in labels if g["split"] == split]
        present = [g for g in docs if os.path.exists(os.path.join(a.docs, g["file"]))]
        absent = len(docs) - len(present)
        print(f"[{split}] {len(present)} of {len(docs)} labelled texts present in {a.docs}"
              + (f"; {absent} absent (not scored)" if absent else ""))
        if not present:
            continue
        tot = collections.Counter()
        errors = collections.defaultdict(list)
        for g in present:
            art = analyze(a.bin, os.path.join(a.docs, g["file"]), g["date"])
            score_doc(art, g, tot, errors)
        scored_any = True
        fig = {}
        if a.part in ("analysis", "all"):
            ep, er = ratio(tot["ent_good"], tot["ent_pred"]), ratio(tot["ent_found"], tot["ent_gold"])
            fig.update(entity_precision=ep, entity_recall=er, entity_f1=f1(ep, er),
                       quote_recall=ratio(tot["quote_found"], tot["quote_gold"]),
                       quote_speaker_acc=ratio(tot["quote_speaker_ok"], tot["quote_attr"]),
                       quantity_recall=ratio(tot["qty_found"], tot["qty_gold"]),
                       time_accuracy=ratio(tot["time_ok"], tot["time_gold"]))
            print(f"[{split}] entities: gold {tot['ent_gold']}, found {tot['ent_found']}; predicted {tot['ent_pred']}, "
                  f"correct {tot['ent_good']}")
            print(f"[{split}] quotes: gold {tot['quote_gold']}, found {tot['quote_found']}; with a named speaker "
                  f"{tot['quote_attr']}, speaker right {tot['quote_speaker_ok']}")
            ip, ir = ratio(tot["ent_good_id"], tot["ent_pred"]), ratio(tot["ent_found_id"], tot["ent_gold"])
            print(f"[{split}] by identity (canonical or a mention's own spelling): entity_precision={ip:.3f} "
                  f"entity_recall={ir:.3f} entity_f1={f1(ip, ir):.3f} quote_speaker_acc="
                  f"{ratio(tot['quote_speaker_ok_id'], tot['quote_attr']):.3f}")
            print(f"[{split}] quantities: gold {tot['qty_gold']}, found {tot['qty_found']}; times: gold "
                  f"{tot['time_gold']}, right {tot['time_ok']}")
        if a.part in ("events", "all"):
            vp, vr = ratio(tot["ev_good"], tot["ev_pred"]), ratio(tot["ev_found"], tot["ev_gold"])
            fig.update(event_precision=vp, event_recall=vr, event_f1=f1(vp, vr))
            print(f"[{split}] events: gold {tot['ev_gold']}, found {tot['ev_found']}; predicted {tot['ev_pred']}, "
                  f"correct {tot['ev_good']}")
            roots = sorted({k[-2:] for k in tot if k.startswith(("ev_gold_", "ev_pred_"))})
            for r in roots:
                print(f"[{split}]   root {r}: recall {tot['ev_found_' + r]}/{tot['ev_gold_' + r]}"
                      f" precision {tot['ev_good_' + r]}/{tot['ev_pred_' + r]}")
        if a.errors:
            keys = [k for k in errors if (a.part == "all")
                    or (a.part == "events") == k.startswith("event")]
            for k in sorted(keys):
                for line in errors[k]:
                    print(f"[{split}] {k}: {line}")
        print(f"[{split}] score: " + " ".join(f"{k}={v:.3f}" for k, v in fig.items()))
        results[split] = fig
    if a.json:
        print(json.dumps(results))
    return 0 if scored_any else 2


if __name__ == "__main__":
    sys.exit(main())
