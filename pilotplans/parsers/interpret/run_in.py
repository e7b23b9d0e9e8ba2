"""Where the lines a reader ran into one paragraph begin: a web page that lost its line breaks,
or printed a whole plan as one line, runs an item's field lines, the next item, a heading and its
first item, or the site's footer into the text before them.

:func:`next_cut` tells where the first of those lines ends, from the text alone and what the
outline has open (the markers of the open items, the last number read in each style). Every place
is told by evidence a line gives where it begins: the end of a sentence or of a bracket before it,
and a number that follows the open items' numbers, a field label, a heading's title run into its
first item. What is read ahead of a place is bounded (``_FIELD_WINDOW``), so a page of any length
is cut in time linear in it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from pilotplans.normalizers.numbers import USUAL_DEPTH, ItemMarker, find_item_marker, item_marker_at
from pilotplans.normalizers.segment import mask_enclosed
from pilotplans.parsers.columns import is_whole_label, longest_label
from pilotplans.parsers.headings import TITLE_MAX, looks_like_phrased_title, looks_like_title
from pilotplans.parsers.interpret.fields import (Fields, find_tail, names_bodies, names_bodies_by_role, opens_field_line,
                                                 read_field_line)
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.patterns import compiled

_HAN = compiled(r"\p{Han}")
_COLON = compiled(r"[：:]")
_FIELD_WINDOW = 400  # characters read after a place in a long line to tell what opens there
# What may end the text's last clause right before a field label run into it (…发展，完成时限：…).
_CLAUSE_ENDS = "，,；;"


def next_cut(text: str, open_items: list[ItemMarker], last: dict[str, int], following: str | None = None) -> int:
    """Where the first of several lines run into one paragraph ends (the length of ``text``
    when it is one line), ``open_items`` the markers of the items open before it and ``last`` the
    last number read in each style of the current part; ``following`` is the line printed after
    ``text``, if any (the value of a field label closing it). Evidence of a line run into the one before
    it, after the end of a sentence or of a bracket:

    * a responsibility bracket followed by an item number (…〔责任单位：X〕（61）鼓励…);
    * a field line (…共享平台等。牵头单位:发展改革委);
    * in a field line, the number of the next item right after a name (…责任单位：各专班2.规模
      以上工业增加值增长5%。);
    * after a heading's title, the first number of a style not open (一、提升政务服务效能1.加大
      简政放权力度。…);
    * the number that follows an open item's (…取得突破。二、重点任务), opening a title or
      the next item of the same style as the innermost open one; or the first number of a
      style not open yet, opening a title that ends the paragraph (…实施方案。一、完善管理体制);
      or the number after the last of its style, measures numbered on through the headings;
    * a site's footer run into the last item (…（责任单位：X）主办单位：…网站标识码…);
    * a document site's page mark (…开展。第1页共6页(二)…), and after it the next page's first words;

    and, with no sentence's end before them, an item's field line run into its text (…增长7%以上
    责任单位:…), the outline's first heading run into what the page printed before it, or a page
    mark inside a sentence (…组织实施，第1页共6页同时…: the mark, page furniture, is left out of the text).
    """
    words = vocabulary()
    mark = next((m for p in words.page_marks if (m := p.match(text)) is not None), None)
    if mark is not None and mark.end() < len(text):
        return mark.end()  # a document site's page mark run into the next page's first words
    opening = find_item_marker(text)
    if opening is not None:  # the line's own item, placed as _place will place it
        same = next((i for i in range(len(open_items) - 1, -1, -1) if open_items[i].style == opening.style), None)
        open_items = [*(open_items[:same] if same is not None else open_items), opening]
    if opening is None and opens_field_line(text):
        # Field lines run into the next item (…责任单位：立山经济开发区2.规模以上工业…): the
        # number of the item after the open one right after a name (a Chinese character or a
        # bracket closing it, never a figure: 2.5亿元).
        for position in range(1, min(len(text) - 1, _FIELD_WINDOW)):  # a list of names is short
            before = text[position - 1]
            if not (_HAN.match(before) or before in words.closers.values()):
                continue
            marker = find_item_marker(text[position:position + _FIELD_WINDOW])
            if marker is not None and _opens_next(marker, text[position + marker.end:], open_items, last):
                return position
    if opening is not None:
        # A heading's title run into its first item (一、提升政务服务效能1.加大简政放权力度。…,
        # （一）开办企业领域。1.提升…): the first number of a style not open, after a title.
        position = _first_item_after_title(text, opening.end, open_items, last)
        if position is not None:
            return position
    if opening is not None:
        # An item's field lines run into its text with no sentence's end (一、…(一)地区生产总值增长7%以上
        # 责任单位:区发展和改革局(二)…): the first field label outside brackets, after the text.
        run_in = _field_line_run_in(text, opening.end, following)
    elif open_items and not opens_field_line(text) and not _inside_bracket_before(text):
        # the open item's text going on on a line of its own, its field lines run into it (一、**县文。 /
        # 化事业单位…实施意见责任单位:县文体局责任人:…: a stray line break inside the task's name), on the stronger
        # evidence only, a second label run straight on after the first's value: a sentence going on may name a
        # label as its words (…请各责任单位:于每月5日前报送…, …定期向牵头单位:县政府办报告…). A field line is read as
        # one, and a line going on inside a bracket the line before opened (…(牵头单位:市发改委、 / 市商务局；配合单位：…）)
        # is that bracket's
        run_in = _field_line_run_in(text, 0, following, run_on_only=True)
    elif open_items:
        run_in = None  # a field line, or a line going on inside a bracket the line before opened: no heading opens in it
    else:
        run_in = _first_heading_run_in(text)
        if run_in is None:
            run_in = _series_run_in(text, words.closers.values())
    footer = _page_end_run_in(text)
    if footer is not None:
        run_in = footer if run_in is None else min(run_in, footer)
    inside = min((m.start() for p in words.page_marks if (m := p.search(text, 1)) is not None), default=None)
    if inside is not None:  # a page turned inside a sentence (…组织实施，第1页共6页同时…): the mark is cut out
        run_in = inside if run_in is None else min(run_in, inside)
    for position, char in enumerate(text[:-1]):
        if run_in is not None and position >= run_in:
            return run_in
        closes_bracket = char in words.closers.values()
        if char != "。" and not closes_bracket:
            continue
        rest = text[position + 1:].lstrip(words.after_bracket)
        cut = len(text) - len(rest)
        marker = find_item_marker(rest)
        if any(p.match(rest) for p in words.page_marks):
            return cut  # a document site's page mark after the page's last sentence (…开展。第1页共6页(二)…)
        if _site_footer(rest):
            return cut  # the site's footer run into the last item (…（责任单位：X）主办单位：…网站标识码…)
        if closes_bracket:
            # the item's owners' bracket, then the next item or a field line (…（责任单位：X）完成时限：…)
            if (marker is not None or opens_field_line(rest)) and find_tail(text[:position + 1]) is not None:
                return cut
            continue
        if opens_field_line(rest):
            return cut
        if marker is not None and _opens_next(marker, rest[marker.end:], open_items, last):
            return cut
    return run_in if run_in is not None else len(text)


def _opens_next(marker: ItemMarker, after: str, open_items: list[ItemMarker], last: dict[str, int]) -> bool:
    """Whether ``marker``, ``after`` it the rest of the line, opens the next line: it follows the
    open items (:func:`_follows`) or numbers on from the last item of its style (:func:`_numbered_on`)."""
    return _follows(marker, after, open_items, last) or _numbered_on(marker, open_items, last)


def _numbered_on(marker: ItemMarker, open_items: list[ItemMarker], last: dict[str, int]) -> bool:
    """Whether ``marker`` numbers on from the last item of its style in this part, which a heading
    since closed (…9.城镇新增就业… / 二、重点工作 / （一）稳增长。10.实施…: measures numbered through
    the sections), while no open item has its style."""
    return (marker.number.value > 1 and _numbers_on(marker, last)
            and not any(m.style == marker.style for m in open_items))


def _numbers_on(marker: ItemMarker, last: dict[str, int] | None) -> bool:
    """Whether ``marker``'s number is the one after the last read in its style."""
    return last is not None and last.get(marker.style) == marker.number.value - 1


