#!/usr/bin/env python3
"""Quote-focused development gold for Storyline (source of labels.jsonl). Run: python3 labels_src.py > labels.jsonl

speakers-dev1: 24 real news articles on international politics, rich in direct quotations, gathered on 2026-11-24
from the `search` tool's stored pages and labelled by reading them, before any system output existed for them and
without looking at the system. Conventions: eval/analysis/README.md ("What is labelled"); eval/heldout/README.md ...
eval/heldout16/README.md and this folder's README.md. Every document is in the "test" split; the set is a
development set for quote-speaker attribution (see README.md)."""
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
RU = E("Russia", "RUS", "Russian Federation")
UA = E("Ukraine", "UKR")
CN = E("China", "CHN", "People's Republic of China")
PAK = E("Pakistan", "PAK", "Islamic Republic of Pakistan")
BY = E("Belarus", "BLR", "Republic of Belarus")


def cap(entity, *more):
    """The same entity with further alt forms (a capital used for its government: "Moscow said ...")."""
    return dict(entity, alt=list(entity["alt"]) + list(more))


EU = E("European Union", None, "EU")
UN = E("United Nations", None, "UN", "U.N.")
NATO = E("NATO", None, "North Atlantic Treaty Organization")
IRN = E("Iran", "IRN", "Islamic Republic of Iran")
TASS = E("TASS", "RUS", "/TASS/", "Russian News Agency TASS")
CONGRESS = E("United States Congress", "USA", "Congress", "US Congress", "U.S. Congress")
WHITE_HOUSE = E("White House", "USA", "the White House")
HUNTSMAN_ALT = ("Huntsman", "John huntsman", "huntsman", "Jon Huntsman", "Jon Meade Huntsman Jr.", "Jon M. Huntsman Jr.",
                "Jon Huntsman Jr", "US Ambassador to Russia Jon Huntsman", "U.S. Ambassador to Russia John huntsman")
ANTONOV_ALT = ("Antonov", "Anatoly Ivanovich Antonov", "Anatoliy Antonov", "Ambassador Antonov",
               "Russia's Ambassador to the US Anatoly Antonov")
TRUMP_ALT = ("Trump", "President Trump", "President Donald Trump", "US President Donald Trump", "Donald J. Trump",
             "Donald John Trump", "Mr Trump", "Mr. Trump")
PUTIN_ALT = ("Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin",
             "Vladimir Vladimirovich Putin")
OBAMA_ALT = ("Obama", "Barack Hussein Obama", "Barack H. Obama", "President Barack Obama", "President Obama")
KERRY_ALT = ("Kerry", "John Forbes Kerry", "John F. Kerry", "Secretary of State John Kerry")
LAVROV_ALT = ("Lavrov", "Sergei Lavrov", "Sergey Viktorovich Lavrov", "Sergei Viktorovich Lavrov",
              "Russian Foreign Minister Sergey Lavrov")
MAY_ALT = ("May", "Theresa Mary May", "Mrs May", "Theresa May")
ABE_ALT = ("Abe", "Shinz\u014d Abe", "Prime Minister Abe", "Prime Minister Shinzo Abe")
RAJNATH_ALT = ("Singh", "Defence Minister Rajnath Singh", "Union defence minister Rajnath Singh", "Shri Rajnath Singh")
LINKEVICIUS_ALT = ("Linkevicius", "Linas Linkevi\u010dius", "Linas Antanas Linkevi\u010dius", "Linas Antanas Linkevicius")
WASZCZYKOWSKI_ALT = ("Waszczykowski", "Witold Waszczykowski")
MOGHERINI_ALT = ("Mogherini", "Federica Mogherini", "High Representative Federica Mogherini")
AYRAULT_ALT = ("Ayrault", "French Foreign Minister Jean-Marc Ayrault")
RYABKOV_ALT = ("Ryabkov", "Sergei Ryabkov", "Russian Deputy Foreign Minister Sergey Ryabkov")
PESKOV_ALT = ("Peskov", "Dmitri Peskov", "Dmitry Sergeyevich Peskov", "Kremlin Spokesman Dmitry Peskov")
MATVIYENKO_ALT = ("Matviyenko", "Valentina Matvienko", "Valentina Ivanovna Matviyenko",
                  "Russian Federation Council Speaker Valentina Matviyenko")
KISHIDA_ALT = ("Kishida", "Japanese Foreign Minister Fumio Kishida")
QURESHI_ALT = ("Qureshi", "Shah Mehmood Qureshi", "Mehmood Qureshi", "Makhdoom Shah Mahmood Qureshi",
               "Foreign Minister Shah Mahmood Qureshi", "Mr Qureshi")
IMRAN_ALT = ("PM Khan", "Prime Minister Imran Khan", "Imran Ahmed Khan Niazi", "Imran Ahmad Khan Niazi")
WANG_YI_ALT = ("Wang", "Foreign Minister Wang Yi", "China's Foreign Minister Wang Yi")
KHATIBZADEH_ALT = ("Khatibzadeh", "Foreign Ministry Spokesman Saeed Khatibzadeh")
LU_SHAYE_ALT = ("Lu", "Ambassador Lu Shaye")
BEAUNE_ALT = ("Beaune", "Cl\u00e9ment Beaune", "Europe Minister Clement Beaune")
LUKASHENKO_ALT = ("Lukashenko", "Alexandr Lukashenko", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka",
                  "Alexander Grigoryevich Lukashenko", "President of Belarus Alexander Lukashenko")
KHRENIN_ALT = ("Khrenin", "Viktar Khrenin", "Defense Minister Viktor Khrenin")
PISTORIUS_ALT = ("Pistorius", "German Defense Minister Boris Pistorius")
POLTORAK_ALT = ("Poltorak", "Defense Minister of Ukraine Stepan Poltorak")
MISTURA_ALT = ("de Mistura", "De Mistura", "Staffan Domingo de Mistura", "Special Envoy Staffan de Mistura",
               "United Nations Special Envoy for Syria Staffan de Mistura")
BAN_ALT = ("Ban", "Ban Ki Moon", "Ban Ki-Moon", "UN Secretary-General Ban Ki Moon", "Secretary-General Ban Ki-moon")

