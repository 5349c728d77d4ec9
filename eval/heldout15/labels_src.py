#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Fifteenth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout14/README.md and this folder's
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
IND = E("India", "IND", "Republic of India")
PAK = E("Pakistan", "PAK", "Islamic Republic of Pakistan")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
UNSC = E("UN Security Council", None, "United Nations Security Council", "Security Council", "U.N. Security Council",
         "UNSC")
AP = E("Associated Press", "USA", "AP", "The Associated Press")
X = E("X", "USA", "Twitter")
KREMLIN = E("Kremlin", "RUS")
GUTERRES_ALT = ("Guterres", "Antonio Guterres", "Ant\u00f3nio Manuel de Oliveira Guterres",
                "Antonio Manuel de Oliveira Guterres", "UN Secretary-General Ant\u00f3nio Guterres",
                "UN Secretary-General Antonio Guterres", "U.N. Secretary-General Antonio Guterres",
                "Secretary-General Ant\u00f3nio Guterres")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
BIDEN_ALT = ("Biden", "President Joe Biden", "President Biden", "Mr Biden", "Mr. Biden", "Joseph R. Biden",
             "Joseph R. Biden Jr.", "Joseph Biden", "Joe Biden Jr.", "US President Joe Biden",
             "U.S. President Joe Biden")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
MACRON_ALT = ("Macron", "French President Emmanuel Macron", "President Emmanuel Macron", "President Macron",
              "Emmanuel Jean-Michel Frederic Macron", "Emmanuel Jean-Michel Fr\u00e9d\u00e9ric Macron")
MODI_ALT = ("Modi", "Prime Minister Narendra Modi", "PM Narendra Modi", "PM Modi", "Narendra Damodardas Modi")
ZELENSKY_ALT = ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
                "Volodymyr Oleksandrovych Zelenskyy", "Volodymyr Oleksandrovych Zelensky",
                "Ukrainian President Volodymyr Zelensky", "Ukrainian President Volodymyr Zelenskyy")
CAMERON_ALT = ("Cameron", "David William Donald Cameron", "British Foreign Secretary David Cameron",
               "UK Foreign Secretary David Cameron", "Lord Cameron", "David Cameron, Baron Cameron of Chipping Norton")
JOHNSON_ALT = ("Johnson", "Alexander Boris de Pfeffel Johnson", "UK Prime Minister Boris Johnson",
               "British Prime Minister Boris Johnson")
STOLTENBERG_ALT = ("Stoltenberg", "NATO Secretary-General Jens Stoltenberg")
BLINKEN_ALT = ("Blinken", "Antony J. Blinken", "Antony John Blinken", "Tony Blinken", "Secretary of State Antony Blinken")
CARLSON_ALT = ("Carlson", "MaryKay Loss Carlson", "Mary Kay Carlson", "Mary K Carlson", "Mary K. Carlson",
               "United States Ambassador to Manila MaryKay Carlson")
MEEKS_ALT = ("Meeks", "Gregory W. Meeks", "Greg Meeks", "Gregory Weldon Meeks")
KEATING_ALT = ("Keating", "William R. Keating", "William Keating", "William Richard Keating")
USHAKOV_ALT = ("Ushakov", "Yury Ushakov", "Yuri Viktorovich Ushakov", "Kremlin aide Yuri Ushakov")
SPICER_ALT = ("Spicer", "Sean Michael Spicer", "White House Press Secretary Sean Spicer")
GHANI_ALT = ("Ghani", "Mohammad Ashraf Ghani", "Ashraf Ghani Ahmadzai", "Afghanistan President Ashraf Ghani")
MELONI_ALT = ("Meloni", "Italian Prime Minister Giorgia Meloni")
KOSHIKAWA_ALT = ("Koshikawa Kazuhiko", "Koshikawa", "Japanese Ambassador to the Philippines Koshikawa Kazuhiko")
BORISOV_ALT = ("Boiko Borissov", "Boyko Borissov", "Boyko Metodiev Borisov", "Borissov", "Borisov",
               "Bulgarian Prime Minister Boiko Borissov")
HALEY_ALT = ("Haley", "Nimrata Randhawa Haley", "Nikki R. Haley", "Nimrata Nikki Haley")
FELTMAN_ALT = ("Feltman", "Jeffrey D. Feltman", "Jeffrey David Feltman")
LTG_ALT = ("Thomas-Greenfield", "Linda Thomas Greenfield", "Ambassador Linda Thomas-Greenfield")
WARNER_ALT = ("Warner", "Mark R. Warner", "Mark Robert Warner", "Sen. Mark Warner")
HAJRAF_ALT = ("Nayef Al-Hajraf", "Nayef Falah Al-Hajraf", "Nayef Al Hajraf", "Nayef Falah Mubarak Al Hajraf",
              "Al-Hajraf")
PESKOV_ALT = ("Peskov", "Dmitri Peskov", "Dmitry Sergeyevich Peskov", "Russian presidential press secretary Dmitry Peskov",
              "Kremlin Spokesman Dmitry Peskov")
MEDINSKY_ALT = ("Medinsky", "Vladimir Rostislavovich Medinsky", "Vladimir Medinskiy")
SULLIVAN_ALT = ("Sullivan", "Jacob Jeremiah Sullivan", "Jacob Sullivan", "White House National Security Advisor Jake Sullivan")
MAO_ALT = ("Mao", "Chinese Foreign Ministry Spokesperson Mao Ning")
ONE_CHINA_LIST = ["MDV", "MMR", "IRN", "SYR", "TUN", "PSE", "TKM", "KAZ", "ARM", "AZE", "CAF", "NER", "GNQ", "COM", "LSO",
             "SOM", "DJI", "MLI", "VUT", "TON", "DMA", "NIC", "BOL"]

