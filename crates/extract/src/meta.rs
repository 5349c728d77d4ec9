//! Page metadata: JSON-LD, `<meta>` tags (OpenGraph, `article:*`, Dublin Core,
//! parsely, sailthru), `<time>`, bylines and URL dates.

use crate::dates::{date_from_url, find_date_in_text, parse_date_value};
use crate::dom::{attr, collapse_ws};
use scraper::{Html, Node};
use serde_json::Value;

/// Metadata gathered from one page, each field in order of trust.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub article_body: Option<String>,
    /// Names in elements whose class marks an author's name, a last resort for authors.
    pub author_class_names: Vec<String>,
    /// The title the page declares (JSON-LD headline, OpenGraph and similar, else `<title>`), cleaned, when
    /// `title` was taken from an h1 that differs from it: the fallback if that h1 proves to be page furniture.
    pub declared_title: Option<String>,
    /// Whether a `<meta>` tag named for it (OpenGraph `article:published_time`, `date`, Dublin Core…) states the
    /// publication date, not only JSON-LD, microdata or the page's text.
    pub published_in_meta_tags: bool,
    /// Publication dates the page states in other places than the one `published` was taken from, on other
    /// days: a second opinion where the page shows a different dateline.
    pub published_elsewhere: Vec<String>,
}

#[derive(Default)]
struct Raw {
    ld_headline: Option<String>,
    ld_authors: Vec<String>,
    ld_published: Option<String>,
    ld_modified: Option<String>,
    ld_publisher: Option<String>,
    ld_body: Option<String>,
    metas: Vec<(String, String)>,
    /// A `<meta>` tag named for the publication date (not a microdata `itemprop`) holds a date.
    published_in_meta_tags: bool,
    title_tag: Option<String>,
    h1s: Vec<String>,
    canonical: Option<String>,
    lang: Option<String>,
    time_published: Option<String>,
    time_first: Option<String>,
    /// The `<time>` values not marked as updates, with their element's place in document order (the first 50).
    times: Vec<(usize, String)>,
    /// The place in document order of the first h1's element.
    first_h1_at: Option<usize>,
    itemprop_published: Option<String>,
    itemprop_authors: Vec<String>,
    rel_authors: Vec<String>,
    byline_texts: Vec<String>,
    author_class_names: Vec<String>,
}

fn is_article_type(v: &Value) -> bool {
    let check = |s: &str| {
        matches!(
            s,
            "NewsArticle"
                | "Article"
                | "BlogPosting"
                | "ReportageNewsArticle"
                | "AnalysisNewsArticle"
                | "OpinionNewsArticle"
                | "TechArticle"
                | "ScholarlyArticle"
                | "LiveBlogPosting"
                | "Report"
                | "Recipe"
                | "HowTo"
                | "SocialMediaPosting"
                | "WebPage"
                | "Review"
                | "MedicalWebPage"
                | "Blog"
        )
    };
    match v.get("@type") {
        Some(Value::String(s)) => check(s),
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str().is_some_and(check)),
        _ => false,
    }
}

fn type_rank(v: &Value) -> u8 {
    let t = match v.get("@type") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect::<Vec<_>>().join(" "),
        _ => String::new(),
    };
    if t.contains("Article")
        || t.contains("BlogPosting")
        || t.contains("Posting")
        || t.contains("Recipe")
        || t.contains("HowTo")
    {
        3
    } else if t.contains("WebPage") || t.contains("Review") || t.contains("Report") {
        1
    } else {
        2
    }
}

fn collect_ld_objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_ld_objects(x, out, depth + 1)),
        Value::Object(o) => {
            if is_article_type(v) {
                out.push(v);
            }
            if let Some(g) = o.get("@graph") {
                collect_ld_objects(g, out, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                collect_ld_objects(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn ld_names(v: &Value, out: &mut Vec<String>, graph_people: &[(String, String)]) {
    match v {
        Value::String(s) => {
            let s = collapse_ws(s);
            if !s.is_empty() && !s.starts_with("http") {
                out.push(s);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| ld_names(x, out, graph_people)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                ld_names(n, out, graph_people);
            } else if let Some(id) = o.get("@id").and_then(Value::as_str) {
                if let Some((_, name)) = graph_people.iter().find(|(i, _)| i == id) {
                    out.push(name.clone());
                }
            }
        }
        _ => {}
    }
}

fn ld_string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(collapse_ws(s)).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| ld_string(Some(x))),
        Value::Object(o) => ld_string(o.get("name")),
        _ => None,
    }
}

fn parse_json_ld(text: &str, raw: &mut Raw) {
    let cleaned = text.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    let Ok(v) = serde_json::from_str::<Value>(cleaned) else { return };
    // People declared in a @graph, for author references by @id.
    let mut people = Vec::new();
    let mut all = Vec::new();
    collect_all_objects(&v, &mut all, 0);
    for o in &all {
        if o.get("@type").and_then(Value::as_str) == Some("Person") {
            if let (Some(id), Some(name)) =
                (o.get("@id").and_then(Value::as_str), o.get("name").and_then(Value::as_str))
            {
                people.push((id.to_string(), collapse_ws(name)));
            }
        }
    }
    let mut objs = Vec::new();
    collect_ld_objects(&v, &mut objs, 0);
    objs.sort_by_key(|o| std::cmp::Reverse(type_rank(o)));
    for o in objs {
        let strong = type_rank(o) >= 2;
        if raw.ld_headline.is_none() && strong {
            raw.ld_headline = ld_string(o.get("headline")).or_else(|| ld_string(o.get("name")));
        }
        if raw.ld_authors.is_empty() {
            if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
                ld_names(a, &mut raw.ld_authors, &people);
            }
        }
        if raw.ld_published.is_none() {
            raw.ld_published = ld_string(o.get("datePublished")).or_else(|| ld_string(o.get("dateCreated")));
        }
        if raw.ld_modified.is_none() {
            raw.ld_modified = ld_string(o.get("dateModified"));
        }
        if raw.ld_publisher.is_none() {
            raw.ld_publisher = o.get("publisher").and_then(|p| ld_string(Some(p)));
        }
        if raw.ld_body.is_none() {
            raw.ld_body = o.get("articleBody").and_then(Value::as_str).map(str::to_string);
        }
    }
}

fn collect_all_objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_all_objects(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            o.values().for_each(|x| collect_all_objects(x, out, depth + 1));
        }
        _ => {}
    }
}