def _follows(marker: ItemMarker, after: str, open_items: list[ItemMarker], last: dict[str, int] | None = None) -> bool:
    """Whether ``marker`` numbers the item after an open one of its style, opening a title or
    a sibling of the innermost open item; or opens the first heading of a style not open yet, its
    title ending the paragraph (…制定如下实施方案。一、全面探索完善管理体制) or run into the first item
    under it (…制定分工方案如下。一、主要预期目标1.努力实现…: a whole page printed as one line); or,
    while nothing is open, a later heading whose title runs into its first item (二、重点任务(一)…)."""
    if not any(m.style == marker.style and m.number.value + 1 == marker.number.value for m in open_items):
        if any(m.style == marker.style for m in open_items):
            return False
        if marker.number.value == 1:
            return (looks_like_title(after) or _first_item_after_title(after, 0, [*open_items, marker]) is not None
                    or (bool(open_items) and _series_goes_on(after, marker.style)))
        # nothing open yet, and the headings before this one ran into the notice's text (…制定本
        # 方案。一、总体要求紧盯…。二、重点任务(一)优审批…1.营造…): a later heading opens the list
        # when its title runs into its first item
        return not open_items and _first_item_after_title(after, 0, [marker]) is not None
    if looks_like_title(after) or open_items[-1].style == marker.style:
        return True
    # the next heading, its title run into the first item under it (…责任单位:X二、重点工作(一)稳增长。4.…)
    outer = open_items[:next(i for i, m in enumerate(open_items) if m.style == marker.style)]
    return _first_item_after_title(after, 0, [*outer, marker], last) is not None


