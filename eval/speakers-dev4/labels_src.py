#!/usr/bin/env python3
"""Quote-focused development gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Quote-focused development set 4: 24 real news articles on international politics gathered on 2026-11-25 from the
`search` tool's stored pages, each carrying at least one direct quotation, and labelled by reading them, without any
system output. Conventions: eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ...
eval/heldout17/README.md and this folder's README.md. Every document is in the "test" split (the set as a whole is a
development set for quote-speaker attribution)."""
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


# Persons: canonical = the reference-work headword; alt = the forms in the texts plus the other common full
# spellings of the same person (with/without middle names, initials, honorifics; transliterations).
MARCOS_ALT = ("Marcos", "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "Ferdinand 'Bongbong' Marcos Jr.",
              "Ferdinand \"Bongbong\" Marcos Jr.", "Ferdinand R. Marcos Jr.", "Ferdinand Romualdez Marcos Jr.",
              "BBM", "President Ferdinand Marcos Jr.", "Philippine President Ferdinand Marcos Jr.")
BLINKEN_ALT = ("Blinken", "Antony J. Blinken", "Antony John Blinken", "Tony Blinken",
               "US Secretary of State Antony Blinken", "Secretary of State Antony Blinken")
LAVROV_ALT = ("Lavrov", "Sergey Lavrov", "Sergei Viktorovich Lavrov", "Sergey Viktorovich Lavrov",
              "Russian Foreign Minister Sergey Lavrov")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump")
POMPEO_ALT = ("Pompeo", "Michael Pompeo", "Michael Richard Pompeo", "Michael R. Pompeo",
              "Secretary of State Mike Pompeo")
MOGHERINI_ALT = ("Mogherini", "EU foreign policy chief Federica Mogherini")
DE_MISTURA_ALT = ("de Mistura", "De Mistura", "Staffan Domingo de Mistura")
ASSAD_ALT = ("Assad", "Bashar Hafez al-Assad", "Bashar al-Asad", "Bashar Assad", "President Bashar al-Assad")
HONG_ALT = ("Hong", "Unification Minister Hong Yong-pyo", "Hong Yong-Pyo", "Hong Yong Pyo")
JEONG_ALT = ("Jeong", "Jeong Joon-Hee")
KIM_YC_ALT = ("Unification Minister Kim", "Unification Minister Kim Yeon-chul", "Kim Yeon-Chul", "Kim Yeon Chul")
KIM_JU_ALT = ("Kim Jong-un", "Kim Jong-Un", "North Korean leader Kim Jong-un")
ANSARI_ALT = ("Ansari", "Hossein Jaberi-Ansari", "Jaberi Ansari")
ROUHANI_ALT = ("Rouhani", "Hassan Rohani", "Hassan Rowhani", "Iranian President Hassan Rouhani")
PESKOV_ALT = ("Peskov", "Dmitri Peskov", "Dmitry Sergeyevich Peskov", "Kremlin Spokesman Dmitry Peskov")
NETANYAHU_ALT = ("Netanyahu", "Binyamin Netanyahu", "Bibi Netanyahu", "@netanyahu",
                 "Israel's Prime Minister Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu")
SEJOURNE_ALT = ("Stephane Sejourne", "Sejourne", "S\u00e9journ\u00e9", "French Foreign Minister Stephane Sejourne")
WATSON_ALT = ("Watson", "US National Security Council spokesperson Adrienne Watson")
CAMERON_ALT = ("Cameron", "David William Donald Cameron", "Lord Cameron", "British Foreign Secretary David Cameron")
SUNAK_ALT = ("Sunak", "UK Prime Minister Rishi Sunak", "British Prime Minister Rishi Sunak", "PM Rishi Sunak")
ALBANESE_ALT = ("Albanese", "Anthony Norman Albanese", "Australian Prime Minister Anthony Albanese")
OLSEN_ALT = ("Olsen", "Matthew G. Olsen", "Matt Olsen", "Assistant Attorney General Matthew Olsen")
POROSHENKO_ALT = ("Poroshenko", "Petro Oleksiyovych Poroshenko", "Petr Poroshenko", "Pyotr Poroshenko")
ZELENSKYY_ALT = ("Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy",
                 "Volodymyr Zelenskiy", "Ukrainian President Volodymyr Zelensky", "President Volodymyr Zelensky")
STOLTENBERG_ALT = ("Stoltenberg", "NATO Secretary-General Jens Stoltenberg")
KRITENBRINK_ALT = ("Kritenbrink", "Daniel J. Kritenbrink", "Dan Kritenbrink")
WANG_YI_ALT = ("Wang", "Chinese Foreign Minister Wang Yi")
SULLIVAN_ALT = ("Sullivan", "Jacob Jeremiah Sullivan", "Jacob Sullivan", "US National Security Advisor Jake Sullivan")
BIDEN_ALT = ("Biden", "President Biden", "Joseph R. Biden Jr.", "Joseph Robinette Biden Jr.", "Joseph R. Biden",
             "US President Joe Biden", "President Joe Biden")
XI_ALT = ("Xi", "Chinese President Xi Jinping", "President Xi Jinping", "President Xi")
KISHIDA_ALT = ("Kishida", "Japan Prime Minister Fumio Kishida", "Japanese Prime Minister Fumio Kishida",
               "Kishida Fumio")
HARRIS_ALT = ("Harris", "Kamala Devi Harris", "Kamala D. Harris", "Vice President Kamala Harris")
GALLANT_ALT = ("Gallant", "Yoav Galant", "Defence Minister Yoav Gallant")
ZHAO_ALT = ("Zhao", "Chinese Foreign Ministry spokesman Zhao Lijian")
KHALILZAD_ALT = ("Khalilzad", "Zalmay Mamozy Khalilzad")
AKHUNDZADA_ALT = ("Mullah Haibatullah", "Haibatullah Akhundzada", "Hibatullah Akhunzada", "Haibatullah")
DELAWAR_ALT = ("Maulavi Shahbuddin Delawar", "Shahbuddin Delawar", "Shahabuddin Dilawar")
AGHA_ALT = ("Syed Akbar Agha", "Akbar Agha")
YOUSAFZAI_ALT = ("Yousafzai",)
ANWARI_ALT = ("Anwari",)
PENCE_ALT = ("Pence", "Michael Richard Pence", "Michael R. Pence", "US Vice President Mike Pence")
OBRIEN_ALT = ("O'Brien", "Robert C. O'Brien", "Robert Charles O'Brien")
HANIYEH_ALT = ("Haniyeh", "Ismail Haniya", "Ismail Haniyah", "Hamas chief Ismail Haniyeh")
KAMEL_ALT = ("Kamel", "Abbas Kamal")
SHULGINOV_ALT = ("Shulginov", "Nikolay Shulginov", "Nikolai Grigoryevich Shulginov",
                 "Russian Energy Minister Nikolai Shulginov")
