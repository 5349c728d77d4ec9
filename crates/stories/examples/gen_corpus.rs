//! Generates a labelled syndication corpus for the stories and near-duplicate
//! scorers (`eval/stories/run.sh`) and benchmarks (`benches/stories/`).
//!
//! Each real-world event gets a wire text and independent rewrites by other
//! outlets (same facts, different wording: same story, not near-duplicates);
//! wire copies carry syndication edits (datelines, bylines, boilerplate,
//! reordered or dropped paragraphs, word edits, truncation, lead-only copies,
//! rewritten headlines). Distractors reuse an event's actors and place for a
//! different event within days. Output: `corpus.jsonl` (ingestible) and
//! `gold.jsonl` (`{"id", "story", "dup_group"}` per article).
//!
//! Usage: `gen_corpus N OUT_DIR [SEED] [PER_DAY]` (PER_DAY: articles per day, default 40).

use std::fmt::Write as _;
use std::io::Write as _;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const SYL: &[&str] = &[
    "ka", "lo", "mir", "ven", "ta", "ros", "bel", "an", "dor", "vi", "sen", "ga", "tor", "li", "mar", "ne", "zu",
    "pra", "hal", "ek", "os", "ri", "qua", "del", "fen", "ju", "sto", "var", "nik", "el", "bra", "mon", "tis",
];

fn name(rng: &mut Rng, syllables: usize) -> String {
    let mut s = String::new();
    for _ in 0..syllables {
        s.push_str(rng.pick::<&str>(SYL));
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

const OUTLETS: &[&str] = &[
    "Global Wire",
    "Daily Courier",
    "The Morning Ledger",
    "Metro Times",
    "Capital Herald",
    "The Observer Post",
    "Northern Gazette",
    "Evening Standard Online",
    "Pacific Review",
    "The National Desk",
    "City Chronicle",
    "World Report",
    "Harbor News",
    "Union Tribune Digital",
];
const AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "Yonhap", "dpa"];
const MONTHS: &[&str] =
    &["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/// Kinds of event: (label, headline verbs, action phrases, object nouns, consequences).
struct Kind {
    headline: &'static [&'static str],
    action: &'static [&'static str],
    object: &'static [&'static str],
    consequence: &'static [&'static str],
    numbers: &'static [&'static str],
}

