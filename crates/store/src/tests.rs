//! Store behaviour: round trips, upserts, search, redirects, recovery, migration, integrity.

use std::path::Path;

use redb::TableHandle;
use storyline_model::{Actor, Article, Event, Story};

use super::*;

fn actor(name: &str, code: &str) -> Actor {
    Actor { name: name.into(), code: Some(code.into()), role: None }
}

fn event(id: &str, article: &str, date: &str, source: Actor, target: Option<Actor>, cameo: &str) -> Event {
    Event {
        id: id.into(),
        article_id: article.into(),
        story_id: None,
        date: date.into(),
        source,
        target,
        cameo: cameo.into(),
        root: cameo.get(..2).unwrap_or(cameo).into(),
        quad_class: 1,
        goldstein: 1.0,
        plover: "CONSULT".into(),
        location: None,
        sentence: "A sentence.".into(),
        reported_by: None,
        sources: None,
    }
}

fn article(id: &str, title: &str, text: &str, published: &str, story: Option<&str>, events: Vec<Event>) -> Article {
    Article {
        id: id.into(),
        source: format!("{id}.txt"),
        title: Some(title.into()),
        text: text.into(),
        published: Some(published.into()),
        outlet: Some("Wire".into()),
        story_id: story.map(str::to_string),
        events,
        ..Default::default()
    }
}

fn story(id: &str, last: Option<&str>, articles: &[&str]) -> Story {
    Story {
        id: id.into(),
        title: Some(format!("Story {id}")),
        last_published: last.map(str::to_string),
        articles: articles.iter().map(|a| a.to_string()).collect(),
        ..Default::default()
    }
}

/// Three articles in two stories with four events.
fn sample_batch() -> WriteBatch {
    let russia = || actor("Russia", "RUS");
    let ukraine = || actor("Ukraine", "UKR");
    let usa = || actor("United States", "USA");
    WriteBatch {
        articles: vec![
            article(
                "a1",
                "Blinken warns Moscow over troops",
                "Secretary Antony Blinken said Russia moved troops near the border.\n\nOfficials met on Monday.",
                "2025-01-06",
                Some("s1"),
                vec![
                    event("e1", "a1", "2025-01-06", usa(), Some(russia()), "0231"),
                    event("e2", "a1", "2025-01-05", russia(), Some(ukraine()), "190"),
                ],
            ),
            article(
                "a2",
                "Grain deal talks resume",
                "Negotiators from Turkey and Ukraine resumed talks on grain shipments.",
                "2025-01-07",
                Some("s2"),
                vec![event("e3", "a2", "2025-01-07", ukraine(), Some(actor("Turkey", "TUR")), "0361")],
            ),
            article(
                "a3",
                "Sanctions widen",
                "The European Union sanctioned three Russian banks.",
                "2025-01-04",
                Some("s1"),
                vec![event("e4", "a3", "2025-01-04", actor("European Union", "EUR"), Some(russia()), "163")],
            ),
        ],
        stories: vec![story("s1", Some("2025-01-06"), &["a1", "a3"]), story("s2", Some("2025-01-07"), &["a2"])],
        story_redirects: vec![],
        aux: vec![("dedup".into(), "a1".into(), vec![1, 2, 3])],
        state: vec![("clusters".into(), b"state-1".to_vec())],
    }
}

fn open(dir: &Path) -> Store {
    Store::open(dir).unwrap()
}

fn assert_consistent(store: &Store) {
    let report = store.check_integrity().unwrap();
    assert!(report.problems.is_empty(), "integrity problems: {:#?}", report.problems);
    assert_eq!(report.indexed, report.articles);
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| id(i).to_string()).collect()
}

fn event_ids(events: &[Event]) -> Vec<String> {
    ids(events, |e| &e.id)
}

fn search_ids(store: &Store, query: &str) -> Vec<String> {
    ids(&store.search(query, 10).unwrap(), |h| &h.article_id)
}

