#!/usr/bin/env python3
"""Joins the committed labels of the real set (real_labels.jsonl: id, url, outlet,
published, event, dup_group) with the git-ignored texts gathered for it
(eval/data/stories/real/articles.jsonl: id, title, text) into an ingestible
corpus.jsonl and the scorer's gold.jsonl (id, story, dup_group).

Usage: real_corpus.py LABELS TEXTS OUT_DIR   (exit 3 when TEXTS is absent)"""
import json
import os
import sys


def main():
    labels_path, texts_path, out = sys.argv[1:4]
    if not os.path.exists(texts_path):
        print(f"real set texts absent: {texts_path}", file=sys.stderr)
        sys.exit(3)
    texts = {}
    with open(texts_path) as f:
        for line in f:
            if line.strip():
                t = json.loads(line)
                texts[t["id"]] = t
    os.makedirs(out, exist_ok=True)
    n = missing = 0
    with open(labels_path) as lf, open(os.path.join(out, "corpus.jsonl"), "w") as cf, \
            open(os.path.join(out, "gold.jsonl"), "w") as gf:
        for line in lf:
            if not line.strip():
                continue
            lab = json.loads(line)
            t = texts.get(lab["id"])
            if t is None:
                missing += 1
                continue
            doc = {"id": lab["id"], "url": lab["url"], "outlet": lab["outlet"], "published": lab["published"],
                   "title": t.get("title"), "text": t["text"]}
            cf.write(json.dumps(doc, ensure_ascii=False) + "\n")
            gf.write(json.dumps({"id": lab["id"], "story": lab["event"], "dup_group": lab["dup_group"]}) + "\n")
            n += 1
    print(f"real set: {n} articles with texts, {missing} labelled without text", file=sys.stderr)


if __name__ == "__main__":
    main()
