"""The HTML report of a diff: one self-contained page with the two plans side by side.

``render_html(result)`` lays out the view model of :mod:`pilotplans.diff.view` (every value on
the page is computed there): a sticky header with the two documents and a filter per relation
(with the number of links shown), then one row per link, the national measure on the left and
the local one on the right, the relation between them, and the characters the local plan
deleted (left) or inserted (right) highlighted. The page has inline CSS and a small inline
script, loads nothing (its Content-Security-Policy forbids it), and works from ``file://``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from pilotplans.diff.models import DiffResult
from pilotplans.diff.view import DocumentView, DroppedRun, Piece, ReportView, RowView, SideView, SourceLink, build_view

RELATION_HELP: dict[str, str] = {
    "same": "the local measure is the national one, scope phrases and small wording aside",
    "adapted": "derived from the national measure, but narrowed, extended or partly changed",
    "merged": "the local measure combines several national ones (one row per source)",
    "split": "several local measures each carry a part of the national one",
    "local": "a local addition with no national source",
    "added": "a measure new in the later round, with no source in the earlier one",
    "dropped": "a national measure the local plan did not take up",
}

#: What each relation means of two rounds of one plan: the later round carries, changes or leaves the earlier round's.
ROUND_HELP: dict[str, str] = {
    "same": "the later round's measure is the earlier round's, scope phrases and small wording aside",
    "adapted": "carried over from the earlier round's measure, but narrowed, extended or partly changed",
    "merged": "the later round's measure combines several of the earlier round's (one row per source)",
    "split": "several measures of the later round each carry a part of the earlier round's",
    "added": "a measure new in the later round, with no source in the earlier one",
    "dropped": "a measure of the earlier round the later round did not take up",
}

#: What each relation means of two plans implementing one plan (peers, ``{first}`` and ``{second}`` their ids): neither
#: implements the other, so neither derives, adds to or leaves out the other's measures; the links say how alike they are.
PEER_HELP: dict[str, str] = {
    "same": "{second}'s measure is {first}'s, scope phrases and small wording aside",
    "adapted": "{second}'s measure is like {first}'s, but narrower, wider or partly different",
    "merged": "{second}'s measure combines several of {first}'s (one row per measure of {first})",
    "split": "several measures of {second} each carry a part of {first}'s",
    "local": "a measure of {second} that no measure of {first} carries",
    "dropped": "a measure of {first} that no measure of {second} carries",
}

#: An empty side's words where one plan derives from the other (a local plan from the plan above it, a later round
#: from the earlier one): the same of every such pairing.
_DERIVED_SIDES = {"no_source": "no source in {first_id}", "not_derived": "not taken up by {second_id}",
                  "run": "not taken up by {second_id}"}

#: The page's other words naming the sides, by what the two plans are (:func:`pilotplans.diff.rounds.pairing`):
#: ``{first}``/``{second}`` the sides' labels, ``{first_id}``/``{second_id}`` their ids, ``{parent}`` the plan peers
#: implement. ``one_level`` (two national plans of two programmes) takes the ``levels`` words with ``national`` and
#: ``local`` replaced by the labels (:func:`page_words`).
PAGE_WORDS: dict[str, dict[str, str]] = {
    "levels": {
        "source_role": "national / source plan", "derived_role": "local / derived plan",
        "deleted": "in the national text only", "inserted": "in the local text only",
        "owners": "do the local owners correspond to the national ones?",
        "region": "did the national cell name the local region?",
        **_DERIVED_SIDES,
    },
    "rounds": {
        "source_role": "earlier round", "derived_role": "later round",
        "deleted": "in the earlier round's ({first}) text only", "inserted": "in the later round's ({second}) text only",
        "owners": "do the later round's owners correspond to the earlier round's?",
        "region": "did the earlier round's cell name the later round's region?",
        **_DERIVED_SIDES,
    },
    "peers": {
        "source_role": "{first_id} / one plan implementing {parent}",
        "derived_role": "{second_id} / another plan implementing {parent}",
        "deleted": "in {first_id}'s text only", "inserted": "in {second_id}'s text only",
        "owners": "do {second_id}'s owners correspond to {first_id}'s?",
        "region": "did {first_id}'s cell name {second_id}'s region?",
        "no_source": "no counterpart in {first_id}", "not_derived": "no counterpart in {second_id}",
        "run": "carried by no measure of {second_id}",
    },
}

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
:root {
  --font: -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
          "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --line: #d5d9e0; --muted: #5b6472; --bg: #f6f7f9;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--font); font-size: 15px; line-height: 1.65; color: #1d2430; background: var(--bg); }
a { color: #1d4ed8; }
.top { position: sticky; top: 0; z-index: 10; background: #fff; border-bottom: 1px solid var(--line);
       box-shadow: 0 2px 6px rgba(0, 0, 0, .06); padding: 10px 20px 8px; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) 11rem minmax(0, 1fr); gap: 0 16px; }
.doc { min-width: 0; }
.doc .role { font-size: 12px; color: var(--muted); }
.doc h1 { font-size: 16px; line-height: 1.4; margin: 2px 0; overflow-wrap: anywhere; }
.doc .facts { font-size: 13px; color: var(--muted); }
.doc .facts code { font-family: inherit; color: #1d2430; font-weight: 600; }
.arrow { align-self: center; text-align: center; font-size: 13px; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-top: 8px; font-size: 13px; }
.filter { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px 2px 4px; border: 1px solid var(--line);
          border-radius: 999px; cursor: pointer; user-select: none; background: #fff; }
.filter input { margin: 0; cursor: pointer; }
.filter:has(input:not(:checked)) { opacity: .45; }
.filter .n { font-variant-numeric: tabular-nums; color: var(--muted); }
.filters button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px;
                  background: #f3f4f6; cursor: pointer; }
.visible { margin-left: auto; color: var(--muted); }
.visible output { font-weight: 700; color: #1d2430; font-variant-numeric: tabular-nums; }
.legend { font-size: 12px; color: var(--muted); margin-top: 4px; }
main { padding: 12px 20px 24px; }
.link { display: grid; grid-template-columns: minmax(0, 1fr) 11rem minmax(0, 1fr); gap: 0 16px; background: #fff;
        border: 1px solid var(--line); border-left: 5px solid var(--rel-fg, #888); border-radius: 6px;
        padding: 10px 14px; margin-bottom: 8px; scroll-margin-top: 190px; }
.side { min-width: 0; }
.side.empty { color: var(--muted); font-style: italic; font-size: 13px; align-self: center; }
.meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; font-size: 13px; color: var(--muted); }
.num { font-weight: 700; color: #1d2430; text-decoration: none; border: 1px solid var(--line); border-radius: 4px;
       padding: 0 6px; background: #f8fafc; font-variant-numeric: tabular-nums; }
a.num:hover { border-color: #1d4ed8; color: #1d4ed8; }
.heading { overflow-wrap: anywhere; }
.src { margin-left: auto; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.text { margin: 4px 0 2px; overflow-wrap: anywhere; }
.resp { margin: 0; font-size: 13px; color: #3b4452; overflow-wrap: anywhere; }
.resp .k { color: var(--muted); margin-right: 4px; }
del { background: #fecaca; color: #7f1d1d; text-decoration: line-through; text-decoration-color: rgba(127, 29, 29, .55);
      border-radius: 2px; }
ins { background: #bbf7d0; color: #14532d; text-decoration: none; border-radius: 2px; }
.verdict { display: flex; flex-direction: column; align-items: center; justify-content: flex-start; gap: 4px;
           font-size: 12px; color: var(--muted); text-align: center; padding-top: 2px; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 12px; font-weight: 700;
         background: var(--rel-bg); color: var(--rel-fg); border: 1px solid var(--rel-fg); line-height: 1.6; }
.score { font-variant-numeric: tabular-nums; color: #1d2430; }
.own-consistent { color: #166534; }
.own-different { color: #b91c1c; font-weight: 700; }
.own-unknown { color: var(--muted); }
.rel-same { --rel-bg: #dcfce7; --rel-fg: #166534; }
.rel-adapted { --rel-bg: #fef3c7; --rel-fg: #92400e; }
.rel-merged { --rel-bg: #ede9fe; --rel-fg: #5b21b6; }
.rel-split { --rel-bg: #dbeafe; --rel-fg: #1e40af; }
.rel-local, .rel-added { --rel-bg: #fce7f3; --rel-fg: #9d174d; }
.rel-dropped { --rel-bg: #e5e7eb; --rel-fg: #374151; }
#links.hide-same .link.rel-same, #links.hide-adapted .link.rel-adapted, #links.hide-merged .link.rel-merged,
#links.hide-split .link.rel-split, #links.hide-local .link.rel-local, #links.hide-added .link.rel-added,
#links.hide-dropped .link.rel-dropped { display: none; }
footer { padding: 0 20px 24px; font-size: 12px; color: var(--muted); }
.cols { margin: 2px 0 0; font-size: 13px; color: #3b4452; display: grid; grid-template-columns: max-content minmax(0, 1fr);
        gap: 0 6px; }
.cols dt { color: var(--muted); }
.cols dd { margin: 0; overflow-wrap: anywhere; }
.why { grid-column: 1 / -1; margin-top: 6px; font-size: 13px; color: #3b4452; }
.why summary { cursor: pointer; color: var(--muted); }
.why .reason { margin: 4px 0; }
.why table { border-collapse: collapse; width: 100%; margin-top: 4px; }
.why td, .why th { border-top: 1px solid var(--line); padding: 2px 6px; vertical-align: top; text-align: left; }
.why th { color: var(--muted); font-weight: 600; }
.st-carried { color: #166534; } .st-changed { color: #92400e; } .st-dropped, .st-added { color: #b91c1c; font-weight: 600; }
.st-light, .st-frame { color: var(--muted); }
.owners { margin: 4px 0 0; padding-left: 1.1em; }
.summary { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin-bottom: 12px; }
.summary h2 { font-size: 14px; margin: 0 0 6px; }
.summary table { border-collapse: collapse; font-size: 13px; }
.summary td, .summary th { padding: 2px 10px 2px 0; text-align: left; font-variant-numeric: tabular-nums; }
.summary .bar { display: inline-block; height: 8px; background: var(--rel-fg, #888); border-radius: 2px; vertical-align: middle; }
.summary .own { margin-top: 6px; font-size: 13px; color: var(--muted); }
details.dropped-run { margin-bottom: 8px; }
details.dropped-run > summary { cursor: pointer; background: #fff; border: 1px dashed var(--line); border-left: 5px solid #374151;
        border-radius: 6px; padding: 6px 14px; font-size: 13px; color: var(--muted); }
details.dropped-run[open] > summary { margin-bottom: 8px; }
#links.hide-dropped details.dropped-run { display: none; }
@media (max-width: 900px) {
  .top { position: static; }
  .grid, .link { grid-template-columns: minmax(0, 1fr); }
  .arrow { text-align: left; }
  .verdict { flex-direction: row; flex-wrap: wrap; justify-content: flex-start; padding: 6px 0; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .top { position: static; box-shadow: none; border-bottom: 2px solid #000; }
  .filters button, .filter input { display: none; }
  .link { break-inside: avoid; box-shadow: none; }
  .badge, del, ins, .link { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""

SCRIPT = """
(() => {
  "use strict";
  const links = document.getElementById("links");
  const boxes = Array.from(document.querySelectorAll("input[data-relation]"));
  const shown = document.getElementById("visible-count");
  const update = () => {
    let visible = 0;
    for (const box of boxes) {
      links.classList.toggle("hide-" + box.dataset.relation, !box.checked);
      if (box.checked) visible += Number(box.dataset.count);
    }
    shown.textContent = String(visible);
  };
  const setAll = (checked) => () => { for (const box of boxes) box.checked = checked; update(); };
  const runs = Array.from(document.querySelectorAll("details.dropped-run"));
  const toggleRuns = document.getElementById("toggle-dropped");
  if (toggleRuns) toggleRuns.addEventListener("click", () => {
    const open = !runs.every((run) => run.open);
    for (const run of runs) run.open = open;
    toggleRuns.textContent = open ? "collapse dropped" : "expand dropped";
  });
  for (const box of boxes) box.addEventListener("change", update);
  document.getElementById("show-all").addEventListener("click", setAll(true));
  document.getElementById("show-none").addEventListener("click", setAll(false));
  update();
})();
"""


def render_html(result: DiffResult, base_dir: Path | None = None) -> str:
    """The report of ``result`` as one HTML page; ``base_dir`` resolves the relative source paths
    the measures link to (see :mod:`pilotplans.diff.view`)."""
    return render_view(build_view(result, base_dir))


def relation_help(relation: str, view: ReportView) -> str:
    """What ``relation`` means, worded for what the two plans are: of a local plan and the plan above it
    (:data:`RELATION_HELP`), of two rounds (:data:`ROUND_HELP`: the earlier and the later round), of peers
    (:data:`PEER_HELP`, each named by its id); of two other plans of one level, :data:`RELATION_HELP` with
    ``national`` and ``local`` replaced by the sides' labels (a 2020 measure the 2025 plan did not take up)."""
    if view.pairing == "rounds":
        return ROUND_HELP[relation]
    if view.pairing == "peers":
        return PEER_HELP[relation].format(first=view.national.id, second=view.local.id)
    return _labelled(RELATION_HELP[relation], view)


