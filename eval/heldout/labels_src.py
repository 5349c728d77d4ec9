#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

18 real news articles gathered on 2026-11-23 from the `search` tool's stored pages and labelled by reading them,
before any system output existed for them. Conventions: eval/analysis/README.md ("What is labelled"); this
folder's README.md. Every document is in the "test" split: nothing here is for tuning."""
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
    dict(file="h01_novinite.txt", date="2015-01-14", url="https://m.novinite.com/view_news.php?id=165951",
         entities=[E("Philip Hammond", "GBR"), E("Daniel Mitov", "BGR"), E("Sofia", "BGR"), RU, EU,
                   E("BGNES", "BGR"), E("Serbia", "SRB"), E("Croatia", "HRV"),
                   E("Bosnia and Herzegovina", "BIH", "Bosnia"), NATO, E("Paris", "FRA"), ISIS,
                   E("Bulgaria", "BGR"), UK],
         may=[E("news.bg", "BGR"), E("Minsk agreement", None, "Minsk agreements", "Minsk Protocol"),
              E("Minsk", "BLR"), E("Europe", None), E("France", "FRA")],
         quotes=[],
         quantities=[],
         times=[T("Wednesday", "2015-01-14")],
         events=both("GBR", "BGR", "04") + [V("BGR", "GBR", "03")],
         events_may=[V("GBR", "RUS", r) for r in ("16", "10", "11", "12", "13")]
         + [V("GBR", None, "10"), V("GBR", None, "11"), V("BGR", None, "11"), V("BGR", "GBR", "02"),
            V("BGR", "GBR", "01"), V("GBR", "BGR", "03"), V("GBR", "BGR", "01"), V("GBR", None, "01")]
         + both("GBR", "BGR", "05") + both("GBR", "BGR", "06")
         + [V("GBR", c, r) for c in ("SRB", "HRV", "BIH") for r in ("03", "04")]),
    dict(file="h02_oananews.txt", date="2015-04-07",
         url="http://www.oananews.org/content/news/politics/developing-strategic-partnership-between-russia-china-agenda-talks-foreign",
         entities=[RU, CN, E("Moscow", "RUS"), E("TASS", "RUS"), WANG, LAVROV, E("Xi Jinping", "CHN"), UN,
                   E("Shanghai Cooperation Organization", None, "SCO", "Shanghai Cooperation Organisation"),
                   E("BRICS", None), E("Brazil", "BRA"), IN, E("South Africa", "ZAF"),
                   E("G20", None, "G-20", "Group of Twenty"),
                   E("Asia-Pacific Economic Cooperation", None, "APEC"), PUTIN],
         may=[RU_MFA, E("Beijing", "CHN"), E("RIC", None, "Russia-India-China"),
              E("East Asia Summit", None, "EAS")],
         quotes=[Q("Special attention will be paid to bilateral cooperation", *RU_MFA_SPEAKERS),
                 Q("Moscow and Beijing share equal or similar approaches", *RU_MFA_SPEAKERS),
                 Q("Russia and China consider significant the deepening of cooperation", *RU_MFA_SPEAKERS),
                 Q("Both sides stress the importance of increasing the effectiveness", *RU_MFA_SPEAKERS),
                 Q("Russian-Chinese relations of comprehensive partnership and strategic cooperation",
                   *RU_MFA_SPEAKERS)],
         quantities=[N("two countries", 2)],
         times=[T("April 7", "2015-04-07"), T("today", "2015-04-07"), T("Tuesday", "2015-04-07"),
                T("May 9", "2015-05-09"), T("May 2014", "2014-05")],
         events=both("CHN", "RUS", "04"),
         events_may=both("CHN", "RUS", "03", "05", "06", "01")
         + [V("RUS", "CHN", "02"), V("RUS", None, "01"), V("RUS", None, "03"), V("CHN", None, "03")]),
    dict(file="h03_dw.txt", date="2016-08-24",
         url="https://tiue.org/dw/en/japan-china-and-south-korea-condemn-latest-pyongyang-missile-test/a-19496998",
         entities=[JP, CN, SK, NK, KISHIDA, WANG, E("Yun Byung-se", "KOR"), E("Sinpo", "PRK"),
                   E("Yonhap", "KOR", "Yonhap News Agency"), US],
         may=[E("Pyongyang", "PRK"), E("Beijing", "CHN"), E("Tokyo", "JPN"), E("Seoul", "KOR"),
              E("Korean Peninsula", None, "Korean peninsula"), E("East China Sea", None)],
         quotes=[Q("provocation that simply cannot be tolerated", "Fumio Kishida"),
                 Q("I hope to coordinate closely", "Fumio Kishida"),
                 Q("a rapid advancement of capability", "Yun Byung-se"),
                 Q("China opposes North Korea's nuclear and missile process", "Wang Yi")],
         quantities=[N("about 500 kilometers", 500, "km"), N("1,000 km", 1000, "km"), N("620 miles", 620, "mi"),
                     N("three neighbors", 3), N("three countries", 3), N("two countries", 2)],
         times=[T("Wednesday", "2016-08-24"), T("this year", "2016"), T("last year", "2015")],
         events=Vs(["JPN", "CHN", "KOR"], "PRK", "11") + [V("JPN", "CHN", "04"), V("JPN", "KOR", "04")],
         events_may=[V("CHN", "JPN", "04"), V("KOR", "JPN", "04")] + both("CHN", "KOR", "04")
         + [V("JPN", "CHN", "03"), V("JPN", "KOR", "03"), V("CHN", "JPN", "03"), V("CHN", "KOR", "03"),
            V("KOR", "JPN", "03"), V("KOR", "CHN", "03")]
         + Vs(["JPN", "CHN", "KOR"], "PRK", "12") + Vs(["JPN", "CHN", "KOR"], None, "11")
         + [V("JPN", "PRK", "14"), V("PRK", None, "15"), V("PRK", "JPN", "15"), V("PRK", None, "13"),
            V("PRK", "JPN", "13"), V("PRK", "KOR", "15"), V("USA", "KOR", "07"), V("USA", "KOR", "06"),
            V("USA", "KOR", "15"), V("USA", "PRK", "15"), V("CHN", "KOR", "11"), V("CHN", "KOR", "12"),
            V("CHN", "USA", "11"), V("JPN", "CHN", "12"), V("CHN", "JPN", "12"), V("KOR", None, "01"),
            V("JPN", None, "01")]),
    dict(file="h04_ndtv.txt", date="2015-10-17",
         url="https://ndtv.com/world-news/guinea-incumbent-conde-re-elected-with-57-85-of-votes-1233438",
         entities=[E("Conakry", "GIN"), E("Guinea", "GIN"), E("Alpha Conde", "GIN", "Alpha Condé"),
                   E("CENI", "GIN", "Independent National Electoral Commission"), E("Bakary Fofana", "GIN"),
                   E("Cellou Dalein Diallo", "GIN"), E("France", "FRA")],
         may=[E("Constitutional Court", "GIN", "Constitutional Court of Guinea")],
         quotes=[Q("Ahead of the definitive confirmation of the results by the Constitutional Court", "Bakary Fofana",
                   "CENI"),
                 Q("without any exclusions", "Bakary Fofana", "CENI")],
         quantities=[N("57.85 percent", 57.85, "%"), N("31.44 percent", 31.44, "%"), N("68.38 percent", 68.38, "%"),
                     N("almost 75 percent", 75, "%"), N("more than 2.28 million votes", 2280000),
                     N("just over 1.24 million", 1240000)],
         times=[T("Saturday", "2015-10-17"), T("October 11", "2015-10-11"), T("1958", "1958")],
         events=[],
         events_may=domestic("GIN", ("01", "02", "11", "12", "14")) + [V("GIN", "FRA", "01")]),
    dict(file="h05_timesofislamabad.txt", date="2018-06-18",
         url="https://timesofislamabad.com/18-Jun-2018/70-syrian-soldiers-killed-wounded-in-a-deadly-drone-strike-by-us-military",
         entities=[E("Syria", "SYR"), US, E("Damascus", "SYR"),
                   E("Al-Bukamal", "SYR", "al-Bukamal", "Bukamal", "Abu Kamal", "Albu Kamal"),
                   E("Deir Ezzor", "SYR", "Deir ez-Zor", "Deir Ezzor province", "Deir al-Zor"), E("Iraq", "IRQ"),
                   E("Prensa Latina", "CUB"), E("Imam Ali Brigades", ["IRQ", None], "Kataib Imam Ali"),
                   E("Righteous Brigades", ["IRQ", None]), ISIS, E("Al-Hari", "SYR", "al-Hari"),
                   E("Pentagon", "USA", "United States Department of Defense", "Department of Defense",
                     "US Department of Defense"), UNSC],
         may=[E("Syrian Arab Army", "SYR", "Syrian army"), E("Western Coalition", None, "US-led international coalition"),
              E("Middle East", None), UN],
         quotes=[],
         quantities=[N("70 Syrian soldiers", 70), N("40 Syrian soldiers", 40), N("injured 30", 30),
                     N("about 150 kilometers", 150, "km"), N("more than a dozen military bases", 12)],
         times=[T("Monday", "2018-06-18"), T("September 2014", "2014-09")],
         events=[V("USA", "SYR", "19"), V("SYR", "USA", "11")],
         events_may=[V("USA", "SYR", "18"), V("USA", "IRQ", "19"), V("USA", "IRQ", "18"), V("USA", "SYR", "15"),
                     V("USA", "SYR", "17"), V("SYR", None, "11"), V("SYR", "USA", "12"), V(None, "SYR", "19"),
                     V(None, "SYR", "18"), V("USA", None, "19"), V("USA", None, "18"), V("SYR", None, "19"),
                     V("IRQ", None, "19"), V("SYR", "SYR", "19"), V("SYR", "SYR", "18")]),
    dict(file="h06_africanewswatch.txt", date="2018-08-03",
         url="https://africanewswatch.com/2018/08/mnangagwa-wins-in-zimbabwe-but-hope-of-peace-deems",
         entities=[E("Emmerson Mnangagwa", "ZWE"), E("Zimbabwe", "ZWE"), E("Priscilla Chigumba", "ZWE"), E("CNN", "USA"),
                   E("Nelson Chamisa", "ZWE"), E("Movement for Democratic Change", "ZWE", "MDC"), E("Harare", "ZWE"),
                   US, UN, UK, E("Robert Mugabe", "ZWE", "Mugabe"),
                   E("Zimbabwe Republic Police", "ZWE", "ZRP"), E("Charity Charamba", "ZWE")],
         may=[E("Zimbabwe Electoral Commission", "ZWE", "ZEC")],
         quotes=[],
         quantities=[N("51% of the vote", 51, "%"), N("44% of the vote", 44, "%"), N("six people were killed", 6),
                     N("18 people", 18), N("26 people", 26)],
         times=[T("Thursday", "2018-08-02"), T("Wednesday", "2018-08-01"), T("Monday", "2018-07-30")],
         events=[],
         events_may=domestic("ZWE", ("01", "02", "11", "12", "14", "17", "18", "19"))
         + [V(c, "ZWE", r) for c in ("USA", "GBR") for r in ("01", "11", "02")]),
    dict(file="h07_itv.txt", date="2019-01-10",
         url="https://www.itv.com/news/2019-01-10/dr-congo-election-opposition-leader-felix-tshisekedi-wins-presidential-vote/",
         entities=[E("Democratic Republic of the Congo", "COD", "Democratic Republic of Congo", "DR Congo", "DRC",
                     "Congo"),
                   E("Felix Tshisekedi", "COD", "Félix Tshisekedi"), E("Etienne Tshisekedi", "COD", "Etienne",
                                                                         "Étienne Tshisekedi"),
                   E("Joseph Kabila", "COD"), E("Emmanuel Ramazani Shadary", "COD"), E("Martin Fayulu", "COD"),
                   E("Rubens Mikindo", "COD"), E("Kinshasa", "COD")],
         may=[E("Constitutional Court", "COD"), E("CENI", "COD", "Independent National Electoral Commission")],
         quotes=[Q("This is the coronation of a lifetime", "Rubens Mikindo"),
                 Q("This is the beginning of national reconciliation", "Rubens Mikindo")],
         quantities=[N("more than seven million votes", 7000000), N("38%", 38, "%"),
                     N("more than four million votes", 4000000), N("23%", 23, "%"),
                     N("more than six million votes", 6000000), N("34%", 34, "%"),
                     N("three consecutive terms", 3)],
         times=[T("last year", "2018"), T("1960", "1960"), T("2001", "2001")],
         events=[],
         events_may=domestic("COD", ("01", "02", "03", "04", "05", "11", "12", "14"))),
    dict(file="h08_southeastagnet.txt", date="2019-07-18",
         url="https://southeastagnet.com/2019/07/18/wto-rules-against-u-s-over-pre-trade-war-dispute-china",
         entities=[WTO, US, CN, E("Robert Lighthizer", "USA")],
         may=[E("NAFB", "USA", "National Association of Farm Broadcasters"), MOFCOM,
              E("Office of the United States Trade Representative", "USA", "USTR", "U.S. Trade Representative")],
         quotes=[Q("were unfairly subsidized", "United States"),
                 Q("undermines WTO rules", "Robert Lighthizer"),
                 Q("must use distorted Chinese prices", "Robert Lighthizer", "World Trade Organization"),
                 Q("the hundreds of pages", "Robert Lighthizer", "World Trade Organization"),
                 Q("has seriously damaged the fairness and impartial nature", *MOFCOM_SPEAKERS)],
         quantities=[],
         times=[T("2012", "2012")],
         events=[V("USA", "CHN", "16"), V("USA", None, "12"), V("CHN", "USA", "11")] + both("USA", "CHN", "04"),
         events_may=[V("USA", None, "11"), V("CHN", None, "05"), V("CHN", None, "01"), V("USA", "CHN", "11"),
                     V("USA", "CHN", "12"), V("USA", None, "03"), V("USA", None, "01"), V("CHN", "USA", "16"),
                     V("CHN", "USA", "12"), V("USA", "CHN", "13"), V("CHN", "USA", "13"), V("USA", "CHN", "03"),
                     V("CHN", "USA", "03"), V("USA", "CHN", "01"), V("CHN", "USA", "01")]),
    dict(file="h09_arabnews.txt", date="2019-11-04", url="https://www.arabnews.com/node/1578756/world",
         entities=[E("San Salvador", "SLV"), E("El Salvador", "SLV"), E("Venezuela", "VEN"), US,
                   E("Juan Guaidó", "VEN", "Juan Guaido"), E("Nicolás Maduro", "VEN", "Nicolas Maduro"),
                   E("Nayib Bukele", "SLV"), E("Caracas", "VEN"),
                   E("Salvador Sánchez Cerén", "SLV", "Salvador Sanchez Ceren", "Sánchez Cerén", "Sanchez Ceren")],
         may=[E("Twitter", "USA"), E("National Assembly", "VEN", "National Assembly of Venezuela")],
         quotes=[Q("not recognizing Maduro's government as legitimate", "Nayib Bukele", "El Salvador"),
                 Q("is officially taking up the role of pawn of American foreign policy", "Venezuela",
                   "Nicolás Maduro", "Nicolas Maduro"),
                 Q("I forgot to mention that our Government had not named a single official", "Nayib Bukele"),
                 Q("So the Maduro regime has just expelled officials", "Nayib Bukele")],
         quantities=[N("more than 50 other countries", 50), N("100%", 100, "%")],
         times=[T("Saturday", "2019-11-02"), T("Sunday", "2019-11-03"), T("June", "2019-06"),
                T("January", "2019-01"), T("last year", "2018")],
         events=both("SLV", "VEN", "16") + [V("VEN", "SLV", "11")],
         events_may=[V("SLV", "VEN", r) for r in ("11", "10", "02", "12", "17", "01")]
         + [V("VEN", "SLV", r) for r in ("12", "17", "01")]
         + [V("USA", "VEN", r) for r in ("16", "11", "12")] + [V("SLV", None, "16"), V("VEN", None, "16"),
                                                               V("SLV", "USA", "05"), V("SLV", "USA", "03")]),
    dict(file="h10_worldtodaynews.txt", date="2020-06-15",
         url="https://www.world-today-news.com/czech-ambassador-was-summoned-to-the-foreign-ministry-politics/",
         entities=[E("Moscow", "RUS"), E("TASS", "RUS"), E("Czech Republic", "CZE", "Czechia"), RU,
                   E("Vítězslav Pivonka", "CZE", "Vitezslav Pivonka"), E("Jan Jindrich", "CZE", "Jan Jindřich"),
                   E("Prague", "CZE"), E("Andrej Babiš", "CZE", "Andrew Babish", "Andrej Babis")],
         may=[RU_MFA, E("Czech Embassy", "CZE", "Embassy of the Czech Republic", "Czech Embassy in Moscow"),
              E("Russian Embassy", "RUS", "Embassy of Russia", "Russian Embassy in Prague")],
         quotes=[Q("I can confirm that the Ambassador would arrive", "Jan Jindrich", "Jan Jindřich"),
                 Q("As for the reasons, as a rule", "Jan Jindrich", "Jan Jindřich"),
                 Q("further complication of Russian-Czech relations", "Andrej Babiš", "Andrew Babish", "Andrej Babis")],
         quantities=[N("two employees", 2)],
         times=[T("June 15", "2020-06-15"), T("Monday", "2020-06-15"), T("June 5", "2020-06-05"),
                T("7 June", "2020-06-07")],
         events=[V("CZE", "RUS", "16"), V("RUS", "CZE", "13")],
         events_may=[V("RUS", "CZE", r) for r in ("04", "11", "12", "10", "02", "16", "01")]
         + [V("CZE", "RUS", r) for r in ("04", "11", "12", "01")] + [V("CZE", None, "01"), V("RUS", None, "01")]),
    dict(file="h11_livemint.txt", date="2020-08-20",
         url="https://www.livemint.com/news/india/india-china-agree-to-resolve-border-dispute-in-an-expeditious-manner-mea-11597933287076.html",
         entities=[IN, CN, E("Naveen Srivastava", "IND"), E("Hong Liang", "CHN"), E("Anurag Srivastava", "IND")],
         may=[MEA, E("Boundary and Oceanic Department", "CHN", "Boundary and Ocean Affairs Department"),
              E("Chinese Ministry of Foreign Affairs", "CHN", "Ministry of Foreign Affairs of China",
                "Chinese Foreign Ministry")],
         quotes=[Q("had a candid and in-depth exchange of views", "Anurag Srivastava", "India",
                   "Ministry of External Affairs")],
         quantities=[N("two people", 2), N("two countries", 2), N("20 Indian soldiers", 20),
                     N("at least two areas", 2), N("two sides", 2)],
         times=[T("Thursday", "2020-08-20"), T("May", "2020-05"), T("15 June", "2020-06-15"),
                T("Last month", "2020-07"), T("April", "2020-04")],
         events=both("IND", "CHN", "04", "03") + [V("CHN", "IND", "19"), V("CHN", "IND", "12"), V("IND", "CHN", "10")],
         events_may=both("IND", "CHN", "05", "06", "01", "08")
         + [V("IND", "CHN", "19"), V("IND", "CHN", "18"), V("CHN", "IND", "18"), V("CHN", "IND", "15"),
            V("IND", "CHN", "15"), V("IND", "CHN", "12"), V("IND", None, "01"), V("IND", "CHN", "11"),
            V("CHN", "IND", "17"), V("IND", "CHN", "02")]),
    dict(file="h12_africanews.txt", date="2020-10-14",
         url="https://www.africanews.com/2020/10/14/south-sudan-nsf-rebel-group-agrees-to-a-ceasefire-with-government/",
         entities=[E("South Sudan", "SSD"), E("National Salvation Front", "SSD", "NSF", "NAS"), E("Rome", "ITA"),
                   E("Sant'Egidio", ["ITA", None], "Community of Sant'Egidio"), E("Paolo Impagliazzo", "ITA"),
                   E("Barnaba Marial Benjamin", "SSD"), E("Thomas Cirillo Swaka", "SSD", "Thomas Cirillo")],
         may=[],
         quotes=[Q("It was the commitment of the parties to the ceasefire", "Paolo Impagliazzo")],
         quantities=[N("Over 380 000", 380000), N("4 million people", 4000000)],
         times=[T("September 2018", "2018-09"), T("this year", "2020")],
         events=[],
         events_may=domestic("SSD", ("01", "03", "04", "05", "08", "19", "18", "12"))
         + [V("ITA", "SSD", "04"), V("ITA", "SSD", "03"), V("SSD", "ITA", "04")]),
    dict(file="h13_rferl.txt", date="2022-02-23", url="https://rferl.org/amp/eu-sanctions-russia-ukraine-shoigu/31719048.html",
         entities=[EU, RU, UA, E("Sergei Shoigu", "RUS", "Sergey Shoigu"), PUTIN, E("Donetsk", ["UKR", None]),
                   E("Luhansk", ["UKR", None], "Lugansk"), E("Annalena Baerbock", "DEU"),
                   E("Crimea", ["UKR", "RUS", None], "Crimean Peninsula"), AP, E("Anton Vaino", "RUS")],
         may=[E("Kremlin", "RUS"), E("West", None), E("Germany", "DEU")],
         quotes=[Q("threatening the territorial integrity", *EU_SPEAKERS),
                 Q("a first step", "Annalena Baerbock"),
                 Q("command and orders, Russian troops have held military drills", *EU_SPEAKERS),
                 Q("He is ultimately responsible for any military action against Ukraine", *EU_SPEAKERS)],
         quantities=[N("27 individuals and entities", 27), N("all 351 lawmakers", 351)],
         times=[T("February 23", "2022-02-23")],
         events=[V("RUS", "UKR", "15")],
         events_may=[V(None, "RUS", "16"), V(None, "RUS", "13"), V(None, "RUS", "11"), V("DEU", "RUS", "16"),
                     V("DEU", "RUS", "13"), V("DEU", "RUS", "11"), V("RUS", None, "15"), V("RUS", None, "17")]
         + [V("RUS", "UKR", r) for r in ("19", "18", "17", "16", "13", "12", "11", "01")]),
    dict(file="h14_omanobserver.txt", date="2023-03-10",
         url="https://www.omanobserver.om/article/1133941/oman/saudi-and-iran-thank-oman-after-restoring-ties",
         entities=[E("Saudi Arabia", "SAU", "Kingdom of Saudi Arabia", "Saudi"), IR, E("Oman", "OMN"),
                   E("Tehran", "IRN"), E("Nimr al Nimr", "SAU", "Nimr al-Nimr"), E("Yemen", "YEM"),
                   E("Ansar Allah", "YEM", "Houthis", "Houthi", "Houthi rebels"),
                   E("IRNA", "IRN", "Islamic Republic News Agency"), E("Saudi Press Agency", "SAU", "SPA"),
                   E("Beijing", "CHN")],
         may=[E("Riyadh", "SAU"), CN, E("Middle East", None)],
         quotes=[Q("Following talks, the Islamic Republic of Iran and the Kingdom of Saudi Arabia have agreed", "IRNA",
                   "Islamic Republic News Agency", "Iran", "Saudi Arabia")],
         quantities=[],
         times=[T("Friday", "2023-03-10"), T("2016", "2016")],
         events=both("IRN", "SAU", "05") + [V("SAU", "IRN", "16")],
         events_may=both("IRN", "SAU", "04", "03", "06", "01")
         + [V("IRN", "SAU", "14"), V("IRN", "SAU", "18"), V("SAU", "SAU", "18"), V("SAU", "SAU", "19"),
            V("IRN", "YEM", "07"), V("SAU", "YEM", "07"), V("SAU", "YEM", "19"), V("SAU", "YEM", "18"),
            V("IRN", "YEM", "06"), V("SAU", "YEM", "06"), V("IRN", None, "01"), V("SAU", None, "01")]
         + both("CHN", "IRN", "04") + both("CHN", "SAU", "04") + [V("IRN", "OMN", "05"), V("SAU", "OMN", "05")]),
    dict(file="h15_kyodo.txt", date="2023-07-13",
         url="https://english.kyodonews.net:443/news/2023/07/14c08d936547-japan-s-korea-to-reaffirm-cooperation-on-n-korea-after-icbm-launch.html",
         entities=[JP, SK, NK, E("Jakarta", "IDN"), E("Yoshimasa Hayashi", "JPN"), E("Park Jin", "KOR"),
                   E("Association of Southeast Asian Nations", None, "ASEAN"), KISHIDA,
                   E("Yoon Suk Yeol", "KOR", "Yoon Suk-yeol"), NATO, E("Lithuania", "LTU"), US],
         may=[E("Tokyo", "JPN"), E("Fukushima", "JPN"),
              E("Fukushima Daiichi nuclear power plant", "JPN", "Fukushima nuclear plant", "Fukushima plant"),
              E("Sea of Japan", None), E("Hwasong-18", "PRK"), E("Indonesia", "IDN")],
         quotes=[Q("have posed a threat to the peace and safety of the international community", "Japan",
                   "Japanese government", "Government of Japan", "Yoshimasa Hayashi", "Park Jin")],
         quantities=[],
         times=[T("Thursday", "2023-07-13"), T("Wednesday", "2023-07-12"), T("Friday", "2023-07-14"),
                T("April", "2023-04"), T("2011", "2011")],
         events=both("JPN", "KOR", "04") + [V("JPN", "PRK", "11"), V("KOR", "PRK", "11")],
         events_may=both("JPN", "KOR", "03", "05", "01", "06")
         + [V("PRK", "USA", "13"), V("PRK", "USA", "15"), V("PRK", None, "15"), V("PRK", None, "13"),
            V("PRK", "JPN", "15"), V("PRK", "JPN", "13"), V("JPN", "PRK", "12"), V("KOR", "PRK", "12"),
            V("JPN", None, "01"), V("KOR", None, "01"), V("JPN", None, "11"), V("KOR", None, "11"),
            V("JPN", "IDN", "04"), V("KOR", "IDN", "04"), V("JPN", "LTU", "04"), V("KOR", "LTU", "04")]),
    dict(file="h16_bnnbreaking.txt", date="2024-01-30",
         url="https://bnnbreaking.com/breaking-news/war/us-soldiers-killed-in-drone-strike-at-syria-jordan-border-a-hard-blow-to-the-americas-heart/",
         entities=[E("Syria", "SYR"), E("Jordan", "JOR"), US, E("Hamas", "PSE"),
                   E("Pentagon", "USA", "United States Department of Defense", "Department of Defense",
                     "US Department of Defense"),
                   E("Breonna Moffett", "USA"), E("Savannah", "USA"), E("Georgia", "USA"),
                   E("Francine Moffett", "USA", "Francine"), E("Bernard Moffett", "USA"),
                   E("Kennedy Ladon Sanders", "USA", "Kennedy Sanders"),
                   E("William Jerome Rivers", "USA", "William Rivers"),
                   E("718th Engineer Company", "USA"),
                   E("US Army Reserve", "USA", "United States Army Reserve", "Army Reserve", "U.S. Army Reserve"),
                   E("US Army", "USA", "United States Army", "U.S. Army"), E("Sabrina Singh", "USA"),
                   E("Joe Biden", "USA", "Biden"), E("Iraq", "IRQ")],
         may=[IR, E("Fort Moore", "USA"), E("Tower 22", "JOR"), E("Middle East", None)],
         quotes=[Q("radical Iran-backed militant groups operating in Syria and Iraq", "Joe Biden")],
         quantities=[N("three American soldiers", 3), N("at least 34 other injuries", 34)],
         times=[T("October 7", "2023-10-07")],
         events=[],
         events_may=[V(None, "USA", "19"), V(None, "USA", "18"), V("IRN", "USA", "19"), V("IRN", "USA", "18"),
                     V("SYR", "USA", "19"), V("SYR", "USA", "18"), V("IRQ", "USA", "19"), V("IRQ", "USA", "18"),
                     V(None, "JOR", "19"), V(None, "JOR", "18"), V("USA", "IRN", "11"), V("USA", "IRN", "12"),
                     V("USA", "IRN", "13"), V("USA", None, "11"), V("USA", None, "12"), V("USA", None, "13"),
                     V("USA", None, "01"), V("PSE", None, "19"), V("PSE", None, "18"), V("IRN", None, "07"),
                     V("IRN", "SYR", "07"), V("IRN", "IRQ", "07")]),
    dict(file="h17_ninaworldnews.txt", date="2025-02-03",
         url="https://ninaworldnews.com/2025/02/03/china-plans-wto-lawsuit-and-retaliatory-measures-over-trumps-tariffs",
         entities=[CN, US, TRUMP, WTO],
         may=[MOFCOM, E("White House", "USA"), E("Mexico", "MEX"), E("Canada", "CAN")],
         quotes=[],
         quantities=[N("10% tariffs", 10, "%"), N("25% tariffs", 25, "%"), N("10% on Chinese imports", 10, "%")],
         times=[],
         events=[V("USA", "CHN", "16"), V("CHN", "USA", "11")],
         events_may=[V("USA", "MEX", "16"), V("USA", "CAN", "16"), V("USA", "MEX", "11"), V("USA", "CAN", "11")]
         + [V("CHN", "USA", r) for r in ("13", "10", "02", "12", "16", "03", "01")]
         + [V("USA", "CHN", "11"), V("USA", "CHN", "12"), V("USA", None, "16"), V("USA", None, "12"),
            V("CHN", None, "11"), V("CHN", None, "13")]),
    dict(file="h18_candorium.txt", date="2024-12-16",
         url="https://beta.candorium.com/news/20241216132927787/eu-slaps-sanctions-on-dozens-more-russian-officials-and-targets-its-shadow-oil-and-gas-fleet",
         entities=[EU, RU, UA, E("Brussels", "BEL"), E("Kyiv", "UKR", "Kiev"), KALLAS],
         may=[AP, NK, CN, E("Moscow", "RUS"), E("Europe", None)],
         quotes=[Q("This package of sanctions is part of our response", "Kaja Kallas"),
                 Q("We will stand by the Ukrainian people on all fronts", "Kaja Kallas")],
         quantities=[N("two top North Korean defense officials", 2), N("Fifty-two vessels", 52), N("54 people", 54),
                     N("30", 30)],
         times=[T("Monday", "2024-12-16")],
         events=[],
         events_may=[V(None, "RUS", "16"), V(None, "PRK", "16"), V(None, "CHN", "16"), V(None, "RUS", "11"),
                     V(None, "UKR", "07"), V(None, "UKR", "03"), V(None, "UKR", "05")]
         + [V("RUS", "UKR", r) for r in ("19", "18", "17", "11")] + [V("PRK", "UKR", "19"), V("PRK", "RUS", "07"),
                                                                      V("CHN", "RUS", "07")]),
]


if __name__ == "__main__":
    for d in DOCS:
        d["split"] = "test"
        print(json.dumps(d, ensure_ascii=False))
