//! The knowledge base: countries, organisations and places, people with dated roles, contextual aliases.
//!
//! Data lives in tab-separated files under `knowledge/` (see `knowledge/README.md`), embedded in the binary;
//! overlay directories with files of the same names extend it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use storyline_model::EntityType;

use crate::{KnowledgeError, ResolvedActor};

const COUNTRIES: &str = include_str!("../../../knowledge/countries.tsv");
const ENTITIES: &str = include_str!("../../../knowledge/entities.tsv");
const PEOPLE: &str = include_str!("../../../knowledge/people.tsv");
const ROLES: &str = include_str!("../../../knowledge/roles.tsv");
const CONTEXT: &str = include_str!("../../../knowledge/context.tsv");
const ORGANISATIONS: &str = include_str!("../../../knowledge/organisations.tsv");
#[allow(dead_code)] // used by `Files::builtin_with_cities`, not yet the default
const CITIES: &str = include_str!("../../../knowledge/cities.tsv");

/// How an alias names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasKind {
    /// A name or short form of the entry itself.
    Name,
    /// A demonym of a country ("Russian", "South Koreans").
    Demonym,
}

/// One entry of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Unique id (country alpha-3 code, `org:...`, `place:...`, `p:...`).
    pub id: String,
    /// Entity type.
    pub kind: EntityType,
    /// Canonical name.
    pub canonical: String,
    /// ISO alpha-3 country the entry belongs to or stands for.
    pub code: Option<String>,
    /// Actor role it implies when it acts (`GOV` for "Kremlin", `MIL` for "Pentagon").
    pub role: Option<String>,
    /// For a capital or seat of government: the country entry it stands for as a metonym.
    pub capital_of: Option<usize>,
    /// For a country: the ISO alpha-2 code.
    pub alpha2: Option<String>,
    /// For a country: its main demonym ("South Korean").
    pub demonym: Option<String>,
    /// For a person: family name written first ("Cho Tae-yul").
    pub family_first: bool,
}

/// A dated office held by a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Index of the person entry.
    pub person: usize,
    /// Office id, e.g. `USA:foreign_minister`.
    pub office: String,
    /// Actor role class, e.g. `GOV`, `MIL`.
    pub role: String,
    /// First day in office.
    pub from: NaiveDate,
    /// Last day in office (exclusive of nothing; open when still in office).
    pub to: Option<NaiveDate>,
}

impl Role {
    /// Whether the role is held on `date`.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|t| date <= t)
    }
}

/// An alias that names its target only where the document mentions one of `requires`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextAlias {
    /// The alias as written ("the North").
    pub alias: String,
    /// Entry it names.
    pub target: usize,
    /// Country codes one of which the document must mention; empty for always.
    pub requires: Vec<String>,
}

/// An alias target: which entry, and as what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Entry index.
    pub entry: usize,
    /// How the alias names it.
    pub kind: AliasKind,
}

/// Loaded knowledge (the public face is [`crate::Knowledge`]).
#[derive(Debug, Default)]
pub struct Base {
    /// All entries.
    pub entries: Vec<Entry>,
    /// Dated roles.
    pub roles: Vec<Role>,
    /// Contextual aliases, in priority order.
    pub context: Vec<ContextAlias>,
    aliases: HashMap<String, Vec<Target>>,
    lower: HashMap<String, Vec<Target>>,
    first_token_span: HashMap<String, usize>,
    ids: HashMap<String, usize>,
    roles_of: HashMap<usize, Vec<usize>>,
    /// ISO alpha-3 codes that resolve their country but are not written for it in prose ("ISL" is a league far
    /// more often than Iceland): the recogniser does not match them.
    code_only: HashSet<String>,
    /// Multi-word names of people, bodies and places (not countries) by their [`fold_name`] form: spellings the
    /// aliases do not list ("Abdel-Fattah al-Sisi", "Tamim bin Hamad Al-Thani") still find their entry.
    folded: HashMap<String, Vec<usize>>,
    /// The same folded names by their first word, for spellings a letter or two apart ("el-Sissi").
    folded_by_first: HashMap<String, Vec<(String, usize)>>,
    /// The same folded names by their last word, for given names spelt apart ("Abdul Fatah Sisi").
    folded_by_last: HashMap<String, Vec<(String, usize)>>,
    /// The last words of the folded names by their first letter, to find a family name spelt a letter apart
    /// ("Shmygal" for "Shmyhal").
    last_words_by_initial: HashMap<char, Vec<String>>,
}

