//! Main-text selection on a linearised page: score candidate containers, pick
//! the article's subtree (and its related siblings), then clean inside it.

use crate::cues::cues;
use crate::dom::{attr, Block, BlockKind, Page};

fn block_value(b: &Block) -> f32 {
    let chars = b.text.chars().count() as f32;
    if chars == 0.0 {
        return 0.0;
    }
    let ld = b.link_chars as f32 / chars;
    if b.boiler {
        return -0.5 * chars;
    }
    if ld > 0.5 {
        return -chars;
    }
    if matches!(b.kind, BlockKind::Heading(_)) {
        return 0.0;
    }
    let terminal = b.text.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '!', '?', ':', ';']);
    if chars < 50.0 && !terminal {
        // Short list items and table cells without links are the article's own data; navigation lists are links.
        if matches!(b.kind, BlockKind::Cell | BlockKind::ListItem) {
            return 0.0;
        }
        return -0.5 * chars;
    }
    chars * (1.0 - ld)
}

/// Picks the element whose blocks hold the most article-like text net of furniture
/// (a maximum-sum range restricted to element subtrees).
pub(crate) fn choose_ranges_mass(page: &Page) -> Vec<(usize, usize)> {
    let mut prefix = Vec::with_capacity(page.blocks.len() + 1);
    prefix.push(0.0f32);
    let mut acc = 0.0f32;
    for b in &page.blocks {
        acc += block_value(b);
        prefix.push(acc);
    }
    let value = |e: &crate::dom::Elem| {
        prefix.get(e.end_block).copied().unwrap_or(0.0) - prefix.get(e.first_block).copied().unwrap_or(0.0)
    };
    let mut best: Option<(usize, f32)> = None;
    for (i, e) in page.elems.iter().enumerate() {
        if e.boiler || e.end_block <= e.first_block {
            continue;
        }
        let v = value(e) + if e.class_weight >= 25.0 { 50.0 } else { 0.0 };
        let better = match best {
            None => v > 0.0,
            Some((bi, bv)) => {
                v > bv * 1.02
                    || (v >= bv * 0.98
                        && page
                            .elems
                            .get(bi)
                            .is_some_and(|be| e.end_block - e.first_block < be.end_block - be.first_block))
            }
        };
        if better {
            best = Some((i, v));
        }
    }
    let Some((mut chosen, _)) = best else { return Vec::new() };
    // Widen to an ancestor whose own (non-furniture) text adds much more article-like text than it adds
    // other text: furniture inside the ancestor (comments, share bars) is dropped later anyway.
    let mut own_prefix = Vec::with_capacity(page.blocks.len() + 1);
    own_prefix.push((0.0f32, 0.0f32));
    let (mut pos, mut neg) = (0.0f32, 0.0f32);
    for b in &page.blocks {
        if !b.boiler {
            let v = block_value(b);
            if v > 0.0 {
                pos += v;
            } else {
                neg -= v;
            }
        }
        own_prefix.push((pos, neg));
    }
    let own = |e: &crate::dom::Elem| {
        let (a, b) = (own_prefix.get(e.first_block).copied(), own_prefix.get(e.end_block).copied());
        match (a, b) {
            (Some(a), Some(b)) => (b.0 - a.0, b.1 - a.1),
            _ => (0.0, 0.0),
        }
    };
    let gain = 0.5;
    let mut steps = 0;
    while let Some(parent_idx) = page.elems.get(chosen).and_then(|e| e.parent) {
        steps += 1;
        let (Some(child), Some(parent)) = (page.elems.get(chosen), page.elems.get(parent_idx)) else { break };
        if parent.boiler || steps > 6 {
            break;
        }
        let (cp, cn) = own(child);
        let (pp, pn) = own(parent);
        let added_pos = pp - cp;
        let added_neg = pn - cn;
        if added_pos > cp * gain && added_neg < added_pos * 0.2 {
            chosen = parent_idx;
        } else if added_pos > 0.0 || added_neg > 0.0 {
            break;
        }
    }
    page.elems.get(chosen).map(|e| vec![(e.first_block, e.end_block)]).unwrap_or_default()
}

