//! Shrinks a page before parsing: the HTML parser costs time for every byte, tag and attribute it reads, and
//! extraction reads only a few of them.

use crate::find_ascii_ci;
use std::borrow::Cow;

/// Longest start tag kept whole; html5ever's duplicate-attribute check is quadratic, so
/// tags with thousands of attributes are cut to their first attributes.
pub(crate) const MAX_TAG_BYTES: usize = 8 * 1024;

/// The page being rewritten: nothing is copied until the first change.
struct Rewrite<'a> {
    html: &'a str,
    out: Option<String>,
    copied: usize,
}

impl<'a> Rewrite<'a> {
    /// Writes `with` in place of `html[from..to]` (`from` at or after every earlier replacement's end).
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        let buf = self.out.get_or_insert_with(|| String::with_capacity(self.html.len()));
        buf.push_str(self.html.get(self.copied..from).unwrap_or(""));
        buf.push_str(with);
        self.copied = to;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            Some(mut buf) => {
                buf.push_str(self.html.get(self.copied..).unwrap_or(""));
                Cow::Owned(buf)
            }
            None => Cow::Borrowed(self.html),
        }
    }
}

/// Whether an element is left out whole, with its content: extraction never reads scripts (JSON-LD aside),
/// styles, inline SVG or `noscript` fallbacks, and they are half the bytes of a typical page.
fn element_dropped(name: &str, start_tag: &str) -> bool {
    match name {
        "style" | "svg" | "noscript" => true,
        "script" => find_ascii_ci(start_tag, "ld+json").is_none(),
        _ => false,
    }
}

/// Where a comment whose text starts at `body` (just after `<!--`) ends, one past its `>`, as the HTML tokenizer
/// reads it (`<!-->` and `<!--->` end at once; `--!>` ends one too); `None` when the page ends first.
fn comment_end(bytes: &[u8], body: usize) -> Option<usize> {
    match bytes.get(body..) {
        Some([b'>', ..]) => return Some(body + 1),
        Some([b'-', b'>', ..]) => return Some(body + 2),
        _ => {}
    }
    let mut pos = body;
    loop {
        let dashes = pos + memchr::memmem::find(bytes.get(pos..)?, b"--")?;
        match bytes.get(dashes + 2..) {
            Some([b'>', ..]) => return Some(dashes + 3),
            Some([b'!', b'>', ..]) => return Some(dashes + 4),
            Some(_) => pos = dashes + 1,
            None => return None,
        }
    }
}

