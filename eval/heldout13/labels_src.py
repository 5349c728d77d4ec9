#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Thirteenth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout12/README.md and this folder's
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
US = E("United States", "USA", "US", "U.S.", "United States of America", "America")
UN = E("United Nations", None, "UN", "U.N.")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
IND = E("India", "IND")
EG = E("Egypt", "EGY", "Arab Republic of Egypt")
WH = E("White House", "USA")
G7 = E("G7", None, "Group of Seven")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
BIDEN_ALT = ("Biden", "President Joe Biden", "President Biden", "Mr Biden", "Mr. Biden", "Joseph R. Biden",
             "Joseph R. Biden Jr.", "Joseph Biden", "Joe Biden Jr.", "US President Joe Biden",
             "U.S. President Joe Biden")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
MODI_ALT = ("Modi", "Prime Minister Narendra Modi", "PM Narendra Modi", "PM Modi", "Narendra Damodardas Modi")
MACRON_ALT = ("Macron", "French President Emmanuel Macron", "President Emmanuel Macron",
              "Emmanuel Jean-Michel Frederic Macron", "Emmanuel Jean-Michel Fr\u00e9d\u00e9ric Macron")
XI_ALT = ("Xi", "Mr Xi", "President Xi", "Xi Jinping", "China's President Xi Jinping", "Chinese President Xi Jinping")
LAVROV_ALT = ("Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Sergei Viktorovich Lavrov", "Sergey Viktorovich Lavrov",
              "Russian Foreign Minister Sergei Lavrov", "Russian Foreign Minister Sergey Lavrov")
ERDOGAN_ALT = ("Erdogan", "Erdo\u011fan", "Recep Tayyip Erdo\u011fan", "Turkish President Recep Tayyip Erdogan")
TILLERSON_ALT = ("Tillerson", "Rex Wayne Tillerson", "Secretary of State Rex Tillerson",
                 "U.S. Secretary of State Rex Tillerson")
SWARAJ_ALT = ("Swaraj", "Ms. Swaraj", "External Affairs Minister Sushma Swaraj")
SISI_ALT = ("Sisi", "el-Sisi", "Abdel Fattah al-Sisi", "Abdel Fattah Saeed Hussein Khalil el-Sisi",
            "Abdul Fatah Sisi", "President Abdel Fattah el-Sisi")
PELOSI_ALT = ("Pelosi", "Nancy Patricia Pelosi", "Nancy Patricia D'Alesandro Pelosi")
ZELENSKY_ALT = ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
                "Volodymyr Oleksandrovych Zelenskyy", "Volodymyr Oleksandrovych Zelensky")
SANDERS_ALT = ("Sarah Sanders", "Sanders", "White House press secretary Sarah Sanders",
               "Sarah Elizabeth Huckabee Sanders")
TW = E("Taiwan", "TWN")