ELMOLLA_ALT = ("El Molla", "Tarek El-Molla", "Tarek el-Molla")
ASADOV_ALT = ("Asadov", "Azerbaijani Prime Minister Ali Asadov")
DONMEZ_ALT = ("Fatih Donmez", "Donmez", "D\u00f6nmez", "Turkish Minister of Energy and Natural Resources Fatih Donmez")

# Shared entities.
US = E("United States", "USA", "US", "U.S.", "United States of America", "America")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
IR = E("Iran", "IRN", "Islamic Republic of Iran")
IL = E("Israel", "ISR", "State of Israel")
EG = E("Egypt", "EGY", "Arab Republic of Egypt")
PH = E("Philippines", "PHL", "PH", "Republic of the Philippines")
AU = E("Australia", "AUS")
UK = E("United Kingdom", "GBR", "UK", "Britain", "Great Britain")
FR = E("France", "FRA")
DE = E("Germany", "DEU")
JP = E("Japan", "JPN")
SY = E("Syria", "SYR")
TR = E("Turkey", "TUR", "T\u00fcrkiye")
PK = E("Pakistan", "PAK")
PRK = E("North Korea", "PRK", "N. Korea", "DPRK", "Democratic People's Republic of Korea", "the North")
KOR = E("South Korea", "KOR", "S. Korea", "Republic of Korea", "ROK")
UN = E("United Nations", None, "UN", "U.N.")
EU = E("European Union", None, "EU")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
G7 = E("G7", None, "Group of Seven", "Group of Seven (G7)")
ASEAN = E("ASEAN", None, "Association of Southeast Asian Nations")
STATE_DEPT = E("US State Department", "USA", "State Department", "United States Department of State",
               "U.S. Department of State")
CN_MFA = E("Chinese Foreign Ministry", "CHN", "China's Foreign Ministry", "Chinese foreign ministry", "Foreign Ministry",
           "Ministry of Foreign Affairs of the People's Republic of China")
HAMAS = E("Hamas", ["PSE", None])
GAZA = E("Gaza Strip", ["PSE", None], "Gaza")
TAIWAN = E("Taiwan", "TWN")
MARCOS = P("Bongbong Marcos", "PHL", MARCOS_ALT)
BLINKEN = P("Antony Blinken", "USA", BLINKEN_ALT)
ZELENSKYY = P("Volodymyr Zelenskyy", "UKR", ZELENSKYY_ALT)

