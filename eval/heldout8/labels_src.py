#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Eighth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout7/README.md and this folder's
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
TRUMP = E("Donald Trump", "USA", "Trump", "President Trump", "Mr. Trump", "President Donald Trump")
PUTIN = E("Vladimir Putin", "RUS", "Putin")
XI = E("Xi Jinping", "CHN", "Xi", "President Xi Jinping")
MODI = E("Narendra Modi", "IND", "Modi", "Prime Minister Modi", "Prime Minister Narendra Modi")
QURESHI = E("Shah Mahmood Qureshi", "PAK", "Qureshi", "Makhdoom Shah Mahmood Qureshi")
BAJWA = E("Qamar Javed Bajwa", "PAK", "General Qamar Javed Bajwa")
PENCE = E("Mike Pence", "USA", "Pence")
KAGAME = E("Paul Kagame", "RWA", "Kagame", "President Kagame")
BIRLA = E("Om Birla", "IND", "Birla")
LOKSABHA = E("Lok Sabha", "IND", "LS")
ISPR = E("Inter-Services Public Relations", "PAK", "ISPR")
ICRC = E("International Committee of the Red Cross", None, "ICRC")
UN = E("United Nations", None, "UN")
TWITTER = E("Twitter", "USA")
COAS = E("COAS", "PAK")
TALIBAN = E("Taliban", ["AFG", None])
KASHMIR = E("Kashmir", ["IND", "PAK", None])
GAZA = E("Gaza", ["PSE", None])
CMC = E("Central Military Commission", "CHN", "CMC")
VN = E("Vietnam", "VNM")
RW = E("Rwanda", "RWA")


