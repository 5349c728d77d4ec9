#!/usr/bin/env python3
"""Readable source of check.jsonl: a small check set of 9 articles, gathered and labelled after the first two rounds
of changes made from labels.jsonl and before any Storyline output on them was looked at
(python3 check_src.py > check.jsonl). Same conventions as labels_src.py; split `test`: not for tuning."""
import json

from labels_src import events

DOCS = [
    ("check/c01_tass.txt", "http://tass.com/world/910570", "2016-11-04",
     "GBR None 12; RUS GBR 11",
     "GBR RUS 12; GBR RUS 01; GBR RUS 11; GBR SYR 01; GBR SYR 11; None RUS 14; GBR None 01; RUS None 11"),
    ("check/c02_tribune.txt", "https://www.tribuneindia.com/news/india/pm-modi-sunak-agree-to-work-for-fta-deepen-defence-cooperation-542873", "2023-09-10",
     "IND GBR 04; GBR IND 04",
     "IND GBR 03; GBR IND 03; IND GBR 01; GBR IND 01; IND GBR 11; IND GBR 05; GBR IND 05; IND GBR 06; GBR IND 06"),
    ("check/c03_millennium.txt", "https://www.millenniumpost.in/nation/rajnath-concludes-uk-visit-after-meeting-with-pm-sunak-547827", "2024-01-11",
     "IND GBR 04; GBR IND 04",
     "IND GBR 07; IND GBR 05; GBR IND 01; GBR IND 03; IND GBR 03; IND GBR 01; GBR IND 05; GBR IND 06; IND GBR 06"),
    ("check/c04_exintimes.txt", "http://exintimesnews.blogspot.com/2016/04/bi-lateral-talks-modi-meets-uk-pm.html", "2016-04-02",
     "IND GBR 04; GBR IND 04; IND CAN 04; CAN IND 04; IND ARG 03; IND CHE 03; IND GBR 05; GBR IND 05; IND None 03",
     "IND JPN 03; IND ARG 04; IND CHE 04; IND JPN 04; ARG IND 04; CHE IND 04; JPN IND 04; IND GBR 03; GBR IND 03; IND GBR 01; IND SAU 04; IND GBR 06; GBR IND 06; IND None 07; IND USA 04"),
    ("check/c05_bdn.txt", "https://bdn2009.blogspot.com/2009/09/india-accuses-pakistan-of-cross-border.html", "2009-09-05",
     "IND PAK 11",
     "PAK IND 19; PAK IND 18; IND PAK 19; IND None 19; IND PAK 03; PAK IND 03; PAK IND 12; PAK None 12; IND PAK 04; PAK IND 04"),
    ("check/c06_sputnik_loc.txt", "https://sputniknews.com/military/201910011076931125-pakistan-violates-ceasefire-initiates-massive-firing---indian-army-spokesman-/", "2019-10-01",
     "PAK None 19; PAK IND 11",
     "IND PAK 02; PAK IND 02; IND None 19; IND PAK 19; IND PAK 11; PAK IND 19; PAK IND 18; IND PAK 18; PAK IND 13"),
    ("check/c07_dw.txt", "https://amp.dw.com/en/five-killed-as-pakistan-allegedly-violates-ceasefire-on-indian-border/a-17975364", "2014-10-06",
     "PAK IND 19; IND PAK 11",
     "PAK IND 18; IND None 19; IND PAK 19; IND PAK 08; PAK IND 08; PAK IND 12; PAK None 19; IND PAK 04; PAK IND 04; PAK None 12"),
    ("check/c08_chinagate.txt", "http://en.chinagate.cn/2015-04/20/content_35371696.htm", "2015-04-20",
     "IND PAK 19; PAK IND 19; IND PAK 11; PAK IND 11",
     "IND PAK 18; PAK IND 18; PAK None 19; IND None 19; IND None 11; PAK None 11"),
    ("check/c09_syrianembassy.txt", "http://thelatestnew.blogspot.com/2012/02/fresh-protests-at-syrian-embassy-in.html", "2012-02-04",
     "GBR None 11",
     "GBR SYR 11; GBR SYR 01; None SYR 14; GBR None 17; GBR GBR 17; SYR SYR 19; GBR None 01"),
]

if __name__ == "__main__":
    for file, url, date, gold, may in DOCS:
        print(json.dumps({"file": file, "url": url, "date": date, "split": "test", "entities": [], "may": [],
                          "quotes": [], "quantities": [], "times": [], "events": events(gold),
                          "events_may": events(may)}, ensure_ascii=False))
