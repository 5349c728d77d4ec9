#!/usr/bin/env python3
"""Quote-focused development gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

speakers-dev3: 24 real news articles on international politics, each with at least one direct quotation whose
speaker the text names or clearly identifies, gathered on 2026-11-25 from the `search` tool's stored pages and
labelled by reading them, before any system output existed for them. Conventions: eval/analysis/README.md ("What
is labelled"); eval/heldout/README.md ... eval/heldout17/README.md and this folder's README.md. A development set
(quote-focused): every record carries "split": "test" as the format of the held-out sets does."""
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
# Quote speakers carry the same tuple in `speaker_alt`.
US = E("United States", "USA", "US", "U.S.", "United States of America", "America", "USA")
UN = E("United Nations", None, "UN", "U.N.")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
IR = E("Iran", "IRN", "Islamic Republic of Iran")
ARM = E("Armenia", "ARM", "Republic of Armenia")
AZ = E("Azerbaijan", "AZE", "Republic of Azerbaijan")
DE = E("Germany", "DEU", "Federal Republic of Germany")
WH = E("White House", "USA")
NATO = E("NATO", None, "North Atlantic Treaty Organization")

TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
OBAMA_ALT = ("Obama", "President Obama", "Barack Hussein Obama", "Barack H. Obama", "President Barack Obama",
             "US President Barack Obama")
BIDEN_ALT = ("Biden", "Joseph R. Biden Jr.", "Joseph Robinette Biden Jr.", "Joseph R. Biden", "US President Joe Biden",
             "President Joe Biden", "Mr. Biden", "President Biden")
XI_ALT = ("Xi", "Chinese President Xi Jinping", "President Xi Jinping", "President Xi", "Xi Jin-ping")
KERRY_ALT = ("Kerry", "John Forbes Kerry", "John F. Kerry", "U.S. Secretary of State John Kerry")
POMPEO_ALT = ("Pompeo", "Michael Pompeo", "Michael Richard Pompeo", "Michael R. Pompeo", "Secretary Mike Pompeo",
              "Secretary of State Mike Pompeo")
MACRON_ALT = ("Macron", "Emmanuel Jean-Michel Fr\u00e9d\u00e9ric Macron", "French President Emmanuel Macron",
              "President Emmanuel Macron")
MERKEL_ALT = ("Merkel", "Angela Dorothea Merkel", "German Chancellor Angela Merkel", "Chancellor Angela Merkel")
SCHOLZ_ALT = ("Scholz", "German Chancellor Olaf Scholz")
MAO_ALT = ("Mao", "Ning", "Foreign Ministry spokeswoman Mao Ning")
ROUHANI_ALT = ("Rouhani", "Hassan Rohani", "Hassan Fereydoun Rouhani", "President Hassan Rouhani",
               "Iranian President Hassan Rouhani")
QASEMI_ALT = ("Qasemi", "Bahram Ghasemi", "Bahram Ghassemi")
ZARIF_ALT = ("Zarif", "Mohammad Zarif", "Javad Zarif", "Mohammad-Javad Zarif", "Mohammad Javad Zarif Khonsari")
KHAMENEI_ALT = ("Khamenei", "Ayatollah Ali Khamenei", "Sayyid Ali Hosseini Khamenei", "Seyyed Ali Khamenei",
                "Ali Hosseini Khamenei")
MIRZOYAN_ALT = ("Mirzoyan", "Ararat Mirzoian")
BAYRAMOV_ALT = ("Bayramov", "Jeyhum Bayramov", "Jeyhun Aziz oglu Bayramov")
BLINKEN_ALT = ("Blinken", "Antony J. Blinken", "Antony John Blinken", "Tony Blinken")
SULLIVAN_ALT = ("Sullivan", "Jacob Jeremiah Sullivan", "Jacob Sullivan")
MEDINSKY_ALT = ("Medinsky", "Vladimir Rostislavovich Medinsky", "Vladimir Medinskiy")
PODOLYAK_ALT = ("Podolyak", "Mykhailo Podoliak", "Mikhail Podolyak", "Mykhaylo Podolyak")
BAERBOCK_ALT = ("Baerbock", "Annalena Charlotte Alma Baerbock")
BADALYAN_ALT = ("Badalyan",)
PASHINYAN_ALT = ("Pashinyan", "Nikol Vovayi Pashinyan", "Nikol Pashinian", "Prime Minister Nikol Pashinyan")
ALIYEV_ALT = ("Aliyev", "Ilham Heydar oglu Aliyev", "Ilham Aliev")
AURESCU_ALT = ("Aurescu", "Bogdan Lucian Aurescu")
GANTZ_ALT = ("Gantz", "Binyamin Gantz", "Benjamin Gantz")
MLADENOV_ALT = ("Nikolai Mladenov", "Nikolay Mladenov", "Mladenov")
SHEIKH_ALT = ("Hussein Al-Sheikh", "Al. -Sheikh", "Hussein Al Sheikh")
ABBAS_ALT = ("Abbas", "Abu Mazen", "President Mahmoud Abbas")
OVERCHUK_ALT = ("Overchuk", "Alexey Overchuk", "Aleksei Overchuk", "Alexei Logvinovich Overchuk")
CHAMISA_ALT = ("Chamisa",)
MNANGAGWA_ALT = ("Mnangagwa", "Emmerson Dambudzo Mnangagwa", "President Emmerson Mnangagwa")
YOON_ALT = ("Yoon Suk-yeol", "Yoon Suk-Yeol", "Yoon", "President Yoon Suk Yeol")
SHARIF_ALT = ("Shahbaz Sharif", "Mian Muhammad Shehbaz Sharif", "Shebaz Sharif")
PRICE_ALT = ("Price", "Edward Price", "State Department spokesman Ned Price")
DECKER_ALT = ("Decker",)
ARAGHCHI_ALT = ("Seyyed Abbas Araghchi", "Araghchi", "Abbas Araqchi", "Sayyed Abbas Araghchi")
ROUSSEFF_ALT = ("Rousseff", "Dilma Vana Rousseff", "President Dilma Rousseff")
HALEY_ALT = ("Haley", "Nimarata Nikki Randhawa Haley", "Nimrata Randhawa Haley", "Nimrata Nikki Haley",
             "Ambassador Haley")
