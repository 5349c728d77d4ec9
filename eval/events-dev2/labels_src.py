#!/usr/bin/env python3
"""Readable source of labels.jsonl: gold events for the events-dev2 set (python3 labels_src.py > labels.jsonl).

Events only: (source code, target code, CAMEO root); target None = any target. `events_may` are defensible
alternatives that do not count against precision (same conventions as eval/analysis/README.md). Labelled from
the texts before any Storyline output was looked at. Every entry is `dev`: this set is for development.
"""
import json

DOCS = [
    # file, url, date, events (gold), events_may
    ("n01_pakistantoday.txt", "https://www.pakistantoday.com.pk/2020/08/21/foreign-ministers-of-pakistan-china-discuss-bilateral-relations/", "2020-08-21",
     "PAK CHN 04; CHN PAK 04", "PAK CHN 03; PAK CHN 05; PAK CHN 06; CHN PAK 03"),
    ("n02_koreaherald.txt", "https://koreaherald.com/mobile/khpad_view.php?ud=20241115050233", "2024-11-15",
     "KOR JPN 04; JPN KOR 04; KOR JPN 03; JPN KOR 03",
     "KOR PRK 11; JPN PRK 11; KOR JPN 01; JPN KOR 01; PRK RUS 07; KOR USA 03; JPN USA 03; KOR JPN 05; JPN KOR 05; KOR JPN 06; JPN KOR 06"),
    ("n03_kyodo.txt", "http://english.kyodonews.jp/news/2017/02/459269.html", "2017-02-17",
     "USA CHN 04; CHN USA 04", "USA CHN 03; CHN USA 03"),
    ("n04_nation.txt", "https://nation.com.pk/25-Dec-2018/fm-qureshi-meets", "2018-12-25",
     "PAK CHN 04; CHN PAK 04; PAK IRN 04; IRN PAK 04; PAK AFG 04; AFG PAK 04; PAK RUS 03",
     "PAK RUS 04; PAK None 03; PAK None 04; PAK CHN 01; PAK IRN 01; PAK None 05"),
    ("n05_indiandefense_pakrus.txt", "https://www.indiandefensenews.in/2023/05/pak-fm-zardari-russian-counterpart.html", "2023-05-05",
     "PAK RUS 04; RUS PAK 04; PAK RUS 03; RUS PAK 03",
     "PAK IND 04; RUS IND 04; RUS PAK 05; PAK RUS 05; PAK RUS 06; RUS PAK 06; PAK RUS 01; RUS PAK 01"),
    ("n06_alarabiya.txt", "https://english.alarabiya.net/News/world/2022/09/15/US-imposes-new-sanctions-on-facilitators-of-Russia-s-war-in-Ukraine-Treasury-Dept", "2022-09-15",
     "USA RUS 16", "RUS UKR 19; RUS UKR 18; USA None 16; USA RUS 17; UKR RUS 19"),
    ("n07_indiandefense_sanctions.txt", "http://www.indiandefensenews.in/2022/02/us-treasury-imposes-sanctions-against.html", "2022-02-26",
     "USA RUS 16; RUS USA 12",
     "RUS UKR 19; RUS UKR 18; USA RUS 11; USA RUS 17; RUS None 12; USA RUS 13"),
    ("n08_newsmax.txt", "https://cloudflarepoc.newsmax.com/world/globaltalk/russia-ukraine-crimea-obama/2014/03/17/id/559973/", "2014-03-17",
     "USA RUS 16",
     "USA UKR 16; USA RUS 11; USA RUS 13; USA RUS 10; RUS UKR 19; RUS UKR 18; RUS UKR 15; USA None 16"),
    ("n09_chinadaily_xi.txt", "http://africa.chinadaily.com.cn/china/2013-03/24/content_16340735.htm", "2013-03-24",
     "CHN RUS 04; RUS CHN 04; CHN RUS 03; RUS CHN 03; CHN RUS 05; RUS CHN 05",
     "CHN RUS 06; RUS CHN 06; CHN RUS 01; RUS CHN 01; CHN TZA 04; CHN TZA 03"),
    ("n10_gaeatimes.txt", "https://politics.gaeatimes.com/2010/09/27/china-russia-vow-to-deepen-ties-101656", "2010-09-27",
     "CHN RUS 04; RUS CHN 04; CHN RUS 03; RUS CHN 03; CHN RUS 05; RUS CHN 05",
     "CHN RUS 06; RUS CHN 06; CHN RUS 01; RUS CHN 01"),
    ("n11_ecns.txt", "http://ecns.cn/2016/03-31/204959.shtml", "2016-03-31",
     "CHN CZE 04; CZE CHN 04; CHN CZE 05; CZE CHN 05",
     "CHN CZE 03; CZE CHN 03; CHN CZE 06; CZE CHN 06; CHN USA 04; CHN CZE 01; CZE CHN 01"),
    ("n12_daytimepost.txt", "https://daytimepost.com/politics/tanzania-police-arrest-main-opposition-party-leader-ahead-of-protests/", "2020-11-02",
     "", "TZA TZA 17; TZA TZA 10; TZA TZA 14; USA TZA 01; USA TZA 11; GBR TZA 01; GBR TZA 11; USA None 01; GBR None 01; TZA None 17"),
    ("n13_rfi.txt", "http://en.rfi.fr/en/asia-pacific/20111207-russian-opposition-promises-more-protests-after-hundreds-arrests", "2011-12-07",
     "USA RUS 11; RUS USA 11",
     "RUS USA 12; RUS RUS 17; RUS RUS 14; USA RUS 01; RUS None 17; RUS None 14"),
    ("n14_time.txt", "https://world.time.com/2014/01/16/north-korea-warns-u-s-and-south-korea-over-military-drills/", "2014-01-16",
     "PRK USA 10; PRK KOR 10; PRK USA 13; PRK KOR 13; KOR PRK 13",
     "PRK USA 11; PRK KOR 11; USA PRK 15; KOR PRK 12; USA PRK 12; KOR PRK 15; USA None 15; PRK USA 14; USA KOR 07; PRK USA 02; PRK KOR 02"),
    ("n15_daily8.txt", "https://www.daily8.com/en/article/394c315d10a5c3f21cacb1bcbc2f4774", "2025-08-12",
     "PRK USA 13; PRK KOR 13; PRK USA 11; PRK KOR 11",
     "PRK None 13; PRK None 11; USA PRK 15; KOR PRK 15; PRK None 15; KOR None 01; KOR PRK 01"),
    ("n16_abcnews.txt", "http://abcnews.go.com/blogs/headlines/2014/04/russian-president-vladimir-putin-warns-ukraine-of-consequenes-orders-military-drills-along-border", "2014-04-24",
     "RUS UKR 13; RUS UKR 15; USA RUS 11; USA RUS 13",
     "RUS UKR 11; RUS UKR 19; RUS UKR 18; RUS None 12; RUS USA 12; USA RUS 16; RUS None 15; RUS None 13; UKR UKR 18; UKR UKR 19"),
    ("n17_pledgetimes.txt", "https://pledgetimes.com/the-russian-ambassador-will-be-summoned-to-the-united-states-after-the-expulsion-of-two-american-diplomats-from-moscow/", "2023-09-15",
     "RUS USA 16; RUS USA 11",
     "USA RUS 11; USA RUS 13; USA RUS 16; RUS USA 17; RUS USA 10"),
    ("n18_dinghouqie.txt", "http://www.dinghouqie.cn/2022/05/14/Russias-Foreign-Ministry-has-announced-the-expulsion-of-US-diplomats-but-did-not-say-how-many/", "2022-03-23",
     "RUS USA 16; USA RUS 16; RUS USA 11; RUS USA 13",
     "USA RUS 11; USA RUS 17; RUS USA 17; RUS USA 01; RUS USA 12"),
    ("n19_foutni.txt", "https://foutni.com/tag/retaliatory/", "2018-03-17",
     "RUS GBR 16; GBR RUS 16; GBR RUS 11",
     "RUS GBR 13; GBR RUS 13; RUS GBR 17; GBR RUS 17"),
    ("n20_bbc.txt", "https://bbctodays.pages.dev/2/hi/middle_east/3757260.stm", "2004-10-20",
     "SYR USA 11",
     "USA SYR 10; FRA SYR 10; USA SYR 02; FRA SYR 02; LBN None 11; LBN None 12; SYR None 11; SYR None 12; SYR LBN 07; SYR LBN 15; SYR LBN 19; DZA None 05; USA None 01; None SYR 02; None SYR 10"),
    ("n21_dawn2004.txt", "https://beta.dawn.com/news/397636/un-asks-syria-to-withdraw-troops", "2004-10-20",
     "", "GBR SYR 02; USA SYR 02; FRA SYR 02; USA SYR 10; FRA SYR 10; SYR LBN 15; SYR LBN 07; None SYR 02; None SYR 10; None None 01"),
    ("n22_cnn2002.txt", "http://www.cnn.com/2002/WORLD/meast/03/30/un.mideast/index.html", "2002-03-30",
     "PSE ISR 02; PSE ISR 11; ISR PSE 11; ISR PSE 19; USA ISR 01",
     "SYR ISR 11; ISR None 11; ISR None 12; ISR USA 05; USA ISR 05; ISR PSE 18; ISR PSE 17; ISR PSE 15; PSE None 02; PSE None 03; ISR None 05; None ISR 02; None ISR 10; PSE None 01; ISR PSE 12"),
    ("n23_dawn2002.txt", "http://www.dawn.com/2002/04/09/top5.htm", "2002-04-08",
     "USA ISR 04; ISR USA 04; USA ISR 10",
     "ISR PSE 19; ISR PSE 18; RUS ISR 10; RUS ISR 11; SYR ISR 11; USA None 04; USA None 03; ISR PSE 15; SYR ISR 10; None ISR 10; None ISR 11; USA ISR 02"),
    ("n24_chinadaily_quake.txt", "https://global.chinadaily.com.cn/english/doc/2005-10/09/content_483482.htm", "2005-10-09",
     "USA PAK 07; GBR None 07; JPN None 07; TUR None 07; ARE None 07",
     "USA PAK 03; CHE PAK 07; CHE PAK 03; USA PAK 05; USA PAK 01; USA None 03; None PAK 07; None PAK 04"),
    ("n25_cbs_quake.txt", "https://www.cbsnews.com/news/us-others-step-up-for-quake-aid/", "2005-10-10",
     "USA PAK 07; USA None 03; PAK None 05; IND PAK 03; PAK IND 03; GBR PAK 07; FRA PAK 07; TUR PAK 07; SAU PAK 07; JPN PAK 07; CHN PAK 07; DEU PAK 07; RUS PAK 07; KWT None 03",
     "USA PAK 03; PAK IND 08; ESP None 07; PAK USA 02; PAK None 02; IND PAK 07; KWT None 07; PAK None 01; IND None 01"),
    ("n26_sputnik_ven.txt", "https://sputnikglobe.com/amp/20190403/venezuela-colombia-peace-latin-america-1073776171.html", "2019-04-03",
     "VEN COL 11; COL VEN 12; VEN USA 12; USA VEN 05; USA VEN 02; VEN USA 11",
     "COL VEN 11; USA VEN 07; USA VEN 03; USA VEN 10; VEN VEN 11; COL VEN 01; VEN COL 01; VEN VEN 12; VEN None 12; USA None 05"),
    ("n27_cubasi.txt", "http://cubasi.cu/en/node/17430", "2019-04-15",
     "VEN USA 11; USA VEN 02; USA VEN 11",
     "VEN COL 11; USA COL 04; VEN USA 12; USA VEN 04; VEN None 03; VEN None 05; VEN None 12; USA VEN 07; VEN None 11; COL VEN 04; VEN COL 14"),
    ("n28_presstv.txt", "https://presstv.ir/Detail/2020/08/11/631589/Greece-Turkey-EU-emergency-meeting", "2020-08-11",
     "TUR GRC 15; GRC TUR 02; EGY GRC 05; GRC EGY 05; TUR GRC 11",
     "TUR EGY 11; GRC TUR 10; TUR GRC 12; GRC TUR 15; GRC TUR 13; GRC None 02; GRC None 04; TUR None 15; None None 01; GRC TUR 04"),
    ("n29_urdupoint_eu.txt", "https://www.urdupoint.com/en/world/eu-urges-turkey-to-engage-in-dialogue-on-east-1002084.html", "2020-08-15",
     "", "TUR GRC 15; TUR GRC 19; TUR GRC 18; TUR CYP 15; None TUR 02; None TUR 10; None GRC 05; None CYP 05; TUR GRC 11"),
    ("n30_protothema.txt", "http://en.protothema.gr/eu-strongly-condemns-turkish-violations-of-greek-airspace-and-territorial-water-and-oil-drilling-plans-in-cypriot-eez/", "2020-05-15",
     "CYP TUR 03",
     "None TUR 11; None TUR 02; None CYP 05; None GRC 05; TUR GRC 15; TUR CYP 15; TUR GRC 19; TUR CYP 17; None CYP 01; None TUR 01; CYP TUR 02; CYP TUR 04"),
    ("n31_garowe.txt", "https://garoweonline.com/index.php/en/news/somalia/somalia-president-hassan-in-addis-ababa-for-au-summit", "2015-01-29",
     "SOM None 03",
     "SOM ETH 04; SOM None 04; None SOM 07; SOM None 01; None SOM 19; SOM SOM 19"),
    ("n32_turks.txt", "https://turks.us/syria-rejects-un-call-to-remove-troops-from-lebanon", "2004-10-20",
     "SYR None 12; SYR LBN 03",
     "SYR USA 11; SYR FRA 11; SYR None 11; USA SYR 02; FRA SYR 02; USA SYR 10; FRA SYR 10; SYR LBN 07; LBN SYR 02; ISR PSE 19; ISR PSE 18; SYR None 01; SYR LBN 05; SYR LBN 15; None SYR 02"),
    ("n33_ndtv.txt", "https://www.ndtv.com/india-news/foreign-minister-s-jaishankar-holds-11-bilateral-meetings-in-new-york-2106041", "2019-09-24",
     "IND USA 04; USA IND 04; IND NLD 04; NLD IND 04; IND ARE 04; ARE IND 04; IND TJK 04; TJK IND 04; IND GIN 04; GIN IND 04; IND UZB 04; UZB IND 04",
     "IND IRN 04; IRN IND 04; IND BGR 04; BGR IND 04; IND TUR 04; TUR IND 04; IND TJK 05; IND TJK 06; IND TJK 03; IND GIN 03; IND GIN 06; IND None 04; USA None 16; USA None 04; IND GNQ 04; GNQ IND 04"),
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
        print(json.dumps({"file": file, "url": url, "date": date, "split": "dev", "entities": [], "may": [],
                          "quotes": [], "quantities": [], "times": [], "events": events(gold),
                          "events_may": events(may)}, ensure_ascii=False))