def _inside_bracket_before(text: str) -> bool:
    """Whether ``text`` closes a bracket it never opened: it goes on inside one a line before it opened."""
    words = vocabulary()
    openers, closers = set(words.closers), set(words.closers.values())
    depth = 0
    for char in text:
        if char in openers:
            depth += 1
        elif char in closers:
            depth -= 1
            if depth < 0:
                return True
    return False


def _field_line_run_in(text: str, start: int, following: str | None = None, run_on_only: bool = False) -> int | None:
    """Where a field line (责任单位:X) begins inside an item's line whose text, from ``start``, runs
    into it with no sentence's end between (…增长7%以上责任单位:区发展和改革局): a field label before
    a colon outside brackets and quotes, right after the text (a Chinese character, a figure or a
    per cent sign), a bracket closing it, or the comma or semicolon ending its clause. None if there is none. ``following`` is the line after ``text``: the value of a
    label closing the line (…研发中心完成时限： / 2023年底前). ``run_on_only``: only a field line running on into a
    second label (:func:`_runs_on_into_label`) counts."""
    stop = text.find("。", start)
    end = len(text) if stop < 0 else stop  # after a full stop the field line is read apart already
    masked = mask_enclosed(text[:end])
    closers = set(vocabulary().closers.values())  # a bracket closing the text: …（含跨境零售）完成时限：…
    for colon in _COLON.finditer(text, start, end):
        if masked[colon.start()] != text[colon.start()]:
            continue  # inside a bracket: a tail, read as one
        for begin in range(max(start + 2, colon.start() - longest_label()), colon.start() - 1):
            if not is_whole_label(text[begin:colon.start()]):
                continue
            # the longest label before the colon is the one printed: a shorter one inside it is none
            # (…发展，完成时限： is no 时限 after a text ending 完成; …，牵头责任单位： no 责任单位)
            before = text[begin - 1]
            if masked[begin - 1] == before and (_HAN.match(before) or before in "%％0123456789" or before in _CLAUSE_ENDS
                                                or before in closers):
                found = read_field_line(text[begin:begin + _FIELD_WINDOW])
                if found is not None and (_runs_on_into_label(found) if run_on_only else _ends_a_field_line(
                        text[colon.end():colon.end() + _FIELD_WINDOW], found, following)) \
                        and not _named_in_clause(text[:begin], text[colon.end():end]):
                    return begin
            break
    return None


