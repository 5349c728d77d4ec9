#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Seventh blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout6/README.md and this folder's
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


US = E("United States", "USA", "United States of America", "US", "U.S.", "USA", "America")
UK = E("United Kingdom", "GBR", "UK", "Britain")
CN = E("China", "CHN", "People's Republic of China")
IN = E("India", "IND")
PK = E("Pakistan", "PAK")
AF = E("Afghanistan", "AFG")
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
JP = E("Japan", "JPN")
AU = E("Australia", "AUS")
NK = E("North Korea", "PRK", "DPRK")
MODI = E("Narendra Modi", "IND", "Modi", "PM Modi", "Prime Minister Modi", "Mr Modi", "Mr. Modi", "PM Narendra Modi")
TRUMP = E("Donald Trump", "USA", "Trump", "President Trump", "Mr Trump", "President Donald Trump")
PUTIN = E("Vladimir Putin", "RUS", "Putin")
XI = E("Xi Jinping", "CHN", "Xi", "Mr. Xi", "President Xi", "Jinping")
RAJNATH = E("Rajnath Singh", "IND", "Singh", "Rajnath")
MEA = E("Ministry of External Affairs", "IND", "MEA")
WH = E("White House", "USA")
UNSC = E("UN Security Council", None, "Security Council", "United Nations Security Council")
SCO = E("Shanghai Cooperation Organisation", None, "SCO")
MOTEGI = E("Toshimitsu Motegi", "JPN", "Motegi", "Mr Motegi")
TPP = E("Trans-Pacific Partnership", None, "Trans Pacific Partnership", "TPP")


