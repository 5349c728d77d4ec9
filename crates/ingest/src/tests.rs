//! Whole-stage tests: paths, directories and in-memory inputs in every format, bad
//! inputs, laziness, and random bytes under every extension.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::warc::tests::{crawl, gzip, response};

fn opts() -> IngestOptions {
    IngestOptions::default()
}

fn split(items: Vec<Result<RawDocument, Rejection>>) -> (Vec<RawDocument>, Vec<Rejection>) {
    let mut docs = Vec::new();
    let mut rejections = Vec::new();
    for item in items {
        match item {
            Ok(doc) => docs.push(doc),
            Err(rejection) => rejections.push(rejection),
        }
    }
    (docs, rejections)
}

fn read_all(paths: &[PathBuf], opts: &IngestOptions) -> (Vec<RawDocument>, Vec<Rejection>) {
    split(read_paths(paths, opts).collect())
}

fn rejection_for<'a>(rejections: &'a [Rejection], source_suffix: &str) -> &'a Rejection {
    rejections
        .iter()
        .find(|r| r.source.ends_with(source_suffix))
        .unwrap_or_else(|| panic!("no rejection for {source_suffix} in {rejections:#?}"))
}

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text, "title": format!("Title {id}")}).to_string()
}

/// A Common-Crawl-style `.warc.gz`: one gzip member per record.
fn warc_gz(pages: &[(&str, &str)]) -> Vec<u8> {
    crawl(pages).iter().flat_map(|record| gzip(record)).collect()
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, bytes).unwrap();
}

#[test]
fn a_directory_of_every_format_is_read_recursively_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("a.txt"), "Plain text story.\n\nSecond paragraph.\n");
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251
        .encode("<html><head><meta charset=\"windows-1251\"></head><body><p>Министр заявил</p></body></html>");
    write(&root.join("b/page.htm"), &cp1251);
    write(&root.join("b/c/docs.jsonl"), format!("{}\n\n{}\n", jsonl_line("j1", "One."), jsonl_line("j2", "Two.")));
    write(
        &root.join("d.warc.gz"),
        warc_gz(&[("https://n.example/1", "<p>w1</p>"), ("https://n.example/2", "<p>w2</p>")]),
    );
    write(&root.join("e.warc"), crawl(&[("https://n.example/3", "<p>w3</p>")]).concat());
    write(&root.join("f.rss"), crate::feed::tests::RSS);
    write(&root.join("g.atom.xml"), crate::feed::tests::ATOM);
    write(&root.join(".hidden/skip.txt"), "never read");
    write(&root.join(".DS_Store"), [0u8, 1, 2]);

    let (docs, rejections) = read_all(&[root.to_path_buf()], &opts());
    let sources: Vec<String> = docs
        .iter()
        .map(|d| d.source.strip_prefix(&root.display().to_string()).unwrap_or(&d.source).to_string())
        .collect();
    assert_eq!(
        sources,
        vec![
            "/a.txt",
            "/b/c/docs.jsonl:1",
            "/b/c/docs.jsonl:3",
            "/b/page.htm",
            "/d.warc.gz#https://n.example/1",
            "/d.warc.gz#https://n.example/2",
            "/e.warc#https://n.example/3",
            "/f.rss#https://wire.example.org/a1",
            "/f.rss#https://wire.example.org/a2",
            "/f.rss#3",
            "/g.atom.xml#https://atom.example.org/e1",
            "/g.atom.xml#2",
        ]
    );
    assert_eq!(rejections.len(), 1, "only the RSS item without a body: {rejections:#?}");
    assert_eq!(docs[0].content, Content::Text("Plain text story.\n\nSecond paragraph.\n".into()));
    assert_eq!(docs[1].hints.external_id.as_deref(), Some("j1"));
    assert!(matches!(&docs[3].content, Content::Html(h) if h.contains("Министр заявил")));
    assert_eq!(docs[4].hints.url.as_deref(), Some("https://n.example/1"));
    assert_eq!(docs[5].content, Content::Html("<p>w2</p>".into()));
}