def _named_in_clause(before: str, value: str) -> bool:
    """Whether a label, ``before`` it the item's text and ``value`` what its colon is followed by up to the sentence's
    end, is a word its sentence names, no field: a word taking it as its object stands right before it
    (``label_object_words`` in tasklist.toml: 定期向牵头单位:…), and what follows names no bodies but goes on as the
    sentence (县政府办报告进展情况). A label after such a word whose value is a list of bodies (…问题导向牵头单位:县委办)
    opens a field all the same."""
    if not before.endswith(vocabulary().label_object_words):
        return False
    value = value.strip().rstrip("。")
    return bool(value) and not names_bodies(value) and not names_bodies_by_role(value)


# Characters of the longest line read as the value of a label printed alone above it.
_VALUE_LINE = 60


def is_value_line(text: str) -> bool:
    """Whether a line may be the value of a field label closing the line above it (责任单位： /
    区发展和改革局): a short line, no sentence (a sentence is the text going on)."""
    return len(text) <= _VALUE_LINE and "。" not in text


def _ends_a_field_line(rest: str, found: Fields, following: str | None = None) -> bool:
    """Whether what follows a field label's colon reads as its value to the end of the item: no
    sentence goes on after it (…报送牵头单位:市考核办备案。（责任单位：…）is the text's own sentence)
    but the end of the line or the next item. Nothing after the colon is no value: the colon closing
    the line is the text's own, introducing what follows (…缩短审批时限： over its sub-items （1）…),
    but after a label naming who does the item (…增长7%以上责任单位： / 区发展和改革局), which no text
    ends with, whose value is on the next line; and after a deadline's label whose next line
    (``following``) is a deadline and nothing else (…研发中心完成时限： / 2023年底前)."""
    if not rest.strip():
        label = found.segments[0].label if found.segments else None
        if label is not None and label.role == "deadline":
            return following is not None and vocabulary().is_deadline(following)
        # the next line must read as the value (…责任单位： / 各部门要按照分工落实到位。 is the
        # text going on: cut, the sentence was lost)
        return (label is not None and label.role in vocabulary().assigning_roles
                and (following is None or is_value_line(following)))
    stop = rest.find("。")
    return (stop < 0 or not rest[stop + 1:].strip() or find_item_marker(rest[stop + 1:].strip()) is not None
            or _runs_on_into_label(found))


def _runs_on_into_label(found: Fields) -> bool:
    """Whether the label naming who does the item is followed by a second label printed right after its value, no mark
    between (…实施意见责任单位:县文体局责任人:姜晓水主要任务:…: a sample site's copy lost the card's line breaks): the
    item's fields run on into its line, which no sentence of its text does, whatever sentences the fields' own text
    holds after."""
    first, second = (found.segments + [None, None])[:2]
    return (first is not None and second is not None and first.label is not None and second.label is not None
            and first.label.role in vocabulary().assigning_roles and second.separator == "" and "。" not in first.text)


_FOOTER_TAIL = 1000  # characters closing a line in which a page's end is looked for
# What a task's last words hold and a page's end never does: a sentence's end, a bracket (its owners).
_TASK_MARKS = compiled(r"[。（()）]")


def _page_end_run_in(text: str) -> int | None:
    """Where what ends a page begins, run into the last words of a line with no sentence's end or
    bracket before it (…完成时限：2024年6月底前扫一扫在手机打开当前页【打印本页】…): a page printed as
    one line whose last item closes with a field line, not a sentence. None when there is none, or
    when a sentence or a bracket follows it (…推广“扫一扫在手机办”服务（责任单位：…）: the task's)."""
    words = vocabulary()
    if words.opens_page_end(text):
        return None  # the line is what ends a page from its first word (打印整页 打印内容 分享): none of it is left a task's
    start = max(1, len(text) - _FOOTER_TAIL)
    while (at := words.page_end_at(text, start)) is not None:
        if _TASK_MARKS.search(text, at, at + _FIELD_WINDOW) is None:
            return at
        start = at + 1
    return None


