#!/usr/bin/env python3
"""Check that a labelled set's texts are present and still carry what the labels name.

The article texts are third-party and git-ignored (`eval/data/`), so a fresh checkout has to rebuild them from
the addresses in each set's `labels.jsonl` (the `search` tool's stored pages, cleaned as the set's README says).
A rebuilt text can differ from the one that was labelled: this script says, per file, which labelled strings
(entities by canonical name or an `alt`, quote snippets, quantity and time strings) no longer occur, so a
rebuild can be fixed before any figure is compared with an earlier one. It never runs Storyline.

    python3 eval/check_texts.py --labels eval/heldout7/labels.jsonl --docs eval/data/heldout7 [--quiet]
"""
import argparse
import hashlib
import json
import os
import re
import sys


def norm(s):
    """Straight quotes, plain dashes and single spaces: the cleaning every set's README describes."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...")
    return re.sub(r"\s+", " ", s)


def occurs(needle, text):
    needle = norm(needle).strip()
    if not needle:
        return True
    pat = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pat, text) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--quiet", action="store_true", help="only the summary and the files with problems")
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.labels, encoding="utf-8") if l.strip()]
    present = 0
    clean = 0
    for r in rows:
        path = os.path.join(a.docs, r["file"])
        if not os.path.exists(path):
            print(f"MISSING {r['file']}  {r.get('url', '')}")
            continue
        present += 1
        raw = open(path, encoding="utf-8").read()
        text = norm(raw)
        problems = []
        for e in r.get("entities", []):
            names = [e["canonical"]] + list(e.get("alt", []))
            if not any(occurs(n, text) for n in names):
                problems.append(f"entity {e['canonical']!r}")
        for q in r.get("quotes", []):
            if not occurs(q["text"], text):
                problems.append(f"quote {q['text'][:60]!r}")
        for q in r.get("quantities", []):
            if not occurs(q["text"], text):
                problems.append(f"quantity {q['text']!r}")
        for t in r.get("times", []):
            if not occurs(t["text"], text):
                problems.append(f"time {t['text']!r}")
        words = len(raw.split())
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
        if problems:
            print(f"PROBLEMS {r['file']} ({words} words, sha {digest}): " + "; ".join(problems))
        else:
            clean += 1
            if not a.quiet:
                print(f"ok {r['file']} ({words} words, sha {digest})")
    print(f"{present} of {len(rows)} texts present; {clean} carry every labelled string")
    return 0 if clean == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
