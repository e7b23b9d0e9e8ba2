"""What a notice's issuer's name is like: a body's ending, and the province or city it opens with.

A title prints its issuer before 关于 (威海市商务局关于…), a signature block over its date; both are
told from the rest of a line by how a body's name ends (the vocabulary's ``body_endings``:
人民政府, 办公室, 局, …) and by the place that opens it (山东省, 中共深圳市委). Traditional
characters are matched as simplified ones.
"""

from __future__ import annotations

from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

# The province or city a name opens with (a Party committee's opens with 中共 before it: 中共深圳市委 is 深圳's).
PLACE = compiled(r"^(?:中共)?(?P<place>\p{Han}{2,4}?)(?P<kind>省|市|自治区|特别行政区)")


def ends_like_a_body(name: str) -> bool:
    """Whether ``name`` ends like a body's name (市商务局, 人民政府办公室): the vocabulary's body endings."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return fold(name).endswith(vocabulary().body_endings)
