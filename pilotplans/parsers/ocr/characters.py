"""What the OCR reader knows of characters (``pilotplans/data/ocr.toml``, validated when loaded):
the punctuation it restores to full width between Chinese characters, the shapes a ruling
line is misread as, and the characters the recogniser reads less surely than most even when it
reads them right (their usual confidence, against which a reading of them is judged)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...errors import PilotplansError
from ..pdf.lines import is_wide  # the PDF reader's: one reading of what prints full width
from .datafile import SOURCE as _SOURCE
from .datafile import ocr_data


@dataclass(frozen=True)
class CharacterKnowledge:
    """What the OCR reader knows of characters it misreads: full-width forms, quotes, rules and dashes."""

    full_width: dict[str, str]
    quote: str
    opening: str
    closing: str
    rule_lookalikes: frozenset[str]
    dash_lookalike: str
    dash: str
    dash_kin: frozenset[str]
    ink_offsets: dict[str, float]
    brackets: tuple[tuple[str, str, str, str], ...]
    """(opening, closing, its ASCII look-alike opening, closing)"""
    nested: tuple[tuple[str, str, str, str], ...]
    """(outer opening, outer closing, inner opening, inner closing): marks printed one inside the other"""
    specks: frozenset[str]
    separators: frozenset[str]
    usual_confidence: dict[str, float]
    """The confidence the recogniser usually gives a character it reads less surely than most,
    when it reads it right (``[usual_confidence]``); other characters' is 1."""
    page_usual_glyphs: int
    """A page's own usual confidence for a class of characters is known from this many of them."""
    line_end_mark: float
    sibling_share: float
    """A measure's field ends like its siblings' when it ends in the mark at least this share of
    them end in (``pilotplans/ingest/confidence.py``) …"""
    min_siblings: int
    """… of at least this many measures having that field."""
    poor_confidence: float
    poor_page_share: float
    poor_page_chars: int
    """A page with at least ``poor_page_chars`` Chinese characters, ``poor_page_share`` of them read
    below ``poor_confidence``, was read poorly overall (``[doubt]``)."""
    unreadable_page_share: float
    """… and with ``unreadable_page_share`` of them below it, was not read at all: its text is garbage."""
    unreadable_page_unsure: int
    """… provided at least this many of them read below it (a figure's few unsure labels are no garbage page)."""
    """The usual confidence of a punctuation mark ending a recognised line."""

    def relative_confidence(self, char: str, confidence: float, page_usual: float = 1.0) -> float:
        """A character's confidence against what the recogniser usually gives it, or its class on
        its page (``page_usual``, the lower; at most 1)."""
        return min(1.0, confidence / min(self.usual_confidence.get(char, 1.0), page_usual))

    @property
    def openings(self) -> frozenset[str]:
        """The ASCII marks of :attr:`full_width` that open (their full-width form is an opening
        bracket): they stand before the text they belong to, the others after it."""
        return frozenset(a for a, wide in self.full_width.items() if unicodedata.category(wide) == "Ps")


def char_class(char: str) -> str:
    """The class a character's confidence is judged with on its page: punctuation marks (small ink,
    read less surely on a poor page) or the rest."""
    return "mark" if unicodedata.category(char).startswith("P") else "text"


def is_chinese(char: str) -> bool:
    """A CJK ideograph (not punctuation)."""
    return unicodedata.category(char) == "Lo" and unicodedata.east_asian_width(char) in ("W", "F")


def _single(value: object, where: str) -> str:
    if not isinstance(value, str) or len(value) != 1:
        raise PilotplansError(f"{_SOURCE}: {where} must be a single character, not {value!r}")
    return value