/// Shrinks a page before parsing: over-long start tags are cut to `MAX_TAG_BYTES` at an attribute boundary,
/// comments are emptied, elements extraction never reads (see `element_dropped`) and `link` tags other than the
/// canonical address are left out, and so are the attributes extraction never reads (see `attribute_read`). White
/// space with line breaks in text outside `pre` is written as one space (extraction collapses it anyway; line
/// breaks cost the parser a step each).
pub fn prepare_html(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut page = Rewrite { html, out: None, copied: 0 };
    let mut scratch = String::new();
    let mut i = 0;
    // Where the text before the next tag starts, and how many `pre` elements are open there.
    let mut text_from = 0;
    let mut pre_depth = 0usize;
    while let Some(off) = bytes.get(i..).and_then(|b| memchr::memchr(b'<', b)) {
        let start = i + off;
        i = start + 1;
        let markup = match bytes.get(i) {
            Some(b'!' | b'?') => true,
            Some(b'/') => bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic),
            Some(c) => c.is_ascii_alphabetic(),
            None => false,
        };
        if !markup {
            continue;
        }
        if pre_depth == 0 {
            collapse_text_ws(&mut page, text_from, start);
        }
        if bytes.get(i..i + 3) == Some(b"!--") {
            let Some(end) = comment_end(bytes, i + 3) else { break };
            if end - start > "<!---->".len() {
                page.replace(start, end, "<!---->");
            }
            i = end;
            text_from = end;
            continue;
        }
        if matches!(bytes.get(i), Some(b'!' | b'?')) {
            // A doctype or a bogus comment: it ends at the first `>`.
            let Some(close) = bytes.get(i..).and_then(|b| memchr::memchr(b'>', b)) else { break };
            i += close + 1;
            text_from = i;
            continue;
        }
        if bytes.get(i) == Some(&b'/') {
            let name_end = tag_name_end(bytes, i + 1);
            // (A `>` quoted in an end tag's attributes, which the parser ignores, would only end the text early.)
            let Some(close) = bytes.get(name_end..).and_then(|b| memchr::memchr(b'>', b)).map(|at| name_end + at)
            else {
                break;
            };
            let name = bytes.get(i + 1..name_end).unwrap_or(&[]);
            if name.eq_ignore_ascii_case(b"pre") || name.eq_ignore_ascii_case(b"listing") {
                pre_depth = pre_depth.saturating_sub(1);
            }
            i = close + 1;
            text_from = i;
            continue;
        }
        let name_end = tag_name_end(bytes, i);
        let mut lower = [0u8; 12];
        let name = lower_name(bytes.get(i..name_end).unwrap_or(&[]), &mut lower);
        if name == "plaintext" {
            // (All that follows is text.)
            break;
        }
        let (j, cut_at) = match tag_close(bytes, name_end) {
            Some(close) if close - start <= MAX_TAG_BYTES => (close, None),
            _ => walk_long_tag(bytes, start, name_end),
        };
        let tag_end = (j + 1).min(html.len());
        i = tag_end.max(i);
        text_from = i;
        let start_tag = html.get(start..tag_end).unwrap_or("");
        if name == "link" && find_ascii_ci(start_tag, "canonical").is_none() {
            page.replace(start, tag_end, "");
            continue;
        }
        let raw_text = matches!(name, "script" | "style" | "textarea" | "title" | "xmp" | "noscript" | "svg");
        let self_closed = bytes.get(j.saturating_sub(1)) == Some(&b'/');
        if raw_text && !(name == "svg" && self_closed) {
            // Raw-text elements: their content is not markup; jump past the end tag.
            let closing = format!("</{name}");
            let Some(pos) = html.get(i..).and_then(|rest| find_ascii_ci(rest, &closing)) else { break };
            let after_close = i + pos + closing.len();
            let Some(end) =
                bytes.get(after_close..).and_then(|b| memchr::memchr(b'>', b)).map(|at| after_close + at + 1)
            else {
                break;
            };
            if element_dropped(name, start_tag) {
                page.replace(start, end, "");
            } else {
                write_start_tag(&mut page, &mut scratch, name, start, name_end, j, cut_at);
            }
            i = end;
            text_from = end;
            continue;
        }
        if name == "svg" {
            page.replace(start, tag_end, "");
            continue;
        }
        if name == "button" {
            if let Some(end) = button_end(html, i) {
                page.replace(start, end, "");
                i = end;
                text_from = end;
                continue;
            }
        }
        if matches!(name, "pre" | "listing") {
            pre_depth += 1;
        }
        write_start_tag(&mut page, &mut scratch, name, start, name_end, j, cut_at);
    }
    page.finish()
}

/// Longest button content dropped whole; a longer one is parsed (it may be a button left open by mistake).
const MAX_BUTTON_BYTES: usize = 4096;

/// One past the end tag of a button whose content starts at `from`, when it closes within `MAX_BUTTON_BYTES`
/// and holds no other button: extraction never reads a button (a control's label, an icon), and a button cannot
/// hold another one.
fn button_end(html: &str, from: usize) -> Option<usize> {
    let window = html.get(from..)?;
    let window = window.get(..window.len().min(MAX_BUTTON_BYTES))?;
    let close = find_ascii_ci(window, "</button")?;
    if find_ascii_ci(window.get(..close)?, "<button").is_some() {
        return None;
    }
    let after = from + close + "</button".len();
    let gt = memchr::memchr(b'>', html.as_bytes().get(after..)?)?;
    Some(after + gt + 1)
}

