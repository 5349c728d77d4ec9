//! Linearises a parsed HTML page into text blocks in document order, keeping for
//! every element the range of blocks it holds and the statistics (text length,
//! link text, paragraph score) used to find the article container.

use crate::cues::{attr_tokens, cues};
use ego_tree::NodeRef;
use scraper::Node;
use std::collections::HashMap;

/// What kind of block a piece of text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Other,
}

/// One run of text between block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    pub link_chars: usize,
    pub kind: BlockKind,
    /// Index into `Page::elems` of the innermost block-level element holding the text.
    pub anchor: usize,
    /// Inside an element marked as furniture (nav, aside, cue classes, hidden parts of forms…).
    pub boiler: bool,
}

/// One element with the statistics of its subtree.
#[derive(Debug, Clone)]
pub(crate) struct Elem<'a> {
    pub tag: &'a str,
    /// The element's node in the parsed document.
    pub node: ego_tree::NodeId,
    pub parent: Option<usize>,
    pub chars: usize,
    pub link_chars: usize,
    pub content_score: f32,
    pub class_weight: f32,
    pub first_block: usize,
    pub end_block: usize,
    pub boiler: bool,
    /// Marked as furniture by a class/id cue word alone (not by its tag or role).
    pub cue_negative: bool,
    /// Carries an article-body class/id cue or `itemprop=articleBody`.
    pub positive: bool,
    /// One past the index of the element's last descendant in `Page::elems` (pre-order).
    pub end_elem: usize,
}

impl Elem<'_> {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// The linearised page.
#[derive(Debug, Default)]
pub(crate) struct Page<'a> {
    pub blocks: Vec<Block>,
    pub elems: Vec<Elem<'a>>,
}

/// The value of an attribute, by its local name. `scraper`'s `Element::attr` interns the name on every call;
/// elements hold few attributes, so a scan is cheaper.
pub(crate) fn attr<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    el.attrs().find(|(key, _)| *key == name).map(|(_, value)| value)
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "figure"
            | "figcaption"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "form"
            | "hr"
            | "br"
            | "address"
            | "details"
            | "summary"
            | "center"
            | "fieldset"
            | "body"
            | "html"
            | "dialog"
            | "menu"
            | "legend"
            | "label"
            | "option"
    )
}

fn is_skipped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "button"
            | "input"
            | "textarea"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "video"
            | "audio"
            | "picture"
            | "img"
            | "map"
    )
}

fn is_furniture_tag(tag: &str) -> bool {
    matches!(tag, "nav" | "footer" | "aside" | "form" | "header" | "figcaption" | "dialog" | "menu")
}

fn block_kind(tag: &str) -> BlockKind {
    match tag {
        "p" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "td" | "th" => BlockKind::Cell,
        _ => BlockKind::Other,
    }
}

/// The attributes linearisation reads, gathered in one pass over an element's attributes (first of each name).
#[derive(Default)]
struct ReadAttrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    itemprop: Option<&'a str>,
    property: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
    role: Option<&'a str>,
}

impl<'a> ReadAttrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Self {
        let mut read = ReadAttrs::default();
        for (name, value) in el.attrs() {
            let slot = match name {
                "class" => &mut read.class,
                "id" => &mut read.id,
                "itemprop" => &mut read.itemprop,
                "property" => &mut read.property,
                "aria-hidden" => &mut read.aria_hidden,
                "style" => &mut read.style,
                "role" => &mut read.role,
                "hidden" => {
                    read.hidden = true;
                    continue;
                }
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        read
    }

    /// Whether the element is a React streaming boundary ("S:0"): server-rendered content parked in a `hidden`
    /// element until scripts move it into place, so visible on the rendered page.
    fn is_streamed_boundary(&self) -> bool {
        self.id.is_some_and(|id| id.strip_prefix("S:").is_some_and(|n| n.chars().all(|c| c.is_ascii_digit())))
    }

    fn is_hidden(&self) -> bool {
        if (self.hidden && !self.is_streamed_boundary()) || self.aria_hidden == Some("true") {
            return true;
        }
        if let Some(style) = self.style {
            let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return true;
            }
        }
        false
    }

    fn furniture_role(&self) -> bool {
        matches!(
            self.role,
            Some(
                "navigation"
                    | "banner"
                    | "contentinfo"
                    | "complementary"
                    | "search"
                    | "dialog"
                    | "alertdialog"
                    | "menu"
            )
        )
    }
}