fn element_text(node: ego_tree::NodeRef<'_, Node>, limit: usize) -> String {
    let mut s = String::new();
    for d in node.descendants().take(limit) {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
            s.push(' ');
        }
    }
    collapse_ws(&s)
}

fn gather(doc: &Html) -> Raw {
    let mut raw = Raw::default();
    let mut class_and_id = String::new();
    for (element_at, node) in doc.tree.root().descendants().enumerate() {
        let Node::Element(el) = node.value() else { continue };
        // (The attributes read for every element, in one pass: first of each name.)
        let (mut class, mut id, mut itemprop, mut rel) = (None, None, None, None);
        for (name, value) in el.attrs() {
            let slot = match name {
                "class" => &mut class,
                "id" => &mut id,
                "itemprop" => &mut itemprop,
                "rel" => &mut rel,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        match el.name() {
            "html" => {
                if let Some(l) = attr(el, "lang").or_else(|| attr(el, "xml:lang")) {
                    raw.lang = Some(l.to_string());
                }
            }
            "meta" => {
                let named = attr(el, "property").or_else(|| attr(el, "name"));
                if let (Some(k), Some(c)) = (named.or(itemprop), attr(el, "content")) {
                    let k = k.to_lowercase();
                    if named.is_some() && PUBLISHED_META_KEYS.contains(&k.as_str()) && parse_date_value(c).is_some() {
                        raw.published_in_meta_tags = true;
                    }
                    raw.metas.push((k, collapse_ws(c)));
                }
            }
            "title" if raw.title_tag.is_none() => {
                let t = element_text(node, 50);
                if !t.is_empty() {
                    raw.title_tag = Some(t);
                }
            }
            "link" if rel.is_some_and(|r| r.eq_ignore_ascii_case("canonical")) && raw.canonical.is_none() => {
                raw.canonical = attr(el, "href").map(str::to_string);
            }
            "script" if attr(el, "type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                let text: String = node.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
                parse_json_ld(&text, &mut raw);
            }
            "h1" if raw.h1s.len() < 5 => {
                raw.first_h1_at.get_or_insert(element_at);
                let t = element_text(node, 200);
                if !t.is_empty() {
                    raw.h1s.push(t);
                }
            }
            "time" => {
                let dt = attr(el, "datetime").map(str::to_string).unwrap_or_else(|| element_text(node, 20));
                let is_pub = itemprop == Some("datePublished")
                    || attr(el, "pubdate").is_some()
                    || class.is_some_and(|c| {
                        let c = c.to_lowercase();
                        c.contains("publish") || c.contains("pubdate") || c.contains("entry-date")
                    });
                if is_pub && raw.time_published.is_none() {
                    raw.time_published = Some(dt.clone());
                }
                let update = class
                    .is_some_and(|c| c.to_lowercase().contains("updated") || c.to_lowercase().contains("modified"));
                if !update && raw.times.len() < 50 {
                    raw.times.push((element_at, dt.clone()));
                }
                if raw.time_first.is_none() && !update {
                    raw.time_first = Some(dt);
                }
            }
            _ => {}
        }
        if let Some(ip) = itemprop {
            match ip {
                "datePublished" if raw.itemprop_published.is_none() => {
                    raw.itemprop_published = attr(el, "content")
                        .or_else(|| attr(el, "datetime"))
                        .map(str::to_string)
                        .or_else(|| Some(element_text(node, 20)));
                }
                "author" | "creator" if raw.itemprop_authors.len() < 5 => {
                    let name =
                        node.descendants()
                            .take(50)
                            .find_map(|d| {
                                d.value().as_element().filter(|e| attr(e, "itemprop") == Some("name")).map(|e| {
                                    attr(e, "content").map(str::to_string).unwrap_or_else(|| element_text(d, 20))
                                })
                            })
                            .or_else(|| attr(el, "content").map(str::to_string))
                            .unwrap_or_else(|| element_text(node, 30));
                    raw.itemprop_authors.push(name);
                }
                _ => {}
            }
        }
        if el.name() == "a"
            && rel.is_some_and(|r| r.split_whitespace().any(|x| x == "author"))
            && raw.rel_authors.len() < 5
        {
            raw.rel_authors.push(element_text(node, 20));
        }
        if raw.author_class_names.len() < 5 && class.is_some_and(is_author_name_class) {
            let t = element_text(node, 30);
            if looks_like_name(&t) && t.split_whitespace().count() <= 5 && !t.contains(':') {
                raw.author_class_names.push(t);
            }
        }
        if raw.byline_texts.len() < 8
            && !matches!(el.name(), "html" | "body" | "script" | "style" | "meta" | "link" | "a")
            && [class, id].into_iter().flatten().any(|v| {
                ["author", "byline", "posted-by"].iter().any(|needle| crate::find_ascii_ci(v, needle).is_some())
            })
        {
            class_and_id.clear();
            for value in [class, id].into_iter().flatten() {
                class_and_id.push(' ');
                class_and_id.extend(value.chars().flat_map(char::to_lowercase));
            }
            let cls = class_and_id.as_str();
            if cls.contains("byline")
                || cls.contains("author-name")
                || cls.contains("author__name")
                || cls.contains("authorname")
                || cls.contains("posted-by")
                || cls.contains("post-author")
                || cls.contains("entry-author")
                || cls.contains("article-author")
            {
                let t = element_text(node, 60);
                if !t.is_empty() && t.len() < 200 {
                    raw.byline_texts.push(t);
                }
            }
        }
    }
    raw
}

/// The `<time>` nearest the first h1 in document order: the article's own, where the first one of the page may sit
/// in a menu or a sidebar above it.
fn nearest_time_to_h1(raw: &Raw) -> Option<&str> {
    let h1_at = raw.first_h1_at?;
    raw.times.iter().min_by_key(|(at, _)| at.abs_diff(h1_at)).map(|(_, value)| value.as_str())
}

/// Whether a class value names an author's name element ("author", "post-author__name"), not an author's
/// biography, picture or link list.
fn is_author_name_class(class: &str) -> bool {
    if crate::find_ascii_ci(class, "author").is_none() && crate::find_ascii_ci(class, "byline").is_none() {
        return false;
    }
    let lower = class.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| matches!(*w, "author" | "authors" | "byline"))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "bio"
                    | "box"
                    | "avatar"
                    | "image"
                    | "img"
                    | "photo"
                    | "picture"
                    | "description"
                    | "desc"
                    | "social"
                    | "links"
                    | "title"
                    | "role"
                    | "job"
                    | "date"
                    | "label"
                    | "wrapper"
                    | "wrap"
                    | "container"
                    | "about"
                    | "more"
                    | "posts"
                    | "list"
            )
        })
}

