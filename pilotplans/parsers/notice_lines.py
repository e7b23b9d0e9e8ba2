"""The lines of a notice's paragraphs, as :mod:`pilotplans.parsers.metadata` reads them.

A paragraph is parted at its line breaks; a web page may run the end of a notice into one
paragraph (the signature with its date, the publication note, the plan's title), and a page that
lost its line breaks prints the whole notice as one line, which is parted at the title it opens
with, the information table at its head and the signature that closes the notice.
"""

from __future__ import annotations

import regex

from pilotplans.doc_numbers import doc_no_pattern
from pilotplans.normalizers.numbers import item_marker_at
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.dates import DATE_TEXT, read_date, signed_line
from pilotplans.parsers.info_rows import info_label_ends, info_labels_run_in
from pilotplans.parsers.issuer_names import PLACE, ends_like_a_body
from pilotplans.parsers.titles import TITLE_END, TITLE_PART, cited_titles, is_title_part, without_glosses
from pilotplans.patterns import compiled
from pilotplans.textutil import squash

# A signature and date run together with what a web page printed after them in the same paragraph:
# the publication note (（此件主动公开）) and the plan's title.
_SIGNATURE_RUN = compiled(
    rf"^\s*(?P<signed>(?:\p{{Han}}[\p{{Han}}（）()]{{1,38}}?\s*)?{DATE_TEXT})?\s*"
    r"(?P<note>[（(]\s*此件[^）)]*[）)])?\s*(?P<rest>\S.*)?$")
# An unsigned date inside a line that ran on, after the end of the sentence before it.
_DATED_IN_LINE = compiled(rf"(?<=。)\s*(?P<signed>{DATE_TEXT})(?!\s*(?:前|以前|之前|止|起|至|到|底))")
# A signature and its date inside a line that ran on (a page that lost its line breaks), after the
# sentence before it (…请认真组织实施。济南市钢城区人民政府办公室2021年4月10日深化…方案为加快…): a
# deadline (…。各区政府2023年12月31日前完成) goes on with 前 or the like, which a signature never does.
# What follows a signature is the end of the line, the publication note (（此件公开发布）) or the plan's
# title, never the rest of a sentence (…。市政府2023年6月30日召开常务会议审议通过…): see run_on_lines.
_NOTE_OPENING = compiled(r"^[（(]\s*此件")
_NOTE = compiled(r"^\s*[（(]\s*此件[^）)]{0,20}[）)]")
# ...or it closes the notice's last sentence, which issues the plan it names (…《…》已经市政府同意，
# 现印发给你们，请…落实。北京市人民政府办公厅2016年5月28日2016年是…: the plan's text may follow at once).
_ISSUES_NAMED = compiled(r"《[^《》]{4,80}》[^。]*印发[^。]*。\s*$")
# ...or it closes the sentence forwarding the document it names, that document printed after the date as the
# notice's attachment (…现将省…办公室《关于…的通报》转发给你们,希望你们…见到实效。 二○○五年十一月二十一日 附: 关于…的通报).
_FORWARDS_NAMED = compiled(r"《[^《》]{4,80}》[^。]*转发给?你们[^。]*。\s*$")
_ATTACHED_OPENING = compiled(r"^附\s*件?\s*\d*\s*[：:]\s*")
# The notice's attachment line may stand between that sentence and the signature, as a printed notice
# puts it (…应急预案。 附件:山福镇…应急预案(修订) 温州市鹿城区山福镇人民政府 2020年10月22日 …).
_SIGNED_IN_LINE = compiled(
    rf"(?<=[。：:]|[。：:]\s*附\s*件\s*\d*\s*[：:][^。：:\s]{{2,80}}\s)\s*(?P<signed>\p{{Han}}[\p{{Han}}（）()]{{1,38}}?\s*{DATE_TEXT})(?!\s*(?:前|以前|之前|止|起|至|到|底))")
# A line as long as this has run on past its paragraph: a page that lost its line breaks.
_RUN_ON = 200
# The sentence issuing the plan it names, or the plan its title names (现印发给你们，请认真贯彻执行。), perhaps with the
# attachment's line after it, right before a signature run onto its line (…《X》印发给你们,请…落实。 附件:X 吉林省教育厅
# 2015年3月10日).
_ISSUED_BEFORE_SIGNATURE = compiled(r"(?:《[^《》]{4,80}》[^。]*印发|印发给?你们)[^。]*。\s*"
                                    r"(?:附\s*件\s*\d*\s*[：:][^。：:\s]{2,80}\s*)?$")


