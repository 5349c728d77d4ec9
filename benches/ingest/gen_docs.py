#!/usr/bin/env python3
"""Generate N plausible, distinct news documents as JSONL (or as .txt files).

Usage: gen_docs.py N OUT.jsonl [--txt-dir DIR --txt-share 0.1] [--seed S]
Deterministic for a given seed. Documents look like short wire reports:
a headline, 3-6 paragraphs of sentences with places, numbers and dates.
"""
import argparse
import json
import os
import random

WORDS = ("minister council harbour budget election river factory storm treaty court vaccine railway festival "
         "drought market union satellite border parliament strike museum airport refinery reservoir stadium "
         "coalition tariff glacier orchestra bridge pension census ferry wildfire lithium cable subsidy").split()
PLACES = "Lisbon Nairobi Osaka Quito Tallinn Perth Accra Hanoi Lyon Cork Bergen Mombasa Recife Gdansk Busan".split()
VERBS = "approved rejected delayed announced reviewed expanded cancelled funded debated criticised".split()


def article(i, rng):
    place = rng.choice(PLACES)
    title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.choice(VERBS)} in {place}"
    paras = []
    for p in range(rng.randint(3, 6)):
        sents = []
        for _ in range(rng.randint(2, 4)):
            sents.append(f"Officials in {place} said the {rng.choice(WORDS)} would be {rng.choice(VERBS)} "
                         f"after {rng.randint(2, 90000):,} residents signed a petition on day {rng.randint(1, 28)}.")
        paras.append(" ".join(sents) + f" (item {i}, part {p})")
    return title, "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--txt-dir")
    ap.add_argument("--txt-share", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n_txt = int(a.n * a.txt_share) if a.txt_dir else 0
    if a.txt_dir:
        os.makedirs(a.txt_dir, exist_ok=True)
    with open(a.out, "w") as f:
        for i in range(a.n):
            title, text = article(i, rng)
            day = 1 + i % 28
            if i < n_txt:
                with open(os.path.join(a.txt_dir, f"doc{i:07d}.txt"), "w") as t:
                    t.write(f"{title}\n\n{text}\n")
            else:
                f.write(json.dumps({"id": f"g{i}", "title": title, "text": text,
                                    "published": f"2024-{1 + i % 12:02d}-{day:02d}",
                                    "outlet": f"Outlet {i % 13}"}) + "\n")


if __name__ == "__main__":
    main()