/// `<meta>` names and properties that state the publication date, most trusted first.
const PUBLISHED_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publish-date",
    "published-date",
    "publish_date",
    "publication_date",
    "published",
    "article:published",
    "citation_publication_date",
    "article.published",
    "cxenseparse:recs:publishtime",
];

fn meta<'a>(raw: &'a Raw, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| raw.metas.iter().find(|(mk, v)| mk == k && !v.is_empty()).map(|(_, v)| v.as_str()))
}

/// Cleans "By Jane Doe and John Roe" into names.
pub(crate) fn split_byline(text: &str) -> Vec<String> {
    let mut t = collapse_ws(text);
    for prefix in ["written by", "posted by", "reviewed by", "author:", "authors:", "words by", "published by"] {
        if t.to_lowercase().starts_with(prefix) {
            t = t.get(prefix.len()..).unwrap_or("").trim().to_string();
            break;
        }
    }
    let lower = t.to_lowercase();
    let t = if lower.starts_with("by ") || lower.starts_with("by:") {
        t.get(3..).unwrap_or("").trim_start_matches(':').trim().to_string()
    } else if let Some(pos) = lower.find(" by ") {
        if pos < 40 {
            t.get(pos + 4..).unwrap_or("").to_string()
        } else {
            t.clone()
        }
    } else {
        t
    };
    let mut names = Vec::new();
    for part in t.split(" and ").flat_map(|p| p.split(" & ")).flat_map(|p| p.split(['|', ';', '\n'])) {
        let name = part.trim().trim_matches(|c: char| c == ',' || c == '.' || c.is_whitespace());
        if name.is_empty() || name.chars().count() > 60 {
            continue;
        }
        names.push(name.to_string());
    }
    names
}

/// Words that introduce a name in a byline, stripped from the front of an author value.
const AUTHOR_LEADS: [&str; 10] = [
    "by",
    "written by",
    "posted by",
    "recipe by",
    "words by",
    "authored by",
    "author",
    "authors",
    "story by",
    "text by",
];

/// Phrases after which a byline goes on about someone else than the author.
const AUTHOR_CUTS: [&str; 5] = [" reviewed by", " fact checked by", " fact-checked by", " edited by", " says"];

/// An author value reduced to the name: byline leads ("By", "Written by"), separators and what follows them,
/// another contributor's credit ("Reviewed by …"), a job title run into the name ("Jane Doe Senior Editor"),
/// an avatar initial or a "View" link after it, and a name repeated twice are left out. `None` when what remains
/// is no name (a page label such as "Full Bio", a comment form's "Name *", a comment's "X says").
pub(crate) fn clean_author(value: &str) -> Option<String> {
    let mut name = collapse_ws(value);
    if name.contains('*') || name.to_lowercase().ends_with(" says") {
        return None;
    }
    for cut in AUTHOR_CUTS {
        if let Some(pos) = name.to_lowercase().find(cut) {
            name = name.get(..pos).unwrap_or("").trim_end_matches(['.', ',', ' ']).to_string();
        }
    }
    if let Some(pos) = name.find(['⋅', '●', '|', '•', '·']).or_else(|| name.find(" , ")) {
        name = name.get(..pos).unwrap_or("").trim().to_string();
    }
    loop {
        let lower = name.to_lowercase();
        let Some(rest) = AUTHOR_LEADS.iter().find_map(|lead| {
            let rest = lower.strip_prefix(lead)?;
            (rest.starts_with(' ') || rest.starts_with(':')).then(|| name.get(lead.len()..).unwrap_or(""))
        }) else {
            break;
        };
        name = rest.trim_start_matches([':', ' ']).to_string();
    }
    let lower = name.to_lowercase();
    if let Some(pos) =
        lower.find(" in ").filter(|&p| (1..=3).contains(&lower.get(..p).unwrap_or("").split(' ').count()))
    {
        name = name.get(..pos).unwrap_or("").to_string();
    }
    let mut words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let half = words.len() / 2;
    if words.len() >= 2 && words.len().is_multiple_of(2) && words.get(..half) == words.get(half..) {
        words.truncate(half);
    }
    if !name.contains(',') {
        let c = crate::cues::cues();
        let bare = |w: &str| w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-').to_lowercase();
        if let Some(role_at) = words.iter().skip(2).position(|w| c.author_roles.contains(&bare(w))).map(|p| p + 2) {
            words.truncate(role_at);
            while words.len() > 2
                && words.last().is_some_and(|w| {
                    c.author_modifiers.contains(&bare(w))
                        || (w.len() <= 3 && w.chars().all(|ch| ch.is_ascii_uppercase()))
                })
            {
                words.pop();
            }
        }
    }
    // "First Last X": an avatar initial after the name ("Matt De La O" keeps its O).
    if words.len() == 3 && words.last().is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase)) {
        words.pop();
    }
    if words.len() > 2 && words.last() == Some(&"View") {
        words.pop();
    }
    // A job title on its own ("Editor-in-Chief") is no name.
    let roles = &crate::cues::cues().author_roles;
    if words.first().is_some_and(|w| w.split('-').next().is_some_and(|head| roles.contains(&head.to_lowercase()))) {
        return None;
    }
    let name = words.join(" ").trim_matches(|c: char| c == ',' || c.is_whitespace()).to_string();
    let labels = &crate::cues::cues().author_labels;
    (name.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        && !labels.contains(&name.to_lowercase())
        && looks_like_name(&name))
    .then_some(name)
}

