"""Read a notice's metadata (title, 文号, issuer, date, level, region) from its paragraphs.

The notice may be printed above a task table or around a prose task list: a red head
(``…人民政府文件``), the 文号 line, the title (over one or several lines), the addressee, the
印发 sentence, the signature and the date (``2021年3月5日`` or ``二〇二一年三月五日``), which a plan
without a notice prints at its end. Traditional characters are matched as simplified ones
(關於, 號, 印發) and kept as printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from pilotplans.layout import Paragraph
from pilotplans.normalizers.numbers import chinese_to_int
from pilotplans.normalizers.simplified import fold

# 文号: 国函〔2020〕111号, 琼商服〔2020〕150号, 厦府办〔2020〕12号, also with [] or () for 〔〕.
DOC_NO = regex.compile(r"\p{Han}{1,10}\s*[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号")
_DATE_TEXT = r"(?P<y>(?:19|20)\d{2}|[二〇零一二三四五六七八九○Ｏ]{4})\s*年\s*(?P<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[\d一二三四五六七八九十]{1,3})\s*日"
_DATE = regex.compile(rf"^\s*{_DATE_TEXT}\s*$")
# A signature and its date on one line: 威海市商务局 2021年6月18日.
_SIGNED = regex.compile(rf"^\s*(?P<issuer>\p{{Han}}[\p{{Han}}（）()]{{1,38}}?)\s+{_DATE_TEXT}\s*$")
_TITLE_END = regex.compile(r"(通知|批复|方案|意见|办法|分工|清单|计划|表|规划|决定|函|细则|措施|要点)$")
_RED_HEAD = regex.compile(r"^(?P<issuer>\p{Han}{4,40}?)\s*文\s*件$")
_ISSUER_PREFIX = regex.compile(r"^(?P<issuer>\p{Han}{2,40}?)\s*关于")
_PLACE = regex.compile(r"^(?P<place>\p{Han}{2,4}?)(?P<kind>省|市|自治区|特别行政区)")
_SKIP = regex.compile(r"^(附\s*件\s*\d*|[（(]?\s*此件.*|[（(]\s*代章\s*[）)]|抄送.*|印发.*)$")
# A line that can be part of a title: Chinese text, digits, brackets and quotes, nothing else.
_TITLE_PART = regex.compile(r"^[\p{Han}\d（）()、，“”‘’《》〔〕［］\s·—\-]+$")
_CJK_GAP = regex.compile(r"(?<=[\p{Han}“”《》、])\s+(?=[\p{Han}“”《》、])")
# Forms of the numeral zero printed in dates (〇, 零, and the circle or letter some typesetters use).
_ZERO = {"零": "〇", "○": "〇", "Ｏ": "〇"}


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    level: str | None = None
    region: str | None = None
    parent_doc_no: str | None = None


def _clean(text: str) -> str:
    return _CJK_GAP.sub("", text.strip())


def read_date(text: str) -> dt.date | None:
    """The date a standalone date line prints (2020年11月6日 or 二〇二〇年十一月六日), also after a
    signature on the same line (威海市商务局 2021年6月18日)."""
    match = _DATE.match(text) or _SIGNED.match(text)
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


def _title(texts: list[str]) -> str | None:
    for i, text in enumerate(texts):
        folded = fold(text)
        if _SKIP.match(folded) or DOC_NO.fullmatch(folded.strip()) or _RED_HEAD.match(folded):
            continue
        joined = ""
        for part in texts[i:i + 3]:
            if len(part) > 80 or part.endswith(("。", "：", ":")) or not _TITLE_PART.match(part) or read_date(part):
                break
            joined = _clean(joined + part)
            if _TITLE_END.search(fold(joined)):
                return joined
    return None


def _issuer(texts: list[str], title: str | None) -> str | None:
    if title:
        match = _ISSUER_PREFIX.match(fold(title))
        if match:
            return title[:match.end("issuer")]
    for i, text in enumerate(texts):
        signed = _SIGNED.match(text)
        if signed:
            return _clean(signed["issuer"])
        if read_date(text) is not None:
            for previous in reversed(texts[max(0, i - 3):i]):
                if _SKIP.match(fold(previous)) or previous.endswith(("。", "：")):
                    continue
                if len(previous) <= 40 and regex.fullmatch(r"[\p{Han}（）()\s]+", previous):
                    return _clean(previous)
            break
    for text in texts[:5]:
        match = _RED_HEAD.match(fold(text))
        if match:
            return text[:match.end("issuer")]
    return None


def level_of(issuer: str | None) -> str | None:
    """National, provincial or municipal, as far as the issuer's name tells."""
    if not issuer:
        return None
    issuer = fold(issuer)
    if issuer.startswith(("国务院", "中共中央", "国家")) or regex.match(r"^\p{Han}{1,8}(部|委员会|总局|总署)$", issuer):
        return "national"
    match = _PLACE.match(issuer)
    if match:
        return "provincial" if match["kind"] in ("省", "自治区") else "municipal"
    return None


def read_metadata(paragraphs: list[Paragraph]) -> Metadata:
    """The metadata printed in the paragraphs before a notice's first task table."""
    texts = [line.strip() for p in paragraphs for line in p.text.split("\n") if line.strip()]
    title = _title(texts)
    doc_no = next((t for t in texts if DOC_NO.fullmatch(fold(t))), None)
    cited = [t[m.start():m.end()] for t in texts for m in DOC_NO.finditer(fold(t)) if not DOC_NO.fullmatch(fold(t))]
    parent = next((c for c in cited if c != doc_no), None)
    date = next((d for d in (read_date(t) for t in texts) if d), None)
    issuer = _issuer(texts, title)
    place = _PLACE.match(fold(title or "")) or _PLACE.match(fold(issuer or ""))
    region = place["place"] if place else None
    level = level_of(issuer) or (("provincial" if place["kind"] in ("省", "自治区") else "municipal") if place else None)
    if region and level == "national":
        region = None
    return Metadata(title=title, doc_no=doc_no and regex.sub(r"\s+", "", doc_no), issuer=issuer, date=date,
                    level=level, region=region, parent_doc_no=parent and regex.sub(r"\s+", "", parent))
