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
    # among them)
    assert (len(kept["bodies"]), len(kept["body_aliases"])) == (247, 448)
    assert reference_tables(database) == kept
