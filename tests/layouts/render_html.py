"""Print a plan as an HTML page, as government sites publish them: UTF-8, or GB2312 declared in a
meta tag (the bytes GBK, characters outside it as character references, as browsers save them);
headings as a cell spanning the row (colspan), a cell spanning their measures' rows (rowspan), or
a paragraph between tables."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

from tests.layouts.plan import HeadingGroup, Plan, ProsePlan, TablePlan
from tests.layouts.spec import LayoutSpec
from tests.layouts.vocab import load_vocab

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
        if spec.html_lines == "br":  # one paragraph of lines, each indented with full-width spaces
            out.append("<p>" + "<br>\n".join(f"{INDENT}{escape(line.text)}" for line in plan.lines[1:]) + "</p>")
        else:
            for line in plan.lines[1:]:
                text = escape(line.text)
                out.append(f"<p><strong>{text}</strong></p>" if line.kind in ("section", "heading") else f"<p>{text}</p>")
        return out + _division(plan, spec)
    if spec.headings != "paragraph":
        return out + _table(plan, spec, list(plan.groups), True)
    for position, group in enumerate(plan.groups):
        out.append(f"<p><strong>{escape(group.label)}</strong></p>")
        out += _table(plan, spec, [group], position == 0 or spec.header == "repeated")
    return out


INDENT = "\u3000\u3000"


def _division(plan: ProsePlan, spec: LayoutSpec) -> list[str]:
    """The table of the plan's tasks and owners after it (division_table): 附件 where it is the plan's
    attachment, its title, the table."""
    if plan.division is None:
        return []
    return ([f"<p>{escape(line.text)}</p>" for line in plan.division_lines]
            + [f'<p style="text-align:center"><strong>{escape(plan.division.title)}</strong></p>']
            + _table(plan.division, spec, list(plan.division.groups), True))


def _site(plan: Plan, spec: LayoutSpec, article: list[str]) -> list[str]:
    """``article`` inside a site's layout tables: a banner and navigation row, the breadcrumb, the
    information table over the document (索引号 / 发布机构 / dates / 标题 / 文号 / 主题分类, label and value
    in cells of their own), the article, and the footer, as older government CMS pages print them."""
    words = load_vocab().site
    rng = random.Random(f"{spec.seed}:site")
    title = plan.cover[1].text if plan.cover else plan.title
    number = plan.cover[0].text if plan.cover else ""
    info = [("索引号：", rng.choice(words["index_numbers"]), "发布机构：", rng.choice(words["publishers"])),
            ("成文日期：", rng.choice(words["dates"]), "发布日期：", rng.choice(words["dates"]))]
    rows = ["<tr>" + "".join(f"<td>{escape(t)}</td>" for t in row) + "</tr>" for row in info]
    rows.append(f'<tr><td>标题：</td><td colspan="3">{escape(title)}</td></tr>')
    rows.append(f"<tr><td>文号：</td><td>{escape(number)}</td><td>主题分类：</td><td>{escape(rng.choice(words['subjects']))}</td></tr>")
    nav = " ".join(f'<a href="#">{escape(n)}</a>' for n in words["navigation"])
    footer = "<br>".join(escape(f) for f in words["footer"])
    return ['<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">',
            '<tr><td><img src="banner.jpg" alt=""></td></tr>', f'<tr><td class="nav">{nav}</td></tr>',
            f'<tr><td class="position">{escape(rng.choice(words["breadcrumb"]))}</td></tr>', "<tr><td>",
            '<table class="xxgk" width="100%" border="1" cellspacing="0">', *rows, "</table>", "</td></tr>",
            '<tr><td class="bt_content">', *article, "</td></tr>", f'<tr><td class="footer">{footer}</td></tr>', "</table>"]


def render_html(plan: Plan, spec: LayoutSpec, path: Path) -> None:
    encoding, meta = ENCODINGS[spec.format]
    body = ['<div class="article">', *_body(plan, spec), "</div>"]
    if spec.site == "layout-tables":
        body = _site(plan, spec, body)
    page = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", meta, f"<title>{escape(plan.title)}</title>", "</head>",
            "<body>", *body, "</body>", "</html>"]
    path.write_bytes("\n".join(page).encode(encoding, "xmlcharrefreplace"))
