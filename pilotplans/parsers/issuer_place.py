"""An issuer printed with its level word only (区人民政府办公室, 市人民政府, 县发展和改革局) named with the place the
document states.

A district's or a county's site prints the notice's head as its office writes it for its own readers, the place
left out (区人民政府办公室关于印发…的通知, 发文机关 区人民政府办公室), while its signature or its information table
names the same body in full (蔡甸区人民政府办公室, 发布机构 江汉区人民政府办公室). The document's issuer is that body
named in full: the signature's (or the table's) name first, as printed; else, where the page names the body only so,
the name of the place the document is placed in (read from its head by :func:`~pilotplans.parsers.metadata.read_metadata`,
or kept by the placing rules, :func:`~pilotplans.normalizers.place.placed`, with their ``region_inferred``, where the
document's 文号 opens as that place's own series does: a place inferred from whom the title, the text or the bodies
speak of is not its issuer's, ``normalise_document``) before the
words after the level word, where that name ends with the word (蔡甸区 + 人民政府办公室; 襄阳市 for 市…,
恩施土家族苗族自治州 for 州…). A level word opening a common noun (市场监督管理局), a list of issuers, a place whose name
ends with another word (区… placed in 上海市) or no place leave the issuer as printed.
"""

from __future__ import annotations

from pilotplans.normalizers.simplified import fold


def issuer_with_place(issuer: str | None, in_full: str | None, region: str | None) -> str | None:
    """``issuer`` named with its place when it prints its level word alone (``leaves_place_out``): ``in_full``,
    the signature's or information table's name for the same body, else the name of ``region`` (a document's region
    as written) before the words after the level word; ``issuer`` otherwise."""
    from pilotplans.normalizers.local_names import leaves_place_out
    from pilotplans.normalizers.registry import load_registry

    if issuer is None or "、" in issuer:
        return issuer
    registry = load_registry()
    folded = fold(issuer)
    if not leaves_place_out(registry, folded):
        return issuer
    if in_full is not None and in_full != issuer:
        return in_full
    place = registry.gazetteer.lookup_written(region) if region else None
    if place is None:
        return issuer
    for marker, _ in registry.markers:  # longest first: 自治区 before 区
        if folded.startswith(marker) and place.name.endswith(marker):
            return place.name + issuer[len(marker):]
    return issuer