def page_words(view: ReportView) -> dict[str, str]:
    """The page's words naming the sides (:data:`PAGE_WORDS`), filled in for ``view``'s plans."""
    kind = view.pairing if view.pairing in PAGE_WORDS else "levels"
    fields = {"first": view.side("national"), "second": view.side("local"), "first_id": view.national.id,
              "second_id": view.local.id, "parent": view.parent or "one plan"}
    return {key: _labelled(said.format(**fields), view) if kind == "levels" else said.format(**fields)
            for key, said in PAGE_WORDS[kind].items()}


def _labelled(said: str, view: ReportView) -> str:
    """``said`` with the words ``national`` and ``local`` replaced by the sides' labels where the page names the sides
    by their plans (:attr:`ReportView.named`)."""
    if not view.named:
        return said
    return " ".join(view.side(word) if word in ("national", "local") else word for word in said.split(" "))


def render_view(view: ReportView) -> str:
    title = f"{view.national.id} → {view.local.id} · pilotplans diff"
    return "".join((
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n",
        "<link rel=\"icon\" href=\"data:,\">\n",
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        _header(view),
        "<main id=\"links\">\n",
        _summary(view),
        "".join(_block(block, view) for block in view.blocks),
        "</main>\n",
        f"<footer>{view.total} links · made by <code>pilotplans diff --html</code></footer>\n",
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n",
    ))


