#!/usr/bin/env python3
"""Readable source of check.jsonl: a check set for events-dev3 (python3 check_src.py > check.jsonl).

8 further articles (texts in eval/data/events-dev3/check/), gathered and labelled after the round of changes made
on events-dev3 and before any Storyline output on them was looked at, with the same conventions as labels_src.py.
Split `test`: scored to estimate the coder on unseen text after that round; not for tuning.
"""
import json

DOCS = [
    # file, url, date, events (gold), events_may
    ("check/c01_bdnews24.txt", "https://bdnews24.com/world/2022/03/25/chinese-foreign-minister-to-see-indian-counterpart-in-surprise-meeting", "2022-03-25",
     "CHN IND 04; IND CHN 11",
     "CHN IND 03; IND CHN 03; IND CHN 04; CHN IND 19; IND CHN 19; CHN IND 18; IND CHN 18; CHN None 12; IND None 12; "
     "CHN PAK 05; CHN NPL 03; CHN NPL 04; RUS UKR 19; RUS UKR 18; CHN PAK 04"),
    ("check/c02_dumanimail.txt", "https://dumanimail.in/chinese-fm-wang-yi-eam-jaishankar-hold-talks/", "2022-03-25",
     "CHN IND 04; IND CHN 04; IND CHN 11",
     "CHN AFG 04; CHN NPL 04; CHN NPL 03; CHN PAK 04; None CHN 14; IND CHN 03; CHN IND 03"),
    ("check/c03_revoi.txt", "https://english.revoi.in/the-road-to-goa-very-difficult-to-engage-with-pakistan-says-dr-jaishankar", "2023-04-25",
     "IND PAK 11; PAK IND 12; IND PAN 04; PAN IND 04",
     "IND PAK 12; IND PAK 10; PAK IND 03; PAK IND 04; PAN IND 03; IND None 04; IND PAK 13; PAK None 04; IND PAN 03"),
    ("check/c04_globaltimes.txt", "http://www.globaltimes.cn/content/1053657.shtml", "2017-06-27",
     "USA IND 04; IND USA 04; USA IND 03; USA IND 02",
     "IND USA 03; USA IND 05; IND USA 05; USA IND 01; IND USA 01; USA IND 10; USA IND 06; IND USA 06"),
    ("check/c05_adaderana.txt", "http://www.adaderana.lk/news.php?nid=71827", "2021-02-24",
     "LKA PAK 04; PAK LKA 04",
     "LKA PAK 03; PAK LKA 03; LKA PAK 02; LKA PAK 05; PAK LKA 05; LKA PAK 06; PAK LKA 06; LKA PAK 01; PAK LKA 01"),
    ("check/c06_ucscreen.txt", "http://ucscreen.com/blog/view/14017/russia-expels-diplomats-from-23-countries-as-spy-crisis-widens", "2018-03-30",
     "RUS None 16; RUS DEU 16; RUS POL 16; RUS NLD 16; RUS SWE 16; RUS CZE 16; RUS FIN 16; RUS LTU 16; GBR RUS 16; NLD RUS 02",
     "RUS UKR 16; RUS None 11; RUS None 04; RUS FRA 16; RUS CAN 16; RUS AUS 16; NLD RUS 10; NLD RUS 11; RUS None 17; "
     "RUS GBR 16; RUS None 12"),
    ("check/c07_thehindu.txt", "https://www.thehindu.com/news/national/pm-modi-holds-talks-with-portuguese-president-sousa/article30818697.ece", "2020-02-14",
     "IND PRT 04; PRT IND 04",
     "IND PRT 03; PRT IND 03; IND PRT 05; PRT IND 05; IND PRT 06; PRT IND 06; IND PRT 01; PRT IND 01"),
    ("check/c08_scroll.txt", "https://scroll.in/latest/928650/g20-summit-pm-modi-and-donald-trump-discuss-trade-5g-networks-defence-ties-and-iran", "2019-06-28",
     "IND USA 04; USA IND 04; IND USA 05; IND USA 16",
     "USA IND 11; USA IND 16; USA IND 10; IND JPN 04; JPN IND 04; USA JPN 04; JPN USA 04; USA IND 03; IND USA 03; "
     "USA IND 05; USA IND 01; IND USA 01; USA IND 06; IND USA 17; USA IND 17; USA IND 13"),
]


def events(spec):
    out = []
    for item in spec.split(";"):
        parts = item.split()
        if not parts:
            continue
        src, tgt, root = parts
        out.append({"source": None if src == "None" else src, "target": None if tgt == "None" else tgt, "root": root})
    return out


if __name__ == "__main__":
    for file, url, date, gold, may in DOCS:
        print(json.dumps({"file": file, "url": url, "date": date, "split": "test", "entities": [], "may": [],
                          "quotes": [], "quantities": [], "times": [], "events": events(gold),
                          "events_may": events(may)}, ensure_ascii=False))
