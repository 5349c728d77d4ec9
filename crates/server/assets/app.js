// Storyline web UI: hash-routed views over the JSON API. No dependencies.
// Every piece of data is inserted as text (never as HTML), so stored articles cannot inject markup.
"use strict";

(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD_LABELS = ["", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
  const PAGE_SIZE = 20;
  const main = document.getElementById("main");

  // ---- DOM helpers -------------------------------------------------------

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function setAttrs(el, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.setAttribute("class", v);
      else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    return el;
  }

  function h(tag, attrs, ...children) {
    return append(setAttrs(document.createElement(tag), attrs), children);
  }

  function s(tag, attrs, ...children) {
    return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  // ---- API ---------------------------------------------------------------

  async function api(path) {
    const resp = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await resp.json();
    } catch (_) {
      body = null;
    }
    if (!resp.ok) {
      const message = body && body.error ? body.error : `HTTP ${resp.status}`;
      const err = new Error(message);
      err.status = resp.status;
      throw err;
    }
    return body;
  }

  function qs(params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && String(v).trim() !== "") p.set(k, String(v).trim());
    }
    const str = p.toString();
    return str ? `?${str}` : "";
  }

  // ---- formatting --------------------------------------------------------

  function day(value) {
    return value ? String(value).slice(0, 10) : "";
  }

  function span(first, last) {
    const a = day(first);
    const b = day(last);
    if (!a && !b) return "undated";
    if (!b || a === b) return a || b;
    return `${a} – ${b}`;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many || one + "s"}`;
  }

  function actorHref(name) {
    return `#/actor/${encodeURIComponent(name)}`;
  }

  function storyHref(id) {
    return `#/story/${encodeURIComponent(id)}`;
  }

  function actorLink(name) {
    return h("a", { href: actorHref(name), class: "actor-link" }, name);
  }

  function errorBox(err) {
    return h("div", { class: "error", role: "alert" }, `Could not load: ${err.message || err}`);
  }

  function setView(title, ...children) {
    document.title = title ? `${title} · Storyline` : "Storyline";
    clear(main);
    append(main, children);
    const heading = main.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }

  // ---- routing -----------------------------------------------------------

  function parseHash() {
    const raw = location.hash || "#/";
    if (!raw.startsWith("#/")) return null;
    const [path, query] = raw.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    const parts = path.split("/").filter(Boolean).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch (_) {
        return p;
      }
    });
    return { parts, params };
  }

  let renderToken = 0;

  async function route() {
    const r = parseHash();
    if (!r) return;
    const token = ++renderToken;
    const current = () => token === renderToken;
    main.setAttribute("aria-busy", "true");
    try {
      if (r.parts[0] === "story" && r.parts[1]) await storyView(r.parts[1], current);
      else if (r.parts[0] === "actor" && r.parts[1]) await actorView(r.parts[1], r.params, current);
      else await listView(r.params, current);
    } catch (err) {
      if (current()) setView("Error", h("h1", null, "Something went wrong"), errorBox(err), h("p", null, h("a", { href: "#/" }, "Back to all stories")));
    } finally {
      if (current()) main.removeAttribute("aria-busy");
    }
  }

  // ---- story list --------------------------------------------------------

  function field(id, label, attrs) {
    return h("div", { class: "field" }, h("label", { for: id }, label), h("input", Object.assign({ id, name: id.replace("f-", "") }, attrs)));
  }

  async function listView(params, current) {
    const filters = {
      q: params.get("q") || "",
      actor: params.get("actor") || "",
      outlet: params.get("outlet") || "",
      from: params.get("from") || "",
      to: params.get("to") || "",
    };
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const data = await api(`/api/stories${qs(Object.assign({}, filters, { offset, limit: PAGE_SIZE }))}`);
    if (!current()) return;

    const form = h(
      "form",
      { class: "filters", role: "search", "aria-label": "Search and filter stories" },
      field("f-q", "Search", { type: "search", value: filters.q, placeholder: "words in the articles" }),
      field("f-actor", "Actor", { type: "text", value: filters.actor, placeholder: "e.g. Russia" }),
      field("f-outlet", "Outlet", { type: "text", value: filters.outlet }),
      field("f-from", "From", { type: "date", value: filters.from }),
      field("f-to", "To", { type: "date", value: filters.to }),
      h("div", { class: "actions" }, h("button", { type: "submit", id: "f-submit" }, "Search"), h("a", { href: "#/", class: "button secondary" }, "Clear"))
    );
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const fd = new FormData(form);
      const next = {};
      for (const k of ["q", "actor", "outlet", "from", "to"]) next[k] = fd.get(k);
      location.hash = `#/${qs(next)}`;
    });

    const active = Object.values(filters).some((v) => v);
    const items = data.stories.map((story) => storyListItem(story));
    const list = items.length
      ? h("ol", { class: "story-list", start: offset + 1 }, items)
      : h("p", { class: "empty" }, active ? "No story matches these filters." : "The store holds no stories yet. Ingest some articles with `storyline ingest`.");

    const pager = h("nav", { class: "pager", "aria-label": "Pages" });
    const pageLink = (label, newOffset, rel) =>
      h("a", { class: "button secondary", rel, href: `#/${qs(Object.assign({}, filters, { offset: newOffset || "" }))}` }, label);
    if (offset > 0) pager.appendChild(pageLink("← Newer", Math.max(0, offset - PAGE_SIZE), "prev"));
    if (offset + PAGE_SIZE < data.total) pager.appendChild(pageLink("Older →", offset + PAGE_SIZE, "next"));

    const shown = data.stories.length ? `${offset + 1}–${offset + data.stories.length} of ${data.total}` : "0";
    setView(
      filters.q ? `Stories matching “${filters.q}”` : "Stories",
      h("h1", null, filters.q ? `Stories matching “${filters.q}”` : "Stories"),
      form,
      h("p", { class: "count", "aria-live": "polite", id: "story-count" }, `${shown} ${data.total === 1 ? "story" : "stories"}`),
      list,
      pager
    );
  }

  function storyListItem(story) {
    const outlets = story.outlets || [];
    return h(
      "li",
      { class: "story-item", "data-story-id": story.id, "data-first-published": day(story.first_published) },
      h("h2", null, h("a", { href: storyHref(story.id), class: "story-link" }, story.title || "(untitled story)")),
      h(
        "p",
        { class: "meta" },
        h("time", null, span(story.first_published, story.last_published)),
        " · ",
        plural((story.articles || []).length, "article"),
        outlets.length ? ` · ${outlets.join(", ")}` : ""
      ),
      story.summary ? h("p", { class: "summary" }, truncate(story.summary, 320)) : null,
      entityChips(story.top_entities, 6)
    );
  }

  function truncate(text, n) {
    return text.length > n ? `${text.slice(0, n - 1)}…` : text;
  }

  function entityChips(entities, max) {
    const list = (entities || []).slice(0, max);
    if (!list.length) return null;
    return h(
      "ul",
      { class: "chips", "aria-label": "Main actors" },
      list.map((e) => h("li", null, h("a", { href: actorHref(e.canonical), class: "chip", title: `${e.type}, ${plural(e.mentions, "mention")}` }, e.canonical)))
    );
  }

  // ---- story page --------------------------------------------------------

  async function storyView(id, current) {
    const data = await api(`/api/stories/${encodeURIComponent(id)}`);
    if (!current()) return;
    const story = data.story;
    const titles = new Map();
    for (const col of data.columns) for (const g of col.articles) {
      titles.set(g.article.id, g.article);
      for (const d of g.duplicates) titles.set(d.id, d);
    }
    const outletCount = data.columns.length;
    const sections = [
      h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/" }, "← All stories")),
      h("h1", { class: "story-title" }, story.title || "(untitled story)"),
      h(
        "p",
        { class: "meta" },
        h("time", null, span(story.first_published, story.last_published)),
        ` · ${plural(data.articles_total, "article")} from ${plural(outletCount, "outlet")}`,
        data.redirected_from ? ` · merged from story ${data.redirected_from}` : ""
      ),
    ];
    if (story.summary) sections.push(h("section", { class: "summary-box", "aria-labelledby": "summary-h" }, h("h2", { id: "summary-h" }, "Summary"), h("p", { class: "summary" }, story.summary)));
    if ((story.top_entities || []).length) sections.push(h("section", { "aria-labelledby": "actors-h" }, h("h2", { id: "actors-h" }, "Who is involved"), entityChips(story.top_entities, 16)));
    if ((story.discrepancies || []).length) sections.push(discrepancySection(story.discrepancies, titles));

    sections.push(
      h(
        "section",
        { class: "coverage", "aria-labelledby": "coverage-h" },
        h("h2", { id: "coverage-h" }, "Coverage by outlet"),
        data.articles_total > data.columns.reduce((n, c) => n + c.articles.reduce((m, g) => m + 1 + g.duplicates.length, 0), 0)
          ? h("p", { class: "note" }, `Showing the first ${data.articles_limit} of ${data.articles_total} articles.`)
          : null,
        h(
          "div",
          { class: "columns", style: null },
          data.columns.map((col, i) => outletColumn(col, i, story.discrepancies || []))
        )
      )
    );
    sections.push(eventsSection(data.events, "The story's events", "story-events"));
    setView(story.title || "Story", sections);
  }

  function discrepancySection(discrepancies, articles) {
    return h(
      "section",
      { class: "discrepancies", "aria-labelledby": "disc-h" },
      h("h2", { id: "disc-h" }, "Where the reports disagree"),
      h(
        "ul",
        null,
        discrepancies.map((d) =>
          h(
            "li",
            { class: "discrepancy" },
            h("strong", null, d.what),
            ": ",
            d.values.map((v, i) => {
              const a = articles.get(v.article_id);
              const who = a ? a.outlet || a.title || v.article_id : v.article_id;
              return [i ? "; " : "", h("mark", { class: "discrepant" }, formatValue(v.value)), ` (${who})`];
            })
          )
        )
      )
    );
  }

  function formatValue(v) {
    return typeof v === "number" ? v.toLocaleString("en-US") : String(v);
  }

  function discrepancyFor(article, quantity, discrepancies) {
    for (const d of discrepancies) {
      for (const v of d.values) {
        if (v.article_id === article.id && typeof v.value === "number" && Math.abs(v.value - quantity.value) < 1e-9) return d;
      }
    }
    return null;
  }

  function outletColumn(col, index, discrepancies) {
    const name = col.outlet || "Unknown outlet";
    const hid = `outlet-h-${index}`;
    return h(
      "section",
      { class: "outlet-column", "aria-labelledby": hid, "data-outlet": name },
      h("h3", { id: hid, class: "outlet-name" }, name),
      col.articles.map((g) => articleCard(g.article, g.duplicates, discrepancies))
    );
  }

  function articleCard(article, duplicates, discrepancies) {
    const byline = [day(article.published), (article.authors || []).join(", ")].filter(Boolean).join(" · ");
    const quotes = article.quotes || [];
    const quantities = article.quantities || [];
    return h(
      "article",
      { class: "article-card", "data-article-id": article.id },
      h("h4", null, article.title || "(untitled)"),
      h("p", { class: "meta" }, byline || "undated", article.url ? [" · ", h("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null),
      quotes.length
        ? h(
            "section",
            { class: "quotes" },
            h("h5", null, "Quotes"),
            h(
              "ul",
              null,
              quotes.map((q) =>
                h(
                  "li",
                  { class: `quote${q.direct ? "" : " reported"}` },
                  h("q", { class: "quote-text" }, q.text),
                  " ",
                  h("span", { class: "speaker" }, "— ", q.speaker ? actorLink(q.speaker) : q.speaker_text || "unattributed"),
                  q.speaker && q.speaker_text && q.speaker_text !== q.speaker ? h("span", { class: "as" }, ` (as “${q.speaker_text}”)`) : null,
                  q.direct ? null : h("span", { class: "tag" }, " reported")
                )
              )
            )
          )
        : null,
      quantities.length
        ? h(
            "section",
            { class: "numbers" },
            h("h5", null, "Numbers"),
            h(
              "ul",
              null,
              quantities.map((q) => {
                const d = discrepancyFor(article, q, discrepancies);
                return h(
                  "li",
                  { class: `quantity${d ? " discrepant" : ""}`, title: d ? `Outlets disagree on ${d.what}` : null },
                  h("mark", { class: d ? "qty discrepant" : "qty" }, q.text),
                  q.counts ? ` ${q.counts}` : "",
                  q.unit ? ` [${q.unit}]` : "",
                  q.approximate ? h("span", { class: "tag" }, " approx.") : null,
                  d ? h("span", { class: "tag warn" }, " disputed") : null
                );
              })
            )
          )
        : null,
      h("div", { class: "article-text" }, highlightedText(article, discrepancies)),
      duplicates.length
        ? h(
            "details",
            { class: "duplicates" },
            h("summary", null, `${plural(duplicates.length, "duplicate copy", "duplicate copies")} of this article`),
            h(
              "ul",
              null,
              duplicates.map((d) =>
                h(
                  "li",
                  { class: "duplicate", "data-article-id": d.id },
                  h("strong", null, d.outlet || "Unknown outlet"),
                  `: ${d.title || "(untitled)"}, ${day(d.published) || "undated"}`,
                  d.duplicate ? ` — ${d.duplicate.reason} copy, similarity ${Math.round(d.duplicate.similarity * 100)}%` : "",
                  d.url ? [" · ", h("a", { href: d.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null
                )
              )
            )
          )
        : null
    );
  }

  // Marks the article's numbers in its text. Offsets are UTF-8 byte offsets.
  function highlightedText(article, discrepancies) {
    const text = article.text || "";
    const spans = (article.quantities || [])
      .filter((q) => Number.isInteger(q.start) && Number.isInteger(q.end) && q.start < q.end)
      .slice()
      .sort((a, b) => a.start - b.start);
    if (!spans.length) return text;
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    const out = [];
    let pos = 0;
    for (const q of spans) {
      if (q.start < pos || q.end > bytes.length) continue;
      out.push(decoder.decode(bytes.subarray(pos, q.start)));
      const d = discrepancyFor(article, q, discrepancies);
      out.push(h("mark", { class: d ? "qty discrepant" : "qty", title: d ? `Outlets disagree on ${d.what}` : q.counts || null }, decoder.decode(bytes.subarray(q.start, q.end))));
      pos = q.end;
    }
    out.push(decoder.decode(bytes.subarray(pos)));
    return out;
  }

  function actorCell(a) {
    if (!a) return "—";
    return [actorLink(a.name), a.role ? h("span", { class: "tag" }, ` ${a.role}`) : null];
  }

  function eventsSection(events, title, id) {
    const body = events.length
      ? h(
          "div",
          { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": `${id}-h` },
          h(
            "table",
            { class: "events" },
            h("thead", null, h("tr", null, ["Date", "Who", "Did what", "To whom", "Reported by", "Sentence"].map((c) => h("th", { scope: "col" }, c)))),
            h(
              "tbody",
              null,
              events.map((e) =>
                h(
                  "tr",
                  { class: `quad-${e.quad_class}`, "data-event-id": e.id },
                  h("td", { class: "nowrap" }, e.date),
                  h("td", null, actorCell(e.source)),
                  h("td", null, h("span", { class: "cameo", title: `CAMEO ${e.cameo}, Goldstein ${e.goldstein}` }, `${e.plover} (${e.cameo})`), h("br"), h("span", { class: `quad-label quad-${e.quad_class}` }, QUAD_LABELS[e.quad_class] || "")),
                  h("td", null, actorCell(e.target)),
                  h("td", null, e.reported_by || ""),
                  h("td", { class: "sentence" }, e.sentence)
                )
              )
            )
          )
        )
      : h("p", { class: "empty" }, "No events were coded.");
    return h("section", { class: "events-section", "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, title), body);
  }

  // ---- actor page --------------------------------------------------------

  async function actorView(name, params, current) {
    const partner = params.get("with") || "";
    const all = await api(`/api/timeline${qs({ actor: name })}`);
    if (!current()) return;
    const shown = partner ? await api(`/api/timeline${qs({ actor: name, with: partner })}`) : all;
    if (!current()) return;
    const display = all.resolved || name;
    const self = new Set([name.toLowerCase(), display.toLowerCase()]);
    const partners = partnerCounts(all.events, self);

    const select = h(
      "select",
      { id: "partner", name: "with" },
      h("option", { value: "" }, "any actor"),
      partners.map(([p, n]) => h("option", { value: p, selected: p === partner }, `${p} (${n})`))
    );
    if (partner && !partners.some(([p]) => p === partner)) select.appendChild(h("option", { value: partner, selected: true }, partner));
    const form = h(
      "form",
      { class: "filters compact", "aria-label": "Filter by partner" },
      h("div", { class: "field" }, h("label", { for: "partner" }, "Only events with"), select),
      h("div", { class: "actions" }, h("button", { type: "submit" }, "Apply"))
    );
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = select.value;
      location.hash = `${actorHref(name)}${qs({ with: p })}`;
    });

    const heading = partner ? `${display} with ${partner}` : display;
    setView(
      heading,
      h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/" }, "← All stories")),
      h("h1", { class: "actor-title" }, heading),
      h("p", { class: "meta" }, `${plural(shown.total, "event")}`, shown.total > shown.events.length ? ` (showing ${shown.events.length})` : "", " · ", h("a", { href: `#/${qs({ actor: display })}` }, "stories with this actor")),
      form,
      h("section", { class: "chart-section", "aria-labelledby": "tl-h" }, h("h2", { id: "tl-h" }, "Events over time"), timelineChart(shown.events)),
      h("section", { class: "chart-section", "aria-labelledby": "graph-h" }, h("h2", { id: "graph-h" }, "Who acts on whom"), actorGraph(shown.events, display, self)),
      eventsSection(shown.events, "Events", "actor-events")
    );
  }

  function partnerCounts(events, self) {
    const counts = new Map();
    for (const e of events) {
      for (const a of [e.source, e.target]) {
        if (!a || self.has(a.name.toLowerCase())) continue;
        counts.set(a.name, (counts.get(a.name) || 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  function parseDay(d) {
    const t = Date.parse(`${String(d).slice(0, 10)}T00:00:00Z`);
    return Number.isFinite(t) ? t : null;
  }

  function timelineChart(events) {
    const dated = events.map((e) => ({ e, t: parseDay(e.date) })).filter((x) => x.t !== null);
    if (!dated.length) return h("p", { class: "empty" }, "No dated events to draw.");
    const W = 960;
    const laneH = 56;
    const top = 16;
    const left = 150;
    const right = 24;
    const H = top + laneH * 4 + 40;
    const DAY = 86400000;
    let min = Math.min(...dated.map((x) => x.t));
    let max = Math.max(...dated.map((x) => x.t));
    const pad = Math.max(15 * DAY, (max - min) * 0.04);
    min -= pad;
    max += pad;
    const x = (t) => left + ((t - min) / (max - min)) * (W - left - right);
    const laneY = (q) => top + laneH * (Math.min(4, Math.max(1, q || 1)) - 1) + laneH / 2;

    const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline-chart", role: "img", "aria-labelledby": "tl-title tl-desc", preserveAspectRatio: "xMidYMid meet" });
    const years = [...new Set(dated.map((d) => new Date(d.t).getUTCFullYear()))].sort();
    svg.appendChild(s("title", { id: "tl-title" }, "Events over time by kind"));
    svg.appendChild(s("desc", { id: "tl-desc" }, `${plural(dated.length, "event")} from ${day(new Date(Math.min(...dated.map((d) => d.t))).toISOString())} to ${day(new Date(Math.max(...dated.map((d) => d.t))).toISOString())}, in ${years.join(", ")}.`));

    for (let q = 1; q <= 4; q++) {
      const y = laneY(q);
      svg.appendChild(s("rect", { x: left, y: y - laneH / 2, width: W - left - right, height: laneH, class: `lane lane-${q % 2}` }));
      svg.appendChild(s("text", { x: left - 8, y: y + 4, class: "lane-label", "text-anchor": "end" }, QUAD_LABELS[q]));
    }
    // Axis: one tick per year, plus month ticks for short spans.
    const axisY = top + laneH * 4;
    svg.appendChild(s("line", { x1: left, x2: W - right, y1: axisY, y2: axisY, class: "axis" }));
    const startYear = new Date(min).getUTCFullYear();
    const endYear = new Date(max).getUTCFullYear();
    const spanDays = (max - min) / DAY;
    const ticks = [];
    for (let yr = startYear; yr <= endYear + 1; yr++) {
      if (spanDays < 550) {
        for (let m = 0; m < 12; m++) ticks.push({ t: Date.UTC(yr, m, 1), label: m === 0 ? String(yr) : new Date(Date.UTC(yr, m, 1)).toLocaleString("en-US", { month: "short", timeZone: "UTC" }), major: m === 0 });
      } else {
        ticks.push({ t: Date.UTC(yr, 0, 1), label: String(yr), major: true });
      }
    }
    let lastLabelX = -Infinity;
    for (const tk of ticks) {
      if (tk.t < min || tk.t > max) continue;
      const tx = x(tk.t);
      svg.appendChild(s("line", { x1: tx, x2: tx, y1: top, y2: axisY + 5, class: tk.major ? "grid major" : "grid" }));
      if (tx - lastLabelX > 44 || tk.major) {
        svg.appendChild(s("text", { x: tx, y: axisY + 20, class: `tick-label${tk.major ? " major" : ""}`, "text-anchor": "middle" }, tk.label));
        lastLabelX = tx;
      }
    }
    if (!ticks.some((tk) => tk.major && tk.t >= min && tk.t <= max)) {
      svg.appendChild(s("text", { x: left, y: axisY + 36, class: "tick-label major" }, String(startYear)));
    }
    // Dots, stacked where several fall on the same day and lane.
    const stacks = new Map();
    for (const { e, t } of dated) {
      const key = `${e.quad_class}:${Math.round(x(t) / 4)}`;
      const n = stacks.get(key) || 0;
      stacks.set(key, n + 1);
      const offset = (n % 2 ? -1 : 1) * Math.ceil(n / 2) * 9;
      const who = `${e.source ? e.source.name : "?"}${e.target ? ` → ${e.target.name}` : ""}`;
      svg.appendChild(
        s(
          "circle",
          { cx: x(t).toFixed(1), cy: (laneY(e.quad_class) + Math.max(-laneH / 2 + 6, Math.min(laneH / 2 - 6, offset))).toFixed(1), r: 6, class: `event-dot quad-${e.quad_class}`, "data-date": e.date, "data-event-id": e.id },
          s("title", null, `${e.date}: ${who} — ${e.plover} (CAMEO ${e.cameo})${e.reported_by ? `, according to ${e.reported_by}` : ""}. ${e.sentence}`)
        )
      );
    }
    const legend = h(
      "ul",
      { class: "legend", "aria-label": "Legend" },
      [1, 2, 3, 4].map((q) => h("li", null, h("span", { class: `swatch quad-${q}`, "aria-hidden": "true" }), QUAD_LABELS[q]))
    );
    return h("figure", { class: "chart" }, h("div", { class: "chart-scroll" }, svg), h("figcaption", null, legend, "Hover a dot for its sentence; the table below lists every event."));
  }

  function actorGraph(events, centre, self) {
    const edges = new Map();
    const weight = new Map();
    for (const e of events) {
      if (!e.source || !e.target || e.source.name === e.target.name) continue;
      const key = `${e.source.name}\u0000${e.target.name}`;
      edges.set(key, (edges.get(key) || 0) + 1);
      for (const n of [e.source.name, e.target.name]) weight.set(n, (weight.get(n) || 0) + 1);
    }
    if (!edges.size) return h("p", { class: "empty" }, "No events with both an actor and a target to draw.");
    const centreName = [...weight.keys()].find((n) => self.has(n.toLowerCase())) || centre;
    const others = [...weight.entries()].filter(([n]) => n !== centreName).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 24).map(([n]) => n);
    const W = 720;
    const H = 520;
    const cx = W / 2;
    const cy = H / 2;
    const R = Math.min(W, H) / 2 - 80;
    const pos = new Map();
    pos.set(centreName, { x: cx, y: cy });
    others.forEach((n, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
      pos.set(n, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a) });
    });
    const maxW = Math.max(...weight.values());
    const maxE = Math.max(...edges.values());
    const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "actor-graph", role: "img", "aria-labelledby": "graph-title" });
    svg.appendChild(s("title", { id: "graph-title" }, `Actors linked to ${centreName} by events; arrows point from actor to target, thicker for more events.`));
    svg.appendChild(
      s("defs", null, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", class: "arrow-head" })))
    );
    const radius = (n) => 10 + 16 * Math.sqrt((weight.get(n) || 1) / maxW);
    for (const [key, count] of edges) {
      const [a, b] = key.split("\u0000");
      const pa = pos.get(a);
      const pb = pos.get(b);
      if (!pa || !pb) continue;
      const dx = pb.x - pa.x;
      const dy = pb.y - pa.y;
      const len = Math.hypot(dx, dy) || 1;
      const nx = -dy / len;
      const ny = dx / len;
      const ra = radius(a);
      const rb = radius(b) + 4;
      const sx = pa.x + (dx / len) * ra;
      const sy = pa.y + (dy / len) * ra;
      const ex = pb.x - (dx / len) * rb;
      const ey = pb.y - (dy / len) * rb;
      const mx = (sx + ex) / 2 + nx * 18;
      const my = (sy + ey) / 2 + ny * 18;
      svg.appendChild(
        s(
          "path",
          { d: `M${sx.toFixed(1)},${sy.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`, class: "edge", "stroke-width": (1.5 + 5 * (count / maxE)).toFixed(1), "marker-end": "url(#arrow)", "data-source": a, "data-target": b, "data-count": count },
          s("title", null, `${a} → ${b}: ${plural(count, "event")}`)
        )
      );
      svg.appendChild(s("text", { x: mx.toFixed(1), y: (my - 4).toFixed(1), class: "edge-label", "text-anchor": "middle" }, String(count)));
    }
    for (const [n, p] of pos) {
      const r = radius(n);
      const link = s(
        "a",
        { href: actorHref(n), class: `node${n === centreName ? " centre" : ""}`, "data-actor": n },
        s("title", null, `${n}: ${plural(weight.get(n) || 0, "event")}`),
        s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
        s("text", { x: p.x.toFixed(1), y: (p.y + r + 14).toFixed(1), "text-anchor": "middle" }, n)
      );
      svg.appendChild(link);
    }
    return h("figure", { class: "chart" }, h("div", { class: "chart-scroll" }, svg), h("figcaption", null, "Nodes link to each actor's page. Edge labels count events."));
  }

  // ---- start -------------------------------------------------------------

  document.getElementById("actor-jump").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = document.getElementById("actor-jump-input");
    const v = input.value.trim();
    if (v) location.hash = actorHref(v);
  });
  document.getElementById("skip-link").addEventListener("click", () => main.focus());
  window.addEventListener("hashchange", route);
  route();
})();