def _header(view: ReportView) -> str:
    words = page_words(view)
    return (
        "<header class=\"top\">\n<div class=\"grid\">\n"
        + _document(view.national, words["source_role"])
        + "<div class=\"arrow\" aria-hidden=\"true\">→</div>\n"
        + _document(view.local, words["derived_role"])
        + "</div>\n"
        + _filters(view)
        + f"<div class=\"legend\">Within linked measures: <del>deleted</del> = {escape(words['deleted'])}, "
          f"<ins>inserted</ins> = {escape(words['inserted'])} (whitespace ignored). "
          "Each measure number links to its place in the source.</div>\n"
        + "</header>\n"
    )


def _document(document: DocumentView, role: str) -> str:
    facts = [f"id <code>{escape(document.id)}</code>",
             f"文号 <code>{escape(document.doc_no)}</code>" if document.doc_no else "文号 not recorded"]
    if document.source is not None:
        facts.append(_source_anchor(document.source, document.source.title, "src-doc"))
    return (
        f"<div class=\"doc\"><div class=\"role\">{escape(role)}</div>"
        f"<h1>{escape(document.title or document.id)}</h1>"
        f"<div class=\"facts\">{' · '.join(facts)}</div></div>\n"
    )


def _filters(view: ReportView) -> str:
    boxes = "".join(
        f"<label class=\"filter rel-{relation}\" title=\"{escape(relation_help(relation, view))}\">"
        f"<input type=\"checkbox\" autocomplete=\"off\" checked data-relation=\"{relation}\" data-count=\"{count}\">"
        f"<span class=\"badge\">{relation}</span><span class=\"n\">{count}</span></label>"
        for relation, count in view.counts
    )
    return (
        "<div class=\"filters\" role=\"group\" aria-label=\"Show links by relation\">"
        + boxes
        + "<button type=\"button\" id=\"show-all\">all</button><button type=\"button\" id=\"show-none\">none</button>"
        + "<button type=\"button\" id=\"toggle-dropped\">expand dropped</button>"
        + f"<span class=\"visible\"><output id=\"visible-count\">{view.total}</output> of {view.total} links selected</span>"
        + "</div>\n"
    )