/// Whether a text opens with one of the sign-up lead phrases ("By signing up"), in any letter case.
fn opens_with_lead_phrase(text: &str) -> bool {
    let phrases = &cues().lead_phrases;
    let text = text.trim_start();
    // (Most texts start with a letter no phrase starts with: they are not lower-cased.)
    let first = text.chars().next().and_then(|c| c.to_lowercase().next());
    if !phrases.iter().any(|p| p.chars().next() == first) {
        return false;
    }
    let head: String = text.chars().take(48).flat_map(char::to_lowercase).collect();
    phrases.iter().any(|p| head.starts_with(p.as_str()))
}

fn normalize_for_compare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_short_furniture(text: &str) -> bool {
    let t = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
    // (Lower-casing never shortens a text: a longer one stays longer.)
    if t.chars().count() > 40 {
        return false;
    }
    let t = t.to_lowercase();
    t.chars().count() <= 40 && cues().short_lines.contains(&t)
}

fn list_link_heavy(page: &Page, block: &Block) -> bool {
    list_link_density(page, block).is_some_and(|d| d > LINK_LIST_DENSITY)
}

/// The link density of the nearest list element above a list item, if there is one.
fn list_link_density(page: &Page, block: &Block) -> Option<f32> {
    let mut cur = page.elems.get(block.anchor).and_then(|e| e.parent);
    let mut steps = 0;
    while let Some(i) = cur {
        steps += 1;
        if steps > 4 {
            break;
        }
        let Some(e) = page.elems.get(i) else { break };
        if matches!(e.tag, "ul" | "ol" | "dl") {
            return Some(e.link_density());
        }
        cur = e.parent;
    }
    None
}

/// Above this link density a list is navigation or teasers; at or below it, the article's own text, its linked
/// items included.
const LINK_LIST_DENSITY: f32 = 0.6;

/// Whether a paragraph is a sentence that announces what follows ("Many patches were sent for review:").
fn introduces_list(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(':') && t.split_whitespace().count() >= 4
}

/// Cleans the chosen ranges into paragraphs.
pub(crate) fn clean_blocks<'a>(page: &'a Page, ranges: &[(usize, usize)], title: Option<&str>) -> Vec<&'a Block> {
    let title_norm = title.map(normalize_for_compare).filter(|t| !t.is_empty());
    let mut kept: Vec<&Block> = Vec::new();
    // Where headings marked as furniture that open a teaser section ("You might also like") stood among the kept
    // blocks.
    let mut teaser_heads: Vec<usize> = Vec::new();
    // Whether the blocks now read are list items that a kept sentence ending in a colon introduces ("Many patches
    // were sent for review:"): such a list is the article's own even when every item is a link.
    let mut introduced_list = false;
    for &(from, to) in ranges {
        let Some(blocks) = page.blocks.get(from..to) else { continue };
        for b in blocks {
            if b.boiler {
                // Only a heading marked on its own labels what follows it; one inside a marked box (an aside
                // of related links within the article) heads that box alone.
                let alone = page
                    .elems
                    .get(boiler_root(page, b.anchor))
                    .is_some_and(|root| root.end_block.saturating_sub(root.first_block) <= 1);
                if alone && matches!(b.kind, BlockKind::Heading(_)) && opens_teaser_section(&b.text) {
                    teaser_heads.push(kept.len());
                }
                continue;
            }
            let chars = b.text.chars().count();
            if chars == 0 {
                continue;
            }
            introduced_list &= b.kind == BlockKind::ListItem;
            let ld = b.link_chars as f32 / chars as f32;
            // A linked item of a list that is mostly plain text (a checklist naming products) is one of its items.
            let in_plain_list =
                || b.kind == BlockKind::ListItem && list_link_density(page, b).is_some_and(|d| d <= LINK_LIST_DENSITY);
            if ld > 0.5 && !matches!(b.kind, BlockKind::Heading(_)) && !introduced_list && !in_plain_list() {
                continue;
            }
            if b.kind == BlockKind::ListItem && !introduced_list && list_link_heavy(page, b) {
                continue;
            }
            if is_short_furniture(&b.text) {
                continue;
            }
            if chars < 120 && b.kind != BlockKind::Quote {
                let lower = b.text.to_lowercase();
                if cues().has_line_phrase(&lower) {
                    continue;
                }
            }
            if chars < 400 && b.kind != BlockKind::Quote && opens_with_lead_phrase(&b.text) {
                continue;
            }
            if let (Some(t), BlockKind::Heading(_) | BlockKind::Other | BlockKind::Paragraph) = (&title_norm, b.kind) {
                if kept.is_empty() && normalize_for_compare(&b.text) == *t {
                    continue;
                }
            }
            if b.kind == BlockKind::Paragraph && introduces_list(&b.text) && ld < 0.2 {
                introduced_list = true;
            }
            kept.push(b);
        }
    }
    cut_teaser_tail(&mut kept, &teaser_heads);
    drop_repeated_runs(&mut kept);
    while kept.last().is_some_and(|b| {
        matches!(b.kind, BlockKind::Heading(_))
            || (b.text.chars().count() < 40 && !b.text.trim_end().ends_with(['.', '!', '?', ':', ')', '"', '”']))
    }) {
        kept.pop();
    }
    kept
}

