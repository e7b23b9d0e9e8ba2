"""The lineage of the national rounds as one self-contained HTML page.

``render_lineage_html(lineage)`` lays out a :class:`~pilotplans.diff.lineage.Lineage`: the rounds
in a sticky header with a filter per step (carried, changed, merged, split, new, dropped) and
the counts of each step between two rounds, then one row per path, a column per round with the
measure (number, heading, text) and the step to the next round between them. It shares the
report's style and its Content-Security-Policy: nothing is loaded from elsewhere.
"""

from __future__ import annotations

from html import escape

from pilotplans.diff.html import CSP, STYLE
from pilotplans.diff.lineage import ENDS, STEPS, Lineage, LineageRow
from pilotplans.diff.models import MeasureRef

STEP_HELP = {
    "carried": "the next round keeps it, scope phrases and small wording aside",
    "changed": "the next round keeps it narrowed, extended or partly rewritten",
    "merged": "the next round joins it with others into one measure",
    "split": "the next round carries it in several measures, or only some of its parts",
    "new": "first appears in this round",
    "dropped": ENDS,
}

LINEAGE_STYLE = """
.lineage { width: 100%; border-collapse: separate; border-spacing: 0 6px; }
.lineage td { background: #fff; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 8px 10px;
              vertical-align: top; font-size: 14px; }
.lineage td.measure { width: 28%; }
.lineage td.step { width: 8%; text-align: center; }
.lineage td.none { color: var(--muted); font-style: italic; font-size: 13px; }
.lineage th { text-align: left; font-size: 13px; color: var(--muted); padding: 0 10px; }
.step-carried { --rel-bg: #dcfce7; --rel-fg: #166534; }
.step-changed { --rel-bg: #fef3c7; --rel-fg: #92400e; }
.step-merged { --rel-bg: #ede9fe; --rel-fg: #5b21b6; }
.step-split { --rel-bg: #dbeafe; --rel-fg: #1e40af; }
.step-new { --rel-bg: #fce7f3; --rel-fg: #9d174d; }
.step-dropped { --rel-bg: #e5e7eb; --rel-fg: #374151; }
.counts { font-size: 13px; color: var(--muted); margin-top: 6px; }
"""

LINEAGE_SCRIPT = """
(() => {
  "use strict";
  const boxes = Array.from(document.querySelectorAll("input[data-step]"));
  const rows = Array.from(document.querySelectorAll("tr.path"));
  const shown = document.getElementById("visible-count");
  const update = () => {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.step));
    let visible = 0;
    for (const row of rows) {
      const steps = row.dataset.steps.split(" ").filter(Boolean);
      const keep = steps.some((s) => on.has(s));
      row.hidden = !keep;
      if (keep) visible += 1;
    }
    shown.textContent = String(visible);
  };
  for (const box of boxes) box.addEventListener("change", update);
  update();
})();
"""


def render_lineage_html(result: Lineage) -> str:
    rounds = " → ".join(r.id for r in result.rounds)
    head = "".join(f"<th>{escape(r.id)}{f' ({r.round})' if r.round else ''}</th>" + ("<th></th>" if k < len(result.rounds) - 1 else "")
                   for k, r in enumerate(result.rounds))
    return "".join((
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n",
        "<link rel=\"icon\" href=\"data:,\">\n",
        f"<title>{escape(rounds)} · pilotplans lineage</title>\n<style>{STYLE}{LINEAGE_STYLE}</style>\n</head>\n<body>\n",
        _header(result),
        f"<main>\n<table class=\"lineage\"><thead><tr>{head}</tr></thead><tbody>\n",
        "".join(_row(row) for row in result.rows),
        "</tbody></table>\n</main>\n",
        f"<footer>{len(result.rows)} paths · made by <code>pilotplans lineage --html</code></footer>\n",
        f"<script>{LINEAGE_SCRIPT}</script>\n</body>\n</html>\n",
    ))


def _header(result: Lineage) -> str:
    titles = " → ".join(f"<b>{escape(r.title or r.id)}</b> <code>{escape(r.id)}</code>" for r in result.rounds)
    boxes = "".join(
        f"<label class=\"filter step-{step}\" title=\"{escape(STEP_HELP[step])}\">"
        f"<input type=\"checkbox\" autocomplete=\"off\" checked data-step=\"{step}\"><span class=\"badge\">{step}</span></label>"
        for step in dict.fromkeys(STEPS.values()))
    counts = "".join(
        f"<div>{escape(result.rounds[k].id)} → {escape(result.rounds[k + 1].id)}: "
        + ", ".join(f"{n} {step}" for step, n in c.items()) + "</div>"
        for k, c in enumerate(result.counts()))
    return (
        f"<header class=\"top\"><div class=\"doc\"><div class=\"role\">lineage across rounds</div><h1>{titles}</h1></div>"
        f"<div class=\"filters\" role=\"group\" aria-label=\"Show paths by step\">{boxes}"
        f"<span class=\"visible\"><output id=\"visible-count\">{len(result.rows)}</output> of {len(result.rows)} paths shown</span>"
        f"</div><div class=\"counts\">{counts}</div></header>\n"
    )


def _row(row: LineageRow) -> str:
    cells = []
    for k, measure in enumerate(row.measures):
        cells.append(_measure(measure))
        if k < len(row.steps):
            step = row.steps[k]
            reason = row.reasons[k] if k < len(row.reasons) else None
            badge = (f"<span class=\"badge step-{step}\" title=\"{escape(reason or STEP_HELP[step])}\">{step}</span>"
                     if step else "")
            cells.append(f"<td class=\"step\">{badge}</td>")
    steps = " ".join(s for s in row.steps if s)
    return f"<tr class=\"path\" data-steps=\"{escape(steps)}\">{''.join(cells)}</tr>\n"


def _measure(measure: MeasureRef | None) -> str:
    if measure is None:
        return "<td class=\"measure none\">—</td>"
    heading = f"<span class=\"heading\">{escape(measure.heading_title)}</span>" if measure.heading_title else ""
    return (f"<td class=\"measure\"><div class=\"meta\"><span class=\"num\">{escape(measure.label)}</span>{heading}</div>"
            f"<p class=\"text\">{escape(measure.text)}</p></td>")