@lru_cache(maxsize=1)
def knowledge() -> CharacterKnowledge:
    """The character data, validated."""
    raw = ocr_data()
    full = raw.get("full_width")
    if not isinstance(full, dict) or not full:
        raise PilotplansError(f"{_SOURCE}: needs a [full_width] table")
    pairs = {_single(k, "a [full_width] key"): _single(v, f"full_width[{k!r}]") for k, v in full.items()}
    for ascii_form, wide in pairs.items():
        if not ascii_form.isascii() or not is_wide(wide):
            raise PilotplansError(f"{_SOURCE}: full_width maps ASCII to full-width marks, not {ascii_form!r} to {wide!r}")
    offsets: dict[str, float] = {}
    for marks, offset in (raw.get("ink_offset") or {}).items():
        if not isinstance(offset, (int, float)) or not -0.5 < offset < 0.5:
            raise PilotplansError(f"{_SOURCE}: ink_offset[{marks!r}] must be a number of ems between -0.5 and 0.5")
        offsets.update(dict.fromkeys(marks, float(offset)))
    brackets = []
    for entry in (raw.get("brackets") or {}).get("pairs") or []:
        if not isinstance(entry, str) or len(entry) != 4:
            raise PilotplansError(f"{_SOURCE}: each of brackets is four characters: opening, closing, ASCII look-alikes")
        brackets.append((entry[0], entry[1], entry[2], entry[3]))
    nested = []
    for entry in (raw.get("brackets") or {}).get("nested") or []:
        if not isinstance(entry, str) or len(entry) != 4:
            raise PilotplansError(f"{_SOURCE}: each of brackets.nested is four characters: outer opening, closing, inner opening, closing")
        nested.append((entry[0], entry[1], entry[2], entry[3]))
    quotes = raw.get("quotes") or {}
    dashes = raw.get("dashes") or {}
    kin = dashes.get("kin")
    if not isinstance(kin, str) or not kin:
        raise PilotplansError(f"{_SOURCE}: [dashes] needs the dash-like characters as kin")
    lookalikes = (raw.get("rules") or {}).get("lookalikes")
    if not isinstance(lookalikes, list) or not lookalikes:
        raise PilotplansError(f"{_SOURCE}: [rules] needs a list of lookalikes")
    specks = raw.get("specks") or {}
    for key in ("marks", "separators"):
        if not isinstance(specks.get(key), str) or not specks[key]:
            raise PilotplansError(f"{_SOURCE}: [specks] needs {key} as a string of characters")
    usual: dict[str, float] = {}
    for chars, value in (raw.get("usual_confidence") or {}).items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.5 <= value < 1:
            raise PilotplansError(f"{_SOURCE}: usual_confidence[{chars!r}] must be a number in [0.5, 1)")
        usual.update(dict.fromkeys(chars, float(value)))
    page_usual = (raw.get("doubt") or {}).get("page_usual_glyphs")
    if not isinstance(page_usual, int) or isinstance(page_usual, bool) or page_usual < 1:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs page_usual_glyphs, a whole number of at least 1")
    line_end = (raw.get("doubt") or {}).get("line_end_mark")
    if not isinstance(line_end, (int, float)) or isinstance(line_end, bool) or not 0.5 <= line_end <= 1:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs line_end_mark, a number in [0.5, 1]")
    share = (raw.get("doubt") or {}).get("sibling_share")
    if not isinstance(share, (int, float)) or isinstance(share, bool) or not 0.5 < share <= 1:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs sibling_share, a number in (0.5, 1]")
    siblings = (raw.get("doubt") or {}).get("min_siblings")
    if not isinstance(siblings, int) or isinstance(siblings, bool) or siblings < 2:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs min_siblings, a whole number of at least 2")
    poor = {key: (raw.get("doubt") or {}).get(key) for key in ("poor_confidence", "poor_page_share", "poor_page_chars",
                                                         "unreadable_page_share")}
    for key in ("poor_confidence", "poor_page_share", "unreadable_page_share"):
        if not isinstance(poor[key], (int, float)) or isinstance(poor[key], bool) or not 0 < poor[key] < 1:
            raise PilotplansError(f"{_SOURCE}: [doubt] needs {key}, a number in (0, 1)")
    if not isinstance(poor["poor_page_chars"], int) or isinstance(poor["poor_page_chars"], bool) or poor["poor_page_chars"] < 1:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs poor_page_chars, a whole number of at least 1")
    if poor["unreadable_page_share"] <= poor["poor_page_share"]:
        raise PilotplansError(f"{_SOURCE}: [doubt] unreadable_page_share must be above poor_page_share")
    unsure = (raw.get("doubt") or {}).get("unreadable_page_unsure")
    if not isinstance(unsure, int) or isinstance(unsure, bool) or unsure < 1:
        raise PilotplansError(f"{_SOURCE}: [doubt] needs unreadable_page_unsure, a whole number of at least 1")
    return CharacterKnowledge(
        full_width=pairs,
        quote=_single(quotes.get("ascii"), "quotes.ascii"),
        opening=_single(quotes.get("opening"), "quotes.opening"),
        closing=_single(quotes.get("closing"), "quotes.closing"),
        rule_lookalikes=frozenset(_single(c, "a rules lookalike") for c in lookalikes),
        dash_lookalike=_single(dashes.get("lookalike"), "dashes.lookalike"),
        dash=_single(dashes.get("dash"), "dashes.dash"),
        dash_kin=frozenset(kin),
        ink_offsets=offsets,
        brackets=tuple(brackets),
        nested=tuple(nested),
        specks=frozenset(specks["marks"]),
        separators=frozenset(specks["separators"]),
        usual_confidence=usual,
        page_usual_glyphs=page_usual,
        line_end_mark=float(line_end),
        sibling_share=float(share),
        min_siblings=siblings,
        poor_confidence=float(poor["poor_confidence"]),
        poor_page_share=float(poor["poor_page_share"]),
        poor_page_chars=poor["poor_page_chars"],
        unreadable_page_share=float(poor["unreadable_page_share"]),
        unreadable_page_unsure=unsure,
    )