/// One word of a name reduced to what transliterations and typography keep: lower case, no diacritics, no dots
/// or apostrophes, Arabic articles as "al", "St"/"Ft"/"Mt" spelled out, final "-iy"/"-yy"/"-ii" as "-y".
pub fn fold_word(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for c in w.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ş' | 'ș' | 'š' | 'ś' => 's',
            'ţ' | 'ț' | 'ť' => 't',
            'ğ' => 'g',
            'ž' | 'ź' | 'ż' => 'z',
            'ł' => 'l',
            'ř' => 'r',
            'đ' | 'ď' => 'd',
            '.' | '\'' | '\u{2019}' | '`' => continue,
            c => c,
        };
        out.push(base);
    }
    match out.as_str() {
        "el" | "al" | "ul" | "ad" | "ar" | "az" | "ash" => return "al".into(),
        "st" | "ste" => return "saint".into(),
        "ft" => return "fort".into(),
        "mt" => return "mount".into(),
        _ => {}
    }
    if out.chars().count() >= 4 {
        for end in ["iy", "yy", "ii", "ij"] {
            if let Some(stem) = out.strip_suffix(end) {
                return format!("{stem}y");
            }
        }
    }
    out
}

/// A name's words (split at spaces and hyphens) after [`fold_word`], joined by single spaces.
pub fn fold_name(s: &str) -> String {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2010}' || c == '\u{2011}')
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .collect();
    words.join(" ")
}

/// Territories written as countries in `countries.tsv` that news and this analysis treat as part of another
/// country (Hong Kong and Macao are China's special administrative regions; Guam, Puerto Rico, the U.S. Virgin
/// Islands, American Samoa and the Northern Mariana Islands are United States territories).
const SPECIAL_ADMINISTRATIVE_REGIONS: &[(&str, &str)] =
    &[("HKG", "CHN"), ("MAC", "CHN"), ("GUM", "USA"), ("PRI", "USA"), ("VIR", "USA"), ("ASM", "USA"), ("MNP", "USA")];

/// Normalises an alias or a span of text for lookup: curly apostrophes to straight, whitespace runs to one space.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            _ => c,
        });
    }
    out
}

struct Rows<'a> {
    file: &'a str,
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
}

impl<'a> Iterator for Rows<'a> {
    type Item = (usize, Vec<&'a str>);
    fn next(&mut self) -> Option<Self::Item> {
        for (n, line) in self.lines.by_ref() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let _ = self.file;
            return Some((n + 1, line.split('\t').map(str::trim).collect()));
        }
        None
    }
}

fn rows<'a>(file: &'a str, content: &'a str) -> Rows<'a> {
    Rows { file, lines: content.lines().enumerate() }
}

/// Spellings of name words that differ between British and American English, both ways.
const SPELLING_VARIANTS: &[(&str, &str)] = &[
    ("Organization", "Organisation"),
    ("Organisation", "Organization"),
    ("Defense", "Defence"),
    ("Defence", "Defense"),
];

fn list(field: Option<&&str>) -> Vec<String> {
    field.map(|f| f.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default()
}

fn field<'a>(row: &[&'a str], i: usize) -> Option<&'a str> {
    row.get(i).copied().filter(|s| !s.is_empty())
}

fn invalid(file: &str, line: usize, reason: impl Into<String>) -> KnowledgeError {
    KnowledgeError::Invalid { path: format!("{file}:{line}"), reason: reason.into() }
}

fn parse_kind(s: &str) -> Option<EntityType> {
    Some(match s {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "NORP" => EntityType::Norp,
        "EVENT" => EntityType::Event,
        "OTHER" => EntityType::Other,
        _ => return None,
    })
}

