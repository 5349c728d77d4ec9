#!/usr/bin/env python3
"""Quote-focused development gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

speakers-dev2: 24 real news articles on international politics, each with at least one direct quotation whose
speaker the text names or clearly identifies, gathered on 2026-11-24 from the `search` tool's stored pages and
labelled by reading them, before any system output existed for them. Conventions: eval/analysis/README.md ("What
is labelled"); eval/heldout/README.md ... eval/heldout16/README.md and this folder's README.md. A development set
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
US = E("United States", "USA", "US", "U.S.", "U.S", "United States of America", "America", "USA")
RU = E("Russia", "RUS", "Russian Federation")
CN = E("China", "CHN", "People's Republic of China")
PAK = E("Pakistan", "PAK", "Islamic Republic of Pakistan")
IND = E("India", "IND", "Republic of India")
BY = E("Belarus", "BLR", "Republic of Belarus")
UA = E("Ukraine", "UKR")
EU = E("European Union", None, "EU")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
TASS = E("TASS", "RUS", "Tass")
KREMLIN = E("Kremlin", "RUS", "the Kremlin")
MFA_RU = E("Ministry of Foreign Affairs of Russia", "RUS", "Russian Foreign Ministry", "Russian foreign ministry",
           "Foreign Ministry", "Russia's foreign ministry", "Russian ministry of foreign affairs")
MFA_CN = E("Ministry of Foreign Affairs of China", "CHN", "Chinese Foreign Ministry", "Foreign Ministry",
           "foreign ministry", "China's foreign ministry")
MFA_PK = ("Ministry of Foreign Affairs", "Foreign Office", "foreign office", "Pakistan Foreign Office",
          "Ministry of Foreign Affairs of Pakistan")
URDUPOINT = [E("UrduPoint", "PAK", "UrduPoint News"), E("Pakistan Point News", "PAK")]
SPUTNIK = E("Sputnik", "RUS")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
PESKOV_ALT = ("Peskov", "Dmitri Peskov", "Dimitry Peskov", "Dmitry Sergeyevich Peskov", "Kremlin Spokesman Dmitry Peskov")
ZAKHAROVA_ALT = ("Zakharova", "Maria Vladimirovna Zakharova", "Mariya Zakharova", "Maria Zakharova")
LAVROV_ALT = ("Lavrov", "Sergei Lavrov", "Sergey Viktorovich Lavrov", "Sergei Viktorovich Lavrov",
              "Russian Foreign Minister Sergey Lavrov", "Russian Foreign Minister Sergei Lavrov")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
XI_ALT = ("Xi", "Chinese President Xi Jinping", "President Xi Jinping", "President Xi")
WANG_YI_ALT = ("Wang", "Foreign Minister Wang Yi", "Chinese Foreign Minister Wang Yi")
IMRAN_ALT = ("Khan", "Imran Ahmed Khan Niazi", "Imran Ahmad Khan Niazi", "Prime Minister Imran Khan", "PM Khan",
             "Imran Khan Niazi")
SKRIPAL = E("Sergei Skripal", ["RUS", "GBR"], "Sergei Viktorovich Skripal", "Sergey Skripal", "Skripal")
OBAMA_ALT = ("Obama", "President Barack Obama", "President Obama", "Barack Hussein Obama", "Barack H. Obama",
             "Barack Obama II")
MAAS_ALT = ("Maas", "German Foreign Minister Heiko Maas", "Heiko Josef Maas")
HUA_ALT = ("Hua", "Foreign Ministry spokesperson Hua Chunying")
LIN_ALT = ("Lin", "Spokesperson Lin Jian")
WANG_WENBIN_ALT = ("Wang", "Chinese Foreign Ministry spokesperson Wang Wenbin")
KISLYAK_ALT = ("Kislyak", "Sergey Kislyak", "Sergey Ivanovich Kislyak", "Sergei Ivanovich Kislyak",
               "Former Ambassador Sergei Kislyak")
AMIRABDOLLAHIAN_ALT = ("Amirabdollahian", "Mr Amirabdollahian", "Hossein Amir-Abdollahian", "Hossein Amir Abdollahian",
                       "Hossein Amirabdollahian")
FIDAN_ALT = ("Fidan", "Turkish Foreign Minister Hakan Fidan")
NAUERT_ALT = ("Nauert", "Ms. Nauert", "Heather Ann Nauert", "State Department spokesperson Heather Nauert")
FAISAL_ALT = ("Faisal", "Dr Mohammad Faisal", "Dr. Mohammad Faisal", "Muhammad Faisal")
NARYSHKIN_ALT = ("Naryshkin", "Sergey Naryshkin", "Sergey Yevgenyevich Naryshkin", "Sergei Yevgenyevich Naryshkin")
KIRBY_ALT = ("Kirby", "John F. Kirby", "John Francis Kirby", "National Security Council spokesperson John Kirby")
JOHNSON_ALT = ("Johnson", "Alexander Boris de Pfeffel Johnson", "Boris Johnson")
PANDOR_ALT = ("Pandor", "Grace Naledi Mandisa Pandor", "Naledi Pandor")
ROYCE_ALT = ("Royce", "Edward Royce", "Edward Randall Royce", "Edward R. Royce", "Ed Royce")
ORTAGUS_ALT = ("Ortagus", "Morgan Deann Ortagus")
NAJAM_ALT = ("Najam", "Adil Najam")

DOCS = [
    dict(file="s01_tass.txt", date="2020-08-26", url="https://tass.com/politics/1194155",
         entities=[E("Moscow", "RUS", "MOSCOW"), US, EU, BY, P("Maria Zakharova", "RUS", ZAKHAROVA_ALT),
                   E("Rossiya-1", "RUS", "Rossiya 1", "Russia-1"), E("Poland", "POL"), NATO,
                   P("Alexander Lukashenko", "BLR", ("Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka",
                                                      "Aliaksandr Lukashenka", "Alexander Grigoryevich Lukashenko",
                                                      "Belarussian President Alexander Lukashenko")),
                   P("Sergey Lavrov", "RUS", LAVROV_ALT),
                   E("Stephen Biegun", "USA", "Stephen Beegan", "Stephen E. Biegun", "Stephen Edward Biegun", "Biegun")],
         may=[TASS, MFA_RU, RU, E("60 Minutes", "RUS"), E("Baltic states", None)],
         quotes=[Q("The Russian Foreign Ministry interprets actions being taken by the United States and a number of EU countries as interference in the internal affairs of Belarus",
                   "Maria Zakharova", *ZAKHAROVA_ALT, "Ministry of Foreign Affairs of Russia", "Russia"),
                 Q("We do see what the Baltic states are doing, we do see what Poland is doing", "Maria Zakharova",
                   *ZAKHAROVA_ALT, "Ministry of Foreign Affairs of Russia", "Russia"),
                 Q("There is more than enough evidence of this.", "Maria Zakharova", *ZAKHAROVA_ALT,
                   "Ministry of Foreign Affairs of Russia", "Russia")],
         quantities=[],
         times=[T("August 26", "2020-08-26"), T("Wednesday", "2020-08-26"), T("Tuesday", "2020-08-25")],
         events=[V("RUS", "USA", "11")] + both("RUS", "USA", "04"),
         events_may=[V("RUS", "POL", "11"), V("RUS", None, "11"), V("BLR", None, "13"), V("BLR", None, "12"),
                     V("RUS", "USA", "12"), V(None, "BLR", "11")]),
    dict(file="s02_tass.txt", date="2023-03-24", url="https://tass.com/politics/1593967",
         entities=[E("Moscow", "RUS", "MOSCOW"), BY, KREMLIN, P("Dmitry Peskov", "RUS", PESKOV_ALT), US,
                   P("Antony Blinken", "USA", ("Blinken", "Antony J. Blinken", "Antony John Blinken", "Tony Blinken",
                                                "US Secretary of State Antony Blinken"))],
         may=[TASS, RU],
         quotes=[Q("requires attention, primarily from our Belarusian friends.", "Dmitry Peskov", *PESKOV_ALT,
                   "Kremlin", "Russia"),
                 Q("Of course, we also cannot turn a blind eye to this but we are confident that the Belarusian state is steady and strong enough",
                   "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("Undoubtedly, the United States continues to directly and indirectly interfere in the domestic affairs of various countries, including Belarus",
                   "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia")],
         quantities=[],
         times=[T("March 24", "2023-03-24"), T("Friday", "2023-03-24")],
         events=[V("RUS", "USA", "11")],
         events_may=[V("RUS", "BLR", "05"), V("USA", "BLR", "03"), V("USA", None, "03"), V("RUS", "USA", "13")]),
    dict(file="s03_urdupoint.txt", date="2020-10-02",
         url="https://www.urdupoint.com/en/world/minsk-introduces-retaliatory-eu-visa-restrict-1045798.html",
         entities=[E("Minsk", "BLR", "MINSK"), E("Belarus", "BLR", "Republic of Belarus", "Minsk"),
                   E("European Union", None, "EU", "Brussels")],
         may=[URDUPOINT[0], SPUTNIK, E("Brussels", "BEL"),
                          E("Ministry of Foreign Affairs of Belarus", "BLR", "Belarusian Foreign Ministry")],
         quotes=[Q("In connection with the visa sanctions adopted by the EU against a number of Belarusian officials, the Belarusian side is introducing a reciprocal sanctions list from today.",
                   "Belarus", "Ministry of Foreign Affairs of Belarus"),
                 Q("The EU threatens us that it will reconsider its relations with Belarus.", "Belarus",
                   "Ministry of Foreign Affairs of Belarus")],
         quantities=[],
         times=[T("02nd October, 2020", "2020-10-02"), T("today", "2020-10-02"), T("Friday", "2020-10-02")],
         events=[V("BLR", None, "16")],
         events_may=[V("BLR", None, "13"), V("BLR", None, "11"), V("BLR", "BEL", "16"), V("BLR", "BEL", "13"),
                     V(None, "BLR", "16"), V(None, "BLR", "13")]),
    dict(file="s04_livemint.txt", date="2020-07-22",
         url="https://www.livemint.com/news/world/china-may-shut-us-wuhan-consulate-after-ordered-to-close-its-houston-mission-11595411234068.html",
         entities=[E("Beijing", "CHN", "BEIJING"), E("China", "CHN", "People's Republic of China", "Beijing"),
                   E("Wuhan", "CHN"), E("United States", "USA", "US", "U.S.", "United States of America", "Washington"),
                   E("Houston", "USA"), E("State Department", "USA", "US State Department", "Department of State"),
                   E("Morgan Ortagus", "USA", *ORTAGUS_ALT), P("Donald Trump", "USA", TRUMP_ALT)],
         may=[MFA_CN, E("Washington", "USA"), E("US embassy in Beijing", "USA", "US embassy")],
         quotes=[Q("in order to protect American intellectual property and American's private information",
                   "Morgan Ortagus", *ORTAGUS_ALT, "State Department", "United States"),
                 Q("react with firm countermeasures", "China", "Ministry of Foreign Affairs of China"),
                 Q("revoke this erroneous decision.", "China", "Ministry of Foreign Affairs of China"),
                 Q("China strongly condemns such an outrageous and unjustified move which will sabotage China-US relations",
                   "China", "Ministry of Foreign Affairs of China"),
                 Q("We urge the US to immediately withdraw its erroneous decision.", "China",
                   "Ministry of Foreign Affairs of China")],
         quantities=[],
         times=[T("Wednesday", "2020-07-22")],
         events=[V("USA", "CHN", "16"), V("CHN", "USA", "11"), V("CHN", "USA", "13"), V("CHN", "USA", "02")],
         events_may=[V("CHN", "USA", "16"), V("CHN", "USA", "10"), V("USA", "CHN", "11")]),
    dict(file="s05_dcdecides.txt", date="2021-10-18",
         url="https://dcdecides.com/german-foreign-minister-remarks-on-russias-action-this-decision-is-more-than-regrettable/",
         entities=[E("Berlin", "DEU", "BERLIN"), E("Russia", "RUS", "Russian Federation", "Moscow"), NATO,
                   E("Moscow", "RUS"), P("Heiko Maas", "DEU", MAAS_ALT), P("Sergey Lavrov", "RUS", LAVROV_ALT),
                   E("Belgium", "BEL"), EU, E("Germany", "DEU")],
         may=[E("RIA Novosti", "RUS"), E("NATO-Russia Council", None, "Russia-NATO Council")],
         quotes=[Q("This makes everything more difficult, and the situation is already difficult", "Heiko Maas",
                   *MAAS_ALT, "Germany"),
                 Q("We are ready for dialogue, but we must take more into account the fact that Russia, apparently, is not ready.",
                   "Heiko Maas", *MAAS_ALT, "Germany"),
                 Q("will prolong the ice age", "Heiko Maas", *MAAS_ALT, "Germany")],
         quantities=[],
         times=[T("Monday", "2021-10-18"), T("November 1", "2021-11-01")],
         events=[V("RUS", None, "16"), V("DEU", "RUS", "11")],
         events_may=[V(None, "RUS", "16"), V("RUS", "BEL", "16"), V("DEU", "RUS", "03"), V("DEU", None, "03")]),
    dict(file="s06_financialexpress.txt", date="2018-06-09",
         url="https://www.financialexpress.com/world-news/russia-china-to-bolster-cooperation-in-all-areas/1199288/",
         entities=[P("Vladimir Putin", "RUS", PUTIN_ALT), P("Xi Jinping", "CHN", XI_ALT), RU, CN, TASS,
                   E("Shanghai Cooperation Organization", None, "SCO", "Shanghai Cooperation Organisation")],
         may=[E("Qingdao", "CHN"), E("Qingdao Summit", None)],
         quotes=[Q("Amid growing instability and uncertainty in the world, the sides continue to develop contacts on strategic security",
                   "Vladimir Putin", *PUTIN_ALT, "Xi Jinping", "Russia", "China")],
         quantities=[],
         times=[T("June 8 to 10", "2018-06-08", "2018-06-09", "2018-06-10")],
         events=both("RUS", "CHN", "04", "05"),
         events_may=both("RUS", "CHN", "06", "03")),
    dict(file="s07_stiripesurse.txt", date="2019-11-26",
         url="https://www.stiripesurse.ro/russias-ambassador-in-bucharest-summoned-to-foreign-ministry-for-unacceptable-position-of-diplomatic-mission_1407070.html",
         entities=[E("Valery Kuzmin", "RUS", "Valery Ivanovich Kuzmin", "Valeriy Kuzmin", "Kuzmin"),
                   E("Bucharest", "ROU"), E("Ministry of Foreign Affairs of Romania", "ROU", "Ministry of Foreign Affairs",
                                            "Romanian Ministry of Foreign Affairs"),
                   E("Romania", "ROU"),
                   E("Margareta of Romania", "ROU", "Margareta", "Princess Margareta of Romania",
                     "Margareta, Custodian of the Crown of Romania", "Crown Princess Margareta of Romania"),
                   E("Bogdan Aurescu", "ROU", "Bogdan Lucian Aurescu", "Aurescu"), E("AGERPRES", "ROU", "Agerpres")],
         may=[RU, E("Russian Embassy in Bucharest", "RUS", "Russian Embassy"), E("Facebook", "USA")],
         quotes=[Q("Given the recent posts of the Russian Embassy in Bucharest on social media, including regarding interpretations of Romania's history",
                   "Ministry of Foreign Affairs of Romania", "Ministry of Foreign Affairs", "Romania"),
                 Q("the unacceptable character of the positions of the Russian diplomatic mission", "Romania",
                   "Ministry of Foreign Affairs of Romania", "Ministry of Foreign Affairs"),
                 Q("emphasized the importance of pragmatic approaches, based on respect for the principles and norms of international law",
                   "Romania", "Ministry of Foreign Affairs of Romania", "Ministry of Foreign Affairs")],
         quantities=[],
         times=[T("Tuesday", "2019-11-26"), T("21 November", "2019-11-21"), T("today", "2019-11-26")],
         events=[V("ROU", "RUS", "11")],
         events_may=[V("ROU", "RUS", "02"), V("ROU", "RUS", "04"), V("RUS", "ROU", "11"), V("RUS", "ROU", "04")]),
    dict(file="s08_1lurer.txt", date="2024-02-05",
         url="https://1lurer.am/en/2024/02/05/Посла-Израиля-вызвали-в-МИД-России-из-за-неприемлемых-высказываний/1072470",
         entities=[E("Simona Halperin", "ISR", "Halperin"), E("Russia", "RUS", "Russian Federation", "Moscow"),
                   TASS, E("Kommersant", "RUS"), E("UN General Assembly", None, "General Assembly",
                                                      "United Nations General Assembly")],
         may=[MFA_RU, E("Israel", "ISR"), E("Moscow", "RUS"), E("United Nations", None, "UN")],
         quotes=[Q("Due to unacceptable public statements by the Israeli envoy, which distort Russian foreign policy approaches and historical facts",
                   "Russia", "Ministry of Foreign Affairs of Russia"),
                 Q("highly inauspicious beginning to a diplomatic mission that should be aimed at developing bilateral relations",
                   "Russia", "Ministry of Foreign Affairs of Russia"),
                 Q("particular outrage is that the Israeli ambassador makes disrespectful comments", "Russia",
                   "Ministry of Foreign Affairs of Russia"),
                 Q("Statements that the Holocaust was the extermination of Jewish people alone contradict the resolution of the UN General Assembly",
                   "Russia", "Ministry of Foreign Affairs of Russia"),
                 Q("While the reflections on the necessity of changing, as Halperin put it", "Russia",
                   "Ministry of Foreign Affairs of Russia")],
         quantities=[N("two countries", 2)],
         times=[],
         events=[V("RUS", "ISR", "11")],
         events_may=[V("RUS", "ISR", "04"), V("ISR", "RUS", "04"), V("ISR", "RUS", "11")]),
    dict(file="s09_dailycaller.txt", date="2016-12-29",
         url="https://dailycaller.com/2016/12/29/russia-calls-sanctions-by-obama-illegal-and-says-they-wont-be-left-unanswered/",
         entities=[RU, E("White House", "USA"),
                   E("United States", "USA", "US", "U.S.", "United States of America", "America", "Washington"),
                   E("CNN", "USA", "Cable News Network"), P("Barack Obama", "USA", OBAMA_ALT),
                   E("Democratic Party", "USA"), P("Vladimir Putin", "RUS", PUTIN_ALT),
                   P("Dmitry Peskov", "RUS", PESKOV_ALT)],
         may=[MFA_RU, E("Embassy of Russia in the United States", "RUS", "Russia's American embassy"),
              E("Washington", "USA"), E("Canada", "CAN"), E("United Kingdom", "GBR")],
         quotes=[Q("These actions are not the sum total of our response to Russia's aggressive activities.",
                   "Barack Obama", *OBAMA_ALT, "White House", "United States"),
                 Q("We will certainly respond adequately and it will be determined in line with decisions adopted by Russian President.",
                   "Dmitry Peskov", *PESKOV_ALT, "Russia"),
                 Q("There is no doubt that Russia's adequate and mirror response will make Washington officials feel very uncomfortable as well",
                   "Dmitry Peskov", *PESKOV_ALT, "Russia"),
                 Q("illegal from an international law point of view,", "Dmitry Peskov", *PESKOV_ALT, "Russia"),
                 Q("just an unfriendly act.", "Dmitry Peskov", *PESKOV_ALT, "Russia")],
         quantities=[N("35 diplomats", 35), N("two Russian diplomatic retreats", 2)],
         times=[T("Thursday", "2016-12-29"), T("Friday", "2016-12-30")],
         events=[V("USA", "RUS", "16"), V("RUS", "USA", "13"), V("RUS", "USA", "11")],
         events_may=[V("USA", "RUS", "11"), V("RUS", "USA", "16"), V("RUS", "CAN", "16"), V("RUS", "GBR", "16"),
                     V("RUS", "USA", "12")]),
    dict(file="s10_thehill.txt", date="2018-11-07",
         url="https://itk.thehill.com/policy/international/russia/415470-russia-would-treat-chemical-weapons-related-sanctions-as-illegal",
         entities=[E("Russia", "RUS", "Russian Federation", "Moscow"), US, SKRIPAL, KREMLIN,
                   P("Dmitry Peskov", "RUS", PESKOV_ALT), E("Reuters", "GBR"),
                   E("State Department", "USA", "US State Department", "Department of State"),
                   E("House Foreign Affairs Committee", "USA", "Foreign Affairs Committee"),
                   E("United Kingdom", "GBR", "Britain", "UK"), E("Ed Royce", "USA", *ROYCE_ALT),
                   P("Vladimir Putin", "RUS", PUTIN_ALT)],
         may=[E("Moscow", "RUS"), E("United States Congress", "USA", "Congress")],
         quotes=[Q("We consider restrictions imposed by the United States against Russia illegal", "Dmitry Peskov",
                   *PESKOV_ALT, "Kremlin", "Russia"),
                 Q("No one should be surprised that Vladimir Putin refuses to swear off future use of weapons-grade nerve agents.",
                   "Ed Royce", *ROYCE_ALT, "House Foreign Affairs Committee")],
         quantities=[],
         times=[T("Wednesday", "2018-11-07"), T("Tuesday", "2018-11-06"), T("1991", "1991")],
         events=[V("USA", "RUS", "16"), V("RUS", "USA", "11")],
         events_may=[V("USA", "RUS", "11"), V("RUS", "USA", "12"), V("RUS", "GBR", "18")]),
    dict(file="s11_euronews.txt", date="2018-08-09", url="https://www.euronews.com/2018/08/09/russia-calls-fresh-us-sanctions-illegal-",
         entities=[E("Russia", "RUS", "Russian Federation", "Moscow"),
                   E("United States", "USA", "US", "U.S.", "United States of America", "Washington"),
                   KREMLIN, E("Helsinki", "FIN"), P("Donald Trump", "USA", TRUMP_ALT),
                   P("Vladimir Putin", "RUS", PUTIN_ALT), P("Maria Zakharova", "RUS", ZAKHAROVA_ALT), SKRIPAL,
                   E("United Kingdom", "GBR", "UK", "Britain")],
         may=[MFA_RU, E("Washington", "USA"), E("Moscow", "RUS")],
         quotes=[Q("Talks (with Russia) from the positions of force and with an ultimative language are useless and have no prospects.",
                   "Maria Zakharova", *ZAKHAROVA_ALT, "Ministry of Foreign Affairs of Russia", "Russia"),
                 Q("in the same spirit as any US restrictions.", "Russia", "Kremlin")],
         quantities=[N("a hundred Russian diplomats", 100)],
         times=[T("Wednesday", "2018-08-08")],
         events=[V("USA", "RUS", "16"), V("RUS", "USA", "11"), V("RUS", "USA", "13")] + both("USA", "RUS", "04"),
         events_may=[V("USA", "RUS", "11"), V("RUS", "GBR", "18"), V("RUS", "USA", "16")]),
    dict(file="s12_arabnews.txt", date="2022-03-13", url="https://arabnews.pk/node/2041706",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), P("Imran Khan", "PAK", IMRAN_ALT), PAK,
                   E("India", "IND", "Republic of India", "New Delhi"), E("Hafizabad", "PAK"),
                   E("National Assembly of Pakistan", "PAK", "National Assembly")],
         may=[E("New Delhi", "IND"), E("National Assembly Secretariat", "PAK")],
         quotes=[Q("An Indian missile flew into Pakistan the other day,", "Imran Khan", *IMRAN_ALT, "Pakistan"),
                 Q("Pakistan responded with a lot of wisdom, though we could have done something else as well.",
                   "Imran Khan", *IMRAN_ALT, "Pakistan"),
                 Q("should stand with what is good", "Imran Khan", *IMRAN_ALT, "Pakistan")],
         quantities=[],
         times=[T("Sunday", "2022-03-13"), T("Thursday", "2022-03-10"), T("March 9", "2022-03-09"),
                T("today", "2022-03-13")],
         events=[V("PAK", "IND", "11")],
         events_may=[V("IND", "PAK", "19"), V("IND", "PAK", "18"), V("IND", "PAK", "20"), V("PAK", "IND", "13")]
         + domestic("PAK", ["11", "14"])),
    dict(file="s13_urdupoint.txt", date="2024-04-06",
         url="https://www.urdupoint.com/en/pakistan/pakistan-denounces-indian-ministers-provoc-1812723.html",
         entities=[PAK, IND, E("Islamabad", "PAK", "ISLAMABAD"),
                   E("Ministry of Foreign Affairs of Pakistan", "PAK", "Ministry of Foreign Affairs", "Foreign Office",
                     "foreign office", "Pakistan Foreign Office")],
         may=URDUPOINT,
         quotes=[Q("Pakistan stands resolute in its intent and ability to safeguard its sovereignty against any act of aggression",
                   "Ministry of Foreign Affairs of Pakistan", *MFA_PK, "Pakistan"),
                 Q("It is imperative for the international community to hold India accountable for its heinous and illegal actions,",
                   "Ministry of Foreign Affairs of Pakistan", *MFA_PK, "Pakistan"),
                 Q("Such myopic and irresponsible behaviour not only undermines regional peace",
                   "Ministry of Foreign Affairs of Pakistan", *MFA_PK, "Pakistan"),
                 Q("History attests to Pakistan's firm resolve and ability to protect and defend itself,",
                   "Ministry of Foreign Affairs of Pakistan", *MFA_PK, "Pakistan")],
         quantities=[],
         times=[T("6th Apr, 2024", "2024-04-06"), T("Saturday", "2024-04-06"), T("February 2019", "2019-02"),
                T("January 25, 2024", "2024-01-25")],
         events=[V("PAK", "IND", "11")],
         events_may=[V("PAK", "IND", "13"), V("PAK", None, "02"), V("IND", "PAK", "19"), V("PAK", "IND", "19"),
                     V("IND", "PAK", "18"), V("IND", "PAK", "13")]),
    dict(file="s14_thenationalnews.txt", date="2023-10-13",
         url="https://www.thenationalnews.com/mena/palestine-israel/2023/10/13/irans-foreign-minister-warns-of-conflict-spreading-if-gaza-siege-continues/",
         entities=[E("Iran", "IRN", "Islamic Republic of Iran"), E("Gaza", ["PSE", None], "Gaza Strip"),
                   P("Hossein Amir-Abdollahian", "IRN", AMIRABDOLLAHIAN_ALT), E("Lebanon", "LBN"),
                   E("Hezbollah", ["LBN", None], "Hizbollah", "Hizballah"), E("Israel", "ISR"),
                   E("Najib Mikati", "LBN", "Mikati", "Mr Mikati", "Najib Azmi Mikati"), E("Beirut", "LBN"),
                   E("Benjamin Netanyahu", "ISR", "Netanyahu", "Binyamin Netanyahu", "Bibi Netanyahu"),
                   E("Hamas", ["PSE", None]),
                   E("Hassan Nasrallah", ["LBN", None], "Nasrallah", "Sayyed Hassan Nasrallah", "Hasan Nasrallah"),
                   E("Abdallah Bou Habib", "LBN", "Abdalla Bou Habib", "Abdullah Bou Habib", "Bou Habib")],
         may=[E("United States", "USA", "Americans"), E("Palestine", "PSE")],
         quotes=[Q("does not stop his destructive war against", "Hossein Amir-Abdollahian", *AMIRABDOLLAHIAN_ALT, "Iran"),
                 Q("if the Americans want to prevent the war in the region from developing, they must control Israel",
                   "Hossein Amir-Abdollahian", *AMIRABDOLLAHIAN_ALT, "Iran"),
                 Q("was a response to Netanyahu's policy and Israel's crimes", "Hossein Amir-Abdollahian",
                   *AMIRABDOLLAHIAN_ALT, "Iran"),
                 Q("positions that must be taken", "Hezbollah")],
         quantities=[],
         times=[T("Saturday", "2023-10-07")],
         events=both("IRN", "LBN", "04") + [V("IRN", "ISR", "13"), V("LBN", "ISR", "11"), V("ISR", "PSE", "19")],
         events_may=[V("IRN", "USA", "02"), V("IRN", "ISR", "11"), V("PSE", "ISR", "19"), V("LBN", "ISR", "19"),
                     V("ISR", "LBN", "19"), V("IRN", "ISR", "02")]),
    dict(file="s15_azernews.txt", date="2024-02-05", url="https://www.azernews.az/region/221249.html",
         entities=[E("Hakan Fidan", "TUR", *FIDAN_ALT), E("Türkiye", "TUR", "Turkey", "Turkiye", "Republic of Türkiye"),
                   US, E("Azernews", "AZE", "AzerNews"), E("TRT", "TUR", "Turkish Radio and Television Corporation"),
                   E("Israel", "ISR")],
         may=[E("Iran", "IRN"), E("Palestine", "PSE", "Palestinians")],
         quotes=[Q("When you play with fire, that fire can turn into a blaze at any moment, becoming uncontrollable.",
                   "Hakan Fidan", *FIDAN_ALT, "Türkiye"),
                 Q("We need to avoid the spread (of confrontation) in the region.", "Hakan Fidan", *FIDAN_ALT,
                   "Türkiye"),
                 Q("When we brought up the two-state solution this time, the underlying factor was our proposal for a guarantor mechanism",
                   "Hakan Fidan", *FIDAN_ALT, "Türkiye")],
         quantities=[],
         times=[T("Sunday", "2024-02-04")],
         events=[V("USA", None, "19"), V("TUR", "ISR", "11")],
         events_may=both("TUR", "USA", "04") + [V("USA", "IRN", "19"), V("TUR", None, "13"), V("TUR", "ISR", "02")]),
    dict(file="s16_insiderua.txt", date="2017-11-11", url="https://insiderua.com/database/2017/11/11/5522.htm",
         entities=[US, RU, E("Syria", "SYR"), P("Donald Trump", "USA", TRUMP_ALT), P("Vladimir Putin", "RUS", PUTIN_ALT),
                   E("Asia-Pacific Economic Cooperation", None, "APEC"), E("Vietnam", "VNM"),
                   E("Da Nang", "VNM", "Danang"), E("White House", "USA"), KREMLIN,
                   E("Islamic State", None, "ISIS", "ISIL", "Daesh"), P("Sergey Lavrov", "RUS", LAVROV_ALT),
                   E("Rex Tillerson", "USA", "Tillerson", "Rex Wayne Tillerson", "U.S. Secretary of State Rex Tillerson")],
         may=[MFA_RU, E("Geneva", "CHE", "Geneva process"), E("South China Sea", None)],
         quotes=[Q("there is no military solution to the conflict.", "Donald Trump", *TRUMP_ALT, "Vladimir Putin",
                   "United States", "Russia"),
                 Q("to maintain open military channels of communication between military professionals",
                   "Donald Trump", *TRUMP_ALT, "Vladimir Putin", "United States", "Russia")],
         quantities=[N("two world leaders", 2)],
         times=[],
         events=both("USA", "RUS", "04", "05"),
         events_may=both("USA", "RUS", "03") + [V("USA", "SYR", "02"), V("RUS", "SYR", "02"), V("USA", None, "02"),
                                                V("RUS", None, "02"), V("USA", "SYR", "05"), V("RUS", "SYR", "05")]),
    dict(file="s17_thenews.txt", date="2018-09-06",
         url="https://www.thenews.com.pk/latest/364818-chinese-foreign-minister-to-arrive-in-pakistan-on-friday",
         entities=[E("Beijing", "CHN", "BEIJING"), P("Wang Yi", "CHN", WANG_YI_ALT), PAK,
                   E("Shah Mehmood Qureshi", "PAK", "Shah Mahmood Qureshi", "Makhdoom Shah Mahmood Qureshi", "Qureshi"),
                   E("Hua Chunying", "CHN", *HUA_ALT), CN],
         may=[MFA_CN, E("China-Pakistan Economic Corridor", ["CHN", "PAK"], "CPEC")],
         quotes=[Q("The two countries are good neighbors, good friends, and good brothers.", "Hua Chunying", *HUA_ALT,
                   "Ministry of Foreign Affairs of China", "China"),
                 Q("We hope and look forward to this visit, continue the traditional friendship between China and Pakistan",
                   "Hua Chunying", *HUA_ALT, "Ministry of Foreign Affairs of China", "China")],
         quantities=[N("two countries", 2), N("two sides", 2)],
         times=[T("Friday", "2018-09-07"), T("Sunday", "2018-09-09"), T("Thursday", "2018-09-06")],
         events=both("CHN", "PAK", "04"),
         events_may=both("CHN", "PAK", "05") + both("CHN", "PAK", "03")),
    dict(file="s18_urdupoint.txt", date="2024-05-10",
         url="https://www.urdupoint.com/en/world/ishaq-dars-visit-to-china-important-part-o-1823524.html",
         entities=[E("Ishaq Dar", "PAK", "Mohammad Ishaq Dar", "Muhammad Ishaq Dar", "Dar", "Ishaq Dar's",
                     "Mohammad Ishaq Dar's"), CN,
                   E("Lin Jian", "CHN", *LIN_ALT), E("Islamabad", "PAK", "ISLAMABAD"), P("Wang Yi", "CHN", WANG_YI_ALT),
                   E("Political Bureau of the Communist Party of China Central Committee", "CHN",
                     "Politburo of the Chinese Communist Party", "Political Bureau"),
                   PAK, P("Xi Jinping", "CHN", XI_ALT), E("Li Qiang", "CHN", "Premier Li Qiang"),
                   E("Zhao Leji", "CHN", "Chairman Zhao Leji")],
         may=URDUPOINT + [E("APP", "PAK", "Associated Press of Pakistan"), MFA_CN,
                          E("Communist Party of China", "CHN", "Chinese Communist Party"),
                          E("China-Pakistan Strategic Dialogue", None,
                            "Foreign Minister-Level China-Pakistan Strategic Dialogue")],
         quotes=[Q("China is willing to work with the Pakistani side to take this visit as an opportunity", "Lin Jian",
                   *LIN_ALT, "Ministry of Foreign Affairs of China", "China")],
         quantities=[N("two foreign ministries", 2), N("two countries", 2)],
         times=[T("10th May, 2024", "2024-05-10"), T("Friday", "2024-05-10"),
                T("May 13-16", "2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16")],
         events=both("PAK", "CHN", "04") + [V("CHN", "PAK", "05")],
         events_may=[V("PAK", "CHN", "05")] + both("PAK", "CHN", "03")),
    dict(file="s19_tabnak.txt", date="2018-02-17",
         url="https://tabnak.ir/fa/news/775236/the-latest-ex-russian-diplomat-calls-us-charges-‘fantasies’",
         entities=[RU, US, P("Sergei Kislyak", "RUS", KISLYAK_ALT), E("FBI", "USA", "Federal Bureau of Investigation"),
                   P("Donald Trump", "USA", TRUMP_ALT),
                   E("Michael Flynn", "USA", "Flynn", "Michael T. Flynn", "Michael Thomas Flynn", "Mike Flynn")],
         may=[E("Munich Security Conference", None), E("Munich", "DEU")],
         quotes=[Q("I'm not sure that I can trust American law enforcement to be the most precise and truthful source",
                   "Sergei Kislyak", *KISLYAK_ALT, "Russia"),
                 Q("I have never done anything of this sort.", "Sergei Kislyak", *KISLYAK_ALT, "Russia")],
         quantities=[N("13 Russians", 13)],
         times=[T("Saturday", "2018-02-17"), T("Friday", "2018-02-16"), T("2016", "2016"), T("December", "2017-12")],
         events=[V("RUS", "USA", "11"), V("USA", "RUS", "11")],
         events_may=[V("RUS", "USA", "12"), V("RUS", "USA", "17"), V("USA", "RUS", "16")]),
    dict(file="s20_peoplecn.txt", date="2019-07-16", url="http://en.people.cn/n3/2019/0716/c90000-9597517.html",
         entities=[E("London", "GBR", "LONDON"), P("Donald Trump", "USA", TRUMP_ALT), US,
                   E("Theresa May", "GBR", "May", "Theresa Mary May", "British Prime Minister Theresa May"),
                   E("Boris Johnson", "GBR", *JOHNSON_ALT),
                   E("Jeremy Hunt", "GBR", "Hunt", "Jeremy Richard Streynsham Hunt", "Foreign Secretary Jeremy Hunt"),
                   E("United Kingdom", "GBR", "UK", "Britain")],
         may=[E("Democratic Party", "USA"), E("Twitter", "USA")],
         quotes=[Q("Relations between the UK and the U.S. are incredibly important", "Boris Johnson", *JOHNSON_ALT),
                 Q("Why don't they go back and help fix the totally broken and crime-infested places from which they came",
                   "Donald Trump", *TRUMP_ALT)],
         quantities=[N("two candidates", 2), N("four Democratic lawmakers", 4), N("Three", 3),
                     N("four lawmakers", 4)],
         times=[T("July 15", "2019-07-15"), T("Monday", "2019-07-15")],
         events=[V("GBR", "USA", "11")],
         events_may=[V("GBR", None, "11")]),
    dict(file="s21_urdupoint.txt", date="2023-06-20",
         url="https://www.urdupoint.com/en/world/south-african-foreign-minister-calls-talks-wi-1711554.html",
         entities=[E("Naledi Pandor", "ZAF", *PANDOR_ALT), E("South Africa", "ZAF"),
                   E("Russia", "RUS", "Russian Federation", "Moscow"), E("Ukraine", "UKR", "Kiev", "Kyiv"),
                   P("Vladimir Putin", "RUS", PUTIN_ALT),
                   E("Volodymyr Zelenskyy", "UKR", "Zelenskyy", "Volodymyr Zelensky", "Zelensky",
                     "Volodymyr Oleksandrovych Zelenskyy"),
                   E("Moscow", "RUS", "MOSCOW"),
                   E("Cyril Ramaphosa", "ZAF", "Ramaphosa", "Matamela Cyril Ramaphosa"),
                   E("Macky Sall", "SEN", "Sall"), E("Comoros", "COM", "Union of the Comoros"),
                   E("Azali Assoumani", "COM", "Othman Ghazali", "Azali"),
                   E("Hakainde Hichilema", "ZMB", "Hichilema"),
                   E("Mostafa Madbouly", "EGY", "Moustafa Madbouly", "Mostafa Kamal Madbouly", "Madbouly")],
         may=[URDUPOINT[0], SPUTNIK, E("Kiev", "UKR", "Kyiv"), E("Senegal", "SEN"), E("Zambia", "ZMB"),
                          E("Egypt", "EGY"), E("Uganda", "UGA"), E("Democratic Republic of the Congo", ["COD", "COG"]),
                          E("Department of International Relations and Cooperation", "ZAF",
                            "Minister for International Relations and Cooperation")],
         quotes=[Q("We had very open discussions, sometimes very robust, and it was good.", "Naledi Pandor",
                   *PANDOR_ALT, "South Africa")],
         quantities=[],
         times=[T("20th June, 2023", "2023-06-20"), T("Tuesday", "2023-06-20")],
         events=[V(c, h, "04") for c in ("ZAF", "SEN", "COM", "ZMB", "EGY") for h in ("UKR", "RUS")],
         events_may=[V(h, c, "04") for c in ("ZAF", "SEN", "COM", "ZMB", "EGY", "UGA", "COD", "COG")
                     for h in ("UKR", "RUS")]
         + [V(c, h, "04") for c in ("UGA", "COD", "COG") for h in ("UKR", "RUS")]
         + [V(c, h, r) for c in ("ZAF", "SEN", "COM", "ZMB", "EGY") for h in ("UKR", "RUS") for r in ("03", "02")]
         + [V("ZAF", "RUS", "05"), V("ZAF", "UKR", "05")]),
    dict(file="s22_thehindu.txt", date="2018-08-25",
         url="https://www.thehindu.com/app-exclusive/what-us-believes-it-has-said-pakistan-does-not-believe-it-has-heard-and-vice-versa/article24778599.ece",
         entities=[US, PAK, P("Imran Khan", "PAK", IMRAN_ALT),
                   E("Mike Pompeo", "USA", "Pompeo", "Michael Pompeo", "Michael Richard Pompeo", "Michael R. Pompeo",
                     "Sec Pompeo", "Secretary of State Mike Pompeo"),
                   E("State Department", "USA", "U.S. State Dept", "State Dept", "US State Department",
                     "Department of State"),
                   E("Heather Nauert", "USA", *NAUERT_ALT),
                   E("Ministry of Foreign Affairs of Pakistan", "PAK", "Pakistan Foreign Office", "Foreign Office"),
                   E("Mohammad Faisal", "PAK", *FAISAL_ALT), E("Adil Najam", ["PAK", "USA"], *NAJAM_ALT),
                   E("Pardee School of Global Studies", "USA", "Frederick S. Pardee School of Global Studies"),
                   E("Boston University", "USA")],
         may=[E("Twitter", "USA")],
         quotes=[Q("We stand by our readout", "Heather Nauert", *NAUERT_ALT, "State Department", "United States"),
                 Q("Pakistan takes exception to the factually incorrect statement issued by U.S. State Dept on today's phone call",
                   "Mohammad Faisal", *FAISAL_ALT, "Ministry of Foreign Affairs of Pakistan", "Pakistan Foreign Office",
                   "Pakistan"),
                 Q("The latest storm-in-a-tea cup about who said what in Imran Khan-Pompeo call is comical",
                   "Adil Najam", *NAJAM_ALT)],
         quantities=[],
         times=[T("Thursday", "2018-08-23"), T("today", "2018-08-23", "2018-08-24")],
         events=both("USA", "PAK", "04") + [V("USA", "PAK", "05"), V("PAK", "USA", "12")],
         events_may=[V("PAK", "USA", "11"), V("USA", "PAK", "12"), V("PAK", "USA", "10"), V("USA", "PAK", "02")]),
    dict(file="s23_uawire.txt", date="2023-07-12",
         url="https://www.uawire.org:443/russian-foreign-intelligence-chief-says-cia-director-called-him-to-discuss-ukraine",
         entities=[E("Foreign Intelligence Service", "RUS", "Russian Foreign Intelligence Service", "SVR",
                     "Foreign Intelligence Service of the Russian Federation"),
                   P("Sergei Naryshkin", "RUS", NARYSHKIN_ALT),
                   E("CIA", "USA", "Central Intelligence Agency"),
                   E("William Burns", "USA", "Burns", "William J. Burns", "William Joseph Burns", "Bill Burns",
                     "CIA Director William Burns"),
                   UA, E("Yevgeny Prigozhin", "RUS", "Prigozhin", "Yevgeniy Prigozhin", "Evgeny Prigozhin",
                         "Yevgeny Viktorovich Prigozhin")],
         may=[RU, US],
         quotes=[Q("The pretext for a telephone conversation, as I assess it, on the part of the American colleague was the events of June 24",
                   "Sergei Naryshkin", *NARYSHKIN_ALT, "Foreign Intelligence Service", "Russia"),
                 Q("It's clear how I answered that question about what happened", "Sergei Naryshkin", *NARYSHKIN_ALT,
                   "Foreign Intelligence Service", "Russia"),
                 Q("the main part of the conversation was focused on discussing the topic and events around Ukraine.",
                   "Sergei Naryshkin", *NARYSHKIN_ALT, "Foreign Intelligence Service", "Russia"),
                 Q("We thought, we reasoned, as to what to do with Ukraine", "Sergei Naryshkin", *NARYSHKIN_ALT,
                   "Foreign Intelligence Service", "Russia")],
         quantities=[],
         times=[T("June", "2023-06"), T("June 24", "2023-06-24")],
         events=both("RUS", "USA", "04"),
         events_may=[V("RUS", "UKR", "19"), V("USA", "RUS", "04")] + domestic("RUS", ["19", "14"])),
    dict(file="s24_thehill.txt", date="2023-02-15",
         url="https://digital-release.thehill.com/policy/international/3858949-china-threatens-countermeasures-against-us-entities-over-balloons-downing/amp",
         entities=[E("China", "CHN", "People's Republic of China", "Beijing"), US,
                   E("Wang Wenbin", "CHN", *WANG_WENBIN_ALT), E("Associated Press", "USA", "AP", "The Associated Press"),
                   E("Joe Biden", "USA", "Biden", "President Biden", "Joseph Robinette Biden Jr.", "Joseph R. Biden",
                     "Joseph R. Biden Jr."),
                   E("Xinjiang", "CHN"), E("Tibet", "CHN"), E("Reuters", "GBR"),
                   E("National Security Council", "USA", "NSC"), E("John Kirby", "USA", *KIRBY_ALT),
                   E("MSNBC", "USA")],
         may=[MFA_CN, E("Beijing", "CHN"), E("North America", None)],
         quotes=[Q("China firmly opposes this and will take countermeasures in accordance with the law", "Wang Wenbin",
                   *WANG_WENBIN_ALT, "Ministry of Foreign Affairs of China", "China"),
                 Q("resolutely safeguard national sovereignty and its legitimate rights and interests.", "Wang Wenbin",
                   *WANG_WENBIN_ALT, "Ministry of Foreign Affairs of China", "China"),
                 Q("We are not flying balloons over China.", "John Kirby", *KIRBY_ALT, "National Security Council",
                   "United States")],
         quantities=[N("10 times", 10), N("three more unidentified aerial objects", 3)],
         times=[T("Wednesday", "2023-02-15"), T("Feb. 4", "2023-02-04"), T("May 2022", "2022-05"),
                T("Monday", "2023-02-13")],
         events=[V("CHN", "USA", "13"), V("CHN", "USA", "11"), V("USA", "CHN", "12")],
         events_may=[V("USA", "CHN", "19"), V("USA", "CHN", "17"), V("USA", "CHN", "18"), V("CHN", "USA", "12"),
                     V("USA", "CHN", "11"), V("USA", "CHN", "16")]),
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
