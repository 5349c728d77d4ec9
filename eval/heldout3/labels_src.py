#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Third blind set: 24 real news articles gathered on 2026-11-24 from the `search` tool's stored pages and labelled
by reading them, before any system output existed for them. Conventions: eval/analysis/README.md ("What is
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
UK = E("United Kingdom", "GBR", "Britain", "Great Britain", "UK")
RU = E("Russia", "RUS", "Russian Federation")
CN = E("China", "CHN", "People's Republic of China")
IN = E("India", "IND")
PK = E("Pakistan", "PAK")
SK = E("South Korea", "KOR", "Republic of Korea", "ROK", "Korea")
UNSC = E("UN Security Council", None, "United Nations Security Council", "Security Council", "UNSC")
AP = E("Associated Press", "USA", "AP", "The Associated Press")
TRUMP = E("Donald Trump", "USA", "Donald J. Trump")
LAVROV = E("Sergey Lavrov", "RUS", "Sergei Lavrov", "Lavrov")
SCO = E("Shanghai Cooperation Organisation", None, "Shanghai Cooperation Organization", "SCO")
BILAWAL = E("Bilawal Bhutto Zardari", "PAK", "Bilawal Bhutto-Zardari", "Bilawal")
MEA = E("Ministry of External Affairs", "IND", "External Affairs Ministry", "MEA", "Indian Ministry of External Affairs",
        "Indian foreign ministry")
MEA_SPEAKERS = ("India", "Ministry of External Affairs", "MEA", "Indian foreign ministry")
RU_MFA = E("Russian Foreign Ministry", "RUS", "Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs",
           "Ministry of Foreign Affairs of the Russian Federation", "Foreign Ministry", "foreign ministry")
RU_MFA_SPEAKERS = ("Russian Foreign Ministry", "Russia", "Foreign Ministry", "Ministry of Foreign Affairs of Russia",
                   "Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Russian Federation")
PK_FO = E("Foreign Office", "PAK", "FO", "Pakistan Foreign Office", "Ministry of Foreign Affairs")
HAMAS = E("Hamas", ["PSE", None])
GAZA = E("Gaza Strip", ["PSE", None], "Gaza")
EGYPT = E("Egypt", "EGY", "Arab Republic of Egypt")
QATAR = E("Qatar", "QAT", "State of Qatar")
ISRAEL = E("Israel", "ISR")
AL_THANI = E("Mohammed bin Abdulrahman Al Thani", "QAT", "Sheikh Mohammed bin Abdulrahman Al Thani")
JK = E("Jammu and Kashmir", ["IND", "PAK", None], "J&K", "J&k")
UP = E("UrduPoint News", "PAK", "UrduPoint")
SPUTNIK = E("Sputnik", "RUS")
TWITTER = E("Twitter", "USA")


DOCS = [
    dict(file="m01_news18.txt", date="2023-05-05",
         url="https://www.news18.com/world/pak-fm-bilawal-bhutto-meets-russias-lavrov-on-sidelines-of-sco-meet-in-goa-7725019.html",
         entities=[BILAWAL, LAVROV, E("Goa", "IND"), SCO, IN, PK, E("Hina Rabbani Khar", "PAK"), E("Dawn", "PAK")],
         may=[RU, TWITTER, E("SCO Council of Foreign Ministers", None, "Council of Foreign Ministers")],
         quotes=[Q("assured to work closely for further deepening cooperation", None),
                 Q("On my way to Goa, India", "Bilawal Bhutto Zardari")],
         quantities=[N("two neighbors", 2)],
         times=[T("Thursday", "2023-05-04"), T("2011", "2011")],
         events=both("PAK", "RUS", "04"),
         events_may=both("PAK", "RUS", "03", "05", "01") + both("PAK", "IND", "04") + [V("PAK", None, "04")]),
    dict(file="m02_urdupoint.txt", date="2020-09-10",
         url="https://www.urdupoint.com/en/world/indian-foreign-minister-holds-bilateral-talks-1026156.html",
         entities=[E("Subrahmanyam Jaishankar", "IND", "Jaishankar", "S Jaishankar"), SCO,
                   E("Anurag Srivastava", "IND", "Srivastava"), E("New Delhi", "IND", "NEW DELHI"), LAVROV, RU, UNSC, IN,
                   E("Kyrgyz Republic", "KGZ", "Kyrgyzstan"), E("Tajikistan", "TJK"), E("Chingiz Aidarbekov", "KGZ"),
                   E("Sirodjiddin Muhriddin", "TJK")],
         may=[UP, SPUTNIK, E("Council of Foreign Ministers", None, "CFM"), E("Far East", "RUS", "Russia's Far East"), MEA],
         quotes=[Q("On the sidelines of the [meeting of Council of Foreign Ministers] CFM", "Anurag Srivastava", *MEA_SPEAKERS),
                 Q("he had fruitful bilateral meetings earlier yesterday", "Anurag Srivastava", *MEA_SPEAKERS)],
         quantities=[N("two ministers", 2)],
         times=[T("Thursday", "2020-09-10"), T("10th September, 2020", "2020-09-10"), T("Wednesday", "2020-09-09"),
                T("yesterday", "2020-09-09")],
         events=both("IND", "RUS", "04") + both("IND", "KGZ", "04") + both("IND", "TJK", "04"),
         events_may=both("IND", "RUS", "03", "05") + both("IND", "KGZ", "03", "05") + both("IND", "TJK", "03", "05")
         + [V("IND", None, "04"), V(None, "IND", "04")]),
    dict(file="m03_nation.txt", date="2023-05-08",
         url="https://www.nation.com.pk/08-May-2023/pak-afghan-fms-pledge-anti-terrorism-coordination",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), BILAWAL, PK, CN, E("Afghanistan", "AFG")],
         may=[PK_FO, E("China-Pak-Afghan Trilateral FMs dialogue", None)],
         quotes=[Q("The foreign ministers reaffirmed their desire", "Foreign Office", "Pakistan", "FO"),
                 Q("Pakistan is committed to enhance bilateral relations", "Bilawal Bhutto Zardari"),
                 Q("We held productive discussions on political engagement", "Bilawal Bhutto Zardari"),
                 Q("I look forward to constructive engagement under a trilateral process", "Bilawal Bhutto Zardari")],
         quantities=[N("two sides", 2), N("three countries", 3)],
         times=[],
         events=both("PAK", "AFG", "04") + both("PAK", "CHN", "04"),
         events_may=both("PAK", "AFG", "03", "05", "01") + both("CHN", "AFG", "04") + both("PAK", "CHN", "03")
         + [V("PAK", None, "04"), V("PAK", None, "03")]),
    dict(file="m04_thequint.txt", date="2023-03-26",
         url="https://www.thequint.com/news/india/attack-on-indian-mission-by-separatist-elements-india-summons-canada-envoy",
         entities=[E("Canada", "CAN"), E("Ottawa", "CAN"), UK, US, IN, E("London", "GBR"), E("San Francisco", "USA")],
         may=[MEA, E("Canadian Government", "CAN"), E("Khalistan", None)],
         quotes=[Q("to convey our strong concern about the actions of separatist", *MEA_SPEAKERS),
                 Q("It is expected that the Canadian Government will take all steps", *MEA_SPEAKERS),
                 Q("how such elements were allowed, in the presence of police", *MEA_SPEAKERS)],
         quantities=[],
         times=[T("Saturday", "2023-03-25"), T("25 March", "2023-03-25"), T("Sunday", "2023-03-26")],
         events=[V("IND", "CAN", "11"), V("IND", "GBR", "11"), V("IND", "USA", "11")],
         events_may=[V("IND", "CAN", r) for r in ("04", "02", "10", "01")]
         + [V("IND", "GBR", "04"), V("IND", "USA", "04"), V("IND", None, "11")]),
    dict(file="m05_timesofislamabad.txt", date="2022-03-31", url="https://timesofislamabad.com/?p=74822",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), PK, US, E("ARY News", "PAK"),
                   E("National Security Committee", "PAK", "NSC"), E("Moeed Yusuf", "PAK")],
         may=[PK_FO, E("Joint Chiefs of Staff Committee", "PAK"), E("Ministry of Foreign Affairs", "PAK")],
         quotes=[Q("blatant interference in the internal affairs of Pakistan", "National Security Committee", "Pakistan",
                   "NSC")],
         quantities=[],
         times=[T("Thursday", "2022-03-31")],
         events=[V("PAK", "USA", "11")],
         events_may=[V("PAK", "USA", r) for r in ("04", "10", "12", "13", "02")]
         + [V("USA", "PAK", r) for r in ("13", "11")] + [V("PAK", None, "11"), V("PAK", None, "13")]),
    dict(file="m06_urdupoint.txt", date="2022-04-05",
         url="https://www.urdupoint.com/en/world/russian-foreign-ministry-summoned-czech-ambas-1492673.html",
         entities=[E("Moscow", "RUS", "MOSCOW"), E("Czech Republic", "CZE", "Czechia"), RU,
                   E("Vitezslav Pivonka", "CZE", "Vítězslav Pivonka", "Pivonka"), E("Prague", "CZE"), E("Ukraine", "UKR")],
         may=[UP, SPUTNIK, RU_MFA, TWITTER, E("Czech Foreign Ministry", "CZE"),
              E("Russian Embassy", "RUS", "Russian Embassy in Prague")],
         quotes=[Q("the Ambassador of the Czech Republic to the Russian Federation", *RU_MFA_SPEAKERS),
                 Q("It is emphasized that this another hostile step", *RU_MFA_SPEAKERS),
                 Q("circle of accomplices", "Czech Foreign Ministry", "Czech Republic"),
                 Q("The ambassador was informed that this defiant trick", *RU_MFA_SPEAKERS)],
         quantities=[],
         times=[T("05th April, 2022", "2022-04-05"), T("April 4", "2022-04-04"), T("March 29", "2022-03-29"),
                T("this year", "2022"), T("Saturday", "2022-04-02")],
         events=[V("RUS", "CZE", "11"), V("CZE", "RUS", "16"), V("RUS", "CZE", "13")],
         events_may=[V("RUS", "CZE", r) for r in ("04", "12", "10", "01", "16")]
         + [V("CZE", "RUS", r) for r in ("02", "11", "01", "04")] + [V("RUS", None, "11")]),
    dict(file="m07_belsat.txt", date="2018-03-30",
         url="https://naviny.belsat.eu/en/news/diplomatic-war-in-full-swing-russia-expels-diplomats/",
         entities=[RU, US, E("St Petersburg", "RUS", "St. Petersburg"), E("Jon Huntsman", "USA"),
                   E("Sergey Ryabkov", "RUS", "Sergei Ryabkov"), LAVROV, E("Heather Nauert", "USA"),
                   E("U.S. Department of State", "USA", "Department of State", "State Department",
                     "US Department of State"),
                   UK, E("Sergei Skripal", ["RUS", "GBR"]), E("Yuliya", ["RUS", "GBR"], "Yuliya Skripal"),
                   E("Salisbury", "GBR")],
         may=[E("US Consulate General in St Petersburg", "USA", "US Consulate General"), E("Europe", None),
              E("England", "GBR"), E("Novichok", None)],
         quotes=[Q("We will retaliate in kind, but there will be more", "Sergey Lavrov", "Russia"),
                 Q("I want to remind you that there is no justification for the Russian response", "Heather Nauert",
                   "United States", "U.S. Department of State")],
         quantities=[N("60 U.S. diplomats", 60), N("Twenty-eight countries", 28), N("153 Russian spies", 153),
                     N("152 Russian diplomats", 152)],
         times=[T("March 29", "2018-03-29"), T("Thursday", "2018-03-29"), T("March 4", "2018-03-04")],
         events=[V("RUS", "USA", "16"), V("USA", "RUS", "16")],
         events_may=[V("RUS", "USA", r) for r in ("13", "04", "11", "12")]
         + [V("USA", "RUS", r) for r in ("11", "12", "04")]
         + [V("RUS", None, "16"), V(None, "RUS", "16"), V("RUS", "GBR", "18"), V("RUS", "GBR", "16"),
            V("GBR", "RUS", "16"), V("RUS", None, "13")]),
    dict(file="m08_cbslocal.txt", date="2017-09-20",
         url="https://newyork.cbslocal.com/2017/09/20/mexico-earthquake-death-toll/",
         entities=[E("Mexico", "MEX"), E("Mexico City", "MEX", "MEXICO CITY"), E("CBS News", "USA"),
                   E("Chris Martinez", "USA"), E("Alex Osorio", "MEX", "Osorio")],
         may=[E("CBSNewYork", "USA")],
         quotes=[Q("They were making noise with metal", "Alex Osorio")],
         quantities=[N("Above 200", 200), N("At least 230 people", 230), N("7.1", 7.1), N("more than 50 people", 50),
                     N("at least 21 students", 21), N("four teachers", 4), N("four people", 4)],
         times=[T("Wednesday", "2017-09-20"), T("1985", "1985")],
         events=[],
         events_may=[]),
    dict(file="m09_dailypakistan.txt", date="2023-12-21",
         url="https://en.dailypakistan.com.pk/21-Dec-2023/india-s-ex-minister-wife-face-three-years-in-prison-for-corruption",
         entities=[E("Chennai", "IND", "CHENNAI"), E("Tamil Nadu", "IND"), E("G Jayachandran", "IND", "Jayachandran"),
                   E("K Ponmudy", "IND", "Ponmudy"),
                   E("Directorate of Vigilance and Anti-Corruption", "IND", "DVAC"),
                   E("Dravida Munnetra Kazhagam", "IND", "DMK"), E("Villupuram", "IND")],
         may=[IN, E("High court", "IND", "High Court", "Madras High Court")],
         quotes=[],
         quantities=[N("INR 5 million", 5000000, "INR")],
         times=[T("Thursday", "2023-12-21"), T("2011", "2011"), T("2006", "2006"), T("2016", "2016"),
                T("Tuesday", "2023-12-19"), T("2017", "2017")],
         events=[],
         events_may=domestic("IND", ("17", "11"))),
    dict(file="m10_daylightreporters.txt", date="2020-12-21", url="https://daylightreporters.com/?p=21432",
         entities=[E("Malaysia", "MYS"), E("Kuala Lumpur", "MYS"), E("Tengku Adnan Mansor", "MYS", "Tengku Adnan", "Tengku"),
                   E("United Malays National Organisation", "MYS", "UMNO"), E("Lim Guan Eng", "MYS", "Lim"),
                   E("Penang Island", "MYS"), E("Penang", "MYS"), E("Najib Razak", "MYS", "Najib"), E("1MDB", "MYS")],
         may=[E("High Court", "MYS")],
         quotes=[],
         quantities=[N("2 million ringgit", 2000000, "MYR"), N("493,000 dollars", 493000, "USD"),
                     N("four other trials", 4)],
         times=[T("Monday", "2020-12-21"), T("2016", "2016"), T("June 2021", "2021-06"), T("2018", "2018"),
                T("this year", "2020")],
         events=[],
         events_may=domestic("MYS", ("17", "11"))),
    dict(file="m11_kashmirreader.txt", date="2020-07-29",
         url="https://kashmirreader.com/2020/07/29/infiltrating-militant-steps-on-landmine-dies-in-nowshehra/",
         entities=[E("Jammu", ["IND", None]), E("Kalal", ["IND", None]), E("Nowshehra", ["IND", None], "Nowshera"),
                   E("Rajouri", ["IND", None]), E("Samhani Bagsar", ["PAK", "IND", None])],
         may=[E("LoC", None, "Line of Control")],
         quotes=[Q("The movement was well intercepted", None),
                 Q("The body of the killed militant was taken along", None),
                 Q("Since the incident, searches are going on", None)],
         quantities=[N("five militants", 5), N("four associates", 4)],
         times=[T("Tuesday", "2020-07-28")],
         events=[],
         events_may=domestic("IND", ("19", "18")) + [V(None, "IND", "19"), V(None, "IND", "18"), V("PAK", "IND", "18"),
                                                    V("PAK", "IND", "19")]),
    dict(file="m12_kashmirpatriot.txt", date="2018-08-04", url="https://kashmirpatriot.com/?p=13404",
         entities=[E("Srinagar", ["IND", None], "SRINAGAR"), E("Kiloora", ["IND", None]),
                   E("Shopian", ["IND", None], "District Shopian")],
         may=[],
         quotes=[Q("The fire was retaliated thereby establishing contact", None)],
         quantities=[N("five militants", 5), N("one civilian", 1)],
         times=[T("today", "2018-08-04"), T("yesterday", "2018-08-03")],
         events=[],
         events_may=domestic("IND", ("19", "18")) + [V(None, "IND", "19"), V(None, "IND", "18")]),
    dict(file="m13_eastcoastdaily.txt", date="2020-10-28",
         url="https://www.eastcoastdaily.in/2020/10/28/two-unidentified-militants-were-killed-by-security-forces-in-jk.html",
         entities=[JK, E("Budgam", ["IND", None]), E("Moachwah", ["IND", None]), E("Chadoora", ["IND", None]),
                   E("Jaish-e-Mohammed", ["PAK", None], "JeM")],
         may=[],
         quotes=[],
         quantities=[N("Two unidentified militants", 2), N("Two militants", 2)],
         times=[T("Tuesday", "2020-10-27")],
         events=[],
         events_may=domestic("IND", ("19", "18")) + [V(None, "IND", "19"), V(None, "IND", "18"), V("IND", "PAK", "19")]),
    dict(file="m14_localnewswave.txt", date="2025-08-18", url="https://www.localnewswave.com/article/1009990647091130368",
         entities=[E("Bader Abdelattay", "EGY", "Abdelattay", "Badr Abdelatty", "Abdelatty"), AL_THANI,
                   E("Cairo", "EGY"), ISRAEL, HAMAS, E("Khalil al-Hayyah", "PSE"), GAZA,
                   E("Mohammad Mustafa", "PSE"), US, AP],
         may=[EGYPT, QATAR, E("Palestine", "PSE", "Palestinian Authority"), E("Health Ministry", "PSE", "Gaza's Health Ministry"),
              E("Rafah crossing", ["EGY", "PSE", None], "Rafah")],
         quotes=[Q("to consolidate our existing common efforts", "Bader Abdelattay", "Egypt"),
                 Q("exerting extensive efforts", "Bader Abdelattay", "Egypt")],
         quantities=[N("two sides", 2), N("62,000", 62000), N("Two Arab officials", 2), N("10,000 policemen", 10000)],
         times=[T("Monday", "2025-08-18"), T("this month", "2025-08")],
         events=both("EGY", "QAT", "04"),
         events_may=both("EGY", "QAT", "03", "05") + both("EGY", "PSE", "04") + both("QAT", "PSE", "04")
         + [V("EGY", "ISR", r) for r in ("02", "10", "04")] + [V("QAT", "ISR", r) for r in ("02", "10")]
         + [V("EGY", "PSE", r) for r in ("02", "10", "07", "06", "05")] + [V("PSE", "EGY", "05"), V("PSE", "QAT", "05"),
                                                                          V("PSE", None, "05"), V("ISR", "PSE", "19"),
                                                                          V("ISR", "PSE", "18"), V("USA", None, "03")]),
    dict(file="m15_timesofisrael.txt", date="2023-11-09",
         url="https://www.timesofisrael.com/liveblog_entry/egypts-sissi-hosts-qatar-leader-for-gaza-ceasefire-talks/",
         entities=[E("Abdel-Fattah el-Sissi", "EGY", "Sissi", "Abdel Fattah el-Sisi", "el-Sissi"),
                   E("Tamim bin Hamad Al-Thani", "QAT", "Sheikh Tamim bin Hamad Al-Thani", "Sheikh Tamim", "Tamim"),
                   EGYPT, QATAR, ISRAEL, HAMAS, E("Cairo", "EGY"), GAZA, E("Saudi Arabia", "SAU"),
                   E("Ismail Haniyeh", "PSE", "Haniyeh"), E("Abbas Kamel", "EGY")],
         may=[E("Egyptian presidency", "EGY"), E("Palestine", "PSE")],
         quotes=[Q("discussed the Israeli military escalation in the Gaza Strip", "Egypt", "Egyptian presidency",
                   "Abdel-Fattah el-Sissi"),
                 Q("The two leaders discussed the best ways to protect innocent civilians", "Egypt", "Egyptian presidency",
                   "Abdel-Fattah el-Sissi"),
                 Q("They reviewed the intensive efforts aimed at achieving a ceasefire", "Egypt", "Egyptian presidency",
                   "Abdel-Fattah el-Sissi"),
                 Q("for discussions on the current situation in the Gaza Strip", "Hamas", "Ismail Haniyeh")],
         quantities=[N("two leaders", 2), N("239 hostages", 239), N("two women", 2)],
         times=[T("October 7", "2023-10-07"), T("Saturday", "2023-11-11"), T("Thursday", "2023-11-09"),
                T("October", "2023-10")],
         events=both("EGY", "QAT", "04"),
         events_may=both("EGY", "QAT", "03", "05") + both("EGY", "PSE", "04") + both("QAT", "PSE", "04")
         + [V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V("PSE", "ISR", "19"), V("PSE", "ISR", "18"),
            V("ISR", None, "12"), V(None, "ISR", "02"), V("EGY", "ISR", "11"), V("EGY", "ISR", "02"),
            V("QAT", "ISR", "02"), V("SAU", None, "04")]),
    dict(file="m16_newsx.txt", date="2025-07-26",
         url="https://www.newsx.com/world/qatar-egypt-gaza-ceasefire-talks-israel-hamas-hostage-deal-29928/",
         entities=[QATAR, EGYPT, GAZA, US],
         may=[E("Qatari Ministry of Foreign Affairs", "QAT", "Ministry of Foreign Affairs", "Qatari Foreign Ministry")],
         quotes=[Q("to reach an agreement that brings an end to the war", "Qatar", "Egypt",
                   "Qatari Ministry of Foreign Affairs"),
                 Q("Some progress has been achieved during the most recent intensive round", "Qatar", "Egypt",
                   "Qatari Ministry of Foreign Affairs"),
                 Q("with a view to holding consultations before resuming dialogue", "Qatar", "Egypt",
                   "Qatari Ministry of Foreign Affairs"),
                 Q("The two states call for refraining from being swayed by leaks", "Qatar", "Egypt",
                   "Qatari Ministry of Foreign Affairs"),
                 Q("do not reflect reality and originate from parties uninformed", "Qatar", "Egypt",
                   "Qatari Ministry of Foreign Affairs")],
         quantities=[N("two nations", 2), N("two states", 2)],
         times=[T("Friday", "2025-07-25")],
         events=[],
         events_may=both("QAT", "EGY", "03", "05", "04") + [V("QAT", None, "02"), V("EGY", None, "02"),
                                                           V("QAT", None, "12"), V("EGY", None, "12"),
                                                           V("USA", None, "16"), V("QAT", None, "03"),
                                                           V("EGY", None, "03")]),
    dict(file="m17_daijiworld.txt", date="2025-10-08", url="https://daijiworld.com/news/newsDisplay?newsID=1294564",
         entities=[E("Cairo", "EGY"), QATAR, E("Turkey", "TUR", "Türkiye"), E("Sharm El Sheikh", "EGY"), EGYPT, HAMAS,
                   ISRAEL, AL_THANI, E("Majed al-Ansari", "QAT"), E("Ibrahim Kalin", "TUR"),
                   E("National Intelligence Organization", "TUR", "MIT"), GAZA, TRUMP, US, E("White House", "USA"),
                   E("Benjamin Netanyahu", "ISR", "Netanyahu"), E("Abdel-Fattah al-Sisi", "EGY", "Sisi", "el-Sissi"),
                   E("Emmanuel Macron", "FRA")],
         may=[E("Ankara", "TUR"), E("Red Sea", None), E("France", "FRA"),
              E("Foreign Ministry", "QAT", "Qatari Foreign Ministry")],
         quotes=[],
         quantities=[N("20-point proposal", 20)],
         times=[T("Oct 8", "2025-10-08"), T("Wednesday", "2025-10-08"), T("Monday", "2025-10-06"),
                T("September", "2025-09"), T("Tuesday", "2025-10-07")],
         events=both("USA", "ISR", "04") + both("EGY", "FRA", "04"),
         events_may=both("QAT", "EGY", "04") + both("TUR", "EGY", "04") + both("QAT", "TUR", "04")
         + both("EGY", "FRA", "03", "05") + both("USA", "ISR", "03", "05")
         + [V("USA", None, "03"), V("USA", "PSE", "03"), V("USA", "ISR", "03"), V("PSE", None, "12"),
            V("EGY", "ISR", "02"), V("QAT", "ISR", "02"), V("EGY", "PSE", "02"), V("QAT", "PSE", "02"),
            V("EGY", "ISR", "04"), V("EGY", "PSE", "04"), V("QAT", "ISR", "04"), V("QAT", "PSE", "04"),
            V("TUR", "ISR", "04"), V("TUR", "PSE", "04")]),
    dict(file="m18_mediainfotainment.txt", date="2024-07-05",
         url="https://www.mediainfotainment.com/news/uk-election-results-400-paar-for-labour-party-as-it-achieves-resounding-victory-against-sunak-s-conservatives-nwid-1795.html",
         entities=[UK, E("Labour Party", "GBR", "Labour"), E("Conservative Party", "GBR", "Conservatives", "Conservatives Party"),
                   E("Rishi Sunak", "GBR", "Sunak"), E("Keir Starmer", "GBR"),
                   E("Scottish National Party", "GBR", "SNP"), E("Liberal Democrats", "GBR"), E("Reform UK", "GBR"),
                   E("Plaid Cymru", "GBR"), E("Greens", "GBR", "Green Party"), E("House of Commons", "GBR")],
         may=[E("SF", ["GBR", "IRL"], "Sinn Fein", "Sinn Féin")],
         quotes=[],
         quantities=[N("400", 400), N("410 seats", 410), N("326 seats", 326), N("117 seats", 117), N("8 seats", 8),
                     N("70 seats", 70), N("Seven chairs", 7), N("26 seats", 26), N("650-seat", 650),
                     N("131 seats", 131)],
         times=[T("Friday", "2024-07-05"), T("Thursday", "2024-07-04")],
         events=[],
         events_may=domestic("GBR", ("01", "02", "05"))),
    dict(file="m19_dynamokiev.txt", date="2023-12-09",
         url="https://dynamo.kiev.ua/en/news/533223-yuriy-maksymov-a-coach-must-win-every-match-thats-the-task-at-hand-but-it-doesnt-happen-that-way",
         entities=[E("Yuriy Maksymov", "UKR", "Yurii Maksymov", "Maksymov"), E("Dnipro-1", "UKR"),
                   E("Zhytomyr", "UKR"), E("Polissia", "UKR"), E("Ukrainian Premier League", "UKR")],
         may=[E("Ukraine", "UKR")],
         quotes=[Q("A coach must win every match", "Yuriy Maksymov"),
                 Q("The score is the score, but the guys played well", "Yuriy Maksymov")],
         quantities=[],
         times=[T("yesterday", "2023-12-08"), T("Today", "2023-12-08", "2023-12-09"),
                T("today", "2023-12-08", "2023-12-09")],
         events=[],
         events_may=[]),
    dict(file="m20_aydar.txt", date="2023-04-26",
         url="https://aydar.site/user/register?destination=/comment/reply/node/881/comment%23comment-form",
         entities=[E("Washington", "USA", "WASHINGTON"), E("Joe Biden", "USA", "Biden"), E("Jill Biden", "USA"),
                   E("Yoon Suk Yeol", "KOR", "Yoon"), E("Kim Keon Hee", "KOR"), E("White House", "USA"), US, SK,
                   E("Korean-American Children's Choir", "USA"), E("New Jersey", "USA")],
         may=[E("South Lawn", "USA", "White House South Lawn"), E("Bidens", "USA")],
         quotes=[Q("It's an unbreakable bond, forged in bravery", "Joe Biden"),
                 Q("with pride, with joy", "Yoon Suk Yeol")],
         quantities=[N("two nations", 2), N("two countries", 2), N("more than 54,000 American lives", 54000),
                     N("nearly 7,000 guests", 7000), N("21-gun salute", 21)],
         times=[T("Wednesday", "2023-04-26")],
         events=both("USA", "KOR", "04"),
         events_may=both("USA", "KOR", "03", "05", "01") + [V("KOR", None, "04"), V("USA", None, "04")]),
    dict(file="m21_dailynewsegypt.txt", date="2015-08-04",
         url="https://dailynewsegypt.com/2015/08/04/toyotas-quarterly-profits-jump",
         entities=[E("Toyota Motor Corporation", "JPN", "Toyota", "Toyota Motor Corp."),
                   E("Tetsuya Otake", "JPN", "Otake")],
         may=[E("Japan", "JPN")],
         quotes=[Q("Favorable foreign exchange rates and cost reduction efforts", "Tetsuya Otake",
                   "Toyota Motor Corporation"),
                 Q("But increased expenses to support initiatives", "Tetsuya Otake", "Toyota Motor Corporation"),
                 Q("in consideration of the latest sales trends worldwide", "Toyota Motor Corporation", "Tetsuya Otake")],
         quantities=[N("10 percent", 10, "%"), N("587.7 billion yen", 587.7e9, "JPY"), N("$5.2 billion", 5.2e9, "USD"),
                     N("4.8 billion euros", 4.8e9, "EUR"), N("9.3 percent", 9.3, "%"),
                     N("6.98 trillion yen", 6.98e12, "JPY"), N("2,114,000 units", 2114000),
                     N("more than 127,000 cars", 127000), N("8.9 million units", 8.9e6),
                     N("8.95 million cars", 8.95e6)],
         times=[T("Tuesday", "2015-08-04"), T("June", "2015-06"), T("March", "2016-03", "2015-03")],
         events=[],
         events_may=[]),
    dict(file="m22_vidosviral.txt", date="2018-08-31",
         url="https://vidosviral.blogspot.com/2018/08/australian-pm-resigns-from-parliament.html",
         entities=[E("Australia", "AUS"), E("Malcolm Turnbull", "AUS", "Turnbull", "Malcolm"),
                   E("Scott Morrison", "AUS", "Morrison"), E("Senate", "AUS"),
                   E("Liberal-National coalition", "AUS"), E("Labor party", "AUS", "Labor", "Labour", "Labor Party"),
                   E("Liberal party", "AUS", "Liberal Party"), E("Jakarta", "IDN"), E("Lucy", "AUS", "Lucy Turnbull")],
         may=[E("Indonesia", "IDN")],
         quotes=[Q("The speaker of the house of parliament received a resignation letter", None),
                 Q("I just want to send to my friend Malcolm", "Scott Morrison")],
         quantities=[N("one-seat", 1)],
         times=[T("Friday", "2018-08-31"), T("May 2019", "2019-05"), T("September 10", "2018-09-10"),
                T("September", "2018-09"), T("this year", "2018")],
         events=both("AUS", "IDN", "04"),
         events_may=both("AUS", "IDN", "03", "05") + domestic("AUS", ("01", "02", "04"))),
    dict(file="m23_industrybuzz.txt", date="2021-11-25",
         url="https://industry-buzz.com/prime-minister-of-sweden-resigns-hours-after-election/",
         entities=[E("Sweden", "SWE"), E("Magdalena Andersson", "SWE", "Andersson"), E("Centre Party", "SWE"),
                   E("Moderates", "SWE"), E("Sweden Democrats", "SWE"), E("Greens Party", "SWE", "Greens", "Green Party"),
                   E("Per Bolund", "SWE", "Bolund"), E("Social Democrats", "SWE"),
                   E("Carl XVI Gustaf", "SWE", "King Carl XVI Gustaf")],
         may=[E("Left", "SWE", "Left Party")],
         quotes=[Q("historic budget, drafted for the first time with the far-right", "Per Bolund"),
                 Q("butchering the environmental budget", "Per Bolund"),
                 Q("There is a constitutional practice that a coalition government should resign", "Magdalena Andersson"),
                 Q("I don't want to lead a government whose legitimacy will be questioned", "Magdalena Andersson")],
         quantities=[],
         times=[T("Wednesday", "2021-11-24"), T("Friday", "2021-11-26")],
         events=[],
         events_may=domestic("SWE", ("12", "11", "01", "16"))),
    dict(file="m24_physiciansweekly.txt", date="2018-08-06", url="https://physiciansweekly.com/?p=92539",
         entities=[E("Goma", "COD", "GOMA"), E("Congo", "COD", "Democratic Republic of Congo", "DR Congo"),
                   E("Beni", "COD"), E("Merck", "USA"), E("Kinshasa", "COD")],
         may=[E("Reuters", "GBR"), E("Uganda", "UGA"), E("health ministry", "COD", "Ministry of Health")],
         quotes=[Q("The cold chain for the vaccinations arrived in Beni", "Congo", "health ministry"),
                 Q("Twelve teams of vaccinators will be deployed", "Congo", "health ministry")],
         quantities=[N("43 people", 43), N("43 suspected cases", 43), N("16", 16), N("three new cases", 3),
                     N("four new deaths", 4), N("more than 30", 30), N("2,500 miles", 2500, "mi"),
                     N("Twelve teams", 12), N("More than 3,000 doses", 3000)],
         times=[T("Monday", "2018-08-06"), T("sixth of August", "2018-08-06")],
         events=[],
         events_may=[]),
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
