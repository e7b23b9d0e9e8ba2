"""A page printing no head (a news item, a profile) that speaks of one township: the township's page, at the township
level, placed in the one county its text names in full often enough (陈家桥街道… in 沙坪坝区's street profile; 体育场街道…
in 张店区's news; 杏坪镇…, its county 柞水县 named once: unplaced). A township's own body's page whose issuer names no
county (伊金霍洛镇人民政府's report on its banner's portal, 伊金霍洛旗 printed twice) is placed so too, in its namesake
county only, and a township's page whose 来源 row names its county before it (来源: 新绛县古交镇) in that county."""

from __future__ import annotations

from collections import Counter

import regex

from pilotplans.normalizers.place import NamedPlace
from pilotplans.normalizers.registry.gazetteer import Gazetteer
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

#: How many times a page names the township it speaks of, by its name and word, at the least (陈家桥街道 four times): a
#: township named once or twice is one the page mentions (a street visited, a town in a county's list).
TOWNSHIP_PAGE_LEAST = 3
#: The longest own name before a township's word read (体育场, 陈家桥; 4: 巴彦淖尔 would be a 苏木's).
_NAME_LONGEST = 4


def township_spoken_of(texts: list[str], gazetteer: Gazetteer) -> str | None:
    """The one township (its name and word, as folded: 陈家桥街道) ``texts`` name :data:`TOWNSHIP_PAGE_LEAST` times or
    more, more often than any other — its own name the longest before the word that every one of those times prints
    (体育场 of 体育场街道, never 由体育场 once) — where it is one township's name: not a collective (各街道, 全镇), a sort of
    town (特色小镇), nor a county's or a city's name closing with the word (景德镇, 武乡). None where no township is named
    so often, or two are as often (whose page it is the text does not say)."""
    from pilotplans.normalizers.township import _a_place_s_name, _named_before, _words

    words = _words()
    text = "\n".join(fold(line) for line in texts)
    counts: Counter[tuple[str, str]] = Counter()
    for word in sorted(words.words, key=len, reverse=True):
        for match in compiled(regex.escape(word)).finditer(text):
            # looked for in the few characters before the word only (one more: ``$`` holds before a closing line break):
            # searched from the text's start, every word's look went over the whole text before it
            before = compiled(rf"\p{{Han}}{{1,{_NAME_LONGEST}}}$").search(
                text, max(0, match.start() - _NAME_LONGEST - 1), match.start())
            if before is None or text[match.start() - 1:match.start()] in words.words:
                continue
            own = before[0]
            for length in range(2, len(own) + 1):
                counts[(own[-length:], word)] += 1
    # how often each name is printed with one more character before it: a name printed so every time is part of a longer
    # one (育场街道 of 体育场街道), no name of its own
    longer: Counter[tuple[str, str]] = Counter()
    for (own, word), count in counts.items():
        if len(own) > 2:
            longer[(own[1:], word)] = max(longer[(own[1:], word)], count)
    best = {(own, word): count for (own, word), count in counts.items()
            if count >= TOWNSHIP_PAGE_LEAST and longer[(own, word)] < count and _named_before(own, word)
            and not (own + word).endswith(words.sort_endings) and not _a_place_s_name(own, word, gazetteer)}
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    own, word = ranked[0][0]
    if not _speaks_as_township(text, own, word, words.bodies):
        return None  # 统筹城乡, 推进乡村, 新型城镇化 three times: words closing with a township's word, no body of one
    return own + word


def _speaks_as_township(text: str, own: str, word: str, bodies: tuple[str, ...]) -> bool:
    """Whether ``text`` names a body of the township ``own`` + ``word`` — by its name (体育场街道党工委, 杏坪镇政府) or by
    its word alone, standing after no other character of a name (，街道党工委、办事处; 镇长、镇党委 is a town's too, but
    the word must open the name: 各乡镇党委 is a county's): a page of a township speaks of its bodies; a page repeating a
    phrase closing with the word (统筹城乡, 推进乡村振兴, 新型城镇化) names none."""
    from pilotplans.textutil import longest_first

    alternatives = "|".join(regex.escape(body) for body in longest_first(bodies))
    return compiled(rf"(?:{regex.escape(own)}|(?<!\p{{Han}})){regex.escape(word)}(?:{alternatives})").search(text) \
        is not None


