"""The place whose congress a work report's delivery line names (——2010年12月28日在乌海市海南区 / 第八届人民代表大会第四次
会议上): the government reporting to that congress is that place's, where the report's head names no place of its own
(its speaker saying only 我代表区人民政府)."""

from __future__ import annotations

import regex

from pilotplans.normalizers.glosses import without_glosses
from pilotplans.normalizers.place import NamedPlace, _place_level, division_opening
from pilotplans.normalizers.registry.gazetteer import Gazetteer
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.dates import BRACKETED_LINE, DATE_TEXT
from pilotplans.patterns import compiled

# A delivery line: its dash (a copy may lose it when the line opens with the day), the day, 在, the congress's place,
# then its session (第八届, 十五届) or the congress's name itself (人民代表大会, 人大) right after the place, and the line
# closing there or at its meeting (…第四次会议上): a news sentence opening with its day and going on past the meeting
# (2023年1月8日在乌海市第十届人民代表大会第三次会议上，海南区代表团审议…) is no delivery line — that page is not the
# congress's place's.
# The dash may stand before 在 with no day, the day printed apart under the line in brackets (——在东乌珠穆沁旗第十六届
# 人民代表大会第一会议上 / (2022年1月5日)); a line with neither dash nor day opens no delivery line (在…会议上 is any
# sentence's).
# The line may break after the congress's name (——2020年1月3日在哈尔滨市平房区第十六届人民代表大会 / 第四次会议上): the
# session and the name end it, the place then ending before the session (not run on into it).
_DELIVERY = compiled(rf"^\s*(?:[—–－-]{{1,2}}\s*(?:{DATE_TEXT}\s*)?|{DATE_TEXT}\s*)在\s*(?P<place>\p{{Han}}{{2,24}}?)\s*"
                     r"(?:第?[\d一二三四五六七八九十]{1,3}届|人民代表大会|人大)(?:人民代表大会|人大)?(?:\p{Han}{0,24}?会议上?)?\s*[)）]?\s*$")
# A session line alone, with neither dash nor day (在兰州市城关区第十七届人民代表大会第一次会议上), under the report's own
# head (政府工作报告, 政 府 工 作 报 告 letter-spaced): the report's subtitle, its speaker and day printed under it. The
# head says the line is the report's, as the dash or the day do; a sentence opening 在…会议上 goes on past its meeting.
_SESSION_LINE = compiled(r"^\s*在\s*(?P<place>\p{Han}{2,24}?)\s*(?:第?[\d一二三四五六七八九十]{1,3}届|人民代表大会|人大)"
                         r"(?:\p{Han}{0,24}?会议上?)?\s*$")
# A code's or a decision's adoption line in brackets under its head ((2019年4月26日黑龙江省第十三届人民代表大会常务委员会
# 第十一次会议通过)): the place whose congress's standing committee, or whose government, adopted it, written in full before
# the session (第十三届) or the body's name; its meeting and 通过 close the line.
_ADOPTION = compiled(rf"^\s*{DATE_TEXT}\s*(?P<place>\p{{Han}}{{2,24}}?)\s*(?:第?[\d一二三四五六七八九十]{{1,3}}届)?"
                     r"(?:人民代表大会常务委员会|人大常委会|人民政府)\p{Han}{0,16}?会议通过\s*$")
_REPORT_HEAD = compiled(r"^\p{Han}{0,12}工作报告$")
_GAPS = compiled(r"\s+")
# How many of a page's first lines a report's delivery line stands in (under a site's rows, its headline, the file
# mark of its session and its kind line).
_DELIVERY_WITHIN = 12