/// Options for linearisation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LinearizeOptions {
    /// Leave out hidden elements and non-text tags entirely (always true for extraction).
    pub mark_furniture: bool,
    /// Mark only furniture tags and roles, not `header` nor class/id cue words (second try on pages
    /// whose article sits inside a wrongly named wrapper).
    pub relaxed: bool,
}

struct OpenElem {
    idx: usize,
    is_block: bool,
    boiler_here: bool,
    link_here: bool,
    pre_here: bool,
}

enum Step<'a> {
    Enter(NodeRef<'a, Node>),
    Exit,
}

struct Walker<'a> {
    page: Page<'a>,
    buf: String,
    buf_link_chars: usize,
    open: Vec<OpenElem>,
    block_stack: Vec<usize>,
    boiler_depth: usize,
    link_depth: usize,
    pre_depth: usize,
}

impl Walker<'_> {
    fn flush(&mut self) {
        if self.buf.trim().is_empty() {
            self.buf.clear();
            self.buf_link_chars = 0;
            return;
        }
        let text = if self.pre_depth > 0 {
            self.buf.trim_matches('\n').trim_end().to_string()
        } else {
            collapse_ws(&self.buf)
        };
        let link_chars = self.buf_link_chars;
        self.buf.clear();
        self.buf_link_chars = 0;
        if text.is_empty() {
            return;
        }
        let Some(&anchor_pos) = self.block_stack.last() else { return };
        let Some(anchor) = self.open.get(anchor_pos).map(|o| o.idx) else { return };
        let chars = text.chars().count();
        let link_chars = link_chars.min(chars);
        let tag = self.page.elems.get(anchor).map(|e| e.tag).unwrap_or("");
        // A paragraph that is all of a list item's text is that list item.
        let in_list_item = tag == "p"
            && self
                .page
                .elems
                .get(anchor)
                .and_then(|e| e.parent)
                .and_then(|p| self.page.elems.get(p))
                .is_some_and(|p| p.tag == "li");
        let kind = if in_list_item { BlockKind::ListItem } else { block_kind(tag) };
        let boiler = self.boiler_depth > 0;
        if !boiler && chars >= 25 && !matches!(kind, BlockKind::Heading(_)) {
            let ld = link_chars as f32 / chars as f32;
            if ld < 0.5 {
                let commas = text.matches([',', '，', '、']).count() as f32;
                let score = 1.0 + commas + (chars as f32 / 100.0).min(3.0);
                for level in 1..=5usize {
                    let Some(pos) = anchor_pos.checked_sub(level) else { break };
                    let Some(open) = self.open.get(pos) else { break };
                    let divider = match level {
                        1 => 1.0,
                        2 => 2.0,
                        l => l as f32 * 3.0,
                    };
                    if let Some(e) = self.page.elems.get_mut(open.idx) {
                        e.content_score += score / divider;
                    }
                }
            }
        }
        if let Some(top) = self.open.last() {
            if let Some(e) = self.page.elems.get_mut(top.idx) {
                e.chars += chars;
                e.link_chars += link_chars;
            }
        }
        self.page.blocks.push(Block { text, link_chars, kind, anchor, boiler });
    }

    fn push_text(&mut self, text: &str) {
        self.buf.push_str(text);
        if self.link_depth > 0 {
            self.buf_link_chars += text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
        }
    }
}

/// Collapses runs of white space (`char::is_whitespace`) into single spaces and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut i = skip_ws(s, 0);
    if i >= bytes.len() {
        return String::new();
    }
    let mut out = String::with_capacity(s.len() - i);
    let mut run = i;
    // Text is copied in runs up to a white space that is not a single space between two words.
    while let Some(found) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| may_start_ws(b))) {
        i += found;
        if ws_len_at(s, i) == 0 {
            i += 1;
            continue;
        }
        if bytes.get(i) == Some(&b' ') && i + 1 < bytes.len() && ws_len_at(s, i + 1) == 0 {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        i = skip_ws(s, i);
        if i < bytes.len() {
            out.push(' ');
        }
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out
}

/// Whether a byte may start a white-space character: ASCII white space and control bytes, and the lead bytes of
/// the UTF-8 forms of U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000 (never a continuation byte).
fn may_start_ws(b: u8) -> bool {
    b <= b' ' || b == 0xC2 || (0xE1..=0xE3).contains(&b)
}

/// The byte length of the white-space character at byte `i` of `s` (a character boundary), 0 if there is none.
fn ws_len_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => usize::from(matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')),
        Some(&b) if may_start_ws(b) => {
            s.get(i..).and_then(|rest| rest.chars().next()).filter(|c| c.is_whitespace()).map_or(0, char::len_utf8)
        }
        _ => 0,
    }
}