#[test]
fn round_trip_of_articles_stories_and_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = sample_batch();
    store.commit(batch.clone()).unwrap();

    assert!(store.has_article("a2").unwrap());
    assert!(!store.has_article("zz").unwrap());
    let a1 = store.article("a1").unwrap().unwrap();
    assert_eq!(a1.title, batch.articles[0].title);
    assert_eq!(a1.text, batch.articles[0].text);
    assert_eq!(a1.story_id.as_deref(), Some("s1"));
    assert_eq!(a1.events.len(), 2);
    assert!(a1.events.iter().all(|e| e.story_id.as_deref() == Some("s1")));
    assert_eq!(store.article("nope").unwrap(), None);

    let mut order = Vec::new();
    store
        .for_each_article(&mut |a| {
            order.push(a.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(order, ["a1", "a2", "a3"]);
    assert_eq!(ids(&store.articles_page(1, 5).unwrap(), |a| &a.id), ["a2", "a3"]);
    assert_eq!(ids(&store.articles_by_ids(&["a3".into(), "x".into(), "a1".into()]).unwrap(), |a| &a.id), ["a3", "a1"]);

    assert_eq!(store.story("s1").unwrap().unwrap(), batch.stories[0]);
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["s2", "s1"]);
    assert_eq!(store.story_count().unwrap(), 2);

    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(event_ids(&all), ["e4", "e2", "e1", "e3"]);
    assert_eq!(all[3].story_id.as_deref(), Some("s2"));
    assert_eq!(store.event("e3").unwrap().unwrap().story_id.as_deref(), Some("s2"));
    assert_eq!(store.counts().unwrap(), Counts { articles: 3, stories: 2, events: 4 });
    assert_eq!(store.aux("dedup", "a1").unwrap(), Some(vec![1, 2, 3]));
    assert_eq!(store.state("clusters").unwrap(), Some(b"state-1".to_vec()));
    assert_consistent(&store);
}

#[test]
fn event_filters_use_names_codes_dates_and_cameo() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();
    let filter = |actor: &[&str], with: &[&str]| EventFilter {
        actor: actor.iter().map(|s| s.to_string()).collect(),
        with: with.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    assert_eq!(event_ids(&store.events(&filter(&["russia"], &[])).unwrap()), ["e4", "e2", "e1"]);
    assert_eq!(event_ids(&store.events(&filter(&["RUS"], &[])).unwrap()), ["e4", "e2", "e1"]);
    assert_eq!(event_ids(&store.events(&filter(&["Russia"], &["usa"])).unwrap()), ["e1"]);
    assert_eq!(event_ids(&store.events(&filter(&["ukraine"], &["Turkey"])).unwrap()), ["e3"]);
    assert_eq!(event_ids(&store.events(&filter(&[], &["TUR"])).unwrap()), ["e3"]);
    assert!(store.events(&filter(&["Nobody"], &[])).unwrap().is_empty());

    let mut dated = filter(&["Russia"], &[]);
    dated.from = Some("2025-01-05".into());
    dated.to = Some("2025-01-05".into());
    assert_eq!(event_ids(&store.events(&dated).unwrap()), ["e2"]);
    let range = EventFilter { from: Some("2025-01-05".into()), to: Some("2025-01-06".into()), ..Default::default() };
    assert_eq!(event_ids(&store.events(&range).unwrap()), ["e2", "e1"]);
    let month = EventFilter { to: Some("2025-01".into()), ..Default::default() };
    assert_eq!(store.events(&month).unwrap().len(), 4);
    let cameo = EventFilter { cameo: Some("02".into()), ..Default::default() };
    assert_eq!(event_ids(&store.events(&cameo).unwrap()), ["e1"]);

    assert_eq!(event_ids(&store.events_page(&EventFilter::default(), 1, 2).unwrap()), ["e2", "e1"]);
    assert_eq!(event_ids(&store.events_page(&filter(&["russia"], &[]), 2, 5).unwrap()), ["e1"]);
    assert!(store.events_page(&EventFilter::default(), 0, 0).unwrap().is_empty());
}

#[test]
fn upsert_replaces_events_and_index_entries() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();
    assert_eq!(search_ids(&store, "border"), ["a1"]);

    let replacement = article(
        "a1",
        "Blinken meets Zelensky",
        "The meeting in Kyiv covered air defence.",
        "2025-01-06",
        Some("s1"),
        vec![event("e9", "a1", "2025-01-08", actor("United States", "USA"), Some(actor("Ukraine", "UKR")), "040")],
    );
    store.commit(WriteBatch { articles: vec![replacement], ..Default::default() }).unwrap();

    assert_eq!(store.counts().unwrap(), Counts { articles: 3, stories: 2, events: 3 });
    assert_eq!(store.article("a1").unwrap().unwrap().title.as_deref(), Some("Blinken meets Zelensky"));
    assert!(store.event("e1").unwrap().is_none());
    let usa = EventFilter { actor: vec!["usa".into()], ..Default::default() };
    assert_eq!(event_ids(&store.events(&usa).unwrap()), ["e9"]);
    assert!(search_ids(&store, "border").is_empty());
    assert_eq!(search_ids(&store, "defence"), ["a1"]);
    let mut order = Vec::new();
    store
        .for_each_article(&mut |a| {
            order.push(a.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(order, ["a1", "a2", "a3"], "an upsert keeps its place in insertion order");
    assert_consistent(&store);
}

#[test]
fn same_article_twice_in_one_batch_keeps_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let first = article("x", "First", "apples", "2025-01-01", None, vec![]);
    let second = article("x", "Second", "pears", "2025-01-01", None, vec![]);
    store.commit(WriteBatch { articles: vec![first, second], ..Default::default() }).unwrap();
    assert_eq!(store.article("x").unwrap().unwrap().text, "pears");
    assert!(search_ids(&store, "apples").is_empty());
    assert_eq!(search_ids(&store, "pears"), ["x"]);
    assert_consistent(&store);
}

#[test]
fn search_finds_titles_and_texts_with_snippets() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();

    let hits = store.search("border", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].story_id.as_deref(), Some("s1"));
    assert_eq!(hits[0].title.as_deref(), Some("Blinken warns Moscow over troops"));
    assert!(hits[0].snippet.contains("border"), "{}", hits[0].snippet);
    assert!(!hits[0].snippet.contains('\n'));
    assert!(hits[0].score > 0.0);

    let title_only = store.search("widen", 10).unwrap();
    assert_eq!(ids(&title_only, |h| &h.article_id), ["a3"]);
    assert!(title_only[0].snippet.starts_with("The European Union"), "{}", title_only[0].snippet);

    // Stemming: "sanctions" finds "sanctioned"; the title match ranks first.
    store
        .commit(WriteBatch {
            articles: vec![article("a4", "Markets", "New sanctions were discussed.", "2025-01-08", None, vec![])],
            ..Default::default()
        })
        .unwrap();
    let sanctions = search_ids(&store, "sanctions");
    assert_eq!(sanctions.first().map(String::as_str), Some("a3"));
    assert!(sanctions.contains(&"a4".to_string()));
    assert_eq!(search_ids(&store, "\"grain shipments\""), ["a2"]);
    assert_eq!(search_ids(&store, "title:grain"), ["a2"]);
    assert_eq!(store.search("russia OR ukraine OR troops", 1).unwrap().len(), 1);
    assert!(store.search("border", 0).unwrap().is_empty());
    assert!(store.search("   ", 5).unwrap().is_empty());
}

