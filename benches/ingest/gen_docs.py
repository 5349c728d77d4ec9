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
SYLLABLES = "ka ro mi sen ta lu vor an del pi ne shu gar ol ve tin bra mos ul fe".split()
TEMPLATES = (
    "Officials in {place} said the {w1} {w2} would be {verb} after {n:,} residents signed a petition.",
    "The {w1} plan for {place} was {verb} on {weekday}, according to {name}, who leads the {w2} office.",
    "{name} told reporters that the {w1} near {place} had cost about {n:,} {unit} so far.",
    "Critics of the {w1} {w2} argued that {place} could not afford another {w3} this year.",
    "A spokesperson for the {w2} ministry said talks on the {w1} would resume within {k} days.",
    "Residents of {place} gathered outside the {w3} to protest against the {w1} {w2} decision.",
    "The {w1} committee voted {k} to {j} to keep the {w2} {w3} open until the spring.",
    "Analysts at {name} & Partners expect the {w1} {w3} to shrink by {k} percent.",
    "In {place}, the {w2} authority {verb} a {w1} that had been pending since {year}.",
    "\"We will not accept a {w1} that ignores the {w2},\" said {name}, a {w3} campaigner from {place}.",
)
UNITS = "dollars euros tonnes hours jobs homes".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def lexicon(rng, n):
    """Invented topic words, so that unrelated documents share little vocabulary (as real news does)."""
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def article(i, rng, lex):
    place = rng.choice(PLACES)
    topic = [rng.choice(lex) for _ in range(4)] + [rng.choice(WORDS) for _ in range(2)]
    names = [f"{rng.choice(lex).capitalize()} {rng.choice(lex).capitalize()}" for _ in range(3)]
    title = f"{topic[0].capitalize()} {rng.choice(topic[1:])} {rng.choice(VERBS)} in {place}"
    paras = []
    for p in range(rng.randint(3, 6)):
        sents = []
        for _ in range(rng.randint(2, 4)):
            w = rng.sample(topic, 3)
            sents.append(rng.choice(TEMPLATES).format(
                place=place, w1=w[0], w2=w[1], w3=w[2], verb=rng.choice(VERBS), name=rng.choice(names),
                n=rng.randint(2, 90000), unit=rng.choice(UNITS), weekday=rng.choice(WEEKDAYS),
                k=rng.randint(2, 30), j=rng.randint(0, 9), year=rng.randint(1990, 2023)))
        paras.append(" ".join(sents))
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
    lex = lexicon(rng, 20000)
    n_txt = int(a.n * a.txt_share) if a.txt_dir else 0
    if a.txt_dir:
        os.makedirs(a.txt_dir, exist_ok=True)
    with open(a.out, "w") as f:
        for i in range(a.n):
            title, text = article(i, rng, lex)
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
