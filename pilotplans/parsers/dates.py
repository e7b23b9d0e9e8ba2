"""A date as a notice prints it: on a line of its own, or closing the signature before it.

``2021年3月5日`` or ``二〇二一年三月五日`` (with 〇 printed as 零, ○, Ｏ or O by some typesetters, and read as the
digit 0 or the letter o by OCR: 二0一二年), alone on
its line (or wholly in brackets there: （二OO八年二月二十六日）, the date a district's notice prints
over its text) or after the body that signs it (威海市商务局 2021年6月18日, 岳阳市人民政府办公室2025年7月13日).
"""

from __future__ import annotations

import datetime as dt

import regex

from pilotplans.normalizers.numbers import chinese_to_int
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.issuer_names import SPACES, bodies_apart, ends_like_a_body
from pilotplans.patterns import compiled
from pilotplans.textutil import nfkc

# A date's year (2021, 二〇二一) and its month's or day's number (5, 五, 十二), as dates print them.
_YEAR = r"(?:19|20)\d{2}|(?=[〇零○ＯOo0０]*[一二三四五六七八九])[二〇零一二三四五六七八九○ＯOo0０]{4}"
_NUMBER = r"[\d一二三四五六七八九十]{1,3}"
DATE_TEXT = rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{_NUMBER})\s*月\s*(?P<d>{_NUMBER})\s*日"
# A date printed by its month only (2021年5月, 二〇二一年五月), as a notice may be dated: a date, no title's
# line, though a title may name a month among its words (2023年5月重点工作安排).
MONTH_LINE = compiled(rf"^\s*(?:{_YEAR})\s*年\s*{_NUMBER}\s*月份?\s*$")
# A month whose year in words lost its zero to a page's font (二〇二一年八月 printed 二一年八月, the page's 二〇三五年
# printed 二三五年): too few numerals for a year, opening as a year of the 1900s or 2000s does (一九, 二), no zero
# among them. A date a reader cannot read, but a date: the maker over it dated the document so.
ZEROLESS_MONTH_LINE = compiled(r"^\s*(?:一九|二)[一二三四五六七八九]{1,2}\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月\s*$")
# (A web page may print a run of ? after the date, where its spaces were lost in the encoding.)
_DATE = compiled(rf"^\s*{DATE_TEXT}[\s?？]*$")
# A signature and its date on one line: 威海市商务局 2021年6月18日, or run together when the
# signature ends like a body's name (岳阳市人民政府办公室2025年7月13日). A joint signature prints its bodies a
# space apart (商务部 国家发展改革委 财政部 2021年3月1日): read so only where each piece is a known body's name.
_SIGNED = compiled(rf"^\s*(?P<issuer>\p{{Han}}(?:[\p{{Han}}（）()]|[ \t\u3000]+(?=\p{{Han}})){{1,38}}?)(?P<gap>\s*){DATE_TEXT}\s*$")
# Forms of the numeral zero printed in dates (〇, 零, and the circle or letter some typesetters use), and
# read in them (OCR reads a printed 〇 as the digit 0 or the letter o beside the other numerals: 二0一二).
_ZERO = {"零": "〇", "○": "〇", "Ｏ": "〇", "O": "〇", "o": "〇", "0": "〇", "０": "〇"}
# A line printed wholly in one bracket, its content as ``inner``: a date line so (（二OO八年二月二十六日）),
# and a line never the first of a title (a title's qualifier after its first line, (2018—2020年), or a
# site's note on the text, (本文有删减)).
BRACKETED_LINE = compiled(r"^\s*[（(]\s*(?P<inner>[^（()）]*?)\s*[)）]\s*$")


# A code of rules' line under its title saying when a congress or a government adopted it, in brackets
# ((2024年4月24日黑龙江省第十四届人民代表大会常务委员会第十三次会议通过)): its date, as a notice's signed date is.
_ADOPTED = compiled(rf"^{DATE_TEXT}\p{{Han}}[\p{{Han}}\d]{{2,60}}?(?:会议|會議)(?:通过|通過)$")


def signed_line(text: str) -> regex.Match[str] | None:
    """A signature and its date on one line, apart or run together: the signature is a body's
    name (完成时限 2023年12月31日 is a deadline, not a signature)."""
    return _signed(_SIGNED.match(text))


# A date whose closing 日 the copy lost (2021年2月22): its year, month and day all printed, in Arabic figures.
_DAY_UNMARKED_TEXT = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
# A signature and a date whose closing 日 the copy lost on one line (寿县人民政府督查室           2022年8月19).
_SIGNED_DAY_UNMARKED = compiled(_SIGNED.pattern.replace(DATE_TEXT, _DAY_UNMARKED_TEXT))


