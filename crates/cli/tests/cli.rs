//! End-to-end tests through the `storyline` binary: every input format,
//! idempotent re-ingest, bad input, exit statuses and every read command.

mod common;

use std::fs;

use common::*;

fn article_count(store: &std::path::Path) -> usize {
    let out = run(store, &["export", "articles"], None);
    assert!(out.status.success(), "export failed: {}", stderr(&out));
    json_lines(&out).len()
}

#[test]
fn analyze_prints_one_contract_article_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["analyze", "--date", "2025-01-06", examples_dir().to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let arts = json_lines(&out);
    assert_eq!(arts.len(), 3);
    for a in &arts {
        for key in storyline_model::ARTICLE_FIELDS {
            assert!(a.get(key).is_some(), "missing {key} in {a}");
        }
        assert!(a["text"].as_str().unwrap().len() > 500);
        assert!(a["story_id"].is_null(), "analyze is stateless");
    }
    assert!(!dir.path().join("records.redb").exists(), "analyze must not create a store");
}

#[test]
fn analyze_reads_stdin_and_keeps_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Officials met in Lisbon on Monday to discuss the harbour budget. The plan was approved by the council.";
    let out = run(dir.path(), &["analyze", "--date", "2024-05-06", "-"], Some(text.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let arts = json_lines(&out);
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0]["published"], "2024-05-06");
    assert!(arts[0]["text"].as_str().unwrap().contains("harbour budget"));
}