fn valid_code(c: &str) -> bool {
    c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(&format!("{s}-01-01"), "%Y-%m-%d").ok())
}

/// The six files of one knowledge directory.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Where they come from, for messages.
    pub origin: String,
    /// `countries.tsv`.
    pub countries: String,
    /// `entities.tsv`.
    pub entities: String,
    /// `people.tsv`.
    pub people: String,
    /// `roles.tsv`.
    pub roles: String,
    /// `context.tsv`.
    pub context: String,
    /// `organisations.tsv`: well-known companies, parties, media, agencies and sports bodies (same format as
    /// `entities.tsv`).
    pub organisations: String,
    /// `cities.tsv`: the world's larger cities generated from GeoNames (same format as `entities.tsv`).
    pub cities: String,
}

impl Files {
    /// The built-in files.
    pub fn builtin() -> Self {
        Files {
            origin: "knowledge".into(),
            countries: COUNTRIES.into(),
            entities: ENTITIES.into(),
            people: PEOPLE.into(),
            roles: ROLES.into(),
            context: CONTEXT.into(),
            organisations: ORGANISATIONS.into(),
            cities: String::new(),
        }
    }

    /// The built-in files plus `knowledge/cities.tsv`, the ~4,100 cities generated from GeoNames. Not yet the
    /// default: the tagger does not yet extend a known place by a club or street suffix ("Jamshedpur FC",
    /// "Lok Kalyan Marg"), and those cities then cost more on the development sets than they bring.
    #[allow(dead_code)]
    pub fn builtin_with_cities() -> Self {
        Files { cities: CITIES.into(), ..Files::builtin() }
    }

    /// The files present in `dir` (missing files are empty).
    pub fn read_dir(dir: &Path) -> Result<Self, KnowledgeError> {
        if !dir.is_dir() {
            return Err(KnowledgeError::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            });
        }
        let read = |name: &str| -> Result<String, KnowledgeError> {
            let path: PathBuf = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
                Err(source) => Err(KnowledgeError::Io { path, source }),
            }
        };
        Ok(Files {
            origin: dir.display().to_string(),
            countries: read("countries.tsv")?,
            entities: read("entities.tsv")?,
            people: read("people.tsv")?,
            roles: read("roles.tsv")?,
            context: read("context.tsv")?,
            organisations: read("organisations.tsv")?,
            cities: read("cities.tsv")?,
        })
    }
}

impl Base {
    /// Loads the given file sets in order; later sets may add aliases to, or override, earlier entries.
    pub fn load(sets: &[Files]) -> Result<Self, KnowledgeError> {
        let mut base = Base::default();
        for (n, files) in sets.iter().enumerate() {
            base.load_set(files, n > 0)?;
        }
        base.index();
        Ok(base)
    }

    fn add_entry(&mut self, entry: Entry, overlay: bool, file: &str, line: usize) -> Result<usize, KnowledgeError> {
        if let Some(&i) = self.ids.get(&entry.id) {
            if !overlay {
                return Err(invalid(file, line, format!("duplicate id {}", entry.id)));
            }
            if let Some(e) = self.entries.get_mut(i) {
                e.canonical = entry.canonical;
                e.code = entry.code.or(e.code.take());
                e.role = entry.role.or(e.role.take());
                e.kind = entry.kind;
            }
            return Ok(i);
        }
        self.ids.insert(entry.id.clone(), self.entries.len());
        self.entries.push(entry);
        Ok(self.entries.len() - 1)
    }

    fn add_alias(&mut self, alias: &str, entry: usize, kind: AliasKind) {
        // "World Trade Organisation", "Ministry of Defense": British and American spellings name the same body.
        for (a, b) in SPELLING_VARIANTS {
            if alias.contains(a) {
                self.add_alias_as_written(&alias.replace(a, b), entry, kind);
            }
        }
        self.add_alias_as_written(alias, entry, kind);
    }

    fn add_alias_as_written(&mut self, alias: &str, entry: usize, kind: AliasKind) {
        let key = normalise(alias);
        if key.is_empty() {
            return;
        }
        let targets = self.aliases.entry(key).or_default();
        let t = Target { entry, kind };
        if !targets.contains(&t) {
            targets.push(t);
        }
    }

