"""The reference tables (bodies, body_aliases) are made from each document's first mention of each
form of a body, kept with its build, and come out as every stored mention makes them."""

import shutil
import sqlite3

from sqlalchemy import create_engine

from pilotplans.store.db import sqlite_url
from pilotplans.store.references import first_forms, refresh_reference_tables


def test_a_documents_first_forms_are_its_first_mention_of_each_form_in_reading_order():
    measures = [dict(id=11, position=2), dict(id=10, position=1)]
    links = [
        dict(measure_id=11, position=1, body_id="mofcom", raw="商务部", name="商务部", level="central", region_id=None,
             counterpart_id=None),
        dict(measure_id=10, position=2, body_id="xm-commerce", raw="市商务局", name="厦门市商务局", level="municipal",
             region_id="350200", counterpart_id="mofcom"),
        dict(measure_id=10, position=1, body_id="mofcom", raw="商务部", name="商务部", level="central", region_id=None,
             counterpart_id=None),
        dict(measure_id=11, position=2, body_id=None, raw="有关部门", name=None, level=None, region_id=None,
             counterpart_id=None),
        dict(measure_id=11, position=3, body_id="xm-commerce", raw="厦门市商务局", name="厦门市商务局", level="municipal",
             region_id="350200", counterpart_id="mofcom"),
    ]
    assert first_forms(measures, links) == [
        ("mofcom", "商务部", "商务部", "central", None, None),
        ("xm-commerce", "市商务局", "厦门市商务局", "municipal", "350200", "mofcom"),
        ("xm-commerce", "厦门市商务局", "厦门市商务局", "municipal", "350200", "mofcom"),
    ]


def reference_tables(database):
    with sqlite3.connect(database) as connection:
        return {"bodies": sorted(connection.execute("select * from bodies").fetchall()),
                "body_aliases": connection.execute("select body_id, alias, kind from body_aliases order by id").fetchall()}


def test_a_document_without_a_build_has_every_stored_mention_read_and_the_tables_come_out_the_same(curated, tmp_path):
    database = tmp_path / "pilotplans.db"
    shutil.copy(curated / "pilotplans.db", database)
    kept = reference_tables(database)
    with sqlite3.connect(database) as connection:  # as a document stored by ``extract --db`` has none
        connection.execute("delete from document_builds where document_id = 'xiamen-2020'")
    engine = create_engine(sqlite_url(database))
    with engine.begin() as connection:
        refresh_reference_tables(connection)
    engine.dispose()
    # the registry's central bodies and their written forms (国务院法制办, 国铁集团 and the three policy banks
    # among them; 卫生部, 国务院侨办 and 国家粮食局, then 中央党校 and 中央和国家机关工委, then 监察部 and
    # 国家保密局, then 中央党史和文献研究院, then 全国人民代表大会 itself and 全国人大 as its standing committee's, then
    # 中央依法治国办, then 中央纪委, 中纪委 and 中共中央纪律检查委员会 as the discipline commission's own names, then the
    # eight democratic parties' central committees and 劳动和社会保障部 with their written forms, then the national
    # population and family-planning commission abolished in 2013: 人口计生委, its full name and three more, 国家计生委
    # the third)
    assert (len(kept["bodies"]), len(kept["body_aliases"])) == (267, 495)
    assert reference_tables(database) == kept


# ----------------------------------------------------------------------------- kept when their key holds

XIAMEN = "003_0b1b6885711b46b3.txt"


def test_a_documents_contribution_digest_is_the_sha256_of_its_first_mentions_and_the_set_of_regions_it_names():
    import hashlib
    import json

    from pilotplans.store.references import contribution_digest

    mentions = [["mofcom", "商务部", "商务部", "central", None, None]]
    expected = hashlib.sha256(json.dumps([mentions, ["350200", "460000"]], ensure_ascii=False).encode()).hexdigest()
    assert contribution_digest(mentions, ["460000", None, "350200", "460000"]) == expected


def _made(monkeypatch):
    """How many times the reference tables are made, from now on."""
    from pilotplans.store import references

    made = []
    real = references._make_reference_tables
    monkeypatch.setattr(references, "_make_reference_tables", lambda connection: (made.append(1), real(connection)))
    return made


def _edit(raw, old, new, count=1):
    xiamen = raw / XIAMEN
    xiamen.write_text(xiamen.read_text("utf-8").replace(old, new, count), "utf-8")


def test_a_change_naming_the_same_bodies_and_regions_keeps_the_tables_as_a_full_rebuild_makes_them(raw, tmp_path, monkeypatch):
    from tests.conftest import build
    from tests.test_rebuild_incremental import dataset

    out = tmp_path / "out"
    build(raw, out)
    _edit(raw, "拟先行先试，形成全国首创举措", "拟先行先试")
    made = _made(monkeypatch)
    assert build(raw, out).read == 1
    assert made == []
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_a_change_to_the_bodies_a_document_names_makes_the_tables_again(raw, tmp_path, monkeypatch):
    from tests.conftest import build
    from tests.test_rebuild_incremental import dataset

    out = tmp_path / "out"
    build(raw, out)
    _edit(raw, "市文旅局", "市文化和旅游局", count=-1)
    made = _made(monkeypatch)
    assert build(raw, out).read == 1
    assert made == [1]
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")
    with sqlite3.connect(out / "pilotplans.db") as connection:
        assert connection.execute("select count(*) from body_aliases where alias = '市文化和旅游局'").fetchone() == (1,)


def test_tables_made_again_by_extract_are_not_taken_for_those_of_the_last_rebuild(raw, tmp_path, monkeypatch):
    from pilotplans.ingest.pipeline import read_document
    from pilotplans.store.db import store_documents
    from tests.conftest import build
    from tests.test_rebuild_incremental import dataset

    out = tmp_path / "out"
    build(raw, out)
    edited = tmp_path / "xiamen.txt"
    edited.write_text((raw / XIAMEN).read_text("utf-8").replace("市文旅局", "市文化和旅游局"), "utf-8")
    (stored,) = store_documents(sqlite_url(out / "pilotplans.db"), [read_document(edited).model_copy(update={"id": "xiamen-2020"})])
    with sqlite3.connect(out / "pilotplans.db") as connection:
        assert connection.execute("select count(*) from build_info where key = 'references'").fetchone() == (0,)
    made = _made(monkeypatch)
    assert build(raw, out).read == 1  # the document extract stored has no build: read again from the raw folder
    assert made == [1]
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")