#[test]
fn odd_query_syntax_never_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();
    for query in ["\"unbalanced border", "title:(", "AND OR NOT", "+-", "***", "troops^", "[a TO", "nosuchfield:x", ":"]
    {
        let result = store.search(query, 5);
        assert!(result.is_ok(), "{query}: {result:?}");
    }
    assert_eq!(search_ids(&store, "\"unbalanced border"), ["a1"]);
    assert_eq!(search_ids(&store, "grain)"), ["a2"]);
}

#[test]
fn redirects_follow_merges() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();
    let merged = story("s1", Some("2025-01-07"), &["a1", "a2", "a3"]);
    store
        .commit(WriteBatch {
            stories: vec![merged.clone()],
            story_redirects: vec![("s2".into(), "s1".into())],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.story("s2").unwrap(), Some(merged.clone()));
    assert_eq!(store.resolve_story_id("s2").unwrap().as_deref(), Some("s1"));
    assert_eq!(store.resolve_story_id("nope").unwrap(), None);
    assert_eq!(store.counts().unwrap().stories, 1);
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["s1"]);
    assert_eq!(store.article("a2").unwrap().unwrap().story_id.as_deref(), Some("s1"));
    let e3 = store.events(&EventFilter { actor: vec!["TUR".into()], ..Default::default() }).unwrap();
    assert_eq!(e3[0].story_id.as_deref(), Some("s1"));
    assert_eq!(store.search("grain", 5).unwrap()[0].story_id.as_deref(), Some("s1"));
    assert_consistent(&store);

    // A chain: s1 merged into s5; s2 → s1 → s5.
    let s5 = story("s5", Some("2025-01-09"), &["a1", "a2", "a3"]);
    store
        .commit(WriteBatch {
            stories: vec![s5.clone()],
            story_redirects: vec![("s1".into(), "s5".into())],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.story("s2").unwrap(), Some(s5));
    assert_eq!(store.article("a2").unwrap().unwrap().story_id.as_deref(), Some("s5"));
    assert_consistent(&store);

    // Writing a redirected id again makes it a live story.
    store.commit(WriteBatch { stories: vec![story("s2", None, &["a2"])], ..Default::default() }).unwrap();
    assert_eq!(store.story("s2").unwrap().unwrap().id, "s2");
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["s5", "s2"]);
    assert_consistent(&store);
}