fn looks_like_name(s: &str) -> bool {
    if s.starts_with(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && !s.contains("http")
        && !s.contains('@')
        && s.chars().any(|c| c.is_uppercase())
        && find_date_in_text(s).is_none()
}

fn clean_title(title: &str, site: Option<&str>) -> String {
    let t = collapse_ws(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "] {
        if let Some(pos) = t.rfind(sep) {
            let (head, tail) = (t.get(..pos).unwrap_or(""), t.get(pos + sep.len()..).unwrap_or(""));
            let tail_is_site = site.is_some_and(|s| {
                let (a, b) = (s.to_lowercase(), tail.to_lowercase());
                a.contains(&b) || b.contains(&a)
            }) || tail.split_whitespace().count() <= 3
                || (matches!(sep, " | " | " • " | " · ") && head.split_whitespace().count() >= 3);
            if tail_is_site && head.split_whitespace().count() >= 2 {
                return head.trim().to_string();
            }
        }
    }
    t
}

/// The site name after the last separator of a title tag ("Story | Site" → "Site"), if it has one.
fn title_site_part(title: &str) -> Option<&str> {
    [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|pos| pos + sep.len()))
        .max()
        .and_then(|start| Some((title.get(..start)?, title.get(start..)?.trim())))
        .filter(|(head, tail)| {
            let words = tail.split_whitespace().count();
            (1..=4).contains(&words) && words < head.split_whitespace().count()
        })
        .map(|(_, tail)| tail)
}

/// Whether `longer` is `title` with one number (a count or a year) before or after it.
fn number_added(title: &str, longer: &str) -> bool {
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let before = longer.strip_suffix(title).and_then(|rest| rest.strip_suffix(' '));
    let after = longer.strip_prefix(title).and_then(|rest| rest.strip_prefix(' '));
    title.split_whitespace().count() >= 2 && (before.is_some_and(is_number) || after.is_some_and(is_number))
}

/// Whether `damaged` is `intact` with some characters lost to a failed decoding: each `?` or U+FFFD in it stands
/// for one to three characters of `intact` that are no letters or digits' equal there (an apostrophe, a colon, a
/// curly quote with the letter after it), and everything else is the same.
fn lost_characters(damaged: &str, intact: &str) -> bool {
    let d: Vec<char> = damaged.chars().collect();
    let t: Vec<char> = intact.chars().collect();
    let lost = |c: char| c == '?' || c == '\u{FFFD}';
    if d.len() > 300 || t.len() > 300 || !d.iter().any(|&c| lost(c)) || intact.contains(['?', '\u{FFFD}']) {
        return false;
    }
    // reach[j]: the first j characters of `intact` are matched by the characters of `damaged` read so far.
    let mut reach = vec![false; t.len() + 1];
    if let Some(r) = reach.first_mut() {
        *r = true;
    }
    for &c in &d {
        let mut next = vec![false; t.len() + 1];
        for j in 0..t.len() {
            if !reach.get(j).copied().unwrap_or(false) {
                continue;
            }
            if lost(c) {
                for n in 1..=3 {
                    let covered = t.get(j..j + n);
                    if covered.is_some_and(|run| run.first().is_some_and(|f| !f.is_alphanumeric())) {
                        if let Some(slot) = next.get_mut(j + n) {
                            *slot = true;
                        }
                    }
                }
            } else if t.get(j) == Some(&c) {
                if let Some(slot) = next.get_mut(j + 1) {
                    *slot = true;
                }
            }
        }
        reach = next;
    }
    reach.last().copied().unwrap_or(false)
}

/// Whether two titles are the same words, differing only in letter case or spacing.
fn same_but_styling(a: &str, b: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect::<String>();
    squash(a) == squash(b)
}

/// Short words that title case leaves in lower case.
const TITLE_CASE_MINOR: [&str; 16] =
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "as", "vs"];

/// How well-formed a title's styling is: title case first (major words capitalised, minor words not; an
/// all-capitals display form scores nothing), then fewer spaces (a word split by markup is worse).
fn styling_rank(title: &str) -> (usize, std::cmp::Reverse<usize>) {
    let all_caps = !title.chars().any(char::is_lowercase);
    let title_case = if all_caps {
        0
    } else {
        title
            .split_whitespace()
            .filter(|w| {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
                capitalised != TITLE_CASE_MINOR.contains(&bare.to_lowercase().as_str())
            })
            .count()
    };
    (title_case, std::cmp::Reverse(title.chars().filter(|c| c.is_whitespace()).count()))
}

/// Decodes character references left in values that were encoded twice ("&amp;#8211;" → "–").
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(rest.get(..pos).unwrap_or(""));
        let tail = rest.get(pos..).unwrap_or("");
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let body = tail.get(1..e)?;
            let ch = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = body.strip_prefix('#') {
                dec.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match body {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some(' '),
                    "ndash" => Some('–'),
                    "mdash" => Some('—'),
                    "rsquo" => Some('’'),
                    "lsquo" => Some('‘'),
                    "hellip" => Some('…'),
                    _ => None,
                }
            }?;
            Some((ch, e + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = tail.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// UTF-8 text that was read as Latin-1 somewhere on its way ("Investorâ\u{80}\u{99}s"), read back as UTF-8;
/// anything else (including real Latin-1 text such as "Café") is returned unchanged.
fn repair_mojibake(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xFF) {
        return std::borrow::Cow::Borrowed(text);
    }
    let bytes: Vec<u8> = text.chars().filter_map(|c| u8::try_from(u32::from(c)).ok()).collect();
    match String::from_utf8(bytes) {
        Ok(repaired) => std::borrow::Cow::Owned(repaired),
        Err(_) => std::borrow::Cow::Borrowed(text),
    }
}

/// A headline without what follows a spaced vertical bar: "Best movers in 2025 | Top 19 companies",
/// "Story | Opinion", "Story | Section | Site" name the story before the bar, and headlines themselves do not use
/// the bar.
fn headline_before_bar(title: &str) -> &str {
    match title.split_once(" | ") {
        Some((head, _)) if norm(head).chars().count() >= 4 => head.trim(),
        _ => title,
    }
}

/// Whether `h1` is `declared` (of three or more words) behind a short prefix that is a label ending in a colon
/// or a date.
fn labelled_title(h1: &str, declared: &str) -> bool {
    let (h, d) = (h1.to_lowercase(), declared.to_lowercase());
    if d.split_whitespace().count() < 3 || h.len() <= d.len() || !h.ends_with(&d) {
        return false;
    }
    let prefix = h.get(..h.len() - d.len()).unwrap_or("").trim();
    let words = prefix.split_whitespace().count();
    (1..=3).contains(&words) && (prefix.ends_with(':') || prefix.chars().any(|c| c.is_ascii_digit()))
}

/// A Latin-script title with fullwidth forms of ASCII characters ("Work？") written with the ASCII ones; titles
/// with CJK or other wide-script letters keep their punctuation.
fn halfwidth_in_latin(title: &str) -> std::borrow::Cow<'_, str> {
    let fullwidth = |c: char| ('\u{FF01}'..='\u{FF5E}').contains(&c);
    if !title.chars().any(fullwidth)
        || title.chars().any(|c| c.is_alphabetic() && !fullwidth(c) && u32::from(c) >= 0x2E80)
    {
        return std::borrow::Cow::Borrowed(title);
    }
    title.chars().map(|c| if fullwidth(c) { char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c) } else { c }).collect()
}