def _summary(view: ReportView) -> str:
    """Counts per relation (with the share of measures they concern) and per ownership verdict."""
    lines = []
    for line in view.summary:
        share = line.measures / line.of if line.of else 0.0
        whose = f"{'national' if line.side == 'national' else 'local'} measures"
        if view.named:  # two plans of one level (two rounds, two programmes): each side's measures named by its plan
            whose = f"measures of {escape(view.national.id if line.side == 'national' else view.local.id)}"
        lines.append(
            f"<tr class=\"rel-{line.relation}\"><td><span class=\"badge\">{line.relation}</span></td>"
            f"<td>{line.links} link{'s' if line.links != 1 else ''}</td>"
            f"<td>{line.measures} of {line.of} {whose} ({share:.0%})</td>"
            f"<td><span class=\"bar\" style=\"width:{round(160 * share)}px\"></span></td></tr>")
    owners = " · ".join(f"{n} {status}" for status, n in view.ownership)
    return ("<section class=\"summary\" aria-label=\"summary\"><h2>Summary</h2><table>"
            + "".join(lines) + "</table>"
            + f"<div class=\"own\">owners of linked measures: {escape(owners)}</div></section>\n")


def _block(block: RowView | DroppedRun, view: ReportView) -> str:
    if isinstance(block, DroppedRun):
        count = len(block.rows)
        noun = "measure" if count == 1 else "measures"
        whose = f"{noun} of {escape(view.national.id)}" if view.named else f"national {noun}"
        return (f"<details class=\"dropped-run\" data-relation=\"dropped\"><summary>{count} {whose} "
                f"{escape(page_words(view)['run'])}: {escape(block.labels)}</summary>\n"
                + "".join(_row(row, view) for row in block.rows) + "</details>\n")
    return _row(block, view)