const KINDS: &[Kind] = &[
    Kind {
        headline: &[
            "{A} and {B} hold talks on {O}",
            "{A} visits {P} for talks with {B}",
            "{A}, {B} pledge closer ties on {O}",
        ],
        action: &["held talks with", "met", "sat down with", "hosted"],
        object: &["energy cooperation", "a security pact", "trade barriers", "border controls", "visa rules"],
        consequence: &[
            "a joint statement is expected",
            "officials described the meeting as constructive",
            "no agreement was signed",
        ],
        numbers: &["delegates", "officials", "agreements"],
    },
    Kind {
        headline: &[
            "{C} fires missile as {A} warns {B}",
            "{C} launches missile toward sea",
            "Missile test by {C} draws condemnation",
        ],
        action: &[
            "condemned a missile launch reported by",
            "warned after a launch detected by",
            "demanded answers after a test announced by",
        ],
        object: &["a ballistic missile", "a cruise missile", "a hypersonic glide vehicle", "a short-range rocket"],
        consequence: &[
            "the missile flew about {N} kilometres before falling into the sea",
            "air defences were placed on alert",
            "an emergency meeting was called",
        ],
        numbers: &["kilometres", "rockets", "seconds"],
    },
    Kind {
        headline: &["Floods in {P} kill {N}", "{P} floods force thousands from homes", "Rescuers search flooded {P}"],
        action: &["toured flood zones with", "sent rescue teams after talks with", "declared an emergency alongside"],
        object: &["the flood defences", "the river embankments", "emergency shelters", "the drainage network"],
        consequence: &[
            "at least {N} people were killed",
            "thousands were evacuated",
            "roads and bridges were washed away",
        ],
        numbers: &["people", "homes", "villages"],
    },
    Kind {
        headline: &["{A} wins election in {P}", "Vote count shows {A} ahead", "{B} concedes as {A} claims victory"],
        action: &["declared victory over", "conceded defeat to", "challenged the count with"],
        object: &["the presidential vote", "the parliamentary election", "the runoff ballot", "the local elections"],
        consequence: &[
            "turnout reached {N} percent",
            "observers reported few irregularities",
            "the result will be certified next week",
        ],
        numbers: &["votes", "seats", "percent"],
    },
    Kind {
        headline: &[
            "{A} and {B} sign trade deal",
            "Trade pact cuts tariffs between {C} and {D}",
            "{C}, {D} agree to lower tariffs on {O}",
        ],
        action: &["signed a trade agreement with", "agreed to cut tariffs with", "concluded negotiations with"],
        object: &["steel imports", "farm goods", "electric vehicles", "semiconductors", "textiles"],
        consequence: &[
            "tariffs will fall by {N} percent",
            "the deal still needs ratification",
            "exporters welcomed the move",
        ],
        numbers: &["tariffs", "billion dollars", "products"],
    },
    Kind {
        headline: &["Court in {P} rules against {A}", "{A} loses appeal over {O}", "Judges uphold ban on {O}"],
        action: &["lost a court case brought by", "appealed a ruling that favoured", "was ordered to compensate"],
        object: &["a mining permit", "a media licence", "a land reform law", "an extradition request"],
        consequence: &[
            "the court ordered payment of {N} million",
            "lawyers said they would appeal",
            "the ruling takes effect immediately",
        ],
        numbers: &["million", "judges", "pages"],
    },
    Kind {
        headline: &[
            "Thousands protest in {P} against {O}",
            "Police clash with protesters in {P}",
            "Protests spread over {O}",
        ],
        action: &[
            "faced protests organised against",
            "called for calm after clashes with",
            "ordered police to contain marches against",
        ],
        object: &["fuel price rises", "a new pension law", "corruption allegations", "a curfew"],
        consequence: &[
            "police detained {N} people",
            "shops in the centre closed early",
            "organisers promised more marches",
        ],
        numbers: &["protesters", "arrests", "injured"],
    },
    Kind {
        headline: &[
            "Blast at {O} plant in {P}",
            "Fire at {P} factory kills {N}",
            "Investigation opened into {P} explosion",
        ],
        action: &["ordered an inquiry with", "visited the site together with", "promised compensation alongside"],
        object: &["chemical", "fertiliser", "battery", "textile"],
        consequence: &["{N} workers were injured", "the plant was evacuated", "inspectors had flagged safety problems"],
        numbers: &["workers", "tonnes", "firefighters"],
    },
];

const FILLERS: &[&str] = &[
    "The development comes at a sensitive moment for the region, analysts said.",
    "Officials did not immediately respond to requests for comment.",
    "Critics have questioned whether the plan goes far enough.",
    "The announcement was widely covered by local broadcasters.",
    "Diplomats said further meetings were likely in the coming weeks.",
    "Markets reacted calmly to the news on Thursday.",
    "Opposition lawmakers called for a parliamentary hearing.",
    "Independent experts urged caution in interpreting the figures.",
    "Similar measures were discussed last year without result.",
    "Residents interviewed by reporters expressed mixed feelings.",
];

#[derive(Clone)]
struct Event {
    kind: usize,
    a: String,
    b: String,
    c: String,
    d: String,
    place: String,
    object: String,
    day: i64,
    n: u32,
    quote: String,
    detail: Vec<String>,
}

fn fill(t: &str, e: &Event) -> String {
    t.replace("{A}", &e.a)
        .replace("{B}", &e.b)
        .replace("{C}", &e.c)
        .replace("{D}", &e.d)
        .replace("{P}", &e.place)
        .replace("{O}", &e.object)
        .replace("{N}", &e.n.to_string())
}

fn new_event(rng: &mut Rng, day: i64, actors: Option<&Event>) -> Event {
    let kind = rng.below(KINDS.len());
    let k = &KINDS[kind];
    let (a, b, c, d, place) = match actors {
        Some(o) => (o.a.clone(), o.b.clone(), o.c.clone(), o.d.clone(), o.place.clone()),
        None => {
            let a = format!("{} {}", name(rng, 2), name(rng, 3));
            let b = format!("{} {}", name(rng, 2), name(rng, 2));
            (a, b, name(rng, 3), name(rng, 3), name(rng, 3))
        }
    };
    let object = rng.pick(k.object).to_string();
    let detail: Vec<String> = (0..6).map(|_| name(rng, 2).to_lowercase()).collect();
    let quote = format!("We will not accept any {} that ignores the {} of {}", detail[0], detail[1], place);
    Event { kind, a, b, c, d, place, object, day, n: 3 + rng.below(400) as u32, quote, detail }
}