#[test]
fn ingest_every_format_then_reingest_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir_all(inputs.join("nested")).unwrap();
    let store = dir.path().join("store");
    let mut rng = Rng::new(7);

    let (t, b) = article(1, &mut rng);
    fs::write(inputs.join("plain.txt"), format!("{t}\n\n{b}\n")).unwrap();
    let (t, b) = article(2, &mut rng);
    fs::write(inputs.join("nested/page.html"), html_page(&t, &b)).unwrap();
    // A windows-1251 page declaring its charset.
    let cyr = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>Новости</title></head>\
               <body><article><h1>Новости дня</h1><p>Министр заявил, что бюджет будет пересмотрен в понедельник. Парламент обсудит план.</p>\
               <p>Депутаты соберутся на заседание во вторник, чтобы обсудить изменения в законе о бюджете.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(cyr);
    fs::write(inputs.join("nested/cyrillic.htm"), &bytes).unwrap();
    write_jsonl(&inputs.join("batch.jsonl"), 5, 11);
    fs::write(inputs.join("crawl.warc.gz"), warc_gz(3, 13)).unwrap();
    let (t1, b1) = article(3, &mut rng);
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
         <title>Example Wire</title><link>https://wire.example.org</link><description>d</description>\
         <item><title>{t1}</title><link>https://wire.example.org/a1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>\
         <content:encoded><![CDATA[{}]]></content:encoded></item></channel></rss>",
        html_page(&t1, &b1)
    );
    fs::write(inputs.join("feed.rss"), rss).unwrap();
    let (t2, b2) = article(4, &mut rng);
    let atom = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Times</title>\
         <id>urn:x</id><updated>2024-03-06T09:00:00Z</updated>\
         <entry><title>{t2}</title><id>urn:e1</id><link href=\"https://atom.example.org/e1\"/><updated>2024-03-06T09:00:00Z</updated>\
         <published>2024-03-06T08:00:00Z</published><content type=\"html\">{}</content></entry></feed>",
        html_escape(&html_page(&t2, &b2))
    );
    fs::write(inputs.join("feed.atom.xml"), atom).unwrap();

    let out = run(&store, &["ingest", inputs.to_str().unwrap()], None);
    assert!(out.status.success(), "ingest failed: {}", stderr(&out));
    assert!(stdout(&out).is_empty(), "ingest prints nothing on stdout");
    // 1 txt + 2 html + 5 jsonl + 3 warc responses + 1 rss + 1 atom
    assert_eq!(article_count(&store), 13);

    let arts = json_lines(&run(&store, &["export", "articles"], None));
    let by = |pred: &dyn Fn(&serde_json::Value) -> bool| arts.iter().filter(|a| pred(a)).count();
    assert_eq!(by(&|a| a["external_id"].as_str().is_some_and(|s| s.starts_with("gen-"))), 5, "JSONL ids kept");
    assert_eq!(by(&|a| a["url"].as_str().is_some_and(|u| u.contains("news.example.org/2024/03/05/item-"))), 3);
    assert_eq!(by(&|a| a["text"].as_str().is_some_and(|t| t.contains("Министр заявил"))), 1, "windows-1251 decoded");
    assert_eq!(by(&|a| a["url"] == "https://wire.example.org/a1"), 1, "RSS item");
    assert_eq!(by(&|a| a["url"] == "https://atom.example.org/e1"), 1, "Atom entry");
    assert!(arts.iter().all(|a| a["story_id"].is_string()), "every stored article has a story");
    assert!(arts.iter().all(|a| !a["text"].as_str().unwrap_or("").contains("<p>")), "HTML extracted to text");

    let again = run(&store, &["ingest", inputs.to_str().unwrap()], None);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(article_count(&store), 13, "re-ingest adds nothing");
    assert!(stderr(&again).contains("ingested 0 new articles"), "{}", stderr(&again));

    let check = run(&store, &["check"], None);
    assert!(check.status.success(), "{}", stderr(&check));
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn bad_inputs_are_rejected_with_reasons_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir_all(&inputs).unwrap();
    let store = dir.path().join("store");
    let mut rng = Rng::new(3);
    let (t, b) = article(1, &mut rng);
    fs::write(inputs.join("good.txt"), format!("{t}\n\n{b}")).unwrap();
    fs::write(inputs.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254].repeat(50)).unwrap();
    fs::write(inputs.join("empty.txt"), b"").unwrap();
    let mut bad_utf8 = b"Valid start of a story about the harbour budget. ".repeat(5);
    bad_utf8.extend_from_slice(&[0xC3, 0x28, 0xA0, 0xA1]);
    fs::write(inputs.join("invalid-utf8.txt"), bad_utf8).unwrap();
    let full = warc_gz(2, 5);
    fs::write(inputs.join("truncated.warc.gz"), &full[..full.len() * 2 / 3]).unwrap();
    let (t2, b2) = article(2, &mut rng);
    let jsonl = format!(
        "{}\n{{\"text\": broken\n{}\n",
        serde_json::json!({"id": "ok-1", "title": t2, "text": b2}),
        serde_json::json!({"id": "ok-2", "text": format!("{b2} Another ending.")})
    );
    fs::write(inputs.join("mixed.jsonl"), jsonl).unwrap();
    let (t3, b3) = article(3, &mut rng);
    fs::write(inputs.join("big.txt"), format!("{t3}\n\n{}", b3.repeat(40))).unwrap();

    let out = run(&store, &["--max-doc-bytes", "20000", "ingest", inputs.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "some rejected → exit 1; stderr: {err}");
    for (name, why) in [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("invalid-utf8.txt", "UTF-8"),
        ("truncated.warc.gz", ""),
        ("mixed.jsonl:2", ""),
        ("big.txt", ""),
    ] {
        let line = err.lines().find(|l| l.contains("rejected") && l.contains(name));
        let line = line.unwrap_or_else(|| panic!("no rejection for {name} in:\n{err}"));
        assert!(line.to_lowercase().contains(&why.to_lowercase()), "reason for {name} lacks {why:?}: {line}");
    }
    // good.txt, 2 good JSONL lines, and the WARC records before the damage (at least one).
    let n = article_count(&store);
    assert!((4..=5).contains(&n), "stored {n}");
    let check = run(&store, &["check"], None);
    assert!(check.status.success(), "store consistent after rejections: {}", stderr(&check));
}

