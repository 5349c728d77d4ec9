#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Second blind set: 22 real news articles gathered on 2026-11-23 from the `search` tool's stored pages and labelled
by reading them, before any system output existed for them. Conventions: eval/analysis/README.md ("What is
labelled"); this folder's README.md. Every document is in the "test" split: nothing here is for tuning."""
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


US = E("United States", "USA", "United States of America", "US", "U.S.", "USA", "America")
UK = E("United Kingdom", "GBR", "Britain", "Great Britain", "UK")
RU = E("Russia", "RUS", "Russian Federation")
CN = E("China", "CHN", "People's Republic of China")
UA = E("Ukraine", "UKR")
IR = E("Iran", "IRN", "Islamic Republic of Iran")
IN = E("India", "IND")
JP = E("Japan", "JPN")
SK = E("South Korea", "KOR", "Republic of Korea", "ROK", "Korea")
NK = E("North Korea", "PRK", "Democratic People's Republic of Korea", "DPRK")
UN = E("United Nations", None, "UN", "U.N.")
UNSC = E("UN Security Council", None, "United Nations Security Council", "Security Council", "UNSC")
EU = E("European Union", None, "EU")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
WTO = E("World Trade Organization", None, "WTO")
ISIS = E("Islamic State", None, "Islamic State group", "ISIS", "ISIL", "IS", "Daesh")
AP = E("Associated Press", "USA", "AP", "The Associated Press")
TRUMP = E("Donald Trump", "USA", "Donald J. Trump")
PUTIN = E("Vladimir Putin", "RUS")
LAVROV = E("Sergei Lavrov", "RUS", "Sergey Lavrov")
WANG = E("Wang Yi", "CHN")
KISHIDA = E("Fumio Kishida", "JPN")
KALLAS = E("Kaja Kallas", ["EST", None])
MOFCOM = E("Ministry of Commerce", "CHN", "China's Ministry of Commerce", "Chinese Ministry of Commerce",
           "Ministry of Commerce of China", "MOFCOM")
MOFCOM_SPEAKERS = ("China", "Ministry of Commerce", "Chinese Ministry of Commerce", "Ministry of Commerce of China")
RU_MFA = E("Russian Foreign Ministry", "RUS", "Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs",
           "Ministry of Foreign Affairs of the Russian Federation", "Foreign Ministry", "Russian foreign Ministry")
RU_MFA_SPEAKERS = ("Russian Foreign Ministry", "Russia", "Foreign Ministry", "Ministry of Foreign Affairs of Russia",
                   "Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Russian Federation")
EU_SPEAKERS = ("European Union", "EU", "European Council", "Council of the European Union")
MEA = E("Ministry of External Affairs", "IND", "External Affairs Ministry", "MEA", "Indian Ministry of External Affairs",
        "Indian foreign ministry")


def domestic(code, roots):
    """Events inside one country (elections, internal conflict): acceptable, never required."""
    return [V(code, code, r) for r in roots] + [V(code, None, r) for r in roots]


DOCS = [
    dict(file="k01_perthnow.txt", date="2020-10-30",
         url="https://www.perthnow.com.au/politics/federal-politics/scott-morrison-condemns-france-terrorist-attack-ng-f8356b81900cafe2ffe7351c705b7198",
         entities=[E("Scott Morrison", "AUS"), E("Emmanuel Macron", "FRA"), E("France", "FRA"), E("Nice", "FRA"),
                   E("Australia", "AUS"), E("2GB", "AUS"), E("Anthony Albanese", "AUS")],
         may=[E("Australian Labor Party", "AUS", "Labor")],
         quotes=[Q("This terrible and disgraceful and disgusting attack", "Scott Morrison"),
                 Q("the most callous and cowardly and vicious act of barbarism", "Scott Morrison"),
                 Q("stood with him", "Scott Morrison", "Emmanuel Macron"),
                 Q("Just the heartache that would be going across the French people", "Scott Morrison"),
                 Q("an attack on liberty", "Scott Morrison"),
                 Q("I had the opportunity to exchange messages with President Macron", "Scott Morrison"),
                 Q("we will win", "Emmanuel Macron", "Scott Morrison"),
                 Q("Free peoples all around the world will stand together", "Scott Morrison"),
                 Q("While this year has had many other challenges with COVID-19", "Scott Morrison"),
                 Q("It will produce a real shockwave through France", "Anthony Albanese"),
                 Q("It won't blunt the French values", "Anthony Albanese")],
         quantities=[N("Three people", 3)],
         times=[T("Friday", "2020-10-30"), T("today", "2020-10-30"), T("this year", "2020")],
         events=[V("AUS", "FRA", "04"), V("AUS", None, "11")],
         events_may=[V("FRA", "AUS", "04"), V("AUS", "FRA", "01"), V("AUS", "FRA", "05"), V("FRA", "AUS", "01"),
                     V("FRA", "AUS", "05"), V("AUS", None, "01"), V("AUS", "FRA", "03"), V(None, "FRA", "18"),
                     V(None, "FRA", "19"), V("AUS", None, "12")]),
    dict(file="k02_tbsnews.txt", date="2024-07-14", url="https://tbsnews.net/node/899276",
         entities=[E("Hasan Mahmud", "BGD", "Hasan"), TRUMP, US, E("Joe Biden", "USA", "Biden"),
                   E("Pennsylvania", "USA"), E("Jill Biden", "USA", "Jill"),
                   E("Secret Service", "USA", "United States Secret Service", "US Secret Service")],
         may=[E("Ministry of Foreign Affairs", "BGD", "Bangladesh Ministry of Foreign Affairs", "Foreign Ministry"),
              E("Bangladesh", "BGD")],
         quotes=[Q("We have deep concerns over the attack", "Hasan Mahmud", "Bangladesh"),
                 Q("We never want violence in politics", "Hasan Mahmud", "Bangladesh"),
                 Q("I'm grateful to hear that he's safe and doing well", "Joe Biden"),
                 Q("Jill and I are grateful to the Secret Service", "Joe Biden")],
         quantities=[],
         times=[T("today", "2024-07-14"), T("14 July", "2024-07-14")],
         events=[V("BGD", None, "11")],
         events_may=[V("BGD", "USA", "11"), V("BGD", "USA", "01"), V("BGD", None, "01"), V("USA", None, "11"),
                     V("USA", "USA", "11"), V(None, "USA", "18"), V(None, "USA", "19"), V("USA", "USA", "01")]),
    dict(file="k03_pakistantoday.txt", date="2024-12-26",
         url="https://www.pakistantoday.com.pk/2024/12/26/talks-between-chinese-japanese-fms-friendly-positive-says-chinese-fm-spokesperson/",
         entities=[E("Beijing", "CHN", "BEIJING"), E("Mao Ning", "CHN", "Mao"), WANG, E("Takeshi Iwaya", "JPN", "Iwaya"),
                   E("Xi Jinping", "CHN"), E("Shigeru Ishiba", "JPN"), E("Lima", "PER"), CN, JP],
         may=[E("Chinese Foreign Ministry", "CHN", "Ministry of Foreign Affairs of China", "Foreign Ministry",
                "Chinese Ministry of Foreign Affairs"), E("Peru", "PER")],
         quotes=[],
         quantities=[N("two foreign ministers", 2), N("two sides", 2), N("10 important agreements", 10)],
         times=[T("Thursday", "2024-12-26"), T("Wednesday", "2024-12-25")],
         events=both("CHN", "JPN", "04"),
         events_may=both("CHN", "JPN", "05", "03", "06", "01", "02") + [V("CHN", None, "01")]),
    dict(file="k04_theiranproject.txt", date="2021-02-22",
         url="https://theiranproject.ir/en/news/387991/fm-spox-says-no-direct-talks-held-between-iran-and-us",
         entities=[IR, US, E("Saeed Khatibzadeh", "IRN", "Khatibzadeh")],
         may=[E("Ministry of Foreign Affairs", "IRN", "Iran's Ministry of Foreign Affairs", "Iranian Foreign Ministry",
                "Foreign Ministry"), E("Switzerland", "CHE"),
              E("Embassy of Switzerland", "CHE", "Swiss Embassy"), E("US interests section", "USA")],
         quotes=[],
         quantities=[N("two governments", 2)],
         times=[T("Saturday", "2021-02-20")],
         events=[V("IRN", "USA", "11")],
         events_may=[V("IRN", "USA", r) for r in ("10", "12", "01", "02", "03", "04")]
         + [V("USA", "IRN", r) for r in ("04", "02", "03", "17", "01")]
         + [V("USA", "CHE", "04"), V("CHE", "IRN", "04"), V("IRN", None, "01")]),
    dict(file="k05_arabnewspk.txt", date="2022-09-30", url="https://www.arabnews.pk/node/2172741/world",
         entities=[US, RU, UK, E("Washington", "USA", "WASHINGTON"), E("London", "GBR", "LONDON"), E("Joe Biden", "USA", "Biden"), UA,
                   E("White House", "USA"), E("G7", None, "Group of Seven", "G-7"),
                   E("Antony Blinken", "USA", "Blinken")],
         may=[E("Moscow", "RUS"), E("Kremlin", "RUS"), UN, E("United Nations Charter", None, "UN Charter"),
              E("Central Bank of Russia", "RUS", "Russia's Central Bank", "Bank of Russia")],
         quotes=[Q("economic costs on Russia", "G7", "Group of Seven"),
                 Q("The United States is imposing swift and severe costs on Russia", "White House", "United States"),
                 Q("the United States condemns Russia's fraudulent attempt", "Joe Biden", "United States"),
                 Q("The United States will always honor Ukraine's internationally recognized borders", "Joe Biden",
                   "United States"),
                 Q("the United States unequivocally rejects Russia's fraudulent attempt", "Antony Blinken",
                   "United States"),
                 Q("In response, the United States and our allies and partners", "Antony Blinken", "United States")],
         quantities=[N("nearly 700 categories of goods", 700), N("four Ukrainian regions", 4),
                     N("$1.1 billion", 1.1e9, "USD")],
         times=[T("Friday", "2022-09-30"), T("today", "2022-09-30")],
         events=[V("USA", "RUS", "16"), V("GBR", "RUS", "16"), V("USA", "RUS", "11"), V("USA", "UKR", "07")],
         events_may=[V("USA", "RUS", r) for r in ("12", "13", "17", "10")]
         + [V("GBR", "RUS", r) for r in ("17", "11", "13")]
         + [V(None, "RUS", "13"), V(None, "RUS", "16"), V("USA", None, "13"), V("USA", None, "16")]
         + [V("USA", "UKR", r) for r in ("05", "03", "01", "06")]
         + [V("RUS", "UKR", r) for r in ("19", "18", "17", "15", "16")]),
    dict(file="k06_cgtn.txt", date="2021-03-20",
         url="https://news.cgtn.com/news/2021-03-20/Ukraine-imposes-sanctions-on-former-president-local-media-YMLa02NYuQ/index.html",
         entities=[UA, E("Viktor Yanukovych", "UKR", "Yanukovych", "Yanukovich"),
                   E("National Security and Defense Council", "UKR", "National Security and Defense Council of Ukraine",
                     "National Security and Defence Council", "NSDC"),
                   E("Alexei Danilov", "UKR", "Oleksiy Danilov", "Danilov"), E("Dmitry Tabachnik", "UKR"),
                   E("Dmitry Salamatin", "UKR"), E("TASS", "RUS", "Tass"),
                   E("Volodymyr Zelensky", "UKR", "Vladimir Zelensky", "Zelenskiy", "Volodymyr Zelenskyy")],
         may=[E("Telegram", None), RU],
         quotes=[Q("The state of Ukraine has imposed the toughest possible sanctions", "Alexei Danilov",
                   "National Security and Defense Council", "Ukraine"),
                 Q("This decision by the National Security and Defense Council", "Volodymyr Zelensky")],
         quantities=[N("27 names", 27), N("27 blacklisted individuals", 27), N("two words", 2)],
         times=[T("Friday", "2021-03-19"), T("2014", "2014")],
         events=[],
         events_may=domestic("UKR", ("16", "17", "11")) + [V("UKR", "RUS", "16"), V("UKR", "RUS", "17")]),
    dict(file="k07_7dnews.txt", date="2019-08-10", url="https://7dnews.com/news/russian-police-arrest-162-citizens-amid-opposition-protests",
         entities=[RU, E("Reuters", ["GBR", "CAN", None]), E("OVD-Info", "RUS"), E("St Petersburg", "RUS", "Saint Petersburg"),
                   E("Moscow", "RUS"), E("Rostov-on-Don", "RUS", "Roston-on-Don"), E("Vladimir Putin", "RUS", "Putin"),
                   E("Alexei Navalny", "RUS", "Navalny")],
         may=[E("Kremlin", "RUS"), RU_MFA, E("US Embassy", "USA", "U.S. Embassy", "Embassy of the United States",
                                             "US Embassy in Moscow"), US],
         quotes=[Q("We underlined that we consider the publication of the route", *RU_MFA_SPEAKERS)],
         quantities=[N("162 people", 162), N("162 Citizens", 162), N("55 people", 55), N("10", 10), N("seven", 7)],
         times=[T("Saturday", "2019-08-10"), T("August 10th", "2019-08-10"), T("2012", "2012"),
                T("September", "2019-09"), T("Friday", "2019-08-09")],
         events=[V("RUS", "USA", "11")],
         events_may=domestic("RUS", ("17", "14", "11", "12", "10")) + [V("RUS", "USA", "12"), V("RUS", "USA", "13"),
                                                                         V("RUS", "USA", "10"), V("USA", "RUS", "01")]),
    dict(file="k08_technologytangle.txt", date="2023-09-10",
         url="https://technologytangle.com/2023/09/10/g20-summit-india-us-brazil-and-south-africa-issue-joint-statement-reaffirm-shared-commitments/",
         entities=[E("G20", None, "G-20", "Group of Twenty"), IN, US, E("Brazil", "BRA"), E("South Africa", "ZAF"),
                   E("White House", "USA"), E("New Delhi", "IND"), E("World Bank", None),
                   E("Narendra Modi", "IND", "Modi")],
         may=[RU, UA, E("New Delhi Leaders' Declaration", None, "Delhi Declaration",
                          "New Delhi G20 Leaders' Summit Declaration", "New Delhi Leaders Declaration"),
              E("G20 Summit", None, "G20 Leaders' Summit"), E("Delhi", "IND")],
         quotes=[Q("We, the Leaders of India, Brazil, South Africa, and the United States", "White House",
                   "United States", "India", "Brazil", "South Africa"),
                 Q("As the G20's current and next three Presidencies", "White House", "United States", "India",
                   "Brazil", "South Africa"),
                 Q("Through the hard work of our teams", "Narendra Modi")],
         quantities=[N("three other countries", 3), N("next three Presidencies", 3)],
         times=[T("9 September", "2023-09-09")],
         events=both("USA", "IND", "04") + both("USA", "BRA", "04") + both("USA", "ZAF", "04"),
         events_may=[V(a, b, r) for a in ("USA", "IND", "BRA", "ZAF") for b in ("USA", "IND", "BRA", "ZAF")
                     if a != b for r in ("04", "05", "03", "06", "01")]
         + [V(c, None, r) for c in ("USA", "IND", "BRA", "ZAF") for r in ("01", "03", "05")]),
    dict(file="k09_newstracklive.txt", date="2021-11-19",
         url="https://english.newstracklive.com/news/leaders-of-mexico-canada-us-hold-first-summit-in-5-years-sc57-nu318-ta318-1193361-1.html",
         entities=[E("Washington", "USA"), US, E("Joe Biden", "USA", "Biden"), E("Justin Trudeau", "CAN", "Trudeau"),
                   E("Andres Manuel Lopez Obrador", "MEX", "Obrador",
                     "Andrés Manuel López Obrador", "Lopez Obrador"),
                   E("White House", "USA"), TRUMP],
         may=[E("Canada", "CAN"), E("Mexico", "MEX"), E("North American Leaders' Summit", None),
              E("Northern Hemisphere", None)],
         quotes=[Q("reiterated our strong linkages and integration", "White House", "United States", "Joe Biden",
                   "Justin Trudeau", "Andres Manuel Lopez Obrador", "Canada", "Mexico"),
                 Q("We can meet all the issues if we just take the time", "Joe Biden"),
                 Q("We also need to put a stop to the pandemic", "Joe Biden")],
         quantities=[N("three-person summit", 3), N("three leaders", 3)],
         times=[T("2016", "2016"), T("Thursday", "2021-11-18")],
         events=both("USA", "CAN", "04") + both("USA", "MEX", "04"),
         events_may=both("CAN", "MEX", "04") + [V(a, b, r) for a in ("USA", "CAN", "MEX") for b in ("USA", "CAN", "MEX")
                                                if a != b for r in ("05", "03", "06", "01")]
         + [V(c, None, r) for c in ("USA", "CAN", "MEX") for r in ("01", "03", "05")]),
    dict(file="k10_outlookindia.txt", date="2020-06-17",
         url="https://outlookindia.com/national/india-news-disturbing-and-painful-rajnath-singh-on-killing-of-soldiers-in-ladakh-face-off-news-354896",
         entities=[E("Rajnath Singh", "IND", "Singh"), E("Indian Army", "IND"), E("Ladakh", "IND"),
                   E("Galwan Valley", ["IND", "CHN", None], "Galwan valley", "Galwan"), CN, IN,
                   E("Tulung La", ["IND", None]), E("Arunachal Pradesh", ["IND", None])],
         may=[E("Eastern Ladakh", "IND"), E("Line of Actual Control", None, "LAC")],
         quotes=[Q("deeply disturbing and painful", "Rajnath Singh"),
                 Q("displayed exemplary courage and valour in the line of duty", "Rajnath Singh"),
                 Q("Nation will never forget their bravery and sacrifice", "Rajnath Singh"),
                 Q("17 Indian troops who were critically injured in the line of duty", "Indian Army", "India")],
         quantities=[N("20 Indian Army personnel", 20), N("At least 20 Indian soldiers", 20), N("17 Indian troops", 17),
                     N("20", 20), N("Four Indian soldiers", 4)],
         times=[T("Wednesday", "2020-06-17"), T("Monday", "2020-06-15"), T("15/16 June", "2020-06-15", "2020-06-16"),
                T("1975", "1975")],
         events=both("CHN", "IND", "19"),
         events_may=both("CHN", "IND", "18", "17", "08", "15", "11")
         + [V("IND", None, "01"), V("IND", "CHN", "01")]),
    dict(file="k11_gephardtdaily.txt", date="2018-11-30",
         url="https://gephardtdaily.com/business/trump-signs-new-trade-deal-with-canada-mexico/",
         entities=[TRUMP, E("Canada", "CAN"), E("Mexico", "MEX"), E("G20", None, "G-20", "Group of Twenty"),
                   E("Argentina", "ARG"), E("Justin Trudeau", "CAN", "Trudeau"),
                   E("Enrique Pena Nieto", "MEX", "Enrique Pe\u00f1a Nieto", "Pena Nieto", "Nieto"), US],
         may=[E("United Press International", "USA", "UPI"),
              E("North American Free Trade Agreement", None, "NAFTA"),
              E("U.S. Mexico Canada Agreement", None, "USMCA", "United States-Mexico-Canada Agreement")],
         quotes=[Q("This has been a battle, and battles sometimes make great friendships", "Donald Trump"),
                 Q("largest, most significant, modern and balanced trade agreement in history", "Donald Trump"),
                 Q("All of our countries will benefit greatly", "Donald Trump"),
                 Q("In the United States, the new trade pact will promote high-paying manufacturing jobs",
                   "Donald Trump")],
         quantities=[N("All three leaders", 3)],
         times=[T("Nov. 30", "2018-11-30"), T("Friday", "2018-11-30"), T("1994", "1994"), T("2016", "2016")],
         events=both("USA", "CAN", "05") + both("USA", "MEX", "05")
         + [V("USA", "CAN", "16"), V("USA", "MEX", "16"), V("CAN", "USA", "16"), V("MEX", "USA", "16"),
            V("CAN", "USA", "11"), V("MEX", "USA", "11")],
         events_may=both("USA", "CAN", "04", "03", "06", "01") + both("USA", "MEX", "04", "03", "06", "01")
         + both("CAN", "MEX", "05", "04") + [V("USA", "CAN", "11"), V("USA", "MEX", "11"), V("USA", "CAN", "17"),
                                              V("USA", "MEX", "17"), V("CAN", "USA", "17"), V("MEX", "USA", "17")]
         + [V(c, None, r) for c in ("USA", "CAN", "MEX") for r in ("05", "16", "01")]),
    dict(file="k12_upday.txt", date="2025-06-27",
         url="https://www.upday.com/uk/us-and-china-sign-trade-agreement-donald-trump-says",
         entities=[US, CN, TRUMP, IN, E("Howard Lutnick", "USA", "Lutnick"), E("Bloomberg TV", "USA", "Bloomberg"),
                   E("Geneva", "CHE"), E("London", "GBR")],
         may=[E("Beijing", "CHN"), MOFCOM, E("Chinese Commerce Ministry", "CHN")],
         quotes=[Q("We just signed with China the other day", "Donald Trump"),
                 Q("signed and sealed", "Howard Lutnick"),
                 Q("The president likes to close these deals himself", "Howard Lutnick"),
                 Q("a certain number of compliant applications", "Ministry of Commerce", *MOFCOM_SPEAKERS,
                   "Chinese Commerce Ministry")],
         quantities=[N("two countries", 2)],
         times=[T("Thursday", "2025-06-26"), T("early May", "2025-05")],
         events=both("USA", "CHN", "05"),
         events_may=both("USA", "CHN", "04", "03", "06", "01", "08") + [V("USA", "IND", "03"), V("USA", "IND", "05"),
                                                                         V("USA", "IND", "04"), V("CHN", None, "08"),
                                                                         V("CHN", None, "06"), V("USA", None, "05")]),
    dict(file="k13_bignewsnetwork.txt", date="2020-11-21",
         url="https://bignewsnetwork.com/news/267044246/au-appoints-3-envoys-to-help-resolve-ethiopian-conflict",
         entities=[E("African Union", None, "AU"), E("Tigray", "ETH", "Tigray region"), E("Ethiopia", "ETH"),
                   E("Cyril Ramaphosa", "ZAF", "Ramaphosa"), E("South Africa", "ZAF"),
                   E("Sahle-Work Zewde", "ETH"), E("Mozambique", "MOZ"), E("Joaquim Chissano", "MOZ"),
                   E("Liberia", "LBR"), E("Ellen Johnson-Sirleaf", "LBR", "Ellen Johnson Sirleaf"),
                   E("Kgalema Motlanthe", "ZAF"), UN, E("Antonio Guterres", ["PRT", None], "Ant\u00f3nio Guterres",
                                                        "Guterres"),
                   E("Abiy Ahmed", "ETH", "Abiy"), E("Sudan", "SDN")],
         may=[E("Ethiopian National Defense Force", "ETH", "Ethiopian army", "national defense force",
                "Ethiopian National Defence Force")],
         quotes=[Q("for this initiative", "Antonio Guterres", "United Nations"),
                 Q("for ensuring a peaceful, stable and prosperous Ethiopia", "Antonio Guterres", "United Nations"),
                 Q("for facilitating this initiative for peace", "Antonio Guterres", "United Nations")],
         quantities=[N("three high-level envoys", 3), N("3 Envoys", 3)],
         times=[T("Friday", "2020-11-20"), T("November 4", "2020-11-04")],
         events=[V("ZAF", "ETH", "04"), V("ETH", None, "12")],
         events_may=[V("ZAF", "ETH", r) for r in ("01", "02", "03", "05")]
         + [V(None, "ETH", r) for r in ("04", "03", "05", "01")] + [V(None, "ZAF", "05"), V(None, "ZAF", "01"),
                                                                      V(None, "ETH", "05"), V("ETH", "ZAF", "12")]
         + domestic("ETH", ("19", "18", "11", "12")) + [V("ZAF", None, "04"), V("ETH", "SDN", "02")]),
    dict(file="k14_voa.txt", date="2016-10-03",
         url="https://voa.pangea-cms.com/preview/en-US/a/brazil-argetina-presidents-strengthen-mercosur-trade-bloc/3535402.html",
         entities=[E("Brazil", "BRA"), E("Michel Temer", "BRA", "Temer"), E("Mauricio Macri", "ARG", "Macri"),
                   E("Mercosur", None, "Mercosul", "MERCOSUR"), EU, E("Dilma Rousseff", "BRA"), E("Canada", "CAN"),
                   SK, JP, E("Egypt", "EGY"), E("France", "FRA")],
         may=[E("Argentina", "ARG"), E("Latin America", None), E("Europe", None)],
         quotes=[Q("One of the primary interests now is to obtain the formalization", "Michel Temer"),
                 Q("This is the path we have to prepare", "Mauricio Macri")],
         quantities=[],
         times=[T("Monday", "2016-10-03"), T("August", "2016-08"), T("July", "2016-07")],
         events=both("BRA", "ARG", "04") + [V("ARG", "FRA", "02")],
         events_may=both("BRA", "ARG", "03", "05", "06", "01") + [V("ARG", "FRA", "10"), V("ARG", "FRA", "04")]
         + [V(c, None, "03") for c in ("BRA", "ARG", "CAN", "KOR", "JPN", "EGY")]
         + [V("FRA", None, "12"), V("BRA", None, "05"), V("ARG", None, "05")]),
    dict(file="k15_agenciabrasil.txt", date="2023-11-27",
         url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-11/foreign-ministers-brazil-and-argentina-aim-mercosur-progress",
         entities=[E("Brazil", "BRA"), E("Argentina", "ARG"), E("Mercosur", None, "Mercosul", "MERCOSUR"),
                   E("Mauro Vieira", "BRA", "Vieira"), E("Diana Mondino", "ARG"), E("Javier Milei", "ARG", "Milei"),
                   E("Uruguay", "URY"), E("Paraguay", "PRY"), EU,
                   E("Luiz Inacio Lula da Silva", "BRA", "Lula", "Luiz In\u00e1cio Lula da Silva")],
         may=[],
         quotes=[Q("We discussed, for example, the possibility of introducing bioceanic corridors", "Mauro Vieira"),
                 Q("I indicated to her the areas in which we are negotiating", "Mauro Vieira")],
         quantities=[N("two blocs", 2), N("31 countries", 31)],
         times=[T("Sunday", "2023-11-26"), T("Nov. 26", "2023-11-26"), T("December 7", "2023-12-07"),
                T("2019", "2019"), T("December 10", "2023-12-10")],
         events=both("BRA", "ARG", "04"),
         events_may=both("BRA", "ARG", "05", "03", "01", "06") + [V("BRA", None, "05"), V("BRA", None, "03"),
                                                                  V("ARG", None, "03")]),
    dict(file="k16_newswatchplus.txt", date="2024-12-05",
         url="https://newswatchplus.ph/news/2024/12/5/PH-protests-China-west-ph-sea-.html",
         entities=[CN, E("Philippines", "PHL"), E("Metro Manila", "PHL"),
                   E("West Philippine Sea", ["PHL", None]), E("Enrique Manalo", "PHL", "Manalo"),
                   E("Scarborough Shoal", ["PHL", "CHN", None], "Bajo De Masinloc", "Bajo de Masinloc"),
                   E("Philippine Coast Guard", "PHL", "PCG"), E("Escoda Shoal", ["PHL", "CHN", None], "Sabina Shoal"),
                   E("Department of Foreign Affairs", "PHL", "DFA", "Philippine Department of Foreign Affairs"),
                   E("Huang Xilian", "CHN")],
         may=[E("Manila", "PHL"), E("Chinese Foreign Ministry", "CHN", "Ministry of Foreign Affairs of China",
                                    "Foreign Ministry", "Chinese Ministry of Foreign Affairs")],
         quotes=[Q("Certainly, we don't understand why China again is repeating these actions", "Enrique Manalo",
                   "Philippines"),
                 Q("The measures are justified, lawful, professional and restrained", "Chinese Foreign Ministry", "China",
                   "Ministry of Foreign Affairs of China", "Foreign Ministry", "Chinese Ministry of Foreign Affairs")],
         quantities=[N("60", 60)],
         times=[T("Thursday", "2024-12-05"), T("this year", "2024")],
         events=[V("PHL", "CHN", "11"), V("CHN", "PHL", "02"), V("CHN", "PHL", "17")],
         events_may=[V("CHN", "PHL", r) for r in ("18", "11", "12", "15", "13", "01", "10")]
         + [V("PHL", "CHN", r) for r in ("16", "12", "10", "02", "13", "04")] + [V("PHL", None, "11")]),
    dict(file="k17_presstv.txt", date="2020-09-04",
         url="https://presstv.ir/Detail/2020/09/04/633316/Turkey-Greece-Mediterranean-dialog-lying-NATO-talks-",
         entities=[E("Turkey", "TUR", "T\u00fcrkiye"), E("Greece", "GRC"), NATO,
                   E("Mevlut Cavusoglu", "TUR", "Cavusoglu", "Mevl\u00fct \u00c7avu\u015fo\u011flu"),
                   E("Kyriakos Mitsotakis", "GRC", "Mitsotakis"), E("Jens Stoltenberg", ["NOR", None], "Stoltenberg"),
                   EU, E("France", "FRA")],
         may=[E("Athens", "GRC"), E("Ankara", "TUR"), E("Eastern Mediterranean", None, "eastern Mediterranean",
                                                       "Mediterranean")],
         quotes=[Q("Let threats go away so that the contacts can begin", "Kyriakos Mitsotakis"),
                 Q("correspond to reality", "Greece"),
                 Q("Greece denied the secretary general's (remarks)", "Mevlut Cavusoglu"),
                 Q("Greece showed once more than it's not in favor of dialog", "Mevlut Cavusoglu")],
         quantities=[],
         times=[T("Friday", "2020-09-04"), T("Thursday", "2020-09-03"), T("August 10", "2020-08-10")],
         events=[V("TUR", "GRC", "11"), V("GRC", "TUR", "10"), V("TUR", "FRA", "11")],
         events_may=[V("GRC", "TUR", r) for r in ("11", "12", "13", "15")]
         + [V("TUR", "GRC", r) for r in ("12", "15", "13")] + both("GRC", "TUR", "03", "04")
         + [V("GRC", None, "12"), V(None, "GRC", "05"), V(None, "GRC", "03"), V(None, "TUR", "02"),
            V(None, "GRC", "02"), V("FRA", "GRC", "06"), V("FRA", "GRC", "05"), V("FRA", "TUR", "15"),
            V("FRA", "TUR", "11"), V("TUR", None, "11"), V("GRC", None, "11")]),
    dict(file="k18_odishaexpo.txt", date="2025-04-01", url="https://odishaexpo.com/israeli-airstrike-kills-4-in-lebanon",
         entities=[E("Beirut", "LBN"), E("Israel", "ISR"), E("Hezbollah", "LBN", "Hizbollah", "Hizbullah"),
                   E("Lebanon", "LBN"), UN, E("Gaza", "PSE", "Gaza Strip"),
                   E("Israel Defense Forces", "ISR", "IDF", "Israeli Defense Forces"),
                   E("Shin Bet", "ISR"), E("Mossad", "ISR"), E("Dahiyeh", "LBN", "Dahieh"),
                   E("Hassan Ali Badir", ["LBN", "IRN"], "Badir"), IR,
                   E("Islamic Revolutionary Guard Corps", "IRN", "IRGC", "Revolutionary Guards"),
                   E("Hamas", "PSE"), E("Gideon Saar", "ISR", "Gideon Sa'ar", "Saar"),
                   E("Ibrahim Al-Moussawi", "LBN", "Ibrahim al-Moussawi", "Al-Moussawi"), E("NBC News", "USA", "NBC"),
                   US, E("Joseph Aoun", "LBN", "Aoun")],
         may=[E("X", "USA", "Twitter"), E("Lebanese health ministry", "LBN", "Ministry of Public Health",
                                         "Lebanese Ministry of Public Health", "health ministry"),
              E("Lebanese government", "LBN"),
              E("Parliament of Lebanon", "LBN", "Lebanon's parliament", "Lebanese Parliament")],
         quotes=[Q("answers and justice", "United Nations"),
                 Q("What happened was a major aggression that took the situation to a completely new phase",
                   "Ibrahim Al-Moussawi", "Hezbollah"),
                 Q("We hold the international community and the United States responsible", "Ibrahim Al-Moussawi",
                   "Hezbollah")],
         quantities=[N("four people", 4), N("15 aid workers", 15), N("seven people", 7)],
         times=[T("Tuesday", "2025-04-01")],
         events=[V("ISR", "LBN", "19"), V("LBN", "ISR", "11")],
         events_may=[V("ISR", "LBN", r) for r in ("18", "10", "02", "11", "17")] + [V("LBN", "ISR", r) for r in ("12", "19")]
         + [V("LBN", "USA", "11"), V("LBN", None, "02"), V("LBN", None, "11"), V(None, "ISR", "10"),
            V(None, "PSE", "10"), V(None, None, "10"), V("IRN", "PSE", "07"), V("ISR", "IRN", "19"), V("ISR", "IRN", "11"),
            V("ISR", None, "19"), V("ISR", None, "11")]),
    dict(file="k19_afronewswire.txt", date="2024-02-26",
         url="https://afronewswire.com/index.php/2024/02/26/ecowas-removes-sanctions-on-guinea-and-mali",
         entities=[E("Economic Community of West African States", None, "ECOWAS"), E("Burkina Faso", "BFA"),
                   E("Niger", "NER", "Republic of Niger"), E("Guinea", "GIN", "Republic of Guinea"),
                   E("Mali", "MLI", "Republic of Mali"),
                   E("Omar Alieu Touray", ["GMB", None], "Alieu Touray", "Touray"),
                   E("ECOWAS Commission", None), E("Mamadi Doumbouya", "GIN"),
                   E("Alpha Cond\u00e9", "GIN", "Alpha Conde"), E("Niamey", "NER"), E("Mohamed Bazoum", "NER")],
         may=[E("Sahel", None)],
         quotes=[Q("lifting of financial and economic sanctions against the Republic of Guinea",
                   "Economic Community of West African States", "ECOWAS"),
                 Q("removal of restrictions on the recruitment of citizens of the Republic of Mali",
                   "Economic Community of West African States", "ECOWAS"),
                 Q("politics, peace, and security in the Republic of Niger", "Economic Community of West African States",
                   "ECOWAS"),
                 Q("recent developments in the region", "Economic Community of West African States", "ECOWAS"),
                 Q("decided to immediately lift", "Omar Alieu Touray", "Economic Community of West African States",
                   "ECOWAS")],
         quantities=[N("four nations", 4), N("four states", 4)],
         times=[T("Sunday", "2024-02-25"), T("February 25", "2024-02-25"), T("Saturday", "2024-02-24"),
                T("2020", "2020"), T("September 2021", "2021-09"), T("July 2022", "2022-07"),
                T("Monday", "2024-02-19", "2024-02-26"), T("2021", "2021"), T("July", "2023-07")],
         events=[],
         events_may=[V(None, c, r) for c in ("GIN", "MLI", "NER") for r in ("08", "16", "04", "03")]
         + [V(None, "BFA", "16"), V(None, "BFA", "04")] + domestic("GIN", ("18", "17", "16", "08"))
         + domestic("NER", ("18", "17")) + domestic("MLI", ("18", "17", "08"))),
    dict(file="k20_europeanwesternbalkans.txt", date="2023-02-22",
         url="https://europeanwesternbalkans.com/2023/02/22/vucic-and-kurti-in-brussels-on-monday/",
         entities=[E("Brussels", "BEL", "BRUSSELS"), E("European External Action Service", None, "EEAS"), E("Serbia", "SRB"),
                   E("Aleksandar Vu\u010di\u0107", "SRB", "Aleksandar Vucic", "Vu\u010di\u0107", "Vucic",
                     "Vu\u010di\u010d"),
                   E("Kosovo", ["XKX", "KOS", None]), E("Albin Kurti", ["XKX", "KOS", None], "Kurti"),
                   E("Miroslav Laj\u010dak", ["SVK", None], "Miroslav Lajcak", "Miroslav Laj\u010d\u00e1k",
                     "Laj\u010dak"),
                   E("Josep Borrell", ["ESP", None], "Borrell"), EU, E("Pristina", ["XKX", "KOS", None]),
                   E("Association of Serbian Communities", ["XKX", "KOS", "SRB", None], "ASM",
                     "Association of Serb-majority Municipalities"),
                   E("Slobodan Milo\u0161evi\u0107", "SRB", "Slobodan Milosevic"),
                   E("Adem Demaci", ["XKX", "KOS", None], "Adem Dema\u00e7i"), E("N1", ["SRB", None])],
         may=[E("Belgrade", "SRB"), E("Europe", None)],
         quotes=[Q("by God, so will the European representatives", "Aleksandar Vu\u010di\u0107", "Aleksandar Vucic"),
                 Q("I will always go to talk, but there is no talking with Kurti", "Aleksandar Vu\u010di\u0107",
                   "Aleksandar Vucic"),
                 Q("with the attitude 'I will accept everything", "Aleksandar Vu\u010di\u0107", "Aleksandar Vucic",
                   "Albin Kurti"),
                 Q("There is nothing they can surprise me with", "Aleksandar Vu\u010di\u0107", "Aleksandar Vucic")],
         quantities=[],
         times=[T("Monday", "2023-02-27"), T("Wednesday", "2023-02-22"), T("27 February", "2023-02-27"),
                T("Tuesday", "2023-02-21"), T("Today", "2023-02-22")],
         events=[V("SRB", "XKX", "11")],
         events_may=[V("SRB", c, r) for c in ("XKX", "KOS", None) for r in ("11", "03", "04", "12")]
         + [V(c, "SRB", r) for c in ("XKX", "KOS") for r in ("03", "04", "10", "12", "11")]
         + [V(None, c, r) for c in ("SRB", "XKX", "KOS") for r in ("04", "03")]
         + [V("XKX", None, "10"), V("KOS", None, "10"), V("XKX", None, "02"), V("KOS", None, "02")]),
    dict(file="k21_thediplomaticinsight.txt", date="2022-07-29",
         url="https://thediplomaticinsight.com/venezuela-and-colombias-foreign-ministers-meet/",
         entities=[E("San Crist\u00f3bal", "VEN", "San Cristobal"),
                   E("Venezuela", "VEN", "Bolivarian Republic of Venezuela"), E("Carlos Faria", "VEN", "Faria"),
                   E("Colombia", "COL", "Columbia"),
                   E("\u00c1lvaro Leyva Duran", "COL", "\u00c1lvaro Leyva", "Alvaro Leyva", "Alvaro Leyva Duran",
                     "Leyva"),
                   E("Gustavo Petro", "COL", "Petro"), E("T\u00e1chira", "VEN", "Tachira", "T\u00e1chira state"),
                   E("Freddy Bernal", "VEN"), E("Rander Pe\u00f1a", "VEN", "Rander Pena"),
                   E("UN Verification Mission in Colombia", None, "United Nations Verification Mission in Colombia"),
                   E("Raul Rosende", ["URY", None], "Ra\u00fal Rosende")],
         may=[E("The Diplomatic Insight", ["PAK", None], "TDI"), UN, E("Twitter", "USA")],
         quotes=[Q("We express the need to establish a work agenda", "Carlos Faria", "Venezuela"),
                 Q("For me, it is an honor to welcome Foreign Ministers", "Freddy Bernal"),
                 Q("I do not doubt that the bonds of familiarity between Colombia and Venezuela", "Freddy Bernal")],
         quantities=[],
         times=[T("29 July 2022", "2022-07-29"), T("29 July", "2022-07-29"), T("7 August", "2022-08-07")],
         events=both("VEN", "COL", "04"),
         events_may=both("VEN", "COL", "05", "03", "01", "06") + [V(None, "VEN", "05"), V(None, "COL", "05"),
                                                                  V(None, "VEN", "04"), V(None, "COL", "04"),
                                                                  V("COL", None, "01"), V("VEN", None, "01")]),
    dict(file="k22_trtworld.txt", date="2025-06-30", url="https://www.trtworld.com:443/article/1a68adbbc948",
         entities=[IR, UK, E("France", "FRA"), E("Germany", "DEU"),
                   E("International Atomic Energy Agency", None, "IAEA"), E("Rafael Grossi", ["ARG", None], "Grossi"),
                   E("Tehran", "IRN"), E("Israel", "ISR"), US, E("Esmaeil Baghaei", "IRN", "Baghaei", "Esmail Baghaei"),
                   E("Guardian Council", "IRN", "Iran's Guardian Council")],
         may=[UN, E("Iranian Foreign Ministry", "IRN", "Ministry of Foreign Affairs of Iran", "Foreign Ministry",
                    "Iran's Foreign Ministry"),
              E("Nuclear Non-Proliferation Treaty", None, "NPT", "Treaty on the Non-Proliferation of Nuclear Weapons"),
              E("Europe", None), E("E3", None)],
         quotes=[Q("We call on Iranian authorities to refrain from any steps", "United Kingdom", "France", "Germany",
                   "E3"),
                 Q("We urge Iran to immediately resume full cooperation", "United Kingdom", "France", "Germany", "E3"),
                 Q("How can they expect us to ensure the safety and security", "Esmaeil Baghaei", "Iran",
                   "Iranian Foreign Ministry")],
         quantities=[N("three nations", 3)],
         times=[T("Monday", "2025-06-30")],
         events=Vs(["GBR", "FRA", "DEU"], "IRN", "02") + [V("IRN", c, "12") for c in ("GBR", "FRA", "DEU")]
         + [V("ISR", "IRN", "19"), V("USA", "IRN", "19")],
         events_may=[V(c, "IRN", r) for c in ("GBR", "FRA", "DEU") for r in ("10", "11", "12")]
         + [V("IRN", c, "11") for c in ("GBR", "FRA", "DEU")] + [V("IRN", None, "12"), V("IRN", None, "11"),
                                                                V("IRN", None, "16"), V(None, "IRN", "11"),
                                                                V("IRN", "ISR", "11"), V("IRN", "USA", "11"),
                                                                V("ISR", "IRN", "18"), V("USA", "IRN", "18"),
                                                                V(None, "IRN", "02"), V("IRN", None, "13")]
         + both("GBR", "FRA", "03") + both("GBR", "DEU", "03") + both("FRA", "DEU", "03")),
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