/// One outlet's own write-up of an event: paragraphs built from shuffled
/// paraphrase choices and event-specific details.
fn write_up(rng: &mut Rng, e: &Event) -> (String, Vec<String>) {
    let k = &KINDS[e.kind];
    let title = fill(rng.pick::<&str>(k.headline), e);
    let action = rng.pick(k.action);
    let when = ["on Tuesday", "this week", "late on Monday", "on Wednesday", "earlier today"];
    let w = rng.pick(&when);
    let lead_forms = [
        format!("{} {} {} in {} {}, in a move focused on {}.", e.a, action, e.b, e.place, w, e.object),
        format!("In {} {}, {} {} {} over {}.", e.place, w, e.a, action, e.b, e.object),
        format!("{} of {} {} {} {}, with {} at the centre of the discussion.", e.a, e.c, action, e.b, w, e.object),
    ];
    let mut paras = vec![rng.pick(&lead_forms).clone()];
    let cons = fill(rng.pick::<&str>(k.consequence), e);
    let cons_forms = [
        format!("According to officials in {}, {}.", e.place, cons),
        format!("{}{}, local media reported.", cons.get(..1).unwrap_or("").to_uppercase(), cons.get(1..).unwrap_or("")),
        format!("Authorities said {} as the situation in {} developed.", cons, e.place),
    ];
    paras.push(rng.pick(&cons_forms).clone());
    let qf = [
        format!("\u{201c}{}.\u{201d} {} said.", e.quote, e.a),
        format!("{} told reporters: \u{201c}{}.\u{201d}", e.a, e.quote),
        format!("\u{201c}{},\u{201d} {} said, speaking to journalists in {}.", e.quote, e.a, e.place),
    ];
    paras.push(rng.pick(&qf).clone());
    let unit = rng.pick(k.numbers);
    let nf = [
        format!(
            "The figure of {} {} was cited by the {} ministry and could not be independently verified.",
            e.n, unit, e.d
        ),
        format!("Some {} {} were involved, said a spokesperson for the {} {} office.", e.n, unit, e.detail[2], e.c),
        format!("Officials from {} put the number at about {} {}.", e.d, e.n, unit),
    ];
    paras.push(rng.pick(&nf).clone());
    let bf = [
        format!(
            "The {} programme and the {} agency in {} have been at the heart of the dispute for months.",
            e.detail[3], e.detail[4], e.c
        ),
        format!(
            "Observers noted that {} and {} had clashed before over the {} project in {}.",
            e.a, e.b, e.detail[3], e.place
        ),
        format!(
            "The {} issue and the {} talks have shaped relations between {} and {}.",
            e.detail[4], e.detail[5], e.c, e.d
        ),
    ];
    paras.push(rng.pick(&bf).clone());
    let mut extra = String::new();
    for _ in 0..2 {
        let _ = write!(extra, "{} ", rng.pick(FILLERS));
    }
    paras.push(extra.trim().to_string());
    paras.push(format!(
        "{} is expected to return to {} after further meetings with {} about {}.",
        e.b, e.d, e.detail[1], e.object
    ));
    let tail = paras.split_off(1);
    let mut tail = tail;
    for i in (1..tail.len()).rev() {
        if rng.chance(0.5) {
            let j = rng.below(i + 1);
            tail.swap(i, j);
        }
    }
    paras.extend(tail);
    (title, paras)
}

const SWAPS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("officials", "authorities"),
    ("about", "around"),
    ("told reporters", "told journalists"),
    ("expected", "set"),
    ("meetings", "talks"),
    ("the situation", "events"),
];

