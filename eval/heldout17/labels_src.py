#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Seventeenth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout16/README.md and this folder's
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


def P(canonical, code, alts=(), *more):
    """A person: canonical headword, code, the shared alt tuple and extra forms."""
    return E(canonical, code, *(tuple(alts) + more))


# Shared entities. Persons: canonical = the reference-work headword; `alt` = the forms in the texts plus the other
# common full spellings of the same person (with/without middle names, initials, honorifics, transliterations).
US = E("United States", "USA", "US", "U.S.", "United States of America", "America", "USA")
UN = E("United Nations", None, "UN", "U.N.")
UNSC = E("UN Security Council", None, "United Nations Security Council", "Security Council")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
JP = E("Japan", "JPN")
IR = E("Iran", "IRN", "Islamic Republic of Iran")
IQ = E("Iraq", "IRQ")
SY = E("Syria", "SYR")
TR = E("Turkey", "TUR", "Türkiye")
IL = E("Israel", "ISR")
EG = E("Egypt", "EGY", "Arab Republic of Egypt")
PAK = E("Pakistan", "PAK", "Islamic Republic of Pakistan")
IND = E("India", "IND", "Republic of India")
PRK = E("North Korea", "PRK", "DPRK", "Democratic People's Republic of Korea")
KOR = E("South Korea", "KOR", "Republic of Korea", "ROK")
WH = E("White House", "USA")
XINHUA = E("Xinhua", "CHN", "Xinhua news agency", "Xinhua News Agency")
GAZA = E("Gaza Strip", ["PSE", None], "Gaza")
KASHMIR_CODE = ["IND", "PAK", None]
LOC = E("Line of Control", KASHMIR_CODE, "LoC", "line of control")
PAK_ARMY = E("Pakistan Army", "PAK", "Pakistan army")
IRGC = E("Islamic Revolutionary Guard Corps", "IRN", "Revolutionary Guards", "Iran's Revolutionary Guards",
         "Iran's Islamic Revolutionary Guard Corps", "IRGC")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
XI_ALT = ("Xi", "Chinese President Xi Jinping", "President Xi Jinping", "President Xi", "Xi Jin-ping")
POMPEO_ALT = ("Pompeo", "Michael Pompeo", "Michael Richard Pompeo", "Michael R. Pompeo", "Secretary Mike Pompeo",
              "Secretary of State Mike Pompeo")
SOLEIMANI_ALT = ("Soleimani", "Gen. Qassem Soleimani", "Qasem Soleimani", "Qassem Suleimani", "Qasem Suleimani",
                 "Ghasem Soleimani", "Iranian Gen. Qassem Soleimani")
OBAMA_ALT = ("Obama", "President Obama", "Barack Hussein Obama", "Barack H. Obama", "President Barack Obama")
MAO_ALT = ("Mao", "Foreign Ministry spokeswoman Mao Ning")
GENG_ALT = ("Geng", "Foreign Ministry spokesperson Geng Shuang")
KIM_YJ_ALT = ("Kim Yo-jong", "Kim Yo-Jong", "Kim", "Kim Yo Jong of North Korea")
KIM_JU_ALT = ("Kim Jong-un", "Kim Jong-Un", "Chairman Kim", "Mr. Kim", "DPRK Chairman Kim Jong-un")
SPICER_ALT = ("Spicer", "Sean Michael Spicer", "Sean M. Spicer", "White House press secretary Sean Spicer")
KERRY_ALT = ("Kerry", "John Forbes Kerry", "John F. Kerry", "U.S. Secretary of State John Kerry")
MOUSAVI_ALT = ("Mousavi", "Seyyed Abbas Mousavi", "Sayyed Abbas Mousavi", "Abbas Mousavi of Iran")
REZAIE_ALT = ("Rezaie", "Mohsen Rezaei", "Mohsen Rezaee", "Mohsen Rezai")
NETANYAHU_ALT = ("Netanyahu", "Binyamin Netanyahu", "Benjamin \"Bibi\" Netanyahu", "Bibi Netanyahu",
                 "Israeli Prime Minister Benjamin Netanyahu")
SCHOLZ_ALT = ("Olaf Schultz", "Scholz", "German Chancellor Olaf Scholz")
SUNAK_ALT = ("Sunak", "British Prime Minister Rishi Sunak", "PM Rishi Sunak")
MACRON_ALT = ("Macron", "Emmanuel Jean-Michel Fr\u00e9d\u00e9ric Macron", "French President Emmanuel Macron",
              "President Emmanuel Macron")
GIL_ALT = ("Yvan Gil", "@yvangil", "Gil", "Minister Gil", "Foreign Minister Yv\u00e1n Gil")
PASHINYAN_ALT = ("Pashinyan", "PM Pashinyan", "Nikol Vovayi Pashinyan", "Nikol Pashinian", "Prime Minister Nikol Pashinyan")
ANAND_ALT = ("Colonel Devender Anand", "Col Devender Anand", "Anand")
MEHTA_ALT = ("Lt Col Manish Mehta", "Mehta")
MBS_ALT = ("Mohammed bin Salman Al Saud", "Mohammad bin Salman", "Muhammad bin Salman", "MBS",
           "Crown Prince Mohammed bin Salman", "Saudi Crown Prince Mohammed bin Salman")