/// Repeated text shorter than this (in bytes) is kept: short lines ("Pros", a price, a table cell) repeat in
/// articles, whole passages do not.
const MIN_REPEATED_RUN_BYTES: usize = 200;

/// Earlier places of one text looked at when matching a repeated run (bounds the work on hostile pages).
const MAX_RUN_STARTS: usize = 8;

/// Drops passages that repeat, in order, blocks kept earlier: the second copy of content pages carry twice
/// (a mobile and a desktop version, carousel clones).
fn drop_repeated_runs(kept: &mut Vec<&Block>) {
    let mut places: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    let mut drop = vec![false; kept.len()];
    let mut k = 0;
    while let Some(block) = kept.get(k) {
        let text = block.text.as_str();
        let longest = places
            .get(text)
            .map(|starts| {
                starts
                    .iter()
                    .map(|&j| {
                        (0..)
                            .take_while(|&l| {
                                j + l < k && kept.get(j + l).zip(kept.get(k + l)).is_some_and(|(a, b)| a.text == b.text)
                            })
                            .count()
                    })
                    .max()
                    .unwrap_or(0)
            })
            .unwrap_or(0);
        let run_bytes: usize = kept.get(k..k + longest).unwrap_or(&[]).iter().map(|b| b.text.len()).sum();
        let step = if longest > 0 && run_bytes >= MIN_REPEATED_RUN_BYTES {
            drop.get_mut(k..k + longest).into_iter().flatten().for_each(|d| *d = true);
            longest
        } else {
            1
        };
        for (offset, b) in kept.get(k..k + step).unwrap_or(&[]).iter().enumerate() {
            let starts = places.entry(b.text.as_str()).or_default();
            if starts.len() < MAX_RUN_STARTS {
                starts.push(k + offset);
            }
        }
        k += step;
    }
    let mut index = 0;
    kept.retain(|_| {
        let keep = !drop.get(index).copied().unwrap_or(false);
        index += 1;
        keep
    });
}

/// Whether a short heading-like text opens a teaser section ("Popular posts", "Read next").
fn opens_teaser_section(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 60 {
        return false;
    }
    let lower = text.to_lowercase();
    let whole = lower.trim_end_matches(':').trim_end();
    cues().tail_heads.iter().any(|h| match h.strip_suffix('$') {
        Some(exact) => whole == exact,
        None => lower.starts_with(h.as_str()),
    })
}

