"""Print a plan as an HTML page, as government sites publish them: UTF-8, or GB2312 declared in a
meta tag (the bytes GBK, characters outside it as character references, as browsers save them);
headings as a cell spanning the row (colspan), a cell spanning their measures' rows (rowspan), or
a paragraph between tables."""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.layouts.plan import HeadingGroup, Plan, ProsePlan, TablePlan
from tests.layouts.spec import LayoutSpec

ENCODINGS = {"html-utf8": ("utf-8", '<meta charset="utf-8">'),
             "html-gb2312": ("gbk", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')}


def _cell(text: str, **spans: int) -> str:
    attributes = "".join(f' {name}="{value}"' for name, value in spans.items() if value > 1)
    return f'<td{attributes} valign="top"><p>{escape(text)}</p></td>'


def _table(plan: TablePlan, spec: LayoutSpec, groups: list[HeadingGroup], with_header: bool) -> list[str]:
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">', "<tbody>"]
    if with_header:
        out.append("<tr>" + "".join(_cell(c.label) for c in plan.columns) + "</tr>")
    roles = [c.role for c in plan.columns]
    for group in groups:
        if spec.headings == "row":
            out.append("<tr>" + _cell(group.label, colspan=len(roles)) + "</tr>")
        for index, values in enumerate(group.rows):
            cells = []
            for column, (role, text) in enumerate(zip(roles, values)):
                if role == "heading":
                    if index == 0:
                        cells.append(_cell(group.label, rowspan=len(group.rows)))
                    continue
                if group.span(index, column):
                    cells.append(_cell(text, rowspan=group.span(index, column)))
            out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


_COVER = {"number": '<p style="text-align:center">{}</p>', "notice-title": '<h2 style="text-align:center">{}</h2>',
          "address": "<p>{}</p>", "body": '<p style="text-indent:2em">{}</p>', "sign": '<p style="text-align:right">{}</p>'}
"""How a page prints each line of a covering notice: the title a heading, the signature flush right."""


def _body(plan: Plan, spec: LayoutSpec) -> list[str]:
    out = [_COVER[line.kind].format(escape(line.text)) for line in plan.cover]
    out.append('<h1 style="text-align:center">' + "<br>".join(map(escape, plan.title_lines or (plan.title,))) + "</h1>")
    if isinstance(plan, ProsePlan):
        for line in plan.lines[1:]:
            text = escape(line.text)
            out.append(f"<p><strong>{text}</strong></p>" if line.kind in ("section", "heading") else f"<p>{text}</p>")
        return out
    if spec.headings != "paragraph":
        return out + _table(plan, spec, list(plan.groups), True)
    for position, group in enumerate(plan.groups):
        out.append(f"<p><strong>{escape(group.label)}</strong></p>")
        out += _table(plan, spec, [group], position == 0 or spec.header == "repeated")
    return out


def render_html(plan: Plan, spec: LayoutSpec, path: Path) -> None:
    encoding, meta = ENCODINGS[spec.format]
    page = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", meta, f"<title>{escape(plan.title)}</title>", "</head>",
            "<body>", '<div class="article">', *_body(plan, spec), "</div>", "</body>", "</html>"]
    path.write_bytes("\n".join(page).encode(encoding, "xmlcharrefreplace"))
