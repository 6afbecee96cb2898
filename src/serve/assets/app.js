// The events explorer: a hash-routed page over the server's /api/* and /sparql.
// Offsets in the store count Unicode code points; JavaScript strings count
// UTF-16 units, so the evidence is cut from Array.from(text).
"use strict";

const view = document.getElementById("view");
const PAGE = 50;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== undefined && v !== null));
  const response = await fetch(`/api/${path}?${query}`);
  const body = await response.text();
  if (!response.ok) throw new Error(body);
  return JSON.parse(body);
}

function showError(target, error) {
  target.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
}

function entityLink(entity) {
  return el("a", { href: `#/entity/${encodeURIComponent(entity.iri)}` }, entity.label || entity.iri.split("/").pop());
}

function joined(entities) {
  const span = el("span");
  entities.forEach((e, i) => { if (i) span.append(", "); span.append(entityLink(e)); });
  return span;
}

function route() {
  const hash = decodeURIComponent(location.hash.slice(1) || "/");
  if (hash.startsWith("/event/")) return showEvent(hash.slice(7));
  if (hash.startsWith("/entity/")) return showEvents({ entity: hash.slice(8) });
  if (hash === "/sparql") return showSparql();
  return showEvents({});
}

async function showEvents(preset) {
  view.replaceChildren(document.getElementById("events-view").content.cloneNode(true));
  const form = document.getElementById("filters");
  const state = { offset: 0 };
  form.entity.value = preset.entity || "";
  try {
    const { types } = await api("types");
    for (const t of types) { const name = t.split("#").pop(); form.type.append(el("option", { value: name }, name)); }
  } catch (e) { /* the list still works without the type menu */ }
  if (preset.entity) showEntity(preset.entity);
  const params = () => Object.fromEntries(new FormData(form));
  const refresh = async () => { await loadEvents(params(), state.offset); };
  form.addEventListener("submit", (e) => { e.preventDefault(); state.offset = 0; refresh(); loadTimeline(params()); loadPairs(params()); });
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
  document.getElementById("by").addEventListener("change", () => loadTimeline(params()));
  await Promise.all([refresh(), loadTimeline(params()), loadPairs(params())]);
}

async function showEntity(iri) {
  const note = document.getElementById("entity-filter");
  note.hidden = false;
  note.textContent = "Events of " + iri;
  try {
    const entity = await api("entity", { iri });
    const english = entity.labels.find((l) => l.lang === "en") || entity.labels[0];
    note.replaceChildren(el("strong", { id: "entity-name" }, english ? english.value : iri), " — all events. ",
      ...entity.links.map((l) => el("a", { href: l, target: "_blank", rel: "noopener", class: "link" }, l.includes("wikidata") ? "Wikidata " : "GeoNames ")),
      el("a", { href: "#/" }, " (clear)"));
  } catch (e) { showError(note, e); }
}

async function loadEvents(params, offset) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren(el("tr", {}, el("td", { colspan: 6, class: "muted" }, "Loading…")));
  try {
    const page = await api("events", { ...params, offset, limit: PAGE });
    body.replaceChildren(...page.events.map((e) => el("tr", { class: "event", "data-event": e.event, "data-type": e.type,
      onclick: (ev) => { if (ev.target.tagName !== "A") location.hash = `#/event/${encodeURIComponent(e.event)}`; } },
      el("td", {}, e.date || "—"), el("td", {}, e.type), el("td", {}, joined(e.actors)), el("td", {}, joined(e.places)),
      el("td", {}, e.status), el("td", {}, String(e.articles)))));
    if (!page.events.length) body.replaceChildren(el("tr", {}, el("td", { colspan: 6, class: "muted" }, "No event matches.")));
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = !page.more;
  } catch (e) { showError(body, e); }
}

async function loadTimeline(params) {
  const target = document.getElementById("timeline");
  const by = document.getElementById("by").value;
  try {
    const { cells } = await api("timeline", { ...params, by });
    const periods = new Map();
    for (const c of cells) {
      const p = periods.get(c.period) || { occurred: 0, expected: 0, types: {} };
      p[c.status] = (p[c.status] || 0) + c.events;
      p.types[c.type] = (p.types[c.type] || 0) + c.events;
      periods.set(c.period, p);
    }
    const max = Math.max(1, ...[...periods.values()].map((p) => p.occurred + p.expected));
    const rows = [...periods.entries()].slice(-36).map(([period, p]) => el("div", { class: "bar", title: Object.entries(p.types).map(([t, n]) => `${t}: ${n}`).join(", ") },
      el("span", { class: "period" }, period),
      el("span", { class: "fill occurred", style: `width:${(p.occurred / max) * 60}%` }),
      el("span", { class: "fill expected", style: `width:${(p.expected / max) * 60}%` }),
      el("span", {}, `${p.occurred + p.expected}`)));
    const legend = el("p", { class: "legend muted" }, el("span", { class: "occurred" }), "occurred", el("span", { class: "expected" }), "expected");
    target.replaceChildren(legend, ...(rows.length ? rows : [el("p", { class: "muted" }, "No dated event.")]));
  } catch (e) { showError(target, e); }
}

