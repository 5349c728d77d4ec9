#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Eighteenth blind set: 24 real news articles on international politics gathered on 2026-11-25 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout17/README.md and this folder's
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
CN = E("China", "CHN", "People's Republic of China")
JP = E("Japan", "JPN")
IR = E("Iran", "IRN", "Islamic Republic of Iran")
PRK = E("North Korea", "PRK", "DPRK", "Democratic People's Republic of Korea", "N. Korea")
KOR = E("South Korea", "KOR", "Republic of Korea", "ROK")
PHL = E("Philippines", "PHL", "the Philippines", "Republic of the Philippines")
GAZA = E("Gaza", ["PSE", None], "Gaza Strip")
NK_REGION = E("Nagorno-Karabakh", ["AZE", "ARM", None], "Nagorny Karabakh", "Nagorno Karabakh", "Karabakh")
ARM = E("Armenia", "ARM", "Republic of Armenia")
AZE = E("Azerbaijan", "AZE", "Republic of Azerbaijan")
ERI = E("Eritrea", "ERI", "State of Eritrea")
PFDJ = E("People's Front for Democracy and Justice", "ERI", "PFDJ")
WH = E("White House", "USA")
APA = E("APA", "AZE", "APA news agency")
PAL_MAY = E("Palestine", "PSE", "State of Palestine")
ISR_MAY = E("Israel", "ISR")
RU_MFA = E("Ministry of Foreign Affairs of Russia", "RUS", "Russian Foreign Ministry", "Russian Ministry of Foreign Affairs")
MIDEAST = E("Middle East", None)

TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump",
             "U.S. President Donald Trump", "Donald J. Trump", "Donald John Trump", "Mr Trump", "Mr. Trump")
KIM_JU_ALT = ("Kim Jong-un", "Kim Jong-Un", "Kim", "North Korean leader Kim Jong Un", "Chairman Kim Jong Un")
ROUHANI_ALT = ("Rouhani", "President Hassan Rouhani", "Iranian President Hassan Rouhani", "Hassan Rohani",
               "Hassan Rowhani")
KERRY_ALT = ("Kerry", "John Forbes Kerry", "John F. Kerry", "U.S. Secretary of State John Kerry")
ZARIF_ALT = ("Zarif", "Javad Zarif", "Mohammad Javad Zarif", "Mohammad-Javad Zarif", "Iranian Foreign Minister Mohammad Javad Zarif",
             "Foreign Minister Mohammad Javad Zarif")
LAVROV_ALT = ("Lavrov", "Sergey Lavrov", "Sergei Viktorovich Lavrov", "Russian Foreign Minister Sergei Lavrov",
              "Mr. Sergei Lavrov", "Minister Sergei Lavrov")
WANG_WENBIN_ALT = ("Wang", "foreign ministry spokesman Wang Wenbin", "Foreign Ministry spokesman Wang Wenbin")
HUA_ALT = ("Hua", "Foreign Ministry spokeswoman Hua Chunying")
SUGA_ALT = ("Suga", "Suga Yoshihide", "Japanese Chief Cabinet Secretary Yoshihide Suga")
MIRONCHIK_ALT = ("Mironchik", "Dmitry Mironchik")
DAR_ALT = ("Dar", "Mohammad Ishaq Dar", "Muhammad Ishaq Dar", "Pakistan's deputy prime minister, Ishaq Dar")
GUTERRES_ALT = ("Antonio Guterres", "Guterres", "UN Secretary-General Antonio Guterres",
                "Ant\u00f3nio Manuel de Oliveira Guterres", "Antonio Manuel de Oliveira Guterres")
GRANDI_ALT = ("Grandi",)
SAIED_ALT = ("Saied", "President Kais Saied", "Ka\u00efs Sa\u00efed", "Kais Said", "Tunisian President Kais Saied")
TEBBOUNE_ALT = ("Tebboune", "President Tebboune", "Abdelmajid Tebboune", "President Abdelmadjid Tebboune")
ZAKHAROVA_ALT = ("Zakharova", "Maria Vladimirovna Zakharova", "Mariya Zakharova",
                 "Russian Foreign Ministry spokeswoman Maria Zakharova")
VAEZI_ALT = ("Vaezi",)
MILEI_ALT = ("Milei", "President Javier Milei", "Javier Gerardo Milei", "Argentine President Javier Milei")
PETRO_ALT = ("Petro", "Gustavo Francisco Petro Urrego", "Gustavo Petro Urrego", "Colombian President Gustavo Petro")
SPICER_ALT = ("Spicer", "Sean Michael Spicer", "Sean M. Spicer", "Trump spokesman Sean Spicer")
DUTERTE_ALT = ("Duterte", "Rodrigo Roa Duterte", "Rodrigo R. Duterte", "Phillipines President Rodrigo Duterte")
AMIR_ALT = ("Hossein Amir Abdollahian", "Amir Abdollahian", "Amir-Abdollahian", "Hossein Amirabdollahian",
            "Iranian Foreign Minister Hossein Amir Abdollahian")
OSMAN_ALT = ("Osman Salih", "Osman Saleh Mohammed", "Minister Osman Salih", "Mr. Osman Saleh",
             "Foreign Minister Osman Saleh")
ISAIAS_ALT = ("Isaias", "President Isaias", "Isaias Afewerki", "President Isaias Afwerki")
YEMANE_ALT = ("Mr. Yemane Gebreab", "Yemane Gebreab")
HAGOS_ALT = ("Hagos Gebrehiwet", "Hagos Ghebrehiwet", "Mr. Hagos Ghebrehiwet", "Mr. Hagos Gebrehiwet")
STATE_DEPT = E("US State Department", "USA", "U.S. State Department", "State Department",
               "United States Department of State")