    fn load_set(&mut self, files: &Files, overlay: bool) -> Result<(), KnowledgeError> {
        let origin = &files.origin;
        let file = format!("{origin}/countries.tsv");
        for (line, row) in rows(&file, &files.countries) {
            let (Some(code3), Some(code2), Some(name)) = (field(&row, 0), field(&row, 1), field(&row, 2)) else {
                return Err(invalid(&file, line, "need code3, code2 and name"));
            };
            if !valid_code(code3) || code2.len() != 2 || !code2.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(&file, line, format!("bad codes {code3}/{code2}")));
            }
            let demonyms = list(row.get(4));
            // Special administrative regions keep their own entry but belong to the country that holds them.
            let belongs_to =
                SPECIAL_ADMINISTRATIVE_REGIONS.iter().find(|(r, _)| *r == code3).map_or(code3, |(_, c)| *c);
            let entry = Entry {
                id: code3.into(),
                kind: EntityType::Gpe,
                canonical: name.into(),
                code: Some(belongs_to.into()),
                role: None,
                capital_of: None,
                alpha2: Some(code2.into()),
                demonym: demonyms.first().cloned(),
                family_first: false,
            };
            let idx = self.add_entry(entry, overlay, &file, line)?;
            self.add_alias(name, idx, AliasKind::Name);
            self.add_alias(code3, idx, AliasKind::Name);
            let aliases = list(row.get(3));
            if !aliases.iter().any(|a| a == code3) {
                self.code_only.insert(code3.to_string());
            }
            for a in aliases {
                self.add_alias(&a, idx, AliasKind::Name);
            }
            for d in &demonyms {
                self.add_alias(d, idx, AliasKind::Demonym);
                if !["ese", "sh", "ch", "ss", "s", "i"].iter().any(|e| d.ends_with(e))
                    || d.ends_with("ani")
                    || d.ends_with("i")
                {
                    self.add_alias(&format!("{d}s"), idx, AliasKind::Demonym);
                }
            }
            for (k, cap) in list(row.get(5)).into_iter().enumerate() {
                let id = format!("cap:{code3}:{k}");
                let city = Entry {
                    id,
                    kind: EntityType::Gpe,
                    canonical: cap.clone(),
                    code: Some(belongs_to.into()),
                    role: Some("GOV".into()),
                    capital_of: Some(idx),
                    alpha2: None,
                    demonym: None,
                    family_first: false,
                };
                let c = self.add_entry(city, overlay, &file, line)?;
                self.add_alias(&cap, c, AliasKind::Name);
            }
        }
        let (file, org_file) = (format!("{origin}/entities.tsv"), format!("{origin}/organisations.tsv"));
        let city_file = format!("{origin}/cities.tsv");
        let entity_rows = rows(&file, &files.entities).map(|r| (file.clone(), r));
        let org_rows = rows(&org_file, &files.organisations).map(|r| (org_file.clone(), r));
        let city_rows = rows(&city_file, &files.cities).map(|r| (city_file.clone(), r));
        for (file, (line, row)) in entity_rows.chain(org_rows).chain(city_rows) {
            let (Some(id), Some(kind), Some(canonical)) = (field(&row, 0), field(&row, 1), field(&row, 2)) else {
                return Err(invalid(&file, line, "need id, type and canonical"));
            };
            let kind = parse_kind(kind).ok_or_else(|| invalid(&file, line, format!("bad type {kind}")))?;
            let code = field(&row, 4).map(String::from);
            if code.as_deref().is_some_and(|c| !valid_code(c)) {
                return Err(invalid(&file, line, "bad code"));
            }
            let entry = Entry {
                id: id.into(),
                kind,
                canonical: canonical.into(),
                code,
                role: field(&row, 5).map(String::from),
                capital_of: None,
                alpha2: None,
                demonym: None,
                family_first: false,
            };
            let idx = self.add_entry(entry, overlay, &file, line)?;
            self.add_alias(canonical, idx, AliasKind::Name);
            for a in list(row.get(3)) {
                self.add_alias(&a, idx, AliasKind::Name);
            }
        }
        let file = format!("{origin}/people.tsv");
        for (line, row) in rows(&file, &files.people) {
            let (Some(id), Some(canonical)) = (field(&row, 0), field(&row, 1)) else {
                return Err(invalid(&file, line, "need id and canonical"));
            };
            let code = field(&row, 3).map(String::from);
            if code.as_deref().is_some_and(|c| !valid_code(c)) {
                return Err(invalid(&file, line, "bad code"));
            }
            let entry = Entry {
                id: id.into(),
                kind: EntityType::Person,
                canonical: canonical.into(),
                code,
                role: None,
                capital_of: None,
                alpha2: None,
                demonym: None,
                family_first: field(&row, 4) == Some("family-first"),
            };
            let japanese = field(&row, 3) == Some("JPN");
            let idx = self.add_entry(entry, overlay, &file, line)?;
            self.add_alias(canonical, idx, AliasKind::Name);
            // Japanese names appear in both orders in English-language news ("Hayashi Yoshimasa").
            if let (true, Some((given, family))) = (japanese, canonical.split_once(' ')) {
                if !family.contains(' ') {
                    self.add_alias(&format!("{family} {given}"), idx, AliasKind::Name);
                }
            }
            for a in list(row.get(2)) {
                self.add_alias(&a, idx, AliasKind::Name);
            }
        }
        let file = format!("{origin}/roles.tsv");
        for (line, row) in rows(&file, &files.roles) {
            let (Some(pid), Some(office), Some(role), Some(from)) =
                (field(&row, 0), field(&row, 1), field(&row, 2), field(&row, 3))
            else {
                return Err(invalid(&file, line, "need person, office, role and from"));
            };
            let person = *self.ids.get(pid).ok_or_else(|| invalid(&file, line, format!("unknown person {pid}")))?;
            let from = parse_date(from).ok_or_else(|| invalid(&file, line, "bad from date"))?;
            let to = match field(&row, 4) {
                Some(t) => Some(parse_date(t).ok_or_else(|| invalid(&file, line, "bad to date"))?),
                None => None,
            };
            if to.is_some_and(|t| t < from) {
                return Err(invalid(&file, line, "role ends before it starts"));
            }
            self.roles.push(Role { person, office: office.into(), role: role.into(), from, to });
        }
        let file = format!("{origin}/context.tsv");
        for (line, row) in rows(&file, &files.context) {
            let (Some(alias), Some(target)) = (field(&row, 0), field(&row, 1)) else {
                return Err(invalid(&file, line, "need alias and target"));
            };
            let target = *self.ids.get(target).ok_or_else(|| invalid(&file, line, format!("unknown {target}")))?;
            self.context.push(ContextAlias { alias: normalise(alias), target, requires: list(row.get(2)) });
        }
        Ok(())
    }

    fn index(&mut self) {
        self.lower.clear();
        self.first_token_span.clear();
        self.roles_of.clear();
        for (key, targets) in &self.aliases {
            let lk = key.to_lowercase();
            let l = self.lower.entry(lk).or_default();
            for t in targets {
                if !l.contains(t) {
                    l.push(*t);
                }
            }
        }
        let keys: Vec<String> =
            self.aliases.keys().cloned().chain(self.context.iter().map(|c| c.alias.clone())).collect();
        for key in keys {
            let toks = crate::token::tokens(&key);
            if let Some(first) = toks.first() {
                let span = self.first_token_span.entry(first.text(&key).to_string()).or_insert(0);
                *span = (*span).max(toks.len());
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            self.roles_of.entry(r.person).or_default().push(i);
        }
        self.folded.clear();
        for (key, targets) in &self.aliases {
            let folded = fold_name(key);
            if folded.split(' ').count() < 2 {
                continue;
            }
            for t in targets.iter().filter(|t| t.kind == AliasKind::Name) {
                let fits = self.entries.get(t.entry).is_some_and(|e| {
                    e.alpha2.is_none() && matches!(e.kind, EntityType::Person | EntityType::Org | EntityType::Gpe)
                });
                let list = self.folded.entry(folded.clone()).or_default();
                if fits && !list.contains(&t.entry) {
                    list.push(t.entry);
                }
            }
        }
        self.folded.retain(|_, v| !v.is_empty());
        self.folded_by_first.clear();
        self.folded_by_last.clear();
        for (key, entries) in &self.folded {
            let first = key.split(' ').next().unwrap_or("").to_string();
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            for &e in entries {
                self.folded_by_first.entry(first.clone()).or_default().push((key.clone(), e));
                self.folded_by_last.entry(last.clone()).or_default().push((key.clone(), e));
            }
        }
        self.last_words_by_initial.clear();
        for last in self.folded_by_last.keys() {
            if let Some(initial) = last.chars().next() {
                self.last_words_by_initial.entry(initial).or_default().push(last.clone());
            }
        }
        for words in self.last_words_by_initial.values_mut() {
            words.sort_unstable();
        }
    }

    /// The folded last words of known multi-word names that open with this letter.
    pub fn last_words_opening_with(&self, initial: char) -> &[String] {
        self.last_words_by_initial.get(&initial).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Folded multi-word names (with their entry) that end with this folded word.
    pub fn folded_ending(&self, last: &str) -> &[(String, usize)] {
        self.folded_by_last.get(last).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Folded multi-word names (with their entry) that open with this folded word.
    pub fn folded_opening(&self, first: &str) -> &[(String, usize)] {
        self.folded_by_first.get(first).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Entries one of whose multi-word names has this [`fold_name`] form.
    pub fn folded_targets(&self, folded: &str) -> &[usize] {
        self.folded.get(folded).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The entry with this index.
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    /// Whether `key` is a bare ISO alpha-3 code that prose does not use for its country.
    pub fn is_code_only(&self, key: &str) -> bool {
        self.code_only.contains(key)
    }

    /// Targets of an exact (normalised) alias.
    pub fn targets(&self, key: &str) -> &[Target] {
        self.aliases.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Targets of an alias compared case-insensitively.
    pub fn targets_lower(&self, key: &str) -> &[Target] {
        self.lower.get(&key.to_lowercase()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// How many tokens the longest alias starting with this token has (0 when none does).
    pub fn span_from(&self, first_token: &str) -> usize {
        self.first_token_span.get(first_token).copied().unwrap_or(0)
    }

    /// Roles of a person entry.
    pub fn roles_of(&self, person: usize) -> impl Iterator<Item = &Role> {
        self.roles_of.get(&person).into_iter().flatten().filter_map(|&i| self.roles.get(i))
    }

    /// The person's role on `date` (the first active one), else their latest.
    pub fn role_on(&self, person: usize, date: Option<NaiveDate>) -> Option<&Role> {
        let mut roles: Vec<&Role> = self.roles_of(person).collect();
        if let Some(d) = date {
            if let Some(r) = roles.iter().find(|r| r.active_on(d)) {
                return Some(r);
            }
        }
        roles.sort_by_key(|r| r.from);
        roles.last().copied()
    }

    /// Chooses among several targets: people active on `date` first, then names over demonyms, then the first.
    pub fn choose(&self, targets: &[Target], date: Option<NaiveDate>) -> Option<Target> {
        if targets.len() <= 1 {
            return targets.first().copied();
        }
        let score = |t: &Target| -> i64 {
            let mut s = 0;
            if t.kind == AliasKind::Name {
                s += 1;
            }
            if let Some(d) = date {
                let roles: Vec<&Role> = self.roles_of(t.entry).collect();
                if roles.iter().any(|r| r.active_on(d)) {
                    s += 100;
                } else if let Some(gap) = roles
                    .iter()
                    .map(|r| {
                        let end = r.to.unwrap_or(d);
                        if d < r.from {
                            (r.from - d).num_days()
                        } else {
                            (d - end).num_days()
                        }
                    })
                    .min()
                {
                    s += 50 - (gap / 365).min(49);
                }
            }
            s
        };
        targets.iter().copied().max_by_key(|t| (score(t), -(t.entry as i64)))
    }

    /// Resolves a name, alias or code to an actor (capitals and demonyms to their country).
    pub fn resolve(&self, name: &str, date: Option<NaiveDate>) -> Option<ResolvedActor> {
        let key = normalise(name);
        let mut targets = self.targets(&key);
        if targets.is_empty() {
            targets = self.targets_lower(&key);
        }
        let target = match self.choose(targets, date) {
            Some(t) => t,
            None => {
                let ctx = self.context.iter().find(|c| c.alias.eq_ignore_ascii_case(&key))?;
                Target { entry: ctx.target, kind: AliasKind::Name }
            }
        };
        let mut entry = self.entries.get(target.entry)?;
        if let Some(country) = entry.capital_of.and_then(|c| self.entries.get(c)) {
            entry = country;
        }
        Some(ResolvedActor { canonical: entry.canonical.clone(), code: entry.code.clone(), kind: entry.kind })
    }

    /// All alias keys (for validation).
    #[cfg(test)]
    pub fn alias_keys(&self) -> impl Iterator<Item = &String> {
        self.aliases.keys()
    }

    /// Counts for reports: (countries, capitals, other entries, people, roles, aliases).
    pub fn stats(&self) -> KnowledgeStats {
        let countries = self.entries.iter().filter(|e| e.alpha2.is_some()).count();
        let capitals = self.entries.iter().filter(|e| e.capital_of.is_some()).count();
        let people = self.entries.iter().filter(|e| e.kind == EntityType::Person).count();
        KnowledgeStats {
            countries,
            capitals,
            people,
            other_entries: self.entries.len() - countries - capitals - people,
            roles: self.roles.len(),
            aliases: self.aliases.len(),
        }
    }
}

/// Sizes of the knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnowledgeStats {
    /// Countries and territories.
    pub countries: usize,
    /// Capitals and seats of government.
    pub capitals: usize,
    /// People.
    pub people: usize,
    /// Organisations, regions and other places.
    pub other_entries: usize,
    /// Dated roles.
    pub roles: usize,
    /// Distinct aliases.
    pub aliases: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_generated_city(e: &Entry) -> bool {
        e.id.starts_with("city:") && e.id.matches(':').count() == 1
    }

    #[test]
    fn generated_cities_load_as_places_of_their_country_and_shadow_no_other_entry() {
        let base = Base::load(&[Files::builtin_with_cities()]).expect("built-in knowledge loads");
        let cities: Vec<&Entry> = base.entries.iter().filter(|e| is_generated_city(e)).collect();
        assert!(cities.len() > 1000, "only {} generated cities", cities.len());
        let countries: HashSet<&str> =
            base.entries.iter().filter(|e| e.alpha2.is_some()).filter_map(|e| e.code.as_deref()).collect();
        for city in &cities {
            assert_eq!(city.kind, EntityType::Gpe, "{}", city.id);
            assert!(city.code.as_deref().is_some_and(|c| countries.contains(c)), "{} has no known country", city.id);
        }
        let resolved = base.resolve("Abbottabad", None).expect("a generated city resolves");
        assert_eq!((resolved.kind, resolved.code.as_deref()), (EntityType::Gpe, Some("PAK")));
        for targets in base.aliases.values() {
            if targets.iter().any(|t| base.entries.get(t.entry).is_some_and(is_generated_city)) {
                assert_eq!(targets.len(), 1, "a generated city shares an alias: {targets:?}");
            }
        }
    }

    #[test]
    fn an_overlay_cities_file_adds_cities() {
        let overlay = Files {
            origin: "overlay".into(),
            cities:
                "# id\ttype\tcanonical\taliases\tcode\trole\ncity:testville-fra\tGPE\tTestville\tTestvílle\tFRA\t\n"
                    .into(),
            ..Files::default()
        };
        let base = Base::load(&[Files::builtin(), overlay]).expect("overlay loads");
        let resolved = base.resolve("Testvílle", None).expect("overlay city resolves");
        assert_eq!((resolved.canonical.as_str(), resolved.code.as_deref()), ("Testville", Some("FRA")));
    }
}