def split_signature_run(text: str) -> list[str] | None:
    """The lines a web page ran into one paragraph at the end of a notice, or None: the signature
    with its date, the publication note, the plan's title
    (``岳阳市人民政府办公室2025年7月13日(此件主动公开) 岳阳市提振消费若干措施``), any two of them.

    Evidence: the paragraph opens with a signature and a date (:func:`read_date` reads them) or
    a publication note (（此件主动公开）), and goes on with a note or a title.
    """
    match = _SIGNATURE_RUN.match(text)
    if match is None or (match["signed"] and read_date(match["signed"]) is None):
        return None
    rest = match["rest"]
    if rest is not None and not (TITLE_PART.match(rest) and TITLE_END.search(fold(rest))):
        return None
    parts = [part.strip() for part in (match["signed"], match["note"], rest) if part]
    return parts if len(parts) > 1 else None


def lines_of(text: str) -> list[str]:
    """The lines of a paragraph: its line breaks, and a signature run into what follows it; a periodical database's
    mark opening a line (<正>: the vocabulary's ``text_opening_marks``) no part of it."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    marks = vocabulary().text_opening_marks
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        mark = next((mark for mark in marks if line.startswith(mark)), None)
        if mark is not None:  # <正>晋政办发[2017]108号…: a periodical database's mark, no word of the text
            line = line[len(mark):].strip()
        if line:
            lines.extend(split_signature_run(line) or [line])
    return lines


def run_on_lines(lines: list[str]) -> list[str]:
    """``lines`` with a line that ran on past a notice's signature (a page printed as one line)
    parted into what comes before the signature, the signature with its date, the plan's title when
    it follows them and is the title the notice cites (《…》), and the rest. Evidence: the line is
    long, a body's name with a date follows the end of a sentence, and either that sentence issues
    the plan it names (…《…》…现印发给你们，…。) or what follows the date ends the notice: nothing, its
    publication note (（此件公开发布）) or the title it cites; a sentence that opens with a body and a
    date (…。市政府2023年6月30日召开常务会议…) has neither; a date with no name before it parts the
    line only when the sentence before it issues the plan whose title follows it. Ahead of such a
    line come the title it opens with (:func:`_title_run_on`) and the information table at its head
    (:func:`_info_run_on`), when it has them."""
    parted: list[str] = []
    for line in lines:
        if len(line) < _RUN_ON and not _signed_after_issuing(line):
            parted.append(line)
            continue
        title, start = _title_run_on(line)
        parted.extend(title)
        parted.extend(_info_run_on(line))
        line = line[start:]
        found = (next((f for f in map(_signature_in_line, _SIGNED_IN_LINE.finditer(line)) if f), None)
                 or next((f for f in map(_date_in_line, _DATED_IN_LINE.finditer(line)) if f), None))
        if found is None:
            parted.append(line)
            continue
        match, title = found
        before, rest = _around_signed(match)
        parted.extend(part for part in (before.strip(), match["signed"].strip()) if part)
        note = _NOTE.match(rest)
        if note is not None:  # the publication note between the date and the plan's title: (此件公开发布)立山区…方案
            parted.append(note.group().strip())
            rest = rest[note.end():].strip()
            title = title or _cited_title_opening(before, rest)
        if title and rest:
            cut = _squashed_prefix_end(rest, title)
            parted.extend(part for part in (rest[:cut].strip(), rest[cut:].strip()) if part)
        elif rest:
            parted.append(rest)
    return parted


# A title opening a line that ran on, before what its page printed after it: the page's words
# (…的通知发布时间:2021-04-01…, read by their labels) or the plan's first heading, numbered 1 in any
# style (…行动计划一、工作目标…, …实施方案（一）工作目标…, …实施方案第一部分 总体要求…).
_PAGE_HEAD = 160
_RUN_ON_TITLE_MAX = 80
_MARKER_WINDOW = 16  # characters in which an item's number stands
# …or, the notice's title opening the line, whatever follows it: a 关于…的通知 outside the titles
# it cites (关于转发《省人民政府关于…的通知》的通知), which the brackets' count tells.
_NOTICE_END = compiled(r"的通知")


# The addressees a notice names, up to their colon (各县市人民政府、…,州政府各局委:), no sentence among them.
_ADDRESSEES = compiled(r"[^。；;：:]{2,80}?[：:]")


def names_addressees(folded: str, start: int) -> bool:
    """Whether a notice's addressees stand at ``start`` of a folded line that lost its line breaks,
    up to their colon: after its own 文号 (州政发〔2020〕5号各县市人民政府、…:《…》已经…), or after its
    title (…的意见各州、市、县、区人民政府，省直各委、办、厅、局：为…). A sentence citing a number
    (国办发〔2022〕10号文件要求，…。) ends before any colon."""
    match = _ADDRESSEES.match(folded, start)
    return match is not None and any(word in match.group() for word in ("各", "人民政府", "部门", "单位"))


def _title_run_on(line: str) -> tuple[list[str], int]:
    """The title a line that ran on opens with, as a line of its own (:func:`_title_opening`), and
    where the rest of the line is read from: the line itself is kept whole after the title. A
    page's words may come first, closing with an information label (首页 > 政策文件【字体：大 中 小】
    发布时间：2023-03-28 来源：本网 浏览次数：厦门市人民政府办公厅关于…的通知厦府办〔2019〕10号…): a
    notice's title (…关于…) opening right after one of the labels is the title, and the line is
    read from it on, the page's words before it left to the information table they print."""
    head = _title_opening(line)
    if head is not None:
        return [head], 0
    starts = [len(line) - len(line[end:].lstrip()) for end in info_label_ends(line[:_PAGE_HEAD])]
    for start in starts:
        head = _title_opening(line[start:])
        if head is not None and "关于" in fold(head):
            return [head], start
    for start in (0, *starts):
        found = _title_after_fields(line, start)
        if found is not None:
            return [found[0]], found[1]
    return [], 0