def county_of_township_page(texts: list[str], gazetteer: Gazetteer,
                            township: str | None = None) -> tuple[str, NamedPlace] | None:
    """The one county-level division a township's page (:func:`township_spoken_of`, ``township`` where the caller has
    read it already: the look goes over every township's word of the page) names in full ``TEXT_PLACE_LEAST``
    times or more (沙坪坝区 twice in 陈家桥街道's profile, 张店区 twice in 体育场街道's news), and its name as written, every
    other place it names lying above it (重庆市政府) — the county it lies in. None where no county is named so often (杏坪镇
    作为柞水县的…, once), or another county is named (a neighbour, a partner: whose township it is the text does not say).
    A county only visited (赴安吉县考察学习) or named in a sentence of aid (争取嘉定区帮扶资金) is passed over."""
    from pilotplans.normalizers.place import (TEXT_PLACE_LEAST, _sentences_outside_aid, named_places,
                                              sentences_outside_guests, visited_unless_partnered)

    visited = visited_unless_partnered(texts, gazetteer)
    if visited is None:
        return None  # 与安吉县签订合作协议: a partner, not the township's own county
    counties: dict[str, list[NamedPlace]] = {}
    above: Counter[str] = Counter()
    disowned: set[str] = set()
    for text in _sentences_outside_aid(sentences_outside_guests(texts)):  # 来自安吉县的考察团: the guests' county
        for place in named_places(fold(text), gazetteer, disowned):
            if place.region_id in visited:
                continue
            if gazetteer.region(place.region_id).level == "county":
                counties.setdefault(place.region_id, []).append(place)
            else:
                above[place.region_id] += 1
    if len(counties) != 1:
        return None
    (county_id, named), = counties.items()
    ancestors = set(gazetteer.ancestors(county_id))
    # a city or province elsewhere named as often as the county (a page of that place's) gainsays it; one named less
    # often (大连万达文旅城项目, a company's name in 陈家桥街道's profile, beside 沙坪坝区 twice) does not
    if len(named) < TEXT_PLACE_LEAST or any(count >= len(named) for place, count in above.items() if place not in ancestors):
        return None
    if township is None:
        township = township_spoken_of(texts, gazetteer)
    if not _linked(texts, {place.written for place in named}, township, gazetteer.region(county_id).short):
        return None  # a county named twice the page never ties to its township: a neighbour's news, no county of its own
    return named[0].written, named[0]


def county_in_source_row(source: str | None, township: str, texts: list[str],
                         gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The county a township's page's ``来源`` row (``source``, its value) names right before the township the page
    speaks of (``来源: 新绛县古交镇`` over 古交镇's news on its county's portal), and its name as written: the row says
    whose news it is, the township's in that county, as a row naming a government's site says whose notice it is. The
    row's first word must be the county's name written in full and the township's name and word, nothing after it,
    and every place the page's ``texts`` name must be that county or lie above it (运城市, 山西省). None where the row
    names the township alone (``古交镇``: 古交市, a county-level city elsewhere, is no county of it), another township (a
    neighbour's news), the county alone or with a body of its own (``新绛县融媒体中心``), a name several counties bear, or
    a name no county's; and none where the page names another county or a city elsewhere (its own county's plan cited
    as ``《新绛县…方案》`` under ``来源: 稷山县古交镇``, a county's guests or a place visited): the row alone then chooses
    nothing."""
    if not source:
        return None
    from pilotplans.normalizers.place import named_places

    value = regex.split(r"\s", fold(source).strip(), maxsplit=1)[0]
    if not value.endswith(township) or value == township:
        return None
    county = value.removesuffix(township)
    named = named_places(county, gazetteer)
    if len(named) != 1 or named[0].written != county or gazetteer.region(named[0].region_id).level != "county":
        return None
    around = set(gazetteer.ancestors(named[0].region_id))
    if any(place.region_id not in around for text in texts for place in named_places(fold(text), gazetteer)):
        return None  # 来源: 稷山县古交镇 over a page citing 《新绛县…方案》 as its own: the page gainsays the row
    return named[0].written, named[0]


def namesake_county_of_township(texts: list[str], gazetteer: Gazetteer, township: str) -> tuple[str, NamedPlace] | None:
    """The county a township's own body's page (``township``, its issuer's: 伊金霍洛镇 of ``伊金霍洛镇人民政府``) lies in,
    where the page names it as :func:`county_of_township_page` asks and the township bears its name (伊金霍洛旗, printed
    twice on its portal). Only the namesake: a county another township's report names twice in one sentence with it is as
    often a neighbour its road runs to (木洞镇至长寿区的公路 in 巴南区's 木洞镇) as its own; None then."""
    found = county_of_township_page(texts, gazetteer, township)
    if found is None or gazetteer.region(found[1].region_id).short != _own_name(township):
        return None
    return found


def _own_name(township: str) -> str:
    """``township`` with its township's word left out (伊金霍洛 of 伊金霍洛镇, 白杨 of 白杨街道)."""
    from pilotplans.normalizers.township import _words

    word = max((w for w in _words().words if township.endswith(w)), key=len, default="")
    return township[:len(township) - len(word)] or township


#: What parts one sentence of a page from the next, as :func:`_linked` reads them.
_SENTENCE_END = compiled(r"[。！？!?\n]")


def _linked(texts: list[str], counties: set[str], township: str | None, short: str | None = None) -> bool:
    """Whether the page ties the township it speaks of (``township``) to the county (as any of ``counties`` writes it):
    one sentence of ``texts`` names the county and the township by its own name, its word left out, outside the county's
    name (沙坪坝区撤销陈家桥镇… for 陈家桥街道, 为贯彻落实张店区…体育场街道…, 杏坪镇作为柞水县的…), the county acting on, or
    owning, its township; or the township bears the county's name (``short``, the county's short name: 伊金霍洛镇 of
    伊金霍洛旗, a banner's or a county's namesake town), so that every sentence naming the county names it. A county named
    only in sentences of its own (淄川区召开…) may be a neighbour's news the page reports."""
    if township is None:
        return False
    own = _own_name(township)
    if own == short:
        return True
    sentences = (part for text in texts for part in _SENTENCE_END.split(fold(text)))
    county_names = regex.compile("|".join(map(regex.escape, sorted(counties, key=len, reverse=True))))
    return any(any(county in sentence for county in counties)
               and own in county_names.sub("", sentence) for sentence in sentences)