#[test]
fn stories_are_newest_first_and_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let stories = vec![
        story("b", Some("2025-01-02"), &[]),
        story("a", Some("2025-01-02"), &[]),
        story("c", None, &[]),
        story("d", Some("2025-03-01T08:00:00Z"), &[]),
    ];
    store.commit(WriteBatch { stories, ..Default::default() }).unwrap();
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["d", "a", "b", "c"]);
    assert_eq!(ids(&store.stories_page(1, 2).unwrap(), |s| &s.id), ["a", "b"]);
    // Moving a story to a newer date moves it up, leaving no stale order entry.
    store.commit(WriteBatch { stories: vec![story("c", Some("2026-01-01"), &[])], ..Default::default() }).unwrap();
    let mut seen = Vec::new();
    store
        .for_each_story(&mut |s| {
            seen.push(s.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(seen, ["c", "d", "a", "b"]);
    assert_consistent(&store);
}

#[test]
fn aux_namespaces_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let aux = vec![
        ("ns".to_string(), "k2".to_string(), vec![2]),
        ("ns".to_string(), "k1".to_string(), vec![1]),
        ("ns2".to_string(), "k1".to_string(), vec![9]),
        ("n".to_string(), "z".to_string(), vec![7]),
    ];
    store.commit(WriteBatch { aux, state: vec![("s".into(), vec![1])], ..Default::default() }).unwrap();
    store.commit(WriteBatch { state: vec![("s".into(), vec![2])], ..Default::default() }).unwrap();
    let mut seen = Vec::new();
    store
        .for_each_aux("ns", &mut |k, v| {
            seen.push((k.to_string(), v.to_vec()));
            Ok(())
        })
        .unwrap();
    assert_eq!(seen, [("k1".to_string(), vec![1]), ("k2".to_string(), vec![2])]);
    assert_eq!(store.aux("ns2", "k1").unwrap(), Some(vec![9]));
    assert_eq!(store.aux("ns", "k3").unwrap(), None);
    assert_eq!(store.state("s").unwrap(), Some(vec![2]));
    assert_eq!(store.state("t").unwrap(), None);
    let stop = store.for_each_aux("ns", &mut |_, _| Err(StoreError::Backend("stop".into())));
    assert!(matches!(stop, Err(StoreError::Backend(m)) if m == "stop"));
}

#[test]
fn reopen_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.commit(sample_batch()).unwrap();
    }
    let store = open(dir.path());
    assert_eq!(store.counts().unwrap(), Counts { articles: 3, stories: 2, events: 4 });
    assert_eq!(search_ids(&store, "grain"), ["a2"]);
    assert_eq!(store.aux("dedup", "a1").unwrap(), Some(vec![1, 2, 3]));
    assert_eq!(store.state("clusters").unwrap(), Some(b"state-1".to_vec()));
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["s2", "s1"]);
    assert_consistent(&store);
    // New articles after a reopen continue the sequence.
    store
        .commit(WriteBatch {
            articles: vec![article("a9", "Later", "a later report", "2025-02-01", None, vec![])],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(search_ids(&store, "later"), ["a9"]);
    assert_consistent(&store);
}

impl Store {
    /// Test hook: commits to the record store only, as if the process died
    /// before the full-text index was updated.
    fn commit_records_only(&self, mut batch: WriteBatch) {
        let txn = self.db.begin_write().unwrap();
        write::apply_batch(&txn, &mut batch).unwrap();
        txn.commit().unwrap();
    }
}

#[test]
fn index_catches_up_after_a_crash_between_records_and_index() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.commit(sample_batch()).unwrap();
        store.commit_records_only(WriteBatch {
            articles: vec![
                article("a5", "Unindexed", "quarantined text", "2025-01-09", None, vec![]),
                article("a2", "Grain deal rewritten", "corridor reopened", "2025-01-07", Some("s2"), vec![]),
            ],
            ..Default::default()
        });
        assert!(search_ids(&store, "quarantined").is_empty());
    }
    let store = open(dir.path());
    assert_eq!(search_ids(&store, "quarantined"), ["a5"]);
    assert_eq!(search_ids(&store, "corridor"), ["a2"]);
    assert!(search_ids(&store, "shipments").is_empty(), "the upserted article's old text is gone");
    assert_consistent(&store);
}

