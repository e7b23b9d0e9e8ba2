"""Pinyin glosses a mirror site printed after some characters (創新(xīn), 市工(gōng)業局): the
record keeps the wording as printed and says so (``pinyin_glosses``); the bodies' names are read
past them. The fixture is in the shape of a province's 若干措施 copied by such a site (SOURCES.md)."""

from pilotplans.ingest.pipeline import read_document
from pilotplans.schema.models import Warning
from pilotplans.normalizers.faults import check_glosses
from pilotplans.normalizers.segment import normalise
from tests.conftest import FIXTURES

GLOSSED = FIXTURES / "plans" / "weifang-glossed-mirror.txt"


def test_a_glossed_body_resolves_as_the_body_without_its_glosses():
    document = read_document(GLOSSED)
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [
        ("市工(gōng)業和信息化局", "370700-industry_information_bureau"),
        ("市發(fā)展和改革委員會", "370700-development_reform_commission"),
    ]


def test_glosses_are_kept_in_the_text_and_reported():
    measure = read_document(GLOSSED).measures[0]
    assert measure.text == "推進千兆光網進(jìn)小區，新建5G基站2000個。"
    assert [w.message for w in measure.warnings if w.code == "pinyin_glosses"] == [
        "pinyin glosses after characters in text (a mirror site's copy): 進(jìn)",
        "pinyin glosses after characters in responsibility (a mirror site's copy): 工(gōng)、發(fā)",
    ]


def test_a_measure_without_glosses_in_a_glossed_plan_has_no_such_warning():
    measure = read_document(GLOSSED).measures[1]
    assert [w.message for w in measure.warnings if w.code == "pinyin_glosses"] == [
        "pinyin glosses after characters in text (a mirror site's copy): 為(wèi)",
    ]  # its responsibility (市大數據局、市財政局) has none


def test_brackets_that_are_no_gloss_are_no_fault():
    assert check_glosses("市商务局(牵头)、区政府（管委会）、第(一)项、5G(NR)", "responsibility") == []


def test_a_name_is_looked_up_without_its_glosses():
    assert normalise("市工(gōng)業和信息化局") == "市工业和信息化局"


def test_a_bracket_in_a_name_that_is_no_gloss_stays_in_the_name_looked_up():
    assert normalise("杭州高新区(滨江)管委会") == "杭州高新区（滨江）管委会"
    assert normalise("市商务局(a b)") == "市商务局（ab）"


def test_a_bare_bracketed_vowel_after_a_character_is_no_gloss():
    assert check_glosses("按附件(a)、附件(ai)所列办理", "text") == []
    assert normalise("市商务局(a)") == "市商务局（a）"


def test_a_bare_vowel_syllable_is_a_gloss_where_the_text_shows_other_glosses():
    assert check_glosses("創新(xīn)發展，啊(a)", "text") == [
        Warning(code="pinyin_glosses", message="pinyin glosses after characters in text (a mirror site's copy): 新(xīn)、啊(a)"),
    ]