def _site_footer(rest: str) -> bool:
    """Whether the rest of a line is a site's footer and nothing else: short, opening with a word of
    a footer (主办单位：…) and holding its registrations (网站标识码, 公网安备 …), or opening with what
    ends a page (扫一扫在手机打开当前页【打印本页】…主办单位：…)."""
    words = vocabulary()
    opening = rest[:_FIELD_WINDOW].lstrip()
    if words.opens_page_end(opening) and "。" not in opening:
        # What ends a page (扫一扫在手机打开当前页…), no sentence after it: whatever follows it (the
        # site's links, its registrations) is the page's, however long.
        return True
    if len(rest) > 2 * words.footer_longest:
        return False
    stripped = rest.strip()
    return len(stripped) <= words.footer_longest and stripped.startswith(words.footer_words) and words.is_page_end(stripped)


def _first_heading_run_in(text: str) -> int | None:
    """Where the outline's first heading begins in a line that opens with no item, when what a page
    printed before it (its title, its site's words: …责任分解(2023年)一、主要预期目标1.生产总值…,
    …信息来源: 某市政府一、…) ran into it with no sentence's end between: a number 1 whose title runs
    into the first item under it, the evidence a heading gives in a page that lost its line breaks.
    None if there is none (统一、规范的… names no heading: no item follows a title)."""
    for position in range(1, len(text) - 2):
        marker = item_marker_at(text, position, _FIELD_WINDOW)
        if marker is None or marker.number.value != 1:
            continue
        if _first_item_after_title(text[position:position + _FIELD_WINDOW], marker.end, [marker]) is not None:
            return position
    return None


_SERIES_WINDOW = 4 * _FIELD_WINDOW  # characters from one number of a series to the next


def _series_run_in(text: str, closers: Iterable[str]) -> int | None:
    """Where a list opens in a line that opens with no item, while nothing is open, when what the
    page printed before it ran into its first item with nothing marking the break and its first
    item's title ran into its text (…分工方案1、在兰州设立…。2、…。3、…, …现提出以下意见：一、推进重大
    项目建设建立健全…（…配合）二、…): a number 1, then the numbers 2 and 3 of its style, each after a
    sentence's end or a closing bracket, each within ``_SERIES_WINDOW`` of the one before; or a
    number 1 after a sentence's end or a colon and a 2 of its style right after the responsibility
    bracket ending the item the 1 opens. Of the 1s before the 2, the last after a sentence's end, a
    colon or a bracket wins, else the last (统一、 inside a sentence is no item when a 一、 opens a
    sentence after it). None if there is none. The numbers are read in one pass, so a line of any
    length is read in time linear in it."""
    ends = ("。", *closers)
    ones: dict[str, list[int]] = {}
    twos: list[tuple[int, str]] = []  # numbers 2 after a sentence's end or a closing bracket
    threes: dict[str, list[int]] = {}  # numbers 3 likewise
    for position in range(1, len(text) - 2):
        marker = item_marker_at(text, position, _FIELD_WINDOW)
        if marker is None or marker.number.value > 3:
            continue
        if marker.number.value == 1:
            ones.setdefault(marker.style, []).append(position)
        elif _follows_one_of(text, position, ends):
            if marker.number.value == 2:
                twos.append((position, marker.style))
            else:
                threes.setdefault(marker.style, []).append(position)
    for position, style in twos:
        found = ones.get(style, [])
        candidates = found[max(0, bisect_left(found, position - _SERIES_WINDOW)):bisect_left(found, position)]
        if not candidates:
            continue
        after_break = [p for p in candidates if _follows_one_of(text, p, (*ends, "：", ":", "；", ";"))]
        owned = bool(after_break) and find_tail(text[after_break[-1]:position]) is not None
        later = threes.get(style, [])
        third = bisect_right(later, position)
        goes_on = third < len(later) and later[third] - position <= _SERIES_WINDOW
        if owned or goes_on:
            first = (after_break or candidates)[-1]
            return _heading_over(text, first, style, ends)
    return None


