//! Extraction: the article's own text and its metadata, from an HTML page or
//! from already-scraped page text, with page boilerplate left out.

mod cues;
mod dates;
mod dom;
mod html;
mod meta;
mod prepare;
mod text;

#[doc(hidden)]
pub use prepare::prepare_html;

use scraper::Html;

/// What extraction found in one document. Every field is `None`/empty where the
/// document does not state it: nothing is invented.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Headline.
    pub title: Option<String>,
    /// Main text, paragraphs separated by a blank line.
    pub text: String,
    /// Publication date (`YYYY-MM-DD` or RFC 3339).
    pub published: Option<String>,
    /// Last-modified date, when the page states one apart from `published`.
    pub modified: Option<String>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
}

/// Pages larger than this are cut before parsing, so hostile input stays within the time budget.
const MAX_HTML_BYTES: usize = 8 * 1024 * 1024;

fn truncate_at_char(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Case-insensitive search for an ASCII needle.
pub(crate) fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let rest = n.get(1..)?;
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h)
        .find(|&at| h.get(at + 1..at + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(rest)))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Detects the ISO 639-1 language of a text with `whatlang`.
pub fn detect_language(text: &str) -> Option<String> {
    let sample = truncate_at_char(text, 4000);
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && word_count(sample) < 30 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Epo => "eo",
    })
}

/// Main texts shorter than this (in words) are tried again with relaxed furniture rules, and the relaxed
/// text is taken when it is much longer: shorter than a typical article hints that the article's wrapper was
/// taken for furniture.
const RELAXED_RETRY_WORDS: usize = 500;

/// Whether most of a text's word trigrams repeat: the same template sentence over and over (a promotion bar in
/// twenty currencies, a product grid), which no article is.
fn is_repetitive(text: &str) -> bool {
    use std::hash::{Hash, Hasher};
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut seen = std::collections::HashSet::new();
    let mut total = 0usize;
    for trigram in words.windows(3) {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        trigram.hash(&mut h);
        seen.insert(h.finish());
        total += 1;
    }
    total >= 30 && seen.len() * 2 < total
}

/// Extracts the article from an HTML page; `url` is where it was fetched from, if known.
pub fn extract_html(html: &str, url: Option<&str>) -> Extracted {
    let doc = parse(html);
    let meta = meta::page_meta(&doc, url);
    let mut cue_cache = dom::CueCache::default();
    let page = strict_page(&doc, &mut cue_cache);
    let ranges = html::choose_ranges_mass(&page);
    let blocks = html::clean_blocks(&page, &ranges, meta.title.as_deref());
    let mut text = html::join_blocks(&blocks);
    let mut words = word_count(&text);
    if words < RELAXED_RETRY_WORDS {
        let relaxed_options = dom::LinearizeOptions { mark_furniture: true, relaxed: true };
        let relaxed = dom::linearize_exempting(doc.tree.root(), relaxed_options, &[], &mut cue_cache);
        let relaxed_ranges = html::choose_ranges_mass(&relaxed);
        let relaxed_text = html::join_blocks(&html::clean_blocks(&relaxed, &relaxed_ranges, meta.title.as_deref()));
        let relaxed_words = word_count(&relaxed_text);
        if relaxed_words > words * 3 / 2 + 20 && !is_repetitive(&relaxed_text) {
            text = relaxed_text;
            words = relaxed_words;
        }
    }
    if let Some(body) = meta.article_body.as_deref() {
        let body_words = word_count(body);
        if body_words >= 80 && words * 2 < body_words {
            text = body.lines().map(dom::collapse_ws).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n");
            words = word_count(&text);
        }
    }
    if words < 20 {
        let dump = page_text_of(&doc);
        let from_text = text::extract_text_impl(&dump);
        if word_count(&from_text.text) > words {
            text = from_text.text;
        }
    }
    let stated = meta.published.or_else(|| dates::date_in_page_data(html));
    let modified = meta.modified.or_else(|| stated.as_ref().and_then(|_| dates::modified_in_page_data(html)));
    let published = reconcile_published(
        stated,
        modified.as_deref(),
        &PublicationStamps { elsewhere: &meta.published_elsewhere, in_meta_tags: meta.published_in_meta_tags },
        &visible_dates(&page, &ranges),
    );
    let mut authors = meta.authors;
    // An author that is the outlet itself stands in for a byline the page may still show.
    let outlet_norm = meta.outlet.as_deref().map(meta::norm).unwrap_or_default();
    let names_outlet = |a: &String| {
        let n = meta::norm(a);
        !n.is_empty() && !outlet_norm.is_empty() && (outlet_norm.contains(&n) || n.contains(&outlet_norm))
    };
    let outlet_only = authors.len() == 1 && authors.iter().all(names_outlet);
    if authors.is_empty() || outlet_only {
        let first = ranges.first().map_or(0, |r| r.0);
        let head: Vec<&str> = page
            .blocks
            .get(first.saturating_sub(15)..(first + 8).min(page.blocks.len()))
            .unwrap_or(&[])
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        let shown = meta::byline_near(&head);
        if !shown.is_empty() {
            authors = shown;
        }
    }
    if authors.is_empty() || outlet_only {
        if let Some(name) = meta.author_class_names.iter().find(|n| !names_outlet(n)) {
            authors = vec![name.clone()];
        }
    }
    let mut seen = Vec::new();
    for name in authors.iter().filter_map(|a| meta::clean_author(a)) {
        if !seen.iter().any(|s: &String| s.eq_ignore_ascii_case(&name)) {
            seen.push(name);
        }
    }
    let authors = seen;
    let language = meta.language.or_else(|| detect_language(&text));
    let title = match meta.declared_title {
        Some(declared)
            if h1_is_furniture(&page, meta.title.as_deref(), &declared)
                || shown_as_heading(&page, meta.title.as_deref(), &declared) =>
        {
            Some(declared)
        }
        _ => meta.title,
    };
    Extracted { title, text, published, modified, authors, outlet: meta.outlet, url: meta.url, language }
}