/// The position after the white space that starts at byte `i` of `s`.
fn skip_ws(s: &str, mut i: usize) -> usize {
    loop {
        let n = ws_len_at(s, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// Which cue lists a `class`/`id` value matches.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct CueHits {
    positive: bool,
    negative: bool,
    hard_negative: bool,
}

impl CueHits {
    fn of(value: &str) -> Self {
        let hits = cues().attr_matcher.match_tokens(&attr_tokens(value));
        CueHits { positive: hits & 1 != 0, negative: hits & 2 != 0, hard_negative: hits & 4 != 0 }
    }

    fn or(self, other: Self) -> Self {
        CueHits {
            positive: self.positive || other.positive,
            negative: self.negative || other.negative,
            hard_negative: self.hard_negative || other.hard_negative,
        }
    }
}

/// Walks the document iteratively (no recursion: hostile nesting cannot overflow the stack).
pub(crate) fn linearize(root: NodeRef<'_, Node>, opts: LinearizeOptions) -> Page<'_> {
    linearize_exempting(root, opts, &[], &mut CueCache::default())
}

/// The cue lists each distinct `class`/`id` value of a page matches, kept across the linearisations of one page
/// (pages repeat the same values many times). A randomly seeded hasher: the keys come from the page.
pub(crate) type CueCache<'a> = HashMap<&'a str, CueHits, foldhash::fast::RandomState>;

/// Elements marked as furniture by a class/id cue word that hold the article all the same: a large share of the
/// page's text together with its h1 or an article-body element ("content-sidebar-wrap", "newsletter-content"),
/// and, inside such a wrapper, the cue-marked wrappers of the article body.
/// Indexed like `Page::elems`; `None` when there is none.
pub(crate) fn cue_exemptions(page: &Page<'_>) -> Option<Vec<bool>> {
    let total: usize = page.blocks.iter().map(|b| b.text.len()).sum();
    let mut exempt: Option<Vec<bool>> = None;
    for (i, e) in page.elems.iter().enumerate() {
        if !e.cue_negative {
            continue;
        }
        let text: usize = page.blocks.get(e.first_block..e.end_block).unwrap_or(&[]).iter().map(|b| b.text.len()).sum();
        let descendants = page.elems.get(i + 1..e.end_elem).unwrap_or(&[]);
        let has_body = descendants.iter().any(|d| d.positive);
        let has_h1 = descendants.iter().any(|d| d.tag == "h1");
        let large = text * 100 >= total * 15;
        let mut ancestor_exempt = false;
        let mut up = e.parent;
        while let (Some(p), Some(flags)) = (up, exempt.as_ref()) {
            if flags.get(p).copied().unwrap_or(false) {
                ancestor_exempt = true;
                break;
            }
            up = page.elems.get(p).and_then(|pe| pe.parent);
        }
        if (large && (has_body || has_h1)) || (has_body && (has_h1 || ancestor_exempt)) {
            let flags = exempt.get_or_insert_with(|| vec![false; page.elems.len()]);
            if let Some(f) = flags.get_mut(i) {
                *f = true;
            }
        }
    }
    exempt
}

/// `linearize`, with the elements flagged in `exempt` (indexed like `Page::elems`) not marked as furniture by
/// their class/id cue words.
pub(crate) fn linearize_exempting<'a>(
    root: NodeRef<'a, Node>,
    opts: LinearizeOptions,
    exempt: &[bool],
    cue_cache: &mut CueCache<'a>,
) -> Page<'a> {
    let mut w = Walker {
        page: Page::default(),
        buf: String::new(),
        buf_link_chars: 0,
        open: Vec::new(),
        block_stack: Vec::new(),
        boiler_depth: 0,
        link_depth: 0,
        pre_depth: 0,
    };
    let mut stack: Vec<Step<'_>> = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => match node.value() {
                Node::Text(t) => w.push_text(t),
                Node::Element(el) => {
                    let tag = el.name();
                    let skipped = is_skipped_tag(tag);
                    let read = if skipped { ReadAttrs::default() } else { ReadAttrs::of(el) };
                    if skipped || (read.is_hidden() && !(opts.relaxed && read.hidden)) {
                        if tag == "br" || tag == "img" {
                            w.buf.push(' ');
                        }
                        continue;
                    }
                    let is_block = is_block_tag(tag);
                    if tag == "br" {
                        w.buf.push('\n');
                        continue;
                    }
                    if is_block {
                        w.flush();
                    }
                    let hits = [read.class, read.id]
                        .into_iter()
                        .flatten()
                        .map(|value| *cue_cache.entry(value).or_insert_with(|| CueHits::of(value)))
                        .fold(CueHits::default(), CueHits::or);
                    let positive =
                        hits.positive || read.itemprop == Some("articleBody") || read.property == Some("articleBody");
                    let negative = !positive && !matches!(tag, "html" | "body" | "article" | "main") && hits.negative;
                    let boiler_here = opts.mark_furniture
                        && ((is_furniture_tag(tag) && !(opts.relaxed && tag == "header"))
                            || read.furniture_role()
                            || (negative
                                && !opts.relaxed
                                && !exempt.get(w.page.elems.len()).copied().unwrap_or(false))
                            || (negative && opts.relaxed && hits.hard_negative)
                            || (tag == "figure"
                                && !node.descendants().take(200).any(|d| {
                                    d.value().as_element().is_some_and(|e| matches!(e.name(), "table" | "blockquote"))
                                })));
                    let class_weight = if positive {
                        25.0
                    } else if negative {
                        -25.0
                    } else {
                        0.0
                    } + match tag {
                        "article" => 10.0,
                        "div" | "main" => 5.0,
                        "pre" | "td" | "blockquote" => 3.0,
                        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" | "address" => -3.0,
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                        _ => 0.0,
                    };
                    let parent = w.open.last().map(|o| o.idx);
                    let idx = w.page.elems.len();
                    let first_block = w.page.blocks.len();
                    let inherited_boiler = w.boiler_depth > 0;
                    w.page.elems.push(Elem {
                        tag,
                        node: node.id(),
                        parent,
                        chars: 0,
                        link_chars: 0,
                        content_score: 0.0,
                        class_weight,
                        first_block,
                        end_block: first_block,
                        boiler: boiler_here || inherited_boiler,
                        cue_negative: negative && boiler_here && !is_furniture_tag(tag) && !read.furniture_role(),
                        positive,
                        end_elem: idx + 1,
                    });
                    let link_here = tag == "a";
                    let pre_here = tag == "pre";
                    if boiler_here {
                        w.boiler_depth += 1;
                    }
                    if link_here {
                        w.link_depth += 1;
                    }
                    if pre_here {
                        w.pre_depth += 1;
                    }
                    if is_block {
                        w.block_stack.push(w.open.len());
                    }
                    w.open.push(OpenElem { idx, is_block, boiler_here, link_here, pre_here });
                    stack.push(Step::Exit);
                    stack.extend(node.children().rev().map(Step::Enter));
                }
                Node::Document | Node::Fragment => stack.extend(node.children().rev().map(Step::Enter)),
                _ => {}
            },
            Step::Exit => {
                let Some(top) = w.open.last() else { continue };
                if top.is_block {
                    w.flush();
                }
                let Some(top) = w.open.pop() else { continue };
                if top.is_block {
                    w.block_stack.pop();
                }
                if top.boiler_here {
                    w.boiler_depth = w.boiler_depth.saturating_sub(1);
                }
                if top.link_here {
                    w.link_depth = w.link_depth.saturating_sub(1);
                }
                if top.pre_here {
                    w.pre_depth = w.pre_depth.saturating_sub(1);
                }
                let end = w.page.blocks.len();
                let end_elem = w.page.elems.len();
                let (chars, link_chars) = match w.page.elems.get_mut(top.idx) {
                    Some(e) => {
                        e.end_block = end;
                        e.end_elem = end_elem;
                        (e.chars, e.link_chars)
                    }
                    None => (0, 0),
                };
                if let Some(parent) = w.open.last() {
                    if let Some(p) = w.page.elems.get_mut(parent.idx) {
                        p.chars += chars;
                        p.link_chars += link_chars;
                    }
                }
            }
        }
    }
    w.flush();
    w.page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_collapses_as_split_whitespace_does() {
        let pieces = [
            "a", "bc", " ", "  ", "\n", "\t", "\u{b}", "\u{a0}", "\u{2009}", "\u{3000}", "é", "日本", "\u{1}", "\u{85}",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}"))).collect();
        }
        for text in &texts {
            let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_ws(text), expected, "{text:?}");
        }
    }
}