/// A title without a trailing separator and one of `site_norms` (names in `norm` form; empty ones ignored).
fn without_site_suffix<'a>(title: &'a str, site_norms: &[&str]) -> &'a str {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_norm = norm(tail);
            if !tail_norm.is_empty()
                && site_norms.iter().any(|s| !s.is_empty() && *s == tail_norm)
                && head.split_whitespace().count() >= 2
            {
                return head.trim_end();
            }
        }
    }
    title
}

/// Whether a headline was cut to a length limit: it ends in an ellipsis or leaves a parenthesis open.
fn looks_cut(headline: &str) -> bool {
    let t = headline.trim_end();
    t.ends_with("...") || t.ends_with('…') || t.matches('(').count() > t.matches(')').count()
}

/// The share of words two titles have in common (of the longer one's distinct words).
pub(crate) fn title_similarity(a: &str, b: &str) -> f32 {
    let word_set = |s: &str| -> std::collections::HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let (wa, wb) = (word_set(a), word_set(b));
    let inter = wa.intersection(&wb).count() as f32;
    inter / (wa.len().max(wb.len()).max(1) as f32)
}

/// Lower-cased letters and digits only, for loose comparisons of names and titles.
pub(crate) fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Reads the page's metadata.
pub(crate) fn page_meta(doc: &Html, url: Option<&str>) -> PageMeta {
    let raw = gather(doc);
    let site = meta(&raw, &["og:site_name", "application-name", "twitter:site"])
        .map(str::to_string)
        .or_else(|| raw.ld_publisher.clone());
    let mut out = PageMeta { outlet: site.clone().filter(|s| !s.starts_with('@')), ..Default::default() };
    // Title: the page's own h1 when it agrees with the declared title; else the declared one.
    let declared = raw
        .ld_headline
        .clone()
        .filter(|h| !looks_cut(h))
        .or_else(|| {
            meta(&raw, &["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline"])
                .map(str::to_string)
        })
        .or_else(|| raw.title_tag.clone());
    let declared_clean = declared.as_deref().map(|d| clean_title(d, site.as_deref()));
    let site_norm = site.as_deref().map(norm).unwrap_or_default();
    let declared_norm = declared_clean.as_deref().map(norm).unwrap_or_default();
    // The part of the title tag after its last separator names the site; an h1 that says only that is a logo.
    let title_site_norm = raw.title_tag.as_deref().and_then(title_site_part).map(norm).unwrap_or_default();
    let h1s: Vec<&String> = raw
        .h1s
        .iter()
        .filter(|h| {
            let hn = norm(h);
            hn.len() >= 4
                && h.chars().count() <= 300
                && (site_norm.is_empty() || !site_norm.contains(&hn))
                && hn != title_site_norm
        })
        .collect();
    let h1 = if h1s.len() == 1 {
        h1s.first().copied()
    } else {
        h1s.iter()
            .copied()
            .filter(|h| {
                !declared_norm.is_empty() && title_similarity(h, declared_clean.as_deref().unwrap_or("")) >= 0.5
            })
            .max_by(|a, b| {
                let d = declared_clean.as_deref().unwrap_or("");
                title_similarity(a, d).total_cmp(&title_similarity(b, d))
            })
    };
    // An all-capitals h1 is usually the declared title set in capitals for display (its wording at most lightly
    // edited).
    let h1 = h1.filter(|h| {
        !(h.chars().any(char::is_alphabetic)
            && !h.chars().any(char::is_lowercase)
            && declared_clean.as_deref().is_some_and(|d| {
                norm(d) == norm(h) || (d.chars().any(char::is_lowercase) && title_similarity(d, h) >= 0.5)
            }))
    });
    // An h1 that is the declared title behind a label or a date ("Blog: …", "Dec 18 2025 …") is that title.
    let h1 = h1.filter(|h| !declared_clean.as_deref().is_some_and(|d| labelled_title(h, d)));
    // An h1 that differs from a declared title (or the `<title>`, either before a spaced bar) only in letter case
    // or spacing is the same headline restyled for display: the better-capitalised, properly spaced form is kept.
    let tag_clean = raw.title_tag.as_deref().map(|t| clean_title(t, site.as_deref()));
    let restyled = |h: &String| -> Option<String> {
        [declared_clean.as_deref(), tag_clean.as_deref()]
            .into_iter()
            .flatten()
            .flat_map(|d| [d, headline_before_bar(d)])
            .find(|d| *d != h.as_str() && same_but_styling(d, h) && styling_rank(d) > styling_rank(h))
            .map(str::to_string)
    };
    let h1 = h1.map(|h| restyled(h).unwrap_or_else(|| h.clone()));
    // An h1 that is a declared title without its leading count or trailing year ("Recent Trends in Photography"
    // for "8 Recent Trends in Photography") lost a number set apart for display: the declared title is whole.
    let og_clean = meta(&raw, &["og:title"]).map(|t| clean_title(t, site.as_deref()));
    let h1 = h1.map(|h| {
        [declared_clean.as_deref(), og_clean.as_deref(), tag_clean.as_deref()]
            .into_iter()
            .flatten()
            .find(|d| number_added(&h, d))
            .map_or(h, str::to_string)
    });
    // An h1 whose characters were lost to a failed decoding ("Beginner? Guide") gives way to the intact declared
    // title it copies.
    let h1 = h1.map(|h| match declared_clean.as_deref() {
        Some(d) if lost_characters(&h, d) => d.to_string(),
        _ => h,
    });
    // An h1 that ends with the site's name after a separator ("Story – Site") is the story.
    let h1 = h1.map(|h| without_site_suffix(&h, &[site_norm.as_str(), title_site_norm.as_str()]).to_string());
    let finish = |t: &str| {
        halfwidth_in_latin(headline_before_bar(&repair_mojibake(&collapse_ws(&decode_entities(t))))).into_owned()
    };
    if h1.is_some() {
        out.declared_title = declared_clean.as_deref().map(finish).filter(|t| !t.is_empty());
    }
    out.title =
        h1.or(declared_clean).or_else(|| raw.h1s.first().cloned()).map(|t| finish(&t)).filter(|t| !t.is_empty());
    if out.declared_title == out.title {
        out.declared_title = None;
    }
    // Authors.
    let mut authors: Vec<String> = raw.ld_authors.clone();
    if authors.is_empty() {
        if let Some(a) = meta(
            &raw,
            &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author"],
        ) {
            authors = split_byline(a).into_iter().filter(|a| !a.starts_with("http")).collect();
            if a.contains(',') && authors.len() == 1 && !a.contains(" and ") {
                authors = match a.split_once(',').map(|(l, f)| (l.trim(), f.trim())) {
                    // "Last, First" (citation metadata) is one name.
                    Some((last, first))
                        if !first.contains(',')
                            && [last, first].iter().all(|w| !w.is_empty() && !w.contains(' '))
                            && first.chars().next().is_some_and(char::is_uppercase) =>
                    {
                        vec![format!("{first} {last}")]
                    }
                    _ => a.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
                };
            }
        }
    }
    if authors.is_empty() {
        authors = raw.itemprop_authors.iter().flat_map(|a| split_byline(a)).collect();
    }
    if authors.is_empty() {
        authors = raw.rel_authors.iter().flat_map(|a| split_byline(a)).collect();
    }
    if authors.is_empty() {
        authors = raw.byline_texts.iter().take(1).flat_map(|a| split_byline(a)).collect();
    }
    let mut seen = Vec::new();
    for a in authors {
        let a = collapse_ws(&decode_entities(&a));
        if looks_like_name(&a) && !seen.iter().any(|s: &String| s.eq_ignore_ascii_case(&a)) {
            seen.push(a);
        }
    }
    out.authors = seen;
    // Dates.
    out.published = raw
        .ld_published
        .as_deref()
        .and_then(parse_date_value)
        .or_else(|| meta(&raw, PUBLISHED_META_KEYS).and_then(parse_date_value))
        .or_else(|| raw.itemprop_published.as_deref().and_then(parse_date_value))
        .or_else(|| raw.time_published.as_deref().and_then(parse_date_value))
        .or_else(|| url.and_then(date_from_url))
        .or_else(|| raw.canonical.as_deref().and_then(date_from_url))
        .or_else(|| nearest_time_to_h1(&raw).and_then(parse_date_value))
        .or_else(|| raw.time_first.as_deref().and_then(parse_date_value));
    out.published_in_meta_tags = raw.published_in_meta_tags;
    out.published_elsewhere = raw
        .metas
        .iter()
        .filter(|(k, _)| PUBLISHED_META_KEYS.contains(&k.as_str()))
        .map(|(_, v)| v.as_str())
        .chain(raw.itemprop_published.as_deref())
        .filter_map(parse_date_value)
        .filter(|d| out.published.as_deref().and_then(crate::dates::day_number) != crate::dates::day_number(d))
        .collect();
    out.modified = raw.ld_modified.as_deref().and_then(parse_date_value).or_else(|| {
        meta(
            &raw,
            &[
                "article:modified_time",
                "og:updated_time",
                "dateModified",
                "datemodified",
                "dcterms.modified",
                "last-modified",
                "modified-date",
            ],
        )
        .and_then(parse_date_value)
    });
    out.url = raw
        .canonical
        .clone()
        .or_else(|| meta(&raw, &["og:url"]).map(str::to_string))
        .or_else(|| url.map(str::to_string))
        .filter(|u| u.starts_with("http"));
    out.language = raw
        .lang
        .as_deref()
        .or_else(|| meta(&raw, &["og:locale", "language", "content-language", "dc.language"]))
        .map(|l| l.split(['-', '_']).next().unwrap_or("").to_lowercase())
        .filter(|l| l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase()));
    out.article_body = raw.ld_body;
    out.author_class_names = raw.author_class_names;
    out
}