/// Whether the h1 a title was taken from is page furniture (a logo, a section name or a sidebar heading marked
/// as such) that shares few words with the title the page declares: then it names the site, not the article.
fn h1_is_furniture(page: &dom::Page, title: Option<&str>, declared: &str) -> bool {
    let Some(title) = title else { return false };
    if !looks_like_headline(declared) || meta::title_similarity(title, declared) >= FURNITURE_H1_MAX_SIMILARITY {
        return false;
    }
    let wanted = meta::norm(title);
    page.blocks
        .iter()
        .find(|b| b.kind == dom::BlockKind::Heading(1) && meta::norm(&b.text) == wanted)
        .is_some_and(|b| b.boiler)
}

/// Whether the page shows a headline-shaped declared title, other words than the title taken from its h1, as one
/// of its h2–h4 headings: a title the page both declares and shows is its headline, where the h1 it was weighed
/// against names a section or a variant.
fn shown_as_heading(page: &dom::Page, title: Option<&str>, declared: &str) -> bool {
    let wanted = meta::norm(declared);
    !wanted.is_empty()
        && looks_like_headline(declared)
        && title.is_some_and(|t| meta::norm(t) != wanted)
        && page.blocks.iter().any(|b| {
            matches!(b.kind, dom::BlockKind::Heading(2..=4))
                && b.text.len() < declared.len() * 2 + 8
                && meta::norm(&b.text) == wanted
        })
}

/// Whether a declared title has a headline's shape: three to fifteen words, one sentence (an OpenGraph title
/// that is a teaser of two sentences, a site's one-word name or a paragraph is not).
fn looks_like_headline(title: &str) -> bool {
    let words = title.split_whitespace().count();
    let inner_sentence_end = title
        .trim_end()
        .char_indices()
        .any(|(i, c)| matches!(c, '.' | '?' | '!') && title.get(i + 1..).is_some_and(|rest| rest.starts_with(' ')));
    (3..=15).contains(&words) && !inner_sentence_end
}

/// Below this share of common words an h1 marked as furniture is not the declared title restyled.
const FURNITURE_H1_MAX_SIMILARITY: f32 = 0.25;

/// The page linearised with furniture marked, cue-marked wrappers that hold the article exempted.
fn strict_page<'a>(doc: &'a Html, cue_cache: &mut dom::CueCache<'a>) -> dom::Page<'a> {
    let strict = dom::LinearizeOptions { mark_furniture: true, relaxed: false };
    let page = dom::linearize_exempting(doc.tree.root(), strict, &[], cue_cache);
    match dom::cue_exemptions(&page) {
        Some(exempt) => dom::linearize_exempting(doc.tree.root(), strict, &exempt, cue_cache),
        None => page,
    }
}