/// Where a tag name that starts at `from` ends, as the tokenizer reads it: at white space, `/` or `>`.
fn tag_name_end(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .map_or(from, |b| from + b.iter().take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'/' | b'>')).count())
}

/// A tag name lower-cased in a small buffer: the names that matter here are short, longer ones read as "".
fn lower_name<'b>(raw: &[u8], buf: &'b mut [u8; 12]) -> &'b str {
    for (to, from) in buf.iter_mut().zip(raw) {
        *to = from.to_ascii_lowercase();
    }
    buf.get(..raw.len()).and_then(|n| std::str::from_utf8(n).ok()).unwrap_or("")
}

/// Writes every run of ASCII white space with a line break in the text `html[from..to]` as one space (other runs
/// cost the parser nothing).
fn collapse_text_ws(page: &mut Rewrite<'_>, from: usize, to: usize) {
    let bytes = page.html.as_bytes();
    let is_ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c);
    let mut i = from;
    while let Some(found) = bytes.get(i..to).and_then(|text| memchr::memchr2(b'\n', b'\r', text)) {
        let at = i + found;
        let before = bytes.get(i..at).map_or(0, |text| text.iter().rev().take_while(|c| is_ws(c)).count());
        let run_end = at + bytes.get(at..to).map_or(0, |rest| rest.iter().take_while(|c| is_ws(c)).count());
        page.replace(at - before, run_end, " ");
        i = run_end;
    }
}

/// Rewrites a start tag (`html[start..=close]`, its name ending at `name_end`): cut at `cut_at` when over-long,
/// else with only the attributes extraction reads.
fn write_start_tag(
    page: &mut Rewrite<'_>,
    scratch: &mut String,
    name: &str,
    start: usize,
    name_end: usize,
    close: usize,
    cut_at: Option<usize>,
) {
    let tag_end = (close + 1).min(page.html.len());
    if let Some(cut) = cut_at {
        scratch.clear();
        scratch.push_str(page.html.get(start..cut).unwrap_or(""));
        scratch.push('>');
        page.replace(start, tag_end, scratch);
        return;
    }
    if matches!(name, "meta" | "link") || page.html.as_bytes().get(name_end) == Some(&b'>') {
        return;
    }
    let attrs = page.html.get(name_end..close).unwrap_or("");
    if kept_attributes(attrs, name, scratch) {
        let kept = std::mem::take(scratch);
        page.replace(name_end, close, &kept);
        *scratch = kept;
    }
}

/// The position of the `>` that closes a start tag whose name ends at `from`, jumping between quotes and `>`;
/// a quote opens a quoted value only right after `=` (as in the HTML tokenizer). `None` when the page ends first.
pub(crate) fn tag_close(bytes: &[u8], from: usize) -> Option<usize> {
    let mut pos = from;
    let mut after_equals = false;
    loop {
        let k = pos + memchr::memchr3(b'>', b'"', b'\'', bytes.get(pos..)?)?;
        if let Some(&last) = bytes.get(pos..k)?.iter().rev().find(|c| !c.is_ascii_whitespace()) {
            after_equals = last == b'=';
        }
        let c = *bytes.get(k)?;
        if c == b'>' {
            return Some(k);
        }
        if after_equals {
            pos = k + 1 + memchr::memchr(c, bytes.get(k + 1..)?)? + 1;
        } else {
            pos = k + 1;
        }
        after_equals = false;
    }
}