/// A syndicated copy of a wire text.
fn copy_of(rng: &mut Rng, title: &str, paras: &[String], e: &Event) -> (String, String) {
    let mut p: Vec<String> = paras.to_vec();
    let variant = rng.below(6);
    match variant {
        0 => p.truncate(2.max(p.len() / 2)),
        1 => p.truncate(2),
        2 if p.len() > 3 => {
            let i = 1 + rng.below(p.len() - 1);
            p.remove(i);
        }
        3 if p.len() > 3 => {
            let i = 1 + rng.below(p.len() - 2);
            p.swap(i, i + 1);
        }
        _ => {}
    }
    for para in p.iter_mut() {
        for (a, b) in SWAPS {
            if rng.chance(0.3) {
                *para = para.replacen(a, b, 1);
            }
        }
    }
    if rng.chance(0.6) {
        let agency = rng.pick(AGENCIES);
        let month = MONTHS[((e.day / 30) % 12) as usize];
        let dl = if rng.chance(0.5) {
            format!("{}, {} {} ({}) -- ", e.place.to_uppercase(), month, 1 + e.day % 28, agency)
        } else {
            format!("{} ({}) \u{2014} ", e.place.to_uppercase(), agency)
        };
        if let Some(first) = p.first_mut() {
            first.insert_str(0, &dl);
        }
    }
    if rng.chance(0.4) {
        p.insert(0, format!("By {} {}", name(rng, 2), name(rng, 2)));
    }
    if rng.chance(0.4) {
        p.push(format!("(Reporting by {}; Editing by {})", name(rng, 2), name(rng, 3)));
    }
    if rng.chance(0.3) {
        p.push("Copyright 2025. All rights reserved. Sign up for our newsletter.".to_string());
    }
    let t = if rng.chance(0.5) {
        title.to_string()
    } else {
        format!("{}: {}", e.place, fill(rng.pick::<&str>(KINDS[e.kind].headline), e))
    };
    (t, p.join("\n\n"))
}

fn date(day: i64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    (base + chrono::Duration::days(day)).format("%Y-%m-%d").to_string()
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let out = std::path::PathBuf::from(args.get(2).cloned().unwrap_or_else(|| "eval/out/stories".into()));
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(7);
    std::fs::create_dir_all(&out)?;
    let mut corpus = std::io::BufWriter::new(std::fs::File::create(out.join("corpus.jsonl"))?);
    let mut gold = std::io::BufWriter::new(std::fs::File::create(out.join("gold.jsonl"))?);
    let mut rng = Rng(seed);
    let per_day: usize = args.get(4).and_then(|s| s.parse().ok()).filter(|&d| d > 0).unwrap_or(40);
    let mut written = 0usize;
    let mut story_no = 0usize;
    let mut events: Vec<Event> = Vec::new();
    while written < n {
        let day = (written / per_day) as i64;
        let distractor = !events.is_empty() && rng.chance(0.15);
        let e = if distractor {
            let base = events[events.len() - 1 - rng.below(events.len().min(30))].clone();
            let mut e = new_event(&mut rng, day, Some(&base));
            while e.kind == base.kind {
                e = new_event(&mut rng, day, Some(&base));
            }
            e
        } else {
            new_event(&mut rng, day, None)
        };
        events.push(e.clone());
        if events.len() > 200 {
            events.remove(0);
        }
        story_no += 1;
        let story = format!("s{story_no}");
        let rewrites = 1 + rng.below(4);
        for r in 0..rewrites {
            if written >= n {
                break;
            }
            let (title, paras) = write_up(&mut rng, &e);
            let group = format!("{story}-w{r}");
            let copies = if rng.chance(0.5) { rng.below(5) } else { 0 };
            let mut items = vec![(title.clone(), paras.join("\n\n"))];
            for _ in 0..copies {
                items.push(copy_of(&mut rng, &title, &paras, &e));
            }
            for (i, (t, text)) in items.into_iter().enumerate() {
                if written >= n {
                    break;
                }
                let id = format!("g{written:07}");
                let outlet = rng.pick(OUTLETS);
                let pub_day = e.day + if i == 0 { 0 } else { rng.below(2) as i64 };
                let hour = 6 + rng.below(14) + if i == 0 { 0 } else { 1 };
                let published = format!("{}T{:02}:{:02}:00Z", date(pub_day), hour.min(23), rng.below(60));
                let obj = serde_json::json!({
                    "id": id, "title": t, "text": text, "published": published, "outlet": outlet,
                    "url": format!("https://{}.example/{}", outlet.to_lowercase().replace(' ', "-"), id),
                });
                writeln!(corpus, "{obj}")?;
                writeln!(gold, "{}", serde_json::json!({"id": id, "story": story, "dup_group": group}))?;
                written += 1;
            }
        }
    }
    corpus.flush()?;
    gold.flush()?;
    eprintln!("wrote {written} articles in {story_no} stories to {}", out.display());
    Ok(())
}
