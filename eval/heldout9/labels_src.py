#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Ninth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
tool's stored pages and labelled by reading them, before any system output existed for them. Conventions:
eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ... eval/heldout8/README.md and this folder's
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
JP = E("Japan", "JPN")
AU = E("Australia", "AUS")
NK = E("North Korea", "PRK", "DPRK", "Democratic People's Republic of Korea", "N Korea")
IR = E("Iran", "IRN")
VN = E("Vietnam", "VNM")
KZ = E("Kazakhstan", "KAZ")
UZ = E("Uzbekistan", "UZB")
NG = E("Nigeria", "NGA")
EU = E("European Union", None, "EU")
UN = E("United Nations", None, "UN", "U.N.")
UNSC = E("UN Security Council", None, "UNSC", "United Nations Security Council", "Security Council")
TWITTER = E("Twitter", "USA")
MODI = E("Narendra Modi", "IND", "Modi", "PM Modi", "Prime Minister Modi", "Prime Minister Narendra Modi",
         "@narendramodi")
RAJNATH = E("Rajnath Singh", "IND", "Singh", "Defence Minister Rajnath Singh")
QURESHI = E("Shah Mahmood Qureshi", "PAK", "Qureshi", "Foreign Minister Shah Mahmood Qureshi")
IMRAN = E("Imran Khan", "PAK", "Prime Minister Imran Khan")
BAJWA = E("Qamar Javed Bajwa", "PAK", "Gen Qamar Javed Bajwa", "General Qamar Javed Bajwa")
PUTIN = E("Vladimir Putin", "RUS", "Putin")
GUTERRES = E("António Guterres", ["PRT", None], "Antonio Guterres", "Guterres")