/// The dates shown with the article, first shown first: in the blocks just above where the body starts, else
/// around the first h1s, else where the body ends (blogs that sign off with author and date).
fn visible_dates(page: &dom::Page, ranges: &[(usize, usize)]) -> Vec<meta::ShownDate> {
    let texts = |from: usize, to: usize| -> Vec<&str> {
        page.blocks.get(from..to.min(page.blocks.len())).unwrap_or(&[]).iter().map(|b| b.text.as_str()).collect()
    };
    let first = ranges.first().map_or(0, |r| r.0);
    let near_body = meta::dates_near(&texts(first.saturating_sub(15), first + 5), false);
    if !near_body.is_empty() {
        return near_body;
    }
    let near_h1 = page
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == dom::BlockKind::Heading(1))
        .take(3)
        .map(|(i, _)| meta::dates_near(&texts(i.saturating_sub(6), i + 10), false))
        .find(|d| !d.is_empty())
        .unwrap_or_default();
    if !near_h1.is_empty() {
        return near_h1;
    }
    let end = ranges.last().map_or(0, |r| r.1);
    if end == 0 {
        return Vec::new();
    }
    let near_end = meta::dates_near(&texts(end.saturating_sub(6), end + 6), true);
    if !near_end.is_empty() {
        return near_end;
    }
    // A dateline further inside the article (below a summary or a product grid): only a line that is nothing
    // but a date, or a short one labelled as the publication or an update.
    let lines: Vec<&str> = texts(first, end).into_iter().filter(|t| meta::is_labelled_date_line(t)).take(1).collect();
    meta::dates_near(&lines, false)
}

/// The published date given the metadata dates and the dates shown with the article (first shown first).
/// Where a page states its publication date besides the one taken, for [`reconcile_published`].
struct PublicationStamps<'a> {
    /// Publication dates stated elsewhere on the page, on other days than the one taken.
    elsewhere: &'a [String],
    /// Whether a `<meta>` tag states the publication date.
    in_meta_tags: bool,
}

/// Metadata wins, except where the page states otherwise: a date the page labels as its publication, a
/// dateline (else an update) earlier than a metadata stamp that is both the published and the modified date (a
/// stamp written when the page was built or migrated, not when the article appeared), or a dateline where the published stamp
/// is days later than the modified one, or a dateline that another publication stamp of the page confirms. A page
/// that states its publication only in structured data (no `<meta>` tag) and shows its modified date but not its
/// published one is dated by the modification, as it presents itself (WCXB dev: 17 such pages right, 2 wrong).
fn reconcile_published(
    published: Option<String>,
    modified: Option<&str>,
    stamps: &PublicationStamps<'_>,
    shown: &[meta::ShownDate],
) -> Option<String> {
    let elsewhere = stamps.elsewhere;
    use meta::DateLabel;
    let datelines = || shown.iter().filter(|d| d.label != DateLabel::Updated);
    let Some(published_value) = published else {
        return datelines().next().or(shown.first()).map(|d| d.date.clone());
    };
    let Some(published_day) = dates::day_number(&published_value) else { return Some(published_value) };
    // (A page's "Updated" line that repeats the metadata's date does not confirm it as the publication.)
    if datelines().any(|d| dates::day_number(&d.date) == Some(published_day)) {
        return Some(published_value);
    }
    let days_from_published = |d: &meta::ShownDate| dates::day_number(&d.date).map(|day| (day - published_day).abs());
    // Within a day, the two may name one moment in different time zones; the metadata's stamp is kept.
    if let Some(labelled) = shown
        .iter()
        .find(|d| d.label == DateLabel::Published && !d.after_body && days_from_published(d).is_some_and(|n| n > 1))
    {
        return Some(labelled.date.clone());
    }
    // A dateline that another of the page's publication stamps confirms outvotes the one taken.
    if let Some(confirmed) = datelines().next().filter(|d| {
        !d.after_body
            && days_from_published(d).is_some_and(|n| n > 1)
            && elsewhere.iter().any(|e| dates::day_number(e) == dates::day_number(&d.date))
    }) {
        return Some(confirmed.date.clone());
    }
    let modified_day = modified.and_then(dates::day_number);
    // A page that states its publication only in structured data, and shows its revision date and not its
    // publication date, dates itself by the revision.
    let shows = |day: Option<i64>| day.is_some() && shown.iter().any(|d| dates::day_number(&d.date) == day);
    if !stamps.in_meta_tags
        && modified_day.is_some_and(|m| m != published_day)
        && shows(modified_day)
        && !shows(Some(published_day))
    {
        return modified.map(str::to_string);
    }
    let one_stamp = modified_day == Some(published_day);
    // A published stamp days after the modified one is no publication date: the dateline the page shows is.
    let after_modified = modified_day.is_some_and(|m| published_day - m > 1);
    // Even an update the page shows before a single stamp predates the stamp.
    let first_shown = datelines().next().or_else(|| shown.iter().find(|d| !d.after_body));
    match first_shown {
        Some(first) if one_stamp && dates::day_number(&first.date).is_some_and(|d| d < published_day) => {
            Some(first.date.clone())
        }
        Some(first) if after_modified && !first.after_body && first.label != DateLabel::Updated => {
            Some(first.date.clone())
        }
        _ => Some(published_value),
    }
}

