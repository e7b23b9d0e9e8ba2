"""What a 文号's letters say of the body that issued it."""

from __future__ import annotations

import unicodedata

from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

# A central body's own 文号 series: 国 and its letters (国发, 国办发, 国函 the State Council's; 国科发, 国能发 its
# ministries'), a letter no place's name opens with.
_CENTRAL_SERIES = compiled(r"^\s*国\p{Han}")


def is_central_series(doc_no: str | None) -> bool:
    """Whether ``doc_no`` (a 文号, traditional characters too) is of a central body's series (国函〔2020〕111号,
    國辦發〔2019〕9號), not a place's (闽政〔2020〕5号, 琼商服〔2020〕150号)."""
    return bool(_CENTRAL_SERIES.match(fold(doc_no or "")))


# A 文号's letters may hold, in brackets, the abbreviation of a district numbering in its municipality's series
# (沪(浦)征地告〔2022〕第14号: 沪 上海's, 浦 浦东新区's land notices); a number may be printed 第N号 (〔2022〕第14号) — an
# order's (…令〔2020〕第3号) is an order's number (metadata.ORDER_NO), no 文号.
# The municipality's abbreviation opens the number (no character of a sentence runs into it): a bracket after words
# of a sentence is theirs (…管理办法(试行)沪府规〔2020〕5号: the number is 沪府规〔2020〕5号 alone).
_DISTRICT_IN_SERIES = r"(?<!\p{Han})\p{Han}{1,2}[（(]\p{Han}{1,2}[）)]\p{Han}{1,8}"
# Round brackets hold a year as the 1970s–80s printed it, two figures too (革发(79)060号, 京政发(1985)3号), and the number
# follows the bracket: 第N号 after a year in round brackets (某公告（2022）第14号) is an announcement's issue, and a court's
# case number (（2022）粤01民初14号) prints its court's letters there — neither is a 文号. A two-figure year follows a
# series' closing letter only (发, 字, 函: 革发(79)060号): after a street's name it is a house's number (人民路(80)12号).
# A site's copy may print the year in lenticular brackets (兰政发【2010】99号, 湘政发【2012】33号): square ones all the same.
_YEAR_AND_NUMBER = (r"\s*(?:[〔［\[【]\s*(?:19|20)\d{2}\s*[〕］\]】]\s*"
                    r"(?:(?<!令\s*[〔［\[【]\s*(?:19|20)\d{2}\s*[〕］\]】]\s*)第\s*)?"
                    r"|[（(]\s*(?:(?:19|20)\d{2}|(?<=[发發字函]\s*[（(]\s*)[5-9]\d)\s*[）)]\s*)\d{1,4}\s*号")


def doc_no_pattern(lazy: bool = False) -> str:
    """The pattern of a 文号 (国函〔2020〕111号, 沪(浦)征地告〔2022〕第14号): up to ten letters before its year in brackets
    — as few as fit where ``lazy`` (a number run on after a title's words) —, its number, 号."""
    return r"(?:" + _DISTRICT_IN_SERIES + r"|\p{Han}{1,10}" + ("?" if lazy else "") + ")" + _YEAR_AND_NUMBER


#: Where a 文号's year opens (its bracket before the year's figures), not a district's bracket in its letters.
YEAR_OPENING = compiled(r"[〔［\[【（(]\s*(?:19|20)\d{2}")


#: The brackets a 文号's year is printed in (〔2020〕, [2020], 【2020】, (2020)), as one.
_YEAR_BRACKETS = str.maketrans("[【(（]】)）", "〔〔〔〔〕〕〕〕")


def same_doc_no(one: str, other: str) -> bool:
    """Whether two 文号 are one, as printed in either set of characters, of digits and of brackets, spaces
    aside (國函［２０２０］111號 is 国函〔2020〕111号)."""
    return doc_no_key(one) == doc_no_key(other)


def doc_no_key(doc_no: str) -> str:
    """``doc_no`` as :func:`same_doc_no` compares it: simplified, half-width, one kind of bracket, no spaces."""
    return fold(unicodedata.normalize("NFKC", doc_no)).translate(_YEAR_BRACKETS).replace(" ", "")


# A 文号 line whose copy lost the bracket closing its year, and the 号 after its number, or only the bracket: the year's
# figures run into the number's (广安区府办发〔202026 for 广安区府办发〔2020〕26号). Letters, the opening bracket, four
# figures of a year, one to four of a number with no leading zero, 号 or nothing, and nothing else on the line.
_YEAR_RUN_INTO_NUMBER = compiled(r"\s*(?P<letters>\p{Han}{1,10})(?P<open>[〔［\[【])\s*(?P<year>(?:19|20)\d{2})"
                                 r"(?P<number>[1-9]\d{0,3})\s*号?\s*")
_CLOSING = {"〔": "〕", "［": "］", "[": "]", "【": "】"}


def year_run_into_number(line: str, year: int | None) -> str | None:
    """The 文号 a line prints with its year's closing bracket lost and the year's figures run into the number's
    (广安区府办发〔202026 → 广安区府办发〔2020〕26号), mended; None for any other line. The figures part only where the
    page's own year, ``year`` (the year of the date it prints), is their first four: with no year to check against
    (None), another year there, or a number left over of five figures or more or opening with 0, the line is left
    unread, since the cut between year and number would be a guess."""
    if year is None:
        return None
    match = _YEAR_RUN_INTO_NUMBER.fullmatch(line)
    if match is None or int(match["year"]) != year:
        return None
    return f"{match['letters']}{match['open']}{match['year']}{_CLOSING[match['open']]}{match['number']}号"
