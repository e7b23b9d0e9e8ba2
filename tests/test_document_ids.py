"""One rule for document ids (pilotplans.ingest.ids), kept by the id a manifest gives and by the id made
from a file's name: spaces inside an id are allowed — a file's name holds them, and extract stores the
file under it (成都 2020.txt → 成都 2020) — so a manifest may list the file under that same id, and every
command that takes an id finds it given in quotes. A slash or backslash, a tab or a line break, a space at
either end is refused in both places, with the rule in the error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import ManifestError
from pilotplans.ingest.ids import id_fault, shown_as_typed
from pilotplans.ingest.manifest import load_manifest
from pilotplans.ingest.pipeline import read_document
from tests.conftest import SEEDS

CHENGDU = SEEDS.parent / "plans" / "chengdu-2020-tasks.txt"
NATIONAL = SEEDS / "000_e0aac6ab09a0c8fd.txt"
RULE = ("a document id may hold spaces, but no slash or backslash, no tab or line break, "
        "no invisible character, and no space at its start or end")


def manifest_of(folder: Path, chengdu_id: str) -> None:
    (folder / "manifest.toml").write_text(
        '[[document]]\nfile = "000_e0aac6ab09a0c8fd.txt"\nid = "national-2020"\nprogramme = "service-trade"\n'
        'round = 2020\nlevel = "national"\n\n'
        f'[[document]]\nfile = "成都 2020.txt"\nid = "{chengdu_id}"\nprogramme = "service-trade"\nround = 2020\n'
        'level = "municipal"\nregion = "成都"\nparent = "national-2020"\n', encoding="utf-8")


@pytest.fixture()
def folder(tmp_path) -> Path:
    """A raw folder holding the 2020 national table and Chengdu's plan in a file whose name holds a space."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(NATIONAL, raw / NATIONAL.name)
    shutil.copy(CHENGDU, raw / "成都 2020.txt")
    return raw


@pytest.mark.parametrize("value", ["成都 2020", "chengdu 2020 tasks", "xi'an-2020", "national-2020"])
def test_an_id_with_spaces_inside_or_none_keeps_the_rule(value):
    assert id_fault(value) is None


@pytest.mark.parametrize(("value", "fault"), [
    ("chengdu/2020", "holds a slash"),
    ("chengdu\\2020", "holds a backslash"),
    ("chengdu\t2020", "holds a tab or a line break"),
    ("chengdu\n2020", "holds a tab or a line break"),
    ("chengdu 2020 ", "has a space at its start or end"),
    ("\u3000成都2020", "has a space at its start or end"),  # a full-width space is a space too
    ("", "is empty"),
])
def test_an_id_breaking_the_rule_is_told_why(value, fault):
    assert id_fault(value) == fault


def test_the_manifest_lists_a_file_under_the_id_its_name_gives(folder):
    manifest_of(folder, "成都 2020")
    assert load_manifest(folder).entry_for("成都 2020.txt").id == "成都 2020"


def test_the_manifest_refuses_an_id_with_a_slash_naming_the_file_and_the_rule(folder):
    manifest_of(folder, "chengdu/2020")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == f"{folder / 'manifest.toml'}: the id chengdu/2020 given to 成都 2020.txt holds a slash: {RULE}"


def test_the_manifest_refuses_an_id_with_a_space_at_its_end(folder):
    manifest_of(folder, "成都 2020 ")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == (f"{folder / 'manifest.toml'}: the id '成都 2020 ' given to 成都 2020.txt has a space at "
                                  f"its start or end: {RULE}")


def test_the_manifest_names_the_first_field_of_a_kind_it_does_not_hold_by_its_keys(folder):
    manifest_of(folder, "成都 2020")
    text = (folder / "manifest.toml").read_text(encoding="utf-8").replace('level = "municipal"', 'level = "city"')
    (folder / "manifest.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == (f"{folder / 'manifest.toml'}: document.1.level: Input should be 'national', 'provincial', "
                                  "'municipal', 'county' or 'township'")  # every level the schema knows, township among them


def test_the_manifest_names_a_line_break_in_an_id_on_one_line(folder):
    manifest_of(folder, "成都\\n2020")  # TOML's escape: the id holds a line break
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == (f"{folder / 'manifest.toml'}: the id '成都\\n2020' given to 成都 2020.txt holds a tab or "
                                  f"a line break: {RULE}")


def test_a_file_whose_name_breaks_the_rule_is_refused_by_extract_naming_it(tmp_path):
    path = tmp_path / "成都 2020 .txt"  # a space before the extension: the id would end with it
    shutil.copy(CHENGDU, path)
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"error: {path}: its name gives the document id '成都 2020 ', which has a space at its start or end: "
               f"{RULE}; rename the file, or give it an id in a manifest.toml beside it\n")


