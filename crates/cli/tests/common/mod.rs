//! Helpers for the end-to-end tests: run the real binary, generate documents.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `storyline` binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_storyline"))
}

/// Runs `storyline` with `args` against `store`, optional stdin.
pub fn run(store: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(bin());
    cmd.arg("--store").arg(store).args(args);
    cmd.env_remove("STORYLINE_STORE").env_remove("STORYLINE_TOKEN");
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn storyline");
    if let Some(input) = stdin {
        let mut s = child.stdin.take().expect("stdin");
        s.write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("wait storyline")
}

/// stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses JSONL stdout.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// The seed documents shipped in `examples/`.
pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

const WORDS: &[&str] = &[
    "minister",
    "council",
    "harbour",
    "budget",
    "election",
    "river",
    "factory",
    "storm",
    "treaty",
    "court",
    "vaccine",
    "railway",
    "festival",
    "drought",
    "market",
    "union",
    "satellite",
    "border",
    "parliament",
    "strike",
    "museum",
    "airport",
    "refinery",
    "reservoir",
    "stadium",
    "coalition",
    "tariff",
    "glacier",
    "orchestra",
    "bridge",
];
const PLACES: &[&str] = &["Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Perth", "Accra", "Hanoi", "Lyon", "Cork"];

/// A small deterministic pseudo-random generator (xorshift), so tests need no extra crates.
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }
    /// Next value.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// Value below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A plausible unique news article (title, body) number `i`.
pub fn article(i: usize, rng: &mut Rng) -> (String, String) {
    let place = PLACES[rng.below(PLACES.len())];
    let w = |rng: &mut Rng| WORDS[rng.below(WORDS.len())];
    let title = format!("{} {} plan draws crowds in {place} (report {i})", w(rng), w(rng));
    let mut paras = Vec::new();
    for p in 0..3 + rng.below(3) {
        let mut sentences = Vec::new();
        for _ in 0..2 + rng.below(3) {
            sentences.push(format!(
                "Officials in {place} said the {} and the {} would be reviewed by {} people on day {}.",
                w(rng),
                w(rng),
                100 + rng.below(9000),
                1 + rng.below(28)
            ));
        }
        paras.push(format!("{} Paragraph {p} of item {i}.", sentences.join(" ")));
    }
    (title, paras.join("\n\n"))
}

/// Writes `n` generated articles as one JSONL file.
pub fn write_jsonl(path: &Path, n: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create jsonl"));
    for i in 0..n {
        let (title, text) = article(i, &mut rng);
        let day = 1 + i % 28;
        let line = serde_json::json!({
            "id": format!("gen-{i}"), "title": title, "text": text,
            "published": format!("2024-03-{day:02}"), "outlet": format!("Outlet {}", i % 7),
        });
        writeln!(f, "{line}").expect("write jsonl");
    }
}

/// One gzip member holding `data`.
pub fn gzip_member(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).expect("gzip");
    enc.finish().expect("gzip finish")
}

/// A WARC record.
pub fn warc_record(kind: &str, uri: &str, block: &[u8], extra: &str) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\n{extra}Content-Length: {}\r\n\r\n",
        uri.len() as u32 ^ block.len() as u32,
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An HTML page around an article.
pub fn html_page(title: &str, body: &str) -> String {
    let paras: String = body.split("\n\n").map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>{title}</h1>{paras}</article><footer>© Example News</footer></body></html>"
    )
}

/// A Common-Crawl-style multi-member `.warc.gz` with `n` HTML responses plus a request and a metadata record.
pub fn warc_gz(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut out =
        gzip_member(&warc_record("warcinfo", "", b"software: test\r\n", "Content-Type: application/warc-fields\r\n"));
    for i in 0..n {
        let (title, body) = article(i, &mut rng);
        let html = html_page(&title, &body);
        let uri = format!("https://news.example.org/2024/03/05/item-{i}");
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
            html.len()
        );
        out.extend(gzip_member(&warc_record(
            "request",
            &uri,
            b"GET / HTTP/1.1\r\n\r\n",
            "Content-Type: application/http; msgtype=request\r\n",
        )));
        out.extend(gzip_member(&warc_record(
            "response",
            &uri,
            http.as_bytes(),
            "Content-Type: application/http; msgtype=response\r\n",
        )));
        out.extend(gzip_member(&warc_record(
            "metadata",
            &uri,
            b"fetchTimeMs: 12\r\n",
            "Content-Type: application/warc-fields\r\n",
        )));
    }
    out
}