DOCS = [
    dict(file="s01_un.txt", date="2021-05-11", url="https://www.un.org/press/en/2021/sgsm21719.doc.htm",
         entities=[UN, P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT),
                   E("MONUSCO", None, "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"),
                   E("Democratic Republic of the Congo", "COD", "DRC", "DR Congo", "Congo"),
                   E("Beni", "COD", "Beni territory"), E("North Kivu", "COD"),
                   E("Allied Democratic Forces", ["COD", "UGA", None], "ADF"), E("Malawi", "MWI")],
         may=[],
         quotes=[],
         quantities=[N("one peacekeeper", 1)],
         times=[T("today", "2021-05-11"), T("Monday", "2021-05-10")],
         events=[],
         events_may=[V(None, None, "18"), V("COD", None, "18"), V("UGA", None, "18"), V(None, "MWI", "18"),
                     V(None, None, "11"), V(None, "COD", "02"), V(None, "MWI", "01"), V(None, "COD", "05"),
                     V(None, "COD", "07")]),
    dict(file="s02_housegov.txt", date="2021-04-15",
         url="https://democrats-foreignaffairs.house.gov/press-releases?ID=2311D068-C25B-4413-9520-040F3750C007",
         entities=[E("Washington, D.C.", "USA", "Washington"), E("Gregory Meeks", "USA", *MEEKS_ALT),
                   E("House Foreign Affairs Committee", "USA", "Committee on Foreign Affairs",
                     "House Committee on Foreign Affairs"),
                   E("Bill Keating", "USA", *KEATING_ALT),
                   E("Subcommittee on Europe, Energy, the Environment and Cyber", "USA"),
                   P("Joe Biden", "USA", BIDEN_ALT), RU, US, E("Taliban", ["AFG", None]), E("Afghanistan", "AFG"), UA,
                   P("Vladimir Putin", "RUS", PUTIN_ALT), E("European Union", None, "EU"), NATO,
                   E("United Kingdom", "GBR", "UK", "Britain"), E("Australia", "AUS"), E("Canada", "CAN")],
         may=[E("Cyber Security Act of 2021", "USA")],
         quotes=[Q("We welcome the Biden administration's announcement today regarding additional actions taken against Russia",
                   "Gregory Meeks", *MEEKS_ALT, "Bill Keating", *KEATING_ALT, "House Foreign Affairs Committee"),
                 Q("While engagement with Russia at the highest levels is important, we must never ignore unacceptable attacks against our democratic processes",
                   "Gregory Meeks", *MEEKS_ALT, "Bill Keating", *KEATING_ALT, "House Foreign Affairs Committee"),
                 Q("Importantly, the Biden Administration is coordinating with like-minded partners on a reliable, safe, and open cyber space",
                   "Gregory Meeks", *MEEKS_ALT, "Bill Keating", *KEATING_ALT, "House Foreign Affairs Committee"),
                 Q("The sanctions regarding Russia's occupation of Ukraine were executed in coordination and cooperation with our friends and allies",
                   "Gregory Meeks", *MEEKS_ALT, "Bill Keating", *KEATING_ALT, "House Foreign Affairs Committee")],
         quantities=[],
         times=[T("Today", "2021-04-15"), T("today", "2021-04-15"), T("2021", "2021")],
         events=[V("USA", "RUS", "16")],
         events_may=[V("USA", "RUS", "11"), V("USA", "RUS", "13"), V("USA", "USA", "05"), V("USA", None, "05"),
                     V("RUS", "UKR", "19"), V("RUS", "UKR", "17"), V("RUS", "USA", "18")]
         + Vs(["GBR", "AUS", "CAN"], "RUS", "16") + [V(None, "RUS", "16")]
         + Vs(["GBR", "AUS", "CAN"], "USA", "03") + Vs(["GBR", "AUS", "CAN"], "USA", "06")),
    dict(file="s03_pressun.txt", date="2023-07-10", url="https://press.un.org/en/2023/sgsm21870.doc.htm",
         entities=[UN, P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT),
                   E("MINUSCA", None,
                     "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
                   E("Central African Republic", "CAF", "CAR"), E("Haute-Kotto Prefecture", "CAF", "Haute-Kotto"),
                   E("Rwanda", "RWA", "Republic of Rwanda")],
         may=[E("Sam-Ouandja-Ouadda axis", "CAF")],
         quotes=[],
         quantities=[N("one peacekeeper", 1)],
         times=[T("today", "2023-07-10", "2023-07-11"), T("10 July", "2023-07-10")],
         events=[],
         events_may=[V(None, None, "18"), V(None, "CAF", "18"), V(None, "RWA", "18"), V("CAF", None, "18"),
                     V(None, None, "11"), V(None, "CAF", "02"), V(None, "RWA", "01"), V(None, "CAF", "05"),
                     V(None, "RWA", "05")]),
    dict(file="s04_ijr.txt", date="2021-06-13", url="https://ijr.com/biden-explains-not-hold-joint-press-conference-putin/",
         entities=[P("Joe Biden", "USA", BIDEN_ALT), P("Vladimir Putin", "RUS", PUTIN_ALT), AP,
                   E("Jonathan Lemire", "USA", "Lemire"), E("United States", "USA", "U.S.", "US"), RU, UA],
         may=[],
         quotes=[Q("You have said previously and in the run-up to the summit that you'd be unafraid to call out Russia's disruptive actions",
                   "Jonathan Lemire", "Lemire", "Associated Press"),
                 Q("this is not a contest about who can do better in front of a press conference and try to embarrass each other",
                   "Joe Biden", *BIDEN_ALT),
                 Q("The bottom line is that I think the best way to deal with this is for he and I to meet",
                   "Joe Biden", *BIDEN_ALT),
                 Q("And I will make clear my view of how that meeting turned out", "Joe Biden", *BIDEN_ALT)],
         quantities=[],
         times=[T("Sunday", "2021-06-13")],
         events=both("USA", "RUS", "04"),
         events_may=[V("USA", "RUS", "11"), V("USA", "RUS", "03"), V("RUS", "USA", "03"), V("USA", "RUS", "12"),
                     V("RUS", "USA", "11"), V("RUS", "USA", "18")]),
    dict(file="s05_tass.txt", date="2021-06-15", url="https://tass.com/politics/1302605",
         entities=[P("Vladimir Putin", "RUS", PUTIN_ALT), P("Joe Biden", "USA", BIDEN_ALT),
                   E("Yuri Ushakov", "RUS", *USHAKOV_ALT), E("Moscow", "RUS", "MOSCOW"),
                   E("Russia", "RUS", "Moscow", "Russian Federation"), KREMLIN, E("Geneva", "CHE"),
                   E("Helsinki", "FIN"), P("Donald Trump", "USA", TRUMP_ALT),
                   P("Boris Johnson", "GBR", JOHNSON_ALT), E("United Kingdom", "GBR", "UK"),
                   E("Guy Parmelin", "CHE", "Parmelin", "Swiss President Guy Parmelin")],
         may=[E("TASS", "RUS"), E("United States", "USA"), E("Villa La Grange", "CHE"), E("Lake Geneva", "CHE"),
              E("Switzerland", "CHE")],
         quotes=[Q("During preparations, the agreement to conduct a joint press conference was not reached",
                   "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia"),
                 Q("earlier, the American side was the first to support joint press conferences more actively than Moscow, even since the Soviet period.",
                   "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia"),
                 Q("This time an understanding was reached that each party would organize separate media events",
                   "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia"),
                 Q("Maybe, this is just the way that the new American president interacts with the media, we don't know",
                   "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia"),
                 Q("We haven't agreed on it, so it won't happen", "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia"),
                 Q("this is a wonderful place on the shore of Lake Geneva, good conditions for talks.",
                   "Yuri Ushakov", *USHAKOV_ALT, "Kremlin", "Russia")],
         quantities=[],
         times=[T("June 15", "2021-06-15")],
         events=both("RUS", "USA", "04") + both("USA", "GBR", "04"),
         events_may=both("RUS", "USA", "12") + both("RUS", "USA", "03") + both("CHE", "RUS", "04")
         + both("CHE", "USA", "04")),
    dict(file="s06_govsi.txt", date="2019-10-14",
         url="https://gov.si/en/news/2019-10-14-minister-cerar-attends-foreign-affairs-council",
         entities=[E("Miro Cerar", "SVN", "Cerar", "Minister Cerar", "Minister Dr Cerar", "Miroslav Cerar"),
                   E("Foreign Affairs Council", None), UN,
                   E("Geir Pedersen", ["NOR", None], "Pedersen", "Geir O. Pedersen", "Geir Otto Pedersen"),
                   E("Syria", "SYR", "Syrian Arab Republic"), E("Turkey", "TUR", "T\u00fcrkiye"), E("Geneva", "CHE"),
                   E("Global Coalition against Da'esh", None, "Global Coalition to Defeat ISIS"),
                   E("Da'esh", None, "Islamic State", "ISIS", "ISIL", "Daesh"),
                   E("Cyprus", "CYP", "Republic of Cyprus")],
         may=[E("Eastern Mediterranean", None)],
         quotes=[],
         quantities=[],
         times=[T("30 October", "2019-10-30"), T("July", "2019-07")],
         events=[V("TUR", "SYR", "19")],
         events_may=[V(None, "TUR", "11"), V(None, "TUR", "02"), V(None, "TUR", "16"), V("SVN", None, "02"),
                     V("SVN", "TUR", "11"), V("SVN", "TUR", "02"), V(None, "CYP", "05"), V("SVN", "CYP", "05"),
                     V("TUR", "CYP", "17"), V("TUR", "CYP", "18"), V("TUR", "SYR", "18"), V(None, "SYR", "04"),
                     V("SVN", "TUR", "16")]),
    dict(file="s07_cbslocal.txt", date="2017-09-18", url="http://newyork.cbslocal.com/2017/09/18/trump-un-general-assembly/",
         entities=[P("Donald Trump", "USA", TRUMP_ALT), UN, E("New York", "USA", "NEW YORK"),
                   E("North Korea", "PRK", "Democratic People's Republic of Korea", "DPRK"),
                   E("General Assembly", None, "UN General Assembly", "United Nations General Assembly"),
                   E("United States", "USA", "U.S.", "US"), E("Israel", "ISR"), UNSC,
                   P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT)],
         may=[E("CBS New York", "USA", "CBSNewYork", "WCBS-TV"), AP, E("White House", "USA")],
         quotes=[Q("The United Nations was founded on truly noble goals", "Donald Trump", *TRUMP_ALT),
                 Q("We seek a United Nations that regains the trust of the people around the world", "Donald Trump",
                   *TRUMP_ALT),
                 Q("To honor the people of our nations, we must insure that no one", "Donald Trump", *TRUMP_ALT),
                 Q("business as usual", "Donald Trump", *TRUMP_ALT),
                 Q("champion truly bold reforms.", "Donald Trump", *TRUMP_ALT)],
         quantities=[N("193-member organization", 193)],
         times=[T("Monday", "2017-09-18"), T("Tuesday", "2017-09-19")],
         events=[],
         events_may=[V("USA", None, "02"), V("USA", None, "11"), V("USA", None, "04"), V("USA", None, "05"),
                     V("USA", "PRK", "13"), V("USA", "PRK", "11"), V("PRK", "USA", "13")]),
    dict(file="s08_zeenews.txt", date="2017-07-12",
         url="http://zeenews.india.com/india/us-condemns-cowardly-attack-on-amarnath-pilgrims-vows-to-fight-terror-2023400.html",
         entities=[E("Washington", "USA"), E("White House", "USA"), E("United States", "USA", "US"), IND,
                   E("Sean Spicer", "USA", *SPICER_ALT),
                   E("Jammu and Kashmir", ["IND", "PAK", None], "Kashmir"),
                   E("MaryKay Carlson", "USA", *CARLSON_ALT), E("New Delhi", "IND"),
                   E("IANS", "IND", "Indo-Asian News Service"), E("Bangladesh", "BGD"),
                   E("Sheikh Hasina", "BGD", "Hasina", "Sheikh Hasina Wazed", "Bangladesh Prime Minister Sheikh Hasina"),
                   P("Narendra Modi", "IND", MODI_ALT), E("Nepal", "NPL"), E("Afghanistan", "AFG"),
                   E("Ashraf Ghani", "AFG", *GHANI_ALT)],
         may=[E("Amarnath", "IND"), E("US Embassy in New Delhi", "USA", "US Embassy"),
              E("foreign affairs ministry", "NPL", "Ministry of Foreign Affairs of Nepal")],
         quotes=[Q("The United States strongly condemns the cowardly terrorist attack on religious pilgrims in the state of Jammu and Kashmir on July 10",
                   "White House", "United States", "Sean Spicer", *SPICER_ALT),
                 Q("We deplore the attack on Amarnath pilgrims and condemn all acts of terrorism", "MaryKay Carlson",
                   *CARLSON_ALT, "United States"),
                 Q("being enemies of civilisation and humanity, terrorists don't respect any religion and law",
                   "Ashraf Ghani", *GHANI_ALT, "Afghanistan")],
         quantities=[],
         times=[T("Wednesday", "2017-07-12"), T("July 10", "2017-07-10")],
         events=[],
         events_may=[V("USA", None, "11"), V("USA", "IND", "01"), V("USA", "IND", "03"), V("USA", "IND", "05"),
                     V("BGD", None, "11"), V("BGD", "IND", "01"), V("BGD", "IND", "05"), V("BGD", "IND", "04"),
                     V("NPL", None, "11"), V("NPL", "IND", "01"), V("AFG", None, "11"), V(None, "IND", "18"),
                     V(None, None, "11")]),
    dict(file="s09_shine.txt", date="2024-03-24", url="https://www.shine.cn/news/world/2403242504/",
         entities=[E("Moscow", "RUS"), UNSC, P("Emmanuel Macron", "FRA", MACRON_ALT),
                   E("Giorgia Meloni", "ITA", *MELONI_ALT), P("David Cameron", "GBR", CAMERON_ALT),
                   E("Britain", "GBR", "United Kingdom", "UK")],
         may=[E("Crocus City Hall", "RUS"), X, E("French presidential office", "FRA", "Elysee"),
              E("Russia", "RUS"), E("France", "FRA"), E("Italy", "ITA")],
         quotes=[Q("in the strongest terms the heinous and cowardly terrorist attack", "UN Security Council",
                   "United Nations Security Council", "Security Council"),
                 Q("hold perpetrators, organizers, financiers and sponsors of these reprehensible acts of terrorism accountable and bring them to justice.",
                   "UN Security Council", "United Nations Security Council", "Security Council"),
                 Q("firm and total condemnation of the Italian government for this heinous act of terrorism.",
                   "Giorgia Meloni", *MELONI_ALT, "Italy"),
                 Q("condemns in the strongest terms", "David Cameron", *CAMERON_ALT, "Britain", "United Kingdom"),
                 Q("We offer our heartfelt condolences and express our deepest sympathy to the families of the many victims",
                   "David Cameron", *CAMERON_ALT, "Britain", "United Kingdom")],
         quantities=[],
         times=[T("Friday", "2024-03-22"), T("Saturday", "2024-03-23")],
         events=[],
         events_may=Vs(["FRA", "ITA", "GBR"], None, "11") + Vs(["FRA", "ITA", "GBR"], "RUS", "01")
         + Vs(["FRA", "ITA", "GBR"], "RUS", "05") + [V(None, None, "11"), V(None, "RUS", "18"), V(None, None, "18")]),
    dict(file="s10_rawisda.txt", date="2015-04-03",
         url="https://rawisda.com/world/india-strongly-condemned-outrageous-terror-attack-in-kenya-34025",
         entities=[E("New Delhi", "IND"), IND, E("Kenya", "KEN"), E("Garissa", "KEN"),
                   E("Ministry of External Affairs", "IND", "External Affairs Ministry", "MEA"),
                   E("Shebab", ["SOM", None], "Al-Shabaab", "al-Shabaab", "Al Shabaab"), E("Somalia", "SOM"),
                   E("Al-Qaeda", None, "al-Qaeda", "Al Qaeda"), E("United States", "USA", "US")],
         may=[],
         quotes=[Q("India strongly condemns barbaric terrorist attack on a university campus at Garissa in north-eastern Kenya",
                   "Ministry of External Affairs", "External Affairs Ministry", "India"),
                 Q("Government of India strongly condemns the barbaric terrorist attack on a university campus at Garissa",
                   "Ministry of External Affairs", "External Affairs Ministry", "India"),
                 Q("We stand in solidarity and sympathy with the bereaved families and the injured",
                   "Ministry of External Affairs", "External Affairs Ministry", "India"),
                 Q("This outrageous terrorist act is yet another reminder that the menace of terrorism continues to threaten us all",
                   "Ministry of External Affairs", "External Affairs Ministry", "India")],
         quantities=[N("at least 70 students", 70)],
         times=[T("Thursday", "2015-04-02"), T("1998", "1998")],
         events=[],
         events_may=[V("IND", None, "11"), V("IND", "KEN", "01"), V("IND", "KEN", "05"), V("SOM", "KEN", "18"),
                     V(None, "KEN", "18"), V("SOM", None, "18"), V(None, "USA", "18"), V("IND", None, "02")]),
    dict(file="s11_wiredgov.txt", date="2024-08-29",
         url="https://www.wired-gov.net/wg/news.nsf/articles/pm+meeting+with+president+macron+of+france+29+august+2024+29082024161500?open",
         entities=[E("Keir Starmer", "GBR", "Starmer", "Prime Minister Keir Starmer", "Sir Keir Starmer",
                     "Keir Rodney Starmer"),
                   P("Emmanuel Macron", "FRA", MACRON_ALT), E("France", "FRA"), E("United Kingdom", "GBR", "UK"),
                   E("West Bank", ["PSE", None]), E("Israel", "ISR", "State of Israel")],
         may=[E("Elys\u00e9e Palace", "FRA", "Elysee Palace"), E("European Political Community", None),
              E("Blenheim Palace", "GBR"), E("Middle East", None), E("Palestine", "PSE")],
         quotes=[],
         quantities=[],
         times=[T("29 August 2024", "2024-08-29")],
         events=both("GBR", "FRA", "04", "05"),
         events_may=both("GBR", "FRA", "03") + [V("GBR", "FRA", "06"), V("FRA", "GBR", "06"), V("GBR", None, "02"),
                                                 V("FRA", None, "02"), V("ISR", "PSE", "19")]),
    dict(file="s12_manilashimbun.txt", date="2023-12-04", url="https://www.manila-shimbun.com/category/english/news274196.html",
         entities=[E("Kazuhiko Koshikawa", "JPN", *KOSHIKAWA_ALT), E("Japan", "JPN"),
                   E("Philippines", "PHL", "Manila"), E("Mindanao State University", "PHL", "MSU"),
                   E("Marawi", "PHL"), E("United States", "USA", "U.S."), E("France", "FRA"), E("Canada", "CAN"),
                   E("Ireland", "IRL"), E("European Union", None, "EU"),
                   E("MaryKay Carlson", "USA", *CARLSON_ALT)],
         may=[E("Mindanao", "PHL"), X, E("Manila", "PHL")],
         quotes=[Q("deeply saddened by the tragedy at Mindanao State University", "Kazuhiko Koshikawa", *KOSHIKAWA_ALT,
                   "Japan"),
                 Q("My thoughts and prayers are with the victims and their loved ones", "Kazuhiko Koshikawa",
                   *KOSHIKAWA_ALT, "Japan"),
                 Q("Our heartfelt prayers for those affected by the recent powerful earthquake in southern Philippines",
                   "Kazuhiko Koshikawa", *KOSHIKAWA_ALT, "Japan"),
                 Q("My heart goes out to those affected by the Mindanao State University bombing", "MaryKay Carlson",
                   *CARLSON_ALT, "United States"),
                 Q("I extend deepest condolences on the part of the U.S. government", "MaryKay Carlson", *CARLSON_ALT,
                   "United States")],
         quantities=[N("at least four", 4), N("50", 50)],
         times=[T("Sunday", "2023-12-03")],
         events=[],
         events_may=Vs(["JPN", "USA", "FRA", "CAN", "IRL"], None, "11") + Vs(["JPN", "USA"], "PHL", "01")
         + [V("JPN", "PHL", "03"), V("JPN", "PHL", "07"), V("USA", "PHL", "03"), V("USA", "PHL", "05"),
            V(None, "PHL", "18"), V(None, None, "11")]),
    dict(file="s13_sofiaglobe.txt", date="2019-03-18",
         url="https://sofiaglobe.com/2019/03/18/bulgarian-pm-cables-rutte-after-shooting-attack-in-utrecht/",
         entities=[E("Boyko Borisov", "BGR", *BORISOV_ALT), E("Mark Rutte", "NLD", "Rutte"), E("Utrecht", "NLD"),
                   E("Netherlands", "NLD", "the Netherlands"), E("BBC", "GBR", "British Broadcasting Corporation"),
                   E("G\u00f6kmen Tan\u0131\u015f", "TUR", "Gokmen Tanis"),
                   E("Ekaterina Zaharieva", "BGR", "Zaharieva", "Ekaterina Zakharieva",
                     "Bulgarian Foreign Minister Ekaterina Zaharieva")],
         may=[X, E("Bulgaria", "BGR"), E("Turkey", "TUR")],
         quotes=[Q("I am seriously concerned about the tragic events in Utrecht", "Boyko Borisov", *BORISOV_ALT,
                   "Bulgaria"),
                 Q("confirm the need for united and determined action by the international community against any gross violation of health, life, freedom and democratic values",
                   "Boyko Borisov", *BORISOV_ALT, "Bulgaria")],
         quantities=[N("three people", 3), N("nine injured", 9)],
         times=[T("March 18", "2019-03-18")],
         events=[],
         events_may=[V("BGR", "NLD", "01"), V("BGR", "NLD", "04"), V("BGR", "NLD", "05"), V("BGR", None, "11"),
                     V("BGR", None, "02"), V(None, "NLD", "18"), V("TUR", "NLD", "18")]),
    dict(file="s14_radiohc.txt", date="2017-01-28",
         url="http://www.radiohc.cu/en/noticias/internacionales/119882-new-us-ambassador-to-united-nations-puts-international-community-on-notice",
         entities=[UN, E("Nikki Haley", "USA", *HALEY_ALT), P("Donald Trump", "USA", TRUMP_ALT),
                   E("United States", "USA", "U.S.", "US"), E("New York", "USA"),
                   P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT)],
         may=[E("Radio Habana Cuba", "CUB", "RHC")],
         quotes=[Q("Our goal with the administration is to show value at the U.N.", "Nikki Haley", *HALEY_ALT,
                   "United States"),
                 Q("For those who don't have our back, we're taking names.", "Nikki Haley", *HALEY_ALT,
                   "United States")],
         quantities=[],
         times=[T("January 28", "2017-01-28"), T("Friday", "2017-01-27")],
         events=[],
         events_may=[V("USA", None, "13"), V("USA", None, "04"), V("USA", None, "11"), V("USA", None, "16")]),
    dict(file="s15_unsc.txt", date="2017-04-07",
         url="https://googleweblight.com/sp?hl&geid=NSTNR&u=https://www.un.org/press/en/2017/sc12783.doc.htm",
         entities=[UNSC, E("United States", "USA", "U.S.", "US"), E("Syria", "SYR", "Syrian Arab Republic"),
                   E("Jeffrey Feltman", ["USA", None], *FELTMAN_ALT),
                   P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT),
                   E("Bashar al-Assad", "SYR", "Assad", "Bashar Assad", "Bashar Hafez al-Assad")],
         may=[E("Al-Shayrat military base", "SYR", "Al-Shayrat", "Shayrat air base"),
              E("Mediterranean Sea", None, "eastern Mediterranean Sea")],
         quotes=[Q("It is important that this Council send a strong, collective message that any use of chemical weapons will not be tolerated and will have consequences",
                   "Jeffrey Feltman", *FELTMAN_ALT)],
         quantities=[N("86 deaths", 86), N("more than 300 injuries", 300), N("two United States naval vessels", 2),
                     N("59 cruise missiles", 59)],
         times=[T("today", "2017-04-07"), T("4 April", "2017-04-04")],
         events=[V("USA", "SYR", "19"), V("USA", "SYR", "11")],
         events_may=[V(None, "USA", "11"), V(None, "USA", "05"), V(None, "SYR", "11"), V(None, None, "02"),
                     V("SYR", "SYR", "19"), V("SYR", None, "19"), V("USA", "SYR", "18"), V("USA", "SYR", "13")]),
    dict(file="s16_turkishpress.txt", date="2021-02-25", url="https://turkishpress.com/us-urges-un-reform-ahead-of-assuming-council-presidency/",
         entities=[E("Linda Thomas-Greenfield", "USA", *LTG_ALT), E("United States", "USA", "US", "America"), UN,
                   P("Joe Biden", "USA", BIDEN_ALT), P("Ant\u00f3nio Guterres", ["PRT", None], GUTERRES_ALT),
                   E("UN Security Council", None, "Security Council", "United Nations Security Council"),
                   E("US Senate", "USA", "Senate", "United States Senate")],
         may=[],
         quotes=[Q("We're clear-eyed about the difficult work that needs to be done", "Linda Thomas-Greenfield",
                   *LTG_ALT, "United States"),
                 Q("And we look forward to engaging our allies and our partners to get it done.",
                   "Linda Thomas-Greenfield", *LTG_ALT, "United States"),
                 Q("After all, we're stronger when we are working together", "Linda Thomas-Greenfield", *LTG_ALT,
                   "United States"),
                 Q("As I made clear in my testimony to the US Senate", "Linda Thomas-Greenfield", *LTG_ALT,
                   "United States"),
                 Q("So I've not only had to hit the ground running", "Linda Thomas-Greenfield", *LTG_ALT,
                   "United States"),
                 Q("I'll repeat what I said when I first was nominated by the president for this honor",
                   "Linda Thomas-Greenfield", *LTG_ALT, "United States")],
         quantities=[],
         times=[T("Thursday", "2021-02-25"), T("Monday", "2021-03-01")],
         events=[],
         events_may=[V("USA", None, "04"), V("USA", None, "03"), V("USA", None, "05")]),
    dict(file="s17_iolaregister.txt", date="2024-03-26", url="https://www.iolaregister.com/news/national-news/duty-to-warn-helps-avert-catastrophes",
         entities=[E("United States", "USA", "U.S.", "US"), RU, P("Vladimir Putin", "RUS", PUTIN_ALT),
                   E("Washington", "USA", "WASHINGTON"), E("Moscow", "RUS"),
                   E("Islamic State", None, "ISIS", "ISIL", "Daesh"), E("Afghanistan", "AFG")],
         may=[AP, E("U.S. intelligence community", "USA")],
         quotes=[Q("duty to warn", None)],
         quantities=[N("more than 130 people", 130)],
         times=[T("Friday", "2024-03-22")],
         events=[V("USA", "RUS", "06")],
         events_may=[V("USA", "RUS", "01"), V("USA", "RUS", "13"), V("USA", "RUS", "04"), V("USA", "RUS", "05"),
                     V(None, "RUS", "18"), V("AFG", "RUS", "18"), V(None, None, "18")]),
    dict(file="s18_commondreams.txt", date="2022-02-24",
         url="https://www.commondreams.org/news/2022/02/24/russian-cyberattack-could-trigger-article-5-nato-response-says-us-senator",
         entities=[E("Senate Intelligence Committee", "USA", "Senate Select Committee on Intelligence"), NATO, UA,
                   E("Mark Warner", "USA", *WARNER_ALT), E("Russia", "RUS", "Moscow"), E("Poland", "POL"),
                   E("Romania", "ROU"), P("Jens Stoltenberg", ["NOR", None], STOLTENBERG_ALT),
                   E("United States", "USA", "U.S.", "US")],
         may=[E("CBS Mornings", "USA"), E("Moscow", "RUS"), E("Europe", None), E("eastern Europe", None)],
         quotes=[Q("If the Russians decide they're going to turn off the power, turn off all the electricity all across Ukraine",
                   "Mark Warner", *WARNER_ALT),
                 Q("very likely... turn off the power in eastern Poland, in eastern Romania.", "Mark Warner",
                   *WARNER_ALT),
                 Q("if suddenly hospitals are shut down.", "Mark Warner", *WARNER_ALT),
                 Q("we are suddenly in an area of hypothetically an Article 5 where one NATO country is attacked we all have to come to each other's aid.",
                   "Mark Warner", *WARNER_ALT),
                 Q("a brutal act of war", "Jens Stoltenberg", *STOLTENBERG_ALT, "NATO"),
                 Q("peace in our continent has been shattered. We now have war in Europe", "Jens Stoltenberg",
                   *STOLTENBERG_ALT, "NATO"),
                 Q("NATO is the strongest alliance in history", "Jens Stoltenberg", *STOLTENBERG_ALT, "NATO")],
         quantities=[N("one NATO country", 1)],
         times=[T("Thursday", "2022-02-24"), T("2017", "2017")],
         events=[V("RUS", "UKR", "19")],
         events_may=[V("RUS", "UKR", "18"), V("RUS", "UKR", "17"), V("RUS", "UKR", "20"), V(None, "RUS", "11"),
                     V("USA", "RUS", "11"), V("USA", "RUS", "13"), V(None, "RUS", "13"), V("RUS", None, "18")]),
]
DOCS += [
    dict(file="s19_pledgetimes.txt", date="2022-08-07", url="https://pledgetimes.com/international-calls-for-de-escalation-in-the-gaza-strip/",
         entities=[E("Gaza Strip", ["PSE", None], "Gaza"), E("United Arab Emirates", "ARE", "UAE"),
                   E("Afra Mahsh Al Hamli", "ARE", "Afra Mahash Al Hameli", "Afra Al Hameli"),
                   E("Ministry of Foreign Affairs and International Cooperation", "ARE", "MOFAIC"),
                   E("UN Security Council", None, "United Nations Security Council", "Security Council"),
                   E("France", "FRA"), CN, E("Ireland", "IRL"), E("Norway", "NOR"),
                   E("Gulf Cooperation Council", None, "Cooperation Council for the Arab States of the Gulf", "GCC"),
                   E("Nayef Falah Mubarak Al-Hajraf", ["KWT", None], *HAJRAF_ALT), UN,
                   E("Tor Wennesland", ["NOR", None], "Tor Wencesland", "Wennesland"),
                   E("National Security Council", "USA", "NSC"),
                   E("John Kirby", "USA", "Kirby", "John F. Kirby", "John Francis Kirby")],
         may=[E("Saudi Ministry of Foreign Affairs", "SAU"), E("Saudi Arabia", "SAU"), E("Morocco", "MAR"),
              E("Middle East", None)],
         quotes=[Q("the need for the international community to act urgently to preserve the lives of civilians.",
                   "Nayef Falah Mubarak Al-Hajraf", *HAJRAF_ALT, "Gulf Cooperation Council"),
                 Q("avoiding further escalation and restoring calm to prevent the situation from spiraling out of control.",
                   "Morocco", "Moroccan government")],
         quantities=[],
         times=[T("today", "2022-08-06", "2022-08-07"), T("Monday", "2022-08-08")],
         events=[],
         events_may=[V("ARE", None, "02"), V("ARE", "PSE", "02"), V("SAU", None, "02"), V(None, None, "02"),
                     V("MAR", None, "02"), V("USA", None, "02"), V("ARE", None, "04"), V("FRA", None, "04"),
                     V("CHN", None, "04"), V("IRL", None, "04"), V("NOR", None, "04")]
         + pairs(["ARE", "FRA", "CHN", "IRL", "NOR"], "03")),
    dict(file="s20_interfax.txt", date="2019-08-20", url="https://interfax.com/newsroom/top-stories/19362/",
         entities=[P("Vladimir Putin", "RUS", PUTIN_ALT), P("Emmanuel Macron", "FRA", MACRON_ALT),
                   E("Dmitry Peskov", "RUS", *PESKOV_ALT), E("Moscow", "RUS", "MOSCOW"), E("France", "FRA"), RU,
                   E("G7", None, "Group of Seven")],
         may=[E("Interfax", "RUS")],
         quotes=[Q("All this can be characterized as a very content-rich and also quite constructive and trust-based dialogue",
                   "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("The heads of state outlined the main range of topics they planned to discuss during a press conference",
                   "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("On the whole, the talks were positive", "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("It doesn't mean that they agreed with one another", "Dmitry Peskov", *PESKOV_ALT, "Kremlin",
                   "Russia"),
                 Q("the sides compared notes, and Macron now knows Russia's stance on the most important issues.",
                   "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("And he knows it not on the basis of some fake news or loose interpretations", "Dmitry Peskov",
                   *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("This is what makes such meetings so valuable", "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia")],
         quantities=[N("two leaders", 2), N("two countries", 2)],
         times=[T("Aug 20", "2019-08-20"), T("August 19", "2019-08-19")],
         events=both("RUS", "FRA", "04"),
         events_may=both("RUS", "FRA", "03") + both("RUS", "FRA", "05") + [V("RUS", "FRA", "01")]),
    dict(file="s21_peoplecn.txt", date="2022-03-30", url="http://en.people.cn/n3/2022/0330/c90000-10077635.html",
         entities=[E("Russia", "RUS", "Moscow", "Russian Federation"), E("Ukraine", "UKR", "Kiev", "Kyiv"),
                   E("Moscow", "RUS", "MOSCOW"), E("Kiev", "UKR", "Kyiv"), E("Chernihiv", "UKR", "Chernigov"),
                   E("Turkey", "TUR", "T\u00fcrkiye"), E("Istanbul", "TUR"),
                   E("Vladimir Medinsky", "RUS", *MEDINSKY_ALT),
                   E("Alexander Fomin", "RUS", "Fomin", "Aleksandr Fomin", "Alexander Vasilyevich Fomin",
                     "Russian Deputy Defense Minister Alexander Fomin"),
                   P("Vladimir Putin", "RUS", PUTIN_ALT), P("Volodymyr Zelensky", "UKR", ZELENSKY_ALT)],
         may=[E("Xinhua", "CHN")],
         quotes=[Q("We received proposals for consideration from the Ukrainian side", "Vladimir Medinsky",
                   *MEDINSKY_ALT, "Russia"),
                 Q("We are also taking two steps towards the de-escalation of the conflict", "Vladimir Medinsky",
                   *MEDINSKY_ALT, "Russia")],
         quantities=[N("two steps", 2)],
         times=[T("March 29", "2022-03-29"), T("Tuesday", "2022-03-29")],
         events=both("RUS", "UKR", "04"),
         events_may=[V("RUS", "UKR", "08"), V("RUS", "UKR", "03"), V("UKR", "RUS", "03"), V("RUS", "UKR", "05"),
                     V("UKR", "RUS", "05"), V("RUS", "UKR", "19"), V("TUR", "RUS", "04"), V("TUR", "UKR", "04"),
                     V("RUS", "TUR", "04"), V("UKR", "TUR", "04"), V("TUR", "RUS", "03"), V("TUR", "UKR", "03")]),
    dict(file="s22_mznews.txt", date="2022-02-27", url="https://mznews.co.mz/en/eua-anunciam-54-milhoes-de-dolares-de-ajuda-humanitaria-suplementar",
         entities=[E("United States", "USA", "US", "U.S.", "Washington"), E("Ukraine", "UKR", "Kiev", "Kyiv"),
                   E("Antony Blinken", "USA", *BLINKEN_ALT), E("Russia", "RUS", "Moscow", "Russian Federation"),
                   E("Crimea", ["UKR", "RUS", None]), E("Lusa", "PRT", "Lusa news agency"), UN, E("Poland", "POL"),
                   E("Hungary", "HUN"), E("Moldova", "MDA"), E("Romania", "ROU"), P("Vladimir Putin", "RUS", PUTIN_ALT),
                   KREMLIN],
         may=[E("Washington", "USA"), E("Moscow", "RUS"), E("Kiev", "UKR", "Kyiv")],
         quotes=[Q("It is with the welfare of ordinary Ukrainians in mind that we announce the provision of close to $54 million in humanitarian aid",
                   "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("close to $405 million to vulnerable communities since Russia invaded Ukraine eight years ago,",
                   "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("This last tranche of humanitarian aid will be made available through independent humanitarian organizations",
                   "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("food, clean water, shelter, emergency care, cold fighting and protection,", "Antony Blinken",
                   *BLINKEN_ALT, "United States"),
                 Q("the hospitality of neighboring countries", "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("to the needs of those seeking protection, in accordance with the principle of 'non-return'",
                   "Antony Blinken", *BLINKEN_ALT, "United States"),
                 Q("special military operation", "Vladimir Putin", *PUTIN_ALT, "Russia", "Kremlin")],
         quantities=[N("$54 million", 54e6, "USD"), N("close to $405 million", 405e6, "USD"),
                     N("about 200 deaths", 200), N("more than 1,100 wounded", 1100),
                     N("nearly 370,000 displaced", 370000)],
         times=[T("2014", "2014"), T("Thursday", "2022-02-24")],
         events=[V("USA", "UKR", "07"), V("RUS", "UKR", "19")],
         events_may=[V("RUS", "UKR", "17"), V("RUS", "UKR", "18"), V("USA", None, "05"), V("USA", None, "02"),
                     V("USA", "RUS", "11"), V("USA", "POL", "05"), V("USA", "HUN", "05"), V("USA", "MDA", "05"),
                     V("USA", "ROU", "05"), V(None, "UKR", "07")]),
    dict(file="s23_spamchronicles.txt", date="2023-11-28", url="https://spamchronicles.com/?p=1415398",
         entities=[E("United States", "USA", "US", "U.S."), E("Gaza", ["PSE", None], "Gaza Strip"),
                   E("Jake Sullivan", "USA", *SULLIVAN_ALT), E("Egypt", "EGY"), P("Joe Biden", "USA", BIDEN_ALT),
                   E("White House", "USA"), UN, E("Qatar", "QAT"), E("Hamas", ["PSE", None]), E("Israel", "ISR")],
         may=[E("Sinai", "EGY", "northern Sinai")],
         quotes=[Q("The humanitarian needs in Gaza require the international community to do much more",
                   "Jake Sullivan", *SULLIVAN_ALT, "United States", "White House"),
                 Q("mobilize the international community to quickly increase support.", "Jake Sullivan",
                   *SULLIVAN_ALT, "United States", "White House"),
                 Q("These UN supplies will save lives and ease the suffering of thousands in Gaza", "Jake Sullivan",
                   *SULLIVAN_ALT, "United States", "White House")],
         quantities=[N("24 tons", 24, "t"), N("three planes", 3)],
         times=[T("Tuesday", "2023-11-28"), T("Monday", "2023-11-27")],
         events=[V("USA", "PSE", "07")],
         events_may=[V("USA", "EGY", "07"), V("USA", "EGY", "04"), V(None, "PSE", "07"), V("USA", None, "02"),
                     V("QAT", None, "03"), V("QAT", "ISR", "03"), V("QAT", "PSE", "03"), V("PSE", "ISR", "18"),
                     V("PSE", "ISR", "08"), V("ISR", "PSE", "08")]),
    dict(file="s24_urdupoint.txt", date="2024-01-16", url="https://www.urdupoint.com/en/world/china-applauds-pakistan-other-countries-for-1785970.html",
         entities=[CN, PAK, E("Beijing", "CHN", "BEIJING"), E("Mao Ning", "CHN", *MAO_ALT), E("Taiwan", "TWN"),
                   E("Maldives", "MDV", "the Maldives"), E("Myanmar", "MMR"), E("Iran", "IRN"), E("Syria", "SYR"),
                   E("Tunisia", "TUN"), E("Palestine", "PSE"), E("Turkmenistan", "TKM"), E("Kazakhstan", "KAZ"),
                   E("Armenia", "ARM"), E("Azerbaijan", "AZE"),
                   E("Central African Republic", "CAF", "Central Africa"), E("Niger", "NER"),
                   E("Equatorial Guinea", "GNQ"), E("Comoros", "COM"), E("Lesotho", "LSO"), E("Somalia", "SOM"),
                   E("Djibouti", "DJI"), E("Mali", "MLI"), E("Vanuatu", "VUT"), E("Tonga", "TON"),
                   E("Dominica", "DMA"), E("Nicaragua", "NIC"), E("Bolivia", "BOL"), E("African Union", None, "AU")],
         may=[E("APP", "PAK", "Associated Press of Pakistan"), E("UrduPoint", "PAK"), E("Pakistan Point News", "PAK"),
              E("Chinese Foreign Ministry", "CHN", "Ministry of Foreign Affairs of China")],
         quotes=[Q("We applaud and appreciate the just position of these countries and organizations", "Mao Ning",
                   *MAO_ALT, "China", "Chinese Foreign Ministry"),
                 Q("Apart from what has been mentioned yesterday, a large number of countries", "Mao Ning", *MAO_ALT,
                   "China", "Chinese Foreign Ministry")],
         quantities=[],
         times=[T("Tuesday", "2024-01-16"), T("January 13", "2024-01-13"), T("yesterday", "2024-01-15")],
         events=[V("CHN", "PAK", "05"), V("PAK", "CHN", "05")],
         events_may=Vs(ONE_CHINA_LIST, "CHN", "05") + [V("CHN", c, "05") for c in ONE_CHINA_LIST]
         + [V(None, "CHN", "05"), V("CHN", None, "05"), V("CHN", "TWN", "11"), V("CHN", "TWN", "12"),
            V("PAK", "TWN", "12"), V("PAK", "TWN", "11")]),
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
