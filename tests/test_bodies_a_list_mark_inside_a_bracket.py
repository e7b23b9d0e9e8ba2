"""A collective whose bracket lists the places' kinds with 、 (各县（市、区）有关部门, as 济宁市 2021 and 嘉兴市 2023
write 各县(市、区)) is one name, no list of collectives: it read itself again as a list without end, and the whole
document failed with an internal error. It reads as its bracket-less form does; lists stay lists."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

QUANZHOU = make_context(region="泉州市", level="municipal", date=dt.date(2021, 5, 1))


def _read(written):
    found = resolve_body(written, QUANZHOU)
    return found.id, found.collective


def test_a_bracket_listing_the_places_kinds_reads_as_the_name_without_it():
    assert _read("各县（市、区）有关部门") == _read("各县有关部门") == (None, False)
    assert _read("各县(市、区)相关部门") == _read("各县相关部门")


def test_the_places_governments_and_a_list_of_collectives_read_as_before():
    assert _read("各县（市、区）人民政府") == ("350500-subordinate-people_government", True)
    assert _read("市政府各部门、各直属机构") == ("direct-units", True)