DOCS = [
    dict(file="r01_devdiscourse.txt", date="2019-11-17",
         url="https://www.devdiscourse.com/article/science-environment/748265-rajnath-holds-bilateral-meetings-with-us-japan-australia-new-zealand-counterparts",
         entities=[RAJNATH, US, JP, AU, E("New Zealand", "NZL"), IN,
                   E("ASEAN Defence Ministers' Meeting-Plus", None, "ADMM-Plus"),
                   E("Association of Southeast Asian Nations", None, "ASEAN"),
                   E("Mark T Esper", "USA", "Esper"), E("Taro Kono", "JPN"), E("Linda Reynolds", "AUS"),
                   E("Ron Mark", "NZL"), E("Prawit Wongsuwan", "THA", "General Prawit", "Prawit"), E("Thailand", "THA"),
                   E("Washington DC", "USA", "Washington")],
         may=[E("Indo-Pacific", None)],
         quotes=[Q("Both the leaders expressed satisfaction over the increasing defense engagements between the two countries and looked forward to meeting again for the 2+2 meeting in Washington DC later next month",
                   None, "India", "Rajnath Singh")],
         quantities=[N("eight dialogue partners", 8), N("two countries", 2)],
         times=[T("Sunday", "2019-11-17"), T("next month", "2019-12"), T("2019", "2019")],
         events=both("IND", "USA", "04") + both("IND", "JPN", "04") + both("IND", "AUS", "04")
         + both("IND", "NZL", "04") + both("IND", "THA", "04"),
         events_may=both("IND", "USA", "03") + [V("IND", None, "04")]),
    dict(file="r02_menafn.txt", date="2024-11-20",
         url="https://menafn.com/1108906669/Need-To-Focus-On-Cooperation-Than-Conflict-Says-Rajnath-Singh-After-Meeting-Chinese-Counterpart",
         entities=[E("New Delhi", "IND"), RAJNATH, E("Dong Jun", "CHN"), E("Laos", "LAO"), E("Vientiane", "LAO"), IN, CN,
                   E("ASEAN Defence Ministers' Meeting Plus", None, "ADMM-Plus"), MODI, XI, E("BRICS", None)],
         may=[E("IANS", "IND"), E("Ministry of Defence", "IND")],
         quotes=[Q("We need to focus on cooperation rather than conflict. Both countries are and will continue to remain neighbours and amicable relations between India and China, the two largest nations in the world, would have positive implications for global peace and prosperity",
                   "Rajnath Singh", "India")],
         quantities=[N("two sides", 2), N("two leaders", 2), N("two Defence Ministers", 2)],
         times=[T("Nov 20", "2024-11-20"), T("Wednesday", "2024-11-20"), T("November 21", "2024-11-21"),
                T("2020", "2020")],
         events=both("IND", "CHN", "04"),
         events_may=both("IND", "CHN", "03", "05") + [V("IND", "CHN", "02"), V("IND", None, "04")]),
    dict(file="r03_republicworld.txt", date="2020-10-26",
         url="https://www.republicworld.com/india-news/general-news/india-us-2-2-dialogue-rajnath-singh-calls-for-deepening-defence-cooperation.html",
         entities=[US, RAJNATH, E("Mark Esper", "USA", "Esper", "Dr. Mark Esper"), E("South Block", "IND"),
                   E("New Delhi", "IND"), IN, E("Mike Pompeo", "USA", "Pompeo"), E("Bipin Rawat", "IND"),
                   E("Manoj Mukund Naravane", "IND"), E("RKS Bhadauria", "IND"), E("Karambir Singh", "IND"),
                   E("Ajit Doval", "IND"), MODI, E("Basic Exchange and Cooperation Agreement", None, "BECA")],
         may=[E("IAF", "IND")],
         quotes=[],
         quantities=[N("two sides", 2)],
         times=[T("Monday", "2020-10-26"), T("today", "2020-10-26"), T("October 27", "2020-10-27"),
                T("this year", "2020")],
         events=both("IND", "USA", "04"),
         events_may=both("IND", "USA", "03", "05") + [V("USA", None, "04")]),
    dict(file="r04_yenisafak.txt", date="2023-02-03",
         url="https://www.yenisafak.com/en/news/ankara-summons-ambassadors-of-nine-countries-3660039",
         entities=[E("Türkiye", "TUR", "Turkey"), US, E("Netherlands", "NLD"), E("Switzerland", "CHE"), E("Sweden", "SWE"),
                   UK, E("Germany", "DEU"), E("Belgium", "BEL"), E("France", "FRA"), E("Italy", "ITA"),
                   E("Anadolu", "TUR"), E("Suleyman Soylu", "TUR")],
         may=[E("Ankara", "TUR"), E("Foreign Ministry", "TUR")],
         quotes=[Q("The security of all diplomatic missions in Türkiye is provided on the basis of international conventions",
                   None, "Türkiye"),
                 Q("insidious agenda of terrorist organizations", None, "Türkiye"),
                 Q("friendly and allied countries", None, "Türkiye"),
                 Q("psychological warfare", "Suleyman Soylu", "Türkiye")],
         quantities=[N("nine countries", 9)],
         times=[T("Thursday", "2023-02-02")],
         events=[V("TUR", c, "11") for c in ("USA", "NLD", "CHE", "SWE", "GBR", "DEU", "BEL", "FRA", "ITA")],
         events_may=[V("TUR", c, "04") for c in ("USA", "NLD", "CHE", "SWE", "GBR", "DEU", "BEL", "FRA", "ITA")]
         + [V("TUR", None, "11"), V("TUR", None, "02")]),
    dict(file="r05_stripes.txt", date="2024-02-20",
         url="https://stripes.com/branches/navy/2024-02-20/navy-drills-india-south-china-sea-13058001.html",
         entities=[US, E("USS Halsey", "USA", "Halsey"), E("JS Sazanami", "JPN", "Sazanami"),
                   E("HMAS Warramunga", "AUS", "Warramunga"), E("Bay of Bengal", None), E("Bangladesh", "BGD"), IN,
                   E("Indonesia", "IDN"), E("Myanmar", "MMR"), E("Sri Lanka", "LKA"), E("7th Fleet", "USA", "U.S. 7th Fleet"),
                   E("Visakhapatnam", "IND"), E("Luka Bakic", "USA", "Bakic", "Lt. Luka Bakic"), E("Stars and Stripes", "USA"),
                   E("South China Sea", None), E("USS John Finn", "USA", "John Finn"), E("JS Shimakaze", "JPN"),
                   E("USS Gabrielle Giffords", "USA", "Gabrielle Giffords"), E("BRP Gregorio Del Pillar", "PHL")],
         may=[JP, AU, E("Philippines", "PHL"), E("Milan", None), E("Navy", "USA"), E("Philippine Seas", None),
              E("Indian navy", "IND")],
         quotes=[Q("collective ability of the three nations to maintain maritime security and readiness to respond to any regional contingency",
                   "7th Fleet", "United States"),
                 Q("high-end tactical training", "7th Fleet", "United States")],
         quantities=[N("three nations", 3), N("more than 50 participating countries", 50)],
         times=[T("Saturday", "2024-02-17"), T("Sunday", "2024-02-18"), T("Monday", "2024-02-19"),
                T("Feb. 27", "2024-02-27"), T("Tuesday", "2024-02-20"), T("Friday", "2024-02-16"),
                T("Feb. 9", "2024-02-09")],
         events=both("USA", "JPN", "06") + both("USA", "AUS", "06") + both("JPN", "AUS", "06") + both("USA", "PHL", "06"),
         events_may=both("USA", "JPN", "04") + both("USA", "AUS", "04") + both("JPN", "AUS", "04")
         + both("USA", "PHL", "04") + both("USA", "IND", "06", "04")),
    dict(file="r06_freepressjournal.txt", date="2017-04-08",
         url="http://www.freepressjournal.in/world/i-will-have-a-very-very-great-relationship-with-xi-trump/1048511",
         entities=[E("Washington", "USA"), E("Palm Beach", "USA"), TRUMP, XI, CN, NK, E("Syria", "SYR"),
                   E("Khan Sheikhun", "SYR"), RU, E("United Nations", None, "UN"), E("Bashar al-Assad", "SYR"),
                   E("Florida", "USA"), E("Mar-a-Lago", "USA"), US],
         may=[E("Chinese Communist party", "CHN")],
         quotes=[Q("a very great relationship", "Donald Trump", "United States"),
                 Q("It is a great honour to have the president of China and his incredibly talented wife, a great, great celebrity in China, a great singer. It's an honour to have you in the United States.",
                   "Donald Trump", "United States"),
                 Q("We had a long discussion already. So far, I have gotten nothing. Absolutely nothing. But we have developed a friendship. I can see that. I think, long-term, we are going to have a very, very great relationship and I look very much forward to it",
                   "Donald Trump", "United States")],
         quantities=[N("two leaders", 2)],
         times=[T("Friday", "2017-04-07"), T("2017", "2017")],
         events=both("USA", "CHN", "04"),
         events_may=both("USA", "CHN", "03") + [V("USA", "SYR", "19"), V("USA", "SYR", "18"), V("CHN", None, "12"),
                                                V("RUS", None, "12"), V("CHN", "USA", "04"), V("USA", "CHN", "05")]),
    dict(file="r07_firstpost.txt", date="2017-05-16",
         url="http://www.firstpost.com/india/palestine-president-mahmoud-abbas-accorded-ceremonial-welcome-by-narendra-modi-and-pranab-mukherjee-3448568.html",
         entities=[E("New Delhi", "IND"), E("Mahmoud Abbas", "PSE", "Abbas"), E("Rashtrapati Bhavan", "IND"), MODI,
                   E("Pranab Mukherjee", "IND", "Mukherjee"), E("Gopal Baglay", "IND", "Baglay"), E("Mahatma Gandhi", "IND"),
                   E("Rajghat", "IND"), E("Sushma Swaraj", "IND"), E("Palestine", "PSE"), E("Hamid Ansari", "IND"),
                   E("Israel", "ISR"), IN, E("Ziad Abu Amr", "PSE"), E("Riad Malki", "PSE"), E("Majdi Khaldi", "PSE"),
                   E("Nabil Aburdeineh", "PSE"), E("Mahmoud Habbash", "PSE")],
         may=[E("External Affairs Ministry", "IND"), E("@RashtrapatiBhvn", None)],
         quotes=[Q("Reinforcing support to Palestine. Sushma Swaraj calls on President Mahmoud Abbas", "Gopal Baglay",
                   "External Affairs Ministry", "India")],
         quantities=[],
         times=[T("Tuesday", "2017-05-16"), T("July", "2017-07"), T("2008", "2008"), T("2012", "2012")],
         events=both("PSE", "IND", "04"),
         events_may=both("PSE", "IND", "03", "05") + both("IND", "ISR", "04") + [V("IND", "PSE", "07")]),
    dict(file="r08_reportaz.txt", date="2022-02-05",
         url="https://report.az/en/amp/other-countries/us-un-calls-on-dprk-to-return-to-initial-unconditional-dialogue",
         entities=[UNSC, NK, E("Linda Thomas-Greenfield", "USA", "Thomas-Greenfield"), US, E("Albania", "ALB"),
                   E("Brazil", "BRA"), UK, E("France", "FRA"), E("Ireland", "IRL"), JP, E("Norway", "NOR"),
                   E("United Arab Emirates", "ARE")],
         may=[E("Pyongyang", "PRK"), E("Report", "AZE")],
         quotes=[Q("a significant escalation", None, "Linda Thomas-Greenfield", "United States", "UN Security Council"),
                 Q("We condemn this unlawful action in the strongest terms", "Linda Thomas-Greenfield", "United States"),
                 Q("It also marks a new and troubling record - the nine ballistic missiles launched in January is the largest number of launches the DPRK has conducted in a single month in the history of its WMD and ballistic missile programs",
                   "Linda Thomas-Greenfield", "United States")],
         quantities=[N("Nine UN Security Council members", 9), N("15-nation", 15), N("nine ballistic missiles", 9)],
         times=[T("January 30", "2022-01-30"), T("Friday", "2022-02-04"), T("Sunday", "2022-01-30"),
                T("January", "2022-01"), T("January 20", "2022-01-20")],
         events=[V("USA", "PRK", "11")],
         events_may=[V(c, "PRK", "11") for c in ("ALB", "BRA", "GBR", "FRA", "IRL", "JPN", "NOR", "ARE")]
         + [V(None, "PRK", "11"), V("PRK", None, "13"), V("USA", "PRK", "02")]),
    dict(file="r09_maltatoday.txt", date="2016-08-27",
         url="http://www.maltatoday.com.mt/news/world/68981/un_condemns_north_korea_for_ballistic_missile_tests",
         entities=[UNSC, NK, CN, JP, E("Kim Jong-un", "PRK"), US, E("South Korea", "KOR")],
         may=[E("Pacific", None), E("Northeast Asia", None), E("Korean peninsula", None),
              E("Terminal High Altitude Area Defence", None), E("UN", None)],
         quotes=[Q("significant measures", "UN Security Council"),
                 Q("greatest success", "Kim Jong-un", "North Korea"),
                 Q("within the striking range", "Kim Jong-un", "North Korea"),
                 Q("any new anti-ballistic missile stronghold in Northeast Asia with an excuse of dealing with threats of North Korea's nuclear and missile programmes.",
                   "China")],
         quantities=[N("14 members", 14)],
         times=[T("Friday", "2016-08-26"), T("July", "2016-07"), T("August", "2016-08"), T("Wednesday", "2016-08-24"),
                T("this month", "2016-08")],
         events=[V("CHN", "PRK", "11"), V("CHN", "USA", "11")],
         events_may=[V("CHN", "USA", "12"), V(None, "PRK", "11"), V("PRK", "USA", "13"), V("PRK", "JPN", "13"),
                     V("USA", "PRK", "11"), V("USA", "KOR", "07")]),
    dict(file="r10_radiofarda.txt", date="2018-04-15",
         url="https://en.radiofarda.com/a/several-killed-as-security-forces-clash-along-afghan-pakistan-border/29168875.html",
         entities=[AF, PK, E("Frontier Corps", "PAK"), E("Khost", "AFG"), E("Zazi Maidan", "AFG"),
                   E("Abdul Hanan", "AFG", "Hanan"), E("Pakistani Army", "PAK"), E("Pakistani Taliban", ["PAK", None])],
         may=[E("RFE/RL", "USA"), E("Radio Free Afghanistan", "USA"), E("Reuters", None), E("Islamabad", "PAK")],
         quotes=[Q("First they targeted locals who were trying to stop them from entering our soil, and then they fired mortars on our border police",
                   "Abdul Hanan", "Afghanistan"),
                 Q("routine surveillance", "Pakistan")],
         quantities=[N("two countries", 2), N("six Pakistani paramilitary troops", 6), N("two Pakistani soldiers", 2),
                     N("two other Afghans", 2), N("three locations", 3), N("two paramilitary troops", 2)],
         times=[T("April 15", "2018-04-15")],
         events=both("AFG", "PAK", "19"),
         events_may=both("AFG", "PAK", "18", "11") + [V("PAK", "AFG", "12")]),
    dict(file="r11_newsweekme.txt", date="2016-02-16",
         url="http://newsweekme.com/u-n-peace-envoy-visits-syria-as-ceasefire-plan-struggles/",
         entities=[E("Damascus", "SYR", "DAMASCUS"), E("Staffan de Mistura", None, "de Mistura", "De Mistura"),
                   E("United Nations", None, "U.N."), E("Syria", "SYR"), E("Geneva", "CHE"),
                   E("Walid al Moualem", "SYR"), E("Munich", "DEU"), E("Aleppo", "SYR"), E("Turkey", "TUR")],
         may=[E("Reuters", None), RU],
         quotes=[Q("He will be meeting (Foreign Minister Walid al Moualem) [today]", None, "Syria"),
                 Q("follow up on commitments made in Munich.", None, "United Nations")],
         quantities=[],
         times=[T("Feb 16", "2016-02-16"), T("Tuesday", "2016-02-16"), T("Feb. 25", "2016-02-25"),
                T("today", "2016-02-16"), T("Friday", "2016-02-12")],
         events=[],
         events_may=[V(None, "SYR", "04"), V("SYR", None, "04"), V("TUR", "SYR", "19"), V("RUS", "SYR", "19"),
                     V("RUS", "SYR", "07")] + domestic("SYR", ["19"])),
    dict(file="r12_ironbladeonline.txt", date="2023-06-16",
         url="https://ironbladeonline.com/russia-half-heartedly-acknowledges-retreat-in-southern-ukraine-kyiv-aimed-again/",
         entities=[E("Kiev", "UKR"), E("St. Petersburg", "RUS"), E("Volodymyr Zelensky", "UKR", "Zelensky"), PUTIN,
                   E("Cyril Ramaphosa", "ZAF"), E("Agence France-Presse", "FRA", "AFP"), E("Denis Sasso-Nusso", "COG"),
                   E("Florent Nsipa", "COG"), E("Yoweri Museveni", "UGA"), E("Abdel Fattah al-Sisi", "EGY")],
         may=[UA, RU, E("South Africa", "ZAF"), E("Republic of the Congo", "COG", "Congo"), E("Uganda", "UGA"),
              E("Egypt", "EGY"), E("African initiative", None)],
         quotes=[Q("In times of increasing conflict, the search for a peaceful solution must simultaneously accelerate",
                   "Cyril Ramaphosa", "South Africa"),
                 Q("Conditions for peaceful and constructive discussions are no longer fulfilled", None,
                   "Republic of the Congo"),
                 Q("Likely to weaken the mission of the African initiative", None, "Republic of the Congo")],
         quantities=[N("two countries", 2), N("Four African heads of state", 4), N("Two other heads of state", 2)],
         times=[T("Friday", "2023-06-16"), T("Thursday", "2023-06-15"), T("Wednesday", "2023-06-14")],
         events=[],
         events_may=both("ZAF", "UKR", "04") + both("ZAF", "RUS", "04") + both("RUS", "UKR", "19")
         + [V(None, "UKR", "04"), V(None, "RUS", "04"), V("ZAF", None, "02")]),
    dict(file="r13_expressandstar.txt", date="2018-03-08",
         url="https://www.expressandstar.com/news/world-news/2018/03/08/pacific-rim-countries-sign-sweeping-free-trade-agreement/",
         entities=[E("Santiago", "CHL"), E("Chile", "CHL"), TRUMP, US, TPP,
                   E("Comprehensive and Progressive Trans-Pacific Partnership", None, "CPTPP"), MOTEGI],
         may=[E("Pacific Rim", None), E("Asia-Pacific", None), JP],
         quotes=[Q("Despite the diverse and difficult challenges, the CPTPP is a historic achievement that creates free and fair 21st century rules in the Asia-Pacific region.",
                   "Toshimitsu Motegi", "Japan")],
         quantities=[N("11 Pacific Rim countries", 11), N("11 members", 11)],
         times=[T("last year", "2017")],
         events=[],
         events_may=[V("USA", None, "16"), V("JPN", None, "05"), V("CHL", None, "05"), V(None, None, "05")]),
    dict(file="r14_reuters.txt", date="2017-11-09",
         url="https://uk.reuters.com/article/uk-apec-summit-mexico/agreement-in-meeting-on-tpp-trade-deal-mexican-minister-idUKKBN1D925X",
         entities=[E("Danang", "VNM", "DANANG"), E("Vietnam", "VNM"), TPP, E("Ildefonso Guajardo", "MEX", "Guajardo"),
                   E("Steven Ciobo", "AUS"), E("Canada", "CAN"), E("Malaysia", "MYS"), E("Singapore", "SGP"),
                   E("Peru", "PER"), E("Asia Pacific Economic Cooperation", None, "APEC"), US],
         may=[E("Reuters", None), E("Mexico", "MEX"), AU],
         quotes=[Q("yes", "Ildefonso Guajardo", "Mexico"), Q("very happy", "Ildefonso Guajardo", "Mexico"),
                 Q("very good", "Steven Ciobo", "Australia")],
         quantities=[N("11 countries", 11)],
         times=[T("Thursday", "2017-11-09"), T("Friday", "2017-11-10")],
         events=[],
         events_may=[V("MEX", None, "03"), V("AUS", None, "04"), V("MEX", None, "04"), V(None, None, "03")]),
    dict(file="r15_abc.txt", date="2017-11-11",
         url="https://www.abc.net.au/news/2017-11-11/trans-pacific-partnership-fundamental-deal-reached/9141384",
         entities=[TPP, TRUMP, US, E("Tran Tuan Anh", "VNM", "Mr Anh"), E("Vietnam", "VNM"), E("Da Nang", "VNM"),
                   E("Asia-Pacific Economic Cooperation", None), MOTEGI,
                   E("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", None),
                   E("Justin Trudeau", "CAN")],
         may=[E("Pacific Rim", None), JP, E("Canada", "CAN")],
         quotes=[Q("We have reached an agreement on a number of fundamental parts", "Tran Tuan Anh", "Vietnam"),
                 Q("Through a pragmatic response of the officials involved we could come to an agreement.",
                   "Toshimitsu Motegi", "Japan"),
                 Q("The substance is something all the TPP countries can agree on", "Toshimitsu Motegi", "Japan"),
                 Q("This will send a very strong message to the US and the other countries in the region.",
                   "Toshimitsu Motegi", "Japan")],
         quantities=[N("11 Pacific Rim countries", 11), N("11 countries", 11)],
         times=[T("January", "2017-01")],
         events=[],
         events_may=[V("USA", None, "12"), V("VNM", None, "03"), V("JPN", None, "03"),
                     V(None, None, "03")]),
    dict(file="r16_economictimes.txt", date="2015-07-10",
         url="https://economictimes.indiatimes.com./news/politics-and-nation/pm-narendra-modi-pakistani-counterpart-nawaz-sharif-meet-in-ufa/articleshow/48014019.cms",
         entities=[MODI, E("Nawaz Sharif", "PAK", "Sharif"), PK, E("Ufa", "RUS", "UFA"), SCO,
                   E("Ajit Doval", "IND"), E("S Jaishankar", "IND"), E("Sartaj Aziz", "PAK"), PUTIN, E("BRICS", None),
                   E("Kathmandu", "NPL"), E("SAARC", None)],
         may=[IN, RU],
         quotes=[],
         quantities=[N("two leaders", 2), N("five BRICS countries", 5), N("10 SCO nations", 10), N("two countries", 2)],
         times=[T("today", "2015-07-10"), T("November", "2014-11")],
         events=both("IND", "PAK", "04"),
         events_may=both("IND", "PAK", "03") + [V("RUS", "IND", "04"), V("RUS", "PAK", "04")]),
    dict(file="r17_usmalayali.txt", date="2017-07-07", url="http://usmalayali.com/?p=78727",
         entities=[MODI, XI, MEA, E("BRICS", None), E("Hamburg", "DEU"), E("Sikkim", "IND"), E("G20", None),
                   E("Gopal Baglay", "IND"), CN, IN, E("Dokalam", ["BTN", "CHN", None], "Doka La", "Donglang"),
                   E("Bhutan", "BTN")],
         may=[E("Chinese Army", "CHN")],
         quotes=[Q("At d BRICS leaders' informal gathering @ Hamburg hosted by China, PM @narendramodi and President Xi had a conversation on a range of issues",
                   "Gopal Baglay", "Ministry of External Affairs", "India"),
                 Q("not right", None, "China")],
         quantities=[N("two countries", 2)],
         times=[T("Friday", "2017-07-07")],
         events=both("IND", "CHN", "04"),
         events_may=both("IND", "CHN", "15", "03") + [V("CHN", "BTN", "15")]),
    dict(file="r18_india.txt", date="2019-06-13",
         url="https://www.india.com/news/india/pm-modi-meets-jinping-talks-focus-on-improving-bilateral-relations-3688124/",
         entities=[E("Bishkek", "KGZ"), MODI, XI, SCO, CN, E("Raveesh Kumar", "IND"), MEA, E("Lok Sabha", "IND"),
                   TRUMP, US, E("Huawei", "CHN"), IN, PK],
         may=[E("PMO", "IND"), E("Kyrgyzstan", "KGZ"), E("Generalised System of Preferences", None)],
         quotes=[Q("Deepening friendship with China. PM @narendramodi's first meeting on the sidelines of the SCO Summit is with President Xi Jinping. Both leaders are discussing ways to further strengthen bilateral relations.",
                   "PMO", "India", "Narendra Modi"),
                 Q("Building on the momentum of high-level exchanges, PM @narendramodi had a warm meeting with Chinese President Xi Jinping. Leaders discussed all aspects of enriching our bilateral relations & recognised the positive role of strategic communication in deepening our partnership.",
                   "Raveesh Kumar", "Ministry of External Affairs", "India")],
         quantities=[N("eight-member", 8)],
         times=[T("Thursday", "2019-06-13"), T("May", "2019-05"), T("2017", "2017")],
         events=both("IND", "CHN", "04"),
         events_may=both("IND", "CHN", "03") + both("CHN", "USA", "11") + [V("USA", "CHN", "16"), V("USA", "IND", "16"),
                                                                           V("CHN", "IND", "02")]),
    dict(file="r19_dailybusinessnews.txt", date="2023-05-07",
         url="https://dailybusinessnews.pk/pakistan-afghanistan-agree-on-enhanced-bilateral-cooperation",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), PK, AF, E("Bilawal Bhutto Zardari", "PAK"),
                   E("Amir Khan Muttaqi", "AFG")],
         may=[E("Foreign Office", "PAK"), E("Ministry of Foreign Affairs", "PAK"), CN,
              E("China-Pakistan-Afghanistan Trilateral Foreign Ministers' Dialogue", None)],
         quotes=[],
         quantities=[N("two sides", 2), N("two parties", 2), N("three sides", 3)],
         times=[T("Sunday", "2023-05-07"), T("yesterday", "2023-05-06")],
         events=both("PAK", "AFG", "04"),
         events_may=both("PAK", "AFG", "03", "05") + both("CHN", "PAK", "04") + both("CHN", "AFG", "04")),
    dict(file="r20_technologytimes.txt", date="2017-07-19",
         url="https://technologytimes.pk/2017/07/19/pakistan-to-mechanize-agriculture-by-belarus-cooperation/",
         entities=[E("Islamabad", "PAK"), E("Sardar Sikandar Hayat Khan Bosan", "PAK", "Bosan"), E("Vitaly Vovk", "BLR"),
                   E("Belarus", "BLR"), PK, E("National Academy of Sciences of Belarus", "BLR", "NASB"), E("PARC", "PAK"),
                   E("Minsk", "BLR")],
         may=[E("Joint Belarus - Pakistan Commission on Trade and Economic Cooperation", None),
              E("House of Representatives of Belarus", "BLR"), E("Pakistan - Belarus Agricultural Forum", None)],
         quotes=[],
         quantities=[N("four agreements", 4), N("two sides", 2)],
         times=[T("2015 August", "2015-08"), T("April 2017", "2017-04"), T("August 2017", "2017-08"),
                T("10th August 2015", "2015-08-10")],
         events=both("PAK", "BLR", "04"),
         events_may=both("PAK", "BLR", "03", "05")),
    dict(file="r21_brecorder.txt", date="2021-04-30",
         url="https://www.brecorder.com/news/40089074/hungarian-minister-due-today",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), E("Hungary", "HUN"), E("Peter Szijjarto", "HUN", "Szijjarto"), PK,
                   E("Shah Mahmood Qureshi", "PAK", "Qureshi")],
         may=[E("Foreign Office", "PAK")],
         quotes=[],
         quantities=[N("over 20 leading businessmen", 20), N("two foreign ministers", 2)],
         times=[T("today", "2021-04-30"), T("Friday", "2021-04-30")],
         events=both("HUN", "PAK", "04"),
         events_may=both("HUN", "PAK", "03") + [V("HUN", None, "04")]),
    dict(file="r22_odessajournal.txt", date="2023-02-21",
         url="https://odessa-journal.com/public/index.php/chinese-fm-war-in-ukraine-spiraling-out-of-control",
         entities=[CN, UA, E("Qin Gang", "CHN"), E("Beijing", "CHN"), E("Taiwan", "TWN"), E("Wang Yi", "CHN"),
                   E("Moscow", "RUS")],
         may=[E("CNN", "USA"), E("Xinhua", "CHN"), E("Lanting security conference", None)],
         quotes=[Q("deeply concerned", "Qin Gang", "China"),
                 Q("China is deeply worried about the continuous escalation of the conflict and possibility of the situation spiraling out of control. We urge relevant countries to immediately stop fueling the fire, blaming China, and hyping up the rhetoric 'today Ukraine, tomorrow Taiwan,",
                   "Qin Gang", "China")],
         quantities=[],
         times=[T("Monday", "2023-02-20")],
         events=both("CHN", "RUS", "04"),
         events_may=[V("CHN", None, "02"), V("CHN", None, "11"), V("CHN", "USA", "02"), V("CHN", "USA", "11"),
                     V("CHN", "UKR", "04"), V("RUS", "UKR", "19"), V("UKR", "RUS", "19")]),
    dict(file="r23_dailyexcelsior.txt", date="2017-01-25",
         url="http://www.dailyexcelsior.com/india-a-true-friend-trump-tells-modi-in-first-phone-call-invites-him-to-us/",
         entities=[E("New Delhi", "IND", "NEW DELHI"), TRUMP, MODI, IN, WH, US, E("Canada", "CAN"), E("Mexico", "MEX"),
                   E("Israel", "ISR"), E("Egypt", "EGY"), E("Germany", "DEU"), E("S Jaishankar", "IND", "Dr S Jaishankar"),
                   E("Mike Pence", "USA"), E("Ajit Doval", "IND"), E("Michael Flynn", "USA")],
         may=[E("South and Central Asia", None), E("UN General Assembly", None), E("G-20", None),
              E("Trump Administration", "USA")],
         quotes=[Q("true friend", "Donald Trump", "United States"),
                 Q("President Trump emphasised that the United States considers India a true friend and partner in addressing challenges around the world",
                   "White House", "United States"),
                 Q("President Trump and Prime Minister Modi resolved that the United States and India stand shoulder to shoulder in the global fight against terrorism. President Trump looked forward to hosting Prime Minister Modi in the United States later this year",
                   "White House", "United States")],
         quantities=[N("two leaders", 2), N("two high level contacts", 2)],
         times=[T("this year", "2017"), T("Saturday", "2017-01-21"), T("Sunday", "2017-01-22"),
                T("September", "2017-09"), T("July", "2017-07")],
         events=both("USA", "IND", "04"),
         events_may=both("USA", "IND", "03") + both("USA", "CAN", "04") + both("USA", "MEX", "04")
         + both("USA", "ISR", "04") + both("USA", "EGY", "04") + [V("USA", None, "04")]),
    dict(file="r24_araweelonews.txt", date="2018-04-20",
         url="https://www.araweelonews.com/news-in-english/trump-invites-president-putin-to-white-house/",
         entities=[E("Washington", "USA"), TRUMP, PUTIN, WH, US, RU, E("RIA Novosti", "RUS"),
                   E("Sergei Lavrov", "RUS", "Lavrov"), E("Germany", "DEU"), UK, E("Syria", "SYR"), E("NATO", None)],
         may=[E("Moscow", "RUS"), E("Russian Foreign Ministry", "RUS"), E("ANN", None), E("G-20", None)],
         quotes=[Q("We proceed from the fact that the US president in a telephone conversation...made such an invitation, said he would be glad to see (Putin) in the White House, would then be glad to meet on a reciprocal visit",
                   "Sergei Lavrov", "Russia"),
                 Q("He returned to this topic a couple of times, so we let our American colleagues know that we do not want to impose, but we also do not want to be impolite, and that considering that President Trump made this proposal, we proceed from the position that he will make it concrete",
                   "Sergei Lavrov", "Russia"),
                 Q("I would simply turn your attention to the fact that Donald Trump after this phone conversation has said several times in both Tweets and in words that it is necessary to resolve issues with Russia, we want to have good relations with Russia, this is better than not having good relations, and that only a fool thinks otherwise",
                   "Sergei Lavrov", "Russia"),
                 Q("We also hear this.", "Sergei Lavrov", "Russia")],
         quantities=[],
         times=[T("Friday", "2018-04-20"), T("July", "2017-07")],
         events=both("USA", "RUS", "04"),
         events_may=both("USA", "RUS", "03", "11") + [V("RUS", "GBR", "11"), V("GBR", "RUS", "11")]),
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