# A law database's fields in 【】 opening a page (【法宝引证码】CLI.1.304262【时效性】尚未施行运城市…关于…).
_FIELD_LABEL = compiled(r"\s*【[^【】]{1,12}】")
_ISSUER_MAX = 40


def _title_after_fields(line: str, start: int) -> tuple[str, int] | None:
    """The title a law database's fields in 【】 run into at ``start`` of a line that ran on, and
    where it starts: the last field's value runs into the issuer's name before 关于, which starts at
    the first place from which what stands before 关于 is a name the registry knows alone (尚未施行
    运城市人民政府办公厅关于… → 运城市人民政府办公厅关于…). None when no field opens there, or no
    such name stands before 关于."""
    if not _FIELD_LABEL.match(line, start):
        return None
    fields_end = line.rfind("】", start, start + _PAGE_HEAD) + 1
    at = fold(line).find("关于", fields_end, fields_end + _ISSUER_MAX + 2)
    if at < 0:
        return None
    from pilotplans.normalizers.resolve import names_a_body_alone

    for issuer_at in range(fields_end, at - 1):
        if names_a_body_alone(line[issuer_at:at]):
            head = _title_opening(line[issuer_at:])
            return (head, issuer_at) if head is not None else None
    return None


def _title_opening(line: str) -> str | None:
    """The title a line that ran on opens with, when the page's words, the notice's addressees or
    the plan's first heading follow it with nothing between, or when it is a notice's (…关于…的通知,
    run into anything); None otherwise. Each place the title may end is tried in turn, as one that
    only looks like one comes first (关于建立统一、规范的…意见一、总体要求: the 一、 of 统一、 is no
    heading). The notice's own 文号, and the red head above it, may open the line before the title
    (:func:`_after_own_number`)."""
    start, cited = _after_own_number(line)
    if start:
        line = line[start:]
    ends = [i for i in info_labels_run_in(line[:_PAGE_HEAD]) if i > 0]
    if cited:  # the title printed as a citation after the number (…22号《…的通知》浏览量:…) ends inside its 》
        ends.append(line.index("》"))
        line = line[1:]
        ends = [end - 1 for end in ends]
    ends.extend(position for position in range(1, min(len(line), _PAGE_HEAD))
                if (marker := item_marker_at(line, position, _MARKER_WINDOW)) is not None and marker.number.value == 1)
    folded_line = fold(line)
    ends.extend(m.end() for m in _NOTICE_END.finditer(folded_line, 0, _PAGE_HEAD) if "关于" in folded_line[:m.start()])
    # The addressees, opening with 各, right after the title (…的意见各州、市人民政府，省直各委、办、厅、局：).
    ends.extend(p for p in range(1, min(len(line), _PAGE_HEAD)) if folded_line[p] == "各" and names_addressees(folded_line, p))
    # A report's title run into its address to its hearers (…情况汇 报 尊敬的蔡主任…): it ends before the salutation,
    # read past its letter-spacing (the one place a title's gaps are read past: the salutation closes it).
    saluted = _salutation_starts(line[:_PAGE_HEAD])
    ends.extend(saluted)
    for end in sorted(ends):
        head = line[:end].strip()
        folded = fold(without_glosses(head))
        if end in saluted:
            folded = squash(folded)
            if not folded.endswith(_report_endings()):
                continue  # 欢迎词 尊敬的…: a salutation after words no report's title ends with
            if _CLAUSE_MARK.search(folded):
                continue  # 各位领导，下面我把…情况汇报 尊敬的…: a sentence's 汇报, its clauses parted, no title
        if not (is_title_part(head) and TITLE_END.search(folded)) or len(folded) > _RUN_ON_TITLE_MAX:
            continue
        if folded.count("《") != folded.count("》"):
            continue  # cut inside a title it cites (关于转发《…的通知》的通知)
        issuer, _, _ = folded.partition("关于")
        issuer = _forwarding(issuer)
        if "关于" in folded and issuer and not (len(issuer) <= 20 and (ends_like_a_body(issuer) or PLACE.match(issuer)
                                                                      or _place_alone(issuer))):
            continue  # the page's own words before the issuer (轻触这里关闭目录…人民政府…关于): no title to tell apart
        if _NUMBER_IN.search(issuer):
            continue  # a 文号 before 关于 that heads no title: a sentence citing documents (…39号和省政府办公厅关于…)
        if issuer.startswith(_sentence_openings()):
            continue  # a sentence citing a title (根据省政府办公厅关于印发…的通知要求，…), no title of its own
        return head
    return None


