#!/usr/bin/env python3
"""Runs Python trafilatura on every WCXB page on one core; writes JSONL in the scorer's format and its speed."""
import glob
import gzip
import json
import os
import sys
import time

import trafilatura


def main():
    bench, out_path = sys.argv[1], sys.argv[2]
    pages = []
    for f in sorted(glob.glob(os.path.join(bench, "html", "*.html.gz"))):
        pid = os.path.basename(f)[: -len(".html.gz")]
        html = gzip.open(f).read().decode("utf-8", errors="replace")
        gt = json.load(open(os.path.join(bench, "ground-truth", pid + ".json"), encoding="utf-8"))
        pages.append((pid, html, gt.get("url")))
    results = []
    start = time.perf_counter()
    cpu_start = time.thread_time()
    for pid, html, url in pages:
        try:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                              include_tables=True)
        except Exception as e:  # trafilatura may fail on a page; count it as empty
            print(f"trafilatura failed on {pid}: {e}", file=sys.stderr)
            doc = None
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
        results.append((pid, doc or {}))
    secs = time.perf_counter() - start
    cpu_secs = time.thread_time() - cpu_start
    with open(out_path, "w", encoding="utf-8") as fh:
        for pid, d in results:
            author = d.get("author") or ""
            authors = [a.strip() for a in author.split(";") if a.strip()]
            rec = {"text": d.get("text") or "", "title": d.get("title"), "authors": authors, "published": d.get("date")}
            fh.write(json.dumps({"id": pid, "trafilatura": rec}) + "\n")
    print(json.dumps({"pages": len(pages), "seconds": secs, "pages_per_s": len(pages) / secs,
                      "cpu_seconds": cpu_secs, "pages_per_cpu_s": len(pages) / cpu_secs,
                      "version": trafilatura.__version__ if hasattr(trafilatura, "__version__") else "?"}))


if __name__ == "__main__":
    main()