def _row(row: RowView, view: ReportView) -> str:
    words = page_words(view)
    national = _side(row.national, "national") if row.national else \
        f"<section class=\"side national empty\">{escape(words['no_source'])}</section>"
    local = _side(row.local, "local") if row.local else \
        f"<section class=\"side local empty\">{escape(words['not_derived'])}</section>"
    return (
        f"<article class=\"link rel-{row.relation}\" id=\"link-{row.index}\" data-relation=\"{row.relation}\">\n"
        f"{national}\n{_verdict(row, view)}\n{local}\n{_why(row, view)}</article>\n"
    )


def _why(row: RowView, view: ReportView) -> str:
    """Why the link has its relation and owner verdict: the reason, the clause alignment, the bodies."""
    if not row.reason and not row.clauses and not row.ownership_reason:
        return ""
    parts = []
    if row.reason:
        parts.append(f"<p class=\"reason\"><b>{row.relation}</b>: {escape(row.reason)}</p>")
    if row.clauses:
        cells = "".join(
            f"<tr><td>{escape(view.side(c.side))} {c.part}</td>"
            f"<td class=\"st-{escape(c.status)}\">{escape(c.status)}</td><td>{c.share:.2f}</td><td>{escape(c.text)}"
            + (f" <span class=\"k\">(missing: {escape('、'.join(c.missing_items))})</span>" if c.missing_items else "")
            + "</td></tr>"
            for c in row.clauses)
        parts.append("<table><tr><th>clause of</th><th>status</th><th>share</th><th>text</th></tr>" + cells + "</table>")
    if row.ownership_reason:
        parts.append(f"<p class=\"reason\"><b>owners {escape(row.ownership or '')}</b>: {escape(row.ownership_reason)}</p>")
    if row.owners:
        parts.append("<ul class=\"owners\">" + "".join(
            f"<li>{escape(o.raw)} <span class=\"k\">({escape(view.side(o.side))} {escape(_COLUMN_LABEL.get(o.column, o.column))}"
            + (f", {escape(o.role)}" if o.role else "") + ")</span>"
            + (f" → {escape(o.central)}" if o.central else " → <i>not in the registry</i>") + "</li>"
            for o in row.owners) + "</ul>")
    return f"<details class=\"why\"><summary>why</summary>{''.join(parts)}</details>\n"