DOCS = [
    dict(file="s01_arynews.txt", date="2024-01-05",
         url="https://arynews.tv/china-calls-for-restraint-from-all-parties-after-n-korea-shelling/",
         entities=[CN, PRK, E("South Korea", "KOR", "Seoul", "Republic of Korea", "ROK"),
                   E("Wang Wenbin", "CHN", *WANG_WENBIN_ALT), E("Yonhap", "KOR", "Yonhap news agency", "Yonhap News Agency")],
         may=[E("Seoul", "KOR"), E("Yeonpyeong", "KOR", "Yeonpyeong Island"),
              E("Korean Peninsula", None, "Korean peninsula"),
              E("Chinese Foreign Ministry", "CHN", "foreign ministry", "Ministry of Foreign Affairs of China")],
         quotes=[Q("Under the current situation, we hope that all relevant parties maintain calm and restraint",
                   "Wang Wenbin", *WANG_WENBIN_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We are paying close attention to developments and changes to the situation on the Korean Peninsula",
                   "Wang Wenbin", *WANG_WENBIN_ALT, "China", "Chinese Foreign Ministry"),
                 Q("Confrontations between relevant parties have intensified recently", "Wang Wenbin",
                   *WANG_WENBIN_ALT, "China", "Chinese Foreign Ministry"),
                 Q("As a neighbour of the peninsula, China has always advocated maintaining peace and stability on the peninsula",
                   "Wang Wenbin", *WANG_WENBIN_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[N("two South Korean islands", 2)],
         times=[T("Friday", "2024-01-05")],
         events=[V("CHN", "PRK", "02"), V("CHN", "KOR", "02")],
         events_may=[V("CHN", None, "02"), V("CHN", "PRK", "01"), V("CHN", "KOR", "01"), V("PRK", "KOR", "15"),
                     V("PRK", "KOR", "18"), V("PRK", "KOR", "19"), V("KOR", "PRK", "15"), V("KOR", "PRK", "11"),
                     V("CHN", None, "01")]),
    dict(file="s02_chinadaily.txt", date="2016-10-21",
         url="https://usa.chinadaily.com.cn/world/2016-10/21/content_27134965.htm",
         entities=[JP, CN, PHL, E("Hua Chunying", "CHN", *HUA_ALT), E("Yoshihide Suga", "JPN", *SUGA_ALT),
                   E("Nikkei Asian Review", "JPN", "Japan's Nikkei Asian Review", "Nikkei Asia"), E("Beijing", "CHN")],
         may=[E("South China Sea", None),
              E("Chinese Foreign Ministry", "CHN", "Foreign Ministry", "Ministry of Foreign Affairs of China")],
         quotes=[Q("ignorant of the present state of affairs", "Hua Chunying", *HUA_ALT, "China",
                   "Chinese Foreign Ministry"),
                 Q("the South China Sea is an extremely important issue that directly affects the peace and prosperity of the region",
                   "Yoshihide Suga", *SUGA_ALT, "Japan"),
                 Q("To bring the South China Sea issue back to the track of bilateral dialogue and consultation",
                   "Hua Chunying", *HUA_ALT, "China", "Chinese Foreign Ministry"),
                 Q("We urge the Japanese side to immediately stop being mischief-makers among regional countries",
                   "Hua Chunying", *HUA_ALT, "China", "Chinese Foreign Ministry")],
         quantities=[N("two countries", 2)],
         times=[T("Friday", "2016-10-21"), T("Thursday", "2016-10-20")],
         events=[V("CHN", "JPN", "11"), V("CHN", "JPN", "02")],
         events_may=[V("CHN", "JPN", "10"), V("JPN", "CHN", "11"), V("JPN", "CHN", "01"), V("JPN", "PHL", "03"),
                     V("JPN", "PHL", "04"), V("CHN", "JPN", "12")] + both("CHN", "PHL", "04")
         + both("CHN", "PHL", "03")),
    dict(file="s03_thehansindia.txt", date="2015-04-26",
         url="http://www.thehansindia.com/posts/index/2015-04-26/China-US-sending-response-and-rescue-teams-to-quake-hit-Nepal-146976",
         entities=[CN, E("United States", "USA", "US", "U.S.", "Washington", "United States of America"),
                   E("Nepal", "NPL"),
                   E("United States Agency for International Development", "USA", "USAID",
                     "U.S. Agency for International Development"),
                   E("Office of U.S. Foreign Disaster Assistance", "USA", "OFDA",
                     "Office of US Foreign Disaster Assistance"),
                   E("John Kerry", "USA", *KERRY_ALT),
                   E("National Security Council", "USA", "U.S. National Security Council",
                     "United States National Security Council"),
                   E("Bernadette Meehan", "USA", "Meehan"), E("Kathmandu", "NPL"),
                   E("China Earthquake Administration", "CHN")],
         may=[E("Twitter", "USA"), E("Washington", "USA"),
              E("Government of China", "CHN", "Chinese government")],
         quotes=[],
         quantities=[N("7.9", 7.9, "magnitude"), N("a million dollars", 1e6, "USD"), N("62-member", 62),
                     N("six sniffer dogs", 6), N("40 Chinese rescue members", 40), N("10 medical workers", 10),
                     N("12 seismologists", 12)],
         times=[T("Saturday", "2015-04-25"), T("Sunday", "2015-04-26")],
         events=[V("USA", "NPL", "07"), V("CHN", "NPL", "07"), V("USA", "NPL", "03")],
         events_may=[V("CHN", "NPL", "03"), V("USA", "NPL", "05"), V("CHN", "NPL", "05")]),
    dict(file="s04_axios.txt", date="2019-06-25",
         url="https://www.axios.com/trump-threatens-iran-obliteration-4923a18a-3dae-4b10-831b-ca83dbf3ba4d.html",
         entities=[E("Donald Trump", "USA", *TRUMP_ALT), IR, US, E("John Kerry", "USA", *KERRY_ALT),
                   E("Barack Obama", "USA", "Obama", "President Obama", "Barack Hussein Obama", "Barack H. Obama"),
                   E("Ali Khamenei", "IRN", "Khamenei", "Ayatollah Ali Khamenei", "Ali Hosseini Khamenei",
                     "Sayyid Ali Hosseini Khamenei", "Supreme Leader Ali Khamenei"),
                   E("Hassan Rouhani", "IRN", *ROUHANI_ALT)],
         may=[E("Ministry of Foreign Affairs of Iran", "IRN", "Iran's foreign ministry", "Iranian Foreign Ministry")],
         quotes=[Q("Iran leadership doesn't understand the words", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("permanent closure of the path of diplomacy,", "Ministry of Foreign Affairs of Iran", "Iran")],
         quantities=[N("1.5 Trillion Dollars", 1.5e12, "USD"), N("2000 Americans", 2000)],
         times=[T("Tuesday", "2019-06-25"), T("Monday", "2019-06-24"), T("today", "2019-06-25")],
         events=[V("USA", "IRN", "13"), V("USA", "IRN", "16"), V("IRN", "USA", "11")],
         events_may=[V("IRN", "USA", "19"), V("IRN", "USA", "18"), V("IRN", "USA", "12"), V("USA", "IRN", "11"),
                     V("USA", "IRN", "19"), V("IRN", "USA", "16")]),
    dict(file="s05_peoplecn.txt", date="2024-01-22",
         url="http://en.people.cn/n3/2024/0122/c90000-20124883.html",
         entities=[E("Brasilia", "BRA", "BRASILIA", "Bras\u00edlia"), CN, E("Wang Yi", "CHN", "Wang",
                                                                       "Chinese Foreign Minister Wang Yi"),
                   E("Political Bureau of the Communist Party of China Central Committee", "CHN",
                     "Political Bureau of the CPC Central Committee", "Politburo"),
                   E("Egypt", "EGY"), E("Tunisia", "TUN"), E("Togo", "TGO"),
                   E("Cote d'Ivoire", "CIV", "C\u00f4te d'Ivoire", "Ivory Coast"), E("Yemen", "YEM"), GAZA],
         may=[E("Xinhua", "CHN", "Xinhua News Agency"), E("Red Sea", None), MIDEAST, PAL_MAY,
              E("Communist Party of China", "CHN", "Chinese Communist Party")],
         quotes=[],
         quantities=[N("four African countries", 4)],
         times=[T("Jan. 20", "2024-01-20"), T("Friday", "2024-01-19")],
         events=both("CHN", "EGY", "04") + both("CHN", "TUN", "04") + both("CHN", "TGO", "04")
         + both("CHN", "CIV", "04") + [V("CHN", None, "02")],
         events_may=[V("CHN", None, "11"), V("CHN", "PSE", "05"), V("CHN", "YEM", "02"), V("CHN", None, "01")]
         + [V(c, "CHN", "05") for c in ("EGY", "TUN", "TGO", "CIV")]),
    dict(file="s06_menafn.txt", date="2024-10-24",
         url="https://menafn.com/1108815194/Japan-Reiterates-Support-For-Bi-State-Solution-In-Mideast",
         entities=[E("Tokyo", "JPN", "TOKYO"), JP,
                   E("Takeshi Iwaya", "JPN", "Iwaya", "Iwaya Takeshi", "Japanese Foreign Minister Takeshi Iwaya"),
                   E("Muhammad Mustafa", "PSE", "Mustafa", "Mohammad Mustafa", "Mohammed Mustafa",
                     "Palestinian Prime Minister Muhammad Mustafa"),
                   E("West Bank", ["PSE", None], "West bank"), GAZA,
                   E("Palestinian Authority", "PSE", "PA")],
         may=[E("Ministry of Foreign Affairs of Japan", "JPN", "Japan's Foreign Ministry", "Japanese Foreign Ministry"),
              E("KUNA", "KWT", "Kuwait News Agency"), MIDEAST, PAL_MAY],
         quotes=[],
         quantities=[],
         times=[T("Oct 24", "2024-10-24"), T("Thursday", "2024-10-24")],
         events=both("JPN", "PSE", "04"),
         events_may=[V("JPN", "PSE", "05"), V("JPN", "PSE", "03"), V("PSE", "JPN", "05"), V("JPN", None, "01"),
                     V("JPN", "PSE", "07"), V("JPN", None, "02")]),
    dict(file="s07_belarusby.txt", date="2016-04-05",
         url="https://www.belarus.by/en/press-center/speeches-and-interviews/belarus-ready-to-assist-in-peaceful-settlement-of-nagorny-karabakh-conflict_i_0000037548.html",
         entities=[E("Minsk", "BLR", "MINSK"), E("Belarus", "BLR", "Republic of Belarus"),
                   E("BelTA", "BLR", "Belarusian Telegraph Agency"),
                   E("Dmitry Mironchik", "BLR", *MIRONCHIK_ALT), NK_REGION, E("Vienna", "AUT"),
                   E("OSCE Minsk Group", None, "Minsk Group", "Minsk OSCE Group"),
                   E("OSCE", None, "Organization for Security and Co-operation in Europe"),
                   E("OSCE Permanent Council", None, "Permanent Council"), ARM, AZE],
         may=[E("Ministry of Foreign Affairs of Belarus", "BLR", "Belarusian Ministry of Foreign Affairs"),
              E("Germany", "DEU"), E("Austria", "AUT")],
         quotes=[Q("We have also confirmed Belarus' readiness as the Minsk OSCE Group member state",
                   "Dmitry Mironchik", *MIRONCHIK_ALT, "Belarus", "Ministry of Foreign Affairs of Belarus"),
                 Q("We supported the calls from the OSCE current chairmanship and the Co-Chairs of the Minsk Group on Nagorny Karabakh",
                   "Dmitry Mironchik", *MIRONCHIK_ALT, "Belarus", "Ministry of Foreign Affairs of Belarus")],
         quantities=[],
         times=[T("5 April", "2016-04-05")],
         events=[V("BLR", "ARM", "03"), V("BLR", "AZE", "03")],
         events_may=[V("BLR", None, "02"), V("BLR", "ARM", "02"), V("BLR", "AZE", "02"), V("BLR", None, "03")]
         + both("ARM", "AZE", "19") + both("ARM", "AZE", "18") + [V("DEU", None, "02")]),
    dict(file="s08_trtworld.txt", date="2024-07-22", url="https://www.trtworld.com/article/18186531",
         entities=[E("Pakistan", "PAK", "Islamic Republic of Pakistan"), E("Germany", "DEU"),
                   E("Frankfurt", "DEU"), E("Afghanistan", "AFG"), E("Ishaq Dar", "PAK", *DAR_ALT)],
         may=[E("X", "USA", "Twitter"), E("Frankfurt Police", "DEU", "Frankfurt police"),
              E("Pakistani consulate", "PAK", "Consulate General of Pakistan in Frankfurt")],
         quotes=[Q("a gang of extremists", "Pakistan", "Ishaq Dar", *DAR_ALT)],
         quantities=[N("about 400 people", 400), N("about five to 10 people", 5)],
         times=[T("Saturday", "2024-07-20")],
         events=[V("PAK", "DEU", "11"), V("PAK", "DEU", "10"), V("PAK", "DEU", "02")],
         events_may=[V("PAK", None, "11"), V("AFG", "PAK", "14"), V("PAK", "AFG", "11")]),
    dict(file="s09_thedailystar.txt", date="2023-11-02",
         url="https://www.thedailystar.net/news/world/middle-east/news/un-alarmed-3459431",
         entities=[UN, E("Israel", "ISR"), E("Hamas", ["PSE", None], "HAMAS"),
                   E("United Nations High Commissioner for Refugees", None, "UN refugee agency", "UNHCR",
                     "United Nations high commissioner for refugees", "UN Refugee Agency"),
                   E("UN Security Council", None, "United Nations Security Council", "Security Council"),
                   E("Ant\u00f3nio Guterres", ["PRT", None], *GUTERRES_ALT),
                   E("Israel Defense Forces", "ISR", "IDF"), GAZA, E("Filippo Grandi", ["ITA", None], *GRANDI_ALT),
                   E("New York", "USA", "New York City")],
         may=[MIDEAST, PAL_MAY],
         quotes=[Q("ground operations by the Israel Defense Forces accompanied by intense air strikes",
                   "Ant\u00f3nio Guterres", *GUTERRES_ALT, "United Nations"),
                 Q("Civilians have borne the brunt of the current fighting from the outset,", "Ant\u00f3nio Guterres",
                   *GUTERRES_ALT, "United Nations"),
                 Q("I repeat my utter condemnation of the acts of terror perpetrated by Hamas on 7 October.",
                   "Ant\u00f3nio Guterres", *GUTERRES_ALT, "United Nations"),
                 Q("I condemn the killing of civilians in Gaza", "Ant\u00f3nio Guterres", *GUTERRES_ALT,
                   "United Nations"),
                 Q("about the risk of a dangerous escalation beyond Gaza.", "Ant\u00f3nio Guterres", *GUTERRES_ALT,
                   "United Nations"),
                 Q("A humanitarian ceasefire can at least stop this spiral of death", "Filippo Grandi", *GRANDI_ALT,
                   "United Nations High Commissioner for Refugees"),
                 Q("Palestinians do not want to leave Gaza.", "Filippo Grandi", *GRANDI_ALT,
                   "United Nations High Commissioner for Refugees")],
         quantities=[N("15-member", 15), N("four drafts", 4)],
         times=[T("Tuesday", "2023-10-31"), T("7 October", "2023-10-07")],
         events=[V("ISR", "PSE", "19")],
         events_may=[V("PSE", "ISR", "19"), V("ISR", "PSE", "18"), V("PSE", "ISR", "18"), V("ISR", None, "19"),
                     V(None, "ISR", "11"), V(None, "PSE", "11"), V(None, "ISR", "02"), V(None, None, "02")]),
    dict(file="s10_middleeastmonitor.txt", date="2022-04-06",
         url="https://www.middleeastmonitor.com/20220406-tunisia-president-rejects-interference-in-countrys-affairs/",
         entities=[E("Tunisia", "TUN"), E("Kais Saied", "TUN", *SAIED_ALT),
                   E("Othman Jerandi", "TUN", "Jerandi", "Othman Jarandi"),
                   E("France", "FRA", "Paris"), E("Turkey", "TUR", "T\u00fcrkiye"),
                   E("United States", "USA", "US", "U.S.", "United States of America")],
         may=[E("Paris", "FRA")],
         quotes=[Q("strengthen relations with brotherly and friendly countries", "Kais Saied", *SAIED_ALT, "Tunisia"),
                 Q("mutual respect and common interest.", "Kais Saied", *SAIED_ALT, "Tunisia"),
                 Q("blow to the will of the Tunisian people.", "Turkey"),
                 Q("failed coup attempt", "Kais Saied", *SAIED_ALT, "Tunisia"),
                 Q("coup against the constitution.", None, "Tunisia")],
         quantities=[],
         times=[T("Tuesday", "2022-04-05"), T("Monday", "2022-04-04"), T("25 July last year", "2021-07-25")],
         events=[V("FRA", "TUN", "11"), V("TUR", "TUN", "11"), V("USA", "TUN", "11"), V("FRA", "TUN", "02")],
         events_may=[V("FRA", "TUN", "01"), V("TUR", "TUN", "01"), V("USA", "TUN", "01"), V("USA", "TUN", "02"),
                     V("TUN", None, "12"), V("TUN", None, "03"), V("TUN", "FRA", "12"), V("TUN", "TUR", "12"),
                     V("TUN", "USA", "12")]),
    dict(file="s11_allafrica.txt", date="2019-12-19", url="https://allafrica.com/stories/201912200481.html",
         entities=[E("Algeria", "DZA", "People's Democratic Republic of Algeria"), E("Algiers", "DZA"),
                   E("Abdelmadjid Tebboune", "DZA", *TEBBOUNE_ALT)],
         may=[],
         quotes=[Q("which rejects to interfere in the internal affairs of States will", "Abdelmadjid Tebboune",
                   *TEBBOUNE_ALT, "Algeria"),
                 Q("except the countries Algeria has no diplomatic relations for objective reasons.",
                   "Abdelmadjid Tebboune", *TEBBOUNE_ALT, "Algeria")],
         quantities=[],
         times=[T("Thursday", "2019-12-19")],
         events=[],
         events_may=[V("DZA", None, "12"), V("DZA", None, "13"), V("DZA", None, "03"), V("DZA", None, "01")]),
    dict(file="s12_apa.txt", date="2022-02-23",
         url="https://en.apa.az/cis-countries/russia-vows-strong-response-to-us-sanctions-369078",
         entities=[E("Russia", "RUS", "Moscow", "Russian Federation"),
                   E("United States", "USA", "US", "U.S.", "United States of America"), E("Ukraine", "UKR"),
                   APA, E("Al Arabiya", ["SAU", "ARE"], "Al-Arabiya")],
         may=[RU_MFA, E("Moscow", "RUS")],
         quotes=[Q("There should be no doubt - the sanctions will be given a strong response", RU_MFA["canonical"],
                   "Russia", "Russian Foreign Ministry"),
                 Q("Despite the obvious futility of the efforts made over the years to hinder the development of our economy",
                   RU_MFA["canonical"], "Russia", "Russian Foreign Ministry"),
                 Q("Sanctions pressure is not capable of affecting our determination to firmly defend our interests,",
                   RU_MFA["canonical"], "Russia", "Russian Foreign Ministry"),
                 Q("of a unipolar world with a false conviction that the US is still entitled", RU_MFA["canonical"],
                   "Russia", "Russian Foreign Ministry")],
         quantities=[],
         times=[T("Wednesday", "2022-02-23")],
         events=[V("USA", "RUS", "16"), V("RUS", "USA", "13"), V("RUS", "USA", "11")],
         events_may=[V("RUS", "USA", "12"), V("RUS", "USA", "16"), V("USA", "RUS", "11")]),
]
DOCS += [
    dict(file="s13_newsfront.txt", date="2021-03-04",
         url="https://en.news-front.info/2021/03/04/russian-foreign-ministry-promises-proportionate-response-to-new-sanctions-against-russia/",
         entities=[E("Russia", "RUS", "Moscow", "Russian Federation"),
                   E("Maria Zakharova", "RUS", *ZAKHAROVA_ALT),
                   E("European Union", None, "EU"),
                   E("Alexei Navalny", "RUS", "Navalny", "Alexey Navalny", "Aleksei Navalny",
                     "Alexei Anatolyevich Navalny"),
                   E("Investigative Committee of Russia", "RUS", "Investigative Committee of the Russian Federation",
                     "Investigative Committee"),
                   E("Alexander Bastrykin", "RUS", "Bastrykin", "Aleksandr Bastrykin", "Alexander Ivanovich Bastrykin"),
                   E("National Guard of Russia", "RUS", "Russian Guard", "Rosgvardiya", "National Guard"),
                   E("Viktor Zolotov", "RUS", "Zolotov", "Viktor Vasilyevich Zolotov"),
                   E("Igor Krasnov", "RUS", "Krasnov", "Igor Viktorovich Krasnov"),
                   E("Federal Penitentiary Service", "RUS", "FSIN", "Federal Penitentiary Service of Russia"),
                   E("Alexander Kalashnikov", "RUS", "Kalashnikov", "Aleksandr Kalashnikov")],
         may=[RU_MFA, E("Moscow", "RUS"), E("Prosecutor General of Russia", "RUS", "Prosecutor General's Office")],
         quotes=[Q("We view the EU's actions as another missed opportunity to abandon the dead-end policy of ultimatums",
                   "Maria Zakharova", *ZAKHAROVA_ALT, "Russia", RU_MFA["canonical"])],
         quantities=[N("four Russian citizens", 4)],
         times=[T("Tuesday", "2021-03-02")],
         events=[V("RUS", None, "13")],
         events_may=[V("RUS", None, "11"), V(None, "RUS", "16"), V("RUS", None, "12"), V("RUS", None, "16")]),
    dict(file="s14_presstv.txt", date="2020-07-15",
         url="https://presstv.ir/Detail/2020/07/15/629640/Iran-Armenia-Azerbaijan-border-clashes",
         entities=[E("Iran", "IRN", "Tehran", "Islamic Republic of Iran", "I.R. Iran"),
                   E("Azerbaijan", "AZE", "Baku", "Republic of Azerbaijan"),
                   E("Armenia", "ARM", "Yerevan", "Republic of Armenia"),
                   E("Mohammad Javad Zarif", "IRN", *ZARIF_ALT),
                   E("Elmar Mammadyarov", "AZE", "Mammadyarov", "Elmar Mamedyarov"),
                   E("Zohrab Mnatsakanyan", "ARM", "Mnatsakanyan"), NK_REGION,
                   E("Mahmoud Vaezi", "IRN", *VAEZI_ALT)],
         may=[E("South Caucasus", None), E("Baku", "AZE"), E("Yerevan", "ARM"), E("Tehran", "IRN"),
              E("Soviet Union", None, "Soviet")],
         quotes=[Q("threaten both countries' interests as well as regional stability and calm and is cause for worry.",
                   "Mahmoud Vaezi", *VAEZI_ALT, "Iran")],
         quantities=[N("two South Caucasus countries", 2), N("two former Soviet republics", 2),
                     N("At least 16 people", 16), N("four Armenian troops", 4), N("11 Azeri servicemen", 11),
                     N("one Azeri civilian", 1), N("two neighbors", 2), N("two states", 2)],
         times=[T("Tuesday", "2020-07-14"), T("Sunday", "2020-07-12"), T("1994", "1994")],
         events=both("IRN", "AZE", "04") + both("IRN", "ARM", "04")
         + [V("IRN", "AZE", "02"), V("IRN", "ARM", "02"), V("IRN", "AZE", "03"), V("IRN", "ARM", "03")]
         + both("ARM", "AZE", "19") + both("ARM", "AZE", "11"),
         events_may=both("ARM", "AZE", "18") + [V("IRN", None, "02"), V("IRN", None, "03")]),
    dict(file="s15_bnnbloomberg.txt", date="2024-01-26",
         url="https://www.bnnbloomberg.ca/colombia-recalls-ambassador-to-argentina-after-milei-attack-1.2027262",
         entities=[E("Colombia", "COL"), E("Argentina", "ARG"), E("Javier Milei", "ARG", *MILEI_ALT),
                   E("Gustavo Petro", "COL", *PETRO_ALT), E("Patricia Janiot", "COL", "Janiot"),
                   E("M-19", "COL", "19th of April Movement", "Movimiento 19 de Abril"),
                   E("Bogota", "COL", "Bogot\u00e1"), E("Jorge Rafael Videla", "ARG", "Videla"),
                   E("Bloomberg", "USA", "Bloomberg News"), CN, E("Israel", "ISR"), GAZA],
         may=[E("Ministry of Foreign Affairs of Colombia", "COL", "Foreign Affairs Ministry"),
              E("Ministry of Foreign Affairs of China", "CHN", "China's foreign ministry")],
         quotes=[Q("communist murderer who is sinking Colombia", "Javier Milei", *MILEI_ALT, "Argentina"),
                 Q("disrespectful and irresponsible,", "Ministry of Foreign Affairs of Colombia", "Colombia")],
         quantities=[],
         times=[T("Thursday", "2024-01-25"), T("2022", "2022"), T("December", "2023-12"),
                T("October", "2023-10")],
         events=[V("COL", "ARG", "16"), V("COL", "ARG", "11"), V("ARG", "COL", "11"), V("COL", "ISR", "16")],
         events_may=[V("COL", "ISR", "11"), V("ISR", "PSE", "19"), V("ARG", "CHN", "11"), V("CHN", "ARG", "11"),
                     V("CHN", "ARG", "12"), V("COL", "ARG", "12"), V("ARG", "CHN", "05")]),
    dict(file="s16_latestly.txt", date="2021-08-01",
         url="https://www.latestly.com/agency-news/world-news-japan-recalls-deputy-envoy-in-seoul-over-lewd-remark-about-s-koreas-moon-reports-2700281.html",
         entities=[E("Tokyo", "JPN"), E("Japan", "JPN", "Tokyo"), KOR, E("Hirohisa Soma", "JPN", "Soma"),
                   E("Moon Jae-in", "KOR", "Moon", "Moon Jae In", "Mun Jae-in", "South Korean President Moon Jae-in"),
                   E("Koichi Aiboshi", "JPN", "Aiboshi"), E("Yonhap", "KOR", "Yonhap news agency", "Yonhap News Agency")],
         may=[E("Ministry of Foreign Affairs of South Korea", "KOR", "South Korea's Foreign Ministry"),
              E("Tokyo 2020 Olympics", None, "2020 Summer Olympics", "Olympics"),
              E("Liancourt Rocks", ["KOR", "JPN", None], "Dokdo", "Takeshima"),
              E("ANI", "IND", "Asian News International"), E("Sputnik", "RUS")],
         quotes=[Q("extremely inappropriate remark.", "Ministry of Foreign Affairs of South Korea", "South Korea")],
         quantities=[N("two countries", 2)],
         times=[T("August 1", "2021-08-01"), T("mid-July", "2021-07"), T("December 2019", "2019-12"),
                T("2020", "2020")],
         events=[V("KOR", "JPN", "11"), V("JPN", "KOR", "11")],
         events_may=[V("JPN", "KOR", "16"), V("KOR", "JPN", "12"), V("KOR", "JPN", "16"), V("KOR", "JPN", "10"),
                     V("JPN", "KOR", "05"), V("JPN", "KOR", "03")] + both("JPN", "KOR", "04")),
    dict(file="s17_wefornews.txt", date="2018-07-31",
         url="https://www.wefornews.com/ready-to-meet-iranian-president-says-trump/",
         entities=[E("Washington", "USA"), E("Donald Trump", "USA", *TRUMP_ALT),
                   E("Hassan Rouhani", "IRN", *ROUHANI_ALT), E("Iran", "IRN", "Tehran", "Islamic Republic of Iran"),
                   E("BBC", "GBR", "British Broadcasting Corporation"),
                   E("Giuseppe Conte", "ITA", "Conte", "Italian Prime Minister Giuseppe Conte"),
                   E("United States", "USA", "US", "U.S.", "Washington", "United States of America")],
         may=[WH, E("Tehran", "IRN"), E("IANS", "IND", "Indo-Asian News Service"), E("Italy", "ITA")],
         quotes=[Q("If they want to meet, we'll meet,", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("I would meet with anybody. I believe in meetings,", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("suffer consequences the likes of which few throughout history have ever suffered before",
                   "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("war with Iran would be the mother of all wars.", "Hassan Rouhani", *ROUHANI_ALT, "Iran")],
         quantities=[N("two countries", 2)],
         times=[T("July 31", "2018-07-31"), T("Monday", "2018-07-30"), T("May", "2018-05")],
         events=[V("USA", "IRN", "03"), V("USA", "IRN", "13"), V("IRN", "USA", "13")],
         events_may=[V("USA", "IRN", "16"), V("USA", "IRN", "04"), V("IRN", "USA", "11"), V("USA", "IRN", "11")]
         + both("USA", "ITA", "04")),
    dict(file="s18_koreaherald.txt", date="2017-11-06", url="https://m.koreaherald.com/view.php?ud=20171106000198",
         entities=[E("Washington", "USA", "WASHINGTON"), E("Donald Trump", "USA", *TRUMP_ALT),
                   E("North Korea", "PRK", "DPRK", "Democratic People's Republic of Korea", "NK"),
                   E("Kim Jong Un", "PRK", *KIM_JU_ALT), JP, E("South Korea", "KOR", "Republic of Korea"), CN,
                   E("Vietnam", "VNM", "Viet Nam"), PHL, E("United States", "USA", "US", "U.S."),
                   E("Xi Jinping", "CHN", "Xi", "Chinese President Xi Jinping", "President Xi Jinping")],
         may=[E("Full Measure", "USA", "Full Measure with Sharyl Attkisson"), E("Asia", None),
              E("Pacific Ocean", None, "Pacific")],
         quotes=[Q("I would sit with anybody I feel,", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("I don't think it's strength or weakness.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("But we'll see where it goes. I think we're far too early.", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("Little Rocket Man", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("mentally deranged US dotard", "Kim Jong Un", *KIM_JU_ALT, "North Korea"),
                 Q("I hope that something's going to be worked out.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("working very hard", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("there's not going to be something bad happening", "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("five-nation", 5)],
         times=[T("Sunday", "2017-11-05")],
         events=[V("USA", "PRK", "03"), V("USA", "PRK", "13"), V("PRK", "USA", "13"), V("USA", "PRK", "11"),
                 V("PRK", "USA", "11")] + both("USA", "JPN", "04") + both("USA", "KOR", "04")
         + both("USA", "CHN", "04") + both("USA", "VNM", "04") + both("USA", "PHL", "04"),
         events_may=[V("CHN", "PRK", "02"), V("CHN", "PRK", "03"), V("USA", "PRK", "04"), V("PRK", "USA", "15"),
                     V("PRK", None, "15")] + [V("USA", c, "03") for c in ("JPN", "KOR", "CHN", "VNM", "PHL")]),
    dict(file="s19_app.txt", date="2017-05-02",
         url="http://www.app.com.pk/trump-says-hed-meet-with-n-korean-leader-under-right-circumstances/",
         entities=[E("New York", "USA", "NEW YORK"), E("Donald Trump", "USA", *TRUMP_ALT),
                   E("Kim Jong Un", "PRK", *KIM_JU_ALT), E("Bloomberg News", "USA", "Bloomberg"),
                   E("Sean Spicer", "USA", *SPICER_ALT), E("The Washington Times", "USA", "Washington Times"),
                   WH, E("Philippines", "PHL", "Phillipines", "the Philippines"),
                   E("Rodrigo Duterte", "PHL", *DUTERTE_ALT), RU, E("Israel", "ISR")],
         may=[E("APP", "PAK", "Associated Press of Pakistan"), E("United States", "USA", "U.S.", "US"), PRK],
         quotes=[Q("If it would be appropriate for me to meet with him, I would, absolutely, I would be honored to do it,",
                   "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("If it's under the right circumstances. But I would do that.", "Donald Trump", *TRUMP_ALT,
                   "United States"),
                 Q("Most political people would never say that,", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("but I'm telling you under the right circumstances I would meet with him.", "Donald Trump",
                   *TRUMP_ALT, "United States"),
                 Q("Clearly, conditions are not there right now,", "Sean Spicer", *SPICER_ALT, "White House",
                   "United States"),
                 Q("We've got to see their provocative behaviour ratchet down immediately.", "Sean Spicer",
                   *SPICER_ALT, "White House", "United States"),
                 Q("pretty smart cookie.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("I cannot make any definite promise,", "Rodrigo Duterte", *DUTERTE_ALT, "Philippines"),
                 Q("I'm supposed to go to Russia; I'm also supposed to go to Israel.", "Rodrigo Duterte",
                   *DUTERTE_ALT, "Philippines")],
         quantities=[],
         times=[T("May 2", "2017-05-02"), T("Monday", "2017-05-01"), T("Saturday", "2017-04-29"),
                T("November", "2017-11")],
         events=[V("USA", "PRK", "03")] + both("USA", "PHL", "04"),
         events_may=[V("USA", "PHL", "03"), V("PHL", "USA", "12"), V("USA", "PRK", "11"), V("USA", "PRK", "10"),
                     V("USA", "PRK", "05")] + both("PHL", "RUS", "04") + both("PHL", "ISR", "04")),
    dict(file="s20_shabait.txt", date="2017-02-01",
         url="http://www.shabait.com/news/local-news/23369-senior-eritrean-delegation-concludes-visit-to-russian-federation-",
         entities=[E("Asmara", "ERI"), ERI, E("Osman Saleh", "ERI", *OSMAN_ALT),
                   E("Yemane Gebreab", "ERI", *YEMANE_ALT), PFDJ, E("Hagos Ghebrehiwet", "ERI", *HAGOS_ALT), RU,
                   E("Isaias Afwerki", "ERI", *ISAIAS_ALT),
                   E("Vladimir Putin", "RUS", "Putin", "President Putin", "Vladimir Vladimirovich Putin"),
                   E("Sergei Lavrov", "RUS", *LAVROV_ALT),
                   E("Alexander Tkachov", "RUS", "Tkachov", "Alexander Tkachev", "Aleksandr Tkachyov",
                     "Mr. Alexander Tkachov", "Minister Alexander Tkachov")],
         may=[E("Trade Ministry", "RUS")],
         quotes=[],
         quantities=[N("two countries", 2)],
         times=[T("01 February 2017", "2017-02-01")],
         events=both("ERI", "RUS", "04") + [V("RUS", "ERI", "05")],
         events_may=both("ERI", "RUS", "03") + both("ERI", "RUS", "05") + both("ERI", "RUS", "06")),
    dict(file="s21_allafrica.txt", date="2017-08-22", url="http://allafrica.com/stories/201708220566.html",
         entities=[ERI, E("Asmara", "ERI"), E("Osman Saleh", "ERI", *OSMAN_ALT),
                   E("Yemane Gebreab", "ERI", *YEMANE_ALT), PFDJ, E("Hagos Ghebrehiwet", "ERI", *HAGOS_ALT),
                   E("Rwanda", "RWA", "Ruanda"), E("Paul Kagame", "RWA", "Kagame", "President Paul Kagame",
                                                   "Mr. Paul Kagame"),
                   E("Kigali", "RWA"), E("Isaias Afwerki", "ERI", *ISAIAS_ALT),
                   E("African Union", None, "AU")],
         may=[],
         quotes=[],
         quantities=[],
         times=[T("18 August", "2017-08-18")],
         events=both("ERI", "RWA", "04") + [V("ERI", "RWA", "05")],
         events_may=[V("RWA", "ERI", "05"), V("ERI", "RWA", "03")] + both("ERI", "RWA", "03")),
    dict(file="s22_apa.txt", date="2019-09-19",
         url="https://en.apa.az/asia/fm-zarif-threatens-all-out-war-in-case-of-strike-against-iran-after-saudi-aramco-attacks-293093",
         entities=[E("Mohammad Javad Zarif", "IRN", *ZARIF_ALT),
                   E("Iran", "IRN", "Tehran", "Islamic Republic", "Islamic Republic of Iran"),
                   E("CNN", "USA"), APA, E("United States", "USA", "US", "U.S."), UN,
                   E("Abqaiq", "SAU", "Buqayq"), E("Khurais", "SAU"), E("Yemen", "YEM"),
                   E("Houthis", "YEM", "Houthi movement", "Houthi", "Ansar Allah"),
                   E("Saudi Arabia", "SAU", "Riyadh", "Kingdom of Saudi Arabia")],
         may=[MIDEAST, E("Riyadh", "SAU"), E("Tehran", "IRN")],
         quotes=[Q("Iran doesn't want war but would not tolerate a strike against the country", "Mohammad Javad Zarif",
                   *ZARIF_ALT, "Iran"),
                 Q("Iran would not tolerate a strike against the country and would respond with",
                   "Mohammad Javad Zarif", *ZARIF_ALT, "Iran"),
                 Q("I am making a very serious statement that we don't want war", "Mohammad Javad Zarif", *ZARIF_ALT,
                   "Iran")],
         quantities=[],
         times=[T("Thursday", "2019-09-19")],
         events=[V("IRN", None, "13"), V("IRN", "USA", "11"), V("SAU", "IRN", "11"), V("IRN", "SAU", "12")],
         events_may=[V("IRN", "USA", "13"), V("IRN", "SAU", "13"), V("YEM", "SAU", "19"), V("YEM", "SAU", "18"),
                     V("SAU", "USA", "06"), V("USA", "SAU", "06"), V("IRN", "SAU", "19"), V("IRN", "SAU", "18"),
                     V("USA", "IRN", "12")]),
    dict(file="s23_unews.txt", date="2021-10-04", url="https://www.unews.com.lb/en/archives/04/10/2021/4928/",
         entities=[E("Hossein Amir-Abdollahian", "IRN", *AMIR_ALT),
                   E("Iran", "IRN", "Islamic Republic", "Islamic Republic of Iran"),
                   AZE, ARM, NK_REGION, E("Palestine", "PSE", "State of Palestine"),
                   E("Jerusalem", ["ISR", "PSE", None], "Al-Quds", "Noble Al-Quds")],
         may=[ISR_MAY],
         quotes=[Q("We never tolerate the Zionist regime's presence and its provocative measures near the Islamic Republic's borders.",
                   "Hossein Amir-Abdollahian", *AMIR_ALT, "Iran"),
                 Q("The Islamic Republic has always declared its position of calling the Israeli regime illegitimate",
                   "Hossein Amir-Abdollahian", *AMIR_ALT, "Iran"),
                 Q("We (just) know one country that is named Palestine, with the Noble Al-Quds as its capital.",
                   "Hossein Amir-Abdollahian", *AMIR_ALT, "Iran"),
                 Q("The Zionists have taken even the Jewish hostage in the occupied territories,",
                   "Hossein Amir-Abdollahian", *AMIR_ALT, "Iran")],
         quantities=[N("one country", 1)],
         times=[T("Saturday", "2021-10-02")],
         events=[V("IRN", "ISR", "13"), V("IRN", "ISR", "11")],
         events_may=[V("IRN", "AZE", "11"), V("IRN", "AZE", "01"), V("IRN", "ISR", "15"), V("IRN", None, "15"),
                     V("IRN", "AZE", "15"), V("IRN", "AZE", "13"), V("IRN", "PSE", "05")]
         + both("ARM", "AZE", "19") + both("AZE", "ISR", "06")),
    dict(file="s24_zhongyishudian.txt", date="2018-03-30",
         url="http://www.zhongyishudian.com/english/2018-03/30/c_137075508.htm",
         entities=[E("United States", "USA", "U.S.", "US", "Washington", "United States of America"),
                   E("Russia", "RUS", "Moscow", "Russian Federation"), E("Washington", "USA", "WASHINGTON"),
                   STATE_DEPT, E("St. Petersburg", "RUS", "Saint Petersburg"),
                   E("Britain", "GBR", "United Kingdom", "UK"), E("Sergei Lavrov", "RUS", *LAVROV_ALT),
                   E("Seattle", "USA")],
         may=[RU_MFA, E("Moscow", "RUS"), E("Xinhua", "CHN", "Xinhua News Agency")],
         quotes=[Q("regrettable, unwarranted decision", STATE_DEPT["canonical"], "United States",
                   "U.S. State Department"),
                 Q("It is clear that Russia is not interested in dialogue about issues that matter to our two countries,",
                   STATE_DEPT["canonical"], "United States", "U.S. State Department"),
                 Q("is further isolating itself", STATE_DEPT["canonical"], "United States", "U.S. State Department")],
         quantities=[N("60 U.S. diplomats", 60), N("60 diplomats", 60), N("60 Russian diplomats", 60),
                     N("two countries", 2)],
         times=[T("March 29", "2018-03-29"), T("Thursday", "2018-03-29"), T("April 5", "2018-04-05"),
                T("Monday", "2018-03-26")],
         events=[V("RUS", "USA", "16"), V("USA", "RUS", "16"), V("USA", "RUS", "11")],
         events_may=[V("RUS", "USA", "11"), V("USA", "RUS", "12"), V("RUS", "GBR", "18"), V("GBR", "RUS", "11"),
                     V("RUS", "USA", "17")]),
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