#[cfg(unix)]
#[test]
fn symlinks_are_followed_and_loops_become_rejections() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    write(&root.join("sub/story.txt"), "A story.");
    write(&dir.path().join("elsewhere/linked.txt"), "Linked story.");
    std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("elsewhere"), root.join("other")).unwrap();
    std::os::unix::fs::symlink(root.join("missing"), root.join("dangling.txt")).unwrap();

    let (docs, rejections) = read_all(std::slice::from_ref(&root), &opts());
    let texts: Vec<&str> = docs.iter().map(|d| d.content.as_str()).collect();
    assert_eq!(texts, vec!["Linked story.", "A story."]);
    assert!(rejection_for(&rejections, "sub/loop").reason.starts_with("symlink loop"), "{rejections:#?}");
    assert!(rejection_for(&rejections, "dangling.txt").reason.starts_with("cannot read"), "{rejections:#?}");
    assert_eq!(rejections.len(), 2);
}

#[test]
fn bad_inputs_are_rejected_with_reasons_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254].repeat(50));
    write(&root.join("empty.txt"), b"");
    write(&root.join("blank.html"), " \n\t\r\n ");
    let mut bad_utf8 = b"Valid start of a story. ".repeat(4);
    bad_utf8.extend_from_slice(&[0xC3, 0x28, 0xA0]);
    write(&root.join("invalid-utf8.txt"), &bad_utf8);
    let members: Vec<Vec<u8>> =
        crawl(&[("https://t.example/1", "<p>kept</p>"), ("https://t.example/2", "<p>lost</p>")])
            .iter()
            .map(|r| gzip(r))
            .collect();
    let mut truncated = members[..5].concat();
    truncated.extend_from_slice(&members[5][..members[5].len() / 2]);
    write(&root.join("truncated.warc.gz"), truncated);
    write(
        &root.join("mixed.jsonl"),
        format!("{}\n{{\"text\": broken\n{}\n", jsonl_line("1", "ok"), jsonl_line("3", "ok")),
    );
    write(&root.join("big.txt"), "word ".repeat(400));
    write(&root.join("good.txt"), "A good story.");
    let missing = root.join("no-such-file.txt");

    let small = IngestOptions { max_document_bytes: 1000, ..IngestOptions::default() };
    let (docs, rejections) = read_all(&[root.to_path_buf(), missing], &small);
    let reason = |name: &str| rejection_for(&rejections, name).reason.clone();
    assert!(reason("binary.txt").starts_with("binary file"));
    assert_eq!(reason("empty.txt"), "empty file");
    assert_eq!(reason("blank.html"), "empty file");
    assert_eq!(reason("invalid-utf8.txt"), "not valid UTF-8 text at byte 96");
    assert!(reason("truncated.warc.gz").starts_with("truncated gzip data"), "{}", reason("truncated.warc.gz"));
    assert!(reason("truncated.warc.gz").contains("after 5 records"), "{}", reason("truncated.warc.gz"));
    assert!(reason("mixed.jsonl:2").starts_with("line 2: invalid JSON: "));
    assert_eq!(reason("big.txt"), "document is 2000 bytes, over the limit of 1000 bytes");
    assert!(reason("no-such-file.txt").starts_with("cannot read: "));
    assert_eq!(rejections.len(), 8, "{rejections:#?}");

    let texts: Vec<&str> = docs.iter().map(|d| d.content.as_str()).collect();
    assert_eq!(texts, vec!["A good story.", "ok", "ok", "<p>kept</p>"]);
}