/// What a page says a shown date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateLabel {
    /// A bare dateline.
    Unlabelled,
    /// "Published …", "Posted on …".
    Published,
    /// "Updated …", "Last modified …": a revision of the page, not its publication.
    Updated,
}

/// A date shown with an article.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ShownDate {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// What the page labels it as.
    pub label: DateLabel,
    /// Whether it is shown where the article ends rather than above it.
    pub after_body: bool,
}

/// Words that label a shown date as an update of the page rather than its publication.
const UPDATE_LABELS: [&str; 4] = ["updated", "modified", "revised", "reviewed"];

/// Words that label a shown date as the publication date.
const PUBLISHED_LABELS: [&str; 2] = ["published", "posted"];

/// The dates written in the short text blocks near the article, in page order, at most one per block (a
/// dateline; "Published …", "Updated …"). A label standing alone in the block before a date applies to it.
pub(crate) fn dates_near(texts: &[&str], after_body: bool) -> Vec<ShownDate> {
    let label_of = |t: &str| {
        let lower = t.to_lowercase();
        if UPDATE_LABELS.iter().any(|w| lower.contains(w)) {
            DateLabel::Updated
        } else if PUBLISHED_LABELS.iter().any(|w| lower.contains(w)) {
            DateLabel::Published
        } else {
            DateLabel::Unlabelled
        }
    };
    let mut out = Vec::new();
    let mut previous: Option<&str> = None;
    for t in texts {
        let short = t.chars().count() < 120;
        if let Some(date) = Some(t).filter(|_| short).and_then(|t| find_date_in_text(t)) {
            let mut label = label_of(t);
            if label == DateLabel::Unlabelled {
                if let Some(p) = previous.filter(|p| p.chars().count() < 30) {
                    label = label_of(p);
                }
            }
            out.push(ShownDate { date, label, after_body });
            if out.len() == 4 {
                break;
            }
        }
        previous = Some(t);
    }
    out
}

/// Whether a text block is a dateline on its own: nothing but a date ("March 13, 2024"), or a short line that
/// labels a date as the publication or an update ("Updated March 13, 2024").
pub(crate) fn is_labelled_date_line(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 60 || find_date_in_text(text).is_none() {
        return false;
    }
    let lower = text.to_lowercase();
    crate::dates::is_date_line(text)
        || UPDATE_LABELS
            .iter()
            .chain(PUBLISHED_LABELS.iter())
            .any(|w| lower.starts_with(w) || lower.starts_with(&format!("last {w}")))
}

/// Words that introduce a byline ("By", "Written by").
const BYLINE_LEADS: [&str; 8] =
    ["written by", "posted by", "words by", "authored by", "published by", "author", "authors", "by"];