def place_of_delivery(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The division whose people's congress the delivery line among ``texts``' first lines names, written in full from
    the line's place to its session (在乌海市海南区第八届人民代表大会…: 乌海's 海南区; the line may break after the place,
    its session on the next line), and the place as written; None where no such line stands there, or its place is no
    division written whole (在区第十五届人大…: a kind word alone; 在某区…: no place the gazetteer knows), or its words
    run on past the division (在海南区政协…: another body's meeting)."""
    lines = [fold(without_glosses(text)).strip() for text in texts[:_DELIVERY_WITHIN]]
    for at, line in enumerate(lines):
        joined = line + (lines[at + 1] if at + 1 < len(lines) else "")
        match = _DELIVERY.search(line) or _DELIVERY.search(joined) or _under_report_head(lines, at)
        if match is None:
            continue
        return _division_whole(match["place"], gazetteer)
    return None


def _division_whole(written: str, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """``written`` and the division it names, where it is one division written whole (乌海市海南区); None where it is
    none the gazetteer knows, or runs on past the division (区: a kind word alone; 海南区政协: another body)."""
    opening = division_opening(written, gazetteer)
    if opening is None or opening.end != len(written):
        return None
    region = opening.region
    return written, NamedPlace(written=written, region_id=region.id, name=region.name, level=_place_level(region))


def _under_report_head(lines: list[str], at: int) -> regex.Match[str] | None:
    """The session line ``lines[at]`` (:data:`_SESSION_LINE`) where the nearest non-blank line above it is the
    report's own head (政府工作报告, its letters spaced or not); None elsewhere."""
    above = next((line for line in reversed(lines[:at]) if line.strip()), None)
    if above is None or _REPORT_HEAD.match(_GAPS.sub("", above)) is None:
        return None
    return _SESSION_LINE.match(lines[at])


def place_of_adoption(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The division whose congress's standing committee or government adopted the page's text, as the adoption line in
    brackets among ``texts``' first lines names it ((2019年4月26日黑龙江省第十三届人民代表大会常务委员会第十一次会议通过):
    黑龙江), and the place as written; None where no such line stands there, or its place is no division written whole
    (在区…: a kind word alone; a body's name run on past the division)."""
    for text in texts[:_DELIVERY_WITHIN]:
        bracketed = BRACKETED_LINE.match(fold(without_glosses(text)))
        match = _ADOPTION.match(bracketed["inner"]) if bracketed is not None else None
        if match is None:
            continue
        return _division_whole(match["place"], gazetteer)
    return None


# An adoption line in brackets naming its congress or government by the level word alone, its place printed first thing
# on the line under it ((2011年1月9日县十六届人大五次会议通过) over 房县第十六届人民代表大会第五次会议,听取和审议了…): the day,
# the level word, a congress's session (十六届) and its name (人大, 人民代表大会, its standing committee), or a government's
# name (县人民政府第5次常务会议), then its meeting and 通过.
_ADOPTION_BY_LEVEL = compiled(rf"^\s*{DATE_TEXT}\s*(?P<body>(?P<kind>[省市县区旗州盟])\s*"
                              r"(?:第?(?P<session>[\d一二三四五六七八九十]{1,3})届\s*(?:人民代表大会|人大)(?:常务委员会|常委会)?"
                              r"|(?:人民)?政府)[\p{Han}\d]{0,16}?会议)\s*通过\s*$")
# The line under it naming the congress again, its place first, then the same session and the congress's name
# (房县第十六届人民代表大会…: 房县第十六届政协… is another body's), or the government by its name ((人民)政府) after the
# place, opening a document's head or its meeting (房县人民政府关于…, 房县人民政府令, 房县人民政府第5次常务会议): a place's
# government named as a subject (房县政府工作报告…) places nothing.
# A copy may print the opening twice (房县第十六届房县第十六届人民代表大会…): read once.
_SESSION_OPENING = r"\s*第?{session}届(?:\s*{place}\s*第?{session}届)?\s*(?:人民代表大会|人大)"
_GOVERNMENT_OPENING = compiled(r"^\s*(?:人民)?政府\s*(?:关于|令|第)")


def adoption_placed_next(texts: list[str], gazetteer: Gazetteer) -> tuple[str, tuple[str, NamedPlace]] | None:
    """The adopting session or government an adoption line among ``texts``' first lines names by its level word alone
    ((2011年1月9日县十六届人大五次会议通过): 县十六届人大五次会议, as printed), with the place the next line opens with and
    the place as written (房县), where that line opens with a division written whole whose name ends in that level word
    and goes on with the same session and the congress's name (房县第十六届人民代表大会…) or with the government's name
    opening a document's head or its meeting (房县人民政府关于…). None anywhere else: a next line opening with other
    words (关于…市…的决议: a place the resolution is about), with a place of another kind (十堰市… under 县…), with a
    place and no session or another one (房县代表团…, 房县第十五届…), with another body of the same session
    (房县第十六届政协…), or with the government named as a subject (房县政府工作报告…)."""
    lines = [fold(without_glosses(text)).strip() for text in texts[:_DELIVERY_WITHIN]]
    for at, line in enumerate(lines):
        bracketed = BRACKETED_LINE.match(line)
        match = _ADOPTION_BY_LEVEL.match(bracketed["inner"]) if bracketed is not None else None
        if match is None:
            continue
        under = next((other for other in lines[at + 1:] if other), "")
        opening = division_opening(under, gazetteer)
        if opening is None or opening.end < 2 or not under[:opening.end].endswith(match["kind"]):
            return None
        region, written, rest = opening.region, under[:opening.end], under[opening.end:]
        session = (_SESSION_OPENING.format(session=regex.escape(match["session"]), place=regex.escape(written))
                   if match["session"] else None)
        said = regex.match(session, rest) if session is not None else _GOVERNMENT_OPENING.match(rest)
        if said is None:
            return None
        return match["body"], (written, NamedPlace(written=written, region_id=region.id, name=region.name,
                                                   level=_place_level(region)))
    return None