DOCS = [
    dict(file="s01_dzrh.txt", date="2024-02-29",
         url="https://dzrh.com.ph/post/marcos:-ph-will-not-yield-to-any-foreign-power-over-country's-sovereignty",
         entities=[MARCOS, PH, AU, E("Parliament of Australia", "AUS", "Australian Parliament")],
         may=[E("South China Sea", None), E("United Nations Convention on the Law of the Sea", None, "UNCLOS"),
              E("United Nations", None, "UN")],
         quotes=[Q("against actions that undermine regional peace, erode regional stability, and threaten regional success.",
                   "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("I shall never tire of repeating the declaration that I made from the first day that I took office",
                   "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("The challenges that we face may be formidable, but equally formidable is our resolve.",
                   "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("We have an abiding interest in keeping our seas free and open", "Bongbong Marcos", *MARCOS_ALT,
                   "Philippines"),
                 Q("This is why our Strategic Partnership has grown more important than ever", "Bongbong Marcos",
                   *MARCOS_ALT, "Philippines")],
         quantities=[],
         times=[T("Thursday", "2024-02-29")],
         events=[V("PHL", None, "13")],
         events_may=both("PHL", "AUS", "04") + [V("PHL", "AUS", "05"), V("PHL", None, "02"), V("PHL", "CHN", "13"),
                                                V("AUS", "PHL", "05")]),
    dict(file="s02_theatlasnews.txt", date="2024-03-05",
         url="https://theatlasnews.co/brief/2024/03/05/philippines-increasing-response-to-chinese-aggression-in-the-south-china-sea/",
         entities=[MARCOS, PH, E("Lowy Institute", "AUS"), E("Melbourne", "AUS"), ASEAN, AU, CN],
         may=[],
         quotes=[Q("simply have no choice", "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("primordial duty of a leader.", "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("push back ties", "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("mutual respect and mutual benefit,", "Bongbong Marcos", *MARCOS_ALT, "Philippines"),
                 Q("questioned or ignored.", "Bongbong Marcos", *MARCOS_ALT, "Philippines")],
         quantities=[],
         times=[T("March 4th", "2024-03-04")],
         events=[V("PHL", "CHN", "13"), V("PHL", "AUS", "04")],
         events_may=[V("AUS", "PHL", "04"), V("PHL", None, "13"), V("PHL", "CHN", "11"), V("PHL", "CHN", "12"),
                     V("PHL", "CHN", "16")]),
    dict(file="s03_tass.txt", date="2022-03-19", url="https://tass.com/world/1424401/amp",
         entities=[E("United States", "USA", "US"), E("Russia", "RUS", "Moscow"), P("Antony Blinken", "USA", BLINKEN_ALT),
                   E("Washington", "USA", "WASHINGTON"), P("Vladimir Putin", "RUS", PUTIN_ALT), UA,
                   P("Sergei Lavrov", "RUS", LAVROV_ALT)],
         may=[E("TASS", "RUS"), E("Moscow", "RUS"), E("Donbass", "UKR", "Donbas"),
              E("Russian Defense Ministry", "RUS", "Ministry of Defence of the Russian Federation")],
         quotes=[Q("Of course, the purpose of all of this is not to have these things", "Antony Blinken", *BLINKEN_ALT,
                   "United States"),
                 Q("be prepared for this to go on for some time,", "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("sort of a tax on independence", "Sergei Lavrov", *LAVROV_ALT, "Russia"),
                 Q("the hysteria will blow over", "Sergei Lavrov", *LAVROV_ALT, "Russia")],
         quantities=[],
         times=[T("March 19", "2022-03-19"), T("February 24", "2022-02-24")],
         events=[V("USA", "RUS", "16"), V("RUS", "UKR", "19")],
         events_may=[V("USA", "RUS", "13"), V("USA", "RUS", "10"), V("RUS", None, "11"), V("RUS", "USA", "11"),
                     V("RUS", "UKR", "18"), V("RUS", None, "12")]),
    dict(file="s04_pompeo.txt", date="2018-08-06",
         url="https://ec2-13-52-0-112.us-west-1.compute.amazonaws.com/2018/08/06/pompeo-says-sanctions-a-pillar-of-us-policy-toward-iran/",
         entities=[E("Washington", "USA", "WASHINGTON"), P("Mike Pompeo", "USA", POMPEO_ALT),
                   E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"), EU,
                   E("Federica Mogherini", ["ITA", None], *MOGHERINI_ALT), FR, DE, UK],
         may=[E("Southeast Asia", None), E("Donald Trump", "USA", *TRUMP_ALT), E("Tehran", "IRN"), E("Europe", None)],
         quotes=[Q("We're hopeful that we can find a way to move forward but it's going to require enormous change on the part of the Iranian regime",
                   "Mike Pompeo", *POMPEO_ALT, "United States"),
                 Q("They've got to behave like a normal country.", "Mike Pompeo", *POMPEO_ALT, "United States"),
                 Q("is working and delivering on its goal", "Federica Mogherini", *MOGHERINI_ALT, "European Union",
                   "France", "Germany", "United Kingdom"),
                 Q("crucial for the security of Europe, the region, and the entire world.", "Federica Mogherini",
                   *MOGHERINI_ALT, "European Union", "France", "Germany", "United Kingdom"),
                 Q("not particularly concerned", None, "United States")],
         quantities=[N("three-nation", 3)],
         times=[T("Monday", "2018-08-06"), T("Sunday", "2018-08-05"), T("2015", "2015")],
         events=[V("USA", "IRN", "16"), V("FRA", "USA", "11"), V("DEU", "USA", "11"), V("GBR", "USA", "11")],
         events_may=[V("USA", "IRN", "10"), V("USA", "IRN", "13"), V("FRA", "USA", "12"), V("DEU", "USA", "12"),
                     V("GBR", "USA", "12"), V("USA", None, "12")]),
    dict(file="s05_newsmax.txt", date="2017-03-31",
         url="https://cloudflarepoc.newsmax.com/world/globaltalk/eu-syria-talks/2017/03/31/id/781881",
         entities=[E("Geneva", "CHE", "GENEVA"), UN, SY, P("Staffan de Mistura", ["SWE", "ITA", None], DE_MISTURA_ALT),
                   E("UN Security Council", None, "Security Council", "United Nations Security Council"),
                   RU, E("Iran", "IRN"), TR, E("Damascus", "SYR"), P("Bashar al-Assad", "SYR", ASSAD_ALT),
                   E("Hama", "SYR"), E("Tehran", "IRN"), E("Astana", "KAZ"), E("Kazakhstan", "KAZ")],
         may=[E("Associated Press", "USA", "AP")],
         quotes=[Q("It is clear we are not there yet,", "Staffan de Mistura", *DE_MISTURA_ALT, "United Nations"),
                 Q("revitalize the ceasefire", "Staffan de Mistura", *DE_MISTURA_ALT, "United Nations"),
                 Q("We really mean it: a successful work in Astana on the ceasefire reinforces Geneva and vice-versa.",
                   "Staffan de Mistura", *DE_MISTURA_ALT, "United Nations")],
         quantities=[N("two main delegations", 2), N("three guarantor nations", 3)],
         times=[T("Friday", "2017-03-31")],
         events=[],
         events_may=pairs(["RUS", "IRN", "TUR"], "05", "04") + domestic("SYR", ["19", "11", "04"])),
    dict(file="s06_koreaherald.txt", date="2015-12-14",
         url="http://www01.koreaherald.com/view.php?ud=20151214001227",
         entities=[E("South Korea", "KOR", "S. Korea", "Seoul", "Republic of Korea"),
                   E("North Korea", "PRK", "N. Korea", "Pyongyang", "DPRK", "the North"),
                   P("Hong Yong-pyo", "KOR", HONG_ALT), P("Jeong Joon-hee", "KOR", JEONG_ALT)],
         may=[E("Korean Peninsula", None), E("Mount Kumgang", "PRK", "Mount Kumgang tours"), E("Seoul", "KOR"),
              E("Pyongyang", "PRK")],
         quotes=[Q("leave the door for dialogue open and continue efforts for the development of South-North relations",
                   "Hong Yong-pyo", *HONG_ALT, "South Korea"),
                 Q("We hope North Korea will honor the spirit of the Aug. 25 agreement", "Jeong Joon-hee", *JEONG_ALT,
                   "South Korea"),
                 Q("The North insisted that the Mount Kumgang tours be resumed first,", "Jeong Joon-hee", *JEONG_ALT,
                   "Hong Yong-pyo", *HONG_ALT, "South Korea"),
                 Q("There is no change in the government's basic policy to develop South-North ties", "Jeong Joon-hee",
                   *JEONG_ALT, "Hong Yong-pyo", *HONG_ALT, "South Korea")],
         quantities=[N("two Koreas", 2)],
         times=[T("Monday", "2015-12-14"), T("Aug. 25", "2015-08-25"), T("2008", "2008")],
         events=both("KOR", "PRK", "04") + [V("KOR", "PRK", "02"), V("KOR", "PRK", "10"), V("PRK", "KOR", "10")],
         events_may=both("KOR", "PRK", "05") + [V("KOR", "PRK", "03"), V("PRK", "KOR", "19"), V("PRK", "KOR", "18"),
                                                V("KOR", "PRK", "11"), V("PRK", "KOR", "12")]),
    dict(file="s07_yonhap.txt", date="2019-07-11", url="https://en.yna.co.kr/view/AEN20190711002900325",
         entities=[E("Seoul", "KOR", "SEOUL"), P("Kim Yeon-chul", "KOR", KIM_YC_ALT), KOR,
                   E("North Korea", "PRK", "Pyongyang", "DPRK", "Democratic People's Republic of Korea"),
                   E("United States", "USA", "U.S.", "US", "Washington", "United States of America"),
                   P("Donald Trump", "USA", TRUMP_ALT), P("Kim Jong Un", "PRK", KIM_JU_ALT), CN],
         may=[E("Yonhap", "KOR", "Yonhap News Agency"), E("Pyongyang", "PRK"), E("Washington", "USA")],
         quotes=[Q("The government will make special efforts to lead the upcoming North Korea-U.S. working-level talks",
                   "Kim Yeon-chul", *KIM_YC_ALT, "South Korea"),
                 Q("will make continued efforts to play a positive and constructive role", "Kim Yeon-chul",
                   *KIM_YC_ALT, "South Korea")],
         quantities=[],
         times=[T("Thursday", "2019-07-11"), T("July 11", "2019-07-11"), T("late June", "2019-06")],
         events=both("USA", "PRK", "04"),
         events_may=both("USA", "PRK", "05") + [V("KOR", "PRK", "03"), V("KOR", "USA", "03"), V("USA", "CHN", "11"),
                                                V("CHN", "USA", "11"), V("USA", "CHN", "16"), V("CHN", "USA", "16")]),
    dict(file="s08_trtworld.txt", date="2016-01-18",
         url="http://www.trtworld.com/mea/iran-condemns-new-us-sanctions-calls-them-illegal-30009",
         entities=[E("Iran", "IRN", "Islamic Republic", "Islamic Republic of Iran"), E("United States", "USA", "US"),
                   E("US Treasury Department", "USA", "Treasury Department", "U.S. Treasury Department",
                     "US Department of the Treasury", "United States Department of the Treasury"),
                   P("Hossein Jaberi Ansari", "IRN", ANSARI_ALT), P("Hassan Rouhani", "IRN", ROUHANI_ALT)],
         may=[E("Iranian Foreign Ministry", "IRN", "Foreign Ministry", "Ministry of Foreign Affairs of Iran"),
              E("Palestine", "PSE"), E("Lebanon", "LBN"), E("Middle East", None)],
         quotes=[Q("The Islamic Republic [Iran] will respond to these aggravating and propagandistic measures",
                   "Iranian Foreign Ministry", "Iran", "Hossein Jaberi Ansari", *ANSARI_ALT),
                 Q("The US sanctions against Iran's ballistic missile programme ... have no legal or moral legitimacy,",
                   "Hossein Jaberi Ansari", *ANSARI_ALT, "Iran", "Iranian Foreign Ministry"),
                 Q("As the US government is clearly still pursuing its hostile policies and illegal meddling",
                   "Hassan Rouhani", *ROUHANI_ALT, "Iran")],
         quantities=[N("11 Iranian companies and individuals", 11)],
         times=[T("Monday", "2016-01-18"), T("Sunday", "2016-01-17"), T("Saturday", "2016-01-16"),
                T("late December", "2015-12")],
         events=[V("USA", "IRN", "16"), V("IRN", "USA", "11")],
         events_may=[V("IRN", "USA", "12"), V("IRN", "USA", "13"), V("USA", "IRN", "13"), V("USA", "IRN", "05"),
                     V("IRN", "USA", "08"), V("USA", "PSE", "19"), V("USA", "LBN", "19")]),
    dict(file="s09_tass.txt", date="2019-06-24", url="https://tass.com/politics/1065238",
         entities=[P("Dmitry Peskov", "RUS", PESKOV_ALT), E("Moscow", "RUS", "MOSCOW"),
                   E("United States", "USA", "US", "Washington"), IR, P("Donald Trump", "USA", TRUMP_ALT),
                   UN, EU, P("Hassan Rouhani", "IRN", ROUHANI_ALT), E("Iran", "IRN", "Tehran")],
         may=[E("TASS", "RUS"), E("Russia", "RUS"), E("Washington", "USA"), E("Tehran", "IRN"),
              E("Joint Comprehensive Plan of Action", None, "JCPOA"),
              E("Arak heavy water nuclear reactor", "IRN", "Arak")],
         quotes=[Q("We consider these sanctions as illegal. This is all what I can say,", "Dmitry Peskov", *PESKOV_ALT,
                   "Russia"),
                 Q("there is nothing to add here.", "Dmitry Peskov", *PESKOV_ALT, "Russia"),
                 Q("major new sanctions on Iran", "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[],
         times=[T("Monday", "2019-06-24"), T("June 24", "2019-06-24"), T("Saturday", "2019-06-22"),
                T("May 8, 2018", "2018-05-08"), T("2015", "2015")],
         events=[V("USA", "IRN", "16"), V("RUS", "USA", "11")],
         events_may=[V("USA", "IRN", "13"), V("USA", "IRN", "12"), V("RUS", "USA", "12"), V("IRN", None, "12"),
                     V("IRN", "USA", "12")]),
    dict(file="s10_dailymessenger.txt", date="2024-04-02", url="https://www.dailymessenger.net/international/news/16655",
         entities=[US, FR, E("United Kingdom", "GBR", "Britain", "UK"), GAZA, E("World Central Kitchen", "USA", "WCK"),
                   IL, BLINKEN, P("Benjamin Netanyahu", "ISR", NETANYAHU_ALT),
                   P("St\u00e9phane S\u00e9journ\u00e9", "FRA", SEJOURNE_ALT), E("Paris", "FRA"),
                   P("Adrienne Watson", "USA", WATSON_ALT),
                   E("National Security Council", "USA", "US National Security Council",
                     "United States National Security Council"),
                   P("David Cameron", "GBR", CAMERON_ALT), P("Rishi Sunak", "GBR", SUNAK_ALT),
                   P("Anthony Albanese", "AUS", ALBANESE_ALT)],
         may=[E("Australia", "AUS"), E("Palestine", "PSE"), E("Poland", "POL"), E("Canada", "CAN"),
              E("Israel Defense Forces", "ISR", "Israeli army", "IDF"), E("X", "USA", "Twitter"),
              E("Washington", "USA")],
         quotes=[Q("targeted Israeli strike", "World Central Kitchen"),
                 Q("swift, impartial investigation", "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("share our findings transparently", "Israel Defense Forces", "Israeli army", "Israel"),
                 Q("protecting humanitarian workers is a moral and legal imperative that everyone must adhere to.",
                   "St\u00e9phane S\u00e9journ\u00e9", *SEJOURNE_ALT, "France"),
                 Q("heartbroken and deeply troubled by the strike", "Adrienne Watson", *WATSON_ALT,
                   "National Security Council", "United States"),
                 Q("called on Israel to immediately investigate and provide a full, transparent explanation of what happened",
                   "David Cameron", *CAMERON_ALT, "United Kingdom"),
                 Q("shocked and saddened", "Rishi Sunak", *SUNAK_ALT, "United Kingdom"),
                 Q("tragedy that should never have occurred", "Anthony Albanese", *ALBANESE_ALT, "Australia")],
         quantities=[N("seven charity staff", 7), N("two NGOs", 2)],
         times=[T("Tuesday", "2024-04-02"), T("2 April", "2024-04-02"), T("Monday", "2024-04-01")],
         events=[V("USA", "ISR", "11"), V("FRA", "ISR", "11"), V("GBR", "ISR", "11"), V("USA", "ISR", "02"),
                 V("GBR", "ISR", "02")],
         events_may=[V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V("ISR", None, "19"), V("AUS", "ISR", "11"),
                     V("USA", "ISR", "10"), V("GBR", "ISR", "10"), V("FRA", "ISR", "02"), V("FRA", "USA", "04"),
                     V("USA", "FRA", "04")]),
    dict(file="s11_i24news.txt", date="2022-03-17",
         url="https://www.i24news.tv/en/news/international/asia-pacific/1647546995-us-charges-five-people-with-helping-china-spy-on-dissidents",
         entities=[E("US Justice Department", "USA", "United States Justice Department", "Justice Department",
                     "Department of Justice", "U.S. Justice Department", "DOJ"),
                   E("China", "CHN", "Beijing"), E("United States", "USA", "US"),
                   E("Ministry of State Security", "CHN", "State Security Ministry", "China's State Security Ministry"),
                   P("Matthew Olsen", "USA", OLSEN_ALT)],
         may=[E("Tiananmen Square", "CHN"), E("Beijing", "CHN")],
         quotes=[Q("We will not tolerate such repression here when it violates our laws", "Matthew Olsen", *OLSEN_ALT,
                   "US Justice Department", "United States"),
                 Q("Authoritarian states around the world feel emboldened to reach beyond their borders",
                   "Matthew Olsen", *OLSEN_ALT, "US Justice Department", "United States"),
                 Q("This activity is antithetical to fundamental American values,", "Matthew Olsen", *OLSEN_ALT,
                   "US Justice Department", "United States")],
         quantities=[N("five men", 5), N("three separate cases", 3), N("two of the accused", 2)],
         times=[T("Wednesday", "2022-03-16")],
         events=[V("USA", "CHN", "11")],
         events_may=[V("USA", "CHN", "17"), V("USA", "CHN", "16"), V("CHN", "USA", "17"), V("USA", None, "11")]),
    dict(file="s12_interfax.txt", date="2022-01-19", url="https://en.interfax.com.ua/news/general/792499.html",
         entities=[UA, E("European Solidarity", "UKR", "Eurosolidarity"), P("Petro Poroshenko", "UKR", POROSHENKO_ALT),
                   E("Russia", "RUS", "Russian Federation"), E("CNN", "USA"), UK, ZELENSKYY,
                   E("United States", "USA", "U.S.", "US"), BLINKEN, P("Vladimir Putin", "RUS", PUTIN_ALT), NATO],
         may=[E("British Ministry of Defense", "GBR", "Ministry of Defence", "UK Ministry of Defence"),
              E("Nord Stream 2", None), E("NATO Membership Action Plan", None, "Membership Action Plan")],
         quotes=[Q("What we need today is to make Russia weaker and this is possible thanks to sanctions.",
                   "Petro Poroshenko", *POROSHENKO_ALT, "European Solidarity"),
                 Q("We must now increase the price that Putin will pay", "Petro Poroshenko", *POROSHENKO_ALT,
                   "European Solidarity")],
         quantities=[],
         times=[],
         events=[V("UKR", None, "02"), V("GBR", "UKR", "07"), V("USA", "UKR", "04")],
         events_may=[V("UKR", "USA", "04"), V("GBR", "UKR", "06"), V("UKR", None, "10"), V("UKR", "RUS", "13"),
                     V("UKR", "RUS", "11"), V("RUS", "UKR", "13"), V("UKR", "GBR", "05"), V("UKR", "USA", "02"),
                     V("UKR", "GBR", "02")]),
    dict(file="s13_antiwar.txt", date="2023-03-23",
         url="https://news.antiwar.com/2023/03/23/zelensky-tells-europe-give-more-weapons-and-add-sanctions-on-russia/",
         entities=[ZELENSKYY, RU, E("Ukraine", "UKR", "Kyiv"), EU, E("Slovakia", "SVK"), E("Poland", "POL")],
         may=[E("Europe", None), E("Kyiv", "UKR"), E("Germany", "DEU")],
         quotes=[Q("Is there rational motivation for the protraction in providing modern aircraft?", "Volodymyr Zelenskyy",
                   *ZELENSKYY_ALT, "Ukraine"),
                 Q("Remember how many Russian threats there were when it came to the transfer of Leopards and other tanks",
                   "Volodymyr Zelenskyy", *ZELENSKYY_ALT, "Ukraine"),
                 Q("The protraction with new European sanctions packages is becoming increasingly troublesome,",
                   "Volodymyr Zelenskyy", *ZELENSKYY_ALT, "Ukraine"),
                 Q("not yet sufficient", "Volodymyr Zelenskyy", *ZELENSKYY_ALT, "Ukraine"),
                 Q("That's why sanctions must be expanded. There cannot be even a slight hint of delaying decisions on sanctions,",
                   "Volodymyr Zelenskyy", *ZELENSKYY_ALT, "Ukraine"),
                 Q("must be no slackening of sanctions,", "Volodymyr Zelenskyy", *ZELENSKYY_ALT, "Ukraine")],
         quantities=[],
         times=[T("Thursday", "2023-03-23")],
         events=[V("SVK", "UKR", "07"), V("POL", "UKR", "07"), V("UKR", "SVK", "05"), V("UKR", "POL", "05"),
                 V("UKR", "RUS", "11")],
         events_may=[V("SVK", "UKR", "06"), V("POL", "UKR", "06"), V("UKR", None, "10"), V("UKR", None, "11"),
                     V("UKR", None, "02"), V("RUS", None, "13"), V("RUS", "UKR", "19"), V("DEU", "UKR", "07")]),
    dict(file="s14_hngn.txt", date="2022-10-12",
         url="https://www.hngn.com/articles/244858/20221012/nato-chief-ukraine-volodymyr-zelensky-new-sanctions-russia-missile-strikes.htm",
         entities=[NATO, P("Jens Stoltenberg", ["NOR", None], STOLTENBERG_ALT), E("Ukraine", "UKR", "Kyiv"), ZELENSKYY,
                   E("Russia", "RUS", "Moscow"), G7, E("Canada", "CAN"), FR, DE, E("Italy", "ITA"), JP, UK,
                   E("United States", "USA", "US"), E("BBC", "GBR"), P("Vladimir Putin", "RUS", PUTIN_ALT),
                   E("Crimea", ["UKR", "RUS", None])],
         may=[E("Kyiv", "UKR"), E("Moscow", "RUS")],
         quotes=[Q("financial, humanitarian, military, diplomatic, and legal", "G7", "Group of Seven")],
         quantities=[N("at least 19 people", 19)],
         times=[T("Monday", "2022-10-10"), T("Tuesday", "2022-10-11"), T("Saturday", "2022-10-08")],
         events=[V("RUS", "UKR", "19")],
         events_may=Vs(["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"], "UKR", "03")
         + Vs(["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"], "UKR", "04")
         + [V("UKR", None, "02"), V("UKR", "RUS", "16"), V("UKR", "RUS", "11"), V("RUS", "UKR", "11"),
            V("RUS", "UKR", "18"), V("UKR", None, "04")]),
    dict(file="s15_trtworld.txt", date="2023-06-07", url="https://www.trtworld.com:443/article/13525643",
         entities=[E("United States", "USA", "US", "Washington"), E("China", "CHN", "Beijing"), E("Beijing", "CHN"),
                   P("Daniel Kritenbrink", "USA", KRITENBRINK_ALT), BLINKEN, E("Singapore", "SGP"),
                   E("Ma Zhaoxu", "CHN"), TAIWAN, STATE_DEPT],
         may=[CN_MFA, E("Washington", "USA")],
         quotes=[Q("candid and productive", None, "US State Department", "United States", "China"),
                 Q("had candid, constructive and fruitful communication on promoting the improvement of China-US relations",
                   "Chinese Foreign Ministry", "China"),
                 Q("solemn position on Taiwan", "China", "Chinese Foreign Ministry"),
                 Q("candid and productive discussions as part of ongoing efforts to maintain open lines of communication",
                   "US State Department", "United States")],
         quantities=[N("two countries", 2), N("two top US and Chinese defence officials", 2), N("two sides", 2),
                     N("two officials", 2)],
         times=[T("Monday", "2023-06-05"), T("early February", "2023-02")],
         events=both("USA", "CHN", "04", "05"),
         events_may=[V("USA", "CHN", "19"), V("CHN", "USA", "11"), V("USA", "CHN", "11"), V("USA", "CHN", "03"),
                     V("CHN", "USA", "03"), V("CHN", "USA", "12")]),
    dict(file="s16_spotlightnepal.txt", date="2023-07-14",
         url="https://www.spotlightnepal.com/2023/07/14/us-china-top-diplomats-agree-maintain-communication-cannels/",
         entities=[E("United States", "USA", "US", "Washington"), E("China", "CHN", "Beijing"), BLINKEN,
                   P("Wang Yi", "CHN", WANG_YI_ALT), STATE_DEPT, E("Jakarta", "IDN"), E("Indonesia", "IDN"), ASEAN,
                   P("John Kerry", "USA", ("Kerry", "John Forbes Kerry", "John F. Kerry", "US climate envoy John Kerry")),
                   TAIWAN],
         may=[E("Taiwan Strait", None), CN_MFA, E("Beijing", "CHN"), E("Washington", "USA")],
         quotes=[Q("was part of ongoing efforts to maintain open channels of communication", "US State Department",
                   "United States"),
                 Q("emphasized the importance of maintaining peace and stability across the Taiwan Strait.",
                   "US State Department", "United States", "Antony Blinken", *BLINKEN_ALT)],
         quantities=[N("two officials", 2), N("two countries", 2)],
         times=[T("Thursday", "2023-07-13"), T("Sunday", "2023-07-16"), T("January", "2024-01")],
         events=both("USA", "CHN", "04", "05") + [V("CHN", "USA", "13")],
         events_may=[V("CHN", "USA", "11"), V("USA", "CHN", "02"), V("CHN", "USA", "02"), V("USA", "CHN", "03"),
                     V("CHN", "USA", "03")]),
    dict(file="s17_nhk.txt", date="2023-05-12", url="https://www3.nhk.or.jp/nhkworld/en/news/20230512_11/",
         entities=[E("White House", "USA"), CN, P("Wang Yi", "CHN", WANG_YI_ALT), E("United States", "USA", "US"),
                   P("Jake Sullivan", "USA", SULLIVAN_ALT), E("Vienna", "AUT"), RU, UA,
                   P("Joe Biden", "USA", BIDEN_ALT), BLINKEN, P("Xi Jinping", "CHN", XI_ALT), E("Hiroshima", "JPN")],
         may=[E("G7", None), E("G7 Summit", None, "G7 summit")],
         quotes=[Q("candid, substantive and constructive discussions", None, "United States", "White House"),
                 Q("We do anticipate there'll be engagements and visits in both directions over the coming months.",
                   None, "United States", "White House"),
                 Q("There's been progress. It'll work out.", "Joe Biden", *BIDEN_ALT, "United States")],
         quantities=[N("two top officials", 2), N("two sides", 2)],
         times=[T("Wednesday", "2023-05-10"), T("Thursday", "2023-05-11"), T("early February", "2023-02")],
         events=both("USA", "CHN", "04", "05") + [V("RUS", "UKR", "19")],
         events_may=[V("USA", "CHN", "03"), V("CHN", "USA", "03"), V("USA", "CHN", "19")]),
    dict(file="s18_dtnext.txt", date="2023-10-08",
         url="https://dtnext.in/amp/news/world/uk-japan-condemns-barbarous-atrocity-attack-on-innocent-civilians-in-israel-by-hamas-740629",
         entities=[E("United Kingdom", "GBR", "UK"), JP, IL, HAMAS, GAZA, E("London", "GBR", "LONDON"),
                   P("Rishi Sunak", "GBR", SUNAK_ALT), P("Fumio Kishida", "JPN", KISHIDA_ALT),
                   P("Benjamin Netanyahu", "ISR", NETANYAHU_ALT), E("The Times of Israel", "ISR", "Times of Israel")],
         may=[E("X", "USA", "Twitter"), E("Palestine", "PSE")],
         quotes=[Q("As the barbarity of today's atrocities becomes clearer, we stand unequivocally with Israel.",
                   "Rishi Sunak", *SUNAK_ALT, "United Kingdom"),
                 Q("We have expressed our full solidarity to @netanyahu", "Rishi Sunak", *SUNAK_ALT, "United Kingdom"),
                 Q("Hamas and other Palestinian militants attacked Israel from Gaza yesterday.", "Fumio Kishida",
                   *KISHIDA_ALT, "Japan"),
                 Q("I express my condolences to the bereaved families and heartfelt sympathies to the injured,",
                   "Fumio Kishida", *KISHIDA_ALT, "Japan")],
         quantities=[N("300", 300), N("1,864 people", 1864)],
         times=[T("Sunday", "2023-10-08"), T("Saturday", "2023-10-07"), T("today's", "2023-10-07", "2023-10-08"),
                T("yesterday", "2023-10-07")],
         events=[V("GBR", "ISR", "05")],
         events_may=[V("GBR", "ISR", "03"), V("GBR", "ISR", "01"), V("JPN", "ISR", "01"), V("JPN", "ISR", "05"),
                     V("GBR", "PSE", "11"), V("JPN", "PSE", "11"), V("PSE", "ISR", "19"), V("PSE", "ISR", "18"),
                     V("GBR", None, "03")]),
    dict(file="s19_thejournal.txt", date="2024-10-01",
         url="https://thejournal.ie/netanyahu-calls-irans-missile-attack-on-israel-a-big-mistake-6502746-Oct2024",
         entities=[P("Benjamin Netanyahu", "ISR", NETANYAHU_ALT), E("Iran", "IRN", "Tehran"), IL,
                   E("United States", "USA", "US"), P("Joe Biden", "USA", BIDEN_ALT),
                   P("Kamala Harris", "USA", HARRIS_ALT), E("West Bank", ["PSE", None]),
                   P("Yoav Gallant", "ISR", GALLANT_ALT)],
         may=[E("Tehran", "IRN"), E("Palestine", "PSE")],
         quotes=[Q("I will always ensure Israel has the ability to defend itself against Iran and Iran-backed terrorist militias.",
                   "Kamala Harris", *HARRIS_ALT, "United States"),
                 Q("Iran made a big mistake tonight and will pay for it,", "Benjamin Netanyahu", *NETANYAHU_ALT,
                   "Israel"),
                 Q("Whoever attacks us, we attack them.", "Benjamin Netanyahu", *NETANYAHU_ALT, "Israel")],
         quantities=[N("one person", 1), N("two others", 2)],
         times=[],
         events=[V("IRN", "ISR", "19"), V("ISR", "IRN", "13"), V("USA", "ISR", "05")],
         events_may=[V("IRN", "ISR", "18"), V("ISR", "IRN", "11"), V("USA", "ISR", "03"), V("USA", "IRN", "13"),
                     V("IRN", "PSE", "19"), V("ISR", "IRN", "19")]),
    dict(file="s20_newsfront.txt", date="2021-03-15",
         url="https://en.news-front.su/2021/03/15/chinese-foreign-ministry-protests-to-g7-countries-for-their-statement-on-suppression-of-opposition-in-hong-kong",
         entities=[E("China", "CHN", "Beijing"), G7, E("Hong Kong", ["HKG", "CHN"]),
                   P("Zhao Lijian", "CHN", ZHAO_ALT), E("United Kingdom", "GBR", "London")],
         may=[CN_MFA, E("Beijing", "CHN"), E("London", "GBR"), E("Sino-British Joint Declaration", None)],
         quotes=[Q("suppression of opposition", "G7", "Group of Seven"),
                 Q("We believe this is a gross interference in China's domestic politics", "Zhao Lijian", *ZHAO_ALT,
                   "China", "Chinese Foreign Ministry"),
                 Q("undermine the high degree of Hong Kong autonomy", "G7", "Group of Seven"),
                 Q("We insist that the G7 countries immediately stop interfering in China's affairs", "Zhao Lijian",
                   *ZHAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("pressured by London without any democratic rights", "Zhao Lijian", *ZHAO_ALT, "China",
                   "Chinese Foreign Ministry")],
         quantities=[],
         times=[T("Monday", "2021-03-15"), T("March 12", "2021-03-12")],
         events=[V("CHN", None, "11")],
         events_may=[V("CHN", None, "10"), V("CHN", "GBR", "11"), V("CHN", None, "12"), V("GBR", "CHN", "11")]),
    dict(file="s21_afghanistantimes.txt", date="2019-12-25",
         url="http://www.afghanistantimes.af/taliban-delegation-meeting-mulah-haibatullah-in-pakistan/",
         entities=[E("Kabul", "AFG", "KABUL"), E("Taliban", ["AFG", None]), PK,
                   P("Hibatullah Akhundzada", "AFG", AKHUNDZADA_ALT), E("Afghanistan", "AFG"), E("Quetta", "PAK"),
                   E("United States", "USA", "US"), P("Zalmay Khalilzad", "USA", KHALILZAD_ALT),
                   P("Shahabuddin Delawar", "AFG", DELAWAR_ALT), P("Sayed Akbar Agha", "AFG", AGHA_ALT),
                   P("Sami Yousafzai", ["PAK", "AFG"], YOUSAFZAI_ALT), P("Najia Anwari", "AFG", ANWARI_ALT)],
         may=[E("State Ministry for Peace", "AFG", "state ministry for peace")],
         quotes=[Q("Conversations are going on in this regard that whether agree with a short or long-term truce",
                   "Sayed Akbar Agha", *AGHA_ALT),
                 Q("The US special envoy for Afghanistan peace is waiting for Taliban's decision", "Sami Yousafzai",
                   *YOUSAFZAI_ALT),
                 Q("The government of Afghanistan is considering consultation as the main factor of forming a negotiating team.",
                   "Najia Anwari", *ANWARI_ALT, "Afghanistan", "State Ministry for Peace")],
         quantities=[],
         times=[T("Wednesday", "2019-12-25")],
         events=[],
         events_may=[V("USA", "AFG", "02"), V("USA", "AFG", "10"), V("USA", "AFG", "04"), V("AFG", "USA", "04"),
                     V("USA", "AFG", "03"), V("AFG", "PAK", "04"), V("USA", "AFG", "13")]
         + domestic("AFG", ["04", "03"])),
    dict(file="s22_businesslive.txt", date="2024-05-02",
         url="https://www.businesslive.co.za/bd/world/middle-east/2024-05-02-hamas-group-to-visit-egypt-soon-for-more-talks-on-gaza-ceasefire/",
         entities=[E("Cairo", "EGY"), HAMAS, EG, GAZA, P("Ismail Haniyeh", ["PSE", None], HANIYEH_ALT),
                   P("Abbas Kamel", "EGY", KAMEL_ALT), IL, E("Al-Qahera News", "EGY")],
         may=[E("Palestine", "PSE")],
         quotes=[Q("positive spirit in studying the ceasefire proposal", "Ismail Haniyeh", *HANIYEH_ALT, "Hamas"),
                 Q("mature a deal that achieves the demands of our people and ends the aggression", "Hamas",
                   "Ismail Haniyeh", *HANIYEH_ALT)],
         quantities=[],
         times=[T("Thursday", "2024-05-02"), T("Saturday", "2024-04-27")],
         events=[],
         events_may=both("PSE", "EGY", "04") + [V("ISR", "PSE", "19"), V("ISR", "PSE", "04"), V("PSE", "ISR", "04"),
                                                V("EGY", "PSE", "04"), V("PSE", "EGY", "03")]),
    dict(file="s23_urdupoint.txt", date="2023-06-05",
         url="https://www.urdupoint.com/en/world/russia-egypt-discuss-energy-cooperation-en-1703312.html",
         entities=[RU, E("Egypt", "EGY", "Cairo"), P("Nikolai Shulginov", "RUS", SHULGINOV_ALT),
                   P("Tarek El Molla", "EGY", ELMOLLA_ALT), E("Moscow", "RUS")],
         may=[E("Russian Energy Ministry", "RUS", "Ministry of Energy of the Russian Federation"), E("Cairo", "EGY")],
         quotes=[Q("Nikolai Shulginov held a working meeting with Egyptian Petroleum and Mineral Resources Tarek El Molla.",
                   "Russian Energy Ministry", "Russia", "Nikolai Shulginov", *SHULGINOV_ALT),
                 Q("Russian and Egyptian companies are interested in mutually beneficial cooperation",
                   "Russian Energy Ministry", "Russia", "Nikolai Shulginov", *SHULGINOV_ALT)],
         quantities=[N("two countries", 2)],
         times=[T("Monday", "2023-06-05")],
         events=both("RUS", "EGY", "04"),
         events_may=both("RUS", "EGY", "05", "06") + both("RUS", "EGY", "03")),
    dict(file="s24_trend.txt", date="2021-12-22", url="https://en.trend.az/business/3530904.html",
         entities=[E("Baku", "AZE", "BAKU"), E("Azerbaijan", "AZE"), P("Ali Asadov", "AZE", ASADOV_ALT), TR,
                   P("Fatih D\u00f6nmez", "TUR", DONMEZ_ALT), E("Trend", "AZE", "Trend News Agency"),
                   E("Cabinet of Ministers of Azerbaijan", "AZE", "Azerbaijani Cabinet of Ministers",
                     "Cabinet of Ministers"),
                   E("Ankara", "TUR")],
         may=[E("Europe", None), E("Azerbaijan-Turkey Energy Forum", None)],
         quotes=[Q("The sides expressed gratification at the meeting with the development of the Azerbaijan-Turkey relations in all spheres",
                   "Cabinet of Ministers of Azerbaijan", "Azerbaijan", "Ali Asadov", *ASADOV_ALT),
                 Q("The confidence was expressed that the discussions and documents to be signed at the first Azerbaijan-Turkey Energy Forum in Baku",
                   "Cabinet of Ministers of Azerbaijan", "Azerbaijan", "Ali Asadov", *ASADOV_ALT)],
         quantities=[N("two countries", 2)],
         times=[T("Dec. 22", "2021-12-22"), T("February 2021", "2021-02")],
         events=both("AZE", "TUR", "04"),
         events_may=both("AZE", "TUR", "05", "06", "03")),
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