def _heading_over(text: str, first: int, style: str, ends: tuple[str, ...]) -> int:
    """Where the series whose first item stands at ``first`` begins with its heading: a number 1 of a
    style usually nesting outside ``style`` printed after a sentence's end within ``_SERIES_WINDOW``
    before it, no sentence of another number between (…活动。(一)举办“…”从5月中旬开始，…活动。1、此项…2、…3、:
    a one-line copy's (一) heading the items 1、2、3、), else ``first``."""
    depth = USUAL_DEPTH.get(style, len(USUAL_DEPTH))
    for position in range(first - 1, max(0, first - _SERIES_WINDOW), -1):
        marker = item_marker_at(text, position, _FIELD_WINDOW)
        if marker is None or marker.style == style:
            continue
        if (marker.number.value == 1 and USUAL_DEPTH.get(marker.style, len(USUAL_DEPTH)) < depth
                and _follows_one_of(text, position, ends)):
            return position
        if _follows_one_of(text, position, ends):
            break  # another item's number opens a sentence between: no heading of this series
    return first


def _series_goes_on(after: str, style: str) -> bool:
    """Whether the items 2 and 3 of ``style`` follow ``after`` (the text after an item 1's number),
    each after a sentence's end and within ``_SERIES_WINDOW`` of the one before: the 1 opens a list
    under the open heading ((一)举办…活动。1、此项…。2、由…。3、…), not a number inside its text."""
    ends = ("。", *vocabulary().closers.values())
    wanted, start = 2, 0
    for position in range(1, min(len(after) - 1, 2 * _SERIES_WINDOW)):
        if position - start > _SERIES_WINDOW:
            return False
        marker = item_marker_at(after, position, _FIELD_WINDOW)
        if marker is None or marker.style != style or marker.number.value != wanted or not _follows_one_of(after, position, ends):
            continue
        if wanted == 3:
            return True
        wanted, start = 3, position
    return False


def _follows_one_of(text: str, position: int, marks: tuple[str, ...]) -> bool:
    """Whether the last character before ``position``, spaces aside, is one of ``marks``."""
    before = position - 1
    while before >= 0 and text[before] in " \t\u3000":
        before -= 1
    return before >= 0 and text[before] in marks


def _first_item_after_title(text: str, start: int, open_items: list[ItemMarker],
                            last: dict[str, int] | None = None) -> int | None:
    """Where in ``text`` the first item under a heading begins when the heading's title, from
    ``start``, runs into it (一、提升政务服务效能1.加大…, （一）开办企业领域。1.提升…, 主要预期目标1.努力…,
    一、推进简政放权，释放发展活力（一）规范…):
    a number 1 of a style none of ``open_items`` has, after a title (its closing 。 aside; perhaps
    two or three phrases joined by commas), and
    not inside a quote or bracket the title opened (实施“1、2、3”工程: a term's numbers, no item's);
    with ``last`` (the last number read in each style), also the number after the last of its
    style (二、重点工作31.实施…: measures numbered through the headings). None if none."""
    masked = mask_enclosed(text[start:start + 2 * TITLE_MAX])  # a masked character is enclosed
    for position in range(start + 2, len(text) - 1):
        if len(text[start:position].strip()) > TITLE_MAX + 3 or position - start >= len(masked):
            break  # no title so long, whatever closing 。 it has
        marker = item_marker_at(text, position, _FIELD_WINDOW)  # none inside a number (…重点工作31.: 31, not 1)
        if (marker is None or any(m.style == marker.style for m in open_items) or masked[position - start] != text[position]
                or not (marker.number.value == 1 or _numbers_on(marker, last))):
            continue
        title = text[start:position].strip().rstrip("。．.")
        if len(title) >= 2 and looks_like_phrased_title(title):
            return position
    return None