def signed_day_unmarked_line(text: str) -> regex.Match[str] | None:
    """A signature and its date whose closing 日 the copy lost on one line (寿县人民政府督查室  2022年8月19), read as
    :func:`signed_line` reads one (a deadline's 完成时限 2023年12月31 is none), or None. Only a notice's metadata reads
    it: in a task list a body and a date so cut may be an item's owner and deadline."""
    if not text[-1:].isdigit() or "月" not in text:
        return None  # a date so cut ends with its day's figures after 月
    return _signed(_SIGNED_DAY_UNMARKED.match(nfkc(text)))


def read_signed_day_unmarked_date(signed: regex.Match[str]) -> dt.date | None:
    """The date of a signature line whose date lost its closing 日, from its match
    (:func:`signed_day_unmarked_line`), or None where it names no day of the calendar."""
    return _date_of(signed)


def _signed(match: regex.Match[str] | None) -> regex.Match[str] | None:
    """``match``, a signature's and a date's, where the signature is a body's name (a joint one's each piece)."""
    if match is None or not ends_like_a_body(match["issuer"]):
        return None
    if SPACES.search(match["issuer"]) and bodies_apart(match["issuer"]) is None:
        return None  # words a space apart before a date that are no joint signature
    return match


def read_date(text: str) -> dt.date | None:
    """The date a standalone date line prints (2020年11月6日 or 二〇二〇年十一月六日), also after a
    signature on the same line (威海市商务局 2021年6月18日, 岳阳市人民政府办公室2025年7月13日), its digits
    full-width or not (２０１７年３月１日)."""
    if "日" in text:  # every date line ends 日: folding the others would only cost
        text = nfkc(text)
    return _date_of(_DATE.match(text) or signed_line(text))


def read_date_alone(text: str) -> dt.date | None:
    """The date a line prints alone (2023年5月6日, 二〇二三年五月八日, ２０１７年３月１日), as :func:`read_date` reads one;
    None for a line printing anything else beside it, a signature too."""
    if "日" not in text:
        return None
    return _date_of(_DATE.match(nfkc(text)))


# A date and the body that made the document, in one bracket under its title, as a law site prints them ((1992年6月15日
# 国家旅游局), （一九九六年五月十五日 国务院）): the date, the maker a space after it.
_DATE_THEN_MAKER = compiled(rf"^{DATE_TEXT}[ \t\u3000]+(?P<maker>\p{{Han}}{{2,30}})$")


def read_bracketed_date(text: str, with_maker: bool = True) -> dt.date | None:
    """The date a line prints wholly in brackets (（二OO八年二月二十六日）), alone or with the body that made the
    document after it ((1992年6月15日 国家旅游局): a name ending as a body's does; a deadline's words after a date,
    (2023年12月31日 前完成), are none; ``with_maker`` False reads the date alone only). Only the notice's head prints its
    date so; in a task list the same line is an item's deadline, which is why :func:`read_date` does not read it."""
    bracketed = BRACKETED_LINE.match(text)
    if bracketed is None:
        return None
    inner = bracketed["inner"]
    if (alone := _DATE.match(inner)) is not None:
        return _date_of(alone)
    made = _DATE_THEN_MAKER.match(inner) if with_maker else None
    return _date_of(made) if made is not None and ends_like_a_body(made["maker"]) else None


# A report's delivery line, under its head or after its title on one line (——2019年1月8日在朝阳区第十六届人民代表大会 /
# 第五次会议上): the day it was delivered, the report's date; the clause after the title is its subtitle.
DELIVERED = compiled(rf"\s*[—–－-]{{1,2}}\s*{DATE_TEXT}\s*在\p{{Han}}")


# The same line printed with no dash, alone on its line (2023年1月10日在自治县第九届人民代表大会第二次会议上,
# 2010年6月11日在铜川市王益区第八届人民代表大会第四次会议上): a delivery line only as a whole line naming a congress's
# session (a news sentence opening with its day, 2023年1月8日在区人大常委会会议上，…, goes on past it), matched folded to
# simplified script.
_DELIVERED_LINE = compiled(rf"^\s*{DATE_TEXT}\s*在\p{{Han}}{{0,24}}?(?:人民代表大会|人大)\p{{Han}}{{0,16}}会议上\s*$")


def read_delivered_date(text: str) -> dt.date | None:
    """The date a report's delivery line gives (——2012年2月1日在滨海新区第一届人民代表大会第三次会议上, alone or after
    the report's title; or the line alone with no dash, 2023年1月10日在…人民代表大会第二次会议上), or None."""
    plain = nfkc(text)
    return _date_of(DELIVERED.search(plain) or _DELIVERED_LINE.match(fold(plain)))


def read_adopted_date(text: str) -> dt.date | None:
    """The date of a line in brackets saying when a congress or a government adopted a code of rules
    ((2024年4月24日黑龙江省第十四届人民代表大会常务委员会第十三次会议通过)), or None. It dates a code of rules
    printing no other date; a notice signed and dated is dated by its signature, whatever meeting adopted it."""
    bracketed = BRACKETED_LINE.match(text)
    return _date_of(_ADOPTED.match(nfkc(bracketed["inner"])) if bracketed is not None else None)