def restored(chars: Sequence[str], printed_wide: Sequence[bool | None] | None = None) -> list[str]:
    """A line's characters with ASCII punctuation between Chinese characters made full width,
    ASCII double quotes made opening or closing quotes (:func:`_quote`), an ASCII bracket that
    closes (or opens) a Chinese one on the line made its partner (〔2010]69号 → 〔2010〕69号), and an
    inner title's closing mark read as the outer one's made the inner one (:func:`_inner_closed`).
    A bracket whose width nothing tells takes its partner's (:func:`_pairs_alike`).

    ``printed_wide`` says for each character, where the page shows it, whether it was printed
    full width (it takes an em of the line) or narrow: a narrow mark is ASCII, as printed (a
    source that sets ``,`` in Chinese text keeps it, even where the recogniser read ``，``); where
    nothing tells, a mark between Chinese characters is taken for the full-width one."""
    known = knowledge()
    result = list(chars)
    wide = _pairs_alike(chars, list(printed_wide) if printed_wide is not None else [None] * len(chars), known)
    narrow = {full: ascii_form for ascii_form, full in known.full_width.items()}
    for i, char in enumerate(chars):
        if char in narrow and wide[i] is False:
            result[i] = narrow[char]
            continue
        before = chars[i - 1] if i > 0 else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        if char not in known.full_width or wide[i] is False:
            continue
        if wide[i] or ((chinese_side(before) or chinese_side(after)) and not (_latin(before) and _latin(after))):
            result[i] = known.full_width[char]
    for i, char in enumerate(result):
        if char == known.quote:
            result[i] = _quote(result, i, known)
    for opening, closing, ascii_open, ascii_close in known.brackets:
        for i, char in enumerate(result):
            if char == ascii_close and opening in result[:i] and closing not in result[result.index(opening):i]:
                result[i] = closing
            elif char == ascii_open and closing in result[i + 1:] and opening not in result[i + 1:result.index(closing, i + 1)]:
                result[i] = opening
    for outer_open, outer_close, inner_open, inner_close in known.nested:
        look_alikes = next(((a_open, a_close) for o, c, a_open, a_close in known.brackets if (o, c) == (inner_open, inner_close)), ("", ""))
        _inner_closed(result, (outer_open, outer_close), (inner_open, inner_close), look_alikes)
    return result


def _pairs_alike(chars: Sequence[str], wide: list[bool | None], known: CharacterKnowledge) -> list[bool | None]:
    """``wide`` with a bracket whose width nothing on the page tells (at a line's end, beside a
    figure) given its partner's on the line, where that one's is told: a source sets a bracket's
    pair alike (策(由市科技局牵头实施): the opening one narrow between Chinese characters, the closing
    one at the line's end narrow too, not ）)."""
    opens: dict[str, str] = {}  # an opening mark, ASCII or full width → its kind (the full-width closing mark)
    closes: dict[str, str] = {}  # a closing mark, ASCII or full width → its kind
    for ascii_open in known.openings:
        full_close = chr(ord(known.full_width[ascii_open]) + 1)
        ascii_close = next((a for a, f in known.full_width.items() if f == full_close), None)
        if ascii_close is not None:
            opens[ascii_open] = opens[known.full_width[ascii_open]] = full_close
            closes[ascii_close] = closes[full_close] = full_close
    result = list(wide)
    open_at: list[int] = []
    for i, char in enumerate(chars):
        if char in opens:
            open_at.append(i)
        elif char in closes and open_at and opens[chars[open_at[-1]]] == closes[char]:
            j = open_at.pop()
            if result[i] is None:
                result[i] = result[j]
            elif result[j] is None:
                result[j] = result[i]
    return result