def test_a_rebuild_refuses_a_folder_holding_a_file_whose_name_breaks_the_rule_before_reading_any(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(NATIONAL, raw / NATIONAL.name)
    shutil.copy(CHENGDU, raw / "成都 2020 .txt")  # no manifest: each file's id is its name
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert (result.exit_code, result.stderr, (tmp_path / "out").exists()) == (
        1, f"error: {raw / '成都 2020 .txt'}: its name gives the document id '成都 2020 ', which has a space at its start or "
           f"end: {RULE}; rename the file, or give it an id in a manifest.toml beside it\n", False)


def test_the_id_a_file_name_gives_is_the_id_the_manifest_may_list(folder):
    manifest_of(folder, "成都 2020")
    listed = load_manifest(folder).entry_for("成都 2020.txt").id
    assert read_document(folder / "成都 2020.txt").id == listed == "成都 2020"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    """The folder rebuilt, Chengdu's plan listed in the manifest under the id 成都 2020."""
    raw = tmp_path_factory.mktemp("ids") / "raw"
    raw.mkdir()
    shutil.copy(NATIONAL, raw / NATIONAL.name)
    shutil.copy(CHENGDU, raw / "成都 2020.txt")
    manifest_of(raw, "成都 2020")
    out = raw.parent / "out"
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    return out


def url(out: Path) -> str:
    return f"sqlite:///{out / 'pilotplans.db'}"


def test_documents_lists_the_manifest_id_with_spaces(rebuilt):
    result = CliRunner().invoke(app, ["documents", "-f", "jsonl", "--db", url(rebuilt)])
    assert (result.exit_code, [line.split('"id": ')[1].split(",")[0] for line in result.stdout.splitlines()]) == (
        0, ['"national-2020"', '"成都 2020"'])


def test_measures_finds_the_manifest_id_with_spaces(rebuilt):
    result = CliRunner().invoke(app, ["measures", "--document", "成都 2020", "-f", "jsonl", "--db", url(rebuilt)])
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 56)


def test_diff_finds_the_manifest_id_with_spaces(rebuilt):
    result = CliRunner().invoke(app, ["diff", "national-2020", "成都 2020", "-f", "jsonl", "--db", url(rebuilt)])
    assert (result.exit_code, result.stderr) == (0, "")


def test_coverage_takes_the_manifest_id_with_spaces(rebuilt, tmp_path):
    written = tmp_path / "coverage.csv"
    result = CliRunner().invoke(app, ["coverage", "--national", "national-2020", "--local", "成都 2020", "-o", str(written),
                                      "--db", url(rebuilt)])
    header = written.read_text(encoding="utf-8-sig").splitlines()[0]
    assert (result.exit_code, header.split(",")[-2:]) == (0, ["成都 2020:relation", "成都 2020:local"])


HARBIN = SEEDS.parent / "plans" / "harbin-table-leader.docx"


def fetched_id(url: str) -> str:
    """The id of the document read from ``url``, its bytes Harbin's table (as a notice's attachment)."""
    from pilotplans.ingest.fetch import FetchSettings, Fetched, _file_name, read_fetched

    fetched = Fetched(url=url, final_url=url, data=HARBIN.read_bytes(), content_type="application/octet-stream")
    return read_fetched(fetched, _file_name(url, ""), FetchSettings()).id


def test_a_fetched_file_named_with_a_space_before_its_extension_is_read_under_the_name_without_it():
    # 任务清单 .docx: a server's name no user can rename (extract gave a failure saying to rename the file)
    assert fetched_id("http://gov.example.cn/files/%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95%20.docx") == "任务清单"


def test_a_fetched_file_named_by_the_windows_path_an_upload_kept_is_read_under_its_last_part():
    # filename=C:\Users\li\任务.docx
    assert fetched_id("http://gov.example.cn/download?id=7&filename=C:%5CUsers%5Cli%5C%E4%BB%BB%E5%8A%A1.docx") == "任务"


def test_a_fetched_file_named_with_spaces_inside_keeps_them():
    assert fetched_id("http://gov.example.cn/files/%E6%88%90%E9%83%BD%202020%20%E4%BB%BB%E5%8A%A1.docx") == "成都 2020 任务"


@pytest.mark.parametrize("value", ["成都2020\u200b", "\ufeff成都2020", "成都\u200e2020"])
def test_an_id_holding_an_invisible_character_is_told_why(value):
    # listed, it looks like 成都2020, and is not found under it
    assert id_fault(value) == "holds an invisible character"


def test_an_id_with_a_full_width_space_inside_keeps_the_rule():
    assert id_fault("成都\u30002020") is None


def test_the_manifest_names_an_invisible_character_in_an_id_by_its_escape(folder):
    manifest_of(folder, "成都2020\\u200b")  # TOML's escape: a zero-width space after 2020
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == (f"{folder / 'manifest.toml'}: the id '成都2020\\u200b' given to 成都 2020.txt holds an "
                                  f"invisible character: {RULE}")