#[test]
fn extensions_that_lie_or_are_missing_are_overruled_by_content() {
    let o = opts();
    let one = |name: &str, bytes: &[u8]| -> RawDocument {
        let mut items = read_bytes(name, bytes, &o);
        assert_eq!(items.len(), 1, "{name}: {items:?}");
        items.remove(0).unwrap_or_else(|r| panic!("{name}: {r}"))
    };
    assert!(matches!(one("page.txt", b"<!doctype html><html><body>x</body></html>").content, Content::Html(_)));
    assert!(matches!(one("README", b"Just words.").content, Content::Text(_)));
    assert_eq!(one("noext", &crawl(&[("https://x.example/", "<p>w</p>")]).concat()).source, "noext#https://x.example/");
    assert_eq!(one("data.bin", jsonl_line("b", "json").as_bytes()).source, "data.bin:1");
    let feed = read_bytes("feed.html", crate::feed::tests::ATOM.as_bytes(), &o);
    assert_eq!(feed.len(), 2);
    assert_eq!(feed[0].as_ref().unwrap().hints.outlet.as_deref(), Some("Atom Times"));
    assert_eq!(one("lines.jsonl.gz", &gzip(jsonl_line("z", "zipped").as_bytes())).source, "lines.jsonl.gz:1");
    assert_eq!(one("story.txt.gz", &gzip(b"Zipped text.")).content, Content::Text("Zipped text.".into()));
    let double = gzip(&gzip(b"x"));
    assert!(read_bytes("x.gz", &double, &o)[0].as_ref().unwrap_err().reason.contains("gzip inside gzip"));
    let utf16: Vec<u8> = "\u{feff}Привет, мир".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    assert_eq!(one("ru.txt", &utf16).content, Content::Text("Привет, мир".into()));
}

#[test]
fn the_format_choice_overrides_plain_files_only() {
    let html = IngestOptions { format: FormatChoice::Html, ..IngestOptions::default() };
    let text = IngestOptions { format: FormatChoice::Text, ..IngestOptions::default() };
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode("Café au lait, déjà vu.");
    assert!(
        matches!(&read_bytes("a.txt", &latin1, &html)[0], Ok(RawDocument { content: Content::Html(h), .. }) if h.contains("Café"))
    );
    assert!(read_bytes("a.txt", &latin1, &text)[0].is_err(), "text stays strict UTF-8");
    let page = b"<html><body><p>Page</p></body></html>";
    assert!(matches!(&read_bytes("p.html", page, &text)[0], Ok(RawDocument { content: Content::Text(_), .. })));
    let jsonl = format!("{{\"html\": \"<p>h</p>\"}}\n{}", jsonl_line("t", "plain"));
    let docs = split(read_bytes("x.jsonl", jsonl.as_bytes(), &text)).0;
    assert!(matches!(docs[0].content, Content::Html(_)), "containers keep their own kinds");
}

#[test]
fn oversized_records_and_lines_are_rejected_inside_containers() {
    let small = IngestOptions { max_document_bytes: 200, ..IngestOptions::default() };
    let big_page = format!("<p>{}</p>", "x".repeat(300));
    let warc = warc_gz(&[("https://o.example/big", big_page.as_str()), ("https://o.example/ok", "<p>ok</p>")]);
    let (docs, rejections) = split(read_bytes("o.warc.gz", &warc, &small));
    assert_eq!(docs.len(), 1);
    assert_eq!(rejections[0].source, "o.warc.gz#https://o.example/big");
    let jsonl = format!("{}\n{}\n", jsonl_line("big", &"y".repeat(300)), jsonl_line("ok", "fine"));
    let (docs, rejections) = split(read_bytes("o.jsonl", jsonl.as_bytes(), &small));
    assert_eq!(docs.len(), 1);
    assert!(rejections[0].reason.starts_with("line 1: "), "{rejections:?}");
}

/// An endless input: proves the readers stream instead of reading everything first.
struct Endless {
    unit: Vec<u8>,
    pos: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = 0;
        while n < buf.len() {
            let rest = self.unit.get(self.pos..).unwrap_or_default();
            let take = rest.len().min(buf.len() - n);
            buf[n..n + take].copy_from_slice(&rest[..take]);
            n += take;
            self.pos = (self.pos + take) % self.unit.len();
        }
        Ok(n)
    }
}