DOCS = [
    dict(file="s01_kbs.txt", date="2023-09-22", url="http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=180659",
         entities=[E("Park Jin", "KOR", "Park"), JP, E("UN General Assembly", None), E("New York", "USA"),
                   E("Yoko Kamikawa", "JPN", "Kamikawa"), CN, E("South Korea", "KOR"), US, NK],
         may=[E("Seoul", "KOR"), E("Cabinet", "JPN"), UN],
         quotes=[],
         quantities=[N("two sides", 2), N("two nations", 2), N("three-way", 3)],
         times=[T("Thursday", "2023-09-21"), T("this year", "2023")],
         events=both("KOR", "JPN", "04"),
         events_may=both("KOR", "JPN", "03") + [V("KOR", None, "04"), V("KOR", "CHN", "03"), V("JPN", "CHN", "03"),
                                                V("KOR", "USA", "03"), V("JPN", "USA", "03")]),
    dict(file="s02_republicworld.txt", date="2023-05-21",
         url="https://www.republicworld.com/world-news/rest-of-the-world-news/pm-modi-gets-grand-welcome-with-gun-salute-folk-dance-performance-in-papua-new-guinea-articleshow.html",
         entities=[MODI, E("Papua New Guinea", "PNG"), E("James Marape", "PNG", "PM James Marape"),
                   E("Port Moresby", "PNG"), IN],
         may=[TWITTER],
         quotes=[Q("Reached Papua New Guinea. I am thankful to PM James Marape for coming to the airport and welcoming me. This is a very special gesture which I will always remember",
                   "Narendra Modi", "India"),
                 Q("I look forward to boosting India's ties with this great nation during my visit", "Narendra Modi", "India")],
         quantities=[],
         times=[T("Sunday", "2023-05-21")],
         events=both("IND", "PNG", "04"),
         events_may=both("IND", "PNG", "03")),
    dict(file="s03_firstpost.txt", date="2023-06-22",
         url="https://www.firstpost.com/world/watch-pm-modi-accorded-ceremonial-welcome-at-joint-base-andrews-in-washington-12773372.html",
         entities=[MODI, E("Washington DC", "USA", "Washington"), E("Ministry of External Affairs", "IND"),
                   E("Arindam Bagchi", "IND"), E("Joe Biden", "USA", "US President Joe Biden", "Biden", "@JoeBiden"),
                   E("US Congress", "USA", "Congress"), E("White House", "USA"), E("John Kirby", "USA", "Kirby"),
                   E("United States", "USA", "US")],
         may=[E("Joint Base Andrews", "USA"), IN, TWITTER],
         quotes=[Q("accorded a ceremonial welcome and guard of honour as he sets foot at the Joint Base Andrews airport in Washington DC",
                   "Arindam Bagchi", "India", "Ministry of External Affairs"),
                 Q("We are just grateful that Prime Minister Modi is participating in a press event at the end of the visit. We think that's important and we're glad he thinks that's important too.",
                   "John Kirby", "United States", "White House")],
         quantities=[N("one question", 1)],
         times=[T("Wednesday", "2023-06-21"), T("Thursday", "2023-06-22")],
         events=both("IND", "USA", "04"),
         events_may=both("IND", "USA", "03") + [V("IND", None, "04")]),
    dict(file="s04_editionmv.txt", date="2019-06-08", url="https://edition.mv/official_visit/10919",
         entities=[MODI, E("Maldives", "MDV"), IN, E("Ministry of Foreign Affairs", "MDV"),
                   E("Abdulla Shahid", "MDV"), E("Male", "MDV", "Male'"),
                   E("Ibrahim Mohamed Solih", "MDV", "President Solih", "Solih"),
                   E("Maldives National Defence Force", "MDV", "MNDF")],
         may=[E("Velana International Airport", "MDV", "VIA"), E("Izzudeen Faalan", "MDV"), E("Republic Square", "MDV"),
              E("President's Office", "MDV"), E("Foreign Ministry", "MDV")],
         quotes=[],
         quantities=[N("100 individuals", 100), N("21-gun", 21), N("six agreements", 6), N("five sectors", 5),
                     N("two countries", 2)],
         times=[T("Saturday", "2019-06-08")],
         events=both("IND", "MDV", "04"),
         events_may=both("IND", "MDV", "03", "05") + [V("IND", "MDV", "07")]),
    dict(file="s05_millenniumpost.txt", date="2022-08-24",
         url="http://www.millenniumpost.in/nation/rajnath-holds-talks-with-uzbek-kazakh-belarusian-counterparts-490652",
         entities=[E("New Delhi", "IND"), RAJNATH, E("Tashkent", "UZB"), UZ,
                   E("Shanghai Cooperation Organisation", None, "SCO"), KZ,
                   E("Ruslan Zhakslykov", "KAZ", "Col Gen Ruslan Zhakslykov"),
                   E("Bakhodir Kurbanov", "UZB", "Lt Gen Bakhodir Kurbanov"), IN,
                   E("Viktor Khrenin", "BLR", "Lt General Viktor Khrenin")],
         may=[E("Belarus", "BLR"), E("Ministry of Defence", "IND", "defence ministry")],
         quotes=[Q("The entire spectrum of defence cooperation with the three countries was reviewed during the meetings, with focus on identifying avenues to expand mutually beneficial collaboration",
                   "India", "Ministry of Defence"),
                 Q("Had a wonderful meeting with the Defence Minister of Kazakhstan, Col Gen Ruslan Zhakslykov today in Tashkent. We discussed the entire gamut of the ongoing defence and security cooperation & other issues of mutual interest. We agreed to further deepen the defence cooperation",
                   "Rajnath Singh", "India"),
                 Q("Had an excellent meeting with the Defence Minister of Uzbekistan, Lt Gen Bakhodir Kurbanov in Tashkent. During our talks, we reviewed the India-Uzbekistan defence relationship. Our cooperation is based on a solid foundation and it will continue to grow over the coming decades",
                   "Rajnath Singh", "India"),
                 Q("Defence cooperation issues among the SCO Member States will be discussed during the meeting. A joint communique is expected to be issued after the deliberations",
                   "India", "Ministry of Defence")],
         quantities=[N("three countries", 3)],
         times=[T("Tuesday", "2022-08-23"), T("today", "2022-08-23", "2022-08-24"), T("Wednesday", "2022-08-24")],
         events=both("IND", "KAZ", "04") + both("IND", "UZB", "04") + both("IND", "BLR", "04"),
         events_may=both("IND", "KAZ", "03") + both("IND", "UZB", "03") + both("IND", "BLR", "03")
         + [V("IND", None, "04")]),
    dict(file="s06_thestatesman.txt", date="2020-09-05",
         url="https://www.thestatesman.com/india/rajnath-singh-holds-meeting-irans-minister-defence-tehran-1502922391.html",
         entities=[RAJNATH, IR, E("Amir Hatami", "IRN", "Brigadier General Amir Hatami"), E("Tehran", "IRN"),
                   E("Moscow", "RUS"), E("New Delhi", "IND"), IN, AF, E("Tajikistan", "TJK"),
                   E("Sherali Mirzo", "TJK", "Colonel General Sherali Mirzo"), KZ, UZ,
                   E("Nurlan Yermekbayev", "KAZ", "Lieutenant General Nurlan Yermekbayev"),
                   E("Kurbanov Bakhodir Nizamovich", "UZB", "Major General Kurbanov Bakhodir Nizamovich")],
         may=[],
         quotes=[Q("Leaving Moscow for Tehran. I shall be meeting the Defence Minister of Iran, Brigadier General Amir Hatami.",
                   "Rajnath Singh", "India"),
                 Q("Had an extremely fruitful meeting with Defence Minister of Tajikistan, Colonel General Sherali Mirzo in Moscow. Our talks included a wide spectrum of India-Tajikistan defence relations",
                   "Rajnath Singh", "India"),
                 Q("Productive interaction with the Defence Minister of Kazakhstan, Lieutenant General Nurlan Yermekbayev. We discussed ways to add further momentum to India-Kazakhstan defence cooperation",
                   "Rajnath Singh", "India"),
                 Q("I had a wonderful meeting with Uzbekistan's Minister of Defence, Major General Kurbanov Bakhodir Nizamovich in Moscow today. Defence Cooperation remains an important pillar of India- Uzbekistan bilateral relations.",
                   "Rajnath Singh", "India")],
         quantities=[N("two Ministers", 2)],
         times=[T("Saturday", "2020-09-05"), T("today", "2020-09-05", "2020-09-04")],
         events=both("IND", "IRN", "04") + both("IND", "TJK", "04") + both("IND", "KAZ", "04") + both("IND", "UZB", "04"),
         events_may=both("IND", "IRN", "03") + both("IND", "TJK", "03") + both("IND", "KAZ", "03")
         + both("IND", "UZB", "03")),
    dict(file="s07_sarkardaily.txt", date="2021-09-11",
         url="https://sarkardaily.com/jaishankar-holds-talks-with-australian-counterpart-payne",
         entities=[E("New Delhi", "IND"), E("Subrahmanyam Jaishankar", "IND", "S Jaishankar", "Jaishankar"),
                   E("Marise Payne", "AUS", "Payne", "@MarisePayne"), AF, AU, E("Peter Dutton", "AUS"), RAJNATH, IN,
                   E("Taliban", ["AFG", None]), MODI, E("Scott Morrison", "AUS"), E("Australian Navy", "AUS"),
                   E("United States", "USA", "US"), JP],
         may=[E("Indo-Pacific", None), E("Malabar", None)],
         quotes=[Q("Delighted to welcome my good friend FM @MarisePayne of Australia. We now start our discussions",
                   "Subrahmanyam Jaishankar", "India")],
         quantities=[N("two countries", 2), N("two foreign ministers", 2), N("two defence ministers", 2)],
         times=[T("Saturday", "2021-09-11"), T("Friday", "2021-09-10"), T("June", "2020-06")],
         events=both("IND", "AUS", "04"),
         events_may=both("IND", "AUS", "03", "05", "06")),
    dict(file="s08_b92.txt", date="2022-08-30", url="https://www.b92.net/eng/news/world.php?yyyy=2022&mm=08&dd=30&nav_id=114340",
         entities=[E("Taiwan", "TWN"), E("China", "CHN", "Beijing"), E("Kinmen Island", "TWN", "Kinmen"),
                   E("Kinmen Defense Command", "TWN"), E("Ministry of Defense", "TWN"), E("Xiamen", "CHN"),
                   E("Nancy Pelosi", "USA"), E("United States", "USA", "US")],
         may=[E("Dadan", "TWN"), E("Erdan", "TWN"), E("Shiyu", "TWN"), E("Beijing", "CHN"), E("Taipei", "TWN"),
              E("House", "USA")],
         quotes=[Q("The Kinmen Defense Command announced that three series and three drone strikes were detected over Dadan, Erdan and Shiyu islet as of 4:23 p.m. today",
                   "Ministry of Defense", "Taiwan"),
                 Q("At 17:59, a group of drones entered the airspace over restricted waters in the Erdan area for the second time. Defenders issued warnings in accordance with established procedures. As they continued to circle, warning shots were fired to drive them away.",
                   "Ministry of Defense", "Taiwan")],
         quantities=[N("three series", 3), N("three drone strikes", 3)],
         times=[T("today", "2022-08-30"), T("August 2", "2022-08-02")],
         events=[V("TWN", "CHN", "15")],
         events_may=[V("TWN", "CHN", "13"), V("TWN", "CHN", "17"), V("TWN", "CHN", "18"), V("TWN", "CHN", "19"),
                     V("CHN", "TWN", "15")] + both("USA", "TWN", "04")),
    dict(file="s09_vnanet.txt", date="2023-03-04",
         url="https://vietnam.vnanet.vn/english/tin-van/foreign-leaders-offer-congratulations-to-new-president-of-vietnam-325333.html",
         entities=[RU, IN, NK, JP, E("Italy", "ITA"), E("Mongolia", "MNG"), E("United Arab Emirates", "ARE", "UAE"),
                   E("Vo Van Thuong", "VNM", "Thuong", "President Thuong"), VN, E("National Assembly", "VNM"), PUTIN,
                   E("Droupadi Murmu", "IND"), E("Ho Chi Minh", "VNM"), E("State Affairs Commission", "PRK"),
                   E("Kim Jong-un", "PRK"), E("Communist Party of Vietnam", "VNM")],
         may=[E("Joint Vision Statement on Peace, Prosperity, and People", None)],
         quotes=[],
         quantities=[N("two countries", 2), N("two nations", 2), N("two Parties", 2)],
         times=[T("2020", "2020")],
         events=Vs(["RUS", "IND", "PRK", "JPN", "ITA", "MNG", "ARE"], "VNM", "05"),
         events_may=Vs(["RUS", "IND", "PRK", "JPN", "ITA", "MNG", "ARE"], "VNM", "01")
         + Vs(["RUS", "IND", "PRK", "JPN", "ITA", "MNG", "ARE"], "VNM", "03")),
    dict(file="s10_tehrantimes.txt", date="2019-06-12", url="https://www.tehrantimes.com/news/436880/Rouhani-congratulates-Putin-on-Russia-Day",
         entities=[E("Tehran", "IRN", "TEHRAN"), E("Hassan Rouhani", "IRN", "Rouhani", "President Hassan Rouhani",
                                                  "President Rouhani"),
                   PUTIN, RU, E("Mehr", "IRN"),
                   E("Russian Soviet Federative Socialist Republic", ["RUS", None], "RSFSR"),
                   E("Philippines", "PHL", "Republic of the Philippines"), E("Rodrigo Duterte", "PHL")],
         may=[E("Russia Day", None)],
         quotes=[Q("I would like to offer my sincerest congratulations to Your Excellency and the people of that country on the Russian Federation's National Day",
                   "Hassan Rouhani", "Iran"),
                 Q("I am confident that the Russian government and nation, under Your Excellency's leadership, will continue to move towards development and progress",
                   "Hassan Rouhani", "Iran")],
         quantities=[N("two countries", 2)],
         times=[T("Wednesday", "2019-06-12"), T("June 12", "2019-06-12"), T("1992", "1992"), T("2002", "2002")],
         events=[V("IRN", "RUS", "05"), V("IRN", "PHL", "05")],
         events_may=[V("IRN", "RUS", "01"), V("IRN", "RUS", "03"), V("IRN", "PHL", "01"), V("IRN", "PHL", "03")]),
    dict(file="s11_einpresswire.txt", date="2024-02-22",
         url="https://www.einpresswire.com/article/694748322/xi-jinping-exchanges-congratulatory-messages-with-president-of-the-republic-of-the-congo-denis-sassou-nguesso-on-the-60th-anniversary-of-the",
         entities=[E("Xi Jinping", "CHN", "Xi"), E("Republic of the Congo", "COG", "Congo"),
                   E("Denis Sassou Nguesso", "COG", "Sassou", "President Sassou"), CN],
         may=[E("Africa", None)],
         quotes=[],
         quantities=[N("two countries", 2)],
         times=[T("February 22, 2024", "2024-02-22")],
         events=both("CHN", "COG", "05"),
         events_may=both("CHN", "COG", "01", "03")),
    dict(file="s12_businessstandard.txt", date="2015-06-25",
         url="https://business-standard.com/article/news-ani/foreign-donors-pledge-usd-three-billion-to-reconstruct-quake-hit-nepal-115062501248_1.html",
         entities=[E("Kathmandu", "NPL"), E("Nepal", "NPL"), E("Sushil Koirala", "NPL"),
                   E("The New York Times", "USA", "New York Times"), IN,
                   E("Sushma Swaraj", "IND", "Sushama Swaraj", "Swaraj"), CN, JP, UK, UN, EU,
                   E("World Bank", None), E("Asian Development Bank", None, "ADB")],
         may=[E("Nepalese Government", "NPL")],
         quotes=[],
         quantities=[N("USD three billion", 3000000000, "USD"), N("USD one billion", 1000000000, "USD"),
                     N("one billion dollars", 1000000000, "USD"), N("USD 500 million", 500000000, "USD"),
                     N("USD 600 million", 600000000, "USD"), N("9,000 people", 9000), N("23,000", 23000)],
         times=[T("April 25", "2015-04-25")],
         events=[V("IND", "NPL", "03"), V("CHN", "NPL", "03")],
         events_may=[V("IND", "NPL", "07"), V("CHN", "NPL", "07"), V(None, "NPL", "03"), V(None, "NPL", "07"),
                     V("IND", "NPL", "04"), V("CHN", "NPL", "04"), V("JPN", "NPL", "04"), V("GBR", "NPL", "04")]),
    dict(file="s13_concisenews.txt", date="2019-01-26", url="https://www.concisenews.global/2019/01/26/fg-warns-us-uk-eu/",
         entities=[E("Garba Shehu", "NGA", "Malam Garba Shehu"), E("Abuja", "NGA"), UK,
                   E("United States", "USA", "United States of America"), EU,
                   E("Walter Onnoghen", "NGA", "Justice Walter Onnoghen", "Onnoghen"),
                   E("Muhammadu Buhari", "NGA", "President Muhammadu Buhari", "President Buhari", "Buhari"),
                   E("Ibrahim Tanko", "NGA", "Justice Ibrahim Tanko"), NG],
         may=[E("Federal Government", "NGA"), E("CJN", "NGA")],
         quotes=[Q("Nigeria reserves the right to be insulated from suggestions and or interference with respect to wholly internal affairs",
                   "Garba Shehu", "Nigeria", "Muhammadu Buhari"),
                 Q("Nigeria is confident of its electoral processes and her preparation for the imminent elections",
                   "Garba Shehu", "Nigeria", "Muhammadu Buhari"),
                 Q("perform their functions in a manner that is transparent, and not lacking in integrity",
                   "Garba Shehu", "Nigeria", "Muhammadu Buhari")],
         quantities=[],
         times=[T("Saturday", "2019-01-26"), T("Friday", "2019-01-25")],
         events=[V("NGA", "GBR", "11"), V("NGA", "USA", "11")],
         events_may=[V("NGA", "GBR", "12"), V("NGA", "USA", "12"), V("NGA", "GBR", "13"), V("NGA", "USA", "13"),
                     V("NGA", None, "11"), V("NGA", None, "12"), V("GBR", "NGA", "11"), V("USA", "NGA", "11")]
         + domestic("NGA", ["11", "17"])),
    dict(file="s14_dailypost.txt", date="2019-02-08",
         url="http://dailypost.ng/2019/02/08/elections-presidential-candidate-warns-us-uk-eu-others-interference/",
         entities=[NG, E("Nigeria For Democracy", "NGA", "NFD"),
                   E("Asuquo Archibong", "NGA", "Dr. Asuquo Archibong", "Archibong"),
                   E("United States", "USA", "United State"), UK, EU, E("France", "FRA"),
                   E("Niger", "NER", "Niger Republic", "Federal Republic of Niger"), E("Akwa Ibom State", "NGA", "Akwa Ibom"),
                   E("Uyo", "NGA"), E("Germany", "DEU")],
         may=[],
         quotes=[Q("This is a very stern warning to foreign powers most especially the United States, United Kingdom, European Union, France even the Federal Republic of Niger, to stay out of Nigeria",
                   "Asuquo Archibong", "Nigeria For Democracy"),
                 Q("When any country makes any statement that is intended to affect the outcome of our elections, that is wrong",
                   "Asuquo Archibong", "Nigeria For Democracy")],
         quantities=[],
         times=[T("2019", "2019"), T("Thursday", "2019-02-07")],
         events=[],
         events_may=[V("NGA", t, r) for t in ("USA", "GBR", "FRA", "NER", "DEU", None) for r in ("13", "11", "02")]),
    dict(file="s15_freshnewsasia.txt", date="2019-01-25",
         url="http://en.freshnewsasia.com/index.php/en/localnews/12809-2019-01-25-07-59-49.html",
         entities=[E("Phnom Penh", "KHM"), E("Hun Sen", "KHM"), E("Cambodia", "KHM"), E("Venezuela", "VEN"),
                   E("Kampot province", "KHM", "Kampot"), E("United States", "USA"), E("Canada", "CAN"),
                   E("Juan Guaidó", "VEN", "Juan Guaido"), E("Nicolas Maduro", "VEN")],
         may=[E("Fresh News", "KHM", "FN")],
         quotes=[Q("I do not understand what is happening in Venezuela. There is an elected president, but the United States and some countries just recognized a self-proclaimed opposition leader as an interim president",
                   "Hun Sen", "Cambodia"),
                 Q("Venezuela will have war, as the ruling president will not give up", "Hun Sen", "Cambodia"),
                 Q("Don't let them destroy our hard-earned peace", "Hun Sen", "Cambodia")],
         quantities=[N("12,000 workers", 12000), N("12 factories", 12)],
         times=[T("Jan. 25", "2019-01-25"), T("Friday", "2019-01-25")],
         events=[V("KHM", "USA", "11"), V("KHM", "CAN", "11")],
         events_may=[V("USA", "VEN", "11"), V("CAN", "VEN", "11"), V("USA", "VEN", "05"), V("KHM", None, "13"),
                     V("KHM", None, "12"), V("KHM", None, "11"), V("KHM", "VEN", "05"), V("KHM", "USA", "12")]),
    dict(file="s16_dawn.txt", date="2020-08-20",
         url="https://www.dawn.com/news/1575446/fm-qureshi-arrives-in-china-for-very-important-two-day-visit?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29",
         entities=[QURESHI, CN, PK, E("Hainan", "CHN", "Hainan province"), E("Moinul Haq", "PAK"), IMRAN,
                   E("Wang Yi", "CHN", "Foreign Minster Wang Yi")],
         may=[E("Pakistan Embassy", "PAK"), E("Foreign Office", "PAK", "FO"),
              E("China-Pakistan Economic Corridor", None),
              E("China-Pakistan Foreign Ministers' Strategic Dialogue", None)],
         quotes=[Q("very important trip to China", "Shah Mahmood Qureshi", "Pakistan"),
                 Q("I am leaving on a very important visit to China. I had a discussion with the prime minister regarding this visit yesterday.",
                   "Shah Mahmood Qureshi", "Pakistan"),
                 Q("During the dialogue, both sides will discuss cooperation on Covid-19, bilateral relations and regional and international issues of mutual interest",
                   "Foreign Office", "Pakistan"),
                 Q("The visit will play an important role in further strengthening Pakistan-China",
                   "Foreign Office", "Pakistan")],
         quantities=[],
         times=[T("Thursday", "2020-08-20"), T("yesterday", "2020-08-19"), T("tomorrow", "2020-08-21"),
                T("August 21", "2020-08-21"), T("March 2019", "2019-03")],
         events=both("PAK", "CHN", "04"),
         events_may=both("PAK", "CHN", "03")),
    dict(file="s17_dailythepatriot.txt", date="2021-04-06",
         url="https://dailythepatriot.com/russian-fm-arrives-in-islamabad-on-two-day-official-visit/",
         entities=[RU, E("Islamabad", "PAK"), PK, QURESHI, IMRAN, BAJWA,
                   E("Sergey Lavrov", "RUS", "Lavrov", "FM Lavrov")],
         may=[AF],
         quotes=[Q("Pakistan and Russia share a multi-faceted relationship and we welcome FM Lavrov's visit in line with our mutual commitment to further strengthen our bilateral ties",
                   "Shah Mahmood Qureshi", "Pakistan"),
                 Q("The two sides will deliberate on boosting mutual relations", "Shah Mahmood Qureshi", "Pakistan"),
                 Q("No one can deny the fact that Russia holds a crucial importance in the region",
                   "Shah Mahmood Qureshi", "Pakistan"),
                 Q("Together, Pakistan and Russia will play a vital role in the Afghan peace process.",
                   "Shah Mahmood Qureshi", "Pakistan")],
         quantities=[N("two sides", 2), N("two countries", 2)],
         times=[T("Tuesday", "2021-04-06")],
         events=both("RUS", "PAK", "04"),
         events_may=both("RUS", "PAK", "03")),
    dict(file="s18_thenews.txt", date="2018-08-31", url="https://www.thenews.com.pk/print/362037-iranian-fm-arrives-on-2-day-visit",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), E("Mohammad Javad Zarif", "IRN", "Zarif"), PK, IMRAN, BAJWA,
                   QURESHI, E("National Assembly", "PAK"), E("Asad Qaiser", "PAK", "Qaiser"), IR],
         may=[E("Foreign Ministry", "PAK")],
         quotes=[],
         quantities=[N("two countries", 2), N("two sides", 2)],
         times=[T("Thursday", "2018-08-30")],
         events=both("IRN", "PAK", "04"),
         events_may=both("IRN", "PAK", "03") + [V("IRN", "PAK", "05"), V("PAK", "IRN", "05")]),
    dict(file="s19_khaleejtimes.txt", date="2024-10-02",
         url="https://www.khaleejtimes.com/world/mena/world-calls-for-restraint-after-irans-missile-strike-on-israel",
         entities=[IR, E("Israel", "ISR"), GUTERRES, UN, E("Hezbollah", ["LBN", None]), E("Lebanon", "LBN"),
                   E("Damascus", "SYR"), E("Hamas", ["PSE", None]), E("Gaza", ["PSE", None]),
                   E("Joe Biden", "USA", "President Joe Biden"), E("United States", "USA", "US"), E("White House", "USA"),
                   E("Antony Blinken", "USA", "Blinken")],
         may=[E("Tehran", "IRN"), E("Middle East", None)],
         quotes=[Q("This must stop. We absolutely need a ceasefire", "António Guterres", "United Nations"),
                 Q("broadening conflict in the Middle East", "António Guterres", "United Nations"),
                 Q("escalation after escalation", "António Guterres", "United Nations"),
                 Q("aid Israel's defence against Iranian attacks and shoot down missiles that are targeting Israel",
                   "White House", "United States", "Joe Biden"),
                 Q("Initial reports suggest that Israel, with the active support of the United States and other partners, effectively defeated this attack",
                   "Antony Blinken", "United States")],
         quantities=[],
         times=[T("April", "2024-04")],
         events=[V("IRN", "ISR", "19"), V("USA", "ISR", "07"), V("USA", "IRN", "11"), V("ISR", "IRN", "13")],
         events_may=[V("IRN", "ISR", "18"), V("IRN", "ISR", "15"), V("USA", "IRN", "19"), V("USA", "IRN", "18"),
                     V("ISR", "LBN", "19"), V("ISR", "LBN", "18"), V("ISR", "IRN", "19"), V("ISR", "IRN", "18"),
                     V("ISR", "SYR", "18"), V("ISR", "PSE", "19"), V("ISR", "PSE", "18"), V(None, "IRN", "02"),
                     V(None, "ISR", "02"), V("USA", None, "11"), V("IRN", "ISR", "13")]),
    dict(file="s20_dailysabah.txt", date="2017-09-15", url="https://www.dailysabah.com/asia/2017/09/16/world-condemns-n-koreas-missile-launch",
         entities=[E("Turkey", "TUR"), NK, UNSC, E("Russia", "RUS", "Moscow"), E("Interfax", "RUS"),
                   E("Maria Zakharova", "RUS"), E("NATO", None), E("Jens Stoltenberg", ["NOR", None]), UN,
                   E("United Nations General Assembly", None, "U.N. General Assembly"), GUTERRES, JP],
         may=[E("Turkish Foreign Ministry", "TUR"), E("Russian Foreign Ministry", "RUS"), E("Moscow", "RUS")],
         quotes=[Q("We condemn in the strongest terms, the ballistic missile launch of 15 September 2017 conducted by the Democratic People's Republic of Korea (DPRK) in a reckless and provocative manner",
                   "Turkey", "Turkish Foreign Ministry"),
                 Q("We call upon the DPRK to fulfil its obligations as expressed in UNSC resolutions", "Turkey",
                   "Turkish Foreign Ministry"),
                 Q("a global response", "NATO", "Jens Stoltenberg"),
                 Q("North Korea's missile launch is another reckless breach of UN resolutions, a major threat to international peace and security which demands a global response",
                   "Jens Stoltenberg", "NATO"),
                 Q("The Secretary-General calls on the DPRK leadership to cease further testing", "António Guterres",
                   "United Nations"),
                 Q("with all concerned parties in the margins of the upcoming", "António Guterres", "United Nations")],
         quantities=[],
         times=[T("15 September 2017", "2017-09-15"), T("Friday", "2017-09-15")],
         events=[V("TUR", "PRK", "11"), V("TUR", "PRK", "02"), V("RUS", "PRK", "11")],
         events_may=[V("RUS", None, "02"), V("RUS", "PRK", "02"), V(None, "PRK", "11"), V(None, "PRK", "02"),
                     V("PRK", "JPN", "15"), V("PRK", None, "15"), V("PRK", "JPN", "18"), V("PRK", "JPN", "19")]),
    dict(file="s21_theasiatoday.txt", date="2022-11-18",
         url="https://theasiatoday.org/global-war/un-secretary-general-condemns-north-korea-for-latest-missile-test-launch/amp/",
         entities=[UN, GUTERRES, NK, E("Office of the United Nations Spokesperson", None), E("APA", "AZE"),
                   E("Sputnik", "RUS"), E("United States", "USA"), E("UN Security Council", None)],
         may=[E("Korean Peninsula", None), E("Sea of Japan", None), E("Washington", "USA")],
         quotes=[Q("The Secretary-General strongly condemns the launch of yet another ballistic missile of intercontinental range by the Democratic People's Republic of Korea",
                   "António Guterres", "United Nations", "Office of the United Nations Spokesperson")],
         quantities=[],
         times=[T("Friday", "2022-11-18")],
         events=[V("PRK", "USA", "13")],
         events_may=[V(None, "PRK", "11"), V(None, "PRK", "02"), V("PRK", None, "15"), V("PRK", "USA", "15"),
                     V("PRK", "JPN", "15"), V("PRK", None, "13")]),
    dict(file="s22_pkfifs.txt", date="2020-03-13", url="https://www.pkf-ifs.mn/793/nitem",
         entities=[E("Ministry of Foreign Affairs", "MNG"), E("Mongolia", "MNG"),
                   E("D.Tsogtbaatar", "MNG", "Tsogtbaatar", "Minister Tsogtbaatar"), E("N.Tserenbat", "MNG"),
                   E("Kh.Bulgantuya", "MNG"), CN, E("Chai Wenrui", "CHN", "Ambassador Chai Wenrui")],
         may=[E("Government of Mongolia", "MNG"),
              E("Embassy of the People's Republic of China to Mongolia", "CHN")],
         quotes=[Q("A needle in need is of greater use than a camel in prosperity", "D.Tsogtbaatar", "Mongolia"),
                 Q("As Minister Tsogtbaatar has pointed out, this shows that the relationship between our two countries is developing as an example for neighbors to follow",
                   "Chai Wenrui", "China")],
         quantities=[N("MNT 391 MILLION", 391000000, "MNT"), N("MNT 391.6 million", 391600000, "MNT"),
                     N("43 businesses", 43), N("188 citizens", 188), N("two countries", 2)],
         times=[T("March 13", "2020-03-13")],
         events=[V("MNG", "CHN", "07")],
         events_may=both("MNG", "CHN", "04") + [V("MNG", "CHN", "05"), V("CHN", "MNG", "05"), V("MNG", "CHN", "03")]),
    dict(file="s23_dailysabah.txt", date="2017-12-23",
         url="https://dailysabah.com/asia/2017/12/23/india-china-hold-crucial-talks-on-border-dispute/amp",
         entities=[IN, CN, E("Ajit Doval", "IND"), E("Yang Jiechi", "CHN"), E("New Delhi", "IND"),
                   E("Raveesh Kumar", "IND", "Kumar"), E("Doklam Plateau", ["BTN", "CHN", None], "Doklam"),
                   E("Bhutan", "BTN"), E("Beijing", "CHN")],
         may=[E("Himalayan", None)],
         quotes=[Q("The discussion will be focused between the two special representatives on the boundary issue and we, of course, attach a lot of importance to this dialogue mechanism",
                   "Raveesh Kumar", "India")],
         quantities=[N("3,500-kilometre", 3500, "km"), N("two special representatives", 2), N("two countries", 2)],
         times=[T("Friday", "2017-12-22"), T("mid-June", "2017-06"), T("August", "2017-08"), T("1962", "1962"),
                T("1988", "1988"), T("2003", "2003"), T("April 2016", "2016-04")],
         events=both("IND", "CHN", "04"),
         events_may=both("IND", "CHN", "03", "15", "19")),
    dict(file="s24_syrializm.txt", date="2023-02-27",
         url="https://syrializm.net/the-egyptian-foreign-minister-arrives-in-the-syrian-capital-for-the-first-time-since-2011/",
         entities=[E("Egypt", "EGY"), E("Sameh Shoukry", "EGY", "Shoukry", "Shukri"), E("Syria", "SYR"),
                   E("Damascus", "SYR"), E("SANA", "SYR"), E("Faisal al Miqdad", "SYR"), E("Ahmed Abu Zeid", "EGY"),
                   E("Ministry of Foreign Affairs", "EGY"), E("Turkey", "TUR", "Türkiye")],
         may=[E("Damascus International Airport", "SYR"), E("Cairo", "EGY")],
         quotes=[Q("The visit aims to convey a message of solidarity from Egypt to Türkiye and Syria, following the earthquake disaster that left heavy losses",
                   "Ahmed Abu Zeid", "Egypt", "Ministry of Foreign Affairs")],
         quantities=[N("two countries", 2)],
         times=[T("Monday", "2023-02-27"), T("February 6th", "2023-02-06"), T("2011", "2011"),
                T("yesterday", "2023-02-26")],
         events=both("EGY", "SYR", "04") + both("EGY", "TUR", "04"),
         events_may=both("EGY", "SYR", "03") + [V("EGY", "SYR", "05"), V("EGY", "TUR", "05"), V("EGY", "SYR", "07"),
                                                V("EGY", "TUR", "07"), V("EGY", "SYR", "01"), V("EGY", "TUR", "01")]),
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