/// Walks a start tag longer than `MAX_TAG_BYTES` (or one the page ends inside) byte by byte, honouring quotes:
/// the position of its closing `>` (or the page's end) and where to cut it, at the first white space outside
/// quotes past the limit.
pub(crate) fn walk_long_tag(bytes: &[u8], start: usize, name_end: usize) -> (usize, Option<usize>) {
    let mut j = name_end;
    let mut quote: Option<u8> = None;
    let mut after_equals = false;
    let mut cut_at: Option<usize> = None;
    while let Some(&c) = bytes.get(j) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if after_equals && (c == b'"' || c == b'\'') => quote = Some(c),
            None if c == b'>' => break,
            None if c.is_ascii_whitespace() && j - start > MAX_TAG_BYTES && cut_at.is_none() => cut_at = Some(j),
            None => {}
        }
        if quote.is_none() && !c.is_ascii_whitespace() {
            after_equals = c == b'=';
        }
        j += 1;
    }
    (j, cut_at)
}

/// Whether extraction reads an attribute (`text`: the attribute as written, `name=value`) of an element named
/// `tag` (lower case). The rest, such as `href`, `src`, `srcset` and `data-*`, are a large share of a page's bytes
/// and only cost parsing time; `meta` and `link` tags keep all of theirs. An inline style is read only for hiding
/// the element.
fn attribute_read(tag: &str, name: &str, text: &str) -> bool {
    let mut lower = [0u8; 12];
    if name.len() > lower.len() {
        return false;
    }
    for (to, from) in lower.iter_mut().zip(name.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    match lower.get(..name.len()).unwrap_or(&[]) {
        b"class" | b"id" | b"hidden" | b"aria-hidden" | b"role" | b"itemprop" | b"property" | b"content" | b"rel"
        | b"datetime" | b"pubdate" => true,
        b"style" => find_ascii_ci(text, "none").is_some() || find_ascii_ci(text, "hidden").is_some(),
        b"type" => tag == "script",
        b"lang" | b"xml:lang" => tag == "html",
        _ => false,
    }
}

/// Writes into `kept` the attribute text of a start tag (between its name and its closing `>`) with only the
/// attributes extraction reads (see `attribute_read`); `false` when it keeps them all (`kept` is then not to be
/// used). Quotes open a value only after `=`, as in the HTML tokenizer; a trailing `/` is kept.
fn kept_attributes(attrs: &str, tag: &str, kept: &mut String) -> bool {
    let bytes = attrs.as_bytes();
    kept.clear();
    let mut dropped = false;
    let mut i = 0;
    while i < bytes.len() {
        while bytes.get(i).is_some_and(|c| c.is_ascii_whitespace() || *c == b'/') {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'/')) {
            i += 1;
        }
        if i == start {
            break;
        }
        let name_end = i;
        let mut k = i;
        while bytes.get(k).is_some_and(u8::is_ascii_whitespace) {
            k += 1;
        }
        if bytes.get(k) == Some(&b'=') {
            k += 1;
            while bytes.get(k).is_some_and(u8::is_ascii_whitespace) {
                k += 1;
            }
            match bytes.get(k) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    k += 1;
                    k = bytes.get(k..).and_then(|rest| memchr::memchr(q, rest)).map_or(bytes.len(), |at| k + at + 1);
                }
                _ => {
                    while bytes.get(k).is_some_and(|c| !c.is_ascii_whitespace()) {
                        k += 1;
                    }
                }
            }
            i = k;
        }
        let name = attrs.get(start..name_end).unwrap_or("");
        let text = attrs.get(start..i).unwrap_or("");
        if attribute_read(tag, name, text) {
            kept.push(' ');
            kept.push_str(text);
        } else {
            dropped = true;
        }
    }
    if dropped && attrs.trim_end().ends_with('/') {
        kept.push_str(" /");
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_attributes_are_dropped() {
        assert_eq!(
            prepare_html("<a href=\"/x\" data-x='a>b' class=c>t</a><img src=x.png srcset=\"a 1x, b 2x\"/>"),
            "<a class=c>t</a><img />"
        );
        assert_eq!(prepare_html("<p class=\"a\" id=b>x</p>"), "<p class=\"a\" id=b>x</p>");
        assert_eq!(
            prepare_html("<meta property=og:title content=T data-x=1>"),
            "<meta property=og:title content=T data-x=1>"
        );
        assert_eq!(prepare_html("<div hidden onclick=\"f()\">x</div>"), "<div hidden>x</div>");
        assert_eq!(prepare_html("<nav-bar id=a data-x=1>x</nav-bar>"), "<nav-bar id=a>x</nav-bar>");
        assert_eq!(
            prepare_html("<p style=\"color: red\">a</p><p style=\"display: NONE\">b</p>"),
            "<p>a</p><p style=\"display: NONE\">b</p>"
        );
        assert_eq!(prepare_html("<html lang=en><p lang=fr>x</p>"), "<html lang=en><p>x</p>");
    }

    #[test]
    fn quick_tag_close_agrees_with_the_byte_walk() {
        for tag in [
            "<a href=\"x>y\" class=c>",
            "<a class=Don't>",
            "<p a = 'q\"r>' b>",
            "<div title=\"unclosed>",
            "<img alt=x/>",
            "<b c=\"\"d>",
            "<i x='a'\"b>",
        ] {
            let bytes = tag.as_bytes();
            let quick = tag_close(bytes, 2);
            let (walked, _) = walk_long_tag(bytes, 0, 2);
            assert_eq!(quick.unwrap_or(bytes.len()), walked, "{tag}");
        }
    }

    #[test]
    fn long_tags_are_cut() {
        let attrs: String = (0..3000).map(|i| format!(" data-x{i}=\"a>b\"")).collect();
        let html = format!("<div{attrs}>text</div>");
        let cut = prepare_html(&html);
        assert!(cut.len() < MAX_TAG_BYTES + 100);
        assert!(cut.ends_with(">text</div>"));
        assert_eq!(prepare_html("<p class='1'>x</p>"), "<p class='1'>x</p>");
        let stray_quote = format!("<a class=Don't>x</a>{}<p>kept</p>", "<b>y</b> ".repeat(2000));
        assert_eq!(prepare_html(&stray_quote), stray_quote.as_str());
    }

    #[test]
    fn unread_elements_and_comments_are_dropped() {
        let script = format!("<script>if (a<b) {{ s = \"{}\" }}</script><p>kept</p>", "x ".repeat(10_000));
        assert_eq!(prepare_html(&script), "<p>kept</p>");
        let ld = "<script type=\"application/ld+json\">{\"a\": 1}</script><style>p{}</style><svg><path/></svg>";
        assert_eq!(prepare_html(ld), "<script type=\"application/ld+json\">{\"a\": 1}</script>");
        let comment = "<!-- <script> --><p>kept</p><title>a<b</title><svg/><p>too</p><!--><p>also</p>";
        assert_eq!(prepare_html(comment), "<!----><p>kept</p><title>a<b</title><p>too</p><!--><p>also</p>");
        assert_eq!(prepare_html("<p>a</p><script>never closed"), "<p>a</p><script>never closed");
        assert_eq!(prepare_html("<!-- a --!><p>b</p><!-- c -->"), "<!----><p>b</p><!---->");
        assert_eq!(prepare_html("<p>a<button class=x><span>Menu</span></BUTTON>b</p>"), "<p>ab</p>");
        let open_button = format!("<button>x<p>{}</p><button>y</button>", "z".repeat(10));
        assert_eq!(prepare_html(&open_button), open_button.replace("<button>y</button>", ""));
        assert_eq!(prepare_html("<!DOCTYPE html>\n<p>\n  a  b \n\tc</p>\n"), "<!DOCTYPE html> <p> a  b c</p>\n");
        assert_eq!(prepare_html("<p>a\n b</p><pre>\n x\n  y</pre>c\n d"), "<p>a b</p><pre>\n x\n  y</pre>c\n d");
        assert_eq!(prepare_html("<title>a\n b</title>\n<p>x < y\n</p>"), "<title>a\n b</title> <p>x < y </p>");
        assert_eq!(
            prepare_html("<link rel=stylesheet href=a.css><link rel=\"canonical\" href=\"https://x.com/a\">"),
            "<link rel=\"canonical\" href=\"https://x.com/a\">"
        );
    }
}
