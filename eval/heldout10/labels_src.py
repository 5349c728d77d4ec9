#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Tenth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout9/README.md and this folder's
README.md. Every document is in the "test" split: nothing here is for tuning."""
import json


def E(canonical, code, *alt):
    return {"canonical": canonical, "code": code, "alt": list(alt)}


def Q(text, speaker, *alt):
    return {"text": text, "speaker": speaker, "speaker_alt": list(alt)}


def N(text, value, unit=None):
    return {"text": text, "value": value, "unit": unit}


def T(text, *values):
    return {"text": text, "value": list(values)}


def V(source, target, root):
    return {"source": source, "target": target, "root": root}


def Vs(sources, target, root):
    return [V(s, target, root) for s in sources]


def both(a, b, *roots):
    """The same act coded in both directions (meetings, talks, mutual agreements)."""
    return [V(x, y, r) for r in roots for x, y in ((a, b), (b, a))]


def domestic(code, roots):
    """Events inside one country (elections, internal conflict): acceptable, never required."""
    return [V(code, code, r) for r in roots] + [V(code, None, r) for r in roots]


def pairs(codes, *roots):
    """Every ordered pair of a multilateral act (acceptable, never required)."""
    return [V(x, y, r) for r in roots for x in codes for y in codes if x != y]


US = E("United States", "USA", "United States of America", "US", "U.S.", "USA", "America")
CN = E("China", "CHN", "People's Republic of China")
IN = E("India", "IND")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
IL = E("Israel", "ISR")
SY = E("Syria", "SYR")
UN = E("United Nations", None, "UN", "U.N.")
PUTIN = E("Vladimir Putin", "RUS", "Putin", "Russian President Vladimir Putin")
KREMLIN = E("Kremlin", "RUS")
MOSCOW = E("Moscow", "RUS", "MOSCOW")
TASS = E("TASS", "RUS")
REUTERS = E("Reuters", ["GBR", None])
JAISHANKAR = E("Subrahmanyam Jaishankar", "IND", "S Jaishankar", "Jaishankar", "External Affairs Minister S Jaishankar")
AUSTIN = E("Lloyd Austin", "USA", "Austin", "US Secretary of Defense Lloyd Austin", "Defense Secretary Lloyd Austin")
BIDEN = E("Joe Biden", "USA", "Biden", "President Biden", "President Joe Biden", "US President Joe Biden")
TRUMP = E("Donald Trump", "USA", "Trump", "President Trump", "US President Donald Trump", "U.S. President Donald Trump")
MEA = E("Ministry of External Affairs", "IND", "MEA")
SAURABH = E("Saurabh Kumar", "IND")
NEWDELHI = E("New Delhi", "IND", "Delhi")
URDUPOINT = [E("UrduPoint News", "PAK", "UrduPoint"), E("Sputnik", "RUS")]

CRED = "RUS"  # host of the credentials ceremonies (s05-s07)


def cred_may(codes):
    return both_many(CRED, codes, "04", "05")


def both_many(a, codes, *roots):
    out = []
    for c in codes:
        out += both(a, c, *roots)
    return out


S05_COUNTRIES = [("Armenia", "ARM"), ("Afghanistan", "AFG"), ("Belgium", "BEL"), ("Benin", "BEN"), ("Brazil", "BRA"),
                 ("Chile", "CHL"), ("Costa Rica", "CRI"), ("Guatemala", "GTM"), ("Israel", "ISR"), ("Iraq", "IRQ"),
                 ("Kazakhstan", "KAZ"), ("Qatar", "QAT"), ("Nepal", "NPL"), ("Peru", "PER"), ("Senegal", "SEN"),
                 ("Switzerland", "CHE"), ("Tunisia", "TUN"), ("Turkey", "TUR")]
S06_COUNTRIES = [("Venezuela", "VEN"), ("Tanzania", "TZA"), ("Thailand", "THA"), ("Guatemala", "GTM"),
                 ("Bolivia", "BOL"), ("Czech Republic", "CZE"), ("South Sudan", "SSD"), ("Estonia", "EST"),
                 ("Bulgaria", "BGR"), ("Denmark", "DNK"), ("Sri Lanka", "LKA"), ("Malta", "MLT"), ("Hungary", "HUN"),
                 ("Slovenia", "SVN"), ("India", "IND"), ("Norway", "NOR"), ("Uzbekistan", "UZB"), ("Spain", "ESP"),
                 ("Togo", "TGO"), ("Guyana", "GUY"), ("Palau", "PLW"), ("Lesotho", "LSO"), ("San Marino", "SMR")]
S07_COUNTRIES = [("Republic of Korea", "KOR"), ("Zimbabwe", "ZWE"), ("Palestine", "PSE"), ("Mauritius", "MUS"),
                 ("Panama", "PAN"), ("Sudan", "SDN"), ("Ireland", "IRL"), ("Sri Lanka", "LKA"), ("Bahrain", "BHR"),
                 ("Sweden", "SWE"), ("Estonia", "EST"), ("Malaysia", "MYS"), ("Israel", "ISR")]


DOCS = [
    dict(file="s01_ians.txt", date="2017-09-30",
         url="http://34.80.245.248/content_html/2017-09-30/d8e8f35422fba661cfdf5d14c7a0ce5a.html",
         entities=[E("Xi Jinping", "CHN", "Xi", "Chinese President Xi Jinping"),
                   E("Rex Tillerson", "USA", "Tillerson", "US Secretary of State Rex Tillerson"), TRUMP,
                   E("Xinhua", "CHN", "Xinhua news agency"), E("United States", "USA", "US"), CN,
                   E("Yang Jiechi", "CHN", "State Councillor Yang Jiechi"),
                   E("Wang Yi", "CHN", "Foreign Minister Wang Yi"), E("North Korea", "PRK")],
         may=[E("Great Hall of the People", "CHN"), E("Tiananmen Square", "CHN")],
         quotes=[Q("Currently the most important event in our bilateral relations is President Trump's visit in November",
                   "Xi Jinping", "China"),
                 Q("His visit will be a major opportunity for the development of China-US relations", "Xi Jinping",
                   "China"),
                 Q("attaches great importance to President Trump's visit, and I look forward to working with him to outline and advance our bilateral relations in the years to come",
                   "Xi Jinping", "China")],
         quantities=[N("two countries", 2), N("two heads of state", 2), N("two Presidents", 2)],
         times=[T("Saturday", "2017-09-30"), T("this year", "2017"), T("November", "2017-11")],
         events=both("CHN", "USA", "04"),
         events_may=both("CHN", "USA", "03", "05") + [V("USA", "CHN", "01")]),
    dict(file="s02_devdiscourse.txt", date="2023-03-02",
         url="https://www.devdiscourse.com/article/law-order/2365838-jaishankar-meets-chinese-counterpart-qin-gang",
         entities=[JAISHANKAR, E("Qin Gang", "CHN", "Qin", "Chinese Foreign Minister Qin Gang"),
                   E("G20", None), E("Wang Yi", "CHN", "Wang"), E("Bali", "IDN"),
                   E("Ladakh", "IND", "eastern Ladakh"), IN, CN, E("Beijing", "CHN")],
         may=[E("Line of Actual Control", None, "LAC"), E("G20 Foreign Ministers' Meeting", None),
              E("Working Mechanism for Consultation and Coordination on India-China Border Affairs", None, "WMCC")],
         quotes=[Q("Met Chinese Foreign Minister Qin Gang on sidelines of #G20FMM this afternoon. Our discussions were focused on addressing current challenges to the bilateral relationship, especially peace and tranquillity in the border areas",
                   "Subrahmanyam Jaishankar", "India"),
                 Q("open and constructive manner", None)],
         quantities=[N("two countries", 2)],
         times=[T("Thursday", "2023-03-02"), T("December", "2022-12"), T("July 7", "2022-07-07"),
                T("March last year", "2022-03"), T("February 22", "2023-02-22")],
         events=both("IND", "CHN", "04"),
         events_may=both("IND", "CHN", "03") + [V("IND", "CHN", "02"), V("IND", None, "04"), V("CHN", None, "04")]),
    dict(file="s03_urdupoint.txt", date="2023-06-05",
         url="https://www.urdupoint.com/en/world/kritenbrink-holds-productive-talks-with-chi-1703424.html",
         entities=[E("Washington", "USA", "WASHINGTON"),
                   E("Daniel Kritenbrink", "USA", "Kritenbrink"), E("Beijing", "CHN"),
                   E("State Department", "USA"), E("Sarah Beran", "USA"), E("National Security Council", "USA"),
                   E("Ma Zhaoxu", "CHN"), E("Yang Tao", "CHN"),
                   E("North American and Oceanian Affairs Department", "CHN"),
                   E("Financial Times", "GBR"), E("CIA", "USA"), E("William Burns", "USA"), BIDEN,
                   E("United States", "USA", "US"), CN],
         may=URDUPOINT + [E("Taiwan", "TWN")],
         quotes=[Q("candid and productive", "State Department", "United States"),
                 Q("The two sides had candid and productive discussions as part of ongoing efforts to maintain open lines of communication and build on recent high-level diplomacy between the two countries",
                   "State Department", "United States")],
         quantities=[N("two sides", 2), N("two countries", 2)],
         times=[T("05th June, 2023", "2023-06-05"), T("Monday", "2023-06-05"), T("Friday", "2023-06-02"),
                T("last month", "2023-05")],
         events=both("USA", "CHN", "04"),
         events_may=both("USA", "CHN", "03")),
    dict(file="s04_reportaz.txt", date="2017-05-22",
         url="https://report.az/en/region/us-ambassador-to-ankara-summoned-to-turkish-foreign-ministry/",
         entities=[E("Baku", "AZE"), E("Hurriyet", "TUR"),
                   E("John Bass", "USA", "U.S. Ambassador John Bass"), E("Ankara", "TUR"),
                   E("Ministry of Foreign Affairs of Turkey", "TUR", "Ministry of Foreign Affairs",
                     "Turkish Foreign Ministry"), E("Turkey", "TUR"),
                   E("Mevlüt Çavuşoğlu", "TUR", "Foreign Minister Mevlüt Çavuşoğlu"),
                   E("United States", "USA", "U.S.", "Unites States of America"),
                   E("Recep Tayyip Erdoğan", "TUR", "Erdoğan"), TRUMP, E("PKK", ["TUR", None]),
                   E("White House", "USA")],
         may=[E("Report", "AZE", "REPORT.AZ"), E("Lafayette Square", "USA"), E("Armenia", "ARM")],
         quotes=[Q("aggressive and unprofessional", "Ministry of Foreign Affairs of Turkey", "Turkey"),
                 Q("The Ambassador of the Unites States of America in Ankara was summoned to the Ministry of Foreign Affairs today and It has been formally requested that U.S. authorities conduct a full investigation of this diplomatic incident and provide the necessary explanation",
                   "Ministry of Foreign Affairs of Turkey", "Turkey")],
         quantities=[],
         times=[T("22 May", "2017-05-22"), T("Monday", "2017-05-22"), T("today", "2017-05-22")],
         events=[V("TUR", "USA", "11")] + both("TUR", "USA", "04"),
         events_may=[V("TUR", "USA", "10"), V("TUR", "USA", "12"), V("USA", "TUR", "04"), V(None, "TUR", "14"),
                     V("TUR", None, "11")]),
    dict(file="s05_tass.txt", date="2017-03-16", url="https://tass.com/politics/935793",
         entities=[MOSCOW, PUTIN, E("Kremlin", "RUS", "Kremlin press service"), RU]
         + [E(n, c) for n, c in S05_COUNTRIES],
         may=[TASS],
         quotes=[],
         quantities=[N("18 new foreign ambassadors", 18)],
         times=[T("March 16", "2017-03-16"), T("Thursday", "2017-03-16"), T("November 9, 2016", "2016-11-09")],
         events=[V("RUS", None, "04")],
         events_may=cred_may([c for _, c in S05_COUNTRIES]) + [V("RUS", None, "05")]),
    dict(file="s06_tass.txt", date="2018-10-11", url="http://tass.com/politics/1025533",
         entities=[PUTIN, KREMLIN, MOSCOW, E("Russia", "RUS")] + [E(n, c) for n, c in S06_COUNTRIES],
         may=[TASS, E("St. Alexander Hall", "RUS"), E("Grand Kremlin Palace", "RUS")],
         quotes=[],
         quantities=[N("23 new ambassadors", 23), N("five Kingdoms", 5), N("18 other countries", 18)],
         times=[T("October 11", "2018-10-11"), T("Thursday", "2018-10-11")],
         events=[V("RUS", None, "04")],
         events_may=cred_may([c for _, c in S06_COUNTRIES]) + [V("RUS", None, "05")]),
    dict(file="s07_freenews.txt", date="2015-11-26",
         url="http://freenews-en.tk/2015/11/26/in-the-kremlin-began-the-ceremony-of-the-president-credentials-of-foreign-ambassadors/",
         entities=[KREMLIN, MOSCOW, PUTIN, E("Russia", "RUS", "Russian Federation")]
         + [E(n, c) for n, c in S07_COUNTRIES]
         + [E("South Ossetia", ["GEO", "RUS", None]), E("Congo", ["COG", "COD"])],
         may=[E("Alexander hall", "RUS"), E("Grand Kremlin Palace", "RUS")],
         quotes=[],
         quantities=[N("15 new arrivals", 15)],
         times=[T("November 26", "2015-11-26"), T("Thursday", "2015-11-26")],
         events=[V("RUS", None, "04")],
         events_may=cred_may([c for _, c in S07_COUNTRIES] + ["GEO", "COG", "COD"]) + [V("RUS", None, "05")]),
    dict(file="s08_sputniknews.txt", date="2023-02-24",
         url="https://sputniknews.com/20230224/austin-says-he-has-not-spoken-to-chinese-counterpart-for-couple-of-months-1107778334.html",
         entities=[AUSTIN, E("Wei Fenghe", "CHN", "Wei", "Minister Wei"), CN, E("Russia", "RUS"),
                   E("Pentagon", "USA"), E("Pat Ryder", "USA"), E("United States", "USA", "US")],
         may=[],
         quotes=[Q("couple of months", "Lloyd Austin", "United States"),
                 Q("The last time that I talked to him was a couple of months ago.", "Lloyd Austin", "United States"),
                 Q("I think we'll continue … to stress how important it is and hopefully Minister Wei will schedule that call",
                   "Lloyd Austin", "United States"),
                 Q("knows where to find", "Lloyd Austin", "United States"),
                 Q("taken off the table", "Lloyd Austin", "United States")],
         quantities=[],
         times=[T("Friday", "2023-02-24"), T("early February", "2023-02")],
         events=[V("CHN", "USA", "12")],
         events_may=[V("USA", "CHN", "02"), V("USA", "CHN", "04"), V("CHN", "USA", "04"), V("USA", "CHN", "10"),
                     V("USA", "CHN", "19"), V("USA", "CHN", "18"), V("USA", "CHN", "17"), V("USA", "CHN", "15"),
                     V("CHN", "RUS", "07")]),
    dict(file="s09_rbcua.txt", date="2023-10-22",
         url="https://newsukraine.rbc.ua/news/united-states-concerned-about-potential-escalation-1697992671.html",
         entities=[US, IL, E("HAMAS", ["PSE", None], "Hamas"), AUSTIN, E("Iraq", "IRQ"), SY, E("Yemen", "YEM"),
                   E("Lebanon", "LBN"), E("Gaza", ["PSE", None], "Gaza Strip"), E("U.S. Navy", "USA"),
                   E("Israel Defense Forces", "ISR", "IDF")],
         may=[E("Middle East", None), E("USS Dwight D. Eisenhower", "USA"), E("USS Gerald R. Ford", "USA"),
              E("Mediterranean Sea", None), E("American Armed Forces", "USA"), E("Iran", "IRN")],
         quotes=[Q("We're concerned about potential escalation. In fact, what we're seeing is the prospect of a significant escalation of attacks on our troops and our people throughout the region. And because of that, we're going to do what's necessary to make sure that our troops are in the right position, they're protected and that we have the ability to respond",
                   "Lloyd Austin", "United States")],
         quantities=[N("more than 550 rockets", 550)],
         times=[T("October 7", "2023-10-07")],
         events=[],
         events_may=[V("USA", None, "15"), V("USA", None, "13"), V("ISR", "PSE", "19"), V("ISR", "PSE", "18"),
                     V("PSE", "ISR", "19"), V("PSE", "ISR", "18"), V(None, "USA", "19"), V(None, "USA", "18"),
                     V("ISR", "LBN", "19"), V("LBN", "ISR", "19"), V("IRN", "USA", "19"), V("IRN", "USA", "18")]),
    dict(file="s10_dagens.txt", date="2023-10-09",
         url="https://www.dagens.com/news/kremlin-fears-conflict-escalation-great-danger",
         entities=[KREMLIN, E("Dmitry Peskov", "RUS", "Peskov"), RU, IL,
                   E("Palestinian Territories", "PSE"), REUTERS, E("Hamas", ["PSE", None]),
                   E("Gaza", ["PSE", None])],
         may=[E("Middle East", None), E("Russian embassy", "RUS")],
         quotes=[Q("We are watching with great concern what is happening around Israel in the Middle East",
                   "Dmitry Peskov", "Russia", "Kremlin"),
                 Q("We believe that it is necessary to bring the situation to a peaceful path as soon as possible",
                   "Dmitry Peskov", "Russia", "Kremlin")],
         quantities=[],
         times=[],
         events=[V("RUS", None, "02")],
         events_may=[V("RUS", "ISR", "02"), V("RUS", "PSE", "02"), V("RUS", None, "01"), V("RUS", "ISR", "01"),
                     V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V("PSE", "ISR", "19"), V("PSE", "ISR", "18"),
                     V("RUS", "PSE", "04"), V("PSE", "RUS", "04")]),
    dict(file="s11_chrlmanalo.txt", date="2024-09-19",
         url="https://chrlmanalo.wixsite.com/archive/post/white-house-is-afraid-of-escalation-in-middle-east-tensions",
         entities=[E("United States", "USA", "US"), E("White House", "USA"), E("Lebanon", "LBN"),
                   E("Karine Jean-Pierre", "USA", "Jean-Pierre"), IL, E("Hezbollah", ["LBN", None]),
                   E("Gaza", ["PSE", None], "Gaza Strip")],
         may=[E("Middle East", None), E("Lebanese government", "LBN"), E("Israeli military", "ISR")],
         quotes=[Q("We are concerned about the tension, and afraid, and concerned about potential escalation. We have said that, in the Middle East. We've been very clear, and we've also said that the way to move forward is diplomatic resolution",
                   "Karine Jean-Pierre", "United States", "White House"),
                 Q("Children being harmed, people being harmed, it's difficult to see, and not something that we want to see",
                   "Karine Jean-Pierre", "United States", "White House")],
         quantities=[N("at least 37 people", 37), N("37", 37), N("nearly 3,000", 3000), N("two children", 2),
                     N("over 41,000 people", 41000), N("two waves", 2), N("16 attacks", 16),
                     N("two Israeli troops", 2)],
         times=[T("Thursday", "2024-09-19"), T("Tuesday", "2024-09-17"), T("Wednesday", "2024-09-18")],
         events=[V("LBN", "ISR", "11"), V("ISR", "LBN", "19")],
         events_may=[V("ISR", "LBN", "18"), V("LBN", "ISR", "19"), V("LBN", "ISR", "18"), V("USA", None, "02"),
                     V("USA", None, "01"), V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V("LBN", "ISR", "12")]),
    dict(file="s12_chinadaily.txt", date="2017-11-16",
         url="https://global.chinadaily.com.cn/world/2017-11/16/content_34610170.htm",
         entities=[E("Manila", "PHL", "MANILA"), CN, E("Philippines", "PHL"),
                   E("Li Keqiang", "CHN", "Li", "Chinese Premier Li Keqiang"),
                   E("Rodrigo Duterte", "PHL", "Philippine President Rodrigo Duterte"),
                   E("Marawi City", "PHL", "Marawi"), E("Mindanao", "PHL")],
         may=[E("Belt and Road Initiative", None), E("Master Plan on ASEAN Connectivity", None),
              E("ASEAN", None), E("Program on China-Philippines Industrial Park Development", None)],
         quotes=[],
         quantities=[N("two sides", 2), N("two countries", 2), N("two river bridges", 2),
                     N("two drug rehabilitation centers", 2)],
         times=[T("Thursday", "2017-11-16"), T("Wednesday", "2017-11-15")],
         events=both("CHN", "PHL", "05", "04") + [V("CHN", "PHL", "07")],
         events_may=both("CHN", "PHL", "03", "06") + [V("CHN", "PHL", "01"), V("PHL", "CHN", "01")]),
    dict(file="s13_komnews.txt", date="2017-04-07",
         url="https://komnews.org/iran-strongly-condemns-us-missile-strike-syrian-airfield-foreign-ministry/",
         entities=[E("Iran", "IRN"), E("United States", "USA", "US"),
                   E("Syria", "SYR"), E("Homs", "SYR"), E("Press TV", "IRN"),
                   E("Ash Sha'irat", "SYR"), TRUMP, E("Idlib", "SYR"),
                   E("Syrian National Coalition of Revolutionary and Opposition Forces", ["SYR", None])],
         may=[E("Foreign Ministry", "IRN"), E("Tehran", "IRN"), E("al-Shayrat Airbase", "SYR"),
              E("Washington", "USA"), E("Damascus", "SYR"), E("Syrian government", "SYR")],
         quotes=[Q("roundly condemns any unilateral military action and the missile attacks against al-Shayrat Airbase in Syria by American warships",
                   "Iran", "Foreign Ministry")],
         quantities=[N("over 50 Tomahawk cruise missiles", 50), N("about 40 kilometers", 40, "km"),
                     N("25 miles", 25, "mi"), N("some 80 people", 80), N("200 civilians", 200)],
         times=[T("Friday", "2017-04-07"), T("Thursday", "2017-04-06"), T("Tuesday", "2017-04-04")],
         events=[V("IRN", "USA", "11"), V("USA", "SYR", "19"), V("USA", "SYR", "11")],
         events_may=[V("USA", "SYR", "18"), V("SYR", "USA", "12"), V("SYR", "USA", "01"), V(None, "SYR", "11"),
                     V("SYR", None, "19"), V("SYR", None, "20"), V("SYR", "SYR", "19"), V("SYR", "SYR", "20"),
                     V("IRN", None, "11")]),
    dict(file="s14_dailycapitalmail.txt", date="2021-08-30", url="https://dailycapitalmail.com/archives/3898",
         entities=[E("Taliban", ["AFG", None]), E("United States", "USA", "US"), E("Kabul", "AFG"),
                   E("Zabihullah", "AFG"), E("Afghanistan", "AFG")],
         may=[E("Kabul airport", "AFG"), E("China", "CHN")],
         quotes=[Q("if there was a threat to the US, we would have been notified.", "Zabihullah", "Taliban"),
                 Q("If there was a threat to the United States, let us know", "Zabihullah", "Taliban")],
         quantities=[N("6 rockets", 6), N("six rockets", 6), N("five", 5), N("one rocket", 1)],
         times=[],
         events=[V("USA", "AFG", "19"), V("AFG", "USA", "11")],
         events_may=[V("USA", "AFG", "18"), V(None, "USA", "19"), V(None, "AFG", "19"), V(None, "USA", "18"),
                     V("AFG", "USA", "12"), V("AFG", "USA", "02")]),
    dict(file="s15_npasyria.txt", date="2023-03-08", url="https://npasyria.com/en/94438",
         entities=[E("Qamishli", "SYR", "QAMISHLI"), SY, E("United States", "USA", "US"), UN, E("Aleppo", "SYR"),
                   REUTERS, E("US State Department", "USA", "State Department"), E("Ned Price", "USA"),
                   E("Israel", "ISR", "Zionist regime"), E("Farhan Haq", ["USA", None], "Haq"),
                   E("El-Mostafa Benlamlih", ["MAR", None]), E("Nasser Kan'ani", "IRN")],
         may=[E("North Press", "SYR"), E("Aleppo International Airport", "SYR", "Aleppo airport"),
              E("Iranian Foreign Ministry", "IRN"), E("Iran", "IRN")],
         quotes=[Q("severe humanitarian implications for people in Aleppo … and could also affect the wider vulnerable population who need humanitarian assistance",
                   "Farhan Haq", "United Nations"),
                 Q("abide by their obligations under international humanitarian law", "Farhan Haq", "United Nations"),
                 Q("Zionist regime's airstrike", "Nasser Kan'ani", "Iran"),
                 Q("While the Syrian earthquake victims in Aleppo are experiencing difficult conditions, the Zionist regime is attacking the Aleppo airport … and this is a clear example of a crime against humanity.",
                   "Nasser Kan'ani", "Iran")],
         quantities=[],
         times=[T("Wednesday", "2023-03-08"), T("Feb. 6", "2023-02-06"), T("March 7", "2023-03-07")],
         events=[V("ISR", "SYR", "19"), V("USA", "ISR", "11"), V("IRN", "ISR", "11")],
         events_may=[V("ISR", "SYR", "18"), V(None, "ISR", "11"), V(None, None, "02"), V(None, "SYR", "02"),
                     V("USA", None, "01"), V("USA", "ISR", "02"), V("ISR", "IRN", "19")]),
    dict(file="s16_uawire.txt", date="2024-12-08",
         url="https://www.uawire.org:443/u-s-announces-988-million-military-aid-package-for-ukraine",
         entities=[E("United States", "USA", "U.S."), UA, E("U.S. Department of Defense", "USA",
                                                            "Department of Defense"),
                   E("Pentagon", "USA"), BIDEN, E("Politico", "USA"), E("Congress", "USA")],
         may=[E("Washington", "USA"), E("Kyiv", "UKR"), E("USAI", "USA")],
         quotes=[],
         quantities=[N("$988 million", 988000000, "USD"), N("$24 billion", 24000000000, "USD")],
         times=[T("November 15", "2024-11-15"), T("late November", "2024-11")],
         events=[V("USA", "UKR", "07")],
         events_may=[V("USA", "UKR", "03"), V("USA", "UKR", "06")]),
    dict(file="s17_avapress.txt", date="2022-08-24",
         url="https://www.avapress.com/en/news/257579/the-largest-us-military-aid-package-to-ukraine-will-be-announced-today",
         entities=[US, UA, REUTERS, E("White House", "USA"), E("Russia", "RUS"), E("Pentagon", "USA"),
                   E("Joe Biden", "USA", "US President Joe Biden")],
         may=[E("Afghan Voice Agency", "AFG", "AVA"), E("Kyiv", "UKR", "Kiev"),
              E("Security Assistance Fund for Ukraine", "USA")],
         quotes=[],
         quantities=[N("$3 billion", 3000000000, "USD"), N("$775 million", 775000000, "USD"),
                     N("10 billion dollars", 10000000000, "USD")],
         times=[T("today", "2022-08-24"), T("Wednesday", "2022-08-24"), T("August 24, 2022", "2022-08-24"),
                T("August 24", "2022-08-24"), T("Friday", "2022-08-19"), T("next year", "2023")],
         events=[V("USA", "UKR", "07")],
         events_may=[V("USA", "UKR", "03"), V("USA", "UKR", "06"), V("RUS", "UKR", "19"), V("RUS", "UKR", "18")]),
    dict(file="s18_webjosh.txt", date="2024-05-10",
         url="https://www.webjosh.com/article/us-announces-400-million-military-aid-package-for-ukraine-1715362662-10227",
         entities=[E("United States", "USA", "US"), UA,
                   E("Antony Blinken", "USA", "Blinken", "Secretary of State Antony Blinken"), BIDEN, AUSTIN],
         may=[E("Ukraine Security Assistance Initiative", "USA", "USAI"),
              E("Presidential Drawdown Authority", "USA", "PDA")],
         quotes=[Q("As President Biden has made clear, the United States and the international coalition we have assembled will continue to stand with Ukraine in its defense of its freedom",
                   "Antony Blinken", "United States"),
                 Q("in the next few hours", "Joe Biden", "United States")],
         quantities=[N("$400 million", 400000000, "USD"), N("$60 billion", 60000000000, "USD"),
                     N("$1 billion", 1000000000, "USD"), N("$6 billion", 6000000000, "USD")],
         times=[T("Friday", "2024-05-10"), T("Last month", "2024-04")],
         events=[V("USA", "UKR", "07")],
         events_may=[V("USA", "UKR", "03"), V("USA", "UKR", "06")]),
    dict(file="s19_urdupoint.txt", date="2020-07-24",
         url="https://www.urdupoint.com/en/world/us-nimitz-carrier-strike-group-conducts-exerc-983364.html",
         entities=[E("Washington", "USA", "WASHINGTON"), E("United States", "USA", "US"), IN,
                   E("Nimitz Carrier Strike Group", "USA", "Nimitz strike group"), E("US Navy", "USA"),
                   E("Indian Navy", "IND"), E("Benjamin Petrisin", "USA"),
                   E("Ronald Reagan Carrier Strike Group", "USA")],
         may=URDUPOINT + [E("Indian Ocean", None), E("Princeton", "USA"), E("Sterett", "USA"),
                          E("South China Sea", None)],
         quotes=[Q("During the ADEX, we conducted with the Indian Navy, four of their warships joined Princeton and Sterett to defend each other against simulated threat aircraft and missiles",
                   "Benjamin Petrisin", "United States", "US Navy")],
         quantities=[N("four", 4), N("two navies", 2)],
         times=[T("24th July, 2020", "2020-07-24"), T("Thursday", "2020-07-23")],
         events=both("USA", "IND", "06"),
         events_may=both("USA", "IND", "04", "15") + [V("USA", None, "15")]),
    dict(file="s20_fakti.txt", date="2024-06-17",
         url="https://fakti.bg/en/world/889455-canada-the-united-states-the-philippines-and-japan-completed-a-two-day-joint-naval-exercise",
         entities=[E("Canada", "CAN"), E("United States", "USA"), E("Philippines", "PHL"), E("Japan", "JPN"),
                   E("US Pacific Fleet", "USA"), REUTERS],
         may=[E("South China Sea", None), E("Manila", "PHL"), E("Manila Exclusive Economic Zone", "PHL")],
         quotes=[],
         quantities=[],
         times=[],
         events=[],
         events_may=pairs(["CAN", "USA", "PHL", "JPN"], "06", "04", "15")
         + [V(c, None, r) for c in ("CAN", "USA", "PHL", "JPN") for r in ("06", "15")]),
    dict(file="s21_businessstandard.txt", date="2022-08-28",
         url="https://www.business-standard.com/article/international/egypt-us-spain-hold-joint-maritime-exercise-in-mediterranean-sea-122082800036_1.html",
         entities=[E("Egypt", "EGY"), E("United States", "USA", "US"), E("Northern Fleet", "EGY"),
                   E("Xinhua", "CHN", "Xinhua news agency"), E("Gharib Abdel-Hafez", "EGY"),
                   E("Egyptian Armed Forces", "EGY")],
         may=[E("Spain", "ESP"), E("Mediterranean Sea", None), E("Egyptian military", "EGY"),
              E("Alexandria Naval Base", "EGY"), E("Alexandria", "EGY"), E("ENS El Fateh", "EGY"),
              E("USS Forrest Sherman", "USA"), E("ESPS Almirante Juan De Borbon", "ESP")],
         quotes=[Q("training on homogeneous work within a joint duty force charged with the tasks of maintaining maritime security as well as confronting threats that may affect global trade and international freedom of navigation in areas of common interest",
                   "Gharib Abdel-Hafez", "Egypt", "Egyptian military"),
                 Q("which contributes to supporting maritime security and stability.", "Gharib Abdel-Hafez", "Egypt",
                   "Egyptian military")],
         quantities=[],
         times=[T("Saturday", "2022-08-27")],
         events=[V("EGY", None, "06")],
         events_may=pairs(["EGY", "USA", "ESP"], "06", "04") + [V("USA", None, "06"), V("ESP", None, "06")]),
    dict(file="s22_daijiworld.txt", date="2022-03-14",
         url="https://daijiworld.com/index.php/news/newsDisplay?newsID=936890",
         entities=[NEWDELHI, IN, E("Canada", "CAN"), MEA, SAURABH, E("Marta Morgan", "CAN"), E("Ottawa", "CAN")],
         may=[E("IANS", "IND"), E("Delhi", "IND"), E("Foreign and Global Affairs", "CAN")],
         quotes=[Q("The discussions were cordial and friendly. Both sides reviewed the progress of bilateral cooperation in domains such as political, security, trade and investment, education, science and technology, consular and mobility. They agreed that the two countries should continue work to renew the momentum in relations and convene meetings of bilateral dialogues and working groups",
                   "Ministry of External Affairs", "India")],
         quantities=[N("two countries", 2)],
         times=[T("Mar 14", "2022-03-14"), T("Monday", "2022-03-14"), T("March 2021", "2021-03")],
         events=both("IND", "CAN", "04"),
         events_may=both("IND", "CAN", "03")),
    dict(file="s23_etvbharat.txt", date="2022-04-13",
         url="https://www.etvbharat.com/english/national/bharat/india-malaysia-holds-5th-foreign-office-consultations/na20220413082957256",
         entities=[E("New Delhi", "IND"), SAURABH, MEA, IN,
                   E("Amran Bin Mohamed Zin", "MYS", "Dato' Amran Bin Mohamed Zin"),
                   E("Ministry of Foreign Affairs", "MYS"), E("Malaysia", "MYS"), E("Putrajaya", "MYS"),
                   E("Saifuddin Abdullah", "MYS", "Dato' Saifuddin Abdullah")],
         may=[E("Joint Commission", None), E("Enhanced Strategic Partnership", None)],
         quotes=[],
         quantities=[],
         times=[T("Tuesday", "2022-04-12"), T("2015", "2015"), T("this year", "2022")],
         events=both("IND", "MYS", "04"),
         events_may=both("IND", "MYS", "03")),
    dict(file="s24_meagovin.txt", date="2021-05-25",
         url="https://www.mea.gov.in/press-releases.htm?dtl/33875/3rd_IndiaNew_Zealand_Foreign_Office_Consultations",
         entities=[IN, E("New Zealand", "NZL"), E("Riva Ganguly Das", "IND"), E("Mark Sinclair", "NZL"),
                   E("Ministry of Foreign Affairs and Trade", "NZL"), E("New Delhi", "IND")],
         may=[E("Indo-Pacific", None), E("Americas and Asia Group", "NZL")],
         quotes=[],
         quantities=[],
         times=[T("25 May, 2021", "2021-05-25"), T("5 February 2019", "2019-02-05")],
         events=both("IND", "NZL", "04"),
         events_may=both("IND", "NZL", "03")),
]


def tidy(doc):
    """Drop events_may entries that repeat a required event or an earlier entry."""
    seen = {tuple(v.values()) for v in doc["events"]}
    kept = []
    for v in doc["events_may"]:
        key = tuple(v.values())
        if key not in seen:
            seen.add(key)
            kept.append(v)
    doc["events_may"] = kept
    return doc


if __name__ == "__main__":
    for d in DOCS:
        tidy(d)
        d["split"] = "test"
        print(json.dumps(d, ensure_ascii=False))
