"""The reading leftovers of round 36 and older (stop 57, mend37), each with the page where the rule fires and a
written near miss where it must stay quiet:

- a label's colon printed as a look-alike (``责任单位∶`` with U+2236 RATIO, ``牵头单位﹕`` with U+FE55 SMALL COLON,
  ``发文字号︰``…, listed in pilotplans/data/colons.toml) is read as ``：`` by every reader, folded once where a file's
  text is read (pilotplans/parsers/colons.py); between two figures (a ratio 1∶500, a time 9∶30, a score 3∶1) it
  stays as printed.
- a wiki mirror's infobox about a document (基本介紹 / - 中文名:2004年法庫縣政府工作報告 / - 匯報單位:法庫縣人民政府 /
  - 報告時間:2003年12月25日, 法库's page, prose-blind36) gives its title, issuer and date where the page's own lines
  give none (pilotplans/parsers/infobox.py, data/infobox.toml); a box about a place or a person, or one naming a
  document but neither its issuer nor its date, gives nothing.
- a report's title run on one line into its salutation to its hearers (伊川's `…情况汇 报 尊敬的蔡主任及市验收组各位领导 今天…`,
  places-blind18) is the title, its letter-spacing read past (notice_lines.py ``_title_opening``, tasklist.toml
  ``salutations``); a salutation after words no report's title ends with, or after a sentence's 汇报, ends no title.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.colons import PrintedColons, fold_colons, look_alikes
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata

WEIHAI = FIXTURES / "prose-blind10" / "weihai-2023-city-lead-then-responsible-carried-down.txt"
SUZHOU = FIXTURES / "prose-blind10" / "suzhou-2017-city-field-list-dated-a-year-late.txt"
FAKU = FIXTURES / "prose-blind36" / "faku-2004-county-government-work-report-traditional-wiki-mirror-infobox-no-tasks.txt"
REVIEW = "即將過去的2003年,是農業喜獲豐收的一年,也是我縣經濟和社會取得長足進步並贏得更大希望的一年。"
YICHUAN = FIXTURES / "places-blind18" / "yichuan-20xx-county-inspection-report-spaced-huibao-knowledge-site.txt"
# the run of 伊川's page after its salutation, long enough to be a line that ran on
WELCOME = ("今天市清洁家园行动验收组领导莅临我县对清洁家园行动、文明村镇创建、乡村少年宫建设工作进行检查验收、指导,为我们提供了"
           "学习的难得机会,我们感到非常荣幸,在此,我谨代表中国共产党伊川县委、伊川县人民政府,向莅临伊川视察指导工作的各位领导表示"
           "热烈的欢迎和衷心的感谢! 伊川县北依洛阳,南接嵩县,东临登封,西望宜阳,东北与偃师接壤,东南与汝洲市毗邻,辖14个乡镇369个"
           "行政村,全县总面积1243平方公里。")
LOOK_ALIKES = ["∶", "﹕", "︰", "︓", "꞉", "˸"]


def _printed_with(path: Path, colon: str, folder: Path) -> Path:
    """The real page at ``path`` as a site printing its colons as ``colon`` shows it (every colon but a time's)."""
    text = path.read_text("utf-8")
    out = "".join(colon if c in ":：" and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()) else c
                  for i, c in enumerate(text))
    written = folder / path.name
    written.write_text(out, "utf-8")
    return written


# --- a label's colon printed as a look-alike ------------------------------------------------------------------------

def test_the_data_file_lists_the_look_alikes():
    assert look_alikes() == frozenset(LOOK_ALIKES)


@pytest.mark.parametrize("colon", LOOK_ALIKES)
def test_owner_labels_with_a_look_alike_colon_are_read_as_with_the_colon(colon, tmp_path):
    # 威海's bracket (牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,…) printed with ∶ reads the same owners
    first, second = read_document(_printed_with(WEIHAI, colon, tmp_path)).measures
    assert owners(first) == [("市行政审批服务局", "lead"), ("市直有关部门、单位", "carry_out"),
                             ("各区市政府", "carry_out"), ("开发区管委", "carry_out")]
    assert owners(second) == [("各区市政府", "carry_out"), ("开发区管委", "carry_out")]


