//! Character-set handling: BOMs, UTF-16 without a BOM, `<meta charset>` prescan,
//! detection with `chardetng`, decoding with `encoding_rs`.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How far into an HTML document a `<meta charset>` declaration is looked for.
const META_PRESCAN_BYTES: usize = 4096;
/// How much of a document `chardetng` sees when no charset is declared.
const DETECTION_BYTES: usize = 64 * 1024;
/// How much of the head the UTF-16-without-BOM heuristic looks at.
const UTF16_PROBE_BYTES: usize = 512;

/// The encoding a byte-order mark announces, and the BOM's length.
pub(crate) fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

/// Recognises UTF-16 text that lacks a BOM by its zero bytes: characters below
/// U+0100 (markup, spaces, digits, Latin letters) encode as `xx 00` in LE and
/// `00 xx` in BE, so one byte position of the pairs holds zeros and the other never
/// does. Text with no such characters at all (pure CJK) cannot be told this way.
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let probe = bytes.get(..bytes.len().min(UTF16_PROBE_BYTES))?;
    let pairs = probe.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in probe.chunks_exact(2) {
        match (pair[0], pair[1]) {
            (0, 0) => return None,
            (_, 0) => le += 1,
            (0, _) => be += 1,
            _ => {}
        }
    }
    let enough = |n: usize| n >= 2 && n * 10 >= pairs;
    if enough(le) && be * 20 <= le {
        Some(UTF_16LE)
    } else if enough(be) && le * 20 <= be {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Encoding of a UTF-16 document (by BOM or by its zero-byte pattern).
pub(crate) fn utf16_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    match bom(bytes) {
        Some((enc, _)) if enc == UTF_16LE || enc == UTF_16BE => Some(enc),
        Some(_) => None,
        None => utf16_without_bom(bytes),
    }
}

/// Why a plain-text document could not be decoded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub(crate) enum TextError {
    /// Bytes that are not UTF-8 (legacy encodings are accepted for HTML only).
    #[error("not valid UTF-8 text at byte {0}")]
    InvalidUtf8(usize),
}

/// Decodes an already-scraped text document: UTF-8 (BOM stripped) or UTF-16
/// (with a BOM, or recognised without one). Anything else is rejected: a plain
/// text file carries no charset declaration, so guessing would corrupt it silently.
pub(crate) fn decode_text(mut bytes: Vec<u8>) -> Result<String, TextError> {
    if let Some(enc) = utf16_encoding(&bytes) {
        let skip = bom(&bytes).map_or(0, |(_, len)| len);
        return Ok(decode_with(enc, bytes.get(skip..).unwrap_or_default()));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| TextError::InvalidUtf8(e.utf8_error().valid_up_to()))
}

/// Decodes an HTML document to UTF-8. The charset comes from, in order: a BOM,
/// the transport (`transport`, e.g. an HTTP `Content-Type`), a UTF-16 zero-byte
/// pattern, a `<meta charset>` / `http-equiv` declaration in the first 4 KB, and
/// finally detection (`chardetng`) when nothing is declared.
pub(crate) fn decode_html(bytes: Vec<u8>, transport: Option<&'static Encoding>) -> String {
    if let Some((enc, len)) = bom(&bytes) {
        return decode_owned(enc, bytes, len);
    }
    let declared = transport
        .or_else(|| utf16_without_bom(&bytes))
        .or_else(|| meta_charset(bytes.get(..bytes.len().min(META_PRESCAN_BYTES)).unwrap_or_default()));
    let enc = match declared {
        Some(enc) => enc,
        None if std::str::from_utf8(&bytes).is_ok() => UTF_8,
        None => detect(&bytes),
    };
    decode_owned(enc, bytes, 0)
}

/// The encoding named by the `charset=` parameter of a transport MIME type such as
/// an HTTP `Content-Type: text/html; charset="windows-1251"`.
pub(crate) fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    Encoding::for_label(charset_label(content_type)?.as_bytes())
}

fn charset_label(content_type: &str) -> Option<&str> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset=")? + "charset=".len();
    let rest = content_type.get(at..)?.trim_start();
    Some(rest.split([';', ' ', '\t', ',']).next()?.trim_matches(['"', '\'']))
}