async function loadPairs(params) {
  const body = document.querySelector("#pairs tbody");
  try {
    const { pairs } = await api("pairs", { entity: params.entity, limit: 20 });
    body.replaceChildren(...pairs.map((p) => el("tr", {}, el("td", {}, entityLink({ iri: p.x, label: p.a })), el("td", {}, entityLink({ iri: p.y, label: p.b })),
      el("td", {}, p.meetings), el("td", {}, p.articles))));
  } catch (e) { showError(body, e); }
}

function highlighted(text, start, end) {
  const points = Array.from(text);
  return el("div", { class: "article" }, points.slice(0, start).join(""),
    el("mark", { class: "evidence" }, points.slice(start, end).join("")), points.slice(end).join(""));
}

async function showEvent(iri) {
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const e = await api("event", { iri });
    if (!e.found) { view.replaceChildren(el("p", { class: "error" }, `No event ${iri} in the store.`)); return; }
    const links = (list) => el("span", {}, ...list.flatMap((x) => [entityLink(x), " ", ...x.links.map((l) => el("a", { href: l, target: "_blank", rel: "noopener", class: "link" }, l.includes("wikidata") ? "[Wikidata] " : "[GeoNames] "))]));
    view.replaceChildren(
      el("p", {}, el("a", { href: "#/" }, "← all events")),
      el("h1", { id: "event-title" }, `${e.type}${e.date ? " · " + e.date : ""}`),
      el("dl", { class: "facts" }, el("dt", {}, "Who"), el("dd", {}, links(e.actors)), el("dt", {}, "Where"), el("dd", {}, e.places.length ? links(e.places) : "—"),
        el("dt", {}, "Status"), el("dd", {}, e.status), el("dt", {}, "Event IRI"), el("dd", {}, el("code", {}, iri))),
      el("h2", {}, `Evidence (${e.evidence.length})`),
      ...e.evidence.flatMap((m) => [
        el("h3", {}, m.headline || m.article, " ", m.url ? el("a", { href: m.url, target: "_blank", rel: "noopener" }, "open the article") : null),
        el("p", { class: "muted" }, `rule ${m.rule} · code points ${m.start}–${m.end}`, m.attribution ? ` · quoted: ${m.attribution}` : "", m.published ? ` · published ${m.published}` : ""),
        el("p", { class: "anchor", hidden: "" }, m.anchor),
        highlighted(m.text, m.start, m.end)]));
    const mark = view.querySelector("mark.evidence");
    if (mark) mark.scrollIntoView({ block: "center" });
  } catch (err) { showError(view, err); }
}

function showSparql() {
  const text = el("textarea", { id: "query", spellcheck: "false" },
    "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\nSELECT ?type (COUNT(*) AS ?events) WHERE {\n  GRAPH ?g { ?e ng:status ?s ; a ?type }\n} GROUP BY ?type");
  const out = el("div", { id: "results" });
  const run = async () => {
    out.replaceChildren(el("p", { class: "muted" }, "Running…"));
    try {
      const response = await fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" }, body: text.value });
      const body = await response.text();
      if (!response.ok) throw new Error(body);
      const data = JSON.parse(body);
      if ("boolean" in data) { out.replaceChildren(el("p", {}, String(data.boolean))); return; }
      const vars = data.head.vars;
      out.replaceChildren(el("p", { class: "muted" }, `${data.results.bindings.length} rows`), el("table", {}, el("thead", {}, el("tr", {}, ...vars.map((v) => el("th", {}, v)))),
        el("tbody", {}, ...data.results.bindings.map((b) => el("tr", {}, ...vars.map((v) => el("td", {}, b[v] ? b[v].value : "")))))));
    } catch (e) { showError(out, e); }
  };
  view.replaceChildren(el("h1", {}, "SPARQL"), el("p", { class: "muted" }, "Read-only; the default graph is the union of all graphs. Also at /sparql for any SPARQL client."),
    text, el("p", {}, el("button", { id: "run", type: "button", onclick: run }, "Run")), out);
}

window.addEventListener("hashchange", route);
route();