COVENEY_ALT = ("Coveney", "Mr Coveney", "Simon Anthony Coveney")
TRONG_ALT = ("Nguy\u1ec5n Ph\u00fa Tr\u1ecdng", "Trong", "General Secretary Nguyen Phu Trong")
MOFA_ARM = E("Ministry of Foreign Affairs of Armenia", "ARM", "Armenian Foreign Ministry", "Foreign Ministry",
             "Armenia's foreign ministry")

DOCS = [
    dict(file="s01_businessstandard.txt", date="2023-10-25",
         url="https://www.business-standard.com/world-news/canadian-accusation-a-ploy-to-attack-smear-china-beijing-official-123102500040_1.html",
         entities=[E("India", "IND"), E("Hardeep Singh Nijjar", "CAN", "Nijjar"),
                   E("Mao Ning", "CHN", *MAO_ALT), E("Canada", "CAN"), CN, E("Beijing", "CHN"),
                   E("M\u00e9lanie Joly", "CAN", "Melanie Jolly", "Melanie Joly", "Joly"),
                   E("Justin Trudeau", "CAN", "Trudeau", "Justin Pierre James Trudeau",
                     "Canadian Prime Minister Justin Trudeau"),
                   E("Xinjiang", "CHN"), E("Xizang", "CHN", "Tibet"), E("Hong Kong", ["HKG", "CHN"])],
         may=[E("Chinese Foreign Ministry", "CHN", "Foreign Ministry"),
              E("Global Affairs Canada", "CAN", "Canada's foreign ministry"),
              E("Parliament of Canada", "CAN", "Parliament")],
         quotes=[Q("The so-called statement by Canada's foreign ministry misrepresents facts and is very misleading",
                   "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We deplore and firmly oppose that", "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("for some time now, has falsely accused China of spreading disinformation against their politicians",
                   "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("For some time, the Canadian side has falsely accused China of spreading disinformation",
                   "Mao Ning", *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("It is the Canadian side that has been producing and spreading disinformation.", "Mao Ning",
                   *MAO_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[N("two countries", 2)],
         times=[T("Tuesday", "2023-10-24")],
         events=[V("CHN", "CAN", "02"), V("CHN", "CAN", "11"), V("CAN", "CHN", "11")],
         events_may=[V("CHN", "CAN", "12"), V("CAN", "IND", "11"), V("IND", "CAN", "11"), V("CHN", "CAN", "13")]),
    dict(file="s02_newsverge.txt", date="2018-05-16",
         url="https://newsverge.com/2018/05/16/iran-will-not-surrender-to-u-s-pressures-rouhani",
         entities=[E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"),
                   E("United States", "USA", "U.S.", "U. S.", "Washington", "US", "United States of America"),
                   E("Hassan Rouhani", "IRN", *ROUHANI_ALT),
                   E("Iranian Students' News Agency", "IRN", "ISNA", "ISNA news agency"),
                   E("United States Department of the Treasury", "USA", "U.S. Treasury", "Treasury"),
                   E("Donald Trump", "USA", *TRUMP_ALT), E("Bahram Qasemi", "IRN", *QASEMI_ALT),
                   E("Fars News Agency", "IRN", "Fars news agency", "Fars"),
                   E("Brussels", "BEL"), E("Mohammad Javad Zarif", "IRN", *ZARIF_ALT)],
         may=[E("Washington", "USA"), E("Tehran", "IRN"), E("Iraq", "IRQ"),
              E("Ministry of Foreign Affairs of Iran", "IRN", "Iranian Foreign Ministry"),
              E("Joint Comprehensive Plan of Action", None, "JCPOA"),
              E("United Kingdom", "GBR"), E("France", "FRA"), E("Germany", "DEU")],
         quotes=[Q("They think they can make the Iranian nation surrender by putting pressures on Iran",
                   "Hassan Rouhani", *ROUHANI_ALT, "Iran"),
                 Q("The Iranian nation will resist against the U.S. plots,", "Hassan Rouhani", *ROUHANI_ALT, "Iran"),
                 Q("With such destructive measures, the American government is trying to influence the will",
                   "Bahram Qasemi", *QASEMI_ALT, "Iran", "Ministry of Foreign Affairs of Iran")],
         quantities=[N("three other individuals", 3)],
         times=[T("Wednesday", "2018-05-16"), T("2015", "2015"), T("Tuesday", "2018-05-15"),
                T("Monday", "2018-05-14")],
         events=[V("USA", "IRN", "16"), V("IRN", "USA", "11")],
         events_may=[V("IRN", "USA", "12"), V("IRN", None, "13"), V("IRN", "USA", "13"), V("USA", "IRN", "12"),
                     V("USA", "IRN", "13")]
         + pairs(["GBR", "FRA", "DEU"], "04") + [V(c, "IRN", r) for c in ("GBR", "FRA", "DEU") for r in ("03", "04")]
         + [V("IRN", c, "04") for c in ("GBR", "FRA", "DEU")]),
    dict(file="s03_panorama.txt", date="2023-05-04",
         url="https://panorama.am/en/news/2023/05/04/Միրզոյան-Բայրամով/2831621",
         entities=[ARM, AZ, E("Ararat Mirzoyan", "ARM", *MIRZOYAN_ALT), E("Jeyhun Bayramov", "AZE", *BAYRAMOV_ALT),
                   E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("Arlington", "USA"), E("Washington", "USA"),
                   E("Antony Blinken", "USA", *BLINKEN_ALT), E("Jake Sullivan", "USA", *SULLIVAN_ALT)],
         may=[MOFA_ARM, E("George Shultz National Foreign Affairs Training Center", "USA"), E("Virginia", "USA", "VA"),
              E("Agreement on Peace and Establishment of Interstate Relations", None)],
         quotes=[Q("The Ministers shared their views on the current situation", "Ministry of Foreign Affairs of Armenia",
                   "Armenian Foreign Ministry", "Armenia"),
                 Q("The Ministers and their teams advanced mutual understanding on some articles",
                   "Ministry of Foreign Affairs of Armenia", "Armenian Foreign Ministry", "Armenia"),
                 Q("Both Ministers expressed their appreciation to the US side", "Ministry of Foreign Affairs of Armenia",
                   "Armenian Foreign Ministry", "Armenia")],
         quantities=[],
         times=[T("Thursday", "2023-05-04")],
         events=both("ARM", "AZE", "04") + both("ARM", "USA", "04") + both("AZE", "USA", "04"),
         events_may=both("ARM", "AZE", "05") + both("ARM", "AZE", "03")
         + [V("ARM", "USA", "05"), V("AZE", "USA", "05"), V("USA", "ARM", "05"), V("USA", "AZE", "05")]),
    dict(file="s04_indiablooms.txt", date="2022-02-28",
         url="https://indiablooms.com/phoenix/public/world/russia-ukraine-hold-talks-for-five-hours-find-common-points/details",
         entities=[RU, UA, E("Gomel Region", "BLR", "Gomel"), E("Belarus", "BLR"),
                   E("Vladimir Medinsky", "RUS", *MEDINSKY_ALT), E("Mykhailo Podolyak", "UKR", *PODOLYAK_ALT),
                   E("Office of the President of Ukraine", "UKR")],
         may=[E("United News of India", "IND", "UNI"), E("Poland", "POL")],
         quotes=[Q("discussed in detail all the items on the agenda and found some common points", "Vladimir Medinsky",
                   *MEDINSKY_ALT, "Russia"),
                 Q("The most important thing is that [we] have agreed to continue the negotiation process",
                   "Vladimir Medinsky", *MEDINSKY_ALT, "Russia"),
                 Q("Today, the Ukrainian and Russian delegations held the first round of talks", "Mykhailo Podolyak",
                   *PODOLYAK_ALT, "Ukraine", "Office of the President of Ukraine"),
                 Q("In order to ensure that these decisions could be implemented in some way", "Mykhailo Podolyak",
                   *PODOLYAK_ALT, "Ukraine", "Office of the President of Ukraine")],
         quantities=[N("two sides", 2)],
         times=[T("Monday", "2022-02-28"), T("Today", "2022-02-28")],
         events=both("RUS", "UKR", "04"),
         events_may=both("RUS", "UKR", "05") + both("RUS", "UKR", "03") + [V("RUS", "UKR", "19")]
         + both("BLR", "RUS", "04") + both("BLR", "UKR", "04")),
    dict(file="s05_asbarez.txt", date="2024-02-29",
         url="https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
         entities=[ARM, AZ, E("Berlin", "DEU"), E("Ararat Mirzoyan", "ARM", *MIRZOYAN_ALT),
                   E("Jeyhun Bayramov", "AZE", *BAYRAMOV_ALT), DE,
                   E("Annalena Baerbock", "DEU", *BAERBOCK_ALT), E("Ani Badalyan", "ARM", *BADALYAN_ALT),
                   E("Sumgait", "AZE", "Sumqayit"), E("Kirovabad", "AZE", "Ganja"), E("Baku", "AZE"),
                   E("Maraga", ["AZE", "ARM"]), E("Shahumyan", ["AZE", "ARM"]),
                   E("Gegharkunik", "ARM", "Gegharkunik Province"), E("Syunik", "ARM", "Syunik Province"),
                   E("Nikol Pashinyan", "ARM", *PASHINYAN_ALT), E("Ilham Aliyev", "AZE", *ALIYEV_ALT),
                   E("Olaf Scholz", "DEU", *SCHOLZ_ALT)],
         may=[E("Villa Borsig", "DEU"), MOFA_ARM, E("Munich Security Conference", None),
              E("Federal Government", "DEU", "German federal government"),
              E("Agreement on Establishment of Peace and Interstate Relations", None)],
         quotes=[Q("The ministers and their delegations discussed perspectives on the provisions", "Ani Badalyan",
                   *BADALYAN_ALT, "Armenia", "Ministry of Foreign Affairs of Armenia"),
                 Q("We, as the Federal Government, support peace talks wherever possible.", "Annalena Baerbock",
                   *BAERBOCK_ALT, "Germany")],
         quantities=[N("two attacks", 2), N("four Armenian soldiers", 4)],
         times=[T("Thursday", "2024-02-29"), T("Wednesday", "2024-02-28")],
         events=both("ARM", "AZE", "04") + both("DEU", "ARM", "04") + both("DEU", "AZE", "04")
         + [V("AZE", "ARM", "19")],
         events_may=both("ARM", "AZE", "05") + both("ARM", "AZE", "03") + [V("AZE", "ARM", "18"),
                                                                            V("DEU", None, "03"), V("DEU", "ARM", "05"),
                                                                            V("DEU", "AZE", "05")]),
    dict(file="s06_shephardmedia.txt", date="2018-04-18",
         url="https://shephardmedia.com/news/defence-notes/iran-president-we-dont-intend-any-aggression-regio",
         entities=[E("Hassan Rouhani", "IRN", *ROUHANI_ALT), E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"),
                   E("Tehran", "IRN"), E("United States", "USA", "US", "U.S.", "United States of America"),
                   E("Donald Trump", "USA", *TRUMP_ALT), E("Saudi Arabia", "SAU"), E("Syria", "SYR"),
                   E("Iraq", "IRQ"), E("Lebanon", "LBN")],
         may=[E("Army Day", "IRN"), E("Middle East", None)],
         quotes=[Q("does not intend any aggression", "Hassan Rouhani", *ROUHANI_ALT, "Iran"),
                 Q("We tell the world that we will produce any weapons that we need", "Hassan Rouhani", *ROUHANI_ALT,
                   "Iran"),
                 Q("But at the same time we announce to our neighbouring countries in the region", "Hassan Rouhani",
                   *ROUHANI_ALT, "Iran"),
                 Q("We want friendly and brotherly relations with our neighbours", "Hassan Rouhani", *ROUHANI_ALT,
                   "Iran"),
                 Q("The only way to resolve problems is political negotiation and peaceful behaviour,",
                   "Hassan Rouhani", *ROUHANI_ALT, "Iran")],
         quantities=[],
         times=[T("18 April", "2018-04-18"), T("2015", "2015"), T("12 May", "2018-05-12")],
         events=[V("USA", "IRN", "10"), V("USA", "IRN", "13"), V("SAU", "IRN", "11")],
         events_may=[V("IRN", "USA", "12"), V("IRN", None, "03"), V("IRN", None, "01"), V("IRN", "SAU", "03"),
                     V("USA", "IRN", "02"), V("IRN", None, "13")]),
    dict(file="s07_cyprusmail.txt", date="2016-04-07",
         url="https://cyprus-mail.com/2016/04/07/rouhani-says-iran-not-a-threat-wants-interaction-with-world/",
         entities=[E("Hassan Rouhani", "IRN", *ROUHANI_ALT),
                   E("Iran", "IRN", "Tehran", "Islamic Republic", "Islamic Republic of Iran"),
                   E("Ali Khamenei", "IRN", *KHAMENEI_ALT),
                   E("United States", "USA", "US", "U.S.", "United States of America")],
         may=[E("Tehran", "IRN"), E("National Nuclear Technology Day", "IRN")],
         quotes=[Q("We are in favour of a policy of moderation", "Hassan Rouhani", *ROUHANI_ALT, "Iran"),
                 Q("With moderation we can reach our goals faster", "Hassan Rouhani", *ROUHANI_ALT, "Iran"),
                 Q("symbol of dishonesty", "Ali Khamenei", *KHAMENEI_ALT, "Iran")],
         quantities=[N("six major powers", 6), N("100 per cent", 100, "%")],
         times=[T("Thursday", "2016-04-07"), T("2015", "2015"), T("January", "2016-01"), T("March", "2016-03")],
         events=[V("IRN", "USA", "12"), V("IRN", "USA", "11")],
         events_may=both("IRN", "USA", "05") + [V("IRN", None, "03"), V("USA", "IRN", "05"), V("IRN", None, "01")]),
    dict(file="s08_nineoclock.txt", date="2020-06-27",
         url="https://www.nineoclock.ro/2020/06/27/secretary-of-state-pompeo-addresses-celebratory-letter-to-minister-aurescu-on-the-140th-anniversary-of-the-us-romania-diplomatic-relations/",
         entities=[E("Mike Pompeo", "USA", *POMPEO_ALT), E("Bogdan Aurescu", "ROU", *AURESCU_ALT),
                   E("Romania", "ROU"), E("United States", "USA", "USA", "US", "United States of America"),
                   E("Ministry of Foreign Affairs of Romania", "ROU", "Ministry of Foreign Affairs", "MAE"),
                   E("AGERPRES", "ROU", "Agerpres"),
                   E("Radio Free Europe", "USA", "Radio Free Europe/Radio Liberty", "RFE/RL")],
         may=[E("Iron Curtain", None), E("World War I", None)],
         quotes=[Q("Our friendship is dynamic and strong.", "Mike Pompeo", *POMPEO_ALT, "United States"),
                 Q("as friends, we will continue to help each other in challenging times.", "Mike Pompeo",
                   *POMPEO_ALT, "United States"),
                 Q("The United States was among the first countries to establish diplomatic relations with Romania.",
                   "Mike Pompeo", *POMPEO_ALT, "United States")],
         quantities=[N("two countries", 2)],
         times=[T("June", "2020-06"), T("Saturday", "2020-06-27"), T("2019", "2019")],
         events=both("USA", "ROU", "05"),
         events_may=both("USA", "ROU", "04") + both("USA", "ROU", "03")),
    dict(file="s09_minanews.txt", date="2020-11-24",
         url="https://en.minanews.net/benny-gantz-ready-to-talk-to-hamas/",
         entities=[E("Jerusalem", ["ISR", "PSE", None]), E("Israel", "ISR"), E("Benny Gantz", "ISR", *GANTZ_ALT),
                   E("Hamas", ["PSE", None]), E("Gaza Strip", ["PSE", None], "Gaza"),
                   E("Anadolu Agency", "TUR", "Anadolu"), UN,
                   E("Nickolay Mladenov", ["BGR", None], *MLADENOV_ALT),
                   E("Palestinian Authority", "PSE"), E("Hussein al-Sheikh", "PSE", *SHEIKH_ALT),
                   E("Mahmoud Abbas", "PSE", *ABBAS_ALT)],
         may=[E("Mi'raj News Agency", "IDN", "MINA"), E("Twitter", "USA"), E("Middle East", None),
              E("Palestine", "PSE", "State of Palestine")],
         quotes=[Q("In connection with the calls made by President [Mahmoud] Abbas", "Hussein al-Sheikh",
                   *SHEIKH_ALT, "Palestinian Authority", "Palestine")],
         quantities=[N("four Israeli prisoners", 4), N("two soldiers", 2)],
         times=[T("Monday", "2020-11-23"), T("2007", "2007"), T("2014", "2014")],
         events=both("ISR", "PSE", "05"),
         events_may=both("ISR", "PSE", "06") + both("ISR", "PSE", "03") + both("ISR", "PSE", "04")
         + [V("ISR", "PSE", "19"), V("ISR", "PSE", "17"), V("PSE", "ISR", "17"), V("PSE", "ISR", "10"),
            V("ISR", "PSE", "10")]),
    dict(file="s10_artsakhpress.txt", date="2021-06-11",
         url="https://www.artsakhpress.am/eng/news/145253/",
         entities=[RU, ARM, AZ, E("Alexei Overchuk", "RUS", *OVERCHUK_ALT),
                   E("Rossiyskaya Gazeta", "RUS"), E("Stepanakert", ["AZE", "ARM"], "STEPANAKERT", "Khankendi"),
                   E("Nakhijevan Autonomous Republic", "AZE", "Nakhchivan Autonomous Republic", "Nakhijevan",
                     "Nakhchivan"),
                   IR],
         may=[E("Artsakhpress", ["AZE", "ARM"], "ARTSAKHPRESS"), E("Armenpress", "ARM", "ARMENPRESS"),
              E("South Caucasus", None), E("Caspian Sea", None), E("Central Asia", None)],
         quotes=[Q("In case of presence of a good will, the transportation communication will open in the South Caucasus",
                   "Alexei Overchuk", *OVERCHUK_ALT, "Russia"),
                 Q("The possibilities of transportation communication between Azerbaijan's western regions",
                   "Alexei Overchuk", *OVERCHUK_ALT, "Russia")],
         quantities=[N("two countries", 2)],
         times=[T("JUNE 11", "2021-06-11")],
         events=[],
         events_may=pairs(["RUS", "ARM", "AZE"], "04", "05", "06", "03")),
    dict(file="s11_allafrica.txt", date="2023-08-28",
         url="https://allafrica.com/stories/202308280002.html",
         entities=[E("Nelson Chamisa", "ZWE", *CHAMISA_ALT), E("Zimbabwe", "ZWE"),
                   E("Emmerson Mnangagwa", "ZWE", *MNANGAGWA_ALT), E("Harare", "ZWE"),
                   E("Citizens Coalition for Change", "ZWE", "CCC"),
                   E("Southern African Development Community", None, "SADC"),
                   E("Commonwealth", None, "Commonwealth of Nations"), E("European Union", None, "EU"),
                   E("ZANU-PF", "ZWE", "Zimbabwe African National Union - Patriotic Front")],
         may=[E("AFP", "FRA", "Agence France-Presse"), E("AP", "USA", "Associated Press")],
         quotes=[Q("a blatant and gigantic fraud", "Nelson Chamisa", *CHAMISA_ALT),
                 Q("We have won this election,", "Nelson Chamisa", *CHAMISA_ALT),
                 Q("We are the leaders. We are even surprised why Mnangagwa has been declared a leader.",
                   "Nelson Chamisa", *CHAMISA_ALT),
                 Q("I competed with them and I am happy that I have won the race,", "Emmerson Mnangagwa",
                   *MNANGAGWA_ALT, "Zimbabwe"),
                 Q("Those who feel the race was not run properly should know where to go to.", "Emmerson Mnangagwa",
                   *MNANGAGWA_ALT, "Zimbabwe")],
         quantities=[N("52.6%", 52.6, "%"), N("44%", 44, "%"), N("41 election monitors", 41)],
         times=[T("Sunday", "2023-08-27"), T("Saturday", "2023-08-26")],
         events=[],
         events_may=domestic("ZWE", ["11", "12", "14", "17", "01"])),
    dict(file="s12_businessfast.txt", date="2024-02-03",
         url="https://www.businessfast.co.uk/south-korea-summons-russian-envoy-over-criticism-of-president-yoons-remarks-foreign-ministry/",
         entities=[E("South Korea", "KOR", "Korea", "Republic of Korea"), E("Seoul", "KOR", "SEOUL"),
                   E("Russia", "RUS", "Moscow", "Russian Federation"), E("Yoon Suk Yeol", "KOR", *YOON_ALT),
                   E("North Korea", "PRK", "Pyongyang", "DPRK"),
                   E("Chung Byung-won", "KOR", "Chung", "Deputy Minister Chung"),
                   E("Georgy Zinoviev", "RUS", "Georgiy Zinoviev", "Zinoviev"),
                   E("Maria Zakharova", "RUS", "Zakharova", "Maria Vladimirovna Zakharova")],
         may=[E("Moscow", "RUS"), E("Pyongyang", "PRK"), E("Reuters", ["GBR", None]),
              E("Ministry of Foreign Affairs of South Korea", "KOR", "South Korean foreign ministry", "foreign ministry"),
              E("Ministry of Foreign Affairs of Russia", "RUS", "Russian foreign ministry")],
         quotes=[Q("Deputy Minister Chung said that it was very regrettable that Russia ignored the truth",
                   "Ministry of Foreign Affairs of South Korea", "South Korean foreign ministry", "South Korea",
                   "Chung Byung-won")],
         quantities=[N("two countries", 2)],
         times=[T("Saturday", "2024-02-03"), T("Jan. 31", "2024-01-31")],
         events=[V("KOR", "RUS", "11"), V("RUS", "KOR", "11"), V("KOR", "PRK", "11")],
         events_may=both("KOR", "RUS", "04") + [V("KOR", "RUS", "13"), V("RUS", "KOR", "12")]),
    dict(file="s13_yj56.txt", date="2022-12-03",
         url="http://yj56.net/world/washington-condemns-shooting-at-pakistan-embassy-in-kabul-1.6179673",
         entities=[E("United States", "USA", "U.S.", "US", "United States of America"), E("Washington", "USA"),
                   E("Pakistan", "PAK", "Islamabad"), E("Islamabad", "PAK", "ISLAMABAD"),
                   E("Afghanistan", "AFG"), E("Kabul", "AFG"),
                   E("Shehbaz Sharif", "PAK", *SHARIF_ALT),
                   E("Ubaid-ur-Rehman Nizamani", "PAK", "Ubaid Nizamani", "Nizamani"),
                   E("Hina Rabbani Khar", "PAK", "Khar"), E("Amir Khan Muttaqi", "AFG", "Muttaqi", "Amir Khan Motaqi"),
                   E("Tehrik-i-Taliban Pakistan", "PAK", "Pakistani Taliban", "TTP"),
                   E("State Department", "USA", "U.S. State Department", "United States Department of State"),
                   E("Ned Price", "USA", *PRICE_ALT), E("Karen Decker", "USA", *DECKER_ALT)],
         may=[E("Embassy of Pakistan in Kabul", "PAK", "@PakinAfg")],
         quotes=[Q("we offer our sympathies and wish a quick recovery to those affected by the violence", "Ned Price",
                   *PRICE_ALT, "United States", "State Department"),
                 Q("deeply concerned by the attack on a foreign diplomat and we call for a full and transparent investigation,",
                   "Ned Price", *PRICE_ALT, "United States", "State Department"),
                 Q("Outraged at attack on my diplomatic counterpart @PakinAfg", "Karen Decker", *DECKER_ALT,
                   "United States")],
         quantities=[],
         times=[T("Friday", "2022-12-02"), T("Saturday", "2022-12-03")],
         events=both("PAK", "AFG", "04") + [V("PAK", "AFG", "11"), V("USA", None, "11")],
         events_may=[V("USA", "PAK", "01"), V("USA", "PAK", "05"), V("USA", None, "02"), V("USA", "AFG", "11"),
                     V("USA", "AFG", "02"), V("PAK", "AFG", "02"), V("PAK", None, "11")]),
    dict(file="s14_saednews.txt", date="2024-09-15",
         url="https://en.saednews.com/.post/iranian-foreign-minister-declares-sanctions-as-a-failed-policy-8da0",
         entities=[IR, E("Abbas Araghchi", "IRN", *ARAGHCHI_ALT)],
         may=[E("SAEDNEWS", "IRN")],
         quotes=[Q("Sanctioning Iran has been a failed experience,", "Abbas Araghchi", *ARAGHCHI_ALT, "Iran"),
                 Q("It is surprising that some still hold on to this failed policy,", "Abbas Araghchi",
                   *ARAGHCHI_ALT, "Iran"),
                 Q("Sanctions are a means of confrontation, not cooperation,", "Abbas Araghchi", *ARAGHCHI_ALT,
                   "Iran"),
                 Q("They have not shown any effectiveness in practice.", "Abbas Araghchi", *ARAGHCHI_ALT, "Iran")],
         quantities=[],
         times=[],
         events=[V("IRN", None, "11")],
         events_may=[V("IRN", None, "02"), V("IRN", None, "12"), V("IRN", None, "03")]),
    dict(file="s15_newindianexpress.txt", date="2018-08-21",
         url="http://34.80.245.248/content_html/2018-08-21/4a62d8f10f90d1a1ab11fb900a5ff8ae.html",
         entities=[E("United States", "USA", "US", "Washington", "United States of America"), IR,
                   E("Mohammad Javad Zarif", "IRN", *ZARIF_ALT), E("Tehran", "IRN", "TEHRAN"), E("CNN", "USA"),
                   E("Barack Obama", "USA", *OBAMA_ALT), E("Donald Trump", "USA", *TRUMP_ALT)],
         may=[E("Washington", "USA")],
         quotes=[Q("I believe there is a disease in the United States and that is the addiction to sanctions,",
                   "Mohammad Javad Zarif", *ZARIF_ALT, "Iran"),
                 Q("Even during the Obama administration the United States put more emphasis", "Mohammad Javad Zarif",
                   *ZARIF_ALT, "Iran"),
                 Q("We felt that the United States had learned", "Mohammad Javad Zarif", *ZARIF_ALT, "Iran"),
                 Q("I thought that the Americans had learned that lesson. Unfortunately, I was wrong,",
                   "Mohammad Javad Zarif", *ZARIF_ALT, "Iran")],
         quantities=[],
         times=[T("2015", "2015"), T("May", "2018-05")],
         events=[V("IRN", "USA", "11"), V("USA", "IRN", "16")],
         events_may=[V("USA", "IRN", "12"), V("IRN", "USA", "12")]),
    dict(file="s16_chinadaily.txt", date="2015-07-01",
         url="http://usa.chinadaily.com.cn/world/2015-07/01/content_21147624.htm",
         entities=[E("United States", "USA", "US", "United States of America"), E("Brazil", "BRA"),
                   E("Dilma Rousseff", "BRA", *ROUSSEFF_ALT), E("Barack Obama", "USA", *OBAMA_ALT),
                   E("Washington", "USA", "WASHINGTON"), WH,
                   E("National Security Agency", "USA", "NSA"),
                   E("Edward Snowden", "USA", "Snowden", "Edward Joseph Snowden")],
         may=[E("Latin America", None), E("Americas", None), E("Paris", "FRA")],
         quotes=[Q("marks one more step in a new, more ambitious chapter", "Barack Obama", *OBAMA_ALT,
                   "United States"),
                 Q("our two nations are natural partners in the Americas and around the world.", "Barack Obama",
                   *OBAMA_ALT, "United States"),
                 Q("some things have changed", "Dilma Rousseff", *ROUSSEFF_ALT, "Brazil"),
                 Q("I believe President Obama,", "Dilma Rousseff", *ROUSSEFF_ALT, "Brazil"),
                 Q("an increasingly diversified and mature partnership,", "Barack Obama", *OBAMA_ALT,
                   "Dilma Rousseff", *ROUSSEFF_ALT, "United States", "Brazil")],
         quantities=[N("two countries", 2), N("two nations", 2), N("two leaders", 2)],
         times=[T("Tuesday", "2015-06-30"), T("2013", "2013"), T("Monday", "2015-06-29"),
                T("December", "2015-12")],
         events=both("BRA", "USA", "04") + both("BRA", "USA", "05"),
         events_may=both("BRA", "USA", "03") + [V("USA", "BRA", "15"), V("BRA", "USA", "16"),
                                                 V("BRA", "USA", "11")]),
    dict(file="s17_vrviet.txt", date="2023-09-10",
         url="https://vrviet.vn/en/ong-biden-nang-cap-quan-he-viet-my-se-la-dong-luc-cho-su-thinh-vuong",
         entities=[E("Hanoi", "VNM"), E("Joe Biden", "USA", *BIDEN_ALT),
                   E("Vietnam", "VNM", "Viet Nam", "Socialist Republic of Vietnam"),
                   E("United States", "USA", "US", "America", "United States of America"), E("Morocco", "MAR"),
                   E("Nguyen Phu Trong", "VNM", *TRONG_ALT),
                   E("Communist Party of Vietnam", "VNM", "CPV")],
         may=[E("Dan Tri", "VNM"), E("Indo-Pacific", None), E("Party Central Committee Office", "VNM")],
         quotes=[Q("Good evening Vietnam and good morning America,", "Joe Biden", *BIDEN_ALT, "United States"),
                 Q("a key partner in the Indo-Pacific region", "Joe Biden", *BIDEN_ALT, "United States"),
                 Q("America is a Pacific nation and we are not going anywhere,", "Joe Biden", *BIDEN_ALT,
                   "United States")],
         quantities=[N("more than 1,000 people", 1000)],
         times=[T("September 10", "2023-09-10"), T("September 10-11", "2023-09-10", "2023-09-11")],
         events=both("USA", "VNM", "04") + both("USA", "VNM", "05"),
         events_may=both("USA", "VNM", "03") + both("USA", "VNM", "06") + [V("USA", "MAR", "01"),
                                                                            V("USA", "MAR", "05")]),
    dict(file="s18_chinagate.txt", date="2015-09-26",
         url="http://en.chinagate.cn/2015-09/26/content_36689671.htm",
         entities=[E("Xi Jinping", "CHN", *XI_ALT), E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("Washington", "USA"), E("Barack Obama", "USA", *OBAMA_ALT), CN, WH,
                   E("United States Congress", "USA", "U.S. Congress", "Congress"),
                   E("Joe Biden", "USA", *BIDEN_ALT), E("John Kerry", "USA", *KERRY_ALT)],
         may=[E("Blair House", "USA"), E("Pennsylvania Ave", "USA", "Pennsylvania Avenue"),
              E("Zhongnanhai", "CHN"), E("South Lawn", "USA")],
         quotes=[Q("fruitful and constructive.", "Xi Jinping", *XI_ALT, "China"),
                 Q("have no choice but to seek win-win cooperation.", "Xi Jinping", *XI_ALT, "China")],
         quantities=[N("21-gun salute", 21), N("two presidents", 2)],
         times=[T("Friday", "2015-09-25"), T("November 2014", "2014-11")],
         events=both("CHN", "USA", "04"),
         events_may=both("CHN", "USA", "05") + both("CHN", "USA", "03")),
    dict(file="s19_cbn.txt", date="2017-05-22",
         url="http://www.cbn.com/api/urlredirect.aspx?u=http://www1.cbn.com/cbnnews/world/2017/may/ambassador-haley-us-wont-abandon-syrian-refugees",
         entities=[E("Nikki Haley", "USA", *HALEY_ALT), E("United States", "USA", "U.S.", "US", "United States of America"),
                   UN, E("Jordan", "JOR"), E("Syria", "SYR"), E("Islamic State", None, "ISIS", "ISIL", "Daesh"),
                   E("Donald Trump", "USA", *TRUMP_ALT), E("United States Congress", "USA", "Congress")],
         may=[],
         quotes=[Q("Whenever we see anyone in pain, whenever we see anyone in need, we help them,", "Nikki Haley",
                   *HALEY_ALT, "United States"),
                 Q("And so I know it's through the budget process within Congress", "Nikki Haley", *HALEY_ALT,
                   "United States"),
                 Q("We're not going to stop funding this,", "Nikki Haley", *HALEY_ALT, "United States"),
                 Q("We're not going to stop doing our part to aid in the crisis.", "Nikki Haley", *HALEY_ALT,
                   "United States"),
                 Q("So our goal is how do we get these people back home to a safe place?", "Nikki Haley", *HALEY_ALT,
                   "United States")],
         quantities=[],
         times=[T("Monday", "2017-05-22")],
         events=[V("USA", "JOR", "04"), V("USA", "SYR", "07")],
         events_may=[V("JOR", "USA", "04"), V("USA", "JOR", "07"), V("USA", "SYR", "03"), V("USA", "JOR", "03")]),
    dict(file="s20_austindailyherald.txt", date="2017-05-24",
         url="https://www.austindailyherald.com/2017/05/trump-envoy-haley-tells-refugees-she-cares-but-defends-cuts/",
         entities=[E("Ankara", "TUR", "ANKARA"), E("Turkey", "TUR"), E("Donald Trump", "USA", *TRUMP_ALT), UN,
                   E("UNICEF", None), E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("State Department", "USA", "United States Department of State"),
                   E("Nikki Haley", "USA", *HALEY_ALT), WH, E("United States Congress", "USA", "Congress"),
                   E("Jordan", "JOR"), E("Jehad Matar", "JOR", "Brig. Gen. Jehad Matar", "Matar"),
                   E("Syrian Refugee Affairs Directorate", "JOR")],
         may=[E("Syria", "SYR"), E("Iraq", "IRQ"), E("Democratic Party", "USA", "Democrats"),
              E("Republican Party", "USA", "Republicans")],
         quotes=[Q("It's starting the conversation,", "Nikki Haley", *HALEY_ALT, "United States"),
                 Q("It doesn't mean that's where it will end up.", "Nikki Haley", *HALEY_ALT, "United States"),
                 Q("had to show some signs", "Nikki Haley", *HALEY_ALT, "United States"),
                 Q("believe in you, and we think you're meant for great things.", "Nikki Haley", *HALEY_ALT,
                   "United States"),
                 Q("That's why I'm here,", "Nikki Haley", *HALEY_ALT, "United States")],
         quantities=[N("31 percent", 31, "%")],
         times=[T("Tuesday", "2017-05-23")],
         events=[V("USA", "TUR", "04"), V("USA", "JOR", "04"), V("JOR", "USA", "02")],
         events_may=[V("TUR", "USA", "04"), V("JOR", "USA", "04"), V("USA", "JOR", "07"), V("USA", "SYR", "07"),
                     V("USA", "JOR", "03"), V("USA", None, "16")]),
    dict(file="s21_financialexpress.txt", date="2018-12-02",
         url="https://www.financialexpress.com/world-news/g20-summit-donald-trump-angela-merkel-discuss-trade-security-issues/1400808/",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), E("Angela Merkel", "DEU", *MERKEL_ALT),
                   E("Buenos Aires", "ARG"), WH, E("Russia", "RUS"), NATO, UA, E("Xinhua", "CHN", "Xinhua news agency"),
                   E("United States", "USA", "US", "Washington", "United States of America"),
                   E("Germany", "DEU", "Berlin"), E("World Trade Organization", None, "WTO"), E("Syria", "SYR")],
         may=[E("G-20", None, "G20", "G-20 Summit"), E("Intermediate-Range Nuclear Forces Treaty", None,
                                                      "Intermediate-Range Nuclear Forces (INF) Treaty", "INF Treaty"),
              E("Washington", "USA"), E("Berlin", "DEU"), E("Iran", "IRN"), E("Nord Stream 2", None, "NORD-Stream 2")],
         quotes=[Q("We have a great relationship and a great working relationship, I think very important,",
                   "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("was highly respected by everybody, including me.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("we have a tremendous trade imbalance, but we're going to get that straightened out.",
                   "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("two leaders", 2), N("two countries", 2)],
         times=[T("Saturday", "2018-12-01")],
         events=both("USA", "DEU", "04") + [V("USA", "DEU", "05")],
         events_may=[V("DEU", "USA", "05"), V("USA", "RUS", "11"), V("DEU", "RUS", "11"), V("USA", "DEU", "11"),
                     V("DEU", "USA", "02"), V("RUS", "UKR", "19")]),
    dict(file="s22_chinaorg.txt", date="2019-11-13",
         url="http://www.china.org.cn/world/Off_the_Wire/2019-11/13/content_75401453.htm",
         entities=[E("Washington", "USA", "WASHINGTON", "Washington D.C."), E("Donald Trump", "USA", *TRUMP_ALT),
                   E("Emmanuel Macron", "FRA", *MACRON_ALT), E("Syria", "SYR"), IR, WH, NATO,
                   E("London", "GBR"), E("United States", "USA", "U.S.", "US", "United States of America"),
                   E("Jens Stoltenberg", ["NOR", None], "Stoltenberg")],
         may=[E("Xinhua", "CHN"), E("NATO Leaders Meeting", None, "Leaders Meeting"), E("France", "FRA")],
         quotes=[Q("emphasized the importance of ensuring an even playing field for American companies,",
                   "White House", "United States", "Donald Trump", *TRUMP_ALT)],
         quantities=[],
         times=[T("Nov. 12", "2019-11-12"), T("Tuesday", "2019-11-12"), T("Monday", "2019-11-11")],
         events=both("USA", "FRA", "04"),
         events_may=both("USA", "FRA", "05") + both("USA", "FRA", "03") + [V("USA", "IRN", "11"),
                                                                            V("FRA", "IRN", "11"),
                                                                            V("USA", None, "02"),
                                                                            V("FRA", None, "11")]),
    dict(file="s23_globaltimes.txt", date="2017-07-04",
         url="http://www.globaltimes.cn/content/1054814.shtml",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), E("Angela Merkel", "DEU", *MERKEL_ALT),
                   E("Hamburg", "DEU"), DE, WH, E("United States", "USA", "US", "United States of America")],
         may=[E("G20", None, "G20 summit"), E("Women's Entrepreneurship Financing Initiative", None),
              E("Paris Agreement", None), E("Bundestag", "DEU", "German parliament"),
              E("Federal Government of Germany", "DEU", "German government")],
         quotes=[Q("In an extensive discussion, the leaders addressed climate issues", "White House",
                   "United States"),
                 Q("most likely take place early on Thursday evening", None, "Germany"),
                 Q("Whoever believes the problems of this world can be solved by isolationism and protectionism",
                   "Angela Merkel", *MERKEL_ALT, "Germany"),
                 Q("We will and must take on this existential challenge,", "Angela Merkel", *MERKEL_ALT, "Germany"),
                 Q("and we cannot and will not wait until every last person in the world", "Angela Merkel",
                   *MERKEL_ALT, "Germany")],
         quantities=[],
         times=[T("Monday", "2017-07-03"), T("Thursday evening", "2017-07-06"), T("July 7-8", "2017-07-07", "2017-07-08"),
                T("Thursday", "2017-06-29")],
         events=both("USA", "DEU", "04"),
         events_may=[V("DEU", "USA", "11"), V("USA", None, "12"), V("DEU", None, "11")] + both("USA", "DEU", "03")),
    dict(file="s24_lbc.txt", date="2022-09-28",
         url="https://www.lbc.co.uk/world-news/e8c0bf2a72f9420dbae9c39056724d10/",
         entities=[RU, UA, E("Simon Coveney", "IRL", *COVENEY_ALT), E("Ireland", "IRL"),
                   E("Northern Ireland", "GBR")],
         may=[],
         quotes=[Q("We think the process has been a sham.", "Simon Coveney", *COVENEY_ALT, "Ireland"),
                 Q("We think it has been a rushed effort by Russia", "Simon Coveney", *COVENEY_ALT, "Ireland"),
                 Q("We will not recognise the results of referendums", "Simon Coveney", *COVENEY_ALT, "Ireland"),
                 Q("This has been a sham process.", "Simon Coveney", *COVENEY_ALT, "Ireland"),
                 Q("It is an attempt by Russia to annex part of their neighbour's territory", "Simon Coveney",
                   *COVENEY_ALT, "Ireland"),
                 Q("Therefore that gives them a licence to do other more horrific things", "Simon Coveney",
                   *COVENEY_ALT, "Ireland"),
                 Q("We will not recognise this process as in any way legitimate or legally sound.", "Simon Coveney",
                   *COVENEY_ALT, "Ireland"),
                 Q("We will continue to support Ukraine in their efforts", "Simon Coveney", *COVENEY_ALT, "Ireland")],
         quantities=[N("four occupied regions", 4)],
         times=[],
         events=[V("IRL", "RUS", "11"), V("IRL", "RUS", "12")],
         events_may=[V("IRL", "UKR", "03"), V("IRL", "UKR", "05"), V("IRL", "GBR", "04"), V("GBR", "IRL", "04"),
                     V("RUS", "UKR", "19"), V("RUS", "UKR", "17"), V("RUS", "UKR", "15")]),
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