def _inner_closed(chars: list[str], outer: tuple[str, str], inner: tuple[str, str], look_alikes: tuple[str, str]) -> None:
    """An outer closing mark read where the inner mark opened last, inside an outer pair still open,
    made the inner closing mark (《2021年省〈政府工作报告》重点任务》 → …〈政府工作报告〉…), and an inner
    mark's ASCII look-alike read inside an outer pair still open made the inner mark (《2010年<政府工作报告》
    → 《2010年〈政府工作报告〉), in place. A look-alike outside such a pair (能耗<5万吨, a comparison) stays."""
    (outer_open, outer_close), (inner_open, inner_close), (ascii_open, ascii_close) = outer, inner, look_alikes
    open_marks: list[str] = []
    for i, char in enumerate(chars):
        if char == ascii_open and ascii_open and outer_open in open_marks:
            chars[i] = char = inner_open
        elif char == ascii_close and ascii_close and open_marks and open_marks[-1] == inner_open and outer_open in open_marks[:-1]:
            chars[i] = char = inner_close
        if char in (outer_open, inner_open):
            open_marks.append(char)
        elif char in (outer_close, inner_close) and open_marks:
            if char == outer_close and open_marks[-1] == inner_open and outer_open in open_marks[:-1]:
                chars[i] = inner_close
            open_marks.pop()


def specks(chars: Sequence[str], confidences: Sequence[float], doubted_below: float) -> list[bool]:
    """For each character of a line, whether it is a speck read as a mark: one of ``[specks]
    marks`` read with a confidence below ``doubted_below``, right after a list separator and before
    a Chinese character."""
    known = knowledge()
    return [0 < i < len(chars) - 1 and char in known.specks and confidences[i] < doubted_below
            and chars[i - 1] in known.separators and is_chinese(chars[i + 1])
            for i, char in enumerate(chars)]


def dashes(chars: Sequence[str]) -> list[str]:
    """A run of characters (one line, or a piece of one standing apart) with each run of 一 that
    stands among digits, dashes and the run's ends only read as dashes (一 alone on its piece of
    line is the dash of an empty cell: Chinese text has no lone 一)."""
    known = knowledge()
    result = list(chars)
    i = 0
    while i < len(chars):
        if chars[i] != known.dash_lookalike:
            i += 1
            continue
        end = i
        while end < len(chars) and chars[end] == known.dash_lookalike:
            end += 1
        before = chars[i - 1] if i > 0 else ""
        after = chars[end] if end < len(chars) else ""
        sides = [c for c in (before, after) if c]
        if all(c.isdigit() or c in known.dash_kin for c in sides):
            result[i:end] = [known.dash] * (end - i)
        i = end
    return result


def _quote(chars: Sequence[str], index: int, known: CharacterKnowledge) -> str:
    """An ASCII double quote as the Chinese quote its place calls for: closing after an opening
    quote earlier in the line, opening before a closing one later in it; otherwise closing at the
    end of the line or before punctuation, opening before text."""
    earlier = [c for c in chars[:index] if c in (known.opening, known.closing)]
    if earlier:
        return known.closing if earlier[-1] == known.opening else known.opening
    later = [c for c in chars[index + 1:] if c in (known.opening, known.closing)]
    if later:
        return known.opening if later[0] == known.closing else known.closing
    after = chars[index + 1] if index + 1 < len(chars) else ""
    if not after or (unicodedata.category(after).startswith("P") and after not in "“‘（《"):
        return known.closing
    return known.opening


def chinese_side(char: str) -> bool:
    """A Chinese character or a full-width mark (not a space): the side of a gap that makes it a gap
    in Chinese text (a 、 between its readings, a space beside a figure)."""
    return bool(char) and (is_chinese(char) or (is_wide(char) and not char.isspace()))


def _latin(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalnum()