DOCS = [
    dict(file="s01_rusreality.txt", date="2017-12-04",
         url="https://rusreality.com/2017/12/04/the-us-ambassador-called-the-conditions-for-improving-relations-with-russia/",
         entities=[UA, cap(RU, "Moscow"), cap(US, "Washington"), E("Moscow", "RUS"), E("Vedomosti", "RUS"), P("Jon Huntsman Jr.", "USA", HUNTSMAN_ALT),
                   P("Vladimir Putin", "RUS", PUTIN_ALT)],
         may=[E("Washington", "USA"), E("US Embassy in Moscow", "USA", "Embassy in Moscow")],
         quotes=[Q("The situation in Ukraine poses its own challenges, and it is Ukraine, perhaps the only such an important topic",
                   "Jon Huntsman Jr.", *HUNTSMAN_ALT, "United States"),
                 Q("But the original cause cooling - the situation in Ukraine", "Jon Huntsman Jr.", *HUNTSMAN_ALT,
                   "United States"),
                 Q("I wouldn't have accepted the offer to head the Embassy in Moscow, if the goal was to maintain the status quo,",
                   "Jon Huntsman Jr.", *HUNTSMAN_ALT, "United States")],
         quantities=[N("two countries", 2)],
         times=[T("September", "2017-09"), T("2 October", "2017-10-02")],
         events=[V("USA", "RUS", "04")],
         events_may=[V("RUS", "USA", "04"), V("USA", "RUS", "03"), V("USA", "RUS", "01"), V("USA", "RUS", "11"),
                     V("RUS", "USA", "17"), V("RUS", "UKR", "19")]),
    dict(file="s02_pakistantoday.txt", date="2018-01-14",
         url="https://archive.pakistantoday.com.pk/2018/01/14/russian-us-ambassadors-to-improve-relations-between-countries/",
         entities=[E("Washington", "USA", "WASHINGTON"), cap(RU, "Moscow"), cap(US, "Washington"), P("Anatoly Antonov", "RUS", ANTONOV_ALT),
                   P("Jon Huntsman Jr.", "USA", HUNTSMAN_ALT),
                   E("State Department", "USA", "Department of State", "US Department of State"), WHITE_HOUSE,
                   CONGRESS],
         may=[E("Moscow", "RUS"), E("Capitol Hill", "USA"), E("Day of Russian Press", "RUS")],
         quotes=[Q("I consider Huntsman a clever, smart professional,", "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("The meeting was good, it was constructive and I estimate as positive Huntsman's mood towards the development of the Russian-American relations.",
                   "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("is very important,", "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("He would be working with the [US] Department of State, with the White House",
                   "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("Unfortunately, we have confirmed with regret, it would not be possible to do it promptly.",
                   "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("It will take many efforts from both sides,", "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("We have analysed all the bilateral concerns, all the bilateral problems.", "Anatoly Antonov",
                   *ANTONOV_ALT, "Russia")],
         quantities=[],
         times=[T("Saturday", "2018-01-13"), T("Thursday", "2018-01-11")],
         events=both("RUS", "USA", "04"),
         events_may=both("RUS", "USA", "03") + [V("RUS", "USA", "05"), V("USA", "RUS", "05")]),
    dict(file="s03_sevendaynews.txt", date="2017-12-01",
         url="https://sevendaynews.com/2017/12/09/the-american-ambassador-praised-the-work-of-russian-colleagues/",
         entities=[E("Moscow", "RUS", "MOSCOW"), US, RU, P("Jon Huntsman Jr.", "USA", HUNTSMAN_ALT),
                   P("Anatoly Antonov", "RUS", ANTONOV_ALT), E("Washington", "USA"),
                   E("Saint Petersburg", "RUS", "St. Petersburg", "St Petersburg"), E("Paper", "RUS", "Bumaga"),
                   E("Yekaterinburg", "RUS"), E("Primorsky Krai", "RUS"),
                   E("Sakhalin Oblast", "RUS", "Sakhalin region", "Sakhalin"), E("Yuzhno-Sakhalinsk", "RUS")],
         may=[E("RIA Novosti", "RUS"), E("US Embassy in Moscow", "USA", "American Embassy"),
              E("Russian Far East", "RUS", "far East", "Far East")],
         quotes=[Q("I really believe that what we do at the Embassy, and that makes the Ambassador Antonov in Washington",
                   "Jon Huntsman Jr.", *HUNTSMAN_ALT, "United States"),
                 Q("expressed willingness to cooperate", "Anatoly Antonov", *ANTONOV_ALT, "Russia"),
                 Q("I met with senior officials with whom we have too long did not communicate.",
                   "Jon Huntsman Jr.", *HUNTSMAN_ALT, "United States"),
                 Q("one of the officials in the region, including acting Governor of Primorsky Krai",
                   "US Embassy in Moscow", "American Embassy", "United States", "Jon Huntsman Jr.")],
         quantities=[N("two countries", 2)],
         times=[T("1 Dec", "2017-12-01"), T("Friday", "2017-12-01")],
         events=[V("USA", "RUS", "04")],
         events_may=[V("RUS", "USA", "04"), V("USA", "RUS", "05"), V("RUS", "USA", "05"), V("USA", "RUS", "03"),
                     V("RUS", "USA", "03"), V("RUS", "USA", "12"), V("USA", "RUS", "11"), V("USA", "RUS", "16")]),
    dict(file="s04_spellcubesapp.txt", date="2019-06-04",
         url="https://spellcubesapp.com/news/international/world-news/theresa-may-marks-last-press-meet-with-message-of-compromise-for-trump/printarticle/69654539.cms",
         entities=[E("London", "GBR", "LONDON"), P("Theresa May", "GBR", MAY_ALT), P("Donald Trump", "USA", TRUMP_ALT),
                   E("United Kingdom", "GBR", "UK", "Britain"), US,
                   E("Foreign and Commonwealth Office", "GBR", "FCO", "Foreign Office"), cap(IRN, "Tehran"), CN, EU],
         may=[E("Downing Street", "GBR", "10 Downing Street"), E("Tehran", "IRN"), E("Paris Agreement", None),
              E("Brexit", None), E("Joint Comprehensive Plan of Action", None, "nuclear deal", "Iran nuclear deal")],
         quotes=[Q("Like Prime Ministers and Presidents before us, and no doubt those that will come after",
                   "Theresa May", *MAY_ALT, "United Kingdom"),
                 Q("Today, we have discussed again the importance of our two nations working together to address Iran's destabilising activity in the region",
                   "Theresa May", *MAY_ALT, "United Kingdom"),
                 Q("credit she deserves", "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("two leaders", 2), N("two nations", 2)],
         times=[T("Tuesday", "2019-06-04"), T("Friday", "2019-06-07"), T("Today", "2019-06-04")],
         events=both("GBR", "USA", "04"),
         events_may=both("GBR", "USA", "03") + both("GBR", "USA", "05")
         + [V("GBR", "IRN", "11"), V("USA", "IRN", "11"), V("USA", "IRN", "12"), V("USA", "IRN", "16"),
            V("GBR", "USA", "11"), V("GBR", "USA", "12")]),
    dict(file="s05_sputniknews.txt", date="2017-02-10",
         url="https://sputniknews.com/20170210/donald-trump-shinzo-abe-news-conference-1050561565.html",
         entities=[P("Donald Trump", "USA", TRUMP_ALT), E("Japan", "JPN"), P("Shinzo Abe", "JPN", ABE_ALT),
                   E("Washington", "USA", "DC", "Washington, D.C."), WHITE_HOUSE, US,
                   P("Theresa May", "GBR", MAY_ALT, "British Prime Minister Theresa May")],
         may=[E("East Room", "USA", "East Room of the White House"), E("United Kingdom", "GBR"),
              E("North Korea", "PRK"), E("US armed forces", "USA")],
         quotes=[Q("It is important that both Japan and the United States continue to invest very heavily in the alliance",
                   "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("very very high priority.", "Donald Trump", *TRUMP_ALT, "United States"),
                 Q("seek a trading relationship that is free, fair, and reciprocal, benefitting both of our countries.",
                   "Donald Trump", *TRUMP_ALT, "United States")],
         quantities=[N("two leaders", 2), N("two nations", 2)],
         times=[T("Friday", "2017-02-10"), T("January", "2017-01")],
         events=both("USA", "JPN", "04") + [V("GBR", "USA", "04")],
         events_may=both("USA", "JPN", "03") + both("USA", "JPN", "05")
         + [V("USA", "GBR", "04"), V("USA", "JPN", "11"), V("USA", "PRK", "11"), V("JPN", "PRK", "11")]),
    dict(file="s06_hindustantimes.txt", date="2021-06-17",
         url="https://www.hindustantimes.com/india-news/india-capable-of-giving-befitting-reply-to-aggression-rajnath-singh-101623942078829.html",
         entities=[E("India", "IND"), P("Rajnath Singh", "IND", RAJNATH_ALT), CN,
                   E("Border Roads Organisation", "IND", "BRO"), E("Arunachal Pradesh", "IND"), E("Ladakh", "IND"),
                   E("Jammu and Kashmir", ["IND", "PAK", None], "Jammu & Kashmir"), E("Lakhimpur", "IND"),
                   E("Assam", "IND")],
         may=[E("Act East policy", "IND", "Act East"), E("South East Asia", None, "Southeast Asia"),
              E("Galwan Valley", ["IND", "CHN", None], "Galwan")],
         quotes=[Q("priest of peace", "Rajnath Singh", *RAJNATH_ALT, "India"),
                 Q("bravery, valour and sacrifice", "Rajnath Singh", *RAJNATH_ALT, "India"),
                 Q("India is a priest of world peace. We have never indulged in aggression with any country in the world including our neighbours",
                   "Rajnath Singh", *RAJNATH_ALT, "India")],
         quantities=[N("12 roads", 12), N("10", 10), N("one each", 1)],
         times=[T("Thursday", "2021-06-17")],
         events=[V("IND", "CHN", "13")],
         events_may=[V("IND", "CHN", "11"), V("IND", None, "13"), V("CHN", "IND", "19"), V("IND", "CHN", "19")]),
    dict(file="s07_ukranews.txt", date="2018-04-16",
         url="https://ukranews.com/en/news/558305-lithuania-s-foreign-minister-linkevicius-expects-russian-sanctions-to-be-extended-by-12-months-due",
         entities=[E("Lithuania", "LTU", "Lithiania"), P("Linas Linkevi\u010dius", "LTU", LINKEVICIUS_ALT,
                                                          "Foreign Minister of Lithiania Linas Linkevicius"),
                   EU, RU, E("Foreign Affairs Council", None, "Council of the Foreign Ministers of the European Union"),
                   E("Luxembourg", "LUX", "Luxemburg"), E("Ukrainian News Agency", "UKR"), E("Syria", "SYR"),
                   E("Iran", "IRN"), E("Council of the European Union", None, "Council"), UA,
                   E("European Council", None)],
         may=[E("Minsk agreements", None, "Minsk process"), E("Western Balkans", None)],
         quotes=[Q("We have sanctions because of the Minsk agreements. Since there is no progress in the Minsk process",
                   "Linas Linkevi\u010dius", *LINKEVICIUS_ALT, "Lithuania")],
         quantities=[],
         times=[T("Monday", "2018-04-16"), T("2020", "2020"), T("December 2017", "2017-12"),
                T("July 31, 2018", "2018-07-31"), T("31 July 2014", "2014-07-31"), T("September 2014", "2014-09"),
                T("19 March 2015", "2015-03-19"), T("31 December 2015", "2015-12-31")],
         events=[],
         events_may=[V(None, "RUS", "16"), V("LTU", "RUS", "16"), V("LTU", "RUS", "11"), V("RUS", "UKR", "17"),
                     V("RUS", "UKR", "19"), V(None, None, "04")]),
    dict(file="s08_cubasi.txt", date="2016-05-23",
         url="http://cubasi.cu/en/world/item/7880-extension-of-russia-sanctions-is-certain-polish-minister",
         entities=[RU, P("Witold Waszczykowski", "POL", WASZCZYKOWSKI_ALT), EU, E("Brussels", "BEL"),
                   P("Federica Mogherini", ["ITA", None], MOGHERINI_ALT), E("Die Welt", "DEU"), UA, US,
                   E("Germany", "DEU"), E("France", "FRA"), E("Italy", "ITA"), E("Hannover", "DEU", "Hanover"),
                   E("European Parliament", None), E("Crimea", ["UKR", "RUS", None])],
         may=[E("Poland", "POL"), E("Minsk agreement", None, "Minsk agreements"), E("Moscow", "RUS")],
         quotes=[Q("the extension will be a natural process", "Witold Waszczykowski", *WASZCZYKOWSKI_ALT, "Poland")],
         quantities=[],
         times=[T("today", "2016-05-23"), T("2014", "2014"), T("April", "2016-04"), T("May 12th", "2016-05-12")],
         events=[],
         events_may=[V(None, "RUS", "16"), V("POL", "RUS", "16"), V("POL", "RUS", "11"), V("RUS", "UKR", "17"),
                     V("RUS", "UKR", "19"), V(None, "RUS", "11")]
         + pairs(["USA", "DEU", "FRA", "ITA"], "04")),
    dict(file="s09_tass.txt", date="2016-06-20", url="http://tass.com/world/883572",
         entities=[E("France", "FRA", "Paris"), RU, EU, E("Brussels", "BEL"), E("Luxembourg", "LUX", "LUXEMBOURG"),
                   E("Jean-Marc Ayrault", "FRA", *AYRAULT_ALT),
                   E("Council of the European Union", None, "EU Council"), E("European Council", None)],
         may=[TASS, E("Paris", "FRA")],
         quotes=[Q("Sanctions are to be prolonged by six months, but there must be a discussion",
                   "Jean-Marc Ayrault", *AYRAULT_ALT, "France"),
                 Q("I would like the forthcoming meeting of the European Council to hold a discussion",
                   "Jean-Marc Ayrault", *AYRAULT_ALT, "France")],
         quantities=[],
         times=[T("June 20", "2016-06-20"), T("June 28-29", "2016-06-28", "2016-06-29")],
         events=[],
         events_may=[V(None, "RUS", "16"), V("FRA", "RUS", "16"), V("FRA", "RUS", "03"), V("FRA", None, "02")]),
    dict(file="s10_vestikavkaza.txt", date="2016-09-05",
         url="https://en.vestikavkaza.ru/articles/Obama-and-Putin-failed-to-agree-on-Syria.html",
         entities=[P("Barack Obama", "USA", OBAMA_ALT), P("Vladimir Putin", "RUS", PUTIN_ALT), E("Syria", "SYR"),
                   US, RU, TASS, E("G20", None, "Group of 20"), P("John Kerry", "USA", KERRY_ALT),
                   P("Sergey Lavrov", "RUS", LAVROV_ALT), UA],
         may=[],
         quotes=[Q("ease tensions in Syria", "Vladimir Putin", *PUTIN_ALT, "Russia"),
                 Q("within a few days,", "Vladimir Putin", *PUTIN_ALT, "Russia"),
                 Q("Against all odds we have a certain rapprochement and understanding of what we might do to ease tensions in Syria",
                   "Vladimir Putin", *PUTIN_ALT, "Russia"),
                 Q("It is early now to speak of any parameters of our agreements", "Vladimir Putin", *PUTIN_ALT,
                   "Russia"),
                 Q("It was constructive,", None, "United States"),
                 Q("It's clear now what our respective positions are,", None, "United States")],
         quantities=[N("two leaders", 2), N("two nations", 2)],
         times=[T("Monday", "2016-09-05")],
         events=both("USA", "RUS", "04"),
         events_may=both("USA", "RUS", "03") + both("USA", "RUS", "12") + both("USA", "RUS", "06")
         + [V("RUS", "USA", "17"), V("USA", "RUS", "11")]),
    dict(file="s11_tass.txt", date="2022-11-11", url="https://tass.com/politics/1535389",
         entities=[cap(UA, "Kiev", "Kyiv"), E("Moscow", "RUS", "MOSCOW"), E("Sergey Ryabkov", "RUS", *RYABKOV_ALT),
                   cap(RU, "Moscow"), cap(US, "Washington"),
                   E("Kremlin", "RUS"), E("Dmitry Peskov", "RUS", *PESKOV_ALT), WHITE_HOUSE,
                   E("Andrey Rudenko", "RUS", "Andrei Rudenko", "Rudenko"), P("Sergey Lavrov", "RUS", LAVROV_ALT)],
         may=[TASS, E("Kyiv", "UKR", "Kiev"), E("Washington", "USA")],
         quotes=[Q("I can reiterate that we are open to dialogue without any preconditions. And we have been ready for some time,",
                   "Sergey Ryabkov", *RYABKOV_ALT, "Russia"),
                 Q("On instructions from its Western patrons, Kiev broke off the dialogue which in general was progressing",
                   "Sergey Ryabkov", *RYABKOV_ALT, "Russia"),
                 Q("I can certainly share my opinion here that if Kiev is given an order from certain capitals",
                   "Sergey Ryabkov", *RYABKOV_ALT, "Russia"),
                 Q("on external orders.", "Dmitry Peskov", *PESKOV_ALT, "Kremlin", "Russia")],
         quantities=[],
         times=[T("November 11", "2022-11-11"), T("Friday", "2022-11-11"), T("Monday", "2022-11-07"),
                T("Tuesday", "2022-11-08")],
         events=[V("RUS", "USA", "03")],
         events_may=[V("RUS", "UKR", "03"), V("RUS", "UKR", "11"), V("UKR", "RUS", "16"), V("RUS", "USA", "11"),
                     V("RUS", "UKR", "19"), V("RUS", None, "03"), V("USA", "UKR", "02"), V("RUS", "USA", "04")]),
    dict(file="s12_tass.txt", date="2018-01-31", url="http://tass.com/politics/987921",
         entities=[US, RU, E("Moscow", "RUS", "MOSCOW"),
                   E("Federation Council", "RUS", "Russian Federation Council"),
                   E("Valentina Matviyenko", "RUS", *MATVIYENKO_ALT), P("Jon Huntsman Jr.", "USA", HUNTSMAN_ALT),
                   E("Dmitry Medvedev", "RUS", "Medvedev", "Dmitri Medvedev", "Dmitry Anatolyevich Medvedev",
                     "Prime Minister Dmitry Medvedev"),
                   E("State Duma", "RUS"),
                   E("Vyacheslav Volodin", "RUS", "Volodin", "Vyacheslav Viktorovich Volodin"),
                   E("Valery Gerasimov", "RUS", "Gerasimov", "Valeri Gerasimov", "Valery Vasilyevich Gerasimov"),
                   CONGRESS],
         may=[TASS, E("General Staff of the Armed Forces of Russia", "RUS", "Russian General Staff")],
         quotes=[Q("As of today, the Federation Council has had no official requests for a meeting from the US ambassador.",
                   "Valentina Matviyenko", *MATVIYENKO_ALT, "Federation Council", "Russia"),
                 Q("This is an essential condition for our mutual understanding and cooperation",
                   "Valentina Matviyenko", *MATVIYENKO_ALT, "Federation Council", "Russia"),
                 Q("I myself was an ambassador, and I believe the key task of an ambassador in the country of duty is by no means confrontation",
                   "Valentina Matviyenko", *MATVIYENKO_ALT, "Federation Council", "Russia"),
                 Q("If an ambassador does not engage in this, of course his mission will fail,",
                   "Valentina Matviyenko", *MATVIYENKO_ALT, "Federation Council", "Russia")],
         quantities=[],
         times=[T("January 31", "2018-01-31"), T("today", "2018-01-31")],
         events=[V("USA", "RUS", "03")],
         events_may=[V("RUS", "USA", "03"), V("RUS", "USA", "04"), V("USA", "RUS", "04"), V("RUS", "USA", "11")]),
]
DOCS += [
    dict(file="s13_sputnikglobe.txt", date="2015-05-01", url="https://sputnikglobe.com/20150501/1021593249.html",
         entities=[E("Moscow", "RUS", "MOSCOW"), E("Japan", "JPN", "Tokyo"), E("Fumio Kishida", "JPN", *KISHIDA_ALT),
                   E("Cuba", "CUB", "Havana"), E("NHK", "JPN", "Japan Broadcasting Corporation"), US,
                   E("Cuba-Japan Friendship Association", ["CUB", "JPN"]),
                   E("Bruno Rodr\u00edguez Parrilla", "CUB", "Bruno Rodriguez", "Bruno Rodr\u00edguez",
                     "Bruno Rodriguez Parrilla", "Bruno Eduardo Rodr\u00edguez Parrilla"),
                   E("Council of Ministers of Cuba", "CUB", "Council of Ministers"),
                   E("Ricardo Cabrisas", "CUB", "Ricardo Cabrisas Ruiz", "Cabrisas")],
         may=[E("Sputnik", "RUS"), E("Tokyo", "JPN"), E("Havana", "CUB")],
         quotes=[Q("There are prospects for the development of friendly relations between Japan and Cuba",
                   "Fumio Kishida", *KISHIDA_ALT, "Japan")],
         quantities=[N("two countries", 2)],
         times=[T("Friday", "2015-05-01"), T("May 3", "2015-05-03"), T("1929", "1929")],
         events=both("JPN", "CUB", "04"),
         events_may=both("JPN", "CUB", "03") + both("JPN", "CUB", "05") + both("USA", "CUB", "03")
         + both("USA", "CUB", "05")),
    dict(file="s14_nation.txt", date="2019-04-10",
         url="https://nation.com.pk/10-Apr-2019/qureshi-to-visit-japan-this-month",
         entities=[E("Islamabad", "PAK", "ISLAMABAD"), P("Shah Mahmood Qureshi", "PAK", QURESHI_ALT), E("Japan", "JPN"),
                   E("Taro Kono", "JPN", "Kono", "Tar\u014d K\u014dno"), E("Kuninori Matsuda", "JPN", "Matsuda"), PAK,
                   E("Tokyo", "JPN")],
         may=[E("Ministry of Foreign Affairs of Pakistan", "PAK", "foreign ministry", "Foreign Office"),
              E("Technical Intern Training Programme", None,
                "Memorandum of Cooperation on Technical Intern Training Programme")],
         quotes=[Q("Both the sides discussed a wide range of issues and expressed satisfaction at the positive growth in relations between Pakistan and Japan.",
                   "Ministry of Foreign Affairs of Pakistan", "Pakistan", "Foreign Office"),
                 Q("It was hoped that Foreign Minister's visit to Japan will further enhance the already existing friendly relations between the two countries.",
                   "Ministry of Foreign Affairs of Pakistan", "Pakistan", "Foreign Office")],
         quantities=[N("two friendly countries", 2), N("two countries", 2)],
         times=[T("April 22-23", "2019-04-22", "2019-04-23")],
         events=both("PAK", "JPN", "04"),
         events_may=both("PAK", "JPN", "03") + both("PAK", "JPN", "05")),
    dict(file="s15_dawn.txt", date="2018-09-08",
         url="https://www.dawn.com/news/1431703/chinas-foreign-minister-meets-shah-mahmood-qureshi",
         entities=[CN, P("Wang Yi", "CHN", WANG_YI_ALT), P("Shah Mahmood Qureshi", "PAK", QURESHI_ALT),
                   E("Afghanistan", "AFG"), PAK, P("Imran Khan", "PAK", IMRAN_ALT), E("Islamabad", "PAK"),
                   E("Mamnoon Hussain", "PAK"), E("National Assembly of Pakistan", "PAK", "National Assembly"),
                   E("Asad Qaiser", "PAK", "Asad Qaisar"),
                   E("Qamar Javed Bajwa", "PAK", "Qamar Bajwa", "Gen Qamar Bajwa", "General Qamar Javed Bajwa"),
                   E("Arif Alvi", "PAK", "Arif-ur-Rehman Alvi", "Dr. Arif Alvi"), US],
         may=[E("China-Pakistan Economic Corridor", None, "China Pakistan Economic Corridor", "CPEC"),
              E("Ministry of Foreign Affairs of China", "CHN", "Chinese foreign office"),
              E("Ministry of Foreign Affairs of Pakistan", "PAK", "Foreign Office"),
              P("Donald Trump", "USA", TRUMP_ALT)],
         quotes=[Q("We are proud of Pakistan and China's friendship,", "Shah Mahmood Qureshi", *QURESHI_ALT, "Pakistan"),
                 Q("withstood every test", "Shah Mahmood Qureshi", *QURESHI_ALT, "Pakistan"),
                 Q("first official visit by a Chinese dignitary since the new government was formed in Pakistan.",
                   None, "Pakistan", "Ministry of Foreign Affairs of Pakistan")],
         quantities=[N("two leaders", 2), N("three other cabinet colleagues", 3)],
         times=[T("Saturday", "2018-09-08"), T("Friday", "2018-09-07")],
         events=both("CHN", "PAK", "04") + both("USA", "PAK", "04"),
         events_may=both("CHN", "PAK", "05") + both("CHN", "PAK", "03") + both("USA", "PAK", "05")
         + both("USA", "PAK", "03") + [V("CHN", "PAK", "07")]),
    dict(file="s16_theiranproject.txt", date="2021-10-25",
         url="https://theiranproject.com/blog/2021/10/25/foreign-ministry-pursuing-iranian-citizens-problems-along-belarus-lithuania-border/",
         entities=[cap(IRN, "Tehran"), cap(BY, "Minsk"), E("Lithuania", "LTU"),
                   E("Saeed Khatibzadeh", "IRN", *KHATIBZADEH_ALT),
                   E("Embassy of the Islamic Republic of Iran in Belarus", "IRN", "Iranian Embassy"),
                   E("Belarus Embassy in Tehran", "BLR"), E("Tehran", "IRN")],
         may=[E("Ministry of Foreign Affairs of Iran", "IRN", "Foreign Ministry"), E("Minsk", "BLR")],
         quotes=[Q("After the Foreign Ministry was informed about issue, the Embassy of the Islamic Republic of Iran in Belarus was commissioned to pursue the matter urgently",
                   "Saeed Khatibzadeh", *KHATIBZADEH_ALT, "Iran", "Ministry of Foreign Affairs of Iran")],
         quantities=[],
         times=[T("Sunday", "2021-10-24")],
         events=[V("IRN", "BLR", "04")],
         events_may=[V("BLR", "IRN", "04"), V("IRN", "BLR", "02"), V("IRN", "BLR", "11"), V("IRN", "BLR", "10"),
                     V("BLR", "IRN", "17"), V("LTU", "IRN", "17"), V("IRN", "LTU", "02")]),
    dict(file="s17_mehrnews.txt", date="2021-04-30",
         url="https://en.mehrnews.com/news/172801/Iran-voices-concern-over-Tajikistan-Kyrgyzstan-border-clashes",
         entities=[IRN, E("Tajikistan", "TJK"), E("Kyrgyzstan", "KGZ"), E("Tehran", "IRN", "TEHRAN"),
                   E("Saeed Khatibzadeh", "IRN", *KHATIBZADEH_ALT)],
         may=[E("Mehr News Agency", "IRN", "MNA"), E("Ministry of Foreign Affairs of Iran", "IRN",
                                                      "Iranian Foreign Ministry", "Foreign Ministry")],
         quotes=[Q("We are confident that the continuation of negotiations between the two countries will lead to the peaceful settlement of any border dispute.",
                   "Saeed Khatibzadeh", *KHATIBZADEH_ALT, "Iran", "Ministry of Foreign Affairs of Iran")],
         quantities=[N("two friendly and brotherly countries", 2), N("two countries", 2), N("two parties", 2)],
         times=[T("Apr. 30", "2021-04-30"), T("Fri.", "2021-04-30")],
         events=both("TJK", "KGZ", "19") + [V("IRN", "TJK", "03"), V("IRN", "KGZ", "03")],
         events_may=both("TJK", "KGZ", "18") + both("TJK", "KGZ", "04") + both("TJK", "KGZ", "08")
         + [V("IRN", "TJK", "05"), V("IRN", "KGZ", "05"), V("IRN", "TJK", "02"), V("IRN", "KGZ", "02"),
            V("IRN", None, "03")]),
    dict(file="s18_newarab.txt", date="2021-03-23",
         url="https://www.newarab.com/news/france-rebukes-china-envoy-over-unacceptable-tweets",
         entities=[E("France", "FRA"), cap(CN, "Beijing"), E("Lu Shaye", "CHN", *LU_SHAYE_ALT),
                   E("Bertrand Lortholary", "FRA", "Lortholary"), E("Cl\u00e9ment Beaune", "FRA", *BEAUNE_ALT),
                   E("Paris", "FRA"), E("France Info", "FRA", "franceinfo"), E("Antoine Bondaz", "FRA", "Bondaz"),
                   E("Foundation for Strategic Research", "FRA", "FRS", "Fondation pour la recherche strat\u00e9gique"),
                   E("Taiwan", "TWN")],
         may=[E("Ministry for Europe and Foreign Affairs", "FRA", "foreign ministry"),
              E("Chinese Embassy in Paris", "CHN", "Chinese embassy in Paris", "Chinese embassy"),
              E("Twitter", "USA"), E("Europe", None), E("Beijing", "CHN")],
         quotes=[Q("this morning to inform him of all the grievances we have concerning him", None, "France",
                   "Ministry for Europe and Foreign Affairs"),
                 Q("the embassy's methods, and the tone of its public comments, were completely unacceptable",
                   "Bertrand Lortholary", "Lortholary", "France", "Ministry for Europe and Foreign Affairs"),
                 Q("insults and threats", None, "France", "Ministry for Europe and Foreign Affairs"),
                 Q("Neither France nor Europe is a doormat,", "Cl\u00e9ment Beaune", *BEAUNE_ALT, "France"),
                 Q("When you are summoned as an ambassador, you pay a visit to the foreign ministry.",
                   "Cl\u00e9ment Beaune", *BEAUNE_ALT, "France"),
                 Q("By targeting lawmakers, the ambassador himself has disregarded the fundamental principle of separation of powers",
                   None, "France", "Ministry for Europe and Foreign Affairs")],
         quantities=[],
         times=[T("Monday", "2021-03-22"), T("Tuesday", "2021-03-23"), T("Friday", "2021-03-19")],
         events=[V("FRA", "CHN", "11"), V("CHN", "FRA", "11")],
         events_may=[V("FRA", "CHN", "04"), V("CHN", "FRA", "04"), V("CHN", "FRA", "12"), V("CHN", "FRA", "13"),
                     V("FRA", "CHN", "13"), V("FRA", "CHN", "10"), V("FRA", "CHN", "02"), V("CHN", "TWN", "11"),
                     V(None, "CHN", "11")]),
    dict(file="s19_tass.txt", date="2020-08-22", url="https://tass.com/world/1192691",
         entities=[E("Minsk", "BLR", "MINSK"), BY, P("Alexander Lukashenko", "BLR", LUKASHENKO_ALT),
                   E("Ministry of Defence of Belarus", "BLR", "Ministry of Defense"),
                   E("Viktor Khrenin", "BLR", *KHRENIN_ALT), E("Grodno", "BLR", "Hrodna"),
                   E("STV", "BLR", "STV TV channel"), NATO, E("Lithuania", "LTU")],
         may=[TASS],
         quotes=[Q("There won't be a warning. We warned them. If they violate the state border, we react without warning,",
                   "Alexander Lukashenko", *LUKASHENKO_ALT, "Belarus"),
                 Q("are approaching the border, turning around and leaving.", "Viktor Khrenin", *KHRENIN_ALT,
                   "Belarus", "Ministry of Defence of Belarus"),
                 Q("But we see them. If on Sunday it is [the movement of forces] in our direction",
                   "Viktor Khrenin", *KHRENIN_ALT, "Belarus", "Ministry of Defence of Belarus"),
                 Q("The most difficult situation can develop in the western regions of the country",
                   "Viktor Khrenin", *KHRENIN_ALT, "Belarus", "Ministry of Defence of Belarus"),
                 Q("it is possible that destructive forces, supervised by the special services of Western countries",
                   "Viktor Khrenin", *KHRENIN_ALT, "Belarus", "Ministry of Defence of Belarus"),
                 Q("At the same time, various provocations are possible to violate the airspace and the state border,",
                   "Viktor Khrenin", *KHRENIN_ALT, "Belarus", "Ministry of Defence of Belarus")],
         quantities=[],
         times=[T("August 22", "2020-08-22"), T("Saturday", "2020-08-22"), T("Sunday", "2020-08-23")],
         events=[V("BLR", None, "13")],
         events_may=[V("BLR", "LTU", "13"), V("BLR", "LTU", "11"), V("BLR", None, "11"), V("BLR", "LTU", "15"),
                     V("BLR", None, "15"), V("LTU", "BLR", "15")]),
    dict(file="s20_apa.txt", date="2024-01-19",
         url="https://en.apa.az/europe/german-defense-minister-pistorius-warns-ukraine-war-could-expand-423653",
         entities=[E("Germany", "DEU"), E("Boris Pistorius", "DEU", *PISTORIUS_ALT), RU, UA, E("APA", "AZE"),
                   E("Deutsche Welle", "DEU", "DW"), E("Kremlin", "RUS"), E("Der Tagesspiegel", "DEU", "Tagesspiegel"),
                   E("Bundeswehr", "DEU"), P("Vladimir Putin", "RUS", PUTIN_ALT), NATO],
         may=[E("Baltic states", None)],
         quotes=[Q("We hear threats from the Kremlin almost every day - most recently again against our friends in the Baltic states,",
                   "Boris Pistorius", *PISTORIUS_ALT, "Germany"),
                 Q("We must quickly strengthen our defense capabilities in light of the urgency of the threat situation.",
                   "Boris Pistorius", *PISTORIUS_ALT, "Germany"),
                 Q("We have to take into account that [Russian President] Vladimir Putin might even attack a NATO country one day,",
                   "Boris Pistorius", *PISTORIUS_ALT, "Germany"),
                 Q("five to eight years", "Boris Pistorius", *PISTORIUS_ALT, "Germany"),
                 Q("shake up our society", "Boris Pistorius", *PISTORIUS_ALT, "Germany")],
         quantities=[],
         times=[T("Friday", "2024-01-19")],
         events=[V("RUS", "UKR", "19")],
         events_may=[V("UKR", "RUS", "19"), V("DEU", "RUS", "11"), V("DEU", "RUS", "13"), V("RUS", None, "13"),
                     V("DEU", "UKR", "07"), V("RUS", "LTU", "13"), V("RUS", "LVA", "13"), V("RUS", "EST", "13")]),
    dict(file="s21_interfax.txt", date="2019-03-31", url="https://en.interfax.com.ua/news/general/576741.html",
         entities=[E("Stepan Poltorak", "UKR", *POLTORAK_ALT), UA, RU,
                   E("Ministry of Defence of Ukraine", "UKR", "Ministry of Defense"),
                   E("Armed Forces of Ukraine", "UKR", "Armed Forces"), E("Crimea", ["UKR", "RUS", None]),
                   E("Pryamiy", "UKR", "Pryamiy TV channel", "Priamyi")],
         may=[E("Sea of Azov", None, "Azov Sea")],
         quotes=[Q("The situation remains difficult. The grouping of troops, which is located on the border with Ukraine, is dangerous for Ukraine.",
                   "Stepan Poltorak", *POLTORAK_ALT, "Ukraine", "Ministry of Defence of Ukraine"),
                 Q("we are getting the information.", "Stepan Poltorak", *POLTORAK_ALT, "Ukraine",
                   "Ministry of Defence of Ukraine"),
                 Q("We are always ready to fulfill our constitutional duty and protect our state,",
                   "Stepan Poltorak", *POLTORAK_ALT, "Ukraine", "Ministry of Defence of Ukraine"),
                 Q("The only thing is that the tactics is changing, the forms of the implementation of aggression are changing.",
                   "Stepan Poltorak", *POLTORAK_ALT, "Ukraine", "Ministry of Defence of Ukraine")],
         quantities=[N("28 battalions", 28)],
         times=[T("Saturday", "2019-03-30"), T("today", "2019-03-30", "2019-03-31")],
         events=[V("UKR", "RUS", "11"), V("RUS", "UKR", "19")],
         events_may=[V("RUS", "UKR", "15"), V("RUS", "UKR", "17"), V("RUS", "UKR", "13"), V("UKR", "RUS", "13")]),
    dict(file="s22_chinagate.txt", date="2016-05-03", url="http://en.chinagate.cn/2016-05/03/content_38368060.htm",
         entities=[UN, E("Staffan de Mistura", ["SWE", "ITA", None], *MISTURA_ALT), E("Syria", "SYR"),
                   E("Aleppo", "SYR"), P("John Kerry", "USA", KERRY_ALT), E("Geneva", "CHE"), US, RU,
                   E("Saudi Arabia", "SAU"),
                   E("Adel al-Jubeir", "SAU", "Ahmed Mohammed al-Jubeir", "Adel bin Ahmed Al-Jubeir", "Adel Al-Jubeir",
                     "Adel Ahmed Al-Jubeir"),
                   E("International Syria Support Group", None, "ISSG")],
         may=[],
         quotes=[Q("it is putting the cessation of hostilities at a high risk.", "Staffan de Mistura", *MISTURA_ALT,
                   "United Nations"),
                 Q("There can be no progress in the political process unless we urgently see tangible benefits on the ground for the Syrian people,",
                   "Staffan de Mistura", *MISTURA_ALT, "United Nations")],
         quantities=[],
         times=[T("Monday", "2016-05-02")],
         events=[],
         events_may=[V(None, "USA", "02"), V(None, "RUS", "02"), V(None, "USA", "04"), V(None, "SAU", "04"),
                     V(None, "SYR", "11"), V("USA", None, "04"), V("SAU", None, "04")]),
    dict(file="s23_emiratesnewswire.txt", date="2016-02-29",
         url="https://emiratesnewswire.com/cessation-of-hostilities-in-syria-is-holding-despite-some-incidents-says-un-chief/",
         entities=[UN, E("Ban Ki-moon", ["KOR", None], *BAN_ALT), E("Syria", "SYR"), E("Geneva", "CHE", "GENEVA"),
                   E("International Syria Support Group", None, "ISSG"),
                   E("Staffan de Mistura", ["SWE", "ITA", None], *MISTURA_ALT), US, RU, E("Damascus", "SYR")],
         may=[E("Emirates News Agency", "ARE", "WAM"), E("Task Force", None, "ISSG Ceasefire Task Force")],
         quotes=[Q("As of now, I can tell you that by and large, the cessation of hostilities is holding, even though we have experienced some incidents.",
                   "Ban Ki-moon", *BAN_ALT, "United Nations"),
                 Q("This morning, I have received a briefing from Special Envoy Staffan de Mistura",
                   "Ban Ki-moon", *BAN_ALT, "United Nations"),
                 Q("first of all we can continue to deliver life-saving humanitarian assistance to many people",
                   "Ban Ki-moon", *BAN_ALT, "United Nations")],
         quantities=[N("at least 400,000 people", 400000)],
         times=[T("29th February 2016", "2016-02-29"), T("today", "2016-02-29"), T("March 7", "2016-03-07")],
         events=[],
         events_may=both("USA", "RUS", "04") + both("USA", "RUS", "06") + [V("USA", "SYR", "06"), V("RUS", "SYR", "06"),
                                                                          V(None, "SYR", "07"), V(None, "SYR", "04")]),
    dict(file="s24_samaa.txt", date="2020-10-31",
         url="https://www.samaa.tv/news/2020/10/imran-khan-on-human-military-rights-violations-admiration-for-trump/",
         entities=[P("Imran Khan", "PAK", IMRAN_ALT), P("Donald Trump", "USA", TRUMP_ALT), US,
                   E("Der Spiegel", "DEU", "Der Speigel", "Spiegel"), PAK, E("Israel", "ISR"),
                   E("Bushra Bibi", "PAK", "Bushra Imran", "Bushra Imran Khan"),
                   E("United Arab Emirates", "ARE", "UAE"), E("Bahrain", "BHR"), E("Sudan", "SDN"),
                   E("Saudi Arabia", "SAU"),
                   E("Muhammad Ali Jinnah", "PAK", "Muhammed Ali Jinnah", "Mohammad Ali Jinnah", "Jinnah",
                     "Quaid-e-Azam Muhammad Ali Jinnah"),
                   E("Pakistan Army", "PAK"), E("England", "GBR")],
         may=[E("Germany", "DEU"), E("Afghanistan", "AFG"), E("Palestine", "PSE")],
         quotes=[Q("She has great wisdom. I discuss everything with her", "Imran Khan", *IMRAN_ALT, "Pakistan"),
                 Q("I would not have survived without her.", "Imran Khan", *IMRAN_ALT, "Pakistan"),
                 Q("As for Pakistan, the founder of the nation, Muhammed Ali Jinnah, a brilliant man",
                   "Imran Khan", *IMRAN_ALT, "Pakistan"),
                 Q("And I use the word freedom very carefully", "Imran Khan", *IMRAN_ALT, "Pakistan")],
         quantities=[],
         times=[T("Friday", "2020-10-30")],
         events=both("ARE", "ISR", "05") + both("BHR", "ISR", "05") + both("SDN", "ISR", "05")
         + [V("PAK", "ISR", "12")],
         events_may=both("SAU", "ISR", "05") + [V("PAK", "USA", "05"), V("PAK", "ISR", "16"), V("ISR", "PSE", "11"),
                                                V("PAK", "ISR", "11")]),
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