_COLUMN_LABEL = {"responsibility": "责任", "cooperating": "配合单位", "superior": "上级部门"}


def _side(side: SideView, which: str) -> str:
    tag = "del" if which == "national" else "ins"
    number = (_source_anchor(side.source, side.label, "num") if side.source is not None and side.source.href
              else f"<span class=\"num\">{escape(side.label)}</span>")
    heading = f"<span class=\"heading\">{escape(side.heading)}</span>" if side.heading else ""
    where = f"<span class=\"src\">{escape(side.source.title)}</span>" if side.source is not None else ""
    columns = side.columns or ((("责任", side.responsibility),) if side.responsibility else ())
    cells = ("<dl class=\"cols\">" + "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in columns)
             + "</dl>") if columns else ""
    return (
        f"<section class=\"side {which}\"><div class=\"meta\">{number}{heading}{where}</div>"
        f"<p class=\"text\">{_pieces(side.pieces, tag)}</p>{cells}</section>"
    )


def _pieces(pieces: tuple[Piece, ...], tag: str) -> str:
    return "".join(f"<{tag}>{escape(p.text)}</{tag}>" if p.changed else escape(p.text) for p in pieces)


def _source_anchor(source: SourceLink, text: str, css: str) -> str:
    if not source.href:
        return f"<span class=\"{css}\" title=\"{escape(source.title)}\">{escape(text)}</span>"
    return (f"<a class=\"{css}\" href=\"{escape(source.href)}\" title=\"{escape(source.title)}\" "
            f"target=\"_blank\" rel=\"noopener\">{escape(text)}</a>")


def _verdict(row: RowView, view: ReportView) -> str:
    score_title = ("best similarity found, below the threshold" if row.relation in ("local", "added", "dropped")
                   else f"similarity that decided the link ({row.basis})")
    parts = [
        f"<span class=\"badge\" title=\"{escape(relation_help(row.relation, view))}\">{row.relation}</span>",
        f"<span class=\"score\" title=\"{escape(score_title)}\">score {row.score:.2f}</span>",
    ]
    if row.ownership is not None:
        parts.append(f"<span class=\"own-{escape(row.ownership)}\" title=\"{escape(page_words(view)['owners'])}\">"
                     f"owners: {escape(row.ownership)}</span>")
    if row.region is not None:
        parts.append(f"<span class=\"region\" title=\"{escape(page_words(view)['region'])}\">"
                     f"region: {escape(row.region)}</span>")
    return f"<div class=\"verdict\">{''.join(parts)}</div>"