#[test]
fn a_lagging_index_catches_up_on_the_next_commit() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.commit(sample_batch()).unwrap();
    store.commit_records_only(WriteBatch {
        articles: vec![article("a5", "Unindexed", "quarantined text", "2025-01-09", None, vec![])],
        ..Default::default()
    });
    store
        .commit(WriteBatch {
            articles: vec![article("a6", "Next", "following report", "2025-01-10", None, vec![])],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(search_ids(&store, "quarantined"), ["a5"]);
    assert_eq!(search_ids(&store, "following"), ["a6"]);
    assert_consistent(&store);
}

#[test]
fn a_deleted_index_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.commit(sample_batch()).unwrap();
    }
    std::fs::remove_dir_all(dir.path().join(FTS_DIR)).unwrap();
    let store = open(dir.path());
    assert_eq!(search_ids(&store, "grain"), ["a2"]);
    assert_consistent(&store);
    drop(store);
    // A damaged index (unreadable meta) is rebuilt too.
    std::fs::write(dir.path().join(FTS_DIR).join("meta.json"), b"{ not json").unwrap();
    let store = open(dir.path());
    assert_eq!(search_ids(&store, "border"), ["a1"]);
    assert_consistent(&store);
}

#[test]
fn an_older_schema_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.commit(sample_batch()).unwrap();
    }
    {
        let db = Database::create(dir.path().join(RECORDS_FILE)).unwrap();
        migrations::downgrade_to_v1(&db).unwrap();
        let txn = db.begin_write().unwrap();
        assert_eq!(migrations::read_version(&txn).unwrap(), Some(1));
        assert!(txn.list_tables().unwrap().all(|t| t.name() != "story_order"));
        txn.abort().unwrap();
    }
    let store = open(dir.path());
    assert_eq!(ids(&store.stories().unwrap(), |s| &s.id), ["s2", "s1"]);
    assert_consistent(&store);
    let txn = store.db.begin_write().unwrap();
    assert_eq!(migrations::read_version(&txn).unwrap(), Some(migrations::CURRENT_VERSION));
    txn.abort().unwrap();
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    {
        let db = Database::create(dir.path().join(RECORDS_FILE)).unwrap();
        migrations::set_version(&db, migrations::CURRENT_VERSION + 1).unwrap();
    }
    let err = Store::open(dir.path()).unwrap_err();
    assert!(err.to_string().contains("newer"), "{err}");
}