@pytest.mark.parametrize("colon", ["∶", "﹕", "︰"])
def test_metadata_rows_with_a_look_alike_colon_are_read_as_with_the_colon(colon, tmp_path):
    # 苏州's law site's rows (发文文号∶苏府[2017]68号, 发文部门∶苏州市人民政府) as with ':'
    metadata = page_metadata(_printed_with(SUZHOU, colon, tmp_path))
    assert (metadata.doc_no, metadata.issuer, metadata.date, metadata.region) == (
        "苏府[2017]68号", "苏州市人民政府", dt.date(2017, 6, 19), "苏州")


def test_a_look_alike_colon_after_a_label_is_folded_in_place():
    assert fold_colons("（牵头单位﹕市发改委；责任单位∶市财政局）") == "（牵头单位：市发改委；责任单位：市财政局）"


@pytest.mark.parametrize("printed", ["比例尺1∶500地形图", "上午9∶30召开", "以3∶1获胜", "按1 ∶ 2配套", "１∶５００"])
def test_a_ratio_a_time_or_a_score_keeps_its_character(printed):
    # between two figures (spaces aside) the character is no label's colon
    assert fold_colons(printed) == printed


def test_a_web_page_s_look_alike_colons_are_folded_as_a_text_s_are():
    from pilotplans.ingest.pipeline import read_layout

    page = "<html><body><p>完成1∶500地形图更新。（责任单位﹕市自然资源局）</p></body></html>".encode()
    assert [p.text for p in read_layout(page, "plan.html").paragraphs] == ["完成1∶500地形图更新。（责任单位：市自然资源局）"]


def test_a_ratio_in_an_item_stays_printed_while_its_owner_label_is_read(tmp_path):
    page = tmp_path / "plan.txt"
    page.write_text("某市测绘工作实施方案\n"
                    "一、完成全市1∶500地形图更新。（责任单位∶市自然资源局）\n"
                    "二、上午9∶30前公开当日数据。（牵头单位﹕市大数据局）\n", "utf-8")
    first, second = read_document(page).measures
    assert "1∶500" in first.text and owners(first) == [("市自然资源局", "carry_out")]
    assert "9∶30" in second.text and owners(second) == [("市大数据局", "lead")]


@pytest.mark.parametrize("colon", ["∶", "﹕"])
def test_a_measure_keeps_the_look_alike_colon_its_page_printed(colon, tmp_path):
    # the fold is for reading only: 威海's bracket is kept as printed, as full-width digits and traditional characters are
    first = read_document(_printed_with(WEIHAI, colon, tmp_path)).measures[0]
    assert first.responsibility == (f"牵头单位{colon}市行政审批服务局;责任单位{colon}市直有关部门、单位,各区市政府、开发区管委。"
                                    "以下任务均需各区市政府、开发区管委落实,不再一一列出")


def test_a_colon_printed_as_a_colon_stays_beside_a_look_alike(tmp_path):
    # quiet: the page's own ： is kept where it printed one, the look-alike where it printed that
    page = tmp_path / "plan.txt"
    page.write_text("某市测绘工作实施方案\n"
                    "一、完成全市地形图更新。（牵头单位：市自然资源局；责任单位∶各区政府）\n"
                    "二、公开当日数据。（牵头单位﹕市大数据局）\n", "utf-8")
    first, _ = read_document(page).measures
    assert first.responsibility == "牵头单位：市自然资源局；责任单位∶各区政府"
    assert owners(first) == [("市自然资源局", "lead"), ("各区政府", "carry_out")]


def test_a_folded_colon_is_given_back_as_printed():
    printed = "牵头单位∶市发改委；责任单位：市财政局"
    colons = PrintedColons(folded=fold_colons(printed), printed=printed)
    assert colons.restore("牵头单位：市发改委") == "牵头单位∶市发改委"


def test_a_colon_printed_both_ways_in_the_same_words_stays_a_colon():
    # quiet: 单位：市 stands twice, printed once each way; nothing tells which the wording was read from
    printed = "单位∶市发改委。单位：市财政局"
    colons = PrintedColons(folded=fold_colons(printed), printed=printed)
    assert colons.restore("单位：市") == "单位：市"


def test_a_ratio_in_chinese_numerals_keeps_its_character():
    assert fold_colons("按一∶一比例配套") == "按一∶一比例配套"