DOCS = [
    dict(file="s01_scio.txt", date="2021-07-23",
         url="http://english.scio.gov.cn/pressroom/2021-07/23/content_77647074.htm",
         entities=[CN, JP, E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("Beijing", "CHN"), E("Tokyo", "JPN"), E("Washington", "USA"),
                   E("Takeo Mori", "JPN", "Mori Takeo", "Mori"),
                   E("Wendy Sherman", "USA", "Wendy R. Sherman", "Wendy Ruth Sherman", "Sherman",
                     "U.S. Deputy Secretary of State Wendy Sherman"),
                   E("Zhao Lijian", "CHN", "Zhao", "spokesperson Zhao Lijian"),
                   E("Taiwan", "TWN"), E("Hong Kong", ["HKG", "CHN"]), E("Xinjiang", "CHN")],
         may=[E("Chinese Foreign Ministry", "CHN", "Foreign Ministry"),
              E("Japanese Foreign Ministry", "JPN", "Ministry of Foreign Affairs of Japan"),
              E("East China Sea", None), E("South China Sea", None), E("Taiwan Strait", None)],
         quotes=[],
         quantities=[],
         times=[T("Thursday", "2021-07-22"), T("Tuesday", "2021-07-20")],
         events=[V("CHN", "JPN", "11"), V("CHN", "USA", "11"), V("JPN", "CHN", "11")] + both("JPN", "USA", "04"),
         events_may=[V("USA", "CHN", "11"), V("JPN", "CHN", "01"), V("USA", "CHN", "01"), V("CHN", None, "13"),
                     V("CHN", "JPN", "13"), V("CHN", "USA", "13"), V("CHN", None, "11"), V("CHN", "JPN", "12"),
                     V("CHN", "USA", "12")] + both("JPN", "USA", "05")),
    dict(file="s02_asianews.txt", date="2024-01-10",
         url="https://asianews.network/attempts-to-undermine-regional-peace-firmly-opposed",
         entities=[CN, E("Beijing", "CHN", "BEIJING"), E("Mao Ning", "CHN", *MAO_ALT), US, JP,
                   E("South Korea", "KOR", "Republic of Korea", "ROK")],
         may=[E("Chinese Foreign Ministry", "CHN", "Foreign Ministry", "Foreign Ministry spokesperson"),
              E("South China Sea", None), E("Taiwan Strait", None), E("Taiwan", "TWN"),
              E("Asia-Pacific", None)],
         quotes=[Q("We firmly oppose relevant countries' attempt to create exclusionary groupings in the name of cooperation",
                   "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("The Asia-Pacific is a pacesetter of cooperation, not a chessboard for geopolitical contests",
                   "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[],
         times=[T("Monday", "2024-01-08"), T("Saturday", "2024-01-06")],
         events=Vs(["CHN"], "USA", "11") + Vs(["CHN"], "JPN", "11") + Vs(["CHN"], "KOR", "11"),
         events_may=[V(c, "CHN", r) for c in ("USA", "JPN", "KOR") for r in ("11", "01")]
         + [V("CHN", c, r) for c in ("USA", "JPN", "KOR") for r in ("02", "12")]
         + [V("CHN", None, "11"), V("CHN", None, "02")] + pairs(["USA", "JPN", "KOR"], "05", "04")),
    dict(file="s03_archyde.txt", date="2023-02-06", url="https://archyde.com/?p=3348708",
         entities=[TR, SY, E("United Kingdom", "GBR", "UK"), E("Rishi Sunak", "GBR", *SUNAK_ALT),
                   E("Emmanuel Macron", "FRA", *MACRON_ALT), E("France", "FRA"),
                   E("Olaf Scholz", "DEU", *SCHOLZ_ALT),
                   E("Benjamin Netanyahu", "ISR", *NETANYAHU_ALT), IL, E("Likud", "ISR", "Likud party"),
                   E("Jake Sullivan", "USA", "Sullivan", "Jacob Jeremiah Sullivan", "Jacob Sullivan",
                     "US National Security Adviser Jake Sullivan"),
                   US, E("Joe Biden", "USA", "Biden", "Joseph R. Biden Jr.", "Joseph Robinette Biden Jr.",
                         "Joseph R. Biden", "US President Joe Biden", "President Joe Biden"),
                   E("United States Agency for International Development", "USA", "Agency for International Development",
                     "USAID"),
                   E("Vladimir Putin", "RUS", *PUTIN_ALT)],
         may=[E("Germany", "DEU"), E("Russia", "RUS")],
         quotes=[Q("My thoughts are with the people of Turkey and Syria this morning", "Rishi Sunak", *SUNAK_ALT,
                   "United Kingdom"),
                 Q("ready to provide emergency assistance", "Emmanuel Macron", *MACRON_ALT, "France"),
                 Q("of course will send assistance.", "Olaf Scholz", *SCHOLZ_ALT, "Germany"),
                 Q("all authorities to immediately prepare to provide medical, rescue and rescue assistance.",
                   "Benjamin Netanyahu", *NETANYAHU_ALT, "Israel"),
                 Q("received a request through a diplomatic channel to provide humanitarian aid to Syria",
                   "Benjamin Netanyahu", *NETANYAHU_ALT, "Israel")],
         quantities=[N("at least 2,000 people", 2000), N("two countries", 2)],
         times=[T("today", "2023-02-06")],
         events=[V(s, t, "03") for s in ("GBR", "FRA", "RUS") for t in ("TUR", "SYR")]
         + [V("ISR", "TUR", "03"), V("ISR", "SYR", "03"), V("USA", "TUR", "03")],
         events_may=[V(s, t, r) for s in ("GBR", "FRA", "RUS", "ISR", "USA", "DEU") for t in ("TUR", "SYR")
                     for r in ("03", "07", "01", "05")]
         + [V("SYR", "ISR", "02"), V("USA", "TUR", "04"), V("USA", None, "03"), V("DEU", None, "03")]),
    dict(file="s04_israelnationalnews.txt", date="2020-01-11",
         url="https://www.israelnationalnews.com/News/News.aspx/274417",
         entities=[IR, E("United States", "USA", "US", "U.S.", "America", "Washington", "United States of America"),
                   E("Abbas Mousavi", "IRN", *MOUSAVI_ALT), XINHUA,
                   E("Steven Mnuchin", "USA", "Mnuchin", "Steve Mnuchin", "Steven Terner Mnuchin",
                     "Treasury Secretary Steven Mnuchin"),
                   E("Mike Pompeo", "USA", *POMPEO_ALT), IQ, E("Qassem Soleimani", "IRN", *SOLEIMANI_ALT),
                   E("Baghdad", "IRQ"), E("Mohsen Rezaie", "IRN", *REZAIE_ALT), IRGC],
         may=[E("Ministry of Foreign Affairs of Iran", "IRN", "Iran's Foreign Ministry", "Foreign Ministry"),
              E("Washington", "USA")],
         quotes=[Q("Unfortunately, the Americans have adopted unilateral, illegal and fruitless behavior",
                   "Abbas Mousavi", *MOUSAVI_ALT, "Iran", "Ministry of Foreign Affairs of Iran"),
                 Q("The Americans have sanctioned those industry sectors which are directly related to the daily life of millions of people",
                   "Abbas Mousavi", *MOUSAVI_ALT, "Iran", "Ministry of Foreign Affairs of Iran"),
                 Q("Imposing sanctions is symbolic for America and for me because this measure will have no economic impact",
                   "Mohsen Rezaie", *REZAIE_ALT, "Iran", "Islamic Revolutionary Guard Corps"),
                 Q("It is symbolic for me ... And I am proud to be sanctioned by America", "Mohsen Rezaie",
                   *REZAIE_ALT, "Iran", "Islamic Revolutionary Guard Corps")],
         quantities=[N("eight senior Iranian officials", 8), N("more than a dozen ballistic missiles", 12)],
         times=[T("Saturday", "2020-01-11"), T("Friday", "2020-01-10")],
         events=[V("USA", "IRN", "16"), V("IRN", "USA", "11"), V("IRN", "USA", "19"), V("USA", "IRN", "19")],
         events_may=[V("IRN", "USA", "12"), V("IRN", "USA", "18"), V("USA", "IRN", "18"), V("IRN", "IRQ", "19"),
                     V("USA", "IRQ", "19"), V("IRN", "USA", "13"), V("IRN", None, "19")]),
    dict(file="s05_devdiscourse.txt", date="2024-01-07",
         url="https://www.devdiscourse.com/article/law-order/2768232-north-koreas-kim-yo-jong-vows-immediate-response-to-provocation--kcna",
         entities=[PRK, E("Kim Yo Jong", "PRK", *KIM_YJ_ALT), E("Kim Jong Un", "PRK", *KIM_JU_ALT),
                   E("Korean Central News Agency", "PRK", "KCNA"), KOR,
                   E("Yonhap", "KOR", "Yonhap news agency", "Yonhap News Agency")],
         may=[],
         quotes=[Q("Let me be clear once again that our army has its trigger already unlocked", "Kim Yo Jong",
                   *KIM_YJ_ALT, "North Korea"),
                 Q("Our army will immediate launch a baptism of fire in case of even a small provocation.",
                   "Kim Yo Jong", *KIM_YJ_ALT, "North Korea")],
         quantities=[N("more than 60 artillery rounds", 60), N("more than 200", 200)],
         times=[T("Sunday", "2024-01-07"), T("Saturday", "2024-01-06"), T("Friday", "2024-01-05")],
         events=[V("PRK", "KOR", "13")],
         events_may=[V("PRK", "KOR", "15"), V("PRK", "KOR", "19"), V("PRK", "KOR", "18"), V("KOR", "PRK", "15"),
                     V("KOR", "PRK", "11"), V("PRK", "KOR", "12"), V("PRK", None, "13"), V("KOR", "PRK", "19")]),
    dict(file="s06_panafricannews.txt", date="2022-10-14",
         url="http://panafricannews.blogspot.com/2022/10/pyongyang-says-it-responded-with.html",
         entities=[E("North Korea", "PRK", "DPRK", "Pyongyang", "Democratic People's Republic of Korea"),
                   E("South Korea", "KOR", "Seoul", "Republic of Korea"), E("Tokyo", "JPN", "TOKYO"),
                   E("Korean Central News Agency", "PRK", "KCNA"),
                   E("Korean People's Army", "PRK", "KPA"),
                   E("General Staff of the Korean People's Army", "PRK",
                     "General Staff of the Korean People's Army (KPA)"),
                   JP, E("United States", "USA", "US", "U.S.")],
         may=[E("Pyongyang", "PRK"), E("Seoul", "KOR"), E("TASS", "RUS"), E("KPA Fifth Corps", "PRK"),
              E("Japanese Defense Ministry", "JPN", "Ministry of Defense of Japan"),
              E("USS Ronald Reagan", "USA", "Ronald Reagan")],
         quotes=[Q("strong military countermeasures", "General Staff of the Korean People's Army",
                   "Korean People's Army", "North Korea"),
                 Q("According to a report on enemy movements in the front, the south Korean army conducted an artillery fire",
                   "General Staff of the Korean People's Army", "Korean People's Army", "North Korea"),
                 Q("sends a stern warning", "General Staff of the Korean People's Army", "Korean People's Army",
                   "North Korea"),
                 Q("inciting military tension in the frontline area with reckless action.",
                   "General Staff of the Korean People's Army", "Korean People's Army", "North Korea")],
         quantities=[N("650 km", 650, "km"), N("50 km", 50, "km")],
         times=[T("October 14", "2022-10-14"), T("Friday", "2022-10-14"), T("Oct. 13", "2022-10-13"),
                T("September 30", "2022-09-30")],
         events=[V("PRK", "KOR", "13"), V("PRK", "KOR", "11")],
         events_may=[V("PRK", "KOR", "15"), V("PRK", "KOR", "19"), V("PRK", "KOR", "18"), V("KOR", "PRK", "15"),
                     V("PRK", None, "15"), V("PRK", "JPN", "15"), V("USA", "PRK", "15"), V("PRK", "USA", "11")]
         + pairs(["USA", "KOR", "JPN"], "06", "04")),
    dict(file="s07_hngn.txt", date="2015-10-23",
         url="https://hngn.com/articles/143351/20151023/u-s-russia-hold-constructive-talks-syria-resume-next-friday.htm",
         entities=[E("United States", "USA", "U.S.", "US", "United States of America"), RU,
                   E("Saudi Arabia", "SAU"), TR, SY, E("Vienna", "AUT"), IR,
                   E("Reuters", ["GBR", None]),
                   E("Bashar al-Assad", "SYR", "Assad", "Bashar Hafez al-Assad", "Bashar al-Asad", "Bashar Assad",
                     "President Bashar al-Assad"),
                   E("John Kerry", "USA", *KERRY_ALT), E("Associated Press", "USA", "The Associated Press", "AP"),
                   E("Sergei Lavrov", "RUS", "Lavrov", "Sergey Lavrov", "Sergei Viktorovich Lavrov",
                     "Russian Foreign Minister Sergei Lavrov"),
                   E("Jordan", "JOR"), E("Islamic State", None, "Islamic State group", "ISIS", "ISIL", "Daesh"),
                   IQ, E("The Wall Street Journal", "USA", "Wall Street Journal")],
         may=[E("Austria", "AUT")],
         quotes=[Q("I am convinced, having been part of this process since the day I became secretary",
                   "John Kerry", *KERRY_ALT, "United States"),
                 Q("What we agreed to do today is to consult with all parties and aim to reconvene", "John Kerry",
                   *KERRY_ALT, "United States")],
         quantities=[N("four nations", 4)],
         times=[T("Friday", "2015-10-23"), T("today", "2015-10-23"), T("next Friday", "2015-10-30")],
         events=both("RUS", "JOR", "05"),
         events_may=pairs(["USA", "RUS", "SAU", "TUR"], "04", "03") + both("RUS", "JOR", "06")
         + both("RUS", "SYR", "06") + [V("RUS", c, r) for c in ("USA", "SAU", "TUR") for r in ("02", "03")]
         + [V("USA", "SYR", "10"), V("USA", "SYR", "11"), V("USA", None, "19"), V("RUS", None, "19"),
            V("USA", "IRN", "04"), V("RUS", "SYR", "19"), V("USA", "RUS", "11")]),
    dict(file="s08_businessstandard.txt", date="2018-08-24",
         url="https://business-standard.com/article/pti-stories/us-china-trade-talks-end-with-no-breakthrough-118082400263_1.html",
         entities=[E("United States", "USA", "US", "U.S.", "United States of America"),
                   E("China", "CHN", "Beijing", "People's Republic of China"),
                   E("Lindsay Walters", "USA", "Walters"), WH,
                   E("Donald Trump", "USA", *TRUMP_ALT)],
         may=[E("Ministry of Commerce of China", "CHN", "Chinese Commerce Ministry", "Commerce Ministry"),
              E("Beijing", "CHN")],
         quotes=[Q("exchanged views on how to achieve fairness, balance and reciprocity in the economic relationship,",
                   "Lindsay Walters", "Walters", "White House", "United States"),
                 Q("constructive and frank", "Ministry of Commerce of China", "Chinese Commerce Ministry", "China")],
         quantities=[N("two sides", 2), N("USD 16 billion", 16e9, "USD"), N("USD 34 billion", 34e9, "USD"),
                     N("USD 200 billion", 200e9, "USD"), N("USD 60 billion", 60e9, "USD")],
         times=[T("yesterday", "2018-08-23"), T("June", "2018-06")],
         events=both("USA", "CHN", "04") + both("USA", "CHN", "16") + [V("USA", "CHN", "11")],
         events_may=[V("CHN", "USA", "13"), V("USA", "CHN", "13"), V("CHN", "USA", "11"), V("CHN", "USA", "03"),
                     V("USA", "CHN", "03")]),
    dict(file="s09_scmp.txt", date="2016-04-01",
         url="https://scmp.com/news/china/diplomacy-defence/article/1932950/xi-and-obama-find-common-ground-nuclear-security",
         entities=[CN, E("United States", "USA", "US", "U.S."), E("Xi Jinping", "CHN", *XI_ALT),
                   E("Barack Obama", "USA", *OBAMA_ALT), E("Washington", "USA"), PRK, UN],
         may=[E("Nuclear Security Summit", None), E("Korean peninsula", None, "Korean Peninsula"),
              E("South China Sea", None)],
         quotes=[Q("President Xi and I are both committed to the denuclearisation of the Korean peninsula",
                   "Barack Obama", *OBAMA_ALT, "United States")],
         quantities=[N("two sides", 2)],
         times=[T("Thursday", "2016-03-31")],
         events=both("CHN", "USA", "04") + both("CHN", "USA", "05"),
         events_may=both("CHN", "USA", "03") + both("CHN", "USA", "06")
         + [V("CHN", "PRK", "16"), V("USA", "PRK", "16"), V("CHN", "PRK", "13"), V("USA", "PRK", "13"),
            V("CHN", "PRK", "11"), V("USA", "PRK", "11")]),
    dict(file="s10_vovworld.txt", date="2019-02-28",
         url="https://m.vovworld.vn/en-US/news/2nd-dprkusa-summit-both-leaders-to-sign-joint-statement-727651.vov",
         entities=[E("United States", "USA", "US", "USA", "U.S."),
                   E("North Korea", "PRK", "DPRK", "Pyongyang", "Democratic People's Republic of Korea"),
                   E("Donald Trump", "USA", *TRUMP_ALT), E("Kim Jong Un", "PRK", *KIM_JU_ALT, "Kim"),
                   E("Hanoi", "VNM"), WH],
         may=[E("VOV", "VNM", "VOVWORLD", "Voice of Vietnam"),
              E("Sofitel Legend Metropole Hanoi Hotel", "VNM", "Sofitel Legend Metropole Hanoi"),
              E("Yongbyon nuclear facility", "PRK", "Yongbyon"), E("Pyongyang", "PRK"), E("Korean War", None)],
         quotes=[Q("very good dialogue", "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("two leaders", 2), N("two sides", 2)],
         times=[T("Thursday", "2019-02-28"), T("Wednesday", "2019-02-27")],
         events=both("USA", "PRK", "04"),
         events_may=both("USA", "PRK", "05") + both("USA", "PRK", "03") + both("VNM", "USA", "04")
         + both("VNM", "PRK", "04") + [V("PRK", "USA", "02")]),
    dict(file="s11_thehill.txt", date="2017-04-07",
         url="https://digital-staging.thehill.com/policy/international/327930-white-house-trump-and-xi-held-productive-dialogue/amp",
         entities=[E("United States", "USA", "U.S.", "US", "United States of America"), CN,
                   E("Donald Trump", "USA", *TRUMP_ALT), E("Xi Jinping", "CHN", *XI_ALT), WH,
                   E("Sean Spicer", "USA", *SPICER_ALT), PRK, UNSC],
         may=[E("Korean peninsula", None, "Korean Peninsula"),
              E("United States-China Comprehensive Dialogue", None, "Comprehensive Dialogue"),
              E("Diplomatic and Security Dialogue", None), E("Comprehensive Economic Dialogue", None),
              E("Law Enforcement and Cybersecurity Dialogue", None), E("Social and Cultural Issues Dialogue", None)],
         quotes=[Q("The two leaders had positive and productive meetings.", "Sean Spicer", *SPICER_ALT, "White House",
                   "United States"),
                 Q("The two presidents reviewed the state of the bilateral relationship", "Sean Spicer", *SPICER_ALT,
                   "White House", "United States"),
                 Q("the two sides noted the urgency of the threat of North Korea's weapons programs", "White House",
                   "Sean Spicer", *SPICER_ALT, "United States"),
                 Q("convince North Korea to peacefully resolve the issue and dismantle its illegal nuclear and missile programs.",
                   "White House", "Sean Spicer", *SPICER_ALT, "United States"),
                 Q("a new and cabinet-level framework for negotiations.", "White House", "Sean Spicer", *SPICER_ALT,
                   "United States"),
                 Q("The United States-China Comprehensive Dialogue will be overseen by the two presidents",
                   "White House", "Sean Spicer", *SPICER_ALT, "United States")],
         quantities=[N("two leaders", 2), N("two presidents", 2), N("two sides", 2), N("four pillars", 4)],
         times=[T("Friday", "2017-04-07")],
         events=both("USA", "CHN", "04") + both("USA", "CHN", "05") + [V("USA", "CHN", "11")],
         events_may=both("USA", "CHN", "03") + [V("USA", "PRK", "02"), V("CHN", "PRK", "02"), V("USA", "PRK", "11"),
                                                V("CHN", "PRK", "11"), V("USA", "CHN", "01")]),
    dict(file="s12_telesur.txt", date="2023-10-18",
         url="https://www.telesurenglish.net/news/Venezuela-Sends-Humanitarian-Aid-to-Palestinian-People-20231018-0014.html",
         entities=[E("Palestine", "PSE"), GAZA,
                   E("Nicol\u00e1s Maduro", "VEN", "Nicolas Maduro", "@NicolasMaduro", "Maduro",
                     "Nicol\u00e1s Maduro Moros", "Nicolas Maduro Moros", "President Nicol\u00e1s Maduro"),
                   E("Yv\u00e1n Gil", "VEN", *GIL_ALT), E("Egypt", "EGY", "Egipto")],
         may=[E("Venezuela", "VEN"), E("El Arish International Airport", "EGY"), E("X", "USA", "Twitter"),
              E("Red Crescent", ["EGY", None], "Egyptian Red Crescent")],
         quotes=[Q("demands that the right of the Palestinian people to receive humanitarian aid be respected.",
                   "Yv\u00e1n Gil", *GIL_ALT, "Venezuela"),
                 Q("Cumpliendo la instrucci\u00f3n del Presidente @NicolasMaduro", "Yv\u00e1n Gil", *GIL_ALT,
                   "Venezuela"),
                 Q("In compliance with the instructions of President Nicolas Maduro we have sent to Egypt a shipment",
                   "Yv\u00e1n Gil", *GIL_ALT, "Venezuela")],
         quantities=[N("30 tons", 30, "t")],
         times=[T("Wednesday", "2023-10-18"), T("October 18, 2023", "2023-10-18")],
         events=[V("VEN", "PSE", "07")],
         events_may=[V("VEN", "EGY", "07"), V("VEN", "PSE", "03"), V("VEN", None, "10"), V("VEN", None, "02"),
                     V("VEN", "PSE", "05")]),
    dict(file="s13_armradio.txt", date="2024-03-28",
         url="https://en.armradio.am/2024/03/28/armenia-to-deliver-29-94-tons-of-humanitarian-aid-for-the-people-of-gaza/",
         entities=[E("Armenia", "ARM", "Republic of Armenia"), GAZA,
                   E("Ministry of Defense", "ARM", "Ministry of Defense of Armenia"),
                   E("Arpine Sargsyan", "ARM", "Sargsyan"), E("Nikol Pashinyan", "ARM", *PASHINYAN_ALT), EG],
         may=[],
         quotes=[Q("During the visit, we reached this agreement, because due to the situation, we cannot deliver the cargo directly to the Gaza Strip",
                   "Nikol Pashinyan", *PASHINYAN_ALT, "Armenia")],
         quantities=[N("29.94 tons", 29.94, "t"), N("19 million drams", 19e6, "AMD"),
                     N("1.5 million people", 1.5e6)],
         times=[T("today", "2024-03-28")],
         events=[V("ARM", "PSE", "07")] + both("ARM", "EGY", "04") + both("ARM", "EGY", "05"),
         events_may=[V("ARM", "PSE", "03"), V("ARM", "EGY", "02"), V("EGY", "ARM", "06"), V("EGY", "PSE", "07"),
                     V("ARM", "EGY", "03")]),
    dict(file="s14_myrepublica.txt", date="2019-10-13",
         url="https://myrepublica.nagariknetwork.com/news/xi-receives-a-warm-welcome",
         entities=[E("Kathmandu", "NPL", "KATHMANDU"), E("Xi Jinping", "CHN", *XI_ALT), E("Nepal", "NPL"),
                   E("Bidya Devi Bhandari", "NPL", "Bhandari", "President Bhandari", "Bidhya Devi Bhandari",
                     "Nepal's President Bidya Devi Bhandari"),
                   E("Birendra of Nepal", "NPL", "King Birendra", "Birendra", "Birendra Bir Bikram Shah Dev",
                     "Birendra Bir Bikram Shah"),
                   E("Sher Bahadur Deuba", "NPL", "Deuba"), E("Jiang Zemin", "CHN", "Jiang"),
                   E("Nepal Army", "NPL", "Nepali Army"), E("Nanda Bahadur Pun", "NPL", "Pun"),
                   E("KP Sharma Oli", "NPL", "K. P. Sharma Oli", "K.P. Sharma Oli", "Khadga Prasad Sharma Oli",
                     "Khadga Prasad Oli", "PM Oli", "Oli", "Prime Minister KP Sharma Oli"),
                   CN],
         may=[E("Tribhuvan International Airport", "NPL"), E("Soltee Hotel", "NPL"), E("Soltimode", "NPL")],
         quotes=[],
         quantities=[N("around 300 people", 300)],
         times=[T("Oct 13", "2019-10-13"), T("Saturday", "2019-10-12"), T("1996", "1996")],
         events=both("CHN", "NPL", "04"),
         events_may=both("CHN", "NPL", "05") + both("CHN", "NPL", "03")),
]
DOCS += [
    dict(file="s15_urdupoint.txt", date="2020-01-08",
         url="https://www.urdupoint.com/en/world/china-concerned-about-us-iran-tensions-cal-805209.html",
         entities=[E("Beijing", "CHN", "BEIJING"), CN, E("United States", "USA", "U.S.", "US"),
                   E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"), E("Geng Shuang", "CHN", *GENG_ALT), IQ],
         may=[E("APP", "PAK", "Associated Press of Pakistan"), E("UrduPoint", "PAK", "UrduPoint News"),
              E("Pakistan Point News", "PAK"), E("Tehran", "IRN"),
              E("Chinese foreign ministry", "CHN", "Chinese Foreign Ministry"), E("Middle East", None),
              E("Gulf region", None, "Gulf")],
         quotes=[Q("We call on relevant parties to properly resolve their differences through peaceful means",
                   "Geng Shuang", *GENG_ALT, "China", "Chinese foreign ministry"),
                 Q("We call on relevant parties to exercise restraint.", "Geng Shuang", *GENG_ALT, "China",
                   "Chinese foreign ministry"),
                 Q("we will play a role in the process.", "Geng Shuang", *GENG_ALT, "China",
                   "Chinese foreign ministry")],
         quantities=[N("more than a dozen ballistic missiles", 12),
                     N("at least two U.S.-led coalition military bases", 2)],
         times=[T("Wednesday", "2020-01-08"), T("8th Jan, 2020", "2020-01-08")],
         events=[V("CHN", "USA", "02"), V("CHN", "IRN", "02"), V("IRN", "USA", "19")],
         events_may=[V("CHN", None, "02"), V("CHN", None, "01"), V("IRN", "IRQ", "19"), V("IRN", "USA", "18"),
                     V("CHN", "USA", "01"), V("CHN", "IRN", "01"), V("CHN", "USA", "03"), V("CHN", "IRN", "03")]),
    dict(file="s16_app.txt", date="2024-04-14",
         url="https://www.app.com.pk/global/china-deeply-concerned-about-iran-israel-situation-calls-for-restraint/",
         entities=[E("Beijing", "CHN", "BEIJING"), CN, IR, IL, E("Gaza", ["PSE", None], "Gaza Strip"), UNSC, IRGC],
         may=[E("APP", "PAK", "Associated Press of Pakistan"),
              E("Chinese Foreign Ministry", "CHN", "Chinese Foreign Ministry Spokesperson")],
         quotes=[],
         quantities=[N("14 votes", 14), N("one abstention", 1)],
         times=[T("April 14", "2024-04-14"), T("Sunday", "2024-04-14"), T("March 25", "2024-03-25")],
         events=[V("CHN", "IRN", "02"), V("CHN", "ISR", "02"), V("IRN", "ISR", "19")],
         events_may=[V("CHN", None, "02"), V("CHN", None, "01"), V("CHN", "IRN", "01"), V("CHN", "ISR", "01"),
                     V("IRN", "ISR", "18"), V(None, "ISR", "10"), V(None, None, "10"), V(None, "PSE", "10"),
                     V("ISR", "PSE", "19")]),
    dict(file="s17_thenewsminute.txt", date="2015-02-21",
         url="https://www.thenewsminute.com/article/russia-not-succumb-external-pressure-says-putin-19876",
         entities=[E("Russia", "RUS", "Moscow", "Russian Federation"), E("Vladimir Putin", "RUS", *PUTIN_ALT),
                   XINHUA, UA, E("United States", "USA", "US", "U.S."), E("European Union", None, "EU")],
         may=[E("Moscow", "RUS"), E("Defender of the Fatherland Day", "RUS")],
         quotes=[Q("No one should have any illusions that it could achieve military supremacy over Russia",
                   "Vladimir Putin", *PUTIN_ALT, "Russia"),
                 Q("Russia would always have an adequate response to any such reckless actions.", "Vladimir Putin",
                   *PUTIN_ALT, "Russia"),
                 Q("are ready to act decisively, with precision, professionalism and courage", "Vladimir Putin",
                   *PUTIN_ALT, "Russia"),
                 Q("We would continue to carry out our military improvement plans under any circumstances",
                   "Vladimir Putin", *PUTIN_ALT, "Russia")],
         quantities=[],
         times=[T("Friday", "2015-02-20"), T("Feb 23", "2015-02-23")],
         events=[V("RUS", None, "13"), V("USA", "RUS", "16")],
         events_may=[V(None, "RUS", "16"), V("USA", "RUS", "11"), V(None, "RUS", "11"), V("RUS", "UKR", "19"),
                     V("RUS", "UKR", "18"), V("RUS", None, "12"), V("RUS", "USA", "13"), V("RUS", "USA", "12"),
                     V("RUS", None, "15")]),
    dict(file="s18_thequint.txt", date="2021-07-02",
         url="https://www.thequint.com/news/world/will-not-be-bullied-by-foreign-forces-chinese-president-xi-jinping",
         entities=[E("Xi Jinping", "CHN", *XI_ALT, "Chinese Prez Xi Jinping", "Xi Jinping, President of China"),
                   E("Chinese Communist Party", "CHN", "CCP", "Communist Party of China"), CN,
                   E("United States", "USA", "US", "U.S."), E("Hong Kong", ["HKG", "CHN"]),
                   E("G7", None, "Group of Seven"), E("Xinjiang", "CHN"), E("Beijing", "CHN"), E("Taiwan", "TWN"),
                   E("BBC", "GBR"), E("The Guardian", "GBR", "Guardian")],
         may=[E("Tiananmen Square", "CHN"), E("G7 Summit", None), E("Great Wall of Steel", None)],
         quotes=[Q("The Chinese people will never allow any foreign forces to bully, oppress or enslave us.",
                   "Xi Jinping", *XI_ALT, "China"),
                 Q("Anyone who dares try to do that will have their heads bashed bloody against the Great Wall of Steel",
                   "Xi Jinping", *XI_ALT, "China"),
                 Q("counter and compete", "G7", "Group of Seven"),
                 Q("No one should underestimate the resolve, the will and ability of the Chinese people",
                   "Xi Jinping", *XI_ALT, "China")],
         quantities=[N("1.4 billion Chinese people", 1.4e9), N("nearly 70,000 people", 70000)],
         times=[T("Thursday", "2021-07-01"), T("1 July", "2021-07-01"), T("June", "2021-06")],
         events=[V("CHN", None, "13")],
         events_may=[V("CHN", "USA", "13"), V("CHN", "USA", "11"), V("CHN", None, "11"), V(None, "CHN", "11"),
                     V("USA", "CHN", "11"), V("CHN", "TWN", "13"), V("CHN", None, "12"), V("CHN", "USA", "12")]),
    dict(file="s19_indileak.txt", date="2020-05-04",
         url="https://indileak.com/2020/05/pakistan-violates-ceasefire-on-loc-in-jks-rajouri-district/",
         entities=[E("Jammu", KASHMIR_CODE), PAK, PAK_ARMY, E("Rajouri", KASHMIR_CODE, "Rajouri district"),
                   E("Jammu and Kashmir", KASHMIR_CODE, "J&K"),
                   E("Devender Anand", "IND", *ANAND_ALT), E("Mendhar", KASHMIR_CODE),
                   E("Sunderbani", KASHMIR_CODE), E("Uri", KASHMIR_CODE), E("Baramulla", KASHMIR_CODE,
                                                                             "Baramulla district"),
                   E("Indian Army", "IND", "Indian army")],
         may=[LOC, E("India", "IND"), E("Ministry of Defence", "IND", "Defence Ministry")],
         quotes=[Q("At about 4 pm today, Pakistan army resorted to unprovoked firing with small arms",
                   "Devender Anand", *ANAND_ALT, "Ministry of Defence", "India")],
         quantities=[],
         times=[T("Monday", "2020-05-04"), T("today", "2020-05-04")],
         events=[V("PAK", "IND", "19"), V("IND", "PAK", "19")],
         events_may=[V("PAK", "IND", "18"), V("IND", "PAK", "18"), V("IND", "PAK", "11"), V("PAK", "IND", "15")]),
    dict(file="s20_cobrapost.txt", date="2016-08-14",
         url="https://archive.cobrapost.com/national/pak-army-fires-at-indian-posts-at-jammu-kashmir-offers-sweets-at-wagah-border/8015",
         entities=[PAK, PAK_ARMY, E("Poonch", KASHMIR_CODE, "Poonch district"),
                   E("Jammu and Kashmir", KASHMIR_CODE, "J&K"),
                   E("Border Security Force", "IND", "BSF"), E("Pakistan Rangers", "PAK"),
                   E("Kashmir", KASHMIR_CODE, "Kashmir Valley", "Valley"),
                   E("Hizbul Mujahideen", KASHMIR_CODE),
                   E("Burhan Wani", "IND", "Wani", "Burhan Muzaffar Wani"), E("India", "IND"),
                   E("Manish Mehta", "IND", *MEHTA_ALT), E("Balakote", KASHMIR_CODE)],
         may=[LOC, E("Wagah border", ["IND", "PAK"], "Wagah")],
         quotes=[Q("Our troops are responding appropriately and no casualties or damage to our troops was reported",
                   "Manish Mehta", *MEHTA_ALT, "India")],
         quantities=[N("58 people", 58), N("16 civilians", 16), N("71 injured", 71), N("405 incidents", 405),
                     N("two countries", 2)],
         times=[T("Sunday", "2016-08-14"), T("August 14 and 15", "2016-08-14", "2016-08-15"),
                T("April 10", "2016-04-10"), T("September 18, 2015", "2015-09-18")],
         events=[V("PAK", "IND", "19"), V("IND", "PAK", "19"), V("IND", "PAK", "11")],
         events_may=[V("PAK", "IND", "18"), V("IND", "PAK", "18"), V("PAK", "IND", "11")]
         + both("IND", "PAK", "05") + both("IND", "PAK", "04")),
    dict(file="s21_epochtimes.txt", date="2020-01-05",
         url="https://www.theepochtimes.com/trump-tells-congress-that-us-may-attack-iran-with-disproportionate-force-if-it-retaliates_3194507.html",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), E("United States Congress", "USA", "Congress", "US Congress"),
                   E("United States", "USA", "US", "U.S.", "America", "Washington", "United States of America"), IR,
                   E("Qassem Soleimani", "IRN", *SOLEIMANI_ALT),
                   E("Nancy Pelosi", "USA", "Pelosi", "Nancy Patricia Pelosi", "Nancy Patricia D'Alesandro Pelosi",
                     "House Speaker Nancy Pelosi", "Speaker Pelosi"),
                   E("Chuck Schumer", "USA", "Schumer", "Charles Schumer", "Charles E. Schumer",
                     "Charles Ellis Schumer", "Senate Minority Leader Chuck Schumer"),
                   WH, E("Mike Pompeo", "USA", *POMPEO_ALT), E("CNN", "USA")],
         may=[E("Twitter", "USA", "X"), E("Washington", "USA"), E("State of the Union", "USA"),
              E("War Powers Act", "USA", "1973 War Powers Act", "War Powers Resolution")],
         quotes=[Q("These Media Posts will serve as notification to the United States Congress", "Donald Trump",
                   *TRUMP_ALT, "United States"),
                 Q("I've been part of the discussion and planning process", "Mike Pompeo", *POMPEO_ALT,
                   "United States"),
                 Q("We hope that they won't, but when they do, America will respond.", "Mike Pompeo", *POMPEO_ALT,
                   "United States")],
         quantities=[],
         times=[T("Sunday", "2020-01-05"), T("Saturday", "2020-01-04"), T("Thursday", "2020-01-02"),
                T("1973", "1973")],
         events=[V("USA", "IRN", "13"), V("USA", "IRN", "19")],
         events_may=[V("USA", "IRN", "18"), V("IRN", "USA", "19"), V("IRN", "USA", "13")]),
    dict(file="s22_politico.txt", date="2020-01-07",
         url="https://www.politico.com/news/2020/01/07/trump-totally-prepared-attack-iran-095674",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), IR, E("Qassem Soleimani", "IRN", *SOLEIMANI_ALT), WH,
                   E("United States", "USA", "U.S.", "US"), E("Quds Force", "IRN", "Iran's elite Quds Force"),
                   E("Mike Pompeo", "USA", *POMPEO_ALT)],
         may=[E("Oval Office", "USA"), E("Greece", "GRC"), E("Joint Chiefs of Staff", "USA", "joint chiefs of staff")],
         quotes=[Q("We are totally prepared", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("we are prepared to attack if we have to as retribution.", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("But just in a very short period of time, two people dead, people badly injured,", "Donald Trump",
                   *TRUMP_ALT, "United States"),
                 Q("And then before that there were other attacks.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("That will be discussed tomorrow morning.", "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("two people", 2)],
         times=[T("Tuesday", "2020-01-07"), T("tomorrow", "2020-01-08")],
         events=[V("USA", "IRN", "13"), V("USA", "IRN", "19"), V("IRN", "USA", "13")],
         events_may=[V("USA", "IRN", "18"), V("USA", "IRN", "11"), both("USA", "GRC", "04")[0],
                     both("USA", "GRC", "04")[1], V("IRN", "USA", "19")]),
    dict(file="s23_nydailynews.txt", date="2019-09-18",
         url="https://www.nydailynews.com/news/politics/ny-trump-iran-sanctions-saudi-20190918-eviouq72izdlphtuvaccge6m6y-story.html",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), E("Mike Pompeo", "USA", *POMPEO_ALT),
                   E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"),
                   E("United States", "USA", "U.S.", "US", "Washington", "United States of America"), IQ,
                   E("Robert O'Brien", "USA", "O'Brien", "Robert C. O'Brien", "Robert Charles O'Brien"),
                   E("Lindsey Graham", "USA", "Graham", "Sen. Lindsey Graham", "Lindsey Olin Graham",
                     "Lindsey O. Graham"),
                   E("Mohammed bin Salman", "SAU", *MBS_ALT),
                   E("Turki al-Malki", "SAU", "Col. Turki al-Malki", "al-Malki", "Turki al-Maliki", "Turki Al-Malki")],
         may=[E("Saudi Arabia", "SAU"), E("Tehran", "IRN"), E("Washington", "USA"), E("Persian Gulf", None)],
         quotes=[Q("How did going into Iraq work out?", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("If we have to do something, we'll do it without hesitation,", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("There are many options. There's the ultimate option,", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("We have plenty of time to do some dastardly things,", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("We were blessed there were no Americans killed in this attack", "Mike Pompeo", *POMPEO_ALT,
                   "United States"),
                 Q("came from the north,", "Turki al-Malki", "Col. Turki al-Malki", "al-Malki", "Turki al-Maliki",
                   "Saudi Arabia")],
         quantities=[N("about 5%", 5, "%")],
         times=[T("Wednesday", "2019-09-18")],
         events=[V("USA", "IRN", "16"), V("SAU", "IRN", "11"), V("USA", "IRN", "11"), V("IRN", "USA", "19")]
         + both("USA", "SAU", "04"),
         events_may=[V("USA", "IRN", "13"), V("IRN", "SAU", "19"), V("IRN", "SAU", "18"), V("USA", None, "13"),
                     V("IRN", "USA", "18"), V("USA", "SAU", "03"), V("USA", "SAU", "05"), V("USA", None, "03")]),
    dict(file="s24_plenglish.txt", date="2023-02-06", url="https://plenglish.com/?p=186320",
         entities=[E("Wang Wentao", "CHN", "Wang"), E("Don Farrell", "AUS", "Farrell", "Donald Farrell",
                                                      "Donald Edward Farrell"),
                   E("Beijing", "CHN"), CN,
                   E("Penny Wong", "AUS", "Wong", "Penelope Wong", "Penelope Ying-Yen Wong",
                     "Australian Foreign Minister Penny Wong"),
                   E("Xi Jinping", "CHN", *XI_ALT),
                   E("Anthony Albanese", "AUS", "Albanese", "Anthony Norman Albanese", "Prime Minister Anthony Albanese")],
         may=[E("Australia", "AUS")],
         quotes=[Q("open and candid", "Wang Wentao", "Wang", "China")],
         quantities=[N("$14 billion", 14e9, "USD"), N("two countries", 2), N("two ministers", 2)],
         times=[],
         events=both("CHN", "AUS", "04") + [V("AUS", "CHN", "02")],
         events_may=both("CHN", "AUS", "05") + both("CHN", "AUS", "03") + [V("CHN", "AUS", "02")]),
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
