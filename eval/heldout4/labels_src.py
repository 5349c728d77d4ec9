#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Fourth blind set: 20 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions: eval/analysis/README.md ("What is
labelled"); eval/heldout/README.md, eval/heldout2/README.md and this folder's README.md. Every document is in the
"test" split: nothing here is for tuning."""
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


US = E("United States", "USA", "United States of America", "US", "U.S.", "USA", "America")
CN = E("China", "CHN", "People's Republic of China")
IN = E("India", "IND")
PK = E("Pakistan", "PAK")
AF = E("Afghanistan", "AFG")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
ISRAEL = E("Israel", "ISR")
HAMAS = E("Hamas", ["PSE", None])
GAZA = E("Gaza Strip", ["PSE", None], "Gaza")
TRUMP = E("Donald Trump", "USA", "Donald J. Trump", "Trump", "President Trump")
BIDEN = E("Joe Biden", "USA", "Biden", "President Joe Biden")
WANG = E("Wang Yi", "CHN", "Wang")
WITKOFF = E("Steve Witkoff", "USA", "Witkoff", "Witkov")
WH = E("White House", "USA")
UN = E("United Nations", None, "UN")
EU = E("European Union", None, "EU")


DOCS = [
    dict(file="n01_myrepublica.txt", date="2024-05-06",
         url="https://myrepublica.nagariknetwork.com/news/nepal-japan-foreign-ministers-hold-bilateral-talks",
         entities=[E("Kathmandu", "NPL", "KATHMANDU"), E("Narayankaji Shrestha", "NPL", "Shrestha", "DPM Shrestha"),
                   E("Kamikawa Yoko", "JPN", "Kamikawa", "Yoko Kamikawa"), E("Singha Durbar", "NPL"), E("Nepal", "NPL"),
                   E("Japan", "JPN"), E("Sewa Lamsal", "NPL"), E("Tribhuvan International Airport", "NPL"),
                   E("Pushpa Kamal Dahal", "NPL"), E("Nepal Airlines", "NPL")],
         may=[E("Ministry of Foreign Affairs", "NPL")],
         quotes=[],
         quantities=[N("two foreign ministers", 2), N("two countries", 2), N("two counterparts", 2)],
         times=[T("May 6", "2024-05-06"), T("Sunday", "2024-05-05")],
         events=both("NPL", "JPN", "04"),
         events_may=both("NPL", "JPN", "03", "01") + [V("NPL", None, "04"), V("JPN", None, "04")]),
    dict(file="n02_abplive.txt", date="2022-03-25",
         url="https://news.abplive.com/news/india/chinese-fm-holds-talks-with-eam-jaishankar-nsa-doval-in-delhi-amid-border-standoff-1521651/amp",
         entities=[E("New Delhi", "IND"), WANG, E("S. Jaishankar", "IND", "Jaishankar", "S Jaishankar", "Subrahmanyam Jaishankar"),
                   E("Hyderabad House", "IND"), E("Ajit Doval", "IND", "Doval"), E("South Block", "IND"), CN,
                   E("Narendra Modi", "IND", "Modi"), E("BRICS", None), E("ANI", "IND", "Asian News International")],
         may=[E("Beijing", "CHN"), E("Special Representatives", None)],
         quotes=[Q("Greeted Chinese FM Wang Yi at Hyderabad House", "S. Jaishankar", "India")],
         quantities=[N("two sides", 2)],
         times=[T("Friday", "2022-03-25"), T("Thursday", "2022-03-24"), T("this year", "2022")],
         events=both("CHN", "IND", "04"),
         events_may=both("CHN", "IND", "03", "05", "01") + [V("CHN", None, "04"), V("IND", None, "04")]),
    dict(file="n03_businessstandard.txt", date="2017-06-24",
         url="https://business-standard.com/amp/article/pti-stories/chinese-foreign-minister-holds-talks-with-aziz-in-pak-117062400713_1.html",
         entities=[WANG, E("Sartaj Aziz", "PAK", "Aziz"), PK, AF,
                   E("Qamar Javed Bajwa", "PAK", "Gen Qamar Javed Bajwa", "Bajwa"), E("Nafees Zakaria", "PAK"),
                   E("Dunya TV", "PAK"), E("Kabul", "AFG")],
         may=[E("Islamabad", "PAK"), E("Foreign Office", "PAK"), CN, E("Afghan government", "AFG")],
         quotes=[Q("All issues of bilateral and regional interest are on the table", None),
                 Q("all issues of mutual interest including the regional situation", "Nafees Zakaria", "Pakistan",
                   "Foreign Office")],
         quantities=[N("two neighbours", 2)],
         times=[T("today", "2017-06-24"), T("Thursday", "2017-06-22")],
         events=both("CHN", "PAK", "04"),
         events_may=both("CHN", "PAK", "03", "05") + [V("CHN", "AFG", "04"), V("CHN", "AFG", "03"), V("CHN", None, "04"),
                                                     V("AFG", "PAK", "11"), V("CHN", None, "03")]),
    dict(file="n04_thenews.txt", date="2018-12-25", url="https://www.thenews.com.pk/print/410378",
         entities=[E("Kabul", "AFG", "KABUL"), E("Shah Mehmood Qureshi", "PAK", "Qureshi", "FM Qureshi"),
                   E("Ashraf Ghani", "AFG"), E("Geo News", "PAK"), E("Presidential Palace", "AFG"), E("Tehran", "IRN"),
                   CN, RU, E("Salahuddin Rabbani", "AFG", "Rabbani", "FM Salahuddin Rabbani"), PK, AF],
         may=[E("Iran", "IRN")],
         quotes=[Q("issues of mutual interest, progress on Afghan peace and reconciliation process", None),
                 Q("Pakistan has always stood for peace and security in Afghanistan", "Shah Mehmood Qureshi"),
                 Q("The aim of my visit is to take the friendly countries into confidence", "Shah Mehmood Qureshi"),
                 Q("We should understand each other's problems", "Shah Mehmood Qureshi"),
                 Q("All regional forces would have to take joint responsibility", "Shah Mehmood Qureshi")],
         quantities=[N("four-nation visit", 4), N("two countries", 2)],
         times=[T("Monday", "2018-12-24"), T("Dec 26", "2018-12-26"), T("today", "2018-12-24", "2018-12-25")],
         events=both("PAK", "AFG", "04"),
         events_may=both("PAK", "AFG", "03", "05", "01") + both("PAK", "IRN", "04") + both("PAK", "CHN", "04")
         + both("PAK", "RUS", "04") + [V("PAK", None, "04"), V("PAK", None, "03")]),
    dict(file="n05_gnnliberia.txt", date="2017-07-03",
         url="http://gnnliberia.com/2017/07/03/us-missile-strike-syria-lacked-political-practical-justification-says-syrian-deputy-foreign-minister/",
         entities=[US, E("Syria", "SYR"), E("SANA", "SYR"), E("Homs", "SYR"), E("Damascus", "SYR"),
                   E("Faisal al-Miqdad", "SYR", "Miqdad"), UN,
                   E("Organization for the Prohibition of Chemical Weapons", None, "OPCW"),
                   E("Khan Shaykhun", "SYR"), E("Idlib Province", "SYR", "Idlib"), E("Shayrat airfield", "SYR", "Shayrat"),
                   E("Mediterranean Sea", None, "Mediterranean")],
         may=[E("Damascus government", "SYR")],
         quotes=[],
         quantities=[N("at least nine people", 9), N("59 Tomahawk cruise missiles", 59), N("two US warships", 2),
                     N("over 80 people", 80)],
         times=[T("Monday", "2017-07-03"), T("April 4", "2017-04-04"), T("April 7", "2017-04-07")],
         events=[V("SYR", "USA", "11"), V("USA", "SYR", "19")],
         events_may=[V("USA", "SYR", "18"), V("SYR", "USA", "12"), V("USA", "SYR", "11"), V("SYR", None, "02"),
                     V("SYR", None, "11")]),
    dict(file="n06_mlbinjurynews.txt", date="2018-04-16",
         url="http://mlbinjurynews.com/2018/04/pakistani-troops-killed-5-injured-in-border-clashes-with/",
         entities=[PK, AF, E("Pakistan Army", "PAK", "Pakistan Army's public relations department"),
                   E("Abdul Hanan", "AFG", "Colonel Abdul Hanan"), E("Anadolu Agency", "TUR"),
                   E("ISPR", "PAK", "Inter-Services Public Relations"), E("Kurram Agency", "PAK", "Kurram agency", "Kurram"),
                   E("Durand Line", ["AFG", "PAK", None]), E("Mortimer Durand", "GBR", "Sir Mortimer Durand"),
                   E("Kunar", "AFG", "Kunar province")],
         may=[E("Afghan National Police", "AFG"), E("British India", None), E("Islamabad", "PAK")],
         quotes=[Q("Pakistani troops are exercising maximum restraint", "Pakistan Army", "Pakistan", "ISPR"),
                 Q("massive property damage", "Afghanistan")],
         quantities=[N("5 injured", 5), N("five soldiers", 5), N("two Pakistani troops", 2), N("Eight people", 8),
                     N("six Pakistani border troops", 6), N("Two Pakistani security forces", 2),
                     N("2,430-kilometer", 2430, "km"), N("1,510-mile", 1510, "mi")],
         times=[T("Sunday", "2018-04-15"), T("1896", "1896"), T("this month", "2018-04")],
         events=both("AFG", "PAK", "19"),
         events_may=both("AFG", "PAK", "18") + [V("AFG", "PAK", "11"), V("PAK", "AFG", "12"), V("AFG", "PAK", "17"),
                                                V("PAK", "AFG", "17"), V("PAK", "AFG", "11")]),
    dict(file="n07_gandhara.txt", date="2015-07-02",
         url="https://gandhara.rferl.org/a/afghanistan-pakistan-border-clash/27105953.html",
         entities=[E("Angoor Adda", ["PAK", "AFG", None], "Angoor Adda Gate"), E("South Waziristan", "PAK"),
                   E("Paktika Province", "AFG", "Paktika"), E("Abdul Khan", "AFG", "Khan"), E("Shkin", "AFG"),
                   E("Radio Mashaal", "USA"), E("Sediq Sediqqi", "AFG"), PK, AF,
                   E("Inter-Services Public Relations", "PAK")],
         may=[E("Kabul", "AFG"), E("Afghan Interior Ministry", "AFG", "Interior Ministry")],
         quotes=[Q("inside Afghan territory", "Abdul Khan"),
                 Q("At least eight Pakistani soldiers were killed", "Abdul Khan"),
                 Q("The fighting continued for three hours", "Abdul Khan"),
                 Q("Afghan border police intervened and exchanged fire", "Sediq Sediqqi", "Afghanistan",
                   "Afghan Interior Ministry"),
                 Q("Pakistani troops responded and targeted positions", "Inter-Services Public Relations", "Pakistan")],
         quantities=[N("At least eight Pakistani soldiers", 8), N("two security personnel", 2)],
         times=[T("July 1", "2015-07-01")],
         events=both("AFG", "PAK", "19"),
         events_may=both("AFG", "PAK", "18", "11")),
    dict(file="n08_actualitenews.txt", date="2016-09-29",
         url="https://actualite-news.com/en/international/asia/3061-2-pakistani-troops-killed-in-border-clashes-with-india",
         entities=[E("Karachi", "PAK", "KARACHI"), PK, IN, E("Kashmir", ["IND", "PAK", None], "Kashmir valley"),
                   E("Ranbir Singh", "IND", "Lt General Ranbir Singh"), E("Nawaz Sharif", "PAK"), E("Washington", "USA"),
                   WH, US, E("Josh Earnest", "USA")],
         may=[E("Line of Control", ["IND", "PAK", None], "LoC"), E("AA", "TUR", "Anadolu Agency"), E("Islamabad", "PAK"),
              E("Indian-held Kashmir", ["IND", None]), E("Pakistani army", "PAK", "Pakistan's army"),
              E("Director General of Military Operations", "IND", "DGMO")],
         quotes=[Q("surgical strike", "Ranbir Singh", "India"),
                 Q("befittingly", "Pakistan", "Pakistani army"),
                 Q("Indian aggression", "Nawaz Sharif"),
                 Q("continued discussions between India and Pakistan to avoid escalation", "Josh Earnest", "White House",
                   "United States"),
                 Q("is firmly committed to our partnership with India", "Josh Earnest", "White House", "United States"),
                 Q("At the same time, we continue to be in close contact with Pakistan", "Josh Earnest", "White House",
                   "United States")],
         quantities=[N("2 Pakistani troops", 2), N("Two Pakistani troops", 2), N("18 Indian soldiers", 18),
                     N("two neighbors", 2), N("three wars", 3)],
         times=[T("Thursday", "2016-09-29"), T("Wednesday", "2016-09-28"), T("last Tuesday", "2016-09-27", "2016-09-20"),
                T("1947", "1947")],
         events=both("IND", "PAK", "19") + [V("PAK", "IND", "11"), V("PAK", "IND", "13"), V("USA", "IND", "02"),
                                           V("USA", "PAK", "02")],
         events_may=both("IND", "PAK", "18") + [V("IND", "PAK", "11"), V("USA", "IND", "05"), V("USA", "PAK", "05"),
                                                V("USA", "IND", "03"), V("USA", "PAK", "04"), V("USA", None, "02"),
                                                V("PAK", "IND", "12")]),
    dict(file="n09_antiwar.txt", date="2020-07-13",
         url="https://news.antiwar.com/2020/07/13/china-sanctions-us-officials-in-retaliation/",
         entities=[CN, US, E("Marco Rubio", "USA", "Rubio", "Sen. Marco Rubio"), E("Ted Cruz", "USA", "Cruz", "Sen. Ted Cruz"),
                   E("Chris Smith", "USA", "Rep. Chris Smith", "Smith"), E("Sam Brownback", "USA"), TRUMP,
                   E("Xinjiang", "CHN"), E("Hua Chunying", "CHN"), E("Congress", "USA"), E("Hong Kong", "CHN"),
                   E("Washington", "USA")],
         may=[E("Beijing", "CHN"), E("Hong Kong Human Rights and Democracy Act", "USA"),
              E("Chinese foreign ministry", "CHN")],
         quotes=[Q("Xinjiang is entirely the internal affair of China", "Hua Chunying", "China", "Chinese foreign ministry")],
         quantities=[N("four US officials", 4), N("All four officials", 4)],
         times=[T("Monday", "2020-07-13"), T("Thursday", "2020-07-09"), T("April", "2020-04"), T("2019", "2019")],
         events=[V("CHN", "USA", "16"), V("USA", "CHN", "16")],
         events_may=[V("CHN", "USA", r) for r in ("11", "12", "13")] + [V("USA", "CHN", "11"), V("CHN", None, "16")]),
    dict(file="n10_conservativecardinal.txt", date="2021-07-24",
         url="https://www.conservativecardinal.com/china-retaliates-against-us-officials-by-laying-sanctions-on-them/",
         entities=[US, CN, E("Hong Kong", "CHN"), E("Wilbur Ross", "USA"), E("Wendy Sherman", "USA"), E("Washington", "USA"),
                   WH, E("Jen Psaki", "USA")],
         may=[E("Beijing", "CHN"), E("US-China Economic and Security Review Council", "USA"),
              E("Legislative Committee on Beijing", "USA"), E("National Democratic Center for Foreign Relations", "USA"),
              E("International Republicans Center", "USA"), E("Hong Kong Democratic Alliance", "USA"),
              E("Human Rights Organizations", None)],
         quotes=[],
         quantities=[N("six individuals", 6)],
         times=[T("July 23", "2021-07-23"), T("June", "2021-06"), T("Friday", "2021-07-23")],
         events=[V("CHN", "USA", "16"), V("USA", "CHN", "16"), V("CHN", "USA", "11"), V("USA", "CHN", "11")],
         events_may=[V("USA", "CHN", "04"), V("CHN", "USA", "04"), V("CHN", "USA", "12"), V("USA", "CHN", "12"),
                     V("CHN", None, "16")]),
    dict(file="n11_cloudfront.txt", date="2024-07-03", url="https://d1y0ruayo3dv34.cloudfront.net/en/202407037704",
         entities=[E("Iran", "IRN"), US, E("Palestine", "PSE"), ISRAEL, HAMAS, GAZA,
                   E("Linda J. Stump-Kurnick", "USA"), E("University of Florida Police Department", "USA"),
                   E("Pamela A. Smith", "USA"),
                   E("Metropolitan Police Department of the District of Columbia", "USA", "Metropolitan Police Department"),
                   E("District of Columbia", "USA"), RU, UA,
                   E("Ali Khamenei", "IRN", "Khamenei", "Supreme Leader Ali Khamenei")],
         may=[E("Foreign Ministry", "IRN", "Iran's Foreign Ministry")],
         quotes=[Q("violation of human rights", "Iran", "Foreign Ministry", "Iran's Foreign Ministry"),
                 Q("resistance front", "Ali Khamenei")],
         quantities=[N("11 American officials", 11), N("1,200 civilians", 1200), N("250 hostages", 250),
                     N("37,000", 37000), N("at least 16,000", 16000)],
         times=[T("Wednesday", "2024-07-03"), T("April", "2024-04"), T("June", "2024-06"), T("October 7", "2023-10-07")],
         events=[V("IRN", "USA", "16")],
         events_may=[V("IRN", "USA", "11"), V("USA", "IRN", "16"), V(None, "IRN", "16"), V("ISR", "PSE", "19"),
                     V("ISR", "PSE", "18"), V("PSE", "ISR", "19"), V("PSE", "ISR", "18"), V("IRN", "RUS", "07"),
                     V("RUS", "UKR", "19"), V("IRN", "ISR", "11"), V("IRN", "PSE", "07"), V("IRN", None, "16")]),
    dict(file="n12_opindia.txt", date="2021-01-21",
         url="https://www.opindia.com/2021/01/china-imposes-sanctions-officials-trump-administration-mike-pompeo/",
         entities=[BIDEN, US, CN, TRUMP, E("Mike Pompeo", "USA"), E("Robert O'Brien", "USA"), E("Kelly Craft", "USA"),
                   E("Peter Navarro", "USA"), E("David Stilwell", "USA"), E("Alex Azar", "USA"), E("John Bolton", "USA"),
                   E("Stephen Bannon", "USA"), E("Hong Kong", "CHN"), E("Macao", "CHN"), E("Xinjiang", "CHN")],
         may=[UN, E("China's foreign ministry", "CHN", "foreign ministry"), E("Asia", None)],
         quotes=[Q("Over the past few years, some anti-China politicians in the United States", "China",
                   "China's foreign ministry")],
         quantities=[N("Over 28 former Trump administration officials", 28)],
         times=[T("Wednesday", "2021-01-20")],
         events=[V("CHN", "USA", "16"), V("CHN", "USA", "11")],
         events_may=[V("USA", "CHN", "11"), V("CHN", "USA", "12"), V("CHN", None, "16"), V("CHN", None, "11")]),
    dict(file="n13_ukrainianlaw.txt", date="2015-06-15",
         url="http://ukrainianlaw.blogspot.com/2015/06/ukraine-european-defense-agency-start.html?m=0",
         entities=[UA, E("European Defense Agency", None, "EDA", "European Defence Agency"), E("Ukroboronprom", "UKR"),
                   E("Brussels", "BEL"), E("Ihor Pavlovsky", "UKR"), E("Jorge Domecq", "ESP"), EU, E("Denmark", "DNK"),
                   E("Norway", "NOR")],
         may=[E("EU Council", None, "Council of the European Union")],
         quotes=[Q("The framework document being drafted will determine the main principles", "Ukroboronprom", "Ukraine")],
         quantities=[N("27 EU member-states", 27)],
         times=[T("Monday", "2015-06-15"), T("June 11", "2015-06-11"), T("2004", "2004")],
         events=[],
         events_may=[V("UKR", None, "04"), V(None, "UKR", "04"), V("UKR", None, "03"), V(None, "UKR", "03"),
                     V("UKR", None, "05"), V(None, "UKR", "05")]),
    dict(file="n14_daijiworld.txt", date="2021-11-19", url="https://daijiworld.com./news/newsDisplay?newsID=895341",
         entities=[E("Washington", "USA"), BIDEN, E("Justin Trudeau", "CAN", "Trudeau"),
                   E("Andres Manuel Lopez Obrador", "MEX", "Obrador", "Lopez Obrador"), WH, TRUMP,
                   E("Xinhua", "CHN", "Xinhua news agency")],
         may=[E("IANS", "IND"), E("Canada", "CAN"), E("Mexico", "MEX"),
              E("North American Leaders' Summit", None), E("Northern Hemisphere", None)],
         quotes=[Q("reiterated our strong ties and integration", "White House", "United States", "Joe Biden"),
                 Q("we can meet all the challenges if we just take the time", "Joe Biden"),
                 Q("And we have to end the pandemic", "Joe Biden"),
                 Q("We have to drive an inclusive economic recovery", "Joe Biden")],
         quantities=[N("three-person summit", 3), N("three leaders", 3)],
         times=[T("Nov 19", "2021-11-19"), T("Thursday", "2021-11-18"), T("2016", "2016")],
         events=both("USA", "CAN", "04") + both("USA", "MEX", "04"),
         events_may=both("CAN", "MEX", "04") + both("USA", "CAN", "03", "05") + both("USA", "MEX", "03", "05")
         + both("CAN", "MEX", "03", "05") + [V("USA", None, "04")]),
    dict(file="n15_vocofm.txt", date="2025-04-22", url="https://news.vocofm.com/en/international-news/139438/",
         entities=[TRUMP, E("Vladimir Putin", "RUS", "Putin"), WITKOFF,
                   E("Karoline Leavitt", "USA", "Lee Witt", "Leavitt"), WH, E("Moscow", "RUS"),
                   E("Yury Ushakov", "RUS", "Ushakov"), E("Vatican", "VAT"), E("Pope Francis", "VAT"),
                   E("Volodymyr Zelenskiy", "UKR", "Zelenskiy", "Zelensky"), E("Financial Times", "GBR"),
                   E("St. Petersburg", "RUS"), UA, US, E("Paris", "FRA")],
         may=[E("Kremlin", "RUS"), E("Middle East", None), E("Eastern Europe", None), RU],
         quotes=[Q("ceasefire on the current front", "Vladimir Putin"),
                 Q("promoting the peace roadmap", "Yury Ushakov"),
                 Q("negotiations are still ongoing", "Karoline Leavitt", "Donald Trump"),
                 Q("He is increasingly disappointed with the actions of both sides", "Karoline Leavitt"),
                 Q("stop the offensive on the current front", "Vladimir Putin", "Financial Times")],
         quantities=[N("two sides", 2)],
         times=[T("Tuesday", "2025-04-22"), T("April 4", "2025-04-04"), T("this month", "2025-04"), T("2022", "2022")],
         events=both("USA", "RUS", "04"),
         events_may=both("USA", "RUS", "03") + both("USA", "UKR", "04") + [V("RUS", "UKR", "19"), V("USA", None, "03"),
                                                                         V("USA", "RUS", "11"), V("USA", "UKR", "11"),
                                                                         V("RUS", "UKR", "03"), V("USA", None, "04")]),
    dict(file="n16_borneobulletin.txt", date="2020-01-17",
         url="https://borneobulletin.com.bn/2020/01/taleban-say-handed-cease-fire-offer-us-peace-envoy/",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), E("Associated Press", "USA", "AP"),
                   E("Taleban", ["AFG", None], "Taliban"), US, AF, E("Zalmay Khalilzad", "USA", "Khalilzad"), E("Qatar", "QAT")],
         may=[E("Washington", "USA")],
         quotes=[],
         quantities=[],
         times=[T("yesterday", "2020-01-16"), T("Wednesday", "2020-01-15")],
         events=[],
         events_may=[V("AFG", "USA", "03"), V(None, "USA", "03"), V("USA", "AFG", "02"), V("USA", None, "02")]
         + both("USA", "AFG", "04") + [V("USA", None, "04"), V(None, "USA", "04")]),
    dict(file="n17_tag24.txt", date="2025-03-13",
         url="https://tag24.com/topic/ukraine-conflict/trumps-top-envoy-arrives-in-russia-to-present-ukraine-ceasefire-proposal-3367893",
         entities=[E("Moscow", "RUS"), RU, US, UA, E("Sudzha", "RUS"), E("Kursk region", "RUS", "Kursk"), TRUMP, WITKOFF,
                   E("Vnukovo-2", "RUS"), E("AFP", "FRA", "Agence France-Presse"), E("Dmitry Peskov", "RUS", "Peskov"),
                   E("Yuri Ushakov", "RUS", "Ushakov"), E("Mike Waltz", "USA"), E("Oval Office", "USA"),
                   E("Ireland", "IRL"), E("Micheal Martin", "IRL")],
         may=[E("Washington", "USA"), E("Kyiv", "UKR"), E("Kremlin", "RUS")],
         quotes=[Q("Negotiators are flying in and indeed contacts are scheduled", "Dmitry Peskov", "Russia"),
                 Q("nothing more than a temporary breather for the Ukrainian military", "Yuri Ushakov", "Russia"),
                 Q("People are going to Russia right now as we speak", "Donald Trump")],
         quantities=[],
         times=[T("Thursday", "2025-03-13"), T("Wednesday", "2025-03-12")],
         events=both("USA", "RUS", "04") + both("USA", "IRL", "04") + both("RUS", "UKR", "19")
         + [V("RUS", "USA", "11"), V("USA", "RUS", "02")],
         events_may=both("RUS", "UKR", "18") + both("UKR", "USA", "05", "03") + [V("RUS", "USA", "12"), V("USA", "RUS", "03"),
                                                                              V("RUS", "UKR", "11"), V("UKR", "USA", "08"),
                                                                              V("USA", None, "02"), V("USA", "UKR", "04")]),
    dict(file="n18_thisismoney.txt", date="2015-11-02",
         url="https://summer-heart-0930.chufeiyun1688.workers.dev/https/www.thisismoney.co.uk/wires/afp/article-3300665/UN-envoy-urges-Syria-ceasefires-build-talks.html",
         entities=[E("Staffan de Mistura", ["SWE", "ITA", None], "De Mistura", "de Mistura"), UN, E("Syria", "SYR"),
                   E("Damascus", "SYR"), E("Vienna", "AUT"), E("Walid Muallem", "SYR"), EU,
                   E("Bashar al-Assad", "SYR", "Assad"), RU, E("Iran", "IRN"), E("Aleppo", "SYR")],
         may=[E("Saudi Arabia", "SAU")],
         quotes=[Q("What we need is also some facts on the ground", "Staffan de Mistura"),
                 Q("That would make a big difference", "Staffan de Mistura")],
         quantities=[N("17 nations", 17), N("More than 250,000 people", 250000)],
         times=[T("Monday", "2015-11-02"), T("Sunday", "2015-11-01"), T("March 2011", "2011-03")],
         events=[],
         events_may=[V(None, "SYR", "02"), V(None, "SYR", "04"), V("SYR", None, "04"), V(None, None, "02"),
                     V("RUS", None, "12"), V("IRN", None, "12"), V("SAU", "SYR", "02"), V(None, "SYR", "03"),
                     V("SYR", "SYR", "19")]),
    dict(file="n19_vietnamvn.txt", date="2023-12-06", url="https://vietnam.vn/en/israel-va-ukraine-chuan-bi-nhan-goi-vien-tro-moi-tu-my",
         entities=[E("US Senate", "USA", "Senate"), UA, ISRAEL, US, E("Gaza Strip", ["PSE", None], "Gaza"),
                   E("West Bank", ["PSE", None]), WH, E("US Congress", "USA", "Congress")],
         may=[E("European Command", "USA"), E("Iron Beam", "ISR"), E("Indo-Pacific", None)],
         quotes=[],
         quantities=[N("$110.5 billion", 110500000000, "USD"), N("$15.1 billion", 15100000000, "USD"),
                     N("$11.8 billion", 11800000000, "USD"), N("$2.2 billion", 2200000000, "USD"),
                     N("$1.7 billion", 1700000000, "USD"), N("$10.6 billion", 10600000000, "USD"),
                     N("$4 billion", 4000000000, "USD"), N("$1.2 billion", 1200000000, "USD"),
                     N("$3.5 billion", 3500000000, "USD"), N("$2 billion", 2000000000, "USD"),
                     N("$10 billion", 10000000000, "USD")],
         times=[T("December 5", "2023-12-05"), T("November 15, 2024", "2024-11-15"), T("December 4", "2023-12-04")],
         events=[V("USA", "UKR", "07"), V("USA", "ISR", "07")],
         events_may=[V("USA", "UKR", "03"), V("USA", "ISR", "03"), V("USA", "PSE", "07"), V("USA", None, "07"),
                     V("USA", "USA", "02"), V("USA", None, "02")]),
    dict(file="n20_theunn.txt", date="2024-04-21",
         url="https://theunn.com/house-passes-95-billion-package-for-military-aid-humanitarian-assistance-whats-inside/",
         entities=[E("House", "USA", "House of Representatives"), E("Senate", "USA"), UA, ISRAEL, US, GAZA, BIDEN, HAMAS,
                   CN, E("Taiwan", "TWN")],
         may=[E("Indo-Pacific", None)],
         quotes=[],
         quantities=[N("$95 billion", 95000000000, "USD"), N("$61 billion", 61000000000, "USD"),
                     N("$13.8 billion", 13800000000, "USD"), N("$9 billion", 9000000000, "USD"),
                     N("$26 billion", 26000000000, "USD"), N("$8 billion", 8000000000, "USD"),
                     N("$3.3 billion", 3300000000, "USD"), N("$1.9 billion", 1900000000, "USD")],
         times=[],
         events=[V("USA", "UKR", "07"), V("USA", "ISR", "07")],
         events_may=[V("USA", "TWN", "07"), V("USA", "PSE", "07"), V("USA", None, "07"), V("USA", "UKR", "03"),
                     V("USA", "ISR", "03"), V("ISR", "PSE", "19"), V("PSE", "ISR", "19")]),
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
