"""Generated layouts read exactly: a seeded sample of 30 layouts covering every value of every
dimension (tests/layouts), each re-typesetting a slice of a bundled document as a table or a prose
plan, in DOCX, HTML (UTF-8, GB2312) or PDF printed by LibreOffice, compared field by field with
what was typeset.

A failing layout prints its spec and the command that regenerates it
(``python -m tests.layouts SEED --out DIR --check``). ``bench/layout_bench.py`` runs hundreds.
PDF layouts need LibreOffice; they skip without it, except where PILOTPLANS_REQUIRE_LIBREOFFICE is
set (as ``.ci/run`` does), where its absence fails them.
"""

from __future__ import annotations

import os
from functools import cache

import pytest

from tests.layouts import DIMENSIONS, check, draw_sample, draw_spec, failure_report, generate, headings_of, uncovered
from tests.layouts.generate import soffice
from tests.layouts.plan import plan_document
from tests.layouts.sources import load_source
from tests.layouts.spec import LayoutSpec
from tests.layouts.truth import DocumentTruth, MeasureTruth, compare, compare_measure
from tests.layouts.vocab import load_vocab

SAMPLE_SEED = 1
SAMPLE_SIZE = 30
REQUIRE_LIBREOFFICE = bool(os.environ.get("PILOTPLANS_REQUIRE_LIBREOFFICE"))


@cache
def sample() -> tuple[LayoutSpec, ...]:
    return tuple(draw_sample(SAMPLE_SIZE, SAMPLE_SEED, headings_of()))


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """The sample's documents, written once per session (PDFs printed in one LibreOffice call)."""
    printable = [spec for spec in sample() if not spec.is_pdf or soffice() is not None]
    return {g.spec.seed: g for g in generate(printable, tmp_path_factory.mktemp("layouts"))}


def test_the_sample_sets_every_value_of_every_dimension():
    assert uncovered(sample()) == set()


def test_the_sample_holds_thirty_layouts_of_both_forms_in_every_format():
    specs = sample()
    assert len(specs) == SAMPLE_SIZE
    assert {(s.form, s.format) for s in specs} >= {(form, fmt) for form in ("table", "prose") for fmt in ("docx", "pdf")}
    assert {s.format for s in specs} == set(DIMENSIONS["format"])


def test_a_layout_is_drawn_again_from_its_seed():
    assert all(draw_spec(spec.seed, headings_of()) == spec for spec in sample())


def test_a_prose_truth_keeps_the_bracket_out_of_the_text():
    spec = next(s for s in map(lambda k: draw_spec(k, headings_of()), range(1000))
                if s.form == "prose" and s.responsibility_form == "bracket" and s.punctuation == "full-width")
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    items = [line.text for line in plan.lines if line.kind == "item"]
    first = truth.measures[0]
    assert items[0].endswith(f"{first.text}（责任单位：{first.responsibility}）")
    assert "（责任单位" not in first.text
    assert len(items) == len(truth.measures) == spec.count


def test_the_comparison_names_each_field_that_differs_and_ignores_whitespace():
    typeset = MeasureTruth(number=3, heading_path=("扩大对外开放",), text="推进 服务贸易。", responsibility="商务部")
    read = MeasureTruth(number=3, heading_path=(), text="推进服务贸易。", responsibility="商务部牵头", leader="")
    assert [(d.field, d.expected, d.read) for d in compare_measure(typeset, read, 1)] == [
        ("heading_path", ("扩大对外开放",), ()), ("responsibility", "商务部", "商务部牵头")]


def test_a_file_that_does_not_read_is_one_error_difference():
    truth = DocumentTruth((MeasureTruth(number=1, heading_path=(), text="甲。"),))
    assert [str(d) for d in compare(truth, ValueError("no task table found"))] == [
        "error: expected None, read 'ValueError: no task table found'"]


@pytest.mark.parametrize("spec", sample(), ids=lambda s: f"{s.seed}-{s.form}-{s.format}")
def test_generated_layout_reads_exactly(spec, generated):
    if spec.seed not in generated:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed: PDF layouts are not printed")
    document = generated[spec.seed]
    differences = check(document)
    assert not differences, failure_report(document, differences)