# What parts a sentence's clauses, never a title's words (a title lists with 、): words before a salutation holding one
# are the page's sentence (今年以来…，现就有关工作情况汇报 尊敬的…).
_CLAUSE_MARK = compiled(r"[，,；;。：:！!？?]")


def _salutation_starts(head: str) -> list[int]:
    """Where, in a line's head, a salutation opens after a space (… 尊敬的…: tasklist.toml ``salutations``)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary().salutations
    return [at for at in range(1, len(head)) if head[at - 1].isspace() and head.startswith(words, at)]


def _report_endings() -> tuple[str, ...]:
    """How a report's title ends, that a salutation may follow (tasklist.toml ``saluted_title_endings``: 汇报, 报告)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().saluted_title_endings


# A notice forwarding another body's document (兰州市人民政府办公厅转发省…办公室关于…的通报的通知).
_FORWARDS = compiled(r"^(?P<issuer>\p{Han}{2,20}?)(?:转发|批转)(?P<forwarded>\p{Han}{2,30})$")


def _forwarding(issuer: str) -> str:
    """What stands before a title's 关于, as its issuer: the body forwarding (…办公厅 of …办公厅转发
    省…办公室) when what follows 转发 or 批转 is the name of the body whose document it forwards;
    as it stands otherwise."""
    match = _FORWARDS.match(issuer)
    return match["issuer"] if match is not None and ends_like_a_body(match["forwarded"]) else issuer


def _place_alone(issuer: str) -> bool:
    """Whether what stands before a title's 关于 is a place the gazetteer knows, written without its
    level (泰州关于印发…的通知: a city's site naming the city as the issuer)."""
    from pilotplans.normalizers.registry import load_registry

    found = load_registry().gazetteer.find_place(issuer)
    return found is not None and found.kind == "region"


# The notice's own 文号 opening a line that ran on, perhaps after the red head above it (鞍山市立山区人民
# 政府文件鞍立政发〔2023〕2号立山区人民政府关于印发…的通知…, 武政办〔2021〕22号《武汉市人民政府办公厅关于…
# 的通知》浏览量:…), the title following it with nothing but the issuer's name before its 关于.
_OWN_NUMBER_OPENING = compiled(
    r"^\s*(?:\p{Han}{2,40}?文\s*件)?\s*" + doc_no_pattern() + r"\s*"
    r"(?=《?(?![和及与])\p{Han}{2,40}?关于)")


_NUMBER_IN = compiled(r"[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号")


def _sentence_openings() -> tuple[str, ...]:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().sentence_openings


def _after_own_number(line: str) -> tuple[int, bool]:
    """Where the title starts after the notice's own 文号 (and its red head) opening a line that ran
    on, and whether it is printed as a citation (《…》); (0, False) when no number opens the line."""
    match = _OWN_NUMBER_OPENING.match(fold(line))
    if match is None:
        return 0, False
    cited = line.startswith("《", match.end()) and "》" in line[match.end():match.end() + _PAGE_HEAD]
    return match.end(), cited


_INFO_HEAD = 400


def _info_run_on(line: str) -> list[str]:
    """The information table a page printed at the head of a line that ran on (…的通知索 引 号 MB…
    发文日期 2023-01-03发布机构 区人民政府办公室文    号 蔡政办〔2023〕1号…), as one row of cells ruled
    apart at its labels; the last value runs into the text, which its label's kind then refuses
    (a body's name, a 文号, a date read as one or not at all). None when it has fewer than two labels."""
    starts = info_labels_run_in(line[:_INFO_HEAD], apart=True)
    if len(starts) < 2:
        return []
    cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], min(len(line), _INFO_HEAD)])]
    return [" | ".join(cells)]


