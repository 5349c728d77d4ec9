//! Main-text selection on a linearised page: score candidate containers, pick
//! the article's subtree (and its related siblings), then clean inside it.

use crate::cues::cues;
use crate::dom::{Block, BlockKind, Page};

/// Tunables of the container choice and in-container cleaning.
const MIN_SIBLING_SCORE: f32 = 10.0;

fn final_score(page: &Page, idx: usize) -> f32 {
    page.elems.get(idx).map_or(0.0, |e| {
        if e.boiler {
            return f32::MIN;
        }
        (e.content_score + if e.content_score > 0.0 { e.class_weight } else { 0.0 }) * (1.0 - e.link_density())
    })
}

/// Picks the element ranges that hold the article.
pub(crate) fn choose_ranges(page: &Page) -> Vec<(usize, usize)> {
    let mut scored: Vec<(usize, f32)> = page
        .elems
        .iter()
        .enumerate()
        .filter(|(_, e)| e.content_score > 0.0 && !e.boiler)
        .map(|(i, _)| (i, final_score(page, i)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(mut top, top_score)) = scored.first() else {
        return Vec::new();
    };
    // Promote to a common ancestor when several strong candidates sit under it.
    let strong: Vec<usize> =
        scored.iter().skip(1).take(4).filter(|(_, s)| *s >= top_score * 0.75).map(|(i, _)| *i).collect();
    if strong.len() >= 2 {
        let mut ancestor = page.elems.get(top).and_then(|e| e.parent);
        let mut steps = 0;
        while let Some(a) = ancestor {
            steps += 1;
            if steps > 12 {
                break;
            }
            let Some(ae) = page.elems.get(a) else { break };
            if ae.tag == "body" || ae.tag == "html" {
                break;
            }
            let contained = strong
                .iter()
                .filter(|&&s| {
                    page.elems.get(s).is_some_and(|se| se.first_block >= ae.first_block && se.end_block <= ae.end_block)
                })
                .count();
            if contained >= 2 {
                if !ae.boiler {
                    top = a;
                }
                break;
            }
            ancestor = ae.parent;
        }
    }
    // A container whose parent holds barely more text with little extra link text is the parent's only child of note.
    while let Some((pidx, pe)) =
        page.elems.get(top).and_then(|e| e.parent).and_then(|p| page.elems.get(p).map(|pe| (p, pe)))
    {
        if pe.boiler || pe.tag == "body" || pe.tag == "html" {
            break;
        }
        if pe.content_score >= final_score(page, top) * 0.9
            && pe.link_density() < 0.3
            && final_score(page, pidx) >= final_score(page, top)
        {
            top = pidx;
        } else {
            break;
        }
    }
    let Some(top_elem) = page.elems.get(top) else { return Vec::new() };
    let top_final = final_score(page, top);
    let Some(parent) = top_elem.parent else {
        return vec![(top_elem.first_block, top_elem.end_block)];
    };
    let threshold = MIN_SIBLING_SCORE.max(top_final * 0.2);
    let mut ranges = Vec::new();
    for (i, e) in page.elems.iter().enumerate().skip(parent + 1) {
        if e.first_block >= page.elems.get(parent).map_or(0, |p| p.end_block) && i > top {
            break;
        }
        if e.parent != Some(parent) {
            continue;
        }
        if i == top {
            ranges.push((e.first_block, e.end_block));
            continue;
        }
        if e.boiler {
            continue;
        }
        let include = if final_score(page, i) >= threshold {
            true
        } else if e.tag == "p" {
            let text = blocks_text(page, e.first_block, e.end_block);
            let len = text.chars().count();
            let ld = e.link_density();
            (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0.0 && text.trim_end().ends_with('.'))
        } else {
            false
        };
        if include {
            ranges.push((e.first_block, e.end_block));
        }
    }
    ranges
}

fn blocks_text(page: &Page, from: usize, to: usize) -> String {
    page.blocks
        .get(from..to)
        .map(|bs| bs.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn normalize_for_compare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_short_furniture(text: &str) -> bool {
    let t = text.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if t.chars().count() > 40 {
        return false;
    }
    cues().short_lines.contains(&t)
}

fn list_link_heavy(page: &Page, block: &Block) -> bool {
    // The nearest list element above the item.
    let mut cur = page.elems.get(block.anchor).and_then(|e| e.parent);
    let mut steps = 0;
    while let Some(i) = cur {
        steps += 1;
        if steps > 4 {
            break;
        }
        let Some(e) = page.elems.get(i) else { break };
        if matches!(e.tag.as_str(), "ul" | "ol" | "dl") {
            return e.link_density() > 0.6;
        }
        cur = e.parent;
    }
    false
}

/// Cleans the chosen ranges into paragraphs.
pub(crate) fn clean_blocks<'a>(page: &'a Page, ranges: &[(usize, usize)], title: Option<&str>) -> Vec<&'a Block> {
    let title_norm = title.map(normalize_for_compare).filter(|t| !t.is_empty());
    let mut kept: Vec<&Block> = Vec::new();
    for &(from, to) in ranges {
        let Some(blocks) = page.blocks.get(from..to) else { continue };
        for b in blocks {
            if b.boiler {
                continue;
            }
            let chars = b.text.chars().count();
            if chars == 0 {
                continue;
            }
            let ld = b.link_chars as f32 / chars as f32;
            if ld > 0.5 && !matches!(b.kind, BlockKind::Heading(_)) {
                continue;
            }
            if matches!(b.kind, BlockKind::Heading(_)) && ld > 0.8 {
                continue;
            }
            if b.kind == BlockKind::ListItem && list_link_heavy(page, b) {
                continue;
            }
            if is_short_furniture(&b.text) {
                continue;
            }
            if let (Some(t), BlockKind::Heading(_) | BlockKind::Other | BlockKind::Paragraph) = (&title_norm, b.kind) {
                if kept.is_empty() && normalize_for_compare(&b.text) == *t {
                    continue;
                }
            }
            kept.push(b);
        }
    }
    while kept.last().is_some_and(|b| matches!(b.kind, BlockKind::Heading(_))) {
        kept.pop();
    }
    kept
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
