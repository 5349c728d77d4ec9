#!/usr/bin/env python3
"""Blind held-out gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

Fifth blind set: 24 real news articles on international politics gathered on 2026-11-24 from the `search`
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
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
TRUMP = E("Donald Trump", "USA", "Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "President Donald Trump")
BIDEN = E("Joe Biden", "USA", "Biden", "President Joe Biden", "President Biden")
MODI = E("Narendra Modi", "IND", "Modi", "PM Modi", "Prime Minister Modi")
WH = E("White House", "USA")
UN = E("United Nations", None, "UN")
EU = E("European Union", None, "EU")
PRK = E("North Korea", "PRK", "DPRK", "Democratic People's Republic of Korea")
SCO = E("Shanghai Cooperation Organization", None, "SCO")
ELN = E("National Liberation Army", ["COL", None], "ELN")
PETRO = E("Gustavo Petro", "COL", "Petro", "President Petro")
VN = E("Vietnam", "VNM", "VN")


DOCS = [
    dict(file="p01_rediff.txt", date="2016-09-07", url="http://rediff.com/news/report/pm-to-obama-in-laos/20160907.htm",
         entities=[E("Barack Obama", "USA", "Obama", "President Barack Obama"), MODI,
                   E("Association of Southeast Asian Nations", None, "ASEAN"), E("Vientiane", "LAO"), E("Laos", "LAO"), WH,
                   IN, E("Washington, DC", "USA", "Washington"), E("G20", None), CN, E("Hangzhou", "CHN"), US,
                   E("Yokota", "JPN"), E("Japan", "JPN")],
         may=[],
         quotes=[Q("In the afternoon, the President will hold a bilateral meeting with Prime Minister Narendra Modi of India",
                   "White House", "United States"),
                 Q("bold policy", "Barack Obama"), Q("difficult", "Barack Obama")],
         quantities=[N("two leaders", 2)],
         times=[T("Thursday", "2016-09-08"), T("Wednesday", "2016-09-07"), T("September 2014", "2014-09"),
                T("Sunday", "2016-09-04")],
         events=both("USA", "IND", "04"),
         events_may=both("USA", "IND", "03") + [V("USA", "IND", "05"), V("USA", None, "04"), V("IND", None, "04")]),
    dict(file="p02_odishabytes.txt", date="2023-09-08",
         url="https://odishabytes.com/pm-modi-president-biden-discuss-key-issues-in-near-hour-long-meeting",
         entities=[E("New Delhi", "IND"), MODI, BIDEN, E("Palam airport", "IND", "Palam"), E("Lok Kalyan Marg", "IND"), WH,
                   E("India Today", "IND"), IN, E("G20 Summit", None, "G20"), E("Sheikh Hasina", "BGD"),
                   E("Bangladesh", "BGD"), E("Mauritius", "MUS"), E("Parvin Jugnauth", "MUS")],
         may=[E("Air Force One", "USA"), E("USA", "USA"), E("X", None)],
         quotes=[Q("Our meeting was very productive", "Narendra Modi")],
         quantities=[N("a dozen more bilateral meetings", 12)],
         times=[T("Friday", "2023-09-08"), T("June", "2023-06"), T("September 9", "2023-09-09"), T("today", "2023-09-08")],
         events=both("IND", "USA", "04") + both("IND", "BGD", "04") + both("IND", "MUS", "04"),
         events_may=both("IND", "USA", "03", "05") + [V("IND", None, "04"), V("USA", None, "04")]),
    dict(file="p03_pragativadi.txt", date="2021-09-20",
         url="https://pragativadi.com/prez-biden-to-hold-bilateral-meeting-with-pm-modi-on-sept-24/",
         entities=[E("Washington", "USA"), BIDEN, MODI, WH, US, E("Quad", None, "Quad Leaders Summit"), UN,
                   E("Afghanistan", "AFG"), E("Scott Morrison", "AUS"), E("Yoshihide Suga", "JPN"),
                   E("India", "IND", "Republic of India"), E("Japan", "JPN")],
         may=[E("UN General Debate", None), E("Australia", "AUS")],
         quotes=[Q("The President will participate in a bilateral meeting with Narendra Modi, Prime Minister of the Republic of India",
                   "White House", "United States")],
         quantities=[],
         times=[T("Sept 24", "2021-09-24"), T("September 24", "2021-09-24"), T("Monday", "2021-09-20"),
                T("March 12", "2021-03-12"), T("this year", "2021")],
         events=both("USA", "IND", "04") + both("USA", "JPN", "04"),
         events_may=both("USA", "AUS", "04") + both("IND", "JPN", "04") + both("IND", "AUS", "04") + both("JPN", "AUS", "04")
         + both("USA", "IND", "03") + [V("USA", None, "04"), V("IND", "USA", "04")]),
    dict(file="p04_inform.txt", date="2017-06-07", url="https://en.inform.kz/news/sco-defense-ministers-convene-in-astana_a3033749/",
         entities=[E("Astana", "KAZ", "ASTANA"), E("Kazinform", "KAZ", "KAZINFORM"), SCO, E("Kazakhstan", "KAZ", "Republic of Kazakhstan"),
                   CN, E("Kyrgyzstan", "KGZ"), RU, E("Tajikistan", "TJK"), E("Uzbekistan", "UZB")],
         may=[E("Defense Ministry of the Republic of Kazakhstan", "KAZ"), E("SCO Regional Anti-Terror Structure", None),
              E("SCO Secretary General", None)],
         quotes=[],
         quantities=[],
         times=[T("Wednesday", "2017-06-07"), T("2016", "2016"), T("2018", "2018")],
         events=[],
         events_may=both("KAZ", "CHN", "04") + both("KAZ", "RUS", "04") + both("KAZ", "KGZ", "04") + both("KAZ", "TJK", "04")
         + both("KAZ", "UZB", "04") + both("CHN", "RUS", "04") + [V("KAZ", None, "04"), V(None, "KAZ", "04"),
                                                                V("KAZ", None, "03"), V(None, None, "03"), V(None, None, "04")]),
    dict(file="p05_urdupoint.txt", date="2020-09-07", url="https://www.urdupoint.com/en/world/shoigu-chairs-meeting-of-cis-csto-sco-defen-1022751.html",
         entities=[E("Moscow", "RUS", "MOSCOW"), E("Sergei Shoigu", "RUS", "Shoigu"), SCO,
                   E("Commonwealth of Independent States", None, "CIS"), E("Collective Security Treaty Organization", None, "CSTO"),
                   E("Moscow Region", "RUS"), E("Roscongress Foundation", "RUS", "Russian Roscongress Foundation")],
         may=[E("UrduPoint News", "PAK", "UrduPoint"), E("Sputnik", "RUS"), E("Russian Defense Ministry", "RUS"),
              E("Kavkaz-2020", "RUS"), E("Russia", "RUS")],
         quotes=[Q("Today's meeting is the first meeting of such a high level in the history of our international contacts",
                   "Sergei Shoigu"),
                 Q("will become a solid basis for deepening cooperation between the defense ministries", "Sergei Shoigu"),
                 Q("The inadmissibility of dismantling the treaty regimes in the field of arms control, including nuclear arms control, was especially reaffirmed",
                   "Sergei Shoigu")],
         quantities=[],
         times=[T("07th September, 2020", "2020-09-07"), T("Monday", "2020-09-07"), T("Today", "2020-09-07"),
                T("end of September", "2020-09")],
         events=[],
         events_may=[V("RUS", None, "04"), V(None, "RUS", "04"), V("RUS", None, "03"), V(None, None, "03"),
                     V(None, None, "04"), V("RUS", None, "06"), V(None, None, "06")]),
    dict(file="p06_newsaz.txt", date="2017-05-23", url="https://news.az/news/turkey-summons-us-ambassador-over-washington-clash",
         entities=[E("Turkey", "TUR"), US, E("Washington", "USA"), E("Anadolu Agency", "TUR"),
                   E("Mevlut Cavusoglu", "TUR"), E("Recep Tayyip Erdogan", "TUR"), TRUMP],
         may=[E("Ankara", "TUR"), E("Turkish Foreign Ministry", "TUR")],
         quotes=[Q("aggressive and unprofessional", "Turkey", "Turkish Foreign Ministry"),
                 Q("aggressive and unprofessional actions", "Turkey", "Turkish Foreign Ministry"),
                 Q("a written and verbal protest", "Turkey", "Turkish Foreign Ministry"),
                 Q("contrary to diplomatic rules and practices", "Turkey", "Turkish Foreign Ministry"),
                 Q("It has been formally requested that the U.S. authorities conduct a full investigation", "Turkey",
                   "Turkish Foreign Ministry"),
                 Q("During the meeting with the ambassador, it was emphasized that the lapses of security", "Turkey",
                   "Turkish Foreign Ministry")],
         quantities=[],
         times=[T("Monday", "2017-05-22"), T("May 16", "2017-05-16")],
         events=[V("TUR", "USA", "11")],
         events_may=[V("TUR", "USA", "04"), V("TUR", "USA", "02"), V("USA", "TUR", "04"), V("TUR", None, "11"),
                     V("TUR", "USA", "10")] + both("TUR", "USA", "04")),
    dict(file="p07_himalayantimes.txt", date="2015-06-04", url="http://thehimalayantimes.com/business/1813",
         entities=[E("Kathmandu", "NPL", "KATHMANDU"), MODI, E("Nepal", "NPL"),
                   E("Ram Sharan Mahat", "NPL", "Mahat", "Finance Minister Mahat"), E("New Delhi", "IND"),
                   E("International Conference on Nepal's Reconstruction", None), E("Sushil Koirala", "NPL"), UN],
         may=[E("Ministry of Finance", "NPL"), E("India", "IND"), E("Post Disaster Needs Assessment", None, "PDNA")],
         quotes=[Q("But if he is not able to, he'd send a senior minister to the conference", "Narendra Modi",
                   "Ministry of Finance", "Nepal")],
         quantities=[N("around 24 countries", 24), N("around 36 multilateral lending institutions", 36)],
         times=[T("today", "2015-06-04"), T("June 25", "2015-06-25"), T("April 25", "2015-04-25"),
                T("Wednesday", "2015-06-03")],
         events=both("IND", "NPL", "04"),
         events_may=[V("IND", "NPL", "03"), V("IND", "NPL", "07"), V("NPL", "IND", "02"), V("NPL", "IND", "05"),
                     V("IND", "NPL", "05"), V("NPL", None, "02"), V("NPL", "IND", "04")]),
    dict(file="p08_ibtimes.txt", date="2016-10-19",
         url="https://www.ibtimes.com/north-korea-vows-conduct-merciless-nuclear-strikes-against-preemptive-attack-us-2426681",
         entities=[PRK, E("South Korea", "KOR"), US, E("East Sea", None), E("Rodong Sinmun", "PRK"),
                   E("Yonhap News Agency", "KOR", "Yonhap"), E("CNN", "USA"), E("U.S. Navy", "USA"),
                   E("Kim Jong Un", "PRK"), E("Japan", "JPN"), RU, CN],
         may=[E("Seoul", "KOR"), E("Washington", "USA"), E("Pyongyang", "PRK"), E("military demarcation line", None)],
         quotes=[Q("advance preparation for mounting a preemptive attack", "North Korea"),
                 Q("If the aggressors and provocateurs dare mount a preemptive attack on the DPRK", "Rodong Sinmun",
                   "North Korea")],
         quantities=[N("five instances", 5)],
         times=[T("Wednesday", "2016-10-19"), T("last Wednesday", "2016-10-12"), T("August", "2016-08"),
                T("Sept. 9", "2016-09-09")],
         events=[V("PRK", "KOR", "11"), V("PRK", "USA", "11"), V("PRK", "KOR", "13"), V("PRK", "USA", "13")],
         events_may=both("KOR", "USA", "03", "04") + [V(None, "PRK", "11"), V("KOR", "PRK", "15"), V("USA", "PRK", "15"),
                                                    V("JPN", "PRK", "11"), V("RUS", "PRK", "11"), V("CHN", "PRK", "11"),
                                                    V("PRK", None, "11"), V("PRK", "KOR", "15")]),
    dict(file="p09_i24news.txt", date="2026-03-04",
         url="https://www.i24news.tv/en/news/israel/defense/artc-the-secret-call-between-trump-and-netanyahu-that-paved-the-way-to-war-with-iran",
         entities=[TRUMP, E("Benjamin Netanyahu", "ISR", "Netanyahu"), E("Iran", "IRN"), E("Axios", "USA"),
                   E("Ali Khamenei", "IRN"), E("Tehran", "IRN"), E("Israel", "ISR"), E("Central Intelligence Agency", "USA"),
                   E("Geneva", "CHE"), WH, E("Washington", "USA")],
         may=[US],
         quotes=[],
         quantities=[N("two conclusions", 2)],
         times=[T("February 23", "2026-02-23"), T("Friday", "2026-02-27")],
         events=both("USA", "ISR", "04") + [V("USA", "IRN", "19")],
         events_may=[V("ISR", "IRN", "19"), V("USA", "IRN", "18"), V("ISR", "IRN", "18"), V("ISR", "USA", "02"),
                     V("USA", "IRN", "04"), V("IRN", "USA", "04"), V("USA", "IRN", "13"), V("ISR", "USA", "03"),
                     V("USA", "ISR", "03")]),
    dict(file="p10_shippingtelegraph.txt", date="2026-01-07",
         url="https://shippingtelegraph.com/maritime-insurance-news/u-s-seizes-two-oil-tankers-linked-to-venezuela-in-north-atlantic-and-caribbean",
         entities=[E("US Coast Guard", "USA", "Coast Guard", "U.S. Coast Guard"), E("North Atlantic", None, "North Atlantic Sea"),
                   E("Caribbean", None), E("Venezuela", "VEN"), E("U.S. European Command", "USA"), RU,
                   E("Kristi Noem", "USA"), E("U.S. Department of Homeland Security", "USA", "DHS"),
                   E("USCGC Munro", "USA", "Munro"), TRUMP, E("Mar-a-Lago", "USA"), E("US Department of War", "USA")],
         may=[US, E("Western Hemisphere", None)],
         quotes=[Q("violations of U.S. sanctions", "U.S. European Command", "United States"),
                 Q("heroic crew", "Kristi Noem"),
                 Q("It's moving along and we'll end up getting it", "Donald Trump"),
                 Q("Yeah, we're actually pursuing it. Can you imagine?", "Donald Trump"),
                 Q("pursuant to a warrant issued by a U.S. federal court", "U.S. European Command", "United States"),
                 Q("threaten the security and stability of the Western Hemisphere", "Donald Trump",
                   "U.S. European Command")],
         quantities=[N("two predawn operations", 2), N("two tanker ships", 2)],
         times=[T("Wednesday", "2026-01-07")],
         events=[],
         events_may=[V("USA", "RUS", "17"), V("USA", "VEN", "17"), V("USA", None, "17"), V("USA", "VEN", "16"),
                     V("USA", "RUS", "16"), V("USA", None, "16")]),
    dict(file="p11_urdupoint.txt", date="2023-03-11", url="https://www.urdupoint.com/en/world/colombia-eln-rebels-declare-mutual-ceasefire-1657218.html",
         entities=[E("Colombia", "COL"), ELN, E("Mexico City", "MEX", "MEXICO CITY"), E("Mexico", "MEX"),
                   E("Marcelo Ebrard", "MEX"), PETRO, E("Caracas", "VEN"), E("Cuba", "CUB"),
                   E("Revolutionary Armed Forces of Colombia", ["COL", None], "FARC"), US, EU],
         may=[E("UrduPoint News", "PAK", "UrduPoint"), E("Sputnik", "RUS"), E("National Government", "COL")],
         quotes=[Q("The National Government and the National Liberation Army declare the beginning of an agreement on a ceasefire and a peaceful dialogue",
                   None, "Colombia", "National Liberation Army")],
         quantities=[N("two delegations", 2), N("two sides", 2)],
         times=[T("11th March, 2023", "2023-03-11"), T("Friday", "2023-03-10"), T("December", "2022-12")],
         events=[],
         events_may=domestic("COL", ["04", "03", "06", "08"]) + [V("MEX", "COL", "04"), V("COL", "MEX", "04"),
                                                                V("MEX", "COL", "05"), V("USA", "COL", "16"),
                                                                V("USA", None, "16"), V(None, "COL", "16")]),
    dict(file="p12_radiohc.txt", date="2023-06-09",
         url="https://radiohc.cu/index.php/noticias/internacionales/325065-third-round-of-peace-talks-between-government-of-colombia-and-eln-closes-with-bilateral-ceasefire-agreement",
         entities=[E("Colombia", "COL"), ELN, E("Havana", "CUB"), PETRO, E("Miguel Díaz-Canel", "CUB", "Díaz-Canel"),
                   E("Cuba", "CUB"), E("Otty Patiño", "COL"), E("Pablo Beltrán", ["COL", None]),
                   E("Colombian Armed Forces", "COL"), E("Mexico City", "MEX"), E("Caracas", "VEN"),
                   E("Antonio García", ["COL", None]), E("Bruno Rodríguez Parrilla", "CUB"),
                   E("Álvaro Leyva Durán", "COL")],
         may=[E("RHC", "CUB", "Radio Habana Cuba"), E("Cuba Agreements", None), E("El Laguito", "CUB"),
              E("Cubanacán", "CUB"), E("Protocol Room", "CUB")],
         quotes=[],
         quantities=[N("two previous rounds", 2)],
         times=[T("June 9", "2023-06-09"), T("Friday", "2023-06-09"), T("May 2", "2023-05-02")],
         events=[],
         events_may=domestic("COL", ["04", "03", "06", "08", "19"]) + both("COL", "CUB", "04")
         + [V("CUB", "COL", "05"), V("CUB", None, "04")]),
    dict(file="p13_timesofisrael.txt", date="2020-01-05",
         url="https://www.timesofisrael.com/trump-threatens-disproportionate-response-to-any-iranian-attacks-on-us-targets/",
         entities=[TRUMP, E("Iran", "IRN", "Islamic Republic"), US, E("Mike Pompeo", "USA", "Pompeo"),
                   E("Qassem Soleimani", "IRN", "Soleimani"), E("Washington", "USA", "WASHINGTON"),
                   E("Congress", "USA", "United States Congress")],
         may=[E("Tehran", "IRN")],
         quotes=[Q("We're going to respond against the actual decision-makers", None, "Mike Pompeo"),
                 Q("These Media Posts will serve as notification to the United States Congress", "Donald Trump"),
                 Q("Such legal notice is not required, but is given nevertheless!", "Donald Trump")],
         quantities=[],
         times=[T("Sunday", "2020-01-05")],
         events=[V("USA", "IRN", "13")],
         events_may=[V("USA", "IRN", "19"), V("USA", "IRN", "18"), V("IRN", "USA", "13"), V("IRN", "USA", "19"),
                     V("USA", "USA", "02"), V("USA", None, "13")]),
    dict(file="p14_yalibnan.txt", date="2017-08-11", url="https://yalibnan.com/2017/08/11/trump-doubles-down-on-fire-and-fury-warning-to-north-korea/",
         entities=[TRUMP, PRK, E("Guam", "USA"), US, E("Kim Jong Un", "PRK"), E("New Jersey", "USA"),
                   E("Mike Pence", "USA"), E("H.R. McMaster", "USA"), WH, E("John Kelly", "USA")],
         may=[E("Pyongyang", "PRK")],
         quotes=[Q("fire and fury", "Donald Trump"),
                 Q("Let's see what [Kim Jong Un] does with Guam", "Donald Trump"),
                 Q("Maybe it wasn't tough enough.", "Donald Trump"),
                 Q("They've been doing this to our country for a long time, for many years", "Donald Trump"),
                 Q("It's about time that somebody stuck up for the people of this country", "Donald Trump"),
                 Q("You'll see. You'll see.", "Donald Trump"),
                 Q("If North Korea does anything in terms of even thinking about attacking anybody", "Donald Trump"),
                 Q("We don't talk about that", "Donald Trump"),
                 Q("I never do.", "Donald Trump"),
                 Q("What they've been doing, what they've been getting away with, is a tragedy", "Donald Trump")],
         quantities=[],
         times=[T("Thursday", "2017-08-10"), T("Tuesday", "2017-08-08")],
         events=[V("USA", "PRK", "13"), V("PRK", "USA", "13")],
         events_may=[V("USA", "PRK", "11"), V("USA", "PRK", "19"), V("USA", "USA", "11"), V("USA", None, "13")]),
    dict(file="p15_propertygazette.txt", date="2017-08-09",
         url="https://thepropertygazette.org/2017/08/09/washington-reacts-to-trumps-fire-and-fury-warning-to-north-korea/",
         entities=[TRUMP, PRK, E("Washington Post", "USA"), US, E("Guam", "USA"), E("Timothy Naftali", "USA"),
                   E("New York University", "USA"), E("CNN", "USA"), E("Chuck Schumer", "USA"), E("Senate", "USA"),
                   E("Dianne Feinstein", "USA")],
         may=[E("Washington", "USA"), E("Pyongyang", "PRK")],
         quotes=[Q("North Korea best not make any more threats to the United States", "Donald Trump"),
                 Q("Donald Trump may put himself in a box because he is promising action", "Timothy Naftali"),
                 Q("reckless", "Chuck Schumer"),
                 Q("President Trump is not helping the situation with his bombastic comments", "Dianne Feinstein")],
         quantities=[],
         times=[T("Tuesday", "2017-08-08")],
         events=[V("USA", "PRK", "13"), V("PRK", "USA", "13")],
         events_may=[V("USA", "USA", "11"), V("USA", None, "11"), V("PRK", "USA", "19"), V("USA", "PRK", "11")]),
    dict(file="p16_axar.txt", date="2017-03-29", url="https://en.axar.az/news/world/159357.html",
         entities=[E("Murray McCully", "NZL", "McCully", "Mr McCully"), E("New Zealand", "NZL"), E("Yemen", "YEM"),
                   E("Greater Horn of Africa", None), E("Nigeria", "NGA"), E("World Food Programme", None),
                   E("South Sudan", "SSD"), E("International Committee of the Red Cross", None)],
         may=[E("Africa", None)],
         quotes=[Q("More than 20 million people are currently facing famine conditions or severe food shortages",
                   "Murray McCully"),
                 Q("Droughts in some of these areas have been compounded by conflict and insecurity", "Murray McCully"),
                 Q("Our relief package will make a total of $1 million available", "Murray McCully"),
                 Q("We will also provide $1 million to support the World Food Programme's work in South Sudan",
                   "Murray McCully")],
         quantities=[N("$3Mln", 3000000, "NZD"), N("$3 million", 3000000, "NZD"), N("$1 million", 1000000, "NZD"),
                     N("More than 20 million people", 20000000)],
         times=[],
         events=[V("NZL", "YEM", "07"), V("NZL", "NGA", "07"), V("NZL", "SSD", "07")],
         events_may=[V("NZL", None, "07"), V("NZL", "YEM", "03"), V("NZL", "NGA", "03"), V("NZL", "SSD", "03"),
                     V("NZL", None, "03")]),
    dict(file="p17_sudanevents.txt", date="2023-10-03",
         url="https://sudanevents.com/index.php/2023/10/03/the-minister-of-social-development-reveals-the-amount-of-aid-that-has-reached-the-country/",
         entities=[E("Port Sudan", "SDN"), E("Muhammad Adam Bakhit", "SDN", "Bakhit"), UN, E("Sudan", "SDN"),
                   E("King Salman Humanitarian Aid and Relief Centre", "SAU"), E("Geneva", "CHE"),
                   E("Humanitarian Aid Commission", "SDN")],
         may=[E("Sudan Events", "SDN"), E("Saudi Arabia", "SAU"), E("Coral Hotel", "SDN"),
              E("Sudan Support Conference", None)],
         quotes=[],
         quantities=[N("(64,322) tons", 64322, "t"), N("(51,800) tons", 51800, "t"), N("(480) thousand tons", 480000, "t")],
         times=[T("today", "2023-10-03"), T("this year", "2023")],
         events=[V("SAU", "SDN", "07")],
         events_may=[V(None, "SDN", "07"), V("SDN", None, "02"), V("SDN", None, "11"), V("SDN", "SAU", "05"),
                     V("SAU", "SDN", "03")]),
    dict(file="p18_eyeradio.txt", date="2023-10-28",
         url="https://www.eyeradio.org/south-sudan-receives-27-tons-of-humanitarian-aid-from-saudi-arabia/",
         entities=[E("South Sudan", "SSD"), E("Saudi Arabia", "SAU", "Kingdom of Saudi Arabia"), E("Juba", "SSD"),
                   E("Albino Atak Akol", "SSD", "Atak", "Minister Atak"), E("King Salman Bin Abdulaziz", "SAU"),
                   E("Salva Kiir", "SSD", "President Kiir", "President Salva Kiir"), E("Sudan", "SDN"),
                   E("Juba International Airport", "SSD")],
         may=[E("Gulf States", None, "Gulf")],
         quotes=[Q("They are transported through six cargo planes with capacity of 27 tons each.", "Albino Atak Akol"),
                 Q("The first cargo has arrived; we are going to receive the second cargo later in the evening",
                   "Albino Atak Akol"),
                 Q("I appeal to other donors to support the effort of the government of South Sudan to response this crisis",
                   "Albino Atak Akol"),
                 Q("It is not only a promise but something tangible that we've received today.", "Albino Atak Akol")],
         quantities=[N("27 tons", 27, "t"), N("more than 350,000 people", 350000), N("six cargo planes", 6),
                     N("another two cargos", 2)],
         times=[T("Saturday", "2023-10-28"), T("August 31, 2023", "2023-08-31"), T("April 15, 2023", "2023-04-15"),
                T("today", "2023-10-28"), T("tomorrow", "2023-10-29")],
         events=[V("SAU", "SSD", "07")],
         events_may=[V("SSD", "SAU", "02"), V("SSD", None, "02"), V("SSD", "SAU", "05"), V("SAU", "SSD", "03")]
         + domestic("SDN", ["19", "18"])),
    dict(file="p19_thetransparency.txt", date="2023-09-11",
         url="https://thetransparency.uk/2023/09/11/we-urge-the-british-to-stop-spreading-false-information-mofa-reacts-to-uks-chinese-spy-claims/",
         entities=[E("United Kingdom", "GBR", "UK", "Britain"), E("Mao Ning", "CHN"), CN, E("British Parliament", "GBR"),
                   UA, E("Wang Fan", "CHN"), E("Mariupol Drama Theatre", "UKR"), BIDEN, E("Taiwan", "TWN")],
         may=[E("Ministry of Foreign Affairs", "CHN", "MOFA"), E("Official Secrets Act", "GBR"), US],
         quotes=[Q("We urge the British to stop spreading false information", "Mao Ning", "China", "Ministry of Foreign Affairs"),
                 Q("The so-called 'Chinese espionage against Britain' makes no sense, and the Chinese side firmly opposes it.",
                   "Mao Ning", "China"),
                 Q("It is hoped that the British side will stop political hype", "Mao Ning", "China"),
                 Q("On the issue of Ukraine, China's position is consistent and clear.", "Mao Ning", "China"),
                 Q("illegal", "Ukraine"),
                 Q("difficult economic problem", "Joe Biden"),
                 Q("Taiwan is China's Taiwan, and the Taiwan issue is China's internal affair", "Mao Ning", "China")],
         quantities=[N("two men", 2)],
         times=[T("Monday", "2023-09-11"), T("March", "2023-03")],
         events=[V("CHN", "GBR", "12"), V("CHN", "GBR", "02")],
         events_may=[V("CHN", "GBR", "11"), V("GBR", "CHN", "11"), V("GBR", "CHN", "17"), V("UKR", "CHN", "11"),
                     V("CHN", "USA", "12"), V("CHN", None, "02"), V("USA", "CHN", "11")]),
    dict(file="p20_ecns.txt", date="2024-05-17", url="http://ecns.cn/news/politics/2024-05-17/detail-iheamvqc7127735.shtml",
         entities=[CN, RU, E("Wang Wenbin", "CHN", "Wang"), US, UA, E("U.S. Congress", "USA")],
         may=[E("Washington", "USA"), E("Foreign Ministry", "CHN")],
         quotes=[Q("groundless accusations", "Wang Wenbin", "China", "Foreign Ministry"),
                 Q("We don't accept the blame-shifting of the United States", "Wang Wenbin", "China"),
                 Q("This is a typical case of double standards, which is extremely hypocritical and irresponsible",
                   "Wang Wenbin", "China")],
         quantities=[N("$2 billion", 2000000000, "USD"), N("$61 billion", 61000000000, "USD")],
         times=[T("Thursday", "2024-05-16"), T("Wednesday", "2024-05-15"), T("last month", "2024-04")],
         events=[V("CHN", "USA", "12"), V("CHN", "USA", "11"), V("CHN", "USA", "02"), V("USA", "UKR", "07")],
         events_may=[V("USA", "CHN", "11"), V("USA", "UKR", "03"), V("CHN", None, "03"), V("CHN", "RUS", "07")]),
    dict(file="p21_thestar.txt", date="2024-11-01",
         url="https://www.thestar.com.my/aseanplus/aseanplus-news/2024/11/01/troops-withdraw-from-border-standoff",
         entities=[CN, E("Ladakh", "IND"), E("Himalayas", None)],
         may=[IN],
         quotes=[],
         quantities=[N("two face-off points", 2), N("about 4,000km", 4000, "km"), N("20 Indian", 20),
                     N("four Chinese soldiers", 4), N("two most populous nations", 2), N("two sides", 2)],
         times=[T("Wednesday", "2024-10-30"), T("yesterday", "2024-10-31"), T("1962", "1962")],
         events=both("IND", "CHN", "08"),
         events_may=both("IND", "CHN", "03", "05", "06", "04", "19", "18")),
    dict(file="p22_zerohedge.txt", date="2017-08-28", url="https://www.zerohedge.com/news/2017-08-28/india-and-china-agree-disengage-troops-along-disputed-border-area",
         entities=[IN, CN, E("Doklam", ["BTN", "CHN", None], "Doklam plateau"), E("Raveesh Kumar", "IND"),
                   E("Bhutan", "BTN"), E("SCMP", "CHN", "South China Morning Post"),
                   E("Ministry of External Affairs", "IND", "India's Ministry of External Affairs"), E("BRICS", None),
                   E("Brazil", "BRA"), RU, E("South Africa", "ZAF"), E("Hua Chunying", "CHN")],
         may=[E("Beijing", "CHN"), E("Chinese foreign ministry", "CHN")],
         quotes=[Q("face-off site at Doklam", "Raveesh Kumar", "India"),
                 Q("expeditious disengagement", "India", "Ministry of External Affairs"),
                 Q("In recent weeks, India and China have maintained diplomatic communication in respect of the incident at Doklam",
                   "Ministry of External Affairs", "India"),
                 Q("On this basis, expeditious disengagement of border personnel at the face-off site at Doklam has been agreed to and is ongoing.",
                   "Ministry of External Affairs", "India"),
                 Q("I am pleased to confirm that trespassing Indian personnel have all pulled back to the Indian side of the boundary",
                   "Hua Chunying", "China")],
         quantities=[],
         times=[T("Monday", "2017-08-28"), T("June", "2017-06")],
         events=[V("IND", "CHN", "08")],
         events_may=both("IND", "CHN", "03", "04", "05", "13") + [V("CHN", "IND", "08")]),
    dict(file="p23_webjosh.txt", date="2021-08-07",
         url="https://webjosh.com/article/indian-chinese-troops-disengage-from-himalayan-border-area-1628330496-310604",
         entities=[E("New Delhi", "IND", "NEW DELHI"), E("Himalayas", None), E("Indian army", "IND"), E("Gogra", "IND"),
                   E("Ladakh", "IND"), IN, CN, E("Pangong Tso", ["IND", "CHN", None])],
         may=[],
         quotes=[Q("temporary structures erected by them along with allied infrastructure, with the actions being mutually verified.",
                   "Indian army", "India"),
                 Q("respective permanent bases", "Indian army", "India"),
                 Q("the landform in the area has been restored by both sides to the pre-standoff period.", "Indian army",
                   "India")],
         quantities=[N("two Asian countries", 2)],
         times=[T("Friday", "2021-08-06"), T("this year", "2021")],
         events=both("IND", "CHN", "08"),
         events_may=both("IND", "CHN", "03", "05", "06")),
    dict(file="p24_vccinews.txt", date="2019-05-27", url="http://vccinews.com/news/36904/u-s-supports-stronger-trade-and-investment-ties-with-vn.html",
         entities=[E("Pham Binh Minh", "VNM", "Minh", "FM Minh"), E("Steven Mnuchin", "USA", "Mnuchin", "Secretary Mnuchin"),
                   E("Wilbur Ross", "USA"), E("Patrick Shanahan", "USA"), VN, US, E("Bien Hoa airport", "VNM", "Bien Hoa"),
                   E("Eliot Engel", "USA", "Eliot"), E("House Committee for Foreign Affairs", "USA"),
                   E("AES Corporation", "USA"), E("Gustavo Pimenta", ["USA", "BRA", None])],
         may=[E("trade and investment framework agreement", None, "TIFA")],
         quotes=[],
         quantities=[N("two countries", 2), N("two sides", 2)],
         times=[T("Thursday", "2019-05-23"), T("2011", "2011"), T("2015", "2015")],
         events=both("VNM", "USA", "04"),
         events_may=both("VNM", "USA", "03", "05") + [V("USA", "VNM", "07"), V("VNM", "USA", "02")]),
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