/// Ends the text at a heading that opens a teaser section ("Popular posts", "Read next") in its second half,
/// whether kept or marked as furniture (`furniture_heads`: where such headings stood among the kept blocks). A
/// single inline link ("Related: Other story") is no section heading.
fn cut_teaser_tail(kept: &mut Vec<&Block>, furniture_heads: &[usize]) {
    let total: usize = kept.iter().map(|b| b.text.len()).sum();
    let mut before = 0;
    let starts: Vec<usize> = kept
        .iter()
        .map(|b| {
            let at = before;
            before += b.text.len();
            at
        })
        .collect();
    let in_second_half = |i: usize| starts.get(i).copied().unwrap_or(total) * 2 >= total;
    let kept_head = kept.iter().enumerate().position(|(i, b)| {
        let text = b.text.trim();
        let heading_like = matches!(b.kind, BlockKind::Heading(_)) || !text.ends_with(['.', '!', '?']);
        let inline_link = text.split_once(':').is_some_and(|(_, rest)| !rest.trim().is_empty());
        heading_like && !inline_link && in_second_half(i) && opens_teaser_section(text)
    });
    let furniture_head = furniture_heads.iter().copied().find(|&i| i < kept.len() && in_second_half(i));
    if let Some(at) = kept_head.into_iter().chain(furniture_head).min() {
        kept.truncate(at);
    }
}

/// Joins kept blocks into the article text.
pub(crate) fn join_blocks(blocks: &[&Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&b.text);
    }
    out
}

/// A readable account of the container choice on a page: every candidate element's value, the chosen one, and
/// every block with its flags (for looking into extraction errors).
pub(crate) fn explain(doc: &scraper::Html, page: &Page) -> String {
    use std::fmt::Write;
    let label = |i: usize| -> String {
        let Some(e) = page.elems.get(i) else { return String::new() };
        let el = doc.tree.get(e.node).and_then(|n| n.value().as_element().cloned());
        let (id, class) = el.map_or((String::new(), String::new()), |el| {
            (attr(&el, "id").unwrap_or("").to_string(), attr(&el, "class").unwrap_or("").chars().take(60).collect())
        });
        format!("{i}:{}#{id}.{class}{}", e.tag, if e.boiler { " BOILER" } else { "" })
    };
    let mut prefix = vec![0.0f32];
    let mut acc = 0.0f32;
    for b in &page.blocks {
        acc += block_value(b);
        prefix.push(acc);
    }
    let mut cands: Vec<(f32, usize)> = page
        .elems
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.boiler && e.end_block > e.first_block)
        .map(|(i, e)| {
            let v = prefix.get(e.end_block).copied().unwrap_or(0.0) - prefix.get(e.first_block).copied().unwrap_or(0.0);
            (v + if e.class_weight >= 25.0 { 50.0 } else { 0.0 }, i)
        })
        .collect();
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out = String::new();
    let _ = writeln!(out, "chosen: {:?}", choose_ranges_mass(page));
    for (v, i) in cands.iter().take(12) {
        let e = page.elems.get(*i);
        let _ = writeln!(out, "cand {v:8.0} blocks {:?} {}", e.map(|e| (e.first_block, e.end_block)), label(*i));
    }
    let _ = writeln!(
        out,
        "{} elements, {} blocks, {} nodes",
        page.elems.len(),
        page.blocks.len(),
        doc.tree.nodes().count()
    );
    for (bi, b) in page.blocks.iter().enumerate() {
        let text: String = b.text.chars().take(90).collect();
        let _ = writeln!(
            out,
            "{bi:4} {:>6.0} {}{:?} [{}] {text}{}",
            block_value(b),
            if b.boiler { "B " } else { "  " },
            b.kind,
            label(b.anchor),
            if b.boiler { format!("  <== {}", label(boiler_root(page, b.anchor))) } else { String::new() }
        );
    }
    out
}

