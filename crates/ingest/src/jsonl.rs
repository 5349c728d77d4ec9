//! JSONL: one article-input object per line, read line by line in constant memory.

use std::io::{BufRead, Read};

use storyline_model::ArticleInput;

use crate::{from_input, stream::read_error, RawDocument, Rejection};

/// Documents of a JSONL stream. A bad line becomes a [`Rejection`] naming it
/// (`path:LINE`, reason `line N: ...`) and the lines after it go on.
pub(crate) struct JsonlDocs<R> {
    reader: R,
    name: String,
    max_line_bytes: usize,
    line_no: usize,
    line: Vec<u8>,
    compressed: bool,
    done: bool,
}

impl<R: BufRead> JsonlDocs<R> {
    /// Reads `reader` (named `name`), rejecting lines over `max_line_bytes`.
    pub(crate) fn new(name: String, reader: R, max_line_bytes: usize, compressed: bool) -> Self {
        JsonlDocs { reader, name, max_line_bytes, line_no: 0, line: Vec::new(), compressed, done: false }
    }

    fn line_source(&self) -> String {
        format!("{}:{}", self.name, self.line_no)
    }

    fn reject_line(&self, reason: String) -> Rejection {
        Rejection { source: self.line_source(), reason: format!("line {}: {reason}", self.line_no) }
    }

    /// Consumes the rest of an over-long line; returns how many bytes it had.
    fn skip_rest_of_line(&mut self) -> std::io::Result<usize> {
        let mut skipped = 0;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                return Ok(skipped);
            }
            match available.iter().position(|&c| c == b'\n') {
                Some(end) => {
                    self.reader.consume(end + 1);
                    return Ok(skipped + end);
                }
                None => {
                    let len = available.len();
                    self.reader.consume(len);
                    skipped += len;
                }
            }
        }
    }

    fn fail(&mut self, error: std::io::Error) -> Option<Result<RawDocument, Rejection>> {
        self.done = true;
        let read = self.line_no.saturating_sub(1);
        Some(Err(Rejection {
            source: self.name.clone(),
            reason: format!("{} (after {read} lines)", read_error(&error, self.compressed)),
        }))
    }
}

impl<R: BufRead> Iterator for JsonlDocs<R> {
    type Item = Result<RawDocument, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line.clear();
            self.line_no += 1;
            let limit = (self.max_line_bytes as u64).saturating_add(2);
            let read = (&mut self.reader).take(limit).read_until(b'\n', &mut self.line);
            match read {
                Err(e) => return self.fail(e),
                Ok(0) => self.done = true,
                Ok(_) => {
                    let complete = self.line.last() == Some(&b'\n');
                    let mut line = self.line.as_slice();
                    if self.line_no == 1 {
                        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
                    }
                    let line = line.strip_suffix(b"\n").unwrap_or(line);
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    if line.len() > self.max_line_bytes {
                        let mut len = line.len();
                        if !complete {
                            match self.skip_rest_of_line() {
                                Ok(rest) => len += rest,
                                Err(e) => return self.fail(e),
                            }
                        }
                        let max = self.max_line_bytes;
                        return Some(Err(self.reject_line(format!("{len} bytes, over the limit of {max} bytes"))));
                    }
                    if line.trim_ascii().is_empty() {
                        continue;
                    }
                    let parsed = serde_json::from_slice::<ArticleInput>(line);
                    return Some(match parsed {
                        Ok(input) => from_input(&self.line_source(), input).map_err(|r| self.reject_line(r.reason)),
                        Err(e) if e.is_data() => Err(self.reject_line(format!("not an article object: {e}"))),
                        Err(e) => Err(self.reject_line(format!("invalid JSON: {e}"))),
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Content;

    fn read(input: &[u8], max: usize) -> Vec<Result<RawDocument, Rejection>> {
        JsonlDocs::new("in.jsonl".into(), input, max, false).collect()
    }

    #[test]
    fn each_line_is_a_document_and_bad_lines_are_named() {
        let input = b"\xEF\xBB\xBF{\"id\": 7, \"text\": \"First.\", \"url\": \"https://a.example/1\", \"authors\": [\"A\"]}\r\n\
            \n   \n\
            {\"text\": broken\n\
            {\"html\": \"<p>Third</p>\", \"title\": \"T\", \"published\": \"2024-01-02\", \"outlet\": \"O\"}\n\
            [1, 2]\n\
            {\"title\": \"no body\"}\n\
            {\"text\": \"last line without newline\"}";
        let out = read(input, 1 << 20);
        assert_eq!(out.len(), 6);
        let first = out[0].as_ref().unwrap();
        assert_eq!(first.source, "in.jsonl:1");
        assert_eq!(first.content, Content::Text("First.".into()));
        assert_eq!(first.hints.external_id.as_deref(), Some("7"));
        assert_eq!(first.hints.authors, vec!["A".to_string()]);
        let bad = out[1].as_ref().unwrap_err();
        assert_eq!(bad.source, "in.jsonl:4");
        assert!(bad.reason.starts_with("line 4: invalid JSON: "), "{}", bad.reason);
        let third = out[2].as_ref().unwrap();
        assert_eq!(third.content, Content::Html("<p>Third</p>".into()));
        assert_eq!(third.hints.outlet.as_deref(), Some("O"));
        assert!(out[3].as_ref().unwrap_err().reason.starts_with("line 6: not an article object"));
        assert!(out[4].as_ref().unwrap_err().reason.starts_with("line 7: needs a non-empty"));
        assert_eq!(out[5].as_ref().unwrap().source, "in.jsonl:8");
    }

    #[test]
    fn over_long_lines_are_rejected_and_skipped_whole() {
        let long = format!("{{\"text\": \"{}\"}}", "x".repeat(500));
        let input = format!("{{\"text\": \"short\"}}\n{long}\n{{\"text\": \"after\"}}\n");
        let out = read(input.as_bytes(), 100);
        assert_eq!(out.len(), 3);
        let rejected = out[1].as_ref().unwrap_err();
        assert_eq!(rejected.source, "in.jsonl:2");
        assert_eq!(rejected.reason, format!("line 2: {} bytes, over the limit of 100 bytes", long.len()));
        assert_eq!(out[2].as_ref().unwrap().content, Content::Text("after".into()));
    }

    #[test]
    fn a_line_exactly_at_the_limit_is_accepted() {
        let line = "{\"text\": \"abc\"}";
        let out = read(format!("{line}\r\n{line}").as_bytes(), line.len());
        assert!(out.iter().all(Result::is_ok), "{out:?}");
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn read_errors_end_the_stream_with_a_rejection() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "cut"))
            }
        }
        let reader = std::io::BufReader::new(b"{\"text\": \"ok\"}\n".chain(Failing));
        let out: Vec<_> = JsonlDocs::new("x.jsonl.gz".into(), reader, 1000, true).collect();
        assert_eq!(out.len(), 2);
        assert!(out[0].is_ok());
        let rejection = out[1].as_ref().unwrap_err();
        assert_eq!(rejection.source, "x.jsonl.gz");
        assert!(rejection.reason.contains("truncated"), "{}", rejection.reason);
    }
}