fn parse(html: &str) -> Html {
    Html::parse_document(&prepare::prepare_html(truncate_at_char(html, MAX_HTML_BYTES)))
}

fn page_text_of(doc: &Html) -> String {
    let page = dom::linearize(doc.tree.root(), dom::LinearizeOptions { mark_furniture: false, relaxed: false });
    page.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// The whole visible text of an HTML page, one block per line, boilerplate included
/// (what a crawler's text dump holds); used to evaluate and to fall back on `extract_text`.
pub fn page_text(html: &str) -> String {
    page_text_of(&parse(html))
}

/// A readable account of how the main text of an HTML page was chosen (candidates, blocks and their flags),
/// for looking into extraction errors.
#[doc(hidden)]
pub fn explain_html(html: &str) -> String {
    let doc = parse(html);
    let page = strict_page(&doc, &mut dom::CueCache::default());
    let meta = meta::page_meta(&doc, None);
    let ranges = html::choose_ranges_mass(&page);
    format!(
        "meta: title={:?} authors={:?} published={:?} modified={:?} outlet={:?}\nshown dates: {:?}\n{}",
        meta.title,
        meta.authors,
        meta.published.or_else(|| dates::date_in_page_data(html)),
        meta.modified,
        meta.outlet,
        visible_dates(&page, &ranges),
        html::explain(&doc, &page)
    )
}

/// Finds the article inside whole-page text (headline, byline, dateline, body).
pub fn extract_text(text: &str) -> Extracted {
    let mut out = text::extract_text_impl(text);
    out.language = detect_language(&out.text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page that states its publication date in a `<meta>` tag and nowhere else.
    const TAGGED: PublicationStamps<'static> = PublicationStamps { elsewhere: &[], in_meta_tags: true };

    fn shown(date: &str, label: meta::DateLabel) -> meta::ShownDate {
        meta::ShownDate { date: date.to_string(), label, after_body: false }
    }

    #[test]
    fn published_date_reconciles_metadata_with_the_page() {
        use meta::DateLabel::*;
        let meta_date = || Some("2025-06-24".to_string());
        // A single metadata stamp later than the page's dateline is a build stamp.
        let built = reconcile_published(meta_date(), Some("2025-06-24"), &TAGGED, &[shown("2024-08-25", Unlabelled)]);
        assert_eq!(built.as_deref(), Some("2024-08-25"));
        // With a distinct modified date, the metadata's published date stands.
        let kept = reconcile_published(meta_date(), Some("2025-07-01"), &TAGGED, &[shown("2024-08-25", Unlabelled)]);
        assert_eq!(kept.as_deref(), Some("2025-06-24"));
        // An update stands for the publication only where it predates a single stamp; a labelled publication
        // always does.
        let updated = reconcile_published(meta_date(), Some("2025-07-01"), &TAGGED, &[shown("2024-08-25", Updated)]);
        assert_eq!(updated.as_deref(), Some("2025-06-24"));
        let before_stamp =
            reconcile_published(meta_date(), Some("2025-06-24"), &TAGGED, &[shown("2024-08-25", Updated)]);
        assert_eq!(before_stamp.as_deref(), Some("2024-08-25"));
        let after_stamp =
            reconcile_published(meta_date(), Some("2025-06-24"), &TAGGED, &[shown("2025-08-25", Updated)]);
        assert_eq!(after_stamp.as_deref(), Some("2025-06-24"));
        let labelled = reconcile_published(meta_date(), None, &TAGGED, &[shown("2023-04-26", Published)]);
        assert_eq!(labelled.as_deref(), Some("2023-04-26"));
        let labelled_and_updated = reconcile_published(
            meta_date(),
            Some("2025-06-23"),
            &TAGGED,
            &[shown("2023-04-26", Published), shown("2025-06-24", Updated)],
        );
        assert_eq!(labelled_and_updated.as_deref(), Some("2023-04-26"));
        // A published stamp days after the modified one gives way to the page's dateline.
        let inverted =
            reconcile_published(meta_date(), Some("2025-06-10"), &TAGGED, &[shown("2022-11-02", Unlabelled)]);
        assert_eq!(inverted.as_deref(), Some("2022-11-02"));
        let close = reconcile_published(meta_date(), Some("2025-06-23"), &TAGGED, &[shown("2022-11-02", Unlabelled)]);
        assert_eq!(close.as_deref(), Some("2025-06-24"));
        // A dateline that a second publication stamp of the page confirms beats the first stamp.
        let stamps = ["2025-11-25".to_string()];
        let voting = PublicationStamps { elsewhere: &stamps, in_meta_tags: true };
        let voted = reconcile_published(meta_date(), Some("2025-12-15"), &voting, &[shown("2025-11-25", Unlabelled)]);
        assert_eq!(voted.as_deref(), Some("2025-11-25"));
        let alone = reconcile_published(meta_date(), Some("2025-12-15"), &TAGGED, &[shown("2025-11-25", Unlabelled)]);
        assert_eq!(alone.as_deref(), Some("2025-06-24"));
        // Published only in structured data, the revision shown and the publication not: the revision dates it.
        let untagged = PublicationStamps { elsewhere: &[], in_meta_tags: false };
        let revision = [shown("2025-09-04", Updated)];
        let revised = reconcile_published(meta_date(), Some("2025-09-04T19:24:33Z"), &untagged, &revision);
        assert_eq!(revised.as_deref(), Some("2025-09-04T19:24:33Z"));
        let tagged = reconcile_published(meta_date(), Some("2025-09-04T19:24:33Z"), &TAGGED, &revision);
        assert_eq!(tagged.as_deref(), Some("2025-06-24"));
        let both_shown = [shown("2025-09-04", Updated), shown("2025-06-24", Unlabelled)];
        let published_shown = reconcile_published(meta_date(), Some("2025-09-04"), &untagged, &both_shown);
        assert_eq!(published_shown.as_deref(), Some("2025-06-24"));
        // Without metadata, the first dateline, else an update.
        let none =
            reconcile_published(None, None, &TAGGED, &[shown("2025-01-02", Updated), shown("2024-01-01", Unlabelled)]);
        assert_eq!(none.as_deref(), Some("2024-01-01"));
    }

    #[test]
    fn a_dateline_below_a_product_grid_dates_the_article() {
        let block = |text: &str| dom::Block {
            text: text.to_string(),
            link_chars: 0,
            kind: dom::BlockKind::Paragraph,
            anchor: 0,
            boiler: false,
        };
        let mut blocks: Vec<dom::Block> = (0..40).map(|i| block(&format!("Laptop model {i}"))).collect();
        blocks.push(block("Prices checked on March 12, 2024, across several shops and outlets."));
        blocks.push(block("Updated March 13, 2024"));
        blocks.extend((0..40).map(|i| block(&format!("Paragraph {i} of the review."))));
        let page = dom::Page { blocks, elems: Vec::new() };
        let found = visible_dates(&page, &[(0, 81)]);
        assert_eq!(found.iter().map(|d| d.date.as_str()).collect::<Vec<_>>(), ["2024-03-13"]);
        assert_eq!(found.first().map(|d| d.label), Some(meta::DateLabel::Updated));
    }

    #[test]
    fn declared_title_shown_as_a_heading_beats_a_section_h1() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let html = format!(
            "<html><head><meta property=\"og:title\" content=\"Council approves the new city budget\"></head><body>\
             <article><h1>City Hall Updates</h1><h2>Council approves the new city budget</h2>{}</article></body></html>",
            para.repeat(4)
        );
        assert_eq!(extract_html(&html, None).title.as_deref(), Some("Council approves the new city budget"));
        let not_shown = html.replace("<h2>Council approves the new city budget</h2>", "");
        assert_eq!(extract_html(&not_shown, None).title.as_deref(), Some("City Hall Updates"));
    }

    #[test]
    fn headline_shape() {
        assert!(looks_like_headline("GAAP Compliance: Applying Accounting Best Practices To Your Business"));
        assert!(!looks_like_headline("Leadfeeder"));
        assert!(!looks_like_headline("Buying a laptop? These are the 9 best laptops you can buy today"));
    }

    #[test]
    fn logo_h1_gives_way_to_the_declared_title() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let html = format!(
            "<html><head><title>Council approves the new city budget</title></head><body><header><nav><a \
             href=\"/\">Home</a> <a href=\"/about\">About</a></nav><h1>Antoyo's Blog</h1></header><article>{}\
             </article></body></html>",
            para.repeat(4)
        );
        assert_eq!(extract_html(&html, None).title.as_deref(), Some("Council approves the new city budget"));
        let in_article =
            html.replace("<h1>Antoyo's Blog</h1></header><article>", "</header><article><h1>Budget day</h1>");
        assert_eq!(extract_html(&in_article, None).title.as_deref(), Some("Budget day"));
    }

    #[test]
    fn repeated_templates_are_repetitive_articles_are_not() {
        let bar: String = ["$40", "65€", "480kr", "¥990", "R$670"]
            .iter()
            .map(|p| format!("Free standard shipping on orders {p} or more. For more information visit our page. "))
            .collect();
        assert!(is_repetitive(&bar.repeat(3)));
        let article = "The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region. Opponents said the plan would raise taxes for families already \
            struggling with higher prices, and promised to fight it at the next election in the spring.";
        assert!(!is_repetitive(article));
    }

    #[test]
    fn relaxed_retry_keeps_comments_out() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let comment =
            "<div class=\"comment-body\"><p>I think this budget is a terrible idea and the council should be \
            ashamed of itself for wasting our money on roads nobody uses.</p></div>";
        let html = format!(
            "<html><body><article><h1>Budget approved</h1>{}</article><section id=\"comments\">{}</section></body></html>",
            para.repeat(4),
            comment.repeat(60)
        );
        let e = extract_html(&html, None);
        assert!(e.text.contains("council voted"), "{}", e.text);
        assert!(!e.text.contains("terrible idea"));
    }

    #[test]
    fn teaser_section_after_the_article_is_cut() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let teaser = "<p>Another story about the weather in the region this weekend and what to expect.</p>";
        let html = format!(
            "<html><body><article><h1>Budget approved</h1>{}<p>By signing up, you agree to receive recurring \
             messages from us at the number provided, and to our terms of service and privacy statement, which \
             explain how we use your data.</p>{}<h2>Popular posts</h2>{}\
             <p>Related: The council's earlier vote on parks</p></article></body></html>",
            para.repeat(15),
            para.repeat(15),
            teaser.repeat(3)
        );
        let e = extract_html(&html, None);
        assert!(!e.text.contains("recurring messages"));
        assert!(e.text.contains("council voted"), "{}", e.text);
        assert!(!e.text.contains("Another story"));
        assert!(!e.text.contains("Popular posts"));
    }

    #[test]
    fn article_inside_cue_named_wrapper_is_kept() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let html = format!(
            "<html><body><div class=\"content-sidebar-wrap\"><h1>Budget approved</h1><div class=\"entry-content\">\
             {}</div><div class=\"sidebar\"><p>Sidebar teaser text that is long enough to look like a paragraph, \
             with commas.</p></div></div></body></html>",
            para.repeat(6)
        );
        let e = extract_html(&html, None);
        assert!(e.text.contains("council voted"), "{}", e.text);
        assert!(!e.text.contains("Sidebar teaser"));
        let streamed = format!("<html><body><div hidden id=\"S:0\"><article>{}</article></div></body></html>", para);
        assert!(page_text(&streamed).contains("council voted"));
    }
}