DOCS = [
    dict(file="s01_dnanews.txt", date="2021-09-23",
         url="https://dnanews.com.pk/foreign-minister-discusses-the-humanitarian-situation-in-afghanistan-with-the-president-of-icrc/?utm_source=rss&utm_medium=rss&utm_campaign=foreign-minister-discusses-the-humanitarian-situation-in-afghanistan-with-the-president-of-icrc",
         entities=[E("Islamabad", "PAK"), QURESHI, E("Peter Maurer", ["CHE", None]), ICRC,
                   E("UN General Assembly", None), E("New York", "USA"), AF, PK],
         may=[UN],
         quotes=[],
         quantities=[],
         times=[T("23 September 2021", "2021-09-23")],
         events=[],
         events_may=[V("PAK", None, "04"), V(None, "PAK", "04"), V("PAK", "AFG", "07"), V("PAK", None, "02"),
                     V("PAK", "AFG", "03")]),
    dict(file="s02_brecorder.txt", date="2021-09-09", url="https://brecorder.com/news/amp/40119100",
         entities=[PK, AF, E("Kabul", "AFG"), E("Mansoor Ahmad Khan", "PAK", "Ambassador Khan", "Khan"),
                   E("Haji Omer Sahib", "AFG"), E("Kandhar", "AFG"), E("Khost", "AFG"), E("Herat", "AFG"),
                   CN, E("Iran", "IRN"), E("Tajikistan", "TJK"), E("Turkmenistan", "TKM"), E("Uzbekistan", "UZB"),
                   QURESHI],
         may=[E("Islamabad", "PAK"), E("Pakistan's Embassy in Afghanistan", "PAK"), E("Ministry of Public Health", "AFG"),
              E("Foreign Office", "PAK", "FO"), E("Foreign Ministers' Meeting", None)],
         quotes=[Q("First tranche of 30 tonnes comprising wheat flour, cooking oil and medicines has been flown into Kabul and handed over to the concerned Afghan authorities",
                   "Pakistan", "Pakistan's Embassy in Afghanistan"),
                 Q("In the coming days, Pakistan will continue to deliver plane-loads and truck-loads of relief assistance to other Afghan cities including Kandhar, Khost and Herat",
                   "Pakistan", "Pakistan's Embassy in Afghanistan"),
                 Q("through this testing time and realise its full potential", "Shah Mahmood Qureshi", "Pakistan")],
         quantities=[N("30 tonnes", 30, "t")],
         times=[T("Thursday", "2021-09-09"), T("Wednesday", "2021-09-08")],
         events=[V("PAK", "AFG", "07")],
         events_may=[V("PAK", "AFG", "03"), V("PAK", None, "02")] + both("PAK", "CHN", "04") + both("PAK", "IRN", "04")
         + both("PAK", "TJK", "04") + both("PAK", "TKM", "04") + both("PAK", "UZB", "04") + [V("PAK", None, "04")]),
    dict(file="s03_dnd.txt", date="2021-09-13",
         url="https://dnd.com.pk/qureshi-calls-for-worlds-sustained-engagement-with-afghanistan/253571",
         entities=[QURESHI, AF, E("Islamabad", "PAK", "ISLAMABAD"), PK, E("Geneva", "CHE"), UN,
                   E("António Guterres", ["PRT", None], "Antonio Guterres"), E("OCHA", None), E("UNICEF", None),
                   E("WFP", None), E("UNFPA", None), E("UNHCR", None), ICRC, E("Switzerland", "CHE"),
                   E("Qatar", "QAT"), E("Germany", "DEU"), UK, US, E("Turkey", "TUR"), E("France", "FRA")],
         may=[E("High-level Ministerial Meeting on the Humanitarian Situation in Afghanistan", None)],
         quotes=[],
         quantities=[N("more than three million Afghan refugees", 3000000)],
         times=[T("Monday", "2021-09-13")],
         events=[],
         events_may=[V("PAK", "AFG", "07"), V("PAK", "AFG", "03"), V("PAK", None, "02"), V("PAK", None, "04"),
                     V(None, "AFG", "07")]),
    dict(file="s04_naaju.txt", date="2019-04-06", url="https://naaju.com/trumps-threats-often-fall-short",
         entities=[E("Washington", "USA", "WASHINGTON"), TRUMP, E("Mexico", "MEX"), US, E("Congress", "USA"),
                   E("Calexico", "USA"), E("California", "USA"), E("Canada", "CAN"), E("USMCA", None, "CAMA")],
         may=[E("Central America", None), TWITTER],
         quotes=[Q("I have never changed my mind at all. I may close it at some point, but I prefer to do the tariffs",
                   "Donald Trump", "United States"),
                 Q("If, for some reason, Mexico stops apprehending and bringing the illegals back to their place of origin, the United States will be forced to charge 25% of all cars manufactured in Mexico and shipped by the border. If that does not work, what will happen, I will close the border",
                   "Donald Trump", "United States"),
                 Q("This will replace USMCA", "Donald Trump", "United States")],
         quantities=[N("three times", 3), N("25%", 25, "%")],
         times=[T("October", "2018-10"), T("November", "2018-11"), T("December", "2018-12"), T("Friday", "2019-04-05")],
         events=[V("USA", "MEX", "13")],
         events_may=[V("USA", "MEX", "16"), V("USA", "MEX", "10"), V("USA", "MEX", "02"), V("USA", "MEX", "12"),
                     V("USA", None, "13")]),
    dict(file="s05_elitedaily.txt", date="2018-07-23",
         url="https://www.elitedaily.com/p/why-did-trump-tweet-to-irans-president-rouhani-he-was-responding-to-these-remarks-9844833",
         entities=[TRUMP, E("Hassan Rouhani", "IRN", "Rouhani", "President Rouhani"), E("Iran", "IRN"),
                   E("United States", "USA", "U.S.", "UNITED STATES"),
                   E("Joint Comprehensive Plan of Action", None, "JCPOA", "Iran nuclear deal"),
                   E("Barack Obama", "USA", "Obama"), E("France", "FRA"), E("Germany", "DEU"),
                   E("United Kingdom", "GBR", "U.K."), RU, CN],
         may=[TWITTER, E("Middle East", None)],
         quotes=[Q("the mother of all wars", "Hassan Rouhani", "Iran")],
         quantities=[],
         times=[T("July 22", "2018-07-22"), T("Sunday", "2018-07-22"), T("May", "2018-05"), T("2015", "2015")],
         events=[V("USA", "IRN", "13"), V("IRN", "USA", "13")],
         events_may=[V("USA", "IRN", "11"), V("USA", "IRN", "16"), V("IRN", None, "13"), V("USA", None, "13"),
                     V("USA", "IRN", "05"), V("FRA", "IRN", "05"), V("DEU", "IRN", "05"), V("GBR", "IRN", "05"),
                     V("RUS", "IRN", "05"), V("CHN", "IRN", "05")]),
    dict(file="s06_dailymagazine.txt", date="2020-09-15",
         url="http://www.dailymagazine.news/trump-threatens-to-retaliate-with-1-000-times-greater-force-against-any-iran-attack-nid-1302094.html",
         entities=[TRUMP, E("United States", "USA", "US"), E("Iran", "IRN"),
                   E("Qassem Suleimani", "IRN", "Suleimani", "Soleimani"), E("Syria", "SYR"),
                   E("Bashar al-Assad", "SYR"), E("James Mattis", "USA"), E("Politico", "USA"),
                   E("South Africa", "ZAF"), E("Lana Marks", "USA"), E("Senate", "USA"), E("White House", "USA")],
         may=[TWITTER, E("Fox & Friends", "USA")],
         quotes=[Q("1,000 times greater", "Donald Trump", "United States"),
                 Q("According to press reports, Iran may be planning an assassination, or other attack, against the United States in retaliation for the killing of terrorist leader Soleimani",
                   "Donald Trump", "United States"),
                 Q("Any attack by Iran, in any form, against the United States will be met with an attack on Iran that will be 1,000 times greater in magnitude!",
                   "Donald Trump", "United States")],
         quantities=[N("1,000 times greater", 1000)],
         times=[T("Monday", "2020-09-14"), T("Tuesday", "2020-09-15"), T("January", "2020-01"),
                T("3 January", "2020-01-03")],
         events=[V("USA", "IRN", "13")],
         events_may=[V("USA", "IRN", "19"), V("USA", "IRN", "18"), V("IRN", "USA", "13"), V("IRN", "USA", "18"),
                     V("IRN", "ZAF", "18"), V("USA", "SYR", "18"), V("USA", "SYR", "13")]),
    dict(file="s07_newsam.txt", date="2017-05-02", url="https://news.am/eng/news/387793.html",
         entities=[PUTIN, TRUMP, RU, E("United States", "USA", "US"), E("Syria", "SYR"), NK, E("G20", None),
                   E("Hamburg", "DEU")],
         may=[E("Kremlin", "RUS"), E("Korean peninsula", None)],
         quotes=[Q("to intensify the dialgue between the heads of foreign ministries of the two countries in looking for options enabling to enhance the halting of military actions, giving it a stability and manageability.",
                   "Kremlin", "Russia", "Vladimir Putin"),
                 Q("The aim is to create prerequisites for launching the real normalization process in Syria",
                   "Kremlin", "Russia", "Vladimir Putin"),
                 Q("The situation on the Korean peninsula has also been thoroughly discussed. Vladimir Putin called for restraint and reduction of the level of tension",
                   "Kremlin", "Russia", "Vladimir Putin"),
                 Q("expressed willingness to continue communicating by phone.", "Kremlin", "Russia", "Vladimir Putin")],
         quantities=[N("two countries", 2)],
         times=[T("Tuesday", "2017-05-02")],
         events=both("USA", "RUS", "04"),
         events_may=both("USA", "RUS", "03") + [V("RUS", None, "02"), V("RUS", "PRK", "02"), V("RUS", None, "04")]),
    dict(file="s08_newsplugin.txt", date="2021-07-30", url="http://api.newsplugin.com/article/547594734/eS27esUvaXBO_Tm0",
         entities=[E("Washington DC", "USA", "Washington"), E("United States", "USA", "US"), E("Pakistan", "PAK", "Pak"),
                   E("Jake Sullivan", "USA", "Sullivan", "@JakeSullivan46"),
                   E("Moeed Yusuf", "PAK", "Yusuf", "Moeed W. Yusuf"), AF, E("NATO", None), TALIBAN, E("Geneva", "CHE")],
         may=[E("ANI", "IND"), TWITTER, E("Afghan government", "AFG")],
         quotes=[Q("I met with Pakistan's NSA today to consult on regional connectivity and security, and other areas of mutual cooperation. We discussed the urgent need for a reduction in violence in Afghanistan and a negotiated political settlement to the conflict",
                   "Jake Sullivan", "United States"),
                 Q("Had a positive follow-up meeting with NSA @JakeSullivan46 today in Washington. Took stock of progress made since our Geneva meetingdiscussed bilateral, regional and global issues of mutual interest. Agreed to sustain the momentum in Pak-US bilateral cooperation",
                   "Moeed Yusuf", "Pakistan")],
         quantities=[N("two NSAs", 2)],
         times=[T("July 30", "2021-07-30"), T("Thursday", "2021-07-29"), T("today", "2021-07-29", "2021-07-30"),
                T("August", "2021-08"), T("May", "2021-05")],
         events=both("USA", "PAK", "04"),
         events_may=both("USA", "PAK", "03") + [V("USA", "AFG", "02"), V("USA", "AFG", "08"), V("USA", None, "04")]),
    dict(file="s09_devdiscourse.txt", date="2022-06-06",
         url="https://www.devdiscourse.com/article/law-order/2062921-controversial-remarks-against-prophet-india-hits-out-at-pak-for-criticism",
         entities=[IN, E("Pakistan", "PAK", "Pak"), E("BJP", "IND"), E("Arindam Bagchi", "IND", "Bagchi"),
                   E("Shehbaz Sharif", "PAK"), E("Nupur Sharma", "IND"), E("Naveen Jindal", "IND"), E("Delhi", "IND")],
         may=[E("Prophet Mohammed", None), E("External Affairs Ministry", "IND"), E("Government of India", "IND"),
              E("Gulf", None)],
         quotes=[Q("absurdity of a serial violator of minority rights commenting on the treatment of minorities in another nation is not lost on anyone.",
                   "Arindam Bagchi", "India", "External Affairs Ministry"),
                 Q("The world has been witness to the systemic persecution of minorities including Hindus, Sikhs, Christians, and Ahmadiyyas by Pakistan",
                   "Arindam Bagchi", "India", "External Affairs Ministry"),
                 Q("The Government of India accords the highest respect to all religions. This is quite unlike Pakistan where fanatics are eulogized and monuments built in their honor",
                   "Arindam Bagchi", "India", "External Affairs Ministry"),
                 Q("We call on Pakistan to focus on the safety, security, and well-being of its minority communities instead of engaging in alarmist propaganda and attempting to foment communal disharmony in India",
                   "Arindam Bagchi", "India", "External Affairs Ministry")],
         quantities=[N("two BJP functionaries", 2)],
         times=[T("Monday", "2022-06-06"), T("Sunday", "2022-06-05")],
         events=[V("IND", "PAK", "11"), V("IND", "PAK", "02"), V("PAK", "IND", "11")],
         events_may=[V("IND", "PAK", "12"), V(None, "IND", "11")] + domestic("IND", ["11", "16"])),
    dict(file="s10_nation.txt", date="2023-04-27", url="https://www.nation.com.pk/27-Apr-2023/coas-gets-warm-welcome-in-china",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), CN, E("PLA Army", "CHN", "PLA"), ISPR],
         may=[PK, COAS, E("PLA Army Headquarters", "CHN")],
         quotes=[],
         quantities=[N("two militaries", 2)],
         times=[T("yesterday", "2023-04-26")],
         events=both("PAK", "CHN", "04"),
         events_may=both("PAK", "CHN", "03", "06")),
    dict(file="s11_aaj.txt", date="2019-08-26", url="http://www.aaj.tv/2019/08/chinese-military-delegation-calls-on-coas-qamar-javed-bajwa/",
         entities=[E("Rawalpindi", "PAK", "RAWALPINDI"), CMC, BAJWA, ISPR, KASHMIR, CN, PK,
                   E("Pakistan Army", "PAK", "Pak Army")],
         may=[COAS, E("General Headquarters", "PAK")],
         quotes=[],
         quantities=[N("two countries", 2)],
         times=[T("Monday", "2019-08-26")],
         events=both("CHN", "PAK", "04") + both("CHN", "PAK", "05"),
         events_may=both("CHN", "PAK", "03", "06")),
    dict(file="s12_thenews.txt", date="2018-09-19", url="https://www.thenews.com.pk/print/370665-coas-meets-chinese-cmc-vice-chairman",
         entities=[E("Beijing", "CHN", "BEIJING"), BAJWA, CMC, E("Zhang Youxia", "CHN", "Youxia"), CN,
                   E("Pakistan", "PAK", "Pak"), ISPR],
         may=[COAS, E("CPEC", None), E("Army", "PAK")],
         quotes=[],
         quantities=[N("two militaries", 2)],
         times=[T("Tuesday", "2018-09-18")],
         events=both("PAK", "CHN", "04"),
         events_may=both("PAK", "CHN", "03", "06")),
    dict(file="s13_headtopics.txt", date="2023-05-12",
         url="https://my.headtopics.com/news/south-africa-summons-us-ambassador-over-his-claims-it-is-arming-russia-39067238",
         entities=[E("Reuben Brigety", "USA", "Brigety"), E("South Africa", "ZAF"),
                   E("United States", "USA", "US", "United States of America"), E("Naledi Pandor", "ZAF"),
                   E("Antony Blinken", "USA"), E("Department of International Relations and Cooperation", "ZAF"),
                   RU, E("Monyela", "ZAF")],
         may=[TWITTER],
         quotes=[Q("no record of approved arms sale by state", "Department of International Relations and Cooperation",
                   "South Africa"),
                 Q("no record of an approved arms sale by the state to Russia related to the period/incident in question",
                   "Department of International Relations and Cooperation", "South Africa"),
                 Q("values the relations we have with the United States of America. They're cordial, strong and mutually beneficial",
                   "Monyela", "South Africa", "Department of International Relations and Cooperation")],
         quantities=[],
         times=[T("Friday", "2023-05-12")],
         events=[V("ZAF", "USA", "11"), V("USA", "ZAF", "11")],
         events_may=[V("ZAF", "USA", "04"), V("USA", "ZAF", "04"), V("ZAF", "USA", "12"), V("ZAF", "USA", "03"),
                     V("ZAF", "RUS", "07")]),
    dict(file="s14_news18.txt", date="2020-01-17",
         url="https://www.news18.com/news/world/guatemalas-new-president-giammattei-cuts-diplomatic-ties-with-venezuela-as-promised-2461475.html",
         entities=[E("Guatemala", "GTM"), E("Alejandro Giammattei", "GTM", "Giammattei"), E("Venezuela", "VEN"),
                   E("Jorge Rodriguez", "VEN", "Rodriguez"), TRUMP, E("Nicolas Maduro", "VEN"), E("Caracas", "VEN"),
                   E("Guatemala City", "GTM"), E("United States", "USA", "US")],
         may=[TWITTER],
         quotes=[Q("another bad joke", "Jorge Rodriguez", "Venezuela"),
                 Q("We have instructed the foreign minister that the only person left in the embassy in Venezuela should return, and that we definitively end relations with the government of Venezuela",
                   "Alejandro Giammattei", "Guatemala"),
                 Q("We are going to close the embassy.", "Alejandro Giammattei", "Guatemala"),
                 Q("His government will surely become another bad joke", "Jorge Rodriguez", "Venezuela"),
                 Q("Our respect and affection for the people of Guatemala.", "Jorge Rodriguez", "Venezuela")],
         quantities=[],
         times=[T("Thursday", "2020-01-16"), T("Tuesday", "2020-01-14")],
         events=[V("GTM", "VEN", "16"), V("VEN", "GTM", "11")],
         events_may=[V("GTM", "VEN", "12"), V("GTM", "VEN", "11"), V("VEN", "USA", "11"), V("VEN", "GTM", "12")]),
    dict(file="s15_sis.txt", date="2024-04-19",
         url="https://sis.gov.eg/Story/192489/Supply-Ministry-launches-sixth-humanitarian-aid-convoy-to-Gaza?lang=en-us",
         entities=[E("Ministry of Supply and Internal Trade", "EGY", "Ministry of Supply", "Supply Ministry"), GAZA,
                   E("Catholic Relief Services", "USA"), E("Israel", "ISR"), E("Ahmed Fathy", "EGY", "Fathy"),
                   E("General Committee for Foreign Aid", "EGY"), E("Dina Rafat", ["EGY", "USA"], "Rafat"),
                   E("Egypt", "EGY")],
         may=[E("Rafah border crossing", ["EGY", "PSE", None], "Rafah"), E("Palestine", "PSE")],
         quotes=[],
         quantities=[N("30 trucks", 30), N("100 tons of supplies", 100, "t"), N("7,000 blankets", 7000),
                     N("5,000 mattresses", 5000), N("2,000 sleeping mats", 2000), N("six convoys", 6),
                     N("16 tons", 16, "t"), N("23 tons", 23, "t"), N("61 tons", 61, "t"), N("40 tons", 40, "t"),
                     N("65 tons", 65, "t"), N("the sixth 100 tons", 100, "t"), N("305 tons", 305, "t"),
                     N("106 trucks", 106), N("23,000 blankets", 23000), N("16,000 mattresses", 16000),
                     N("8,000 tents", 8000), N("5,000 sleeping mats", 5000), N("6,000 plastic sheets", 6000),
                     N("30,000 families", 30000)],
         times=[T("Thursday", "2024-04-18"), T("18/4/2024", "2024-04-18"), T("October", "2023-10")],
         events=[V("EGY", "PSE", "07")],
         events_may=[V("EGY", None, "07"), V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V("EGY", "PSE", "03")]),
    dict(file="s16_eastcoastdaily.txt", date="2018-11-14",
         url="https://www.eastcoastdaily.in/2018/11/14/pm-modi-pence-discuss-defense-trade-in-indo-pacific.html",
         entities=[MODI, PENCE, US, E("East Asia Summit", None), E("Singapore", "SGP"), TRUMP, IN, E("Mumbai", "IND"),
                   E("Vijay Gokhale", "IND")],
         may=[E("Indo-Pacific", None), E("Trump administration", "USA")],
         quotes=[Q("single source and single place of origin", "Narendra Modi", "India")],
         quantities=[N("two leaders", 2), N("two sides", 2), N("50%", 50, "%"), N("top 10 countries", 10),
                     N("$4 billion", 4000000000, "USD"), N("two countries", 2)],
         times=[T("Wednesday", "2018-11-14"), T("November 26", "2018-11-26"), T("last year", "2017"),
                T("this year", "2018")],
         events=both("IND", "USA", "04"),
         events_may=both("IND", "USA", "03") + [V("IND", None, "04"), V("USA", None, "04")]),
    dict(file="s17_latestly.txt", date="2018-11-13",
         url="https://latestly.com/world/us-vice-president-mike-pence-japanese-pm-shinzo-abe-discuss-trade-north-korea-ahead-of-regional-summits-484502.html/amp",
         entities=[PENCE, E("Shinzo Abe", "JPN", "Abe"), NK, TRUMP, E("Tokyo", "JPN"), JP, US, CN,
                   E("Association of Southeast Asian Nations", None), E("Singapore", "SGP"),
                   E("Asia-Pacific Economic Cooperation", None), E("Papua New Guinea", "PNG"),
                   E("The Washington Post", "USA", "Washington Post"), E("South Korea", "KOR"), E("Mexico", "MEX"),
                   E("Canada", "CAN")],
         may=[E("Korean Peninsula", None), E("Indo-Pacific", None)],
         quotes=[Q("advancing the goal of the de-nuclearization of the Korean Peninsula", "Mike Pence", "United States"),
                 Q("a historic trade agreement with Japan.", "Mike Pence", "United States"),
                 Q("will put American jobs and American workers first.", "Mike Pence", "United States")],
         quantities=[N("two sides", 2)],
         times=[T("November 13", "2018-11-13"), T("Tuesday", "2018-11-13"), T("September", "2018-09"),
                T("next year", "2019")],
         events=both("USA", "JPN", "04"),
         events_may=both("USA", "JPN", "03") + [V("USA", "CHN", "16"), V("USA", "KOR", "05"), V("USA", "MEX", "05"),
                                                V("USA", "CAN", "05"), V("USA", "JPN", "10"), V("USA", None, "04")]),
    dict(file="s18_hanoitimes.txt", date="2020-11-21",
         url="https://m.hanoitimes.vn/obrien-meets-with-vietnamese-government-leaders-in-hanoi-314926.html",
         entities=[E("White House", "USA"), E("Robert O'Brien", "USA", "O'Brien"), VN, E("To Lam", "VNM"),
                   E("Ngo Xuan Lich", "VNM"), E("Pham Binh Minh", "VNM"), E("Nguyen Xuan Phuc", "VNM"),
                   E("United States", "USA", "US")],
         may=[E("Indo-Pacific", None), E("Bien Hoa airbase", "VNM", "Bien Hoa"), E("Agent Orange", None)],
         quotes=[Q("discuss future expansion of economic and security relationship.", "Robert O'Brien", "United States"),
                 Q("I was pleased to meet with Vietnamese Deputy Prime Minister and Foreign Minister Pham Binh Minh to celebrate 25 years of diplomatic relations and discuss future expansion of our economic and security relationship to support a free, prosperous, and secure Vietnam.",
                   "Robert O'Brien", "United States")],
         quantities=[N("two officials", 2), N("US$20 million", 20000000, "USD")],
         times=[T("Friday", "2020-11-20"), T("Saturday", "2020-11-21")],
         events=both("USA", "VNM", "04"),
         events_may=both("USA", "VNM", "03") + [V("USA", "VNM", "07")]),
    dict(file="s19_mfalk.txt", date="2023-12-21", url="https://mfa.gov.lk/speaker-of-the-parliament-visits-india",
         entities=[IN, LOKSABHA, BIRLA, E("Sri Lanka", "LKA"), E("Sri Lanka Parliament", "LKA"),
                   E("Mahinda Yapa Abeywardana", "LKA", "Yapa Abeywardana", "Speaker Yapa Abeywardana"),
                   E("Ministry of External Affairs", "IND"), E("Parliament of India", "IND", "Indian Parliament"),
                   E("Rajya Sabha", "IND"), E("Jagdeep Dhankhar", "IND"),
                   E("Subrahmanyam Jaishankar", "IND", "Dr. Subrahmanyam Jaishankar"), E("Ranil Wickremesinghe", "LKA"),
                   E("Maharashtra", "IND"), E("Assam", "IND"), E("Assam Legislative Assembly", "IND"),
                   E("Biswajit Daimary", "IND")],
         may=[E("India-Sri Lanka Economic Partnership Vision", None)],
         quotes=[],
         quantities=[N("16-member", 16), N("two nations", 2)],
         times=[T("16-20 December 2023", "2023-12-16", "2023-12-20", "2023-12"), T("this year", "2023")],
         events=both("LKA", "IND", "04"),
         events_may=both("LKA", "IND", "03") + [V("IND", "LKA", "07")]),
    dict(file="s20_republicworld.txt", date="2022-04-18",
         url="https://www.republicworld.com/india-news/general-news/parl-delegation-under-ls-speaker-om-birla-to-visit-vietnam-cambodia-from-april-19-to-25-articleshow.html",
         entities=[LOKSABHA, BIRLA, E("Cambodia", "KHM"), VN, E("CP Joshi", "IND"), E("Riti Pathak", "IND"),
                   E("Rahul Ramesh Shewale", "IND"), E("Rajani Patil", "IND"), E("Harnath Singh Yadav", "IND"),
                   E("Mitesh Rameshbhai Patel", "IND"), E("Utpal Kumar Singh", "IND"),
                   E("Vietnam National Assembly", "VNM"), E("Vuong Dinh Hue", "VNM", "VuongDinh Hue"),
                   E("Nguyen Xuan Phuc", "VNM"), E("Ho Chi Minh City", "VNM"),
                   E("Nguyen Van Nen", "VNM", "Ngyuen Van Nen"), E("Ravneet Singh", "IND"), E("Saroj Pandey", "IND"),
                   E("Locket Chatterjee", "IND"), E("Sarmistha Kumari Sethi", "IND"),
                   E("Santanu Sen", "IND", "Dr Santanu Sen"), E("National Assembly", "KHM"), E("Heng Samrin", "KHM"),
                   E("Senate", "KHM"), E("Say Chhum", "KHM")],
         may=[E("Ho Chi Minh Mausoleum", "VNM"), E("National Assembly Palace", "KHM"), E("Ta Prohm Temple", "KHM"),
              E("Bayon temple", "KHM"), E("Banteay Srei Temple", "KHM"), E("Angkor Wat", "KHM", "Angkor Wat temple"),
              IN, E("Ho Chi Minh", "VNM")],
         quotes=[],
         quantities=[],
         times=[T("April 19", "2022-04-19"), T("April 21", "2022-04-21"), T("April 22", "2022-04-22")],
         events=both("IND", "VNM", "04") + both("IND", "KHM", "04"),
         events_may=[V("IND", None, "04")]),
    dict(file="s21_deccanherald.txt", date="2023-07-04",
         url="https://www.deccanherald.com/national/lok-sabha-speaker-om-birla-to-lead-parliamentary-delegation-to-mongolia-1233988.html",
         entities=[LOKSABHA, BIRLA, E("Mongolia", "MNG"), E("Parliament of India", "IND"),
                   E("Lok Sabha Secretariat", "IND"),
                   E("State Great Khural", "MNG", "State of Great Khural", "Great Khural"), IN, E("Ulaanbaatar", "MNG"),
                   E("Zandanshatar Gombojav", "MNG"), E("Ukhnaagiin Khurelsukh", "MNG")],
         may=[E("Sukhbaatar Square", "MNG"), E("Mongolian Parliament", "MNG"), E("Nadaam", None)],
         quotes=[],
         quantities=[],
         times=[T("December 2021", "2021-12"), T("Tuesday", "2023-07-04"),
                T("July 6-8", "2023-07-06", "2023-07-08", "2023-07")],
         events=both("IND", "MNG", "04"),
         events_may=both("IND", "MNG", "03")),
    dict(file="s22_newtimes.txt", date="2022-04-13",
         url="http://newtimes.co.rw/article/194976/News/rwanda-congo-brazzaville-sign-eight-pacts/amp",
         entities=[KAGAME, E("Denis Sassou Nguesso", "COG", "Sassou Nguesso", "President Sassou Nguesso",
                             "President Nguesso"),
                   E("Republic of the Congo", "COG", "Congo-Brazzaville", "Congo"), RW, E("Vincent Biruta", "RWA"),
                   E("Denis Christel Sassou Nguesso", "COG", "Minister Nguesso"), E("Oyo", "COG"), E("Senate", "COG"),
                   E("Chamber of Deputies", "COG")],
         may=[E("Museum of Kiebe-Kiebe", "COG"), E("Congolese congress", "COG")],
         quotes=[Q("On behalf of the government, I signed this April 12 several legal instruments that will promote the broadening and deepening of the field of cooperation between Congo and Rwanda",
                   "Denis Christel Sassou Nguesso", "Republic of the Congo"),
                 Q("This dynamic of cooperation, driven by the Rwandan and Congolese Heads of State, will ultimately allow the establishment of a real strategic partnership which will ensure that the level of economic relations reflects the depth of the ties between the two countries",
                   "Denis Christel Sassou Nguesso", "Republic of the Congo")],
         quantities=[N("eight agreements", 8), N("two countries", 2)],
         times=[T("Tuesday", "2022-04-12"), T("April 12", "2022-04-12"), T("last year", "2021")],
         events=both("RWA", "COG", "04") + both("RWA", "COG", "05"),
         events_may=both("RWA", "COG", "03")),
    dict(file="s23_formacion.txt", date="2018-07-24",
         url="http://m.formacion-profesional-a-distancia.com/world/2018-07/24/content_57816259.htm",
         entities=[CN, RW, XI, KAGAME, E("African Union", None), E("Peng Liyuan", "CHN"), E("Jeannette Kagame", "RWA")],
         may=[E("Africa", None)],
         quotes=[],
         quantities=[N("two heads of state", 2)],
         times=[T("Monday", "2018-07-23"), T("March 2017", "2017-03"), T("Sunday", "2018-07-22")],
         events=both("CHN", "RWA", "04") + both("CHN", "RWA", "05"),
         events_may=both("CHN", "RWA", "03")),
    dict(file="s24_kaaf.txt", date="2023-07-13",
         url="https://kaaf.at/en/news/2023/07/13/2925132/iranian-ugandan-officials-sign-4-cooperation-documents-during-raisi-s-africa-tour",
         entities=[E("Tehran", "IRN", "TEHRAN"), E("Ebrahim Raisi", "IRN", "Raisi"), E("Uganda", "UGA"), E("Iran", "IRN"),
                   E("Kampala", "UGA"), E("Kenya", "KEN"), E("Zimbabwe", "ZWE"),
                   E("Yoweri Kaguta Museveni", "UGA", "Yoweri Museveni")],
         may=[E("Tasnim", "IRN"), E("Entebbe International Airport", "UGA", "Entebbe"), E("Africa", None)],
         quotes=[],
         quantities=[N("4 Cooperation Documents", 4), N("four documents", 4), N("two countries", 2),
                     N("three-nation", 3)],
         times=[T("Wednesday", "2023-07-12")],
         events=both("IRN", "UGA", "04") + both("IRN", "UGA", "05"),
         events_may=both("IRN", "UGA", "03") + both("IRN", "KEN", "04") + both("IRN", "ZWE", "04")),
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
