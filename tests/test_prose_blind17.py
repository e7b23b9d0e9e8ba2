"""The prose17 blind round's pages (tests/fixtures/prose-blind17, keyed before the reader ran on them): the readings
they hold the reader to. The mends they led to are tested with their rules (tests/test_metadata_title_phrase_space.py,
tests/test_refusal_kinds.py)."""

from __future__ import annotations

import warnings

import pilotplans
from tests.conftest import FIXTURES

ROUND = FIXTURES / "prose-blind17"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pilotplans.read(ROUND / name)


def test_owners_run_on_after_a_target_s_full_stop_under_主办单位_lead_it():
    # 1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。 — the second body shares the first's 市
    document = _read("xuzhou-2010-city-policy-site-sponsor-after-target.txt")
    first, second = document.measures[:2]
    assert first.text == "地区生产总值增长13.5%。"
    assert [(d.raw, d.role, d.id) for d in first.departments] == [
        ("市发展和改革委员会", "lead", "320300-development_reform_commission"),
        ("统计局", "lead", "320300-statistics_bureau")]
    assert [(d.raw, d.role) for d in second.departments] == [("市财政局", "lead")]


def test_a_target_cut_before_its_sponsor_is_read_without_owners_and_warned():
    document = _read("xuzhou-2010-city-policy-site-sponsor-after-target.txt")
    last = document.measures[-1]
    assert (last.number, last.departments) == (3, [])
    assert "responsibility_missing" in [w.code for w in last.warnings]


def test_the_notice_s_date_not_the_site_s_publication_dates_the_page():
    document = _read("xuzhou-2010-city-policy-site-sponsor-after-target.txt")
    assert (str(document.date), document.doc_no, document.region, document.level) == (
        "2010-03-13", "徐政发〔2010〕29号", "徐州", "municipal")