def _date_in_line(match: regex.Match[str]) -> tuple[regex.Match[str], str | None] | None:
    """A notice's date, unsigned, found in a line that ran on after the sentence issuing the plan,
    when the plan's title the notice cites follows it (…现印发给你们，请认真贯彻落实。2023年6月30日
    以控制成本为核心…措施为深入贯彻…), or after the sentence forwarding the document it names when that
    document follows it as the notice's attachment (…《关于…的通报》转发给你们,…见到实效。 二○○五年十一月二十一日
    附: 关于…的通报 各市州人民政府: …); None otherwise."""
    before, rest = _around_signed(match)
    if _FORWARDS_NAMED.search(fold(before)) and (mark := _ATTACHED_OPENING.match(fold(rest))) is not None:
        return (match, None) if _cited_title_opening(before, fold(rest)[mark.end():]) is not None else None
    if not _ISSUES_NAMED.search(fold(before)):
        return None
    title = _cited_title_opening(before, rest)
    return (match, title) if title is not None else None


def _signed_after_issuing(line: str) -> bool:
    """Whether a line shorter than a page run on closes with the notice's signature and date right after the sentence
    issuing the plan it names (…《X》印发给你们,请…落实。 附件:X 吉林省教育厅 2015年3月10日): a copy that ran only its
    signature onto the sentence's line. Nothing may follow the date (…。市政府2023年6月30日召开常务会议… is a
    sentence's), and the sentence must issue the plan (a date after any other sentence may be an item's)."""
    if "印发" not in line:
        return False
    for match in _SIGNED_IN_LINE.finditer(line):
        before, rest = _around_signed(match)
        if not rest and signed_line(match["signed"]) is not None and _ISSUED_BEFORE_SIGNATURE.search(before):
            return True
    return False


def _around_signed(match: regex.Match[str]) -> tuple[str, str]:
    """The line a signature or date was found in, before it and (stripped) after it."""
    line = match.string
    return line[:match.start("signed")], line[match.end("signed"):].strip()


def _cited_title_opening(before: str, rest: str) -> str | None:
    """The title a notice cites in ``before`` when ``rest`` opens with it (without spaces, folded)."""
    return next((t for t in cited_titles(before) if squash(fold(rest)).startswith(t)), None)


def _signature_in_line(match: regex.Match[str]) -> tuple[regex.Match[str], str | None] | None:
    """A signature with its date found in a line that ran on, and the title the notice cites when
    the rest of the line opens with it; None when the name is no body's, or what follows the date
    does not end the notice (see :func:`run_on_lines`)."""
    if signed_line(match["signed"]) is None:
        return None
    before, rest = _around_signed(match)
    title = _cited_title_opening(before, rest)
    if rest and title is None and not _NOTE_OPENING.match(fold(rest)) and not _ISSUES_NAMED.search(fold(before)):
        return None
    return match, title


def _squashed_prefix_end(text: str, prefix: str) -> int:
    """Where in ``text`` the ``prefix`` (written without spaces, folded) ends, spaces in ``text`` aside."""
    seen = 0
    for index, char in enumerate(text):
        if char.isspace():
            continue
        seen += 1
        if seen == len(prefix):
            return index + 1
    return len(text)


# A government's order printed as its head does on a law site or in a gazette: the order's name alone on its line
# (中华人民共和国国务院令, 沈阳市人民政府令), its number alone on the next (第238号, 第 3 号).
_ORDER_NAME_LINE = compiled(r"^\s*\p{Han}{2,30}(?:政府令|府令|国务院令)\s*$")
_ORDER_NUMBER_LINE = compiled(r"^\s*第\s*\d{1,5}\s*号\s*$")


def order_lines_joined(lines: list[str]) -> list[str]:
    """``lines`` with an order's name and its number, each alone on its line (中华人民共和国国务院令 / 第238号), joined
    into the one line the order's 文号 is (中华人民共和国国务院令第238号), as a head printing it on one line reads. A
    line ending 令 over any other line (an article's number, 第一条) or a number under no order's name stays."""
    joined: list[str] = []
    for line in lines:
        if joined and _ORDER_NUMBER_LINE.match(line) and _ORDER_NAME_LINE.match(joined[-1]):
            joined[-1] = joined[-1].strip() + line.strip()
        else:
            joined.append(line)
    return joined
