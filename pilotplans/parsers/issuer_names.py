"""What a notice's issuer's name is like: a body's ending, and the province or city it opens with.

A title prints its issuer before 关于 (威海市商务局关于…), a signature block over its date; both are
told from the rest of a line by how a body's name ends (the vocabulary's ``body_endings``:
人民政府, 办公室, 局, …) and by the place that opens it (山东省, 中共深圳市委). Traditional
characters are matched as simplified ones.
"""

from __future__ import annotations

import regex

from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

class _PlaceOpening:
    """The province or city a name opens with (a Party committee's opens with 中共 before it: 中共深圳市委 is 深圳's; a
    committee printed with its level word alone, 中共市委办公室, names none: 中共 is no place's name). An autonomous
    region's name is its own name, the peoples it is named after and 自治区 (新疆维吾尔自治区, 广西壮族自治区): its
    place is its own name (新疆, 广西), the peoples its ``people`` — those the gazetteer's autonomous places are named
    after (:attr:`Gazetteer.peoples`), so the pattern is made on first use, from the gazetteer."""

    __slots__ = ("_pattern",)

    def __init__(self) -> None:
        self._pattern: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern (made from the gazetteer's peoples the first time it is asked for)."""
        if self._pattern is None:
            from pilotplans.normalizers.registry import load_registry

            peoples = "|".join(map(regex.escape, load_registry().gazetteer.peoples))
            self._pattern = compiled(rf"^(?:中共)?(?!中共)(?P<place>\p{{Han}}{{2,4}}?)(?P<people>(?:{peoples})+(?=自治区))?"
                                     r"(?P<kind>省|市|自治区|特别行政区)")
        return self._pattern

    def match(self, text: str) -> regex.Match[str] | None:
        """The place ``text`` opens with, or None."""
        return self.pattern.match(text)

    def made(self, found: regex.Match[str]) -> bool:
        """Whether ``found`` is a match of this pattern (not of another place pattern)."""
        return found.re is self.pattern


PLACE = _PlaceOpening()


def ends_like_a_body(name: str) -> bool:
    """Whether ``name`` ends like a body's name (市商务局, 人民政府办公室): the vocabulary's body endings."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return fold(name).endswith(vocabulary().body_endings)


# The spaces parting the pieces of a signature line (商务部 国家发展改革委 财政部, or 厦门市 人民政府).
SPACES = compiled(r"[ \t\u3000]+")


def bodies_apart(line: str) -> list[str] | None:
    """The bodies a signature line prints on one line a space apart (商务部 国家发展改革委 财政部, as a
    joint notice prints its issuers), or None: two pieces or more, each ending like a body's name and
    each a name the registry knows on its own. One name a PDF prints with a space inside (厦门市 人民政府:
    厦门市 is no body's name, 人民政府 none the registry knows alone) is no list."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    pieces = [piece for piece in SPACES.split(line.strip()) if piece]
    if len(pieces) < 2 or not all(ends_like_a_body(piece) and names_a_body_alone(_without_party(piece))
                                  for piece in pieces):
        return None
    return pieces


def _without_party(name: str) -> str:
    """``name`` without the Party's name opening it where a bare level word follows (中共区委办公室 → 区委办公室): a
    committee's office printed by its level word alone, the body the registry knows as 区委办公室; a name with its
    place (中共蔡甸区委办公室) stays whole."""
    return name[2:] if name.startswith("中共") and name[2:3] in LEVEL_WORDS else name


# The level words a local body's name may open with instead of its place (区委办公室, 县人民政府办公室).
LEVEL_WORDS = ("省", "市", "县", "区", "州", "旗", "盟")
