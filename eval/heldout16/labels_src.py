#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Sixteenth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout15/README.md and this folder's
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
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
IND = E("India", "IND", "Republic of India")
PAK = E("Pakistan", "PAK", "Islamic Republic of Pakistan")
BY = E("Belarus", "BLR", "Republic of Belarus")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
ASEAN = E("ASEAN", None, "Association of Southeast Asian Nations")
MEA = E("Ministry of External Affairs", "IND", "MEA", "External Affairs Ministry", "@MEAIndia")
GHP = E("Great Hall of the People", "CHN")
JAISHANKAR_ALT = ("Jaishankar", "S Jaishankar", "S. Jaishankar", "External Affairs Minister S Jaishankar",
                  "EAM S Jaishankar", "Dr S Jaishankar", "Dr. S. Jaishankar", "@DrSJaishankar")
RAJNATH_ALT = ("Singh", "Defence Minister Rajnath Singh", "Indian Defence Minister Rajnath Singh", "Shri Rajnath Singh",
               "Indian Defence Minister Shri Rajnath Singh")
MODI_ALT = ("Modi", "Prime Minister Narendra Modi", "PM Narendra Modi", "PM Modi", "Narendra Damodardas Modi",
            "Prime Minister Modi")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
XI_ALT = ("Xi", "Chinese President Xi Jinping", "President Xi Jinping", "President Xi", "Xi Jin-ping")
LU_ALT = ("Lu", "Mr. Lu", "spokesperson Lu Kang", "Chinese Foreign Ministry spokesperson Lu Kang")
BLINKEN_ALT = ("Blinken", "Antony J. Blinken", "Antony John Blinken", "Tony Blinken", "Secretary of State Antony Blinken",
               "US Secretary of State Antony Blinken", "@SecBlinken")
WANG_YI_ALT = ("Wang", "Foreign Minister Wang Yi", "State Councilor and Foreign Minister Wang Yi")
USHAKOV_ALT = ("Ushakov", "Yury Ushakov", "Yuri Viktorovich Ushakov", "Kremlin aide Yuri Ushakov")
GUTERRES_ALT = ("Guterres", "Antonio Guterres", "Ant\u00f3nio Manuel de Oliveira Guterres",
                "Antonio Manuel de Oliveira Guterres", "UN Secretary General Antonio Guterres",
                "UN Secretary-General Antonio Guterres")
CAMERON_ALT = ("Cameron", "David William Donald Cameron", "UK Foreign Secretary David Cameron", "Mr David Cameron",
               "Lord Cameron", "David Cameron, Baron Cameron of Chipping Norton")
POMPEO_ALT = ("Pompeo", "Michael Pompeo", "Michael Richard Pompeo", "Michael R. Pompeo", "Secretary Mike Pompeo")
ESPER_ALT = ("Esper", "Mark Thomas Esper", "Mark T. Esper", "Dr. Mark Esper")
KUPCHYNA_ALT = ("Alena Kupcyna", "Kupchyna", "Elena Kupchina")
MAKEI_ALT = ("Uladzimir Mackei", "Uladzimir Makei", "Vladimir Makey", "Vladimir Vladimirovich Makei", "Makei",
             "Mackei")
TIRUMURTI_ALT = ("TS Tirumurti", "T S Tirumurti", "T.S. Tirumurti", "Tirumurti", "PR/Amb T S Tirumurti",
                 "@ambtstirumurti", "Ambassador of India to UN TS Tirumurti")
KUMAR_ALT = ("Kumar", "MEA spokesman Raveesh Kumar")
NIKOLENKO_ALT = ("Nikolenko", "Oleg Nikolenko", "Oleh Nikolenko")
ANTONOV_ALT = ("Antonov", "Anatoly Ivanovich Antonov", "Russian Ambassador to Washington Anatoly Antonov")
GLAZ_ALT = ("Glaz", "Anatoliy Glaz", "Belarusian Foreign Ministry spokesman Anatoly Glaz")
WANG_WENBIN_ALT = ("Wang Webin", "Webin", "Wang", "Foreign Ministry spokesman Wang Wenbin")
IMRAN_ALT = ("Imran Kha", "Mr. Imran Khan", "Prime Minister Imran Khan", "Imran Ahmed Khan Niazi", "Imran Ahmad Khan Niazi")
MIRZIYOYEV_ALT = ("Mirziyoyev", "Mr. Shavkat Mirziyoyev", "Shavkat Miromonovich Mirziyoyev", "Shavkat Mirziyoev",
                  "President Shavkat Mirziyoyev")
BAGCHI_ALT = ("Bagchi", "Ministry of External Affairs Spokesperson Arindam Bagchi")
LOCSIN_ALT = ("Teodoro L Locsin", "Teodoro L. Locsin", "Teodoro Locsin", "Teodoro Locsin Jr.", "Teodoro L. Locsin Jr.",
              "Teodoro Lopez Locsin Jr.", "Teddy Locsin", "Teddyboy Locsin", "Locsin", "Secretary Locsin",
              "@teddyboylocsin")
BATTULGA_ALT = ("Kh.Battulga", "Kh. Battulga", "Battulga", "Khaltmaa Battulga", "Khaltmaagiin Battulga",
                "President Kh.Battulga")