DOCS = [
    dict(file="s01_thenewsontime.txt", date="2022-08-05",
         url="https://www.thenewsontime.com/japan-regrets-beijings-cancellation-of-foreign-ministers-meeting/?amp",
         entities=[E("Japan", "JPN"), E("China", "CHN", "Beijing", "People's Republic of China"),
                   E("Hirokazu Matsuno", "JPN", "Matsuno", "Japan's Cabinet Secretary General Hirokazu Matsuno"),
                   G7, E("ASEAN", None, "Association of Southeast Asian Nations"), TW, E("Cambodia", "KHM"),
                   P("Nancy Pelosi", "USA", PELOSI_ALT, "US House Speaker Nancy Pelosi"), US],
         may=[E("Beijing", "CHN"), E("Chinese Foreign Ministry", "CHN"),
              E("House of Representatives", "USA", "US House")],
         quotes=[Q("The meeting of the Japanese and Chinese foreign ministers on the sidelines of ASEAN was in the final stages of negotiation",
                   "Hirokazu Matsuno", "Matsuno", "Japan")],
         quantities=[],
         times=[T("yesterday", "2022-08-04"), T("Thursday", "2022-08-04")],
         events=[V("JPN", "CHN", "11"), V("CHN", "JPN", "12")],
         events_may=[V("CHN", "JPN", "16"), V("CHN", "JPN", "11"), V("JPN", "CHN", "03"), V("JPN", "CHN", "12")]
         + both("JPN", "CHN", "04")
         + [V(None, "CHN", "11"), V("CHN", "TWN", "15"), V("CHN", "TWN", "13"), V("USA", "TWN", "04"),
            V("CHN", "USA", "11"), V("CHN", "USA", "12")]),
    dict(file="s02_thetransparency.txt", date="2023-09-01",
         url="https://thetransparency.uk/2023/09/01/fm-lavrov-and-turkish-counterpart-fidan-discuss-issues-to-be-addressed-at-upcoming-presidents-meeting/",
         entities=[P("Sergey Lavrov", "RUS", LAVROV_ALT, "FM Lavrov"),
                   E("Hakan Fidan", "TUR", "Fidan", "Turkish counterpart Fidan"), E("Moscow", "RUS"),
                   P("Vladimir Putin", "RUS", PUTIN_ALT), P("Recep Tayyip Erdogan", "TUR", ERDOGAN_ALT),
                   E("Syria", "SYR"), E("Kremlin", "RUS", "Kremlin press service")],
         may=[RU, E("Turkey", "TUR", "T\u00fcrkiye"), E("South Caucasus", None),
              E("Black Sea Grain Initiative", None)],
         quotes=[Q("Without question, besides our bilateral agenda, we have an intensive dialogue and pragmatic co-operation on regional and international affairs",
                   "Sergey Lavrov", *LAVROV_ALT, "Russia"),
                 Q("it was agreed to continue contacts at various levels, including in the context of preparations for a possible meeting between the two leaders",
                   "Kremlin", "Kremlin press service", "Russia")],
         quantities=[N("two leaders", 2)],
         times=[T("Thursday", "2023-08-31"), T("today's", "2023-08-31", "2023-09-01"), T("August 2", "2023-08-02")],
         events=both("RUS", "TUR", "04"),
         events_may=[V("RUS", "TUR", "05"), V("RUS", "TUR", "03"), V("TUR", "RUS", "03")]),
    dict(file="s03_thehansindia.txt", date="2020-03-14",
         url="https://thehansindia.com/amp/news/international/trump-recalls-incredible-2-days-in-india-loved-modis-company-611870",
         entities=[E("New York", "USA"), P("Donald Trump", "USA", TRUMP_ALT), IND,
                   P("Narendra Modi", "IND", MODI_ALT), E("United States", "USA", "US", "U.S.", "Washington"),
                   E("China", "CHN", "Beijing"), P("Xi Jinping", "CHN", XI_ALT), E("Ahmedabad", "IND")],
         may=[E("Sardar Patel Cricket Stadium", "IND"), E("Washington", "USA"), E("Beijing", "CHN")],
         quotes=[Q("loved being with", "Donald Trump", *TRUMP_ALT),
                 Q("We had a great time in India. It was an incredible two days", "Donald Trump", *TRUMP_ALT),
                 Q("Say hello to him", "Donald Trump", *TRUMP_ALT),
                 Q("But we talked about everything we talked far more than just borders", "Donald Trump", *TRUMP_ALT),
                 Q("President Xi likewise is a friend of mine, I believe we are dealing in good faith", "Donald Trump",
                   *TRUMP_ALT),
                 Q("We have worked an incredible deal, big deal, one of the biggest deal ever made of any kind",
                   "Donald Trump", *TRUMP_ALT)],
         quantities=[N("about 129,000 people", 129000)],
         times=[T("Friday", "2020-03-13"), T("last month", "2020-02"), T("February 24", "2020-02-24")],
         events=[V("USA", "IND", "05"), V("USA", "CHN", "05")],
         events_may=both("USA", "IND", "04") + [V("CHN", "USA", "05"), V("USA", "IND", "01"), V("USA", "CHN", "01"),
                                                V("IND", None, "16"), V("USA", "IND", "03")]),
    dict(file="s04_cnn.txt", date="2017-11-09",
         url="https://edition.cnn.com/2017/11/09/politics/donald-trump-xi-jinping-press/index.html/",
         entities=[P("Donald Trump", "USA", TRUMP_ALT), P("Xi Jinping", "CHN", XI_ALT, "Chinese leader Xi Jinping"),
                   E("China", "CHN"), E("Beijing", "CHN"), E("Washington", "USA"), US,
                   E("Bill Clinton", "USA", "Clinton", "William Jefferson Clinton", "William J. Clinton",
                     "Then-Presidents Bill Clinton"),
                   E("George W. Bush", "USA", "Bush", "George Walker Bush"), WH,
                   P("Sarah Huckabee Sanders", "USA", SANDERS_ALT)],
         may=[E("CNN", "USA")],
         quotes=[Q("It was at the Chinese insistence there were no questions today", "Sarah Huckabee Sanders",
                   *SANDERS_ALT, "White House", "United States")],
         quantities=[],
         times=[T("1998", "1998"), T("2002", "2002"), T("today", "2017-11-09", "2017-11-08")],
         events=both("USA", "CHN", "04"),
         events_may=[V("CHN", "USA", "10"), V("CHN", "USA", "02"), V("USA", "CHN", "02"), V("CHN", "USA", "12")]),
    dict(file="s05_tribune.txt", date="2022-09-25",
         url="https://archives.tribune.net.ph/2022/09/25/visit-phl-bbm-tells-kissinger/",
         entities=[E("Bongbong Marcos", "PHL", "Marcos", "BBM", "Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.",
                     "Ferdinand Romualdez Marcos Jr.", 'Ferdinand "Bongbong" Marcos Jr.',
                     'President Ferdinand "Bongbong" Marcos Jr.'),
                   E("United States", "USA", "United States of America", "US", "U.S."),
                   E("United Nations General Assembly", None, "UN General Assembly", "UNGA"),
                   E("New York City", "USA", "NEW YORK CITY", "New York", "Big Apple"), E("Manila", "PHL"),
                   E("Abdullah II of Jordan", "JOR", "King Abdullah II", "Abdullah II", "Abdullah II bin Al-Hussein",
                     "King Abdullah II of Jordan"),
                   E("Jordan", "JOR"), P("Emmanuel Macron", "FRA", MACRON_ALT),
                   E("Philippines", "PHL", "Phl", "Republic of the Philippines"),
                   E("Henry Kissinger", "USA", "Kissinger", "Dr. Kissinger", "Henry Alfred Kissinger",
                     "Heinz Alfred Kissinger", "former US Secretary of State Henry Kissinger"),
                   E("Liza Araneta Marcos", "PHL", "Liza Marcos", "Louise Araneta-Marcos", "Louise Araneta Marcos",
                     "First Lady Liza Araneta Marcos")],
         may=[UN, E("France", "FRA")],
         quotes=[Q("Overall, I can say that I consider the trip a success, and overall I am satisfied with the work that we have done",
                   "Bongbong Marcos", "Marcos", "Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.", "Philippines"),
                 Q("It was a very warm meeting and it was nice to see the affection that had developed between Dr. Kissinger and not only my parents but the Philippines",
                   "Bongbong Marcos", "Marcos", "Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.", "Philippines"),
                 Q("I've always enjoyed the city. I've always loved being in New York", "Bongbong Marcos", "Marcos",
                   "Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.", "Philippines")],
         quantities=[],
         times=[T("Friday", "2022-09-23"), T("Saturday", "2022-09-24")],
         events=both("PHL", "USA", "04") + both("PHL", "JOR", "04") + both("PHL", "FRA", "04"),
         events_may=[V("PHL", "USA", "02"), V("PHL", "USA", "03"), V("PHL", None, "04")]),
    dict(file="s06_midru.txt", date="2017-10-11",
         url="https://washington.mid.ru/en/press-centre/news/ambassador_s_statement/",
         entities=[E("United States", "USA", "US", "U.S.", "Washington"), E("San Francisco", "USA"),
                   E("Washington", "USA"), E("Russia", "RUS", "Russian Federation"),
                   E("United Nations Security Council", None, "UN Security Council", "Security Council", "UNSC"),
                   P("Sergey Lavrov", "RUS", LAVROV_ALT), P("Rex Tillerson", "USA", TILLERSON_ALT),
                   E("Rossiya 1", "RUS", "Rossiya")],
         may=[UN],
         quotes=[],
         quantities=[N("two great powers", 2)],
         times=[T("today's", "2017-10-11")],
         events=[V("RUS", "USA", "11"), V("RUS", "USA", "10"), V("USA", "RUS", "17")],
         events_may=[V("USA", "RUS", "16"), V("RUS", "USA", "03"), V("RUS", "USA", "02"), V("RUS", "USA", "14")]
         + both("RUS", "USA", "04")),
    dict(file="s07_menafn.txt", date="2024-04-07",
         url="https://menafn.com/1108067443/UN-head-expresses-concern-around-Ecuadors-invasion-of-Mexican-embassy-in-Quito",
         entities=[E("Stephane Dujarric", ["FRA", None], "St\u00e9phane Dujarric", "Dujarric",
                     "St\u00e9phane Dujarric de la Rivi\u00e8re"),
                   E("Antonio Guterres", ["PRT", None], "Guterres", "Ant\u00f3nio Guterres",
                     "UN Secretary-General Antonio Guterres", "Antonio Manuel de Oliveira Guterres",
                     "Ant\u00f3nio Manuel de Oliveira Guterres"),
                   UN, E("Quito", "ECU")],
         may=[E("Ecuador", "ECU"), E("Mexico", "MEX"), E("Mexican Embassy", "MEX", "Mexican Embassy in Quito")],
         quotes=[],
         quantities=[],
         times=[T("Saturday", "2024-04-06"), T("Friday", "2024-04-05")],
         events=[V("ECU", "MEX", "17")],
         events_may=[V("ECU", "MEX", "18"), V("ECU", "MEX", "11"), V(None, "ECU", "11"), V(None, "ECU", "02"),
                     V(None, "MEX", "02"), V(None, None, "02")]),
    dict(file="s08_wearebreakingnews.txt", date="2021-09-15",
         url="https://wearebreakingnews.com/the-united-states-condemned-the-launch-of-a-north-korean-missile.html",
         entities=[E("US State Department", "USA", "State Department", "U.S. State Department"),
                   E("North Korea", "PRK", "DPRK", "Pyongyang", "Democratic People's Republic of Korea"),
                   US, E("UN Security Council", None, "United Nations Security Council", "Security Council", "UNSC"),
                   E("South Korea", "KOR", "Republic of Korea"), E("Japan", "JPN"),
                   E("South Korean Joint Chiefs of Staff", "KOR", "Joint Chiefs of Staff"),
                   P("Joe Biden", "USA", BIDEN_ALT)],
         may=[E("CNN", "USA"), E("Korean peninsula", None), E("Pyongyang", "PRK"), UN],
         quotes=[Q("The United States condemns the DPRK's missile launch", "United States", "US State Department",
                   "State Department")],
         quantities=[N("two unidentified ballistic missiles", 2)],
         times=[T("Wednesday", "2021-09-15"), T("January", "2021-01"), T("Saturday", "2021-09-11"),
                T("Sunday", "2021-09-12")],
         events=[V("USA", "PRK", "11"), V("USA", "PRK", "02")],
         events_may=[V("PRK", None, "15"), V("PRK", "KOR", "15"), V("PRK", "JPN", "15"), V("PRK", "KOR", "13"),
                     V("PRK", "JPN", "13"), V("USA", "PRK", "03"), V("USA", "KOR", "03"), V("USA", "JPN", "03"),
                     V("USA", "PRK", "12")]),
    dict(file="s09_dailymirror.txt", date="2018-10-20",
         url="http://www.dailymirror.lk/157172/Ranil-meets-Modi",
         entities=[E("Ranil Wickremesinghe", "LKA", "Wickremesinghe", "Mr. Wickremesinghe",
                     "Sri Lankan Prime Minister Ranil Wickremesinghe", "Sri Lankan PM Ranil Wickremesinghe",
                     "Ranil Shriyan Wickremesinghe"),
                   P("Narendra Modi", "IND", MODI_ALT), E("New Delhi", "IND"), E("Sri Lanka", "LKA"), IND,
                   E("Ministry of External Affairs", "IND", "MEA"),
                   E("Raveesh Kumar", "IND", "Ministry of External Affairs Spokesperson Raveesh Kumar"),
                   E("Jaffna", "LKA"),
                   E("Maithripala Sirisena", "LKA", "Sirisena", "Sri Lankan President Maithripala Sirisena",
                     "Pallewatte Gamaralalage Maithripala Yapa Sirisena"),
                   E("Research and Analysis Wing", "IND", "RAW"),
                   E("Rajnath Singh", "IND", "Mr. Singh", "Home Minister Rajnath Singh"),
                   P("Sushma Swaraj", "IND", SWARAJ_ALT)],
         may=[E("Hyderabad House", "IND")],
         quotes=[Q("Special place in our hearts for Sri Lanka", "Raveesh Kumar", "Ministry of External Affairs", "India")],
         quantities=[N("two leaders", 2), N("two sides", 2)],
         times=[T("Saturday", "2018-10-20")],
         events=both("LKA", "IND", "04") + [V("IND", "LKA", "07")],
         events_may=both("LKA", "IND", "03") + [V("IND", "LKA", "05"), V("LKA", "IND", "11"), V("LKA", "IND", "12")]),
    dict(file="s10_newstracklive.txt", date="2018-02-02",
         url="https://english.newstracklive.com/news/nepal-visit-swaraj-to-hold-talks-with-cpn-chief-pushpa-kamal-dahal-sub-world-news-creur--40004-1.html",
         entities=[P("Sushma Swaraj", "IND", SWARAJ_ALT),
                   E("Pushpa Kamal Dahal", "NPL", "Prachanda", "Pushpa Kamal Dahal Prachanda", "Dahal"),
                   E("CPN (Maoist Centre)", "NPL", "CPN (Maoist Center)", "Communist Party of Nepal (Maoist Centre)",
                     "Communist Party of Nepal (Maoist Center)"),
                   E("Kathmandu", "NPL"), E("Nepal", "NPL"),
                   E("KP Sharma Oli", "NPL", "K.P.Sharma Oli", "K. P. Sharma Oli", "K.P. Sharma Oli",
                     "Khadga Prasad Sharma Oli", "Khadga Prasad Oli", "Oli"),
                   E("CPN (UML)", "NPL", "CPN-UML", "Communist Party of Nepal (Unified Marxist-Leninist)"), IND,
                   E("Rashtriya Janata Party Nepal", "NPL", "Rashtriya Janta Party Nepal"),
                   E("Sher Bahadur Deuba", "NPL", "Deuba", "Prime Minister Sher Bahadur Deuba"),
                   E("Bidya Devi Bhandari", "NPL", "Vidya Devi Bhandari", "Bhandari", "President Vidya Devi Bhandari"),
                   E("New Delhi", "IND")],
         may=[E("Kathmandu airport", "NPL", "Tribhuvan International Airport")],
         quotes=[],
         quantities=[],
         times=[T("Thursday", "2018-02-01"), T("today", "2018-02-02")],
         events=both("IND", "NPL", "04") + [V("IND", "NPL", "05")],
         events_may=both("IND", "NPL", "03") + [V("IND", "NPL", "01")]),
    dict(file="s11_allafrica.txt", date="2017-03-22", url="http://allafrica.com/stories/201703220169.html",
         entities=[E("Khartoum", "SDN"), E("Sudan", "SDN", "the Sudan"), EG,
                   E("Ibrahim Ghandour", "SDN", "Professor Ibrahim Ghandour", "Ghandour"),
                   E("Sameh Shoukry", "EGY", "Samih Shukri", "Sameh Hassan Shoukry", "Shoukry"),
                   E("Omar al-Bashir", "SDN", "Omar Hassan Ahmed Al- Bashir", "Omar Hassan Ahmad al-Bashir",
                     "Omar al-Bashir", "Al- Bashir", "al-Bashir", "Bashir"),
                   P("Abdel Fattah el-Sisi", "EGY", SISI_ALT)],
         may=[E("Higher Presidential Committee", None)],
         quotes=[],
         quantities=[N("two countries", 2), N("two sides", 2), N("two ministers", 2), N("two states", 2)],
         times=[T("Tuesday", "2017-03-21"), T("April, 2017", "2017-04")],
         events=both("SDN", "EGY", "04", "05"),
         events_may=both("SDN", "EGY", "03") + [V("SDN", None, "12"), V("EGY", None, "12")]),
    dict(file="s12_ethiopiantoday.txt", date="2017-01-31",
         url="https://ethiopian-today.blogspot.com/2017/01/ethiopia-egypt-agree-to-strengthen.html?m=1",
         entities=[E("Ethiopia", "ETH"), EG, E("ENA", "ETH", "Ethiopian News Agency"),
                   E("Hailemariam Desalegn", "ETH", "Hailemariam Dessalgen", "Hailemariam Dessalegn",
                     "Hailemariam Desalegn Boshe", "Hailemariam", "Prime Minister Hailemariam Dessalgen"),
                   P("Abdel Fattah el-Sisi", "EGY", SISI_ALT)],
         may=[E("Grand Ethiopian Renaissance Dam", "ETH", "GERD")],
         quotes=[],
         quantities=[N("two sides", 2)],
         times=[T("January 31, 2017", "2017-01-31")],
         events=both("ETH", "EGY", "04", "05"),
         events_may=both("ETH", "EGY", "03")),
    dict(file="s13_prudentpressagency.txt", date="2021-09-22",
         url="https://www.prudentpressagency.com/macron-and-biden-settle-a-dispute-over-a-deal-with-australia/",
         entities=[E("France", "FRA", "Paris", "French Republic"), P("Emmanuel Macron", "FRA", MACRON_ALT),
                   E("United States", "USA", "United State", "US", "U.S.", "Washington"),
                   P("Joe Biden", "USA", BIDEN_ALT), E("Australia", "AUS"), WH, NATO],
         may=[E("Paris", "FRA"), E("Washington", "USA"), E("Europe", None), E("Africa", None),
              E("Sahel", None, "Sahel region")],
         quotes=[Q("recognizes the importance of a stronger and more efficient European defense that contributes positively to transatlantic and global security and complements NATO",
                   "White House", "United States", "France", "Joe Biden", "Emmanuel Macron")],
         quantities=[N("40 billion dollars", 40000000000, "USD")],
         times=[T("Wednesday", "2021-09-22"), T("October", "2021-10")],
         events=both("FRA", "USA", "04", "05") + [V("FRA", "USA", "16"), V("FRA", "AUS", "16"), V("FRA", "USA", "11")],
         events_may=[V("FRA", "AUS", "11"), V("FRA", "USA", "03"), V("USA", "FRA", "03"), V("USA", "FRA", "07"),
                     V("AUS", "FRA", "12"), V("AUS", "FRA", "16"), V("AUS", "USA", "05"), V("USA", "AUS", "05"),
                     V("USA", "FRA", "01")]),
    dict(file="s14_chernayakobra.txt", date="2021-09-10",
         url="https://chernayakobra.ru/no-comment-the-us-ambassador-stayed-at-the-russian-foreign-ministry-for-only-20-minutes/",
         entities=[E("John J. Sullivan", "USA", "John Sullivan", "John Joseph Sullivan", "US Ambassador John Sullivan",
                     "Sullivan"),
                   E("Russia", "RUS", "Russian Federation"), E("United States", "USA", "US", "U.S."),
                   E("Moscow", "RUS")],
         may=[E("Russian Foreign Ministry", "RUS", "Russian Foreign Office", "Foreign Ministry"),
              E("US diplomatic mission", "USA")],
         quotes=[Q("I am glad to return to Moscow to continue working with an experienced and reliable team of the US diplomatic mission",
                   "John J. Sullivan", "John Sullivan", "United States")],
         quantities=[],
         times=[T("April 2021", "2021-04")],
         events=[V("RUS", "USA", "11")],
         events_may=both("RUS", "USA", "04") + [V("USA", "RUS", "16"), V("RUS", "USA", "16"), V("RUS", "USA", "10")]),
    dict(file="s15_blastingnews.txt", date="2017-07-07",
         url="https://us.blastingnews.com/world/2017/07/trump-putin-tackle-syria-russian-meddling-in-meeting-001833241.html",
         entities=[P("Donald Trump", "USA", TRUMP_ALT),
                   P("Vladimir Putin", "RUS", PUTIN_ALT, "Vladamir Putin", "Russian President Vladamir Putin"),
                   E("United States", "USA", "U.S.", "US", "Washington"), E("Russia", "RUS", "Moscow"),
                   E("Germany", "DEU"), E("G20 Summit", None, "G20"), E("Syria", "SYR"),
                   P("Rex Tillerson", "USA", TILLERSON_ALT), P("Sergey Lavrov", "RUS", LAVROV_ALT),
                   E("Israel", "ISR"), E("Jordan", "JOR"), E("Turkey", "TUR"), E("Iran", "IRN"),
                   E("Melania Trump", "USA", "First Lady Melania Trump", "Melania Knauss Trump", "Melanija Knavs",
                     "U.S. First Lady Melania Trump"),
                   E("The New York Post", "USA", "New York Post"), E("Reuters", ["GBR", None])],
         may=[E("Washington", "USA"), E("Moscow", "RUS"), E("Damascus", "SYR")],
         quotes=[Q("They had a very robust and lengthy exchange on the subject", "Rex Tillerson", *TILLERSON_ALT)],
         quantities=[N("two translators", 2), N("two leaders", 2)],
         times=[T("2016", "2016"), T("Sunday", "2017-07-09"), T("2017", "2017")],
         events=both("USA", "RUS", "04", "05") + [V("USA", "RUS", "11")],
         events_may=[V("USA", "RUS", "10"), V("RUS", "USA", "01"), V("RUS", "USA", "12"), V("RUS", "USA", "11")]
         + pairs(["RUS", "TUR", "IRN"], "05") + both("USA", "SYR", "05") + both("RUS", "SYR", "05")),
    dict(file="s16_mbcomph.txt", date="2022-09-30",
         url="https://mb.com.ph/2023/2/24/us-announces-severe-sanctions-on-russia-over-annexations",
         entities=[E("Washington", "USA", "WASHINGTON"), US, E("Russia", "RUS", "Moscow", "Russian Federation"),
                   P("Joe Biden", "USA", BIDEN_ALT), UA, WH, G7, E("Kremlin", "RUS"),
                   E("Antony Blinken", "USA", "Blinken", "Antony J. Blinken", "Secretary of State Antony Blinken",
                     "Tony Blinken"),
                   E("United Kingdom", "GBR", "Britain", "Great Britain"), E("Canada", "CAN"), E("France", "FRA"),
                   E("Germany", "DEU"), E("Italy", "ITA"), E("Japan", "JPN")],
         may=[E("Moscow", "RUS"), E("United Nations Charter", None, "UN Charter"), UN],
         quotes=[Q("The United States is imposing swift and severe costs on Russia", "White House", "United States"),
                 Q("the United States condemns Russia's fraudulent attempt today to annex sovereign Ukrainian territory",
                   "Joe Biden", *BIDEN_ALT),
                 Q("The United States will always honor Ukraine's internationally recognized borders", "Joe Biden",
                   *BIDEN_ALT),
                 Q("the United States unequivocally rejects Russia's fraudulent attempt to change Ukraine's internationally recognized borders",
                   "Antony Blinken", "Blinken", "Antony J. Blinken", "United States"),
                 Q("In response, the United States and our allies and partners are imposing swift and severe costs",
                   "Antony Blinken", "Blinken", "Antony J. Blinken", "United States"),
                 Q("including international suppliers.", "United States", "Joe Biden", "White House")],
         quantities=[N("four Ukrainian regions", 4), N("$1.1 billion", 1100000000, "USD"),
                     N("four invaded regions", 4)],
         times=[T("Friday", "2022-09-30"), T("today", "2022-09-30")],
         events=[V("USA", "RUS", "16"), V("USA", "RUS", "11"), V("USA", "UKR", "07")],
         events_may=[V("USA", "RUS", "12"), V("USA", "RUS", "13"), V("USA", None, "13"), V("RUS", "UKR", "19"),
                     V("RUS", "UKR", "17"), V("USA", "UKR", "05")]
         + Vs(["GBR", "CAN", "FRA", "DEU", "ITA", "JPN"], "RUS", "16")
         + Vs(["GBR", "CAN", "FRA", "DEU", "ITA", "JPN"], None, "13")),
    dict(file="s17_allafrica.txt", date="2023-07-12", url="https://allafrica.com/stories/202307120115.html",
         entities=[E("Sudan News Agency", "SDN", "SUNA"), E("Sudan", "SDN", "Government of Sudan", "GoS"),
                   E("IGAD", None, "Intergovernmental Authority on Development"), E("Addis Ababa", "ETH"),
                   E("William Ruto", "KEN", "Ruto", "President William Ruto", "Kenyan President William Ruto",
                     "William Samoei Ruto", "William Kipchirchir Samoei arap Ruto"),
                   EG],
         may=[E("Ministry of Foreign Affairs", "SDN"), E("Quartet", None, "Quartet Committee"),
              E("East African Emergency Forces", None, "EAEF"), E("Kenya", "KEN"), E("Jeddah", "SAU"),
              E("Ethiopia", "ETH")],
         quotes=[],
         quantities=[],
         times=[T("July 13, 2023", "2023-07-13")],
         events=[V("SDN", "KEN", "11"), V("SDN", "KEN", "12"), V("SDN", "EGY", "05")],
         events_may=[V("SDN", None, "12"), V("SDN", None, "11"), V(None, "SDN", "02"), V("SDN", "EGY", "04"),
                     V("SDN", "SAU", "05"), V("SDN", "ETH", "11"), V("KEN", "SDN", "11"), V("SDN", None, "13")]),
    dict(file="s18_newstracklive.txt", date="2022-04-15",
         url="https://english.newstracklive.com/news/russia-issues-warning-west-of-unpredictable-consequences-sc57-nu318-ta318-1223379-1.html",
         entities=[E("London", "GBR", "LONDON"), E("Russia", "RUS", "Moscow", "Russian Federation"),
                   E("United States", "USA", "US", "U.S."), UA, E("BBC", "GBR", "British Broadcasting Corporation"),
                   E("US State Department", "USA", "State Department"), E("Washington", "USA"), NATO,
                   P("Joe Biden", "USA", BIDEN_ALT), E("Donbas", "UKR", "Donbass")],
         may=[E("Moscow", "RUS"), E("Russian embassy", "RUS", "Russian embassy in Washington")],
         quotes=[],
         quantities=[N("$800 million", 800000000, "USD"), N("USD3 billion", 3000000000, "USD")],
         times=[T("Tuesday", "2022-04-12")],
         events=[V("RUS", "USA", "13"), V("USA", "UKR", "07")],
         events_may=[V("RUS", "USA", "10"), V("RUS", "USA", "11"), V("RUS", None, "13"), V("RUS", "UKR", "19"),
                     V("RUS", "UKR", "15"), V("RUS", "UKR", "18")]),
    dict(file="s19_bunatimes.txt", date="2023-04-18", url="https://bunatimes.com/world/159483.html",
         entities=[E("Tampa", "USA"), E("Florida", "USA"), E("United States", "USA", "USA", "US", "U.S."),
                   E("Federal Security Service", "RUS", "FSB", "Russian Federal Security Service"),
                   E("US Justice Department", "USA", "Justice Department", "U.S. Justice Department",
                     "Department of Justice", "DOJ"),
                   E("Matthew Olsen", "USA", "Olsen", "USAMatthew Olsen", "Matthew G. Olsen")],
         may=[E("Russia", "RUS"), E("Foreign Intelligence Service", "RUS", "SVR", "foreign intelligence service", "Russian foreign intelligence service")],
         quotes=[Q("working on behalf of the Russian government and in conjunction with the Russian Federal Security Service (FSB)",
                   None),
                 Q("external evil influence", None),
                 Q("recruited, funded and directed US political groups to act as unregistered illegal agents of the Russian government, sow discord and spread pro-Russian propaganda.",
                   "US Justice Department", "Justice Department", "United States"),
                 Q("allegedly used as a weapon", "Matthew Olsen", "Olsen", "US Justice Department"),
                 Q("divide Americans and interfere in elections.", "Matthew Olsen", "Olsen", "US Justice Department"),
                 Q("The Department will not hesitate to expose and prosecute those who sow discord and corrupt U.S. elections in the service of hostile foreign interests",
                   "Matthew Olsen", "Olsen", "US Justice Department")],
         quantities=[N("four Americans", 4), N("three Russians", 3), N("seven people", 7)],
         times=[],
         events=[V("USA", "RUS", "11")],
         events_may=[V("USA", "RUS", "17"), V("RUS", "USA", "17"), V("RUS", "USA", "18"), V("RUS", "USA", "11"),
                     V("USA", None, "17")]),
    dict(file="s20_malaymail.txt", date="2023-10-20",
         url="https://www.malaymail.com/news/malaysia/2023/10/20/peaceful-assembly-in-kl-calls-for-us-to-withdraw-support-for-israeli-aggression-in-palestine/97469",
         entities=[E("Kuala Lumpur", "MYS", "KUALA LUMPUR"), E("United States", "USA", "US", "U.S."),
                   E("Israel", "ISR"), E("Palestine", "PSE"), E("International Criminal Court", None, "ICC"),
                   E("Mahathir Mohamad", "MYS", "Tun Dr Mahathir Mohamad", "Mahathir bin Mohamad", "Mahathir"),
                   E("Khairy Jamaluddin", "MYS", "Khairy Jamaluddin Abu Bakar"),
                   E("Pejuang", "MYS", "Parti Pejuang Tanah Air"),
                   E("Mukhriz Mahathir", "MYS", "Datuk Seri Mukhriz Mahathir"),
                   E("Chua Tian Chang", "MYS", "Tian Chua"),
                   E("Darul Islah Welfare Organisation", "MYS", "Perkid"), E("Masridzi Sat", "MYS"),
                   E("Hamas", ["PSE", None]), E("Gaza", ["PSE", None], "Gaza Strip")],
         may=[E("United States Embassy", "USA", "United States (US) Embassy", "US Embassy"),
              E("Jalan Tun Razak", "MYS"), E("Tabung Haji Mosque", "MYS"), E("Bernama", "MYS")],
         quotes=[],
         quantities=[],
         times=[T("Oct 20", "2023-10-20"), T("today", "2023-10-20"), T("Friday", "2023-10-20"),
                T("Saturday", "2023-10-07"), T("October 7", "2023-10-07")],
         events=[],
         events_may=[V(None, "USA", "14"), V("MYS", "USA", "14"), V(None, "USA", "11"), V(None, "USA", "02"),
                     V(None, "ISR", "11"), V("MYS", "ISR", "14"), V("ISR", "PSE", "19"), V("ISR", "PSE", "18"),
                     V("USA", "ISR", "07"), V(None, "ISR", "19")]),
    dict(file="s21_straitstimes.txt", date="2023-11-16",
         url="https://www.straitstimes.com/asia/biden-and-xi-meeting-taiwan-iran-fentanyl-and-ai",
         entities=[E("Washington", "USA", "WASHINGTON"), P("Joe Biden", "USA", BIDEN_ALT),
                   P("Xi Jinping", "CHN", XI_ALT, "Chinese leader Xi Jinping"),
                   E("China", "CHN", "Beijing", "People's Republic of China"), E("San Francisco", "USA"),
                   E("Asia-Pacific Economic Cooperation", None, "Apec", "APEC"), TW,
                   E("United States", "USA", "US", "U.S."), E("House of Representatives", "USA"),
                   P("Nancy Pelosi", "USA", PELOSI_ALT, "then-House of Representatives Speaker Nancy Pelosi"),
                   E("Lloyd Austin", "USA", "Lloyd J. Austin III", "Lloyd James Austin III",
                     "US Secretary of Defence Lloyd Austin")],
         may=[E("Filoli estate", "USA", "Filoli"), E("Beijing", "CHN"), E("Taiwan Strait", None),
              E("Communist Party", "CHN", "Communist Party of China", "Chinese Communist Party")],
         quotes=[Q("stressed the importance of peace and stability in the Taiwan Strait", "Joe Biden", *BIDEN_ALT),
                 Q("all well and good but at some point we need to move towards resolution more generally",
                   "Xi Jinping", *XI_ALT),
                 Q("very clear request", None),
                 Q("He and I agreed that each one of us can pick up the phone call directly and we'll be heard immediately",
                   "Joe Biden", *BIDEN_ALT)],
         quantities=[N("about 48km", 48, "km")],
         times=[T("Wednesday", "2023-11-15"), T("August 2022", "2022-08")],
         events=both("USA", "CHN", "04", "05") + [V("USA", "CHN", "02")],
         events_may=[V("CHN", "USA", "02"), V("CHN", "TWN", "13"), V("CHN", "USA", "16"), V("USA", "TWN", "04"),
                     V("CHN", "USA", "03"), V("USA", "CHN", "03"), V("CHN", "USA", "12")]),
    dict(file="s22_worldbulletin.txt", date="2015-11-15",
         url="https://worldbulletin.dunyabulteni.net/europe/obama-putin-hold-coffee-table-talks-at-g20-h166386.html",
         entities=[E("Barack Obama", "USA", "Obama", "US President Barack Obama", "President Obama",
                     "Barack Hussein Obama", "Barack Hussein Obama II"),
                   P("Vladimir Putin", "RUS", PUTIN_ALT, "Vladimir Putin of Russia"), E("G20", None, "Group of 20"),
                   E("Turkey", "TUR"), E("Antalya", "TUR"), E("Russia", "RUS", "Moscow"), E("Syria", "SYR"), WH,
                   E("Susan Rice", "USA", "Susan Elizabeth Rice", "White House National Security Advisor Susan Rice"),
                   E("Paris", "FRA"), UA, E("ISIL", None, "Islamic State", "ISIS"), UN,
                   E("United States", "USA", "US", "U.S.")],
         may=[E("Moscow", "RUS"), E("Mediterranean", None)],
         quotes=[Q("President Obama and President Putin agreed on the need for a Syrian-led and Syrian-owned political transition",
                   None)],
         quantities=[N("129 people", 129)],
         times=[T("Sunday", "2015-11-15")],
         events=both("USA", "RUS", "04", "05"),
         events_may=[V("RUS", "SYR", "19"), V("RUS", None, "19"), V("RUS", "UKR", "19"), V("RUS", None, "07"),
                     V("USA", "SYR", "02"), V("RUS", "SYR", "02")]),
    dict(file="s23_peoplecn.txt", date="2023-07-08",
         url="http://en.people.cn/n3/2023/0708/c90000-20041432.html",
         entities=[E("Istanbul", "TUR", "ISTANBUL"), P("Recep Tayyip Erdogan", "TUR", ERDOGAN_ALT),
                   P("Volodymyr Zelensky", "UKR", ZELENSKY_ALT), E("T\u00fcrkiye", "TUR", "Turkey"), UA,
                   E("Russia", "RUS"), UN, NATO, E("Vilnius", "LTU"), E("Lithuania", "LTU")],
         may=[E("Xinhua", "CHN", "Xinhua news agency"), E("Vahdettin Palace", "TUR"), E("Black Sea", None),
              E("Turkish presidency", "TUR")],
         quotes=[Q("Finishing a busy day in T\u00fcrkiye", "Volodymyr Zelensky", *ZELENSKY_ALT),
                 Q("Coordination of positions on the peace formula, the NATO summit, security guarantees, and the grain initiative",
                   "Volodymyr Zelensky", *ZELENSKY_ALT)],
         quantities=[N("two presidents", 2), N("two leaders", 2)],
         times=[T("July 7", "2023-07-07"), T("Friday", "2023-07-07"), T("February 2022", "2022-02"),
                T("July 17", "2023-07-17")],
         events=both("TUR", "UKR", "04"),
         events_may=both("TUR", "UKR", "03") + [V("RUS", "UKR", "19"), V("TUR", None, "03"), V("TUR", "RUS", "02"),
                                                V("TUR", "UKR", "05"), V("UKR", "TUR", "05")]),
    dict(file="s24_syriatimes.txt", date="2020-01-27", url="http://syriatimes.sy/zarif-trump-should-base-his-foreign-policy-on-facts",
         entities=[E("Mohammad Javad Zarif", "IRN", "Zarif", "Javad Zarif", "Mohammad-Javad Zarif",
                     "Mohammad Javad Zarif Khonsari", "Iranian Foreign Minister Mohammad Javad Zarif"),
                   P("Donald Trump", "USA", TRUMP_ALT), E("United States", "USA", "US", "U.S."),
                   E("Der Spiegel", "DEU", "Spiegel"), WH, E("Iran", "IRN")],
         may=[E("Germany", "DEU"), E("Fox News", "USA")],
         quotes=[Q("Trump should base his foreign policy statements and decisions on the facts", "Mohammad Javad Zarif",
                   "Zarif", "Javad Zarif", "Iran"),
                 Q("I never rule out the possibility of changing people's attitudes and accepting the facts",
                   "Mohammad Javad Zarif", "Zarif", "Javad Zarif", "Iran"),
                 Q("The Iranian foreign minister says that Iran wants to negotiate with the United States, but with the removal of sanctions",
                   "Donald Trump", *TRUMP_ALT)],
         quantities=[],
         times=[T("January 26", "2020-01-26")],
         events=[V("IRN", "USA", "11"), V("USA", "IRN", "12")],
         events_may=[V("IRN", "USA", "03"), V("USA", "IRN", "16"), V("USA", "IRN", "11"), V("IRN", "USA", "12")]),
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