#[test]
fn endless_jsonl_and_warc_gz_streams_are_read_lazily() {
    let o = opts();
    let jsonl = Endless { unit: format!("{}\n", jsonl_line("e", "endless")).into_bytes(), pos: 0 };
    let docs = stream::documents("-".into(), Box::new(jsonl), None, sniff::Ext::Unknown, &o);
    let first: Vec<_> = docs.take(5000).collect();
    assert_eq!(first.len(), 5000);
    assert_eq!(first[4999].as_ref().unwrap().source, "-:5000");

    let page = "<html><body><p>endless</p></body></html>";
    let member = gzip(&response("https://e.example/", "Content-Type: text/html\r\n", page.as_bytes()));
    let docs = stream::documents("-".into(), Box::new(Endless { unit: member, pos: 0 }), None, sniff::Ext::Unknown, &o);
    let first: Vec<_> = docs.take(2000).collect();
    assert!(first.iter().all(|d| d.as_ref().is_ok_and(|d| d.source == "-#https://e.example/")));
}

const EXTENSIONS: [&str; 13] = [
    "a.txt",
    "a.html",
    "a.htm",
    "a.jsonl",
    "a.warc",
    "a.warc.gz",
    "a.xml",
    "a.rss",
    "a.atom",
    "a.gz",
    "a.bin",
    "-",
    "a",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        for name in EXTENSIONS {
            let _ = read_bytes(name, &bytes, &opts());
        }
    }

    #[test]
    fn damaged_valid_inputs_never_panic(
        which in 0usize..6,
        cut in 0.0f64..1.0,
        flips in proptest::collection::vec((0.0f64..1.0, any::<u8>()), 0..8),
    ) {
        let valid: Vec<u8> = match which {
            0 => warc_gz(&[("https://d.example/1", "<p>one</p>"), ("https://d.example/2", "<p>two</p>")]),
            1 => crawl(&[("https://d.example/1", "<p>one</p>")]).concat(),
            2 => crate::feed::tests::RSS.as_bytes().to_vec(),
            3 => crate::feed::tests::ATOM.as_bytes().to_vec(),
            4 => format!("{}\n{}\n", jsonl_line("1", "a"), jsonl_line("2", "b")).into_bytes(),
            _ => b"<html><head><meta charset=\"shift_jis\"></head><body>x</body></html>".to_vec(),
        };
        let mut damaged = valid.get(..(valid.len() as f64 * cut) as usize).unwrap_or_default().to_vec();
        for (at, byte) in flips {
            let len = damaged.len();
            if let Some(b) = damaged.get_mut((len as f64 * at) as usize) {
                *b = byte;
            }
        }
        for name in EXTENSIONS {
            let _ = read_bytes(name, &damaged, &opts());
        }
    }
}

/// Throughput of `read_paths` on generated small documents (a JSONL file and a
/// directory of `.txt` files). A measurement, not a gate:
/// `cargo test -p storyline-ingest --release -- --ignored --nocapture read_throughput`.
#[test]
#[ignore]
fn read_throughput() {
    let dir = tempfile::tempdir().unwrap();
    let body =
        "Officials in Lisbon said the harbour budget would be approved after 1,200 residents signed. ".repeat(12);
    let jsonl: String = (0..45_000).map(|i| format!("{}\n", jsonl_line(&format!("g{i}"), &body))).collect();
    write(&dir.path().join("docs.jsonl"), jsonl);
    for i in 0..5_000 {
        write(&dir.path().join(format!("txt/doc{i:07}.txt")), format!("Title {i}\n\n{body}\n"));
    }
    let started = std::time::Instant::now();
    let (mut docs, mut rejected) = (0usize, 0usize);
    for item in read_paths(&[dir.path().to_path_buf()], &opts()) {
        match item {
            Ok(_) => docs += 1,
            Err(_) => rejected += 1,
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!("read {docs} documents ({rejected} rejected) in {secs:.3}s = {:.0} docs/s", docs as f64 / secs);
    assert_eq!(docs, 50_000);
}