# --- a wiki mirror's infobox -----------------------------------------------------------------------------------------

def test_a_wiki_mirror_s_infobox_about_a_report_gives_its_title_issuer_and_date():
    # before: no title, no issuer, no date (the key allowed none; 7/7 either way)
    meta = page_metadata(FAKU)
    assert (meta.title, meta.issuer, meta.date, meta.level, meta.region) == (
        "2004年法庫縣政府工作報告", "法庫縣人民政府", dt.date(2003, 12, 25), "county", "法库县")


def test_an_infobox_about_a_place_gives_nothing():
    # quiet: 中文名 names a county, no document
    meta = lines_metadata(REVIEW, "基本介紹", "- 中文名:法庫縣", "- 行政區類別:縣", "- 所屬地區:遼寧省瀋陽市",
                          "- 政府駐地:法庫鎮", REVIEW)
    assert (meta.title, meta.issuer, meta.date) == (None, None, None)


def test_an_infobox_about_a_person_gives_nothing():
    meta = lines_metadata(REVIEW, "基本信息", "- 中文名:張三", "- 出生日期:1960年5月1日", "- 職業:縣長", REVIEW)
    assert (meta.title, meta.issuer, meta.date) == (None, None, None)


def test_an_infobox_naming_a_document_but_not_its_issuer_or_date_gives_nothing():
    # quiet: a title row alone says no more than an article's name does
    meta = lines_metadata(REVIEW, "基本介紹", "- 中文名:2004年法庫縣政府工作報告", "- 報告類型:政府工作報告", REVIEW)
    assert (meta.title, meta.issuer, meta.date) == (None, None, None)


def test_rows_not_under_an_infobox_heading_give_nothing():
    # quiet: the same rows with no 基本介紹 over them are a list in the text, no box
    meta = lines_metadata(REVIEW, "- 中文名:2004年法庫縣政府工作報告", "- 匯報單位:法庫縣人民政府", "- 報告時間:2003年12月25日",
                          REVIEW)
    assert meta.title is None


def test_an_infobox_about_another_document_than_the_page_s_title_dates_nothing():
    # quiet: the page's own title names a notice; the box speaks of a report, whose day is not the notice's
    meta = lines_metadata("法庫縣人民政府關於印發2004年農村工作要點的通知", REVIEW, "基本介紹", "- 中文名:2004年法庫縣政府工作報告",
                          "- 匯報單位:法庫縣人民政府", "- 報告時間:2003年12月25日", REVIEW)
    assert (meta.title, meta.date) == ("法庫縣人民政府關於印發2004年農村工作要點的通知", None)


# --- a report's title run into its salutation -------------------------------------------------------------------------

def test_a_report_s_title_run_into_its_salutation_is_the_title():
    # before: no title (the whole page one line, 汇 报 letter-spaced)
    meta = page_metadata(YICHUAN)
    assert (meta.title, meta.level, meta.region) == ("农村清洁家园行动、文明村镇创建及乡村学校少年宫建设情况汇报", "county", "伊川县")


def test_an_unspaced_report_title_run_into_its_salutation_is_the_title():
    meta = lines_metadata(f"伊川县农村人居环境整治工作情况汇报 尊敬的各位领导 {WELCOME}")
    assert meta.title == "伊川县农村人居环境整治工作情况汇报"


def test_a_salutation_after_words_no_report_ends_with_ends_no_title():
    # quiet: a welcome's heading is no report's title
    assert lines_metadata(f"欢迎词 尊敬的各位领导 {WELCOME}").title is None


def test_a_salutation_after_a_sentence_s_report_ends_no_title():
    # quiet: 现将…情况汇报 is a sentence's verb (TITLE_END), no title
    assert lines_metadata(f"现将全县清洁家园行动情况汇报 尊敬的各位领导 {WELCOME}").title is None


@pytest.mark.parametrize("sentence", ["今年以来我县认真开展清洁家园行动，现就有关工作情况汇报",
                                      "各位领导，下面我把清洁家园行动情况汇报"])
def test_a_salutation_after_a_sentence_parted_in_clauses_ends_no_title(sentence):
    # quiet: words parted by a comma are the page's sentence, its 汇报 a verb, no report's title
    assert lines_metadata(f"{sentence} 尊敬的各位领导 {WELCOME}").title is None