def _date_of(match: regex.Match[str] | None) -> dt.date | None:
    if not match:
        return None
    year = match["y"]
    year_value = int(year) if year.isdigit() else int("".join(str("〇一二三四五六七八九".index(_ZERO.get(c, c))) for c in year))
    month, day = chinese_to_int(match["m"]), chinese_to_int(match["d"])
    if month is None or day is None:
        return None
    try:
        return dt.date(year_value, month, day)
    except ValueError:
        return None


# A date whose 年, 月 and 日 a copy lost, leaving its figures run together on their line (2024327 for
# 2024年3月27日, 2022526 for 2022年5月26日): a year, then a month and a day of one or two figures each; the
# copy may have kept the closing 日 alone (2023925日 for 2023年9月25日).
_FIGURES_ONLY = compiled(r"^\s*(?P<y>(?:19|20)\d{2})(?P<md>\d{2,4})\s*日?\s*$")


def _figures_only(text: str) -> regex.Match[str] | None:
    """A line of figures alone that may be a date whose 年月日 the copy lost: its year no later than this one (a
    notice is dated the day it is signed, never after; 2062811 under a body's name is a telephone number)."""
    match = _FIGURES_ONLY.match(nfkc(text))
    return match if match is not None and int(match["y"]) <= dt.date.today().year else None


# A date on a line of its own whose closing 日 the copy lost (2021年2月22).
_DAY_UNMARKED = compiled(rf"^\s*{_DAY_UNMARKED_TEXT}\s*$")


def read_day_unmarked_date(text: str) -> dt.date | None:
    """The date a line alone prints whose closing 日 the copy lost (2021年2月22), or None (also where its month and day
    name no day of the calendar: 2021年2月30). Under a signature it is the signature's date; elsewhere it may be a
    task's cut deadline, so only a notice's metadata reads it, under a body's name (see metadata)."""
    if not text[-1:].isdigit() or "月" not in text:
        return None  # a date so cut ends with its day's figures after 月
    return _date_of(_DAY_UNMARKED.match(nfkc(text)))


def day_unmarked_date_line(text: str) -> bool:
    """Whether a line alone is a date whose closing 日 the copy lost (2021年2月22), its month and day a real date's:
    under a signature it closes the signature as a date line does."""
    return read_day_unmarked_date(text) is not None


# A template's date, its year's figures (or all of them) left as placeholders (20xx年11月30日, 20XX年X月X日, ××××年××月
# ××日), as a sample-text site prints a document's: no date.
_PLACEHOLDER = r"[xX×Ｘｘ]"
_TEMPLATE_DATE = compiled(rf"^\s*(?:19|20)?{_PLACEHOLDER}{{2,4}}\s*年\s*(?:\d{{1,2}}|{_PLACEHOLDER}{{1,2}})\s*月"
                          rf"\s*(?:\d{{1,2}}|{_PLACEHOLDER}{{1,2}})\s*日\s*$")


def template_date_line(text: str) -> bool:
    """Whether a line alone is a template's date, its year a placeholder (20xx年11月30日): no date, but under a
    signature it closes the signature as a date line does."""
    return _TEMPLATE_DATE.match(text) is not None


def figures_date_line(text: str) -> bool:
    """Whether a line of figures alone is a date whose 年月日 the copy lost (2019114), read or not: a year,
    then figures at least one split of which is a month and a day (2019114: 1-14 or 11-4). Under a
    signature it closes the signature as a date line does, though :func:`read_figures_date` reads no
    date from it where the splits disagree."""
    match = _figures_only(text)
    return match is not None and bool(_figure_splits(match))


def _figure_splits(match: regex.Match[str]) -> set[dt.date]:
    """The dates a line of figures alone (:func:`_figures_only`) gives, its month's and day's figures split after the
    first or the second (2019114: 2019-01-14 and 2019-11-04; 2024327: 2024-03-27 alone, 32-7 being none)."""
    year, figures = int(match["y"]), match["md"]
    found = set()
    for cut in (1, 2):
        month, day = figures[:cut], figures[cut:]
        if not 1 <= len(day) <= 2:
            continue
        try:
            found.add(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    return found


def read_figures_date(text: str) -> dt.date | None:
    """The date a line of figures alone prints when the copy lost its 年月日 (2024327): read only where
    one split of the month's and the day's figures gives a date (327: 3-27, as 32-7 is none; 2024111
    could be 1-11 or 11-1 and reads as nothing). Two figures that are a month alone (202412: 2024年12月, a
    year and month as tables and periods print them) are that reading too, and read as nothing."""
    match = _figures_only(text)
    if match is None:
        return None
    figures = match["md"]
    if len(figures) == 2 and 1 <= int(figures) <= 12:
        return None  # 202412 (2024-12, or 2024-1-2): a month alone fits as well as a month and a day
    found = _figure_splits(match)
    return found.pop() if len(found) == 1 else None