/// An encoding label as an HTML page may use it: UTF-16 declared inside an
/// ASCII-compatible byte stream means UTF-8, `x-user-defined` means windows-1252.
fn html_label(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    Some(if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    })
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    let sample = bytes.get(..bytes.len().min(DETECTION_BYTES)).unwrap_or_default();
    detector.feed(sample, true);
    detector.guess(None, true)
}

fn decode_owned(enc: &'static Encoding, mut bytes: Vec<u8>, skip: usize) -> String {
    if enc == UTF_8 {
        if skip > 0 {
            bytes.drain(..skip.min(bytes.len()));
        }
        return match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
    }
    decode_with(enc, bytes.get(skip..).unwrap_or_default())
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> String {
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// Finds a `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...; charset=...">`
/// declaration: a reduced form of the HTML standard's encoding prescan.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while let Some(found) = find_ascii_ci(head.get(pos..)?, b"<meta") {
        let start = pos + found + b"<meta".len();
        let attrs = Attributes { bytes: head, pos: start };
        let mut charset = None;
        let mut content = None;
        let mut is_content_type = false;
        let mut end = start;
        for (name, value, after) in attrs {
            end = after;
            if name.eq_ignore_ascii_case(b"charset") {
                charset = Some(value);
            } else if name.eq_ignore_ascii_case(b"content") {
                content = Some(value);
            } else if name.eq_ignore_ascii_case(b"http-equiv") {
                is_content_type = value.eq_ignore_ascii_case(b"content-type");
            }
        }
        let label = match (charset, content) {
            (Some(c), _) => std::str::from_utf8(c).ok().and_then(html_label),
            (None, Some(c)) if is_content_type => {
                std::str::from_utf8(c).ok().and_then(charset_label).and_then(html_label)
            }
            _ => None,
        };
        if label.is_some() {
            return label;
        }
        pos = end.max(start);
    }
    None
}

fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// Attributes of one tag, from just after its name up to `>`.
struct Attributes<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Attributes<'a> {
    /// Name, value, and the position after the attribute.
    type Item = (&'a [u8], &'a [u8], usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.bytes;
        let at = |i: usize| bytes.get(i).copied();
        while matches!(at(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')) {
            self.pos += 1;
        }
        if matches!(at(self.pos), None | Some(b'>' | b'<')) {
            return None;
        }
        let name_start = self.pos;
        while let Some(c) = at(self.pos) {
            if matches!(c, b'=' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'<') {
                break;
            }
            self.pos += 1;
        }
        let name = bytes.get(name_start..self.pos)?;
        while matches!(at(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
            self.pos += 1;
        }
        if at(self.pos) != Some(b'=') {
            return Some((name, &[], self.pos));
        }
        self.pos += 1;
        while matches!(at(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
            self.pos += 1;
        }
        let value = match at(self.pos) {
            Some(quote @ (b'"' | b'\'')) => {
                let value_start = self.pos + 1;
                let len = bytes.get(value_start..)?.iter().position(|&c| c == quote)?;
                self.pos = value_start + len + 1;
                bytes.get(value_start..value_start + len)?
            }
            _ => {
                let value_start = self.pos;
                while let Some(c) = at(self.pos) {
                    if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>') {
                        break;
                    }
                    self.pos += 1;
                }
                bytes.get(value_start..self.pos)?
            }
        };
        Some((name, value, self.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{EUC_KR, SHIFT_JIS, WINDOWS_1251};

    const RUSSIAN: &str = "Министр заявил, что бюджет будет пересмотрен в понедельник. Парламент обсудит план.";
    const KOREAN: &str = "국방부는 월요일 북한군 병력이 국경 근처로 이동했다고 밝혔다. 정부는 대응책을 논의했다.";
    const JAPANESE: &str = "政府は月曜日、新しい予算案を発表した。国会は来週この計画を審議する予定だ。";

    fn page(meta: &str, body: &str) -> String {
        format!("<!DOCTYPE html><html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>")
    }

    fn utf16(s: &str, big_endian: bool, with_bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if with_bom {
            out.extend_from_slice(if big_endian { &[0xFE, 0xFF] } else { &[0xFF, 0xFE] });
        }
        for unit in s.encode_utf16() {
            out.extend_from_slice(&if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        out
    }

    #[test]
    fn legacy_encodings_round_trip_with_and_without_meta() {
        for (enc, text) in [(WINDOWS_1251, RUSSIAN), (EUC_KR, KOREAN), (SHIFT_JIS, JAPANESE)] {
            let declared = page(&format!("<meta charset=\"{}\">", enc.name()), text);
            let (bytes, _, unmappable) = enc.encode(&declared);
            assert!(!unmappable, "{} cannot encode the sample", enc.name());
            assert_eq!(decode_html(bytes.into_owned(), None), declared, "{} with <meta charset>", enc.name());

            let http_equiv = page(
                &format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={}\">", enc.name()),
                text,
            );
            let (bytes, _, _) = enc.encode(&http_equiv);
            assert_eq!(decode_html(bytes.into_owned(), None), http_equiv, "{} with http-equiv", enc.name());

            let undeclared = page("", &format!("{text} {text} {text}"));
            let (bytes, _, _) = enc.encode(&undeclared);
            assert_eq!(decode_html(bytes.into_owned(), None), undeclared, "{} detected", enc.name());
        }
    }

    #[test]
    fn utf16_pages_decode_with_bom_without_bom_and_with_meta() {
        for big_endian in [false, true] {
            for with_bom in [false, true] {
                for meta in ["", "<meta charset=\"utf-16\">"] {
                    let html = page(meta, RUSSIAN);
                    let bytes = utf16(&html, big_endian, with_bom);
                    assert_eq!(decode_html(bytes, None), html, "be={big_endian} bom={with_bom} meta={meta:?}");
                }
            }
        }
    }

    #[test]
    fn transport_charset_wins_over_meta_and_bom_wins_over_transport() {
        let html = page("<meta charset=\"iso-8859-1\">", RUSSIAN);
        let (bytes, _, _) = WINDOWS_1251.encode(&html);
        assert_eq!(decode_html(bytes.to_vec(), Some(WINDOWS_1251)), html);
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(html.as_bytes());
        assert_eq!(decode_html(with_bom, Some(WINDOWS_1251)), html);
    }

    #[test]
    fn charset_param_reads_quoted_and_unquoted_values() {
        assert_eq!(charset_param("text/html; charset=\"Windows-1251\""), Some(WINDOWS_1251));
        assert_eq!(charset_param("text/html;charset=euc-kr"), Some(EUC_KR));
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(charset_param("text/html; charset=utf-16"), Some(UTF_16LE));
        assert_eq!(charset_param("text/html; charset=bogus"), None);
    }

    #[test]
    fn meta_prescan_ignores_unrelated_meta_and_handles_unquoted_values() {
        let head = b"<meta name=viewport content='width=device-width'><META CHARSET=shift_jis>";
        assert_eq!(meta_charset(head), Some(SHIFT_JIS));
        assert_eq!(meta_charset(b"<meta content=\"text/html; charset=euc-kr\">"), None, "needs http-equiv");
        assert_eq!(meta_charset(b"<meta charset=\"unterminated"), None);
        assert_eq!(meta_charset(b"<meta"), None);
    }

    #[test]
    fn text_decoding_strips_bom_decodes_utf16_and_reports_bad_bytes() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFhello".to_vec()), Ok("hello".into()));
        assert_eq!(decode_text(utf16("héllo wörld", false, true)), Ok("héllo wörld".into()));
        assert_eq!(decode_text(utf16("hello world", true, false)), Ok("hello world".into()));
        let mut bad = b"abc".to_vec();
        bad.extend_from_slice(&[0xC3, 0x28]);
        assert_eq!(decode_text(bad), Err(TextError::InvalidUtf8(3)));
        assert_eq!(TextError::InvalidUtf8(3).to_string(), "not valid UTF-8 text at byte 3");
    }

    #[test]
    fn utf16_heuristic_does_not_fire_on_ascii_or_binary() {
        assert_eq!(utf16_without_bom(b"plain ascii text here"), None);
        assert_eq!(utf16_without_bom(&[0, 0, 0, 0, 1, 2]), None);
        assert_eq!(utf16_without_bom(b"a"), None);
    }
}