/// Names in a visible byline line: the lead word, then names up to a date, a separator or a role.
fn names_after_lead(rest: &str) -> Vec<String> {
    let cut = rest
        .find(|c: char| c.is_ascii_digit() || matches!(c, '|' | '•' | '·' | '(' | '/' | '—' | '–' | '@'))
        .unwrap_or(rest.len());
    let mut part = rest.get(..cut).unwrap_or(rest);
    for stop in [" on ", " in ", " - ", " for ", " updated", " published", " posted", " last "] {
        if let Some(pos) = part.to_lowercase().find(stop) {
            part = part.get(..pos).unwrap_or(part);
        }
    }
    if let Some(last) = part.split_whitespace().last() {
        if find_date_in_text(&format!("{last} 1, 2000")).is_some() {
            part = part.get(..part.len() - last.len()).unwrap_or(part);
        }
    }
    let mut names = Vec::new();
    for name in part.split(" and ").flat_map(|p| p.split(" & ")).flat_map(|p| p.split(',')) {
        let name = name.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if name.is_empty() {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let shaped = (1..=5).contains(&words.len())
            && words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() * 2 > words.len()
            && !name.contains(':');
        if !shaped {
            return Vec::new();
        }
        names.push(name.to_string());
    }
    names
}

/// Authors from a visible byline among the text blocks near the top of the article ("By Jane Doe",
/// "Written by" followed by a name), for pages whose metadata names none.
pub(crate) fn byline_near(texts: &[&str]) -> Vec<String> {
    for (i, t) in texts.iter().enumerate() {
        let t = t.trim();
        if t.chars().count() > 120 {
            continue;
        }
        let lower = t.to_lowercase();
        let bare = lower.trim_end_matches([':', ' ']);
        if BYLINE_LEADS.contains(&bare) {
            if let Some(next) = texts.get(i + 1) {
                let names = names_after_lead(next.trim());
                if !names.is_empty() && names.len() <= 4 {
                    return names;
                }
            }
            continue;
        }
        for lead in BYLINE_LEADS {
            let Some(rest) = lower.strip_prefix(lead) else { continue };
            if !(rest.starts_with(' ') || rest.starts_with(':')) {
                continue;
            }
            let rest = t.get(lead.len()..).unwrap_or("").trim_start_matches([':', ' ']);
            let names = names_after_lead(rest);
            if !names.is_empty() && names.len() <= 4 {
                return names;
            }
            break;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_nearest_the_headline_dates_the_article() {
        let html = "<html><body><nav><time datetime=\"2025-01-31\">01/31/2025</time></nav><p>menu</p><p>more</p>\
            <article><h1>Candidate experience</h1><div><time datetime=\"2017-03-01\">03/01/2017</time></div>\
            <p>Text.</p></article><aside><time datetime=\"2025-12-17\">12/17/2025</time></aside></body></html>";
        let meta = page_meta(&Html::parse_document(html), None);
        assert_eq!(meta.published.as_deref(), Some("2017-03-01"));
        let no_h1 = html.replace("<h1>Candidate experience</h1>", "");
        assert_eq!(page_meta(&Html::parse_document(&no_h1), None).published.as_deref(), Some("2025-01-31"));
    }

    #[test]
    fn publication_stamps_on_other_days_are_kept_apart() {
        let html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
            \"datePublished\":\"2024-08-29\"}</script><meta name=\"date\" content=\"November 25, 2025\">\
            <meta property=\"article:published_time\" content=\"2024-08-29T03:00:00-07:00\"></head>\
            <body><ul><li itemprop=\"datePublished\">On 8 Oct 2022</li></ul></body></html>";
        let meta = page_meta(&Html::parse_document(html), None);
        assert_eq!(meta.published.as_deref(), Some("2024-08-29"));
        assert_eq!(meta.published_elsewhere, ["2025-11-25", "2022-10-08"]);
        assert!(meta.published_in_meta_tags);
        let microdata_only = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
            \"datePublished\":\"2024-08-29\"}</script><meta itemprop=\"datePublished\" content=\"2024-08-29\">\
            <meta name=\"date\" content=\"soon\"></head><body><p>Text.</p></body></html>";
        let meta = page_meta(&Html::parse_document(microdata_only), None);
        assert_eq!(meta.published.as_deref(), Some("2024-08-29"));
        assert!(!meta.published_in_meta_tags);
    }

    #[test]
    fn numbers_set_apart_from_the_headline() {
        assert!(number_added("Recent Trends in Photography", "8 Recent Trends in Photography"));
        assert!(number_added("15 Best Online Tutoring Platforms", "15 Best Online Tutoring Platforms 2025"));
        assert!(!number_added("Best Travel Insurance", "Best Travel Insurance in 2025"));
        assert!(!number_added("Cybersecurity Tips", "15 Critical Cybersecurity Tips"));
        assert!(!number_added("Tips", "8 Tips"));
    }

    #[test]
    fn titles_with_characters_lost_to_decoding() {
        let intact = "What Are The Basics Of Event Planning: Beginner\u{2019}s Guide";
        assert!(lost_characters("What Are The Basics Of Event Planning? Beginner? Guide", intact));
        assert!(!lost_characters("What Are The Basics Of Event Planning? Beginners Guide", intact));
        assert!(!lost_characters("Is It Safe? A Guide", "Is It Safe: A Guide To More"));
        assert!(!lost_characters("Why? Because", "Whyx Because"));
    }

    #[test]
    fn restyled_h1_takes_the_title_tag_form() {
        let html = "<html><head><title>History of coffee | Origin, Spread, Facts | Britannica</title></head>\
            <body><h1>history of coffee</h1><p>Coffee was first drunk in Ethiopia.</p></body></html>";
        let meta = page_meta(&Html::parse_document(html), None);
        assert_eq!(meta.title.as_deref(), Some("History of coffee"));
    }

    #[test]
    fn fullwidth_punctuation_in_latin_titles() {
        assert_eq!(halfwidth_in_latin("How Does Robot Vacuum Mapping Work？"), "How Does Robot Vacuum Mapping Work?");
        assert_eq!(halfwidth_in_latin("扫地机器人如何工作？"), "扫地机器人如何工作？");
    }

    #[test]
    fn site_suffix_of_h1() {
        assert_eq!(
            without_site_suffix("Best UK Art Exhibitions 2025 – Artlyst", &["artlyst", ""]),
            "Best UK Art Exhibitions 2025"
        );
        assert_eq!(without_site_suffix("Art Exhibitions – Artlyst", &["", ""]), "Art Exhibitions – Artlyst");
        assert_eq!(without_site_suffix("Artlyst – Artlyst", &["artlyst"]), "Artlyst – Artlyst");
    }

    #[test]
    fn cut_headlines() {
        assert!(looks_cut("We Help 4 Readers Find Solutions (Including"));
        assert!(looks_cut("Solutions for every room..."));
        assert!(!looks_cut("Best Movers (2025)"));
    }

    #[test]
    fn labelled_h1_is_the_declared_title() {
        let declared = "Preparing a transition in Debusine";
        assert!(labelled_title("Dec 18 2025 Preparing a transition in Debusine", declared));
        assert!(labelled_title("Blog: Preparing a transition in Debusine", declared));
        assert!(!labelled_title("The Preparing a transition in Debusine", declared));
        assert!(!labelled_title("Preparing a transition in Debusine", declared));
    }

    #[test]
    fn headline_cleanup() {
        assert_eq!(repair_mojibake("Investor\u{e2}\u{80}\u{99}s Guide"), "Investor\u{2019}s Guide");
        assert_eq!(repair_mojibake("Café au lait"), "Café au lait");
        assert_eq!(repair_mojibake("Plain — text"), "Plain — text");
        assert_eq!(headline_before_bar("Best movers in 2025 | Top 19 companies"), "Best movers in 2025");
        assert_eq!(headline_before_bar("A | B"), "A | B");
        assert_eq!(headline_before_bar("No bar here"), "No bar here");
    }

    #[test]
    fn author_name_classes() {
        assert!(is_author_name_class("post-author__name"));
        assert!(is_author_name_class("text-size-small author"));
        assert!(!is_author_name_class("author-bio"));
        assert!(!is_author_name_class("blog_author-image"));
        assert!(!is_author_name_class("authority-score"));
    }

    #[test]
    fn visible_bylines() {
        assert_eq!(byline_near(&["Home", "By Jane Doe and John Roe | March 3, 2024"]), vec!["Jane Doe", "John Roe"]);
        assert_eq!(byline_near(&["Written by", "Edzel Tabing", "Body text."]), vec!["Edzel Tabing"]);
        assert_eq!(byline_near(&["Posted on March 3 by Jane Doe"]), Vec::<String>::new());
        assert_eq!(byline_near(&["By clicking here you agree to our terms of service"]), Vec::<String>::new());
        assert_eq!(byline_near(&["Written by Jane Doe on May 2, 2024"]), vec!["Jane Doe"]);
    }

    #[test]
    fn labelled_date_lines() {
        assert!(is_labelled_date_line("Updated March 13, 2024"));
        assert!(is_labelled_date_line("Last updated: 2025-02-22"));
        assert!(is_labelled_date_line("March 13, 2024"));
        assert!(!is_labelled_date_line("Prices checked on March 13, 2024."));
        assert!(!is_labelled_date_line("Updated guidance for 2024"));
    }

    #[test]
    fn shown_date_labels() {
        let found =
            dates_near(&["Published", "Feb 2, 2023", "Last updated: March 3, 2024", "Posted on 2024-01-05"], false);
        let labels: Vec<DateLabel> = found.iter().map(|d| d.label).collect();
        assert_eq!(labels, [DateLabel::Published, DateLabel::Updated, DateLabel::Published]);
        assert_eq!(found.first().map(|d| d.date.as_str()), Some("2023-02-02"));
        assert_eq!(dates_near(&["Dec 1, 2024"], true).first().map(|d| d.label), Some(DateLabel::Unlabelled));
    }

    #[test]
    fn author_values_are_cleaned_to_names() {
        let clean = |s: &str| clean_author(s);
        assert_eq!(clean("Author Posted by Soliant").as_deref(), Some("Soliant"));
        assert_eq!(clean("By MixmasterFred in Workshop Woodworking").as_deref(), Some("MixmasterFred"));
        assert_eq!(clean("By Jesse Porter Jesse Porter").as_deref(), Some("Jesse Porter"));
        assert_eq!(clean("Will Judd Former Deputy Tech Editor").as_deref(), Some("Will Judd"));
        assert_eq!(clean("Stephen Doe AI Writer").as_deref(), Some("Stephen Doe"));
        assert_eq!(clean("Chris Roe ⋅ Founder, Editor-in-Chief").as_deref(), Some("Chris Roe"));
        assert_eq!(clean("Shelby Loos, DVM. Reviewed by Molly Price, DVM").as_deref(), Some("Shelby Loos, DVM"));
        assert_eq!(clean("Tracy Parker, Dietitian").as_deref(), Some("Tracy Parker, Dietitian"));
        assert_eq!(clean("Sofia Gonzalez D").as_deref(), Some("Sofia Gonzalez"));
        assert_eq!(clean("Mary Ann Smith").as_deref(), Some("Mary Ann Smith"));
        assert_eq!(clean("Matt De La O").as_deref(), Some("Matt De La O"));
        assert_eq!(clean("Editor-in-Chief"), None);
        assert_eq!(clean("Paul Roe , Home").as_deref(), Some("Paul Roe"));
        assert_eq!(clean("D"), None);
        assert_eq!(clean("Name *"), None);
        assert_eq!(clean("Full Bio"), None);
        assert_eq!(clean("Lori Campbell says"), None);
    }

    #[test]
    fn byline_split() {
        assert_eq!(split_byline("By Jane Doe and John Roe"), vec!["Jane Doe", "John Roe"]);
        assert_eq!(clean_title("Big story | The Paper", Some("The Paper")), "Big story");
        assert_eq!(clean_title("A brief intro to git • Jane Doe", None), "A brief intro to git");
        assert_eq!(title_site_part("Reflections on UI - Part 1 | Playful Tones"), Some("Playful Tones"));
        assert_eq!(title_site_part("NASA SVS | Impact of Climate Change on Yields"), None);
        assert!(styling_rank("Review and Approval Process") > styling_rank("Review And Approval Process"));
        assert!(same_but_styling("How Much Should I Pay", "How much should I pay"));
        assert!(styling_rank("How Much Should I Pay") > styling_rank("How much should I pay"));
        assert!(styling_rank("Planning Cycle") > styling_rank("Planning C ycle"));
        assert!(styling_rank("Big Story") > styling_rank("BIG STORY"));
    }
}