/// The outermost element marked as furniture among the ancestors of an element.
fn boiler_root(page: &Page, mut idx: usize) -> usize {
    while let Some(parent) = page.elems.get(idx).and_then(|e| e.parent) {
        if !page.elems.get(parent).is_some_and(|p| p.boiler) {
            break;
        }
        idx = parent;
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, kind: BlockKind) -> Block {
        Block { text: text.to_string(), link_chars: 0, kind, anchor: 0, boiler: false }
    }

    #[test]
    fn repeated_passages_are_dropped_short_repeats_kept() {
        let long_a =
            "The council voted on Tuesday to approve the new budget, which includes funding for schools, roads \
            and parks across the region, after a long debate.";
        let long_b =
            "Opponents said the plan would raise taxes for families already struggling with higher prices, and \
            promised to fight it at the next election.";
        let blocks: Vec<Block> =
            [long_a, "Pros", long_b, "Pros", "Intro line", long_a, "Pros", long_b, "Closing line."]
                .iter()
                .map(|t| block(t, BlockKind::Paragraph))
                .collect();
        let mut kept: Vec<&Block> = blocks.iter().collect();
        drop_repeated_runs(&mut kept);
        let texts: Vec<&str> = kept.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec![long_a, "Pros", long_b, "Pros", "Intro line", "Closing line."]);
    }

    #[test]
    fn table_cells_and_list_items_are_not_furniture() {
        assert_eq!(block_value(&block("37% / 40%", BlockKind::Cell)), 0.0);
        assert_eq!(block_value(&block("libgccjit: Fix get_size for long double", BlockKind::ListItem)), 0.0);
        assert!(block_value(&block("Subscribe", BlockKind::Other)) < 0.0);
    }

    #[test]
    fn teaser_heading_marked_alone_ends_the_text() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let teaser = "<div class=\"card\"><p>Another story about the weather in the region this weekend, and what \
            to expect from it.</p></div>";
        let boxed = format!("<aside><h3 class=\"related-title\">Related</h3>{teaser}</aside>");
        let page = format!(
            "<html><body><main><article>{}{boxed}{}</article><h2 class=\"entry-related-title\">You might also \
             like</h2>{}</main></body></html>",
            para.repeat(3),
            para.replace("Tuesday", "Monday").repeat(3),
            teaser.replace("weather", "traffic").repeat(4)
        );
        let e = crate::extract_html(&page, None);
        assert!(e.text.contains("voted on Monday"), "{}", e.text);
        assert!(!e.text.contains("traffic"), "{}", e.text);
    }

    #[test]
    fn link_list_introduced_by_a_sentence_is_kept() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let items = "<li><a href=\"/a\">Fix the parser for long doubles</a></li>\
            <li><a href=\"/b\">Allow casts between integers and pointers</a></li>";
        let page = format!(
            "<html><body><article>{}<p>Many patches were sent for review:</p><ul>{items}</ul>{}<p>More \
             text.</p><ul><li><a href=\"/c\">Unrelated story about the weather</a></li></ul>{}</article>\
             </body></html>",
            para.repeat(3),
            para.repeat(2),
            para.repeat(2)
        );
        let e = crate::extract_html(&page, None);
        assert!(e.text.contains("Allow casts between integers"), "{}", e.text);
        assert!(!e.text.contains("Unrelated story"), "{}", e.text);
    }

    #[test]
    fn linked_items_of_a_plain_list_are_kept() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let page = format!(
            "<html><body><article>{}<h3>Shelter</h3><ul><li>Tent with a rainfly and a groundsheet</li>\
             <li><a href=\"/poles\">Trekking poles</a></li><li>Spare guylines and a repair kit</li></ul>{}\
             </article></body></html>",
            para.repeat(3),
            para.replace("Tuesday", "Monday").repeat(2)
        );
        let e = crate::extract_html(&page, None);
        assert!(e.text.contains("Trekking poles"), "{}", e.text);
    }

    #[test]
    fn linked_section_headings_are_kept() {
        let para = "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, \
            roads and parks across the region.</p>";
        let page = format!(
            "<html><body><article>{}<h2><a href=\"/summit\">Midsize Enterprise Summit</a></h2>{}</article>\
             </body></html>",
            para.repeat(3),
            para.replace("Tuesday", "Monday").repeat(2)
        );
        let e = crate::extract_html(&page, None);
        assert!(e.text.contains("Midsize Enterprise Summit"), "{}", e.text);
    }

    #[test]
    fn lead_phrases_match_in_any_case() {
        assert!(opens_with_lead_phrase("  By Signing Up, you agree to our terms"));
        assert!(!opens_with_lead_phrase("Byline: signing up"));
        assert!(!opens_with_lead_phrase(""));
    }

    #[test]
    fn exact_teaser_heads_match_whole_headings_only() {
        assert!(opens_teaser_section("Popular"));
        assert!(opens_teaser_section("Popular posts this week"));
        assert!(!opens_teaser_section("Popular dishes"));
    }
}