def test_a_fetched_file_named_with_a_zero_width_space_is_read_under_the_name_without_it():
    assert fetched_id("http://gov.example.cn/files/%E4%BB%BB%E5%8A%A1%E2%80%8B.docx") == "任务"


def gbk_named(folder: Path) -> Path:
    """Chengdu's plan in ``folder`` under the name 成都2020.txt written in GBK, as an archive made on Windows
    unpacks it: bytes that are not UTF-8, which Python reads as lone surrogates."""
    import os

    name = os.fsencode(folder) + b"/" + "成都2020.txt".encode("gbk")
    try:
        with open(name, "wb") as written:
            written.write(CHENGDU.read_bytes())
    except OSError:
        pytest.skip("this file system refuses a name that is not UTF-8")
    return Path(os.fsdecode(name))


def test_an_id_holding_bytes_that_are_not_utf8_is_told_why():
    assert id_fault("\udcb3\udcc9\udcb6\udcbc2020") == "holds bytes that are not UTF-8 (a name in GBK?)"


def test_a_file_named_in_gbk_is_refused_by_extract_naming_it_not_an_internal_error(tmp_path):
    # 成都 in GBK is b3 c9 b6 bc: c9 b6 happens to be UTF-8 (ɶ), the two bytes either side are not (\\udcb3, \\udcbc);
    # the path is shown as the message's other paths are, each byte not UTF-8 by its escape
    path = gbk_named(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"error: {tmp_path}/\\udcb3ɶ\\udcbc2020.txt: its name gives the document id '\\udcb3ɶ\\udcbc2020', which holds bytes that "
               f"are not UTF-8 (a name in GBK?): {RULE}; rename the file\n")


def test_a_rebuild_refuses_a_folder_holding_a_file_named_in_gbk_instead_of_crashing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    gbk_named(raw)
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert (result.exit_code, "holds bytes that are not UTF-8" in result.stderr, (tmp_path / "out").exists()) == (1, True, False)


@pytest.mark.parametrize(("value", "shown"), [  # each escape in quotes: a shell reads its backslash
    ("成都\t2020", "'成都\\t2020'"),  # a control character (Cc)
    ("成都\u20282020", "'成都\\u20282020'"),  # a line separator (Zl)
    ("成都2020\u200b", "'成都2020\\u200b'"),  # an invisible character (Cf)
    ("\udcb3\udcbc2020", "'\\udcb3\\udcbc2020'"),  # a byte that is not UTF-8 (Cs)
])
def test_a_message_names_each_character_a_listing_cannot_show_by_its_escape(value, shown):
    assert shown_as_typed(value) == shown


def test_a_message_names_a_full_width_space_inside_an_id_as_it_is_in_quotes():
    assert shown_as_typed("成都\u30002020") == "'成都\u30002020'"  # a space a listing shows: no escape


def parent_of(folder: Path, parent: str) -> None:
    """The manifest of :func:`manifest_of` with Chengdu's plan under ``parent``."""
    manifest_of(folder, "成都 2020")
    text = (folder / "manifest.toml").read_text(encoding="utf-8").replace('parent = "national-2020"', f'parent = "{parent}"')
    (folder / "manifest.toml").write_text(text, encoding="utf-8")


def test_the_manifest_names_a_parent_id_with_spaces_it_does_not_list_in_quotes(folder):
    # it read "parent ids not listed in the manifest: national 2020": two ids, or one?
    parent_of(folder, "national 2020")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == f"{folder / 'manifest.toml'}: parent ids not listed in the manifest: 'national 2020'"


def test_the_manifest_names_an_invisible_character_in_a_parent_id_it_does_not_list_by_its_escape(folder):
    # national-2020 followed by a zero-width space: it read "… not listed in the manifest: national-2020",
    # the very id the manifest lists
    parent_of(folder, "national-2020\\u200b")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == f"{folder / 'manifest.toml'}: parent ids not listed in the manifest: 'national-2020\\u200b'"


def test_the_manifest_names_a_plain_parent_id_it_does_not_list_as_it_is(folder):
    parent_of(folder, "national-2021")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == f"{folder / 'manifest.toml'}: parent ids not listed in the manifest: national-2021"


def test_the_manifest_names_an_id_with_spaces_it_lists_twice_in_quotes(folder):
    # it read "ids listed more than once: 成都 2020": one id, or two?
    manifest_of(folder, "成都 2020")
    text = (folder / "manifest.toml").read_text(encoding="utf-8").replace('id = "national-2020"', 'id = "成都 2020"')
    (folder / "manifest.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError) as refused:
        load_manifest(folder)
    assert str(refused.value) == f"{folder / 'manifest.toml'}: ids listed more than once: '成都 2020'"