#[test]
fn integrity_check_reports_damaged_records() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.commit(sample_batch()).unwrap();
        assert_consistent(&store);
    }
    {
        let db = Database::create(dir.path().join(RECORDS_FILE)).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut events = txn.open_table(EVENTS).unwrap();
            events.remove("e3").unwrap();
            let mut articles = txn.open_table(ARTICLES).unwrap();
            articles.insert("a3", &b"\x02garbage"[..]).unwrap();
            let mut by_actor = txn.open_table(EVENTS_BY_ACTOR).unwrap();
            by_actor.insert(("ghost", "2025-01-01", "e404"), ()).unwrap();
            let mut redirects = txn.open_table(STORY_REDIRECTS).unwrap();
            redirects.insert("s7", "s404").unwrap();
        }
        txn.commit().unwrap();
    }
    let store = open(dir.path());
    let report = store.check_integrity().unwrap();
    let all = report.problems.join("\n");
    assert!(all.contains("event e3 of article a2 is not stored"), "{all}");
    assert!(all.contains("article a3 cannot be read"), "{all}");
    assert!(all.contains("(ghost, 2025-01-01, e404)"), "{all}");
    assert!(all.contains("s7"), "{all}");
    // Reads of the damaged record fail cleanly rather than panic.
    assert!(matches!(store.article("a3"), Err(StoreError::Corrupt(_))));
}

#[test]
fn a_second_open_is_refused_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    assert!(err.to_string().contains("in use by another process"));
    drop(store);
    assert!(Store::open(dir.path()).is_ok());
}

#[test]
fn an_unusable_directory_is_an_open_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, b"x").unwrap();
    assert!(matches!(Store::open(&file), Err(StoreError::Open { .. })));
}

#[test]
fn store_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Store>();
}

#[test]
fn lead_cuts_at_words() {
    assert_eq!(lead("one two\n\nthree", 9), "one two");
    assert_eq!(lead("abcdefghij", 4), "abcd");
    assert_eq!(lead("", 4), "");
}

/// Child half of the crash test: commits batches until killed.
#[test]
#[ignore = "run by kill_9_at_any_moment_leaves_a_consistent_store"]
fn crash_child_writer() {
    let Ok(dir) = std::env::var("STORYLINE_STORE_CRASH_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    let store = open(dir);
    let start = store.counts().unwrap().articles;
    for round in 0u64.. {
        let n = start + round;
        let articles = (0..20)
            .map(|i| {
                let id = format!("c{n}-{i}");
                let events = vec![event(&format!("{id}-e"), &id, "2025-01-01", actor("Russia", "RUS"), None, "010")];
                article(&id, "Crash", &"words for the index ".repeat(50), "2025-01-01", Some("cs"), events)
            })
            .collect();
        // Also upsert an earlier article, so replacements are crashed into too.
        let mut articles: Vec<Article> = articles;
        if n > 0 {
            articles.push(article(&format!("c{}-0", n - 1), "Again", "rewritten", "2025-01-01", None, vec![]));
        }
        let stories = vec![story("cs", Some("2025-01-01"), &[])];
        store.commit(WriteBatch { articles, stories, ..Default::default() }).unwrap();
        std::fs::write(dir.join("commits"), round.to_string()).unwrap();
    }
}

#[test]
fn kill_9_at_any_moment_leaves_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut last_count = 0;
    for (round, extra_ms) in [0u64, 37, 71, 113].into_iter().enumerate() {
        let _ = std::fs::remove_file(dir.path().join("commits"));
        let mut child = std::process::Command::new(&exe)
            .args(["--ignored", "--exact", "tests::crash_child_writer", "--test-threads=1"])
            .env("STORYLINE_STORE_CRASH_DIR", dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !dir.path().join("commits").exists() {
            assert!(std::time::Instant::now() < deadline, "the child never committed");
            assert!(child.try_wait().unwrap().is_none(), "the child exited early");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        std::thread::sleep(std::time::Duration::from_millis(extra_ms));
        child.kill().unwrap();
        child.wait().unwrap();
        let store = open(dir.path());
        let report = store.check_integrity().unwrap();
        assert!(report.problems.is_empty(), "round {round}: {:#?}", report.problems);
        assert!(report.articles > last_count, "round {round}: nothing new was committed");
        last_count = report.articles;
    }
}
