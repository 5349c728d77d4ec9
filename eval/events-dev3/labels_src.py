#!/usr/bin/env python3
"""Readable source of labels.jsonl: gold events for the events-dev3 set (python3 labels_src.py > labels.jsonl).

Events only: (source code, target code, CAMEO root); target None = any target. `events_may` are defensible
alternatives that do not count against precision (conventions of eval/analysis/README.md and events-dev2: meetings
and phone calls both ways; coordinated subjects ("X and Y accused each other", "the leaders of X, Y and Z agreed")
expand to every member; summoning an ambassador = 11 with 04/16 as alternatives; recalling an ambassador or
expelling diplomats = 16; sanctions = 16 with 17 as alternative; "urge"/"call on" = 02 with 10 as alternative;
"warn"/"threaten"/"vow retaliation" = 13; "reject"/"dismiss" accusations = 12 (and 11 where the text also
denounces); EU, UN and non-state actors only as `events_may`). Labelled from the texts before any Storyline output
on them was looked at. Every entry is `dev`: this set measures unseen-text figures once, then serves development.
"""
import json

DOCS = [
    # file, url, date, events (gold), events_may
    ("d01_devdiscourse.txt", "https://www.devdiscourse.com/article/international/1007574-france-summons-chinese-ambassador-over-virus-comments-ministry", "2020-04-14",
     "FRA CHN 11",
     "FRA CHN 04; FRA CHN 16; FRA CHN 10; FRA CHN 13"),
    ("d02_chinaorg.txt", "http://www.china.org.cn/world/Off_the_Wire/2024-04/12/content_117122470.htm", "2024-04-12",
     "RUS FRA 11",
     "RUS FRA 04; RUS FRA 16; RUS FRA 12; FRA RUS 12; FRA RUS 11; FRA RUS 16"),
    ("d03_politicususa.txt", "https://politicususa.com/2017/10/03/u-s-orders-expulsion-15-cuban-diplomats.html", "2017-10-03",
     "USA CUB 16",
     "USA CUB 11; USA CUB 17; USA CUB 12"),
    ("d04_awanireview.txt", "https://www.awanireview.com/washington-expels-two-russian-ambassadors/", "2023-10-06",
     "USA RUS 16; RUS USA 16",
     "RUS USA 11; USA RUS 11; USA RUS 13; RUS UKR 19; RUS UKR 18; RUS USA 17; USA RUS 17"),
    ("d05_vovworld.txt", "https://vovworld.vn/en-US/news/armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-910604.vov", "2020-10-17",
     "ARM AZE 11; AZE ARM 11",
     "AZE ARM 19; ARM AZE 19; AZE ARM 18; ARM AZE 18; ARM AZE 12; AZE ARM 12; ARM AZE 04; AZE ARM 04; ARM AZE 03; AZE ARM 03; "
     "RUS None 04; RUS ARM 04; RUS AZE 04; ARM RUS 04; AZE RUS 04; AZE None 19; ARM None 19; AZE None 11; ARM None 11"),
    ("d06_conflictandwar.txt", "https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes", "2020-10-26",
     "ARM AZE 11; AZE ARM 11; USA ARM 04; ARM USA 04; USA AZE 04; AZE USA 04",
     "ARM AZE 04; AZE ARM 04; USA ARM 05; USA AZE 05; ARM AZE 05; AZE ARM 05; ARM USA 05; AZE USA 05; ARM AZE 03; AZE ARM 03; "
     "AZE ARM 19; ARM AZE 19; AZE ARM 18; ARM AZE 18; USA None 01; USA None 04; AZE None 11; ARM None 11; ARM AZE 12; AZE ARM 12"),
    ("d07_telegraph.txt", "http://www.pressreader.com/uk/the-daily-telegraph/20180314/281608125955074", "2018-03-14",
     "RUS GBR 13; GBR RUS 13; RUS GBR 12",
     "RUS GBR 11; RUS GBR 16; GBR RUS 16; GBR RUS 10; GBR RUS 11; RUS None 13; GBR RUS 17; RUS GBR 17"),
    ("d08_censor.txt", "https://censor.net/en/news/4010794/belarus-has-threatened-ukraine-with-retaliat", "2026-06-24",
     "BLR UKR 13; UKR BLR 10",
     "UKR BLR 13; BLR UKR 11; UKR BLR 11; RUS UKR 19; RUS UKR 18; BLR None 13; BLR UKR 01; UKR BLR 02; BLR None 11"),
    ("d09_time.txt", "http://time.com/4737001/donald-trump-xi-jinping-phone-call-readout/", "2017-04-12",
     "CHN USA 04; USA CHN 04",
     "CHN USA 03; USA CHN 03; CHN USA 05; USA CHN 05; CHN USA 01; USA CHN 01; CHN USA 06; USA CHN 06"),
    ("d10_darpan.txt", "https://www.darpanmagazine.com/news/international/modi-trump-talk-over-phone-discuss-key-bilateral-issues/", "2019-01-09",
     "IND USA 04; USA IND 04; RUS IND 04; IND RUS 04",
     "USA IND 11; IND USA 03; USA IND 03; IND USA 05; USA IND 05; IND AFG 07; IND USA 01; USA IND 01; IND JPN 04; JPN IND 04; "
     "USA JPN 04; JPN USA 04; IND USA 06; USA IND 06"),
    ("d11_artsakhpress.txt", "https://www.artsakhpress.am/eng/news/165877/russian-diplomat-accuses-uk-defense-secretary-of-slander.html", "2022-06-30",
     "RUS GBR 11; GBR RUS 11",
     "RUS GBR 12; RUS GBR 10"),
    ("d12_iranproject.txt", "https://www.theiranproject.com/en/news/383728/votdy2bxmyt0.6e.html", "2020-09-17",
     "IRN USA 11; USA IRN 11",
     "IRN USA 12; USA IRN 10; USA IRN 13; IRN DEU 04; IRN DEU 16; None IRN 16; USA IRN 16"),
    ("d13_ednews.txt", "https://ednews.net/en/news/politics/348171-ghasemi-slams-hunts-remarks-meddling", "2019-01-05",
     "IRN GBR 11",
     "GBR IRN 11; IRN GBR 12; IRN GBR 10; IRN GBR 02; GBR None 07; IRN None 11"),
    ("d14_eurasiareview.txt", "https://www.eurasiareview.com/13072018-spokesman-derides-pompeos-allegations-against-iran-embassies/", "2018-07-12",
     "IRN USA 12; IRN USA 11; USA IRN 11",
     "USA IRN 13; IRN USA 10"),
    ("d15_irna.txt", "https://en.irna.ir/news/85805842/Iran-dismisses-Britain-s-claims-as-unfounded", "2025-04-17",
     "IRN GBR 12; IRN GBR 11; GBR IRN 11",
     "IRN GBR 13; IRN GBR 10; IRN GBR 16"),
    ("d16_dailystar.txt", "http://www.dailystar.com.lb/News/World/2017/Jan-06/388138-japan-recalls-skorea-envoy-over-comfort-woman-statue.ashx", "2017-01-06",
     "JPN KOR 16; KOR JPN 11",
     "JPN KOR 11; KOR JPN 04; KOR JPN 16; JPN KOR 12; KOR JPN 03; JPN KOR 03; JPN KOR 05; KOR JPN 05"),
    ("d17_daijiworld.txt", "https://daijiworld.com/news/newsDisplay?newsID=509595", "2018-05-15",
     "TUR USA 16; TUR ISR 16; TUR USA 11; TUR ISR 11",
     "ISR PSE 18; ISR PSE 19; ISR None 18; ISR None 19; TUR PSE 01; TUR None 11; USA ISR 04; USA ISR 03; TUR ISR 12; TUR USA 12"),
    ("d18_trtworld.txt", "https://www.trtworld.com/article/13097945", "2017-11-18",
     "SAU DEU 16; SAU DEU 11; DEU LBN 04; LBN DEU 04",
     "SAU DEU 04; SAU DEU 12; DEU None 13; DEU SAU 11; DEU SAU 13; DEU LBN 05; DEU LBN 01; LBN SAU 04; SAU LBN 04; LBN FRA 04; "
     "FRA LBN 04; DEU None 11"),
    ("d19_newsbreak.txt", "https://www.newsbreak.com/news/2527912381447/russia-calls-in-canadian-envoy-complains-over-protests-outside-its-embassy", "2022-02-28",
     "RUS CAN 13; RUS CAN 11",
     "RUS CAN 04; RUS CAN 10; RUS CAN 16"),
    ("d20_dnanews.txt", "https://dnanews.com.pk/pakistan-us-sign-new-five-year-bilateral-assistance-agreement/", "2023-06-07",
     "PAK USA 05; USA PAK 05; PAK USA 04; USA PAK 04; USA PAK 07",
     "USA PAK 03; PAK USA 03; USA PAK 06; PAK USA 06; PAK USA 01; USA PAK 01"),
    ("d21_kutv.txt", "https://kutv.co.ke/united-states-launch-59-tomahawk-missiles-response-syria-chemical-attack", "2017-04-07",
     "USA SYR 19",
     "USA SYR 18; USA SYR 11; USA SYR 20; SYR SYR 20; SYR None 20; SYR SYR 18; SYR SYR 19; USA RUS 04; USA RUS 03; USA RUS 05"),
    ("d22_mehrnews.txt", "https://en.mehrnews.com/news/220350/Japan-FM-asks-Iran-to-exercise-restraint-against-Israel", "2024-08-28",
     "JPN IRN 04; IRN JPN 04; JPN IRN 02; IRN ISR 13",
     "JPN IRN 10; JPN IRN 03; IRN JPN 03; IRN None 13; IRN ISR 11; JPN None 02; IRN ISR 18; IRN ISR 19; ISR PSE 04; PSE ISR 04; "
     "IRN None 12; JPN IRN 05; IRN JPN 05"),
    ("d23_thestar.txt", "https://www.thestar.com.my/news/world/2025/06/14/italy-urges-israel-iran-to-avoid-conflict-escalation-return-to-talks", "2025-06-13",
     "ITA ISR 02; ITA IRN 02; ISR IRN 19; ITA ISR 04; ISR ITA 04; ITA IRN 04; IRN ITA 04; IRN ISR 11; IRN ISR 13",
     "ITA ISR 10; ITA IRN 10; ITA ISR 11; ISR IRN 18; ISR PSE 19; ISR PSE 18; ITA USA 04; ITA OMN 04; ITA ISR 03; ITA None 02; "
     "ITA None 04; IRN None 13; IRN None 11; ITA IRN 13; ISR IRN 20"),
    ("d24_straitstimes.txt", "https://www.straitstimes.com/asia/egypts-fm-expresses-need-for-restraint-in-calls-to-foreign-ministers-of-iran-israel", "2024-04-14",
     "EGY IRN 04; IRN EGY 04; EGY ISR 04; ISR EGY 04; EGY IRN 02; EGY ISR 02; EGY USA 04; USA EGY 04; IRN ISR 19",
     "EGY IRN 10; EGY ISR 10; IRN ISR 18; IRN ISR 20; EGY None 02; EGY None 03; EGY None 04"),
    ("d25_news18.txt", "https://www.news18.com/amp/world/china-lodges-complaints-over-camp-david-statement-by-us-south-korea-japan-8544509.html", "2023-08-21",
     "CHN USA 11; CHN KOR 11; CHN JPN 11; USA CHN 11; KOR CHN 11; JPN CHN 11",
     "USA KOR 04; KOR USA 04; USA JPN 04; JPN USA 04; KOR JPN 04; JPN KOR 04; USA KOR 03; KOR USA 03; USA JPN 03; JPN USA 03; "
     "KOR JPN 03; JPN KOR 03; CHN None 11; CHN USA 12; CHN KOR 12; CHN JPN 12; None CHN 11; USA CHN 12; KOR CHN 12; JPN CHN 12"),
    ("d26_kyodo.txt", "https://english.kyodonews.net/news/2024/04/fd261ebdf45b-china-summons-japan-official-over-negative-stance-at-us-summits.html", "2024-04-12",
     "CHN JPN 11; CHN PHL 11; USA JPN 04; JPN USA 04; USA JPN 03; JPN USA 03; USA PHL 03; PHL USA 03; JPN PHL 03; PHL JPN 03",
     "CHN JPN 04; JPN CHN 04; CHN PHL 04; PHL CHN 04; CHN USA 11; JPN CHN 11; PHL CHN 11; USA CHN 11; USA PHL 04; PHL USA 04; "
     "JPN PHL 04; PHL JPN 04; USA JPN 05; JPN USA 05; USA PHL 05; PHL USA 05; JPN PHL 05; PHL JPN 05; USA JPN 06; JPN USA 06; "
     "CHN None 11; CHN USA 12; CHN JPN 12; CHN PHL 12; CHN None 12; JPN CHN 12; CHN USA 10; CHN JPN 10; CHN PHL 10"),
    ("d27_nation.txt", "https://nation.com.pk/22-Nov-2020/russia-imposes-reciprocal-sanctions-on-25-uk-officials", "2020-11-22",
     "RUS GBR 16; GBR RUS 16",
     "RUS GBR 17; GBR RUS 17; RUS GBR 11"),
    ("d28_moscowtimes.txt", "https://www.themoscowtimes.com/2020/10/03/anger-from-moscow-minsk-as-eu-us-sanction-belarus-a71640", "2020-10-03",
     "USA BLR 16",
     "None BLR 16; BLR None 16; BLR None 11; RUS None 11; BLR USA 11; RUS USA 11; USA BLR 11; USA BLR 17; None BLR 11; None CYP 02; "
     "BLR None 17; None BLR 17; CYP None 12; None None 04"),
    ("d29_trt_aid.txt", "https://www.trtworld.com:443/article/12797042", "2023-02-18",
     "USA TUR 07",
     "ECU TUR 07; USA TUR 03; TUR None 07; None TUR 07"),
    ("d30_washinquirer.txt", "https://thewashingtoninquirer.com/us-urges-israel-to-avoid-escalation-of-hostilities-against-iran", "2024-04-15",
     "USA ISR 02; USA IRQ 04; IRQ USA 04; FRA ISR 02; DEU IRN 13; DEU ISR 02; BEL IRN 11; DEU IRN 11",
     "USA ISR 10; FRA ISR 10; DEU ISR 10; DEU IRN 10; DEU IRN 02; IRN ISR 19; IRN ISR 18; IRN None 19; USA ISR 07; USA ISR 03; "
     "USA ISR 04; ISR USA 04; USA ISR 12; ISR LBN 19; ISR None 19; BEL IRN 04; DEU IRN 04; BEL IRN 16; DEU IRN 16; FRA None 02; "
     "FRA None 03; USA None 12; USA ISR 13; FRA ISR 03; FRA IRN 11"),
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