DOCS = [
    dict(file="s01_ifpnews.txt", date="2019-09-26",
         url="https://ifpnews.com/iran-p41-ministers-stress-full-and-effective-implementation-of-nuclear-deal",
         entities=[E("Federica Mogherini", ["ITA", None], "Mogherini", "EU Foreign Policy Chief Federica Mogherini",
                     "EU High Representative Federica Mogherini", "High Representative Mogherini"),
                   E("European Union", None, "EU"), CN, E("France", "FRA"), E("Germany", "DEU"), RU,
                   E("United Kingdom", "GBR", "UK"), E("Iran", "IRN", "Islamic Republic of Iran"),
                   E("New York", "USA"), E("UN Security Council", None, "United Nations Security Council",
                                           "Security Council")],
         may=[E("Joint Comprehensive Plan of Action", None, "JCPOA", "Iran nuclear deal"),
              E("E3", None, "E3/EU+2")],
         quotes=[],
         quantities=[],
         times=[T("2015", "2015"), T("25 September 2019", "2019-09-25")],
         events=[],
         events_may=pairs(["CHN", "FRA", "DEU", "RUS", "GBR", "IRN"], "04", "05", "03")
         + [V(None, "IRN", "02"), V(None, None, "04")]),
    dict(file="s02_oneindia.txt", date="2019-12-19",
         url="https://www.oneindia.com/international/rajnath-singh-jaishankar-hold-meetings-with-their-us-counterparts-mark-esper-mike-pompeo-2999651.html",
         entities=[P("Rajnath Singh", "IND", RAJNATH_ALT), P("Subrahmanyam Jaishankar", "IND", JAISHANKAR_ALT),
                   P("Mark Esper", "USA", ESPER_ALT), P("Mike Pompeo", "USA", POMPEO_ALT),
                   E("Washington", "USA"), US,
                   E("State Department", "USA", "US State Department", "Department of State"),
                   P("Narendra Modi", "IND", MODI_ALT), P("Donald Trump", "USA", TRUMP_ALT), E("Houston", "USA"),
                   E("New Delhi", "IND")],
         may=[E("Pentagon", "USA"), E("Potomac river", "USA", "Potomac River", "Potomac"),
              E("Foggy Bottom", "USA"), E("Indo-Pacific", None), E("India", "IND")],
         quotes=[],
         quantities=[N("21 gun salute", 21), N("two countries", 2), N("two leaders", 2), N("four meetings", 4)],
         times=[T("Dec 18", "2019-12-18"), T("Wednesday", "2019-12-18"), T("September", "2019-09"),
                T("September last year", "2018-09")],
         events=both("IND", "USA", "04"),
         events_may=both("IND", "USA", "05") + both("IND", "USA", "03") + both("IND", "USA", "06")),
    dict(file="s03_newindianexpress.txt", date="2022-02-14",
         url="https://www.newindianexpress.com/world/2022/feb/14/jaishankar-holds-talks-with-secretary-of-foreign-affairs-of-the-philippines-2419251.html",
         entities=[P("Subrahmanyam Jaishankar", "IND", JAISHANKAR_ALT, "Minister @DrSJaishankar"),
                   P("Teodoro Locsin Jr.", "PHL", LOCSIN_ALT),
                   E("Philippines", "PHL", "the Philippines", "PH"), E("Manila", "PHL", "MANILA"), IND,
                   E("Department of Foreign Affairs of the Philippines", "PHL", "Department of Foreign Affairs", "DFA"),
                   MEA, E("Australia", "AUS"), ASEAN],
         may=[E("Indo-Pacific", None), E("Foreign Ministry", "PHL")],
         quotes=[Q("Secretary @teddyboylocsin and Minister @DrSJaishankar are expected to discuss the current robust ties between PH and India",
                   "Department of Foreign Affairs of the Philippines", "Department of Foreign Affairs", "DFA",
                   "Philippines"),
                 Q("The visit is expected to impart further momentum to bilateral relations with our key partners in the Indo-Pacific",
                   "Ministry of External Affairs", "MEA", "India")],
         quantities=[N("two officials", 2), N("two ministers", 2)],
         times=[T("Monday", "2022-02-14"), T("November 2020", "2020-11")],
         events=both("IND", "PHL", "04"),
         events_may=both("IND", "PHL", "05") + both("IND", "PHL", "03") + [V("IND", "AUS", "04"),
                                                                         V("AUS", "IND", "04")]),
    dict(file="s04_freepressjournal.txt", date="2023-03-02",
         url="https://www.freepressjournal.in/world/fms-of-saudi-arabia-china-indonesia-spain-croatia-reach-india-for-g20-foreign-ministers-meeting",
         entities=[E("G20", None, "Group of Twenty"), E("New Delhi", "IND", "Delhi"), E("Saudi Arabia", "SAU"), CN,
                   E("Indonesia", "IDN"), E("Spain", "ESP"), E("Croatia", "HRV"), IND,
                   E("Faisal bin Farhan Al Saud", "SAU", "Prince Faisal bin Farhan", "Faisal bin Farhan",
                     "Faisal bin Farhan bin Abdullah", "Prince Faisal bin Farhan bin Abdullah",
                     "Faisal bin Farhan bin Abdullah Al Saud", "Prince Faisal", "@FaisalbinFarhan",
                     "Saudi Arabia's Minister of Foreign Affairs Prince Faisal bin Farhan"),
                   E("Qin Gang", "CHN", "Qin", "Chinese Foreign Minister Qin Gang", "FM Qin Gang"),
                   E("Retno Marsudi", "IDN", "Retno Lestari Priansari Marsudi", "Retno L. P. Marsudi",
                     "Indonesian Foreign Minister Retno Marsudi", "@Menlu_RI"),
                   E("Jos\u00e9 Manuel Albares", "ESP", "Jose Manuel Albares Bueno", "Jos\u00e9 Manuel Albares Bueno",
                     "Jose Manuel Albares", "Albares"),
                   E("Gordan Grli\u0107 Radman", "HRV", "Gordan Grlic Radman", "Grli\u0107 Radman", "Grlic Radman"),
                   E("World Trade Organization", None, "World Trade Organisation", "WTO", "@wto"),
                   E("Ngozi Okonjo-Iweala", ["NGA", None], "Okonjo-Iweala", "@NOIweala"), MEA,
                   E("Arindam Bagchi", "IND", *BAGCHI_ALT), E("Egypt", "EGY"),
                   E("Sameh Shoukry", "EGY", "Shoukry", "Sameh Hassan Shoukry", "FM Shoukry", "FM Sameh Shoukry"),
                   US, P("Antony Blinken", "USA", BLINKEN_ALT),
                   E("United Arab Emirates", "ARE", "UAE"),
                   E("Abdullah bin Zayed Al Nahyan", "ARE", "Sheikh Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed",
                     "Sheikh Abdullah bin Zayed", "@ABZayed"),
                   E("Canada", "CAN"), E("Argentina", "ARG"), E("Netherlands", "NLD", "the Netherlands"),
                   E("Singapore", "SGP"), E("Bangladesh", "BGD")],
         may=[E("Raisina Dialogue", "IND", "#Raisina2023", "Raisina2023"),
              E("G20 Foreign Ministers' Meeting", None, "G20 Foreign Ministers' Conference", "#G20FMM", "G20FMM"),
              E("Ministry of Foreign Affairs of Indonesia", "IDN", "@Kemlu_RI"),
              E("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "@KSAmofaEN"),
              E("Ministry of Foreign Affairs of Egypt", "EGY", "@MfaEgypt"),
              E("Ministry of Foreign Affairs and International Cooperation", "ARE", "@MoFAICUAE"),
              E("State Department", "USA", "@StateDept")],
         quotes=[Q("Greetings to FM Qin Gang of China", "Arindam Bagchi", *BAGCHI_ALT, "Ministry of External Affairs",
                   "India"),
                 Q("Welcome to India, FM Sameh Shoukry of Egypt", "Arindam Bagchi", *BAGCHI_ALT,
                   "Ministry of External Affairs", "India")],
         quantities=[],
         times=[T("March 1-2", "2023-03-01", "2023-03-02"), T("Thursday", "2023-03-02"),
                T("Wednesday", "2023-03-01")],
         events=Vs(["SAU", "CHN", "IDN", "ESP", "HRV", "EGY", "USA", "ARE", "CAN", "ARG", "NLD", "SGP", "BGD"],
                   "IND", "04"),
         events_may=[V("IND", c, r) for c in ["SAU", "CHN", "IDN", "ESP", "HRV", "EGY", "USA", "ARE", "CAN", "ARG",
                                               "NLD", "SGP", "BGD"] for r in ("04", "05")]
         + [V(None, "IND", "04"), V("IND", None, "05")]),
    dict(file="s05_charter97.txt", date="2015-02-13", url="https://charter97.org/en/news/2015/2/13/139431",
         entities=[E("Edgars Rink\u0113vi\u010ds", "LVA", "Rink\u0113vi\u010ds", "Edgars Rinkevics", "Rinkevics"),
                   E("Minsk", "BLR"), E("Alena Kupchyna", "BLR", *KUPCHYNA_ALT), E("BelaPAN", "BLR"),
                   E("European External Action Service", None, "External Action Service", "EEAS"),
                   E("Brussels", "BEL"), E("France", "FRA"), E("Germany", "DEU"), E("Poland", "POL"), BY,
                   E("Vladimir Makei", "BLR", *MAKEI_ALT), E("European Union", None, "EU"),
                   E("Andrejs Pildegovi\u010ds", "LVA", "Andrejs Pildegovics", "Pildegovi\u010ds", "Pildegovics")],
         may=[E("Latvia", "LVA"), E("Normandy Four", None, "Normandy Format"),
              E("Ministry of Foreign Affairs of Latvia", "LVA", "Latvian Ministry of Foreign Affairs")],
         quotes=[Q("We plan to hold a meeting with a high-level official from the European External Action Service from Brussels",
                   "Alena Kupchyna", *KUPCHYNA_ALT, "Belarus"),
                 Q("During a week or two we should expect the flow of visitors", "Vladimir Makei", *MAKEI_ALT,
                   "Belarus")],
         quantities=[],
         times=[T("February", "2015-02"), T("February 13", "2015-02-13"), T("February 11", "2015-02-11"),
                T("January 23", "2015-01-23")],
         events=both("LVA", "BLR", "04"),
         events_may=both("FRA", "BLR", "04") + both("DEU", "BLR", "04") + both("POL", "BLR", "04")
         + [V(None, "BLR", "04"), V("BLR", None, "04")] + pairs(["RUS", "UKR", "FRA", "DEU", "BLR"], "04")),
    dict(file="s06_livemint.txt", date="2021-05-24",
         url="https://www.livemint.com/news/india/eam-s-jaishankar-arrives-in-new-york-to-meet-un-chief-secretary-blinken-11621820550431.html",
         entities=[P("Subrahmanyam Jaishankar", "IND", JAISHANKAR_ALT, "External Affairs Minister @DrSJaishankar"),
                   E("New York", "USA"), E("T. S. Tirumurti", "IND", *TIRUMURTI_ALT), IND, UN,
                   E("UN Security Council", None, "UN #SecurityCouncil", "#SecurityCouncil", "Security Council"),
                   P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT), P("Antony Blinken", "USA", BLINKEN_ALT),
                   E("Washington, D.C.", "USA", "Washington DC", "Washington"), MEA, US],
         may=[E("Harsh Vardhan Shringla", "IND", "@harshvshringla")],
         quotes=[Q("Privilege to receive External Affairs Minister @DrSJaishankar on his first visit to New York",
                   "T. S. Tirumurti", *TIRUMURTI_ALT, "India"),
                 Q("In New York, he is expected to meet UN Secretary General Antonio Guterres",
                   "Ministry of External Affairs", "MEA", "India")],
         quantities=[N("two interactions", 2)],
         times=[T("1 January 2021", "2021-01-01"), T("May 23, 2021", "2021-05-23"), T("Friday", "2021-05-21"),
                T("May 24", "2021-05-24")],
         events=both("IND", "USA", "04"),
         events_may=[V("IND", None, "04"), V(None, "IND", "04")] + both("IND", "USA", "03")),
    dict(file="s07_latestly.txt", date="2024-01-10",
         url="https://www.latestly.com/agency-news/world-news-defence-minister-rajnath-singh-calls-on-pm-rishi-sunak-on-uk-visit-5684896.html",
         entities=[E("London", "GBR"), P("Rajnath Singh", "IND", RAJNATH_ALT),
                   E("Rishi Sunak", "GBR", "Sunak", "British Prime Minister Rishi Sunak", "PM Rishi Sunak"),
                   P("David Cameron", "GBR", CAMERON_ALT),
                   E("Foreign, Commonwealth and Development Office", "GBR", "FCDO", "Foreign Office"),
                   E("United Kingdom", "GBR", "UK", "Britain"), IND,
                   E("Grant Shapps", "GBR", "Shapps"),
                   E("UK Ministry of Defence", "GBR", "Ministry of Defence", "MoD"),
                   E("UK India Business Council", ["GBR", "IND"], "UKIBC"),
                   E("Confederation of Indian Industry", "IND", "CII"),
                   E("BAE Systems", "GBR"), E("GE Vernova", "USA"), E("James Fisher Defence", "GBR"),
                   E("Leonardo SpA", "ITA", "Leonardo"), E("Martin-Baker Aircraft Company Ltd", "GBR", "Martin-Baker"),
                   E("SAAB UK", ["SWE", "GBR"], "Saab"), E("Thales UK", ["FRA", "GBR"], "Thales"),
                   E("ADS Group", "GBR"), E("MBDA UK", ["FRA", "GBR"], "MBDA")],
         may=[E("PTI", "IND", "Press Trust of India"), E("10 Downing Street", "GBR", "Downing Street"),
              E("Rolls-Royce", "GBR"), E("Ultra Maritime", "GBR", "Ultra-Maritime"),
              E("Ultra-Maritime Rolls-Royce", "GBR"),
              E("UK-India Defence Industry CEOs Roundtable", None, "UK-India Defence CEO Roundtable")],
         quotes=[Q("Insightful deliberations with the UK Foreign Secretary, Mr David Cameron, on boosting India-UK ties",
                   "Rajnath Singh", *RAJNATH_ALT, "India"),
                 Q("Had a wonderful interaction with the industry leaders and CEOs", "Rajnath Singh", *RAJNATH_ALT,
                   "India"),
                 Q("India envisions an enriching partnership with the UK to cooperate, co-create and co-innovate",
                   "Rajnath Singh", *RAJNATH_ALT, "India")],
         quantities=[N("two high-level meetings", 2)],
         times=[T("Jan 10", "2024-01-10"), T("Wednesday", "2024-01-10")],
         events=both("IND", "GBR", "04"),
         events_may=both("IND", "GBR", "05") + both("IND", "GBR", "03") + both("IND", "GBR", "06")),
    dict(file="s08_newindianexpress.txt", date="2018-11-14",
         url="http://www.newindianexpress.com/nation/2018/nov/14/pm-narendra-modi-meets-australian-counterpart-scott-morrison-in-singapore-1898120.html",
         entities=[P("Narendra Modi", "IND", MODI_ALT),
                   E("Scott Morrison", "AUS", "Morrison", "Scott John Morrison", "PM of Australia Scott Morrison"),
                   E("Singapore", "SGP", "SINGAPORE"), MEA, E("Raveesh Kumar", "IND", *KUMAR_ALT),
                   E("Australia", "AUS"),
                   E("Mike Pence", "USA", "Pence", "US Vice President Pence", "Michael Richard Pence",
                     "Michael R. Pence", "Michael Pence"),
                   US, E("Lee Hsien Loong", "SGP", "Lee Hsein Loong", "Lee"), ASEAN, E("New Delhi", "IND"), IND],
         may=[E("East Asia Summit", None), E("Fintech Festival", "SGP", "Singapore Fintech Festival"),
              E("Regional Comprehensive Economic Partnership", None, "RCEP"), E("Indo-Pacific", None)],
         quotes=[Q("PM Narendra Modi met with PM of Australia Scott Morrison on the margins of East Asia Summit in Singapore",
                   "Raveesh Kumar", *KUMAR_ALT, "Ministry of External Affairs", "India")],
         quantities=[N("two leaders", 2)],
         times=[T("Wednesday", "2018-11-14")],
         events=both("IND", "AUS", "04") + both("IND", "USA", "04") + both("IND", "SGP", "04"),
         events_may=both("IND", "AUS", "05") + both("IND", "AUS", "03") + [V("IND", None, "04"),
                                                                         V("IND", None, "03")]),
    dict(file="s09_pakistantoday.txt", date="2019-02-28",
         url="https://archive.pakistantoday.com.pk/2019/02/28/china-wants-immediate-pak-india-talks-spokesperson/",
         entities=[E("Beijing", "CHN", "BEIJING"), CN, UN, E("Lu Kang", "CHN", *LU_ALT), PAK, IND,
                   E("Wang Yi", "CHN", *WANG_YI_ALT), E("Uzbekistan", "UZB")],
         may=[E("UN Charter", None, "United Nations (UN) Charter", "Charter"), E("South Asia", None),
              E("Chinese Foreign Ministry", "CHN")],
         quotes=[Q("Everyone has already seen that State Councilor and Foreign Minister Wang Yi has repeatedly expressed China's concerns",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We urge both Pakistan and India to exercise the utmost restraint and conduct dialogue as soon as possible",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We have noticed that both countries have indicated that they do not want the situation to continue to deteriorate or escalate",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("Indeed, the Pakistani foreign minister urgently called the State Councilor and Foreign Minister Wang Yi",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[],
         times=[],
         events=[V("CHN", "PAK", "02"), V("CHN", "IND", "02")] + both("CHN", "IND", "04") + both("CHN", "PAK", "04"),
         events_may=[V("CHN", "PAK", "03"), V("CHN", "IND", "03"), V("PAK", "CHN", "02"), V("CHN", None, "02"),
                     V("CHN", None, "03"), V("IND", "PAK", "19"), V("PAK", "IND", "19"), V("IND", "PAK", "11"),
                     V("PAK", "IND", "11")]),
    dict(file="s10_ynhybx.txt", date="2016-09-20", url="http://www.ynhybx.com/china/2016-09/20/content_26845019.htm",
         entities=[E("Beijing", "CHN", "BEIJING"), CN, E("Philippines", "PHL", "the Philippines"),
                   E("Perfecto Yasay Jr.", "PHL", "Perfecto Yasay", "Perfecto Rivas Yasay Jr.", "Yasay",
                     "Philippine Foreign Secretary Perfecto Yasay"),
                   E("Lu Kang", "CHN", *LU_ALT)],
         may=[E("South China Sea", None), E("Chinese Foreign Ministry", "CHN")],
         quotes=[Q("The door of bilateral dialogue is always open", "Lu Kang", *LU_ALT, "China",
                   "Chinese Foreign Ministry")],
         quantities=[N("two countries", 2)],
         times=[T("Tuesday", "2016-09-20"), T("July", "2016-07")],
         events=[V("CHN", "PHL", "02")],
         events_may=[V("CHN", "PHL", "12"), V("CHN", None, "12"), V("PHL", "CHN", "12"), V("CHN", "PHL", "03"),
                     V("CHN", "PHL", "11"), V("PHL", "CHN", "11")]),
    dict(file="s11_nation.txt", date="2016-09-22",
         url="http://nation.com.pk/international/22-Sep-2016/india-pakistan-must-exercise-restraint-reopen-dialogue-says-china",
         entities=[E("Beijing", "CHN", "BEIJING"), CN, E("India", "IND", "New Delhi"),
                   E("Pakistan", "PAK", "Islamabad"), E("Uri", ["IND", "PAK", None]), E("Lu Kang", "CHN", *LU_ALT),
                   E("Kashmir", ["IND", "PAK", None])],
         may=[E("Chinese Foreign Ministry", "CHN", "Foreign Ministry"), E("New Delhi", "IND"),
              E("Islamabad", "PAK")],
         quotes=[Q("Recent violent clashes and attacks caused some casualties and strains in India-Pakistan relations",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We are concerned about that. We hope all relevant parties can exercise restraint and avoid escalating tensions.",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("Both India and Pakistan are important regional countries and we hope they have more dialogue",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("consistent position regarding counter-terrorism", "Lu Kang", *LU_ALT, "China",
                   "Chinese Foreign Ministry"),
                 Q("We oppose all forms of terrorism and believe in enhanced international cooperation to deal with this threat",
                   "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("enhance counter-terrorism cooperation", "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry"),
                 Q("Only this way can they safeguard peace.", "Lu Kang", *LU_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[N("18 Indian soldiers", 18), N("two countries", 2)],
         times=[T("Sunday", "2016-09-18"), T("September 19", "2016-09-19")],
         events=[V("CHN", "IND", "02"), V("CHN", "PAK", "02"), V("IND", "PAK", "11"), V("PAK", "IND", "11")],
         events_may=[V(None, "IND", "18"), V(None, "IND", "19"), V("PAK", "IND", "18"), V("CHN", None, "02"),
                     V("CHN", None, "11"), V("IND", "PAK", "19"), V("PAK", "IND", "19")]),
    dict(file="s12_pravda.txt", date="2022-10-09",
         url="https://www.pravda.com.ua/eng/news/2022/10/9/7370956/index.amp",
         entities=[E("Belarus", "BLR", "Minsk", "Republic of Belarus"), UA, RU,
                   E("Ministry of Foreign Affairs of Ukraine", "UKR", "Ukraine's Ministry of Foreign Affairs"),
                   E("Ministry of Foreign Affairs of Belarus", "BLR", "Belarusian Ministry of Foreign Affairs"),
                   E("European Pravda", "UKR"), E("Oleh Nikolenko", "UKR", *NIKOLENKO_ALT),
                   E("Ihor Kyzym", "UKR", "Kyzym", "Igor Kizim", "Ambassador of Ukraine to Minsk"),
                   E("Kremlin", "RUS"),
                   E("Alexander Lukashenko", "BLR", "Alexandr Lukashenko", "Aliaksandr Lukashenka",
                     "Alyaksandr Lukashenka", "Alexander Grigoryevich Lukashenko", "Lukashenko")],
         may=[E("Minsk", "BLR"), E("UN Charter", None)],
         quotes=[Q("preparing a strike", "Belarus", "Ministry of Foreign Affairs of Belarus"),
                 Q("This information is false. We categorically deny yet another insinuation of the Belarusian regime.",
                   "Oleh Nikolenko", *NIKOLENKO_ALT, "Ministry of Foreign Affairs of Ukraine", "Ukraine"),
                 Q("Ukraine has never encroached on foreign territories.", "Oleh Nikolenko", *NIKOLENKO_ALT,
                   "Ministry of Foreign Affairs of Ukraine", "Ukraine")],
         quantities=[],
         times=[T("8 October", "2022-10-08")],
         events=[V("BLR", "UKR", "11"), V("UKR", "BLR", "11")],
         events_may=[V("BLR", "UKR", "13"), V("UKR", "BLR", "12"), V("UKR", "BLR", "01"), V("UKR", "BLR", "10"),
                     V("UKR", "BLR", "02"), V("UKR", "RUS", "11"), V("RUS", "UKR", "19"), V("BLR", "RUS", "06"),
                     V("BLR", "UKR", "04"), V("UKR", "BLR", "04")]),
    dict(file="s13_newspravda.txt", date="2023-10-06", url="https://news-pravda.com/usa/2023/10/06/122696.html",
         entities=[E("United States", "USA", "US", "Washington"), RU, E("Anatoly Antonov", "RUS", *ANTONOV_ALT),
                   E("US State Department", "USA", "State Department"), E("Moscow", "RUS")],
         may=[E("Washington", "USA"), E("US Embassy in Moscow", "USA", "US Embassy")],
         quotes=[Q("It is noteworthy that at my request during the meeting at the State Department",
                   "Anatoly Antonov", *ANTONOV_ALT, "Russia")],
         quantities=[N("Two Russian diplomats", 2), N("Two employees", 2)],
         times=[],
         events=[V("USA", "RUS", "16"), V("RUS", "USA", "11"), V("RUS", "USA", "16")],
         events_may=both("RUS", "USA", "04") + [V("RUS", "USA", "12"), V("USA", "RUS", "11")]),
    dict(file="s14_urdupoint.txt", date="2020-11-10",
         url="https://www.urdupoint.com/en/world/belarus-declares-2-uk-diplomats-who-worked-i-1081106.html",
         entities=[E("Minsk", "BLR", "MINSK"), BY, E("United Kingdom", "GBR", "UK"),
                   E("Anatoly Glaz", "BLR", *GLAZ_ALT), E("ONT", "BLR", "ONT broadcaster"),
                   E("Timothy White-Boycott", "GBR"), E("Lisa Tamwood", "GBR")],
         may=[E("UrduPoint", "PAK", "UrduPoint News"), E("Sputnik", "RUS"),
              E("Ministry of Foreign Affairs of Belarus", "BLR", "Belarusian Foreign Ministry"),
              E("UK Embassy", "GBR")],
         quotes=[Q("On November 8, 2020, the Belarusian Foreign Ministry, in view of activities incompatible with the status of a diplomatic agent",
                   "Anatoly Glaz", *GLAZ_ALT, "Belarus", "Ministry of Foreign Affairs of Belarus"),
                 Q("This decision is forced and was made by the Belarusian side solely because of the confirmed destructive nature of the activities of these persons",
                   "Anatoly Glaz", *GLAZ_ALT, "Belarus", "Ministry of Foreign Affairs of Belarus")],
         quantities=[N("two UK diplomats", 2), N("two diplomats", 2)],
         times=[T("10th November, 2020", "2020-11-10"), T("Monday", "2020-11-09"),
                T("November 8, 2020", "2020-11-08")],
         events=[V("BLR", "GBR", "16")],
         events_may=[V("BLR", "GBR", "11"), V("BLR", "GBR", "03"), V("BLR", "GBR", "12")]),
]
DOCS += [
    dict(file="s15_republicworld.txt", date="2021-12-17",
         url="https://www.republicworld.com/world-news/rest-of-the-world-news/china-refutes-claims-lithuanian-envoy-left-beijing-due-to-security-concerns.html",
         entities=[E("Lithuania", "LTU"), E("Beijing", "CHN"), E("China", "CHN", "Beijing", "People's Republic of China"),
                   E("Wang Wenbin", "CHN", *WANG_WENBIN_ALT), E("Taiwan", "TWN"), E("China Daily", "CHN"),
                   E("Deutsche Welle", "DEU", "DW"),
                   E("Gabrielius Landsbergis", "LTU", "Landsbergis", "Lithuanian Foreign Minister Gabrielius Landsbergis"),
                   E("Delfi", "LTU")],
         may=[E("Chinese Foreign Ministry", "CHN", "@MFA_China", "Spokesperson\u53d1\u8a00\u4eba\u529e\u516c\u5ba4")],
         quotes=[Q("such allegations are groundless", "China", "Wang Wenbin", *WANG_WENBIN_ALT, "Chinese Foreign Ministry"),
                 Q("The so-called claims that Lithuanian diplomats in China feared for their own safety",
                   "Wang Wenbin", *WANG_WENBIN_ALT, "China", "Chinese Foreign Ministry"),
                 Q("If the #Lithuanian side tries to shift its own responsibility", "China", "Chinese Foreign Ministry",
                   "Wang Wenbin", *WANG_WENBIN_ALT)],
         quantities=[],
         times=[T("Thursday", "2021-12-16"), T("December 16, 2021", "2021-12-16")],
         events=[V("LTU", "CHN", "16"), V("CHN", "LTU", "12")],
         events_may=[V("CHN", "LTU", "11"), V("LTU", "CHN", "11"), V("CHN", "LTU", "13"), V("CHN", "TWN", "19"),
                     V("CHN", "TWN", "13")] + both("LTU", "CHN", "04")),
    dict(file="s16_pakobserver.txt", date="2021-07-16",
         url="https://pakobserver.net/uzbekistan-pakistan-joint-declaration-calls-for-strategic-partnership",
         entities=[E("Imran Khan", "PAK", *IMRAN_ALT), E("Uzbekistan", "UZB", "Republic of Uzbekistan"),
                   E("Shavkat Mirziyoyev", "UZB", *MIRZIYOYEV_ALT), PAK],
         may=[],
         quotes=[Q("On the invitation of H.E. President of the Republic of Uzbekistan Mr. Shavkat Mirziyoyev",
                   "Imran Khan", *IMRAN_ALT, "Shavkat Mirziyoyev", *MIRZIYOYEV_ALT, "Pakistan", "Uzbekistan")],
         quantities=[N("two countries", 2), N("two leaders", 2)],
         times=[T("Thursday", "2021-07-15"), T("July 15-16, 2021", "2021-07-15", "2021-07-16"), T("1991", "1991")],
         events=both("PAK", "UZB", "04") + both("PAK", "UZB", "05"),
         events_may=both("PAK", "UZB", "03") + both("PAK", "UZB", "06")),
    dict(file="s17_diplomaticinsight.txt", date="2023-03-22",
         url="https://thediplomaticinsight.com/china-and-russia-strengthen-strategic-partnership/",
         entities=[E("Moscow", "RUS"), P("Xi Jinping", "CHN", XI_ALT), CN, RU,
                   E("UN Security Council", None, "United Nations Security Council", "Security Council"),
                   P("Vladimir Putin", "RUS", PUTIN_ALT), E("Saudi Arabia", "SAU"), E("Iran", "IRN"),
                   E("Beijing", "CHN")],
         may=[E("The Diplomatic Insight", "PAK", "TDI")],
         quotes=[Q("China and Russia share a long border and strengthening their positive and lasting neighbourly relationship",
                   "Xi Jinping", *XI_ALT, "China"),
                 Q("Being permanent members of the UN Security Council and major countries in the world",
                   "Xi Jinping", *XI_ALT, "China")],
         quantities=[N("two Presidents", 2), N("two joint statements", 2)],
         times=[T("22 March 2023", "2023-03-22"), T("2030", "2030")],
         events=both("CHN", "RUS", "04") + both("CHN", "RUS", "05"),
         events_may=both("CHN", "RUS", "03") + both("CHN", "RUS", "06") + both("SAU", "IRN", "04")
         + both("SAU", "IRN", "05") + [V("CHN", "SAU", "04"), V("CHN", "IRN", "04"), V("RUS", "CHN", "01")]),
    dict(file="s18_unn.txt", date="2024-05-16",
         url="https://unn.ua/en/news/xi-jinping-and-putin-sign-a-statement-on-deepening-relations",
         entities=[P("Vladimir Putin", "RUS", PUTIN_ALT), P("Xi Jinping", "CHN", XI_ALT), CN,
                   E("Yuri Ushakov", "RUS", *USHAKOV_ALT), RU],
         may=[E("UNN", "UKR"), E("Chinese Foreign Ministry", "CHN")],
         quotes=[Q("sets new large-scale tasks and long-term prospects for the development of the entire complex of Russian-Chinese relations",
                   "Vladimir Putin", *PUTIN_ALT, "Russia"),
                 Q("a new starting point, continue to synergize development strategies", "China",
                   "Chinese Foreign Ministry"),
                 Q("confirms the leading role of Russia and China in the formation of a just and democratic order",
                   "Vladimir Putin", *PUTIN_ALT, "Xi Jinping", *XI_ALT, "Russia", "China")],
         quantities=[N("more than 30 pages", 30), N("two countries", 2)],
         times=[T("Thursday", "2024-05-16"), T("May 16", "2024-05-16")],
         events=both("RUS", "CHN", "04") + both("RUS", "CHN", "05"),
         events_may=both("RUS", "CHN", "03") + both("RUS", "CHN", "06")),
    dict(file="s19_tribune.txt", date="2024-07-11", url="https://tribune.net.ph/2024/07/11/china-joins-war-games-in-alliances-doorstep",
         entities=[E("Warsaw", "POL", "WARSAW"), E("Poland", "POL"), E("China", "CHN", "Beijing"), BY, NATO,
                   E("United States", "USA", "US"), RU, UA, E("Washington", "USA"), E("Brest", "BLR")],
         may=[E("AFP", "FRA", "Agence France-Presse"), E("Chinese defense ministry", "CHN")],
         quotes=[Q("improve combat techniques and deepen cooperation and communication between the two armies,",
                   "China", "Chinese defense ministry"),
                 Q("not aimed at any country in particular.", None, "China")],
         quantities=[N("two armies", 2)],
         times=[T("February 2022", "2022-02"), T("8 July", "2024-07-08"), T("Wednesday", "2024-07-10"),
                T("mid-July", "2024-07")],
         events=both("CHN", "BLR", "06") + [V("RUS", "UKR", "19")],
         events_may=both("CHN", "BLR", "04") + both("CHN", "BLR", "05") + [V("CHN", None, "13"), V("CHN", "USA", "13"),
                                                                         V("CHN", "POL", "13"), V(None, "CHN", "11")]),
    dict(file="s20_vietnamplus.txt", date="2023-11-16",
         url="https://en.vietnamplus.vn/vietnamese-defence-minister-meets-indian-japanese-philippine-counterparts/271391.vnp",
         entities=[E("Jakarta", "IDN"), E("Phan Van Giang", "VNM", "Giang", "Gen. Phan Van Giang", "Gen. Giang",
                                            "Phan V\u0103n Giang"),
                   IND, E("Japan", "JPN"), E("Philippines", "PHL", "the Philippines"), E("Indonesia", "IDN"),
                   P("Rajnath Singh", "IND", RAJNATH_ALT), E("Minoru Kihara", "JPN", "Kihara"),
                   E("Vietnam", "VNM", "Viet Nam"),
                   E("Gilberto Teodoro", "PHL", "Gilberto Teodoro Jr.", "Gilberto C. Teodoro Jr.", "Gibo Teodoro",
                     "Teodoro")],
         may=[E("Vietnam News Agency", "VNM", "VNA"), E("ASEAN", None),
              E("ASEAN Defence Ministers' Meeting", None, "ADMM", "ADMM-Plus"), E("United Nations", None),
              E("Competency Evaluation Programme for Prospective United Nations Peacekeepers", None, "CEPPP")],
         quotes=[],
         quantities=[],
         times=[T("November 16", "2023-11-16"), T("June", "2023-06"), T("September", "2023-09"),
                T("2021-2023", "2021", "2023")],
         events=both("VNM", "IND", "04") + both("VNM", "IND", "05") + both("VNM", "JPN", "04")
         + both("VNM", "JPN", "05") + both("VNM", "PHL", "04"),
         events_may=both("VNM", "PHL", "05") + both("VNM", "PHL", "03") + both("VNM", "IND", "03")
         + both("VNM", "JPN", "03") + both("VNM", "IND", "06") + both("VNM", "JPN", "06")
         + both("VNM", "PHL", "06")),
    dict(file="s21_globaltimes.txt", date="2018-11-28", url="http://www.globaltimes.cn/content/1129502.shtml",
         entities=[RU, E("Ukrainian Navy", "UKR", "Navy"),
                   E("Federal Security Service", "RUS", "Russia's Federal Security Service", "FSB"),
                   E("General Staff of the Ukrainian Armed Forces", "UKR", "Ukrainian Armed Forces")],
         may=[E("Ministry of Foreign Affairs of Ukraine", "UKR", "Ukrainian Foreign Ministry"), E("Ukraine", "UKR"),
              E("Sea of Azov", None), E("Kerch Strait", None), E("Black Sea", None), E("Berdyansk", "UKR"),
              E("Nikopol", "UKR"), E("Yany Kapu", "UKR")],
         quotes=[Q("We have renewed the categorical requirement to the Russian side to immediately release from custody captured Ukrainian citizens",
                   "Ministry of Foreign Affairs of Ukraine", "Ukrainian Foreign Ministry", "Ukraine")],
         quantities=[N("three Ukrainian ships", 3), N("more than 20 Ukrainians", 20)],
         times=[T("Wednesday", "2018-11-28"), T("Sunday", "2018-11-25")],
         events=[V("UKR", "RUS", "10"), V("RUS", "UKR", "17")],
         events_may=[V("UKR", "RUS", "02"), V("RUS", "UKR", "19"), V("RUS", "UKR", "18"), V("RUS", "UKR", "11"),
                     V("UKR", "RUS", "11")]),
    dict(file="s22_pressreader.txt", date="2018-09-19",
         url="https://www.pressreader.com/mongolia/the-ub-post/20180919/281552291768720",
         entities=[E("Khaltmaagiin Battulga", "MNG", *BATTULGA_ALT), E("Indonesia", "IDN"), E("Egypt", "EGY"),
                   E("Vatican City", "VAT", "Vatican City State"), E("Thailand", "THA"), E("Colombia", "COL"),
                   E("Syria", "SYR"), E("Georgia", "GEO"), E("Mongolia", "MNG"), CN,
                   E("South Korea", "KOR"), E("Djauhari Oratmangun", "IDN"),
                   E("Mohamed Osama Taha El Magdoub", "EGY"), E("Piriya Khempon", "THA"),
                   E("Alfred Xuereb", "VAT", "Xuereb"), E("Juan Pablo Rodriguez Barragan", "COL"), E("Seoul", "KOR"),
                   E("Imad Moustapha", "SYR", "Imad Mustapha")],
         may=[E("Mongol Empire", "MNG", "Great Mongol Empire")],
         quotes=[],
         quantities=[],
         times=[T("September 17", "2018-09-17")],
         events=Vs(["IDN", "EGY", "VAT", "THA", "COL", "SYR", "GEO"], "MNG", "04"),
         events_may=[V("MNG", c, r) for c in ["IDN", "EGY", "VAT", "THA", "COL", "SYR", "GEO"] for r in ("04", "05", "03")]
         + [V(c, "MNG", "05") for c in ["IDN", "EGY", "VAT", "THA", "COL", "SYR", "GEO"]]),
    dict(file="s23_tibetcn.txt", date="2019-02-21",
         url="http://eng.tibet.cn/eng/news/focus/201902/t20190221_6508514.html",
         entities=[P("Xi Jinping", "CHN", XI_ALT), E("Beijing", "CHN"), E("El Salvador", "SLV"),
                   E("Walter Eduardo Duran", "SLV"), E("Vikram Misri", "IND"), IND,
                   E("Parakhat Durdyev", "TKM"), E("Turkmenistan", "TKM"), E("Dario Mihelin", "HRV"),
                   E("Croatia", "HRV"), E("Kanaiym Baktygulova", "KGZ", "Baktygulova Kanaiym"),
                   E("Kyrgyzstan", "KGZ"), E("Teshome Toga Chanaka", "ETH", "Teshome Toga"), E("Ethiopia", "ETH"),
                   E("Abbie Simone David", "GRD"), E("Grenada", "GRD", "Granada"), E("Sarah Serem", "KEN"),
                   E("Kenya", "KEN"), E("Mohamed Abdellahi Elboukhary Elvilaly", "MRT"), E("Mauritania", "MRT"),
                   E("China", "CHN", "People's Republic of China"),
                   E("Vladimir Norov", ["UZB", None], "Norov", "Vladimir Imamovich Norov"),
                   E("Shanghai Cooperation Organization", None, "SCO", "Shanghai Cooperation Organisation")],
         may=[GHP],
         quotes=[Q("I hope that the ambassadors will play an active role in promoting ties between our countries",
                   "Xi Jinping", *XI_ALT, "China"),
                 Q("The Chinese government will facilitate and support the work of the ambassadors.", "Xi Jinping",
                   *XI_ALT, "China")],
         quantities=[N("9 ambassadors", 9), N("nine countries", 9)],
         times=[T("Wednesday", "2019-02-20")],
         events=Vs(["SLV", "IND", "TKM", "HRV", "KGZ", "ETH", "GRD", "KEN", "MRT"], "CHN", "04"),
         events_may=[V("CHN", c, r) for c in ["SLV", "IND", "TKM", "HRV", "KGZ", "ETH", "GRD", "KEN", "MRT"]
                     for r in ("04", "05", "03")]
         + [V(c, "CHN", "05") for c in ["SLV", "IND", "TKM", "HRV", "KGZ", "ETH", "GRD", "KEN", "MRT"]]
         + [V("CHN", None, "04"), V(None, "CHN", "04")]),
    dict(file="s24_globaltimes.txt", date="2017-07-13", url="http://www.globaltimes.cn/content/1056144.shtml",
         entities=[P("Xi Jinping", "CHN", XI_ALT), E("Beijing", "CHN"), E("Selim Belortaja", "ALB"),
                   E("Albania", "ALB"), E("Jose Bernal", "MEX", "Jos\u00e9 Bernal"), E("Mexico", "MEX"),
                   E("Azamat Usenov", "KGZ", "Usenov Azamat"), E("Kyrgyzstan", "KGZ"), E("Mothusi Palai", "BWA"),
                   E("Botswana", "BWA"), E("Edward Boateng", "GHA"), E("Ghana", "GHA"),
                   E("Terry Branstad", "USA", "Branstad", "Terry Edward Branstad", "Terry E. Branstad"),
                   E("United States", "USA", "US", "U.S."), E("Jean-Maurice Ripert", "FRA"), E("France", "FRA"),
                   E("Patricia Rodriguez Holkemeyer", "CRI", "Patricia Rodr\u00edguez Holkemeyer"),
                   E("Costa Rica", "CRI"), CN],
         may=[GHP, E("Belt and Road Initiative", None, "Belt and Road")],
         quotes=[],
         quantities=[N("eight new ambassadors", 8), N("eight countries", 8)],
         times=[T("Wednesday", "2017-07-12")],
         events=Vs(["ALB", "MEX", "KGZ", "BWA", "GHA", "USA", "FRA", "CRI"], "CHN", "04"),
         events_may=[V("CHN", c, r) for c in ["ALB", "MEX", "KGZ", "BWA", "GHA", "USA", "FRA", "CRI"]
                     for r in ("04", "05", "03")]
         + [V(c, "CHN", r) for c in ["ALB", "MEX", "KGZ", "BWA", "GHA", "USA", "FRA", "CRI"] for r in ("05", "03")]),
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
