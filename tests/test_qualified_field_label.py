"""A field label printed with a word qualifying it, after the owners' list and a space (a 宁波 page's
`责任单位:市公安局 项目责任人:王伟标`): the word is the label's (项目责任人, a leader), not the last
body's. It was read as the owner 市公安局 项目 (warned only department_unresolved), the label cut to
the known 责任人 joined after it.

The fixture (tests/fixtures/plans/ningbo-2014-project-leader-label.txt, see SOURCES.md there) keeps
the real page's field lines."""

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

NINGBO = FIXTURES / "plans" / "ningbo-2014-project-leader-label.txt"


@pytest.fixture(scope="module")
def ningbo():
    return read_document(NINGBO)


def test_the_qualifying_word_is_no_part_of_the_owner(ningbo):
    assert [(m.number, m.responsibility, m.cooperating) for m in ningbo.measures] == [
        (1, "市轨道交通工程建设指挥部", None),
        (2, "市公安局", "市城管局、市财政局"),
        (3, "市交通委", "市公安局、市城管局，各区政府"),
    ]


def test_the_qualified_label_keeps_its_word(ningbo):
    assert [m.leader for m in ningbo.measures] == [
        "牵头领导:林静国；项目责任人:尹文德", "牵头领导:王仁洲；项目责任人:王伟标", "牵头领导:王仁洲；项目责任人:劳可军"]