#[test]
fn no_panic_on_garbage_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir_all(&inputs).unwrap();
    let mut rng = Rng::new(99);
    for (i, ext) in ["txt", "html", "jsonl", "warc", "warc.gz", "xml", "rss", "bin"].iter().enumerate() {
        let bytes: Vec<u8> = (0..2000 + i * 100).map(|_| rng.next() as u8).collect();
        fs::write(inputs.join(format!("garbage{i}.{ext}")), bytes).unwrap();
    }
    fs::write(inputs.join("deep.html"), "<div>".repeat(20_000) + "x").unwrap();
    let out = run(&dir.path().join("store"), &["ingest", inputs.to_str().unwrap()], None);
    let err = stderr(&out);
    assert!(matches!(out.status.code(), Some(0) | Some(1)), "exit {:?}: {err}", out.status.code());
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn usage_errors_and_unusable_store_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["frobnicate"], None);
    assert_eq!(out.status.code(), Some(2));
    let file_store = dir.path().join("a-file");
    fs::write(&file_store, "not a directory").unwrap();
    let out = run(&file_store, &["stories"], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("store"), "{}", stderr(&out));
}

#[test]
fn stories_search_export_and_timeline_over_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = run(&store, &["ingest", examples_dir().to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));

    let table = run(&store, &["stories"], None);
    assert!(table.status.success());
    assert!(stdout(&table).starts_with("STORY"), "{}", stdout(&table));
    let stories = json_lines(&run(&store, &["stories", "--json"], None));
    assert!(!stories.is_empty());
    let total: usize = stories.iter().map(|s| s["articles"].as_array().map_or(0, |a| a.len())).sum();
    assert_eq!(total, 3, "every article in exactly one story");

    let hits = json_lines(&run(&store, &["search", "satellite", "--json"], None));
    assert!(!hits.is_empty(), "search finds 'satellite'");
    for h in &hits {
        for key in ["article_id", "story_id", "score", "title", "snippet"] {
            assert!(h.get(key).is_some(), "hit lacks {key}: {h}");
        }
    }
    let hit_text = stdout(&run(&store, &["search", "satellite"], None));
    assert!(!hit_text.is_empty());

    let csv = run(&store, &["export", "articles", "--format", "csv"], None);
    assert!(csv.status.success());
    let mut rdr = csv::Reader::from_reader(csv.stdout.as_slice());
    assert_eq!(rdr.records().count(), 3);
    for what in ["stories", "events"] {
        for fmt in ["jsonl", "csv"] {
            let o = run(&store, &["export", what, "--format", fmt], None);
            assert!(o.status.success(), "export {what} {fmt}: {}", stderr(&o));
        }
    }
    let tl = run(&store, &["timeline", "North Korea", "--with", "Russia", "--json"], None);
    assert!(tl.status.success(), "{}", stderr(&tl));
    // The Nov 2023 report and the Jan 2025 story, oldest first, every event dated (the undated example takes
    // its story's date), and the Jan 2025 events both outlets report counted twice.
    let events = json_lines(&tl);
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap_or("")).collect();
    assert!(dates.iter().all(|d| !d.is_empty()), "{dates:?}");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(dates.iter().any(|d| d.starts_with("2023-11")) && dates.iter().any(|d| d.starts_with("2025-01")));
    let both = events.iter().filter(|e| e["date"] == "2025-01-06" && e["sources"] == 2).count();
    assert!(both >= 2, "{events:?}");
}

#[test]
fn store_option_works_after_the_subcommand_and_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let mut rng = Rng::new(1);
    let (t, b) = article(0, &mut rng);
    let doc = dir.path().join("d.txt");
    fs::write(&doc, format!("{t}\n\n{b}")).unwrap();
    let out = std::process::Command::new(bin())
        .args(["ingest", doc.to_str().unwrap(), "--store", store.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out =
        std::process::Command::new(bin()).args(["export", "articles"]).env("STORYLINE_STORE", &store).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}
