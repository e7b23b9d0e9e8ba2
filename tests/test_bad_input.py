"""Files that cannot be read: one line on stderr naming the file and the cause, exit code 1."""

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import FIXTURES, SEEDS

runner = CliRunner()
VARIANTS = FIXTURES / "variants"


def extract(*paths, options=()):
    return runner.invoke(app, ["extract", *options, *map(str, paths)])


def assert_refused(result, path, cause):
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {path}: {cause}"]
    assert result.stdout == ""


def test_scanned_pdf_without_text_layer_when_ocr_is_off():
    path = VARIANTS / "scanned.pdf"
    assert_refused(extract(path, options=["--ocr", "never"]), path, "no text layer (OCR is off: --ocr never)")


WITHOUT_OCR_EXTRA = """
import sys
for name in ("numpy", "cv2", "rapidocr_onnxruntime", "onnxruntime"):  # as if never installed
    sys.modules[name] = None
from pilotplans.cli import main
sys.argv = ["pilotplans", "extract", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize(("name", "cause"), [
    ("variants/scanned.pdf", "no text layer: reading it through OCR needs the ocr extra: pip install '.[ocr]' in the pilotplans folder (or 'pilotplans[ocr]' from a package index)"),
    ("scans/national-2025-p8.photo.jpg",
     "an image (JPEG), not a document: reading it through OCR needs the ocr extra: pip install '.[ocr]' in the pilotplans folder (or 'pilotplans[ocr]' from a package index)"),
])
def test_without_the_ocr_extra_a_scan_is_refused_saying_how_to_install_it(name, cause):
    path = FIXTURES / name
    done = subprocess.run([sys.executable, "-c", WITHOUT_OCR_EXTRA, str(path)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert (done.returncode, done.stdout, done.stderr.splitlines()) == (1, "", [f"error: {path}: {cause}"])


def test_encrypted_pdf():
    path = VARIANTS / "encrypted.pdf"
    assert_refused(extract(path), path, "encrypted PDF: decrypt it first, e.g. qpdf --decrypt")


def test_truncated_pdf():
    path = VARIANTS / "truncated.pdf"
    assert_refused(extract(path), path, "corrupt or truncated PDF")


def test_truncated_docx(tmp_path):
    path = tmp_path / "cut.docx"
    path.write_bytes((FIXTURES / "xiamen-tasks.docx").read_bytes()[:20000])
    result = extract(path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: corrupt or truncated zip/DOCX/XLSX file")


@pytest.mark.parametrize("name", ["old.doc", "old.wps"])
def test_legacy_word_or_wps_binary(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    assert_refused(extract(path), path, "legacy .doc/.wps binary is not supported: convert it to DOCX or PDF first "
                                        "(e.g. soffice --headless --convert-to docx FILE)")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert_refused(extract(path), path, "empty file")


def test_table_that_is_not_a_task_table():
    path = VARIANTS / "borderless.pdf"  # a table of lead and helper units, without the measures
    result = extract(path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: no task table or task list found")


def test_prose_without_any_table(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于做好服务贸易工作的通知\n\n各单位：请认真贯彻落实。\n", "utf-8")
    result = extract(path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: no task table or task list found")


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "data.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.csv", "x,y")
    path.write_bytes(buffer.getvalue())
    assert_refused(extract(path), path, "zip archive that is not a Word document (no word/document.xml): unpack it and name "
                                          "the files in it")


def test_one_bad_file_among_good_ones_costs_only_itself():
    good, bad = SEEDS / "004_662d9067fb13adab.txt", VARIANTS / "scanned.pdf"
    result = extract(bad, good, options=["--ocr", "never"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {bad}: no text layer (OCR is off: --ocr never)"]
    assert len(result.stdout.splitlines()) == 117


def test_a_damaged_pdf_prints_no_library_log_lines(tmp_path):
    import re

    data = bytearray((FIXTURES / "xiamen-tasks.pdf").read_bytes())
    for start in [m.end() for m in re.finditer(rb"stream\r?\n", bytes(data))][5:15]:
        data[start + 50:start + 80] = b"A" * 30  # garble ten compressed streams
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    result = extract(path)
    assert [line for line in result.stderr.splitlines() if not line.startswith(f"error: {path}: ")] == []


def pdf_of(*objects: bytes) -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog), with a correct cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


@pytest.mark.parametrize("tree", [
    b"<< /Type /Pages /Kids [] /Count 0 >>",  # empty
    b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",  # a page tree that is its own kid
], ids=["empty", "loop"])
def test_a_pdf_without_pages_says_so_rather_than_blaming_ocr(tmp_path, tree):
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf_of(CATALOG, tree))
    assert_refused(extract(path), path, "corrupt or truncated PDF (no pages: its page tree is empty or broken)")


def test_a_pdf_page_without_a_media_box_is_corrupt_not_an_internal_error(tmp_path):
    # pdfplumber's close() walks the pages again and raised a TypeError over the reader's own cause
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf_of(CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
                            b"<< /Length 20 >>\nstream\nBT /F1 12 Tf ET    \nendstream"))
    assert_refused(extract(path), path, "corrupt or truncated PDF")


def test_html_nested_too_deeply_is_refused_not_an_internal_error(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text("<html><body>" + "<div>" * 3000 + "序号" + "</div>" * 3000 + "</body></html>", "utf-8")
    assert_refused(extract(path), path, "HTML nested too deeply to read (hundreds of elements inside one another)")


def test_html_nested_some_hundred_levels_is_still_read():
    from pilotplans.parsers.html import read_html

    layout = read_html(("<html><body>" + "<div>" * 200 + "序号" + "</div>" * 200 + "</body></html>").encode(), "x.html")
    assert [block.text for block in layout.blocks] == ["序号"]


def docx_with_body(body: str) -> bytes:
    """The Xiamen DOCX with its document part's body replaced by ``body`` (WordprocessingML)."""
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {namespace}><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx") as source, zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, document.encode() if name == "word/document.xml" else source.read(name))
    return buffer.getvalue()


def word_row(*texts: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" if text else "<w:tc><w:p/></w:tc>"
                              for text in texts) + "</w:tr>"


def word_table(*rows: str) -> str:
    return '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' + "".join(rows) + "</w:tbl>"


EMPTY_TABLE = "a task table header was found, but no row under it reads as a measure (an empty, cut or misread table)"


@pytest.mark.parametrize("rows", [0, 5], ids=["header-only", "empty-rows"])
def test_a_task_table_header_with_no_measure_under_it_is_refused_not_printed_as_nothing(tmp_path, rows):
    # exit 0 and no output before: an empty table looked like a file read in full
    path = tmp_path / "tasks.docx"
    path.write_bytes(docx_with_body(word_table(word_row("序号", "具体举措", "责任单位"), *[word_row("", "", "")] * rows)))
    assert_refused(extract(path), path, EMPTY_TABLE)


def test_a_task_table_flattened_onto_one_line_is_refused(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text((SEEDS / "003_0b1b6885711b46b3.txt").read_text("utf-8").replace("\n", " "), "utf-8")
    assert_refused(extract(path), path, EMPTY_TABLE)


def test_a_table_with_one_measure_is_still_read(tmp_path):
    path = tmp_path / "tasks.docx"
    path.write_bytes(docx_with_body(word_table(word_row("序号", "具体举措", "责任单位"), word_row("1", "推进服务贸易创新", "市商务局"))))
    result = extract(path)
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 1)


def test_text_with_classic_mac_line_ends_is_read_line_by_line(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_bytes((SEEDS / "003_0b1b6885711b46b3.txt").read_text("utf-8").replace("\n", "\r").encode())
    result = extract(path)
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 88)


@pytest.mark.parametrize(("cell", "row_properties"), [
    ('<w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr><w:p/></w:tc>', ""),
    ("<w:tc><w:p/></w:tc>", '<w:trPr><w:gridBefore w:val="1000000000"/></w:trPr>'),
], ids=["gridSpan", "gridBefore"])
def test_a_docx_table_spanning_a_billion_columns_is_refused_before_it_is_expanded(tmp_path, cell, row_properties):
    # expanded, the span took minutes and gigabytes
    path = tmp_path / "tasks.docx"
    row = f"<w:tr>{row_properties}<w:tc><w:p/></w:tc>{cell}</w:tr>"
    path.write_bytes(docx_with_body(word_table(word_row("序号", "具体举措", "责任单位"), row)))
    column = 1_000_000_001 if row_properties == "" else 1_000_000_002
    assert_refused(extract(path), path, f"corrupt DOCX: a table reaches grid column {column:,}, beyond the 1,000 a table "
                                        "can have (a damaged tblGrid, gridSpan, gridBefore or gridAfter)")


def test_a_docx_table_as_wide_as_the_limit_is_read():
    from pilotplans.parsers.docx import MAX_GRID_COLUMNS, read_docx

    span = f'<w:tc><w:tcPr><w:gridSpan w:val="{MAX_GRID_COLUMNS - 2}"/></w:tcPr><w:p><w:r><w:t>市商务局</w:t></w:r></w:p></w:tc>'
    layout = read_docx(docx_with_body(word_table(f"<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc>{span}</w:tr>")), "wide.docx")
    assert len(layout.grids[0].rows[0].cells) == MAX_GRID_COLUMNS


def test_utf8_text_cut_inside_a_character_is_called_truncated(tmp_path):
    # said before: "cannot tell the text encoding (not UTF-8, UTF-16 or GB18030)"
    path = tmp_path / "tasks.txt"
    data = (SEEDS / "003_0b1b6885711b46b3.txt").read_bytes()
    path.write_bytes(data[:data.index("厦门".encode()) + 4])  # 厦 and the first byte of 门
    assert_refused(extract(path), path, "truncated text file: it ends inside a UTF-8 character (cut short?)")


def test_ascii_text_ending_in_bytes_that_open_a_utf8_character_is_left_to_the_other_encodings():
    from pilotplans.ingest.detect import decode_text

    assert decode_text(b"abc\xe4\xb8", "x.txt") == "abc涓"  # nothing before the cut shows it is UTF-8


@pytest.mark.parametrize("part", ["word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"])
def test_malformed_xml_outside_the_document_part_names_its_part(tmp_path, part):
    # all were blamed on "the document part", which was sound
    path = tmp_path / "tasks.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx") as source, zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, b"<bad" if name == part else source.read(name))
    path.write_bytes(buffer.getvalue())
    result = extract(path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: corrupt DOCX: malformed XML in {part} (")
    assert len(result.stderr.splitlines()) == 1


def task_page(charset: str) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>推进第{i}项服务贸易创新举措</td><td>市商务局</td></tr>" for i in (1, 2))
    return (f'<html><head><meta charset="{charset}"></head><body><table>'
            f"<tr><td>序号</td><td>具体举措</td><td>责任单位</td></tr>{rows}</table></body></html>")


@pytest.mark.parametrize("charset", ["gbk", "utf-8"])
def test_a_damaged_byte_in_a_page_is_shown_and_warned_not_read_as_another_charset(tmp_path, charset):
    # a GBK page was taken for a Cyrillic codepage (no task table); a UTF-8 one carried � unwarned
    path = tmp_path / "notice.html"
    path.write_bytes(task_page(charset).encode(charset).replace("第1项".encode(charset), "第".encode(charset) + b"\xff" + "项".encode(charset)))
    rows = [json.loads(line) for line in extract(path).stdout.splitlines()]
    assert [(row["text"], "undecodable_bytes" in row["warnings"]) for row in rows] == [
        ("推进第�项服务贸易创新举措", True), ("推进第2项服务贸易创新举措", False)]


def test_the_warning_on_a_damaged_byte_shows_where_it_is():
    from pilotplans.normalizers.faults import check_undecodable

    assert [(w.code, w.message) for w in check_undecodable("推进第�项服务贸易创新举措", "text")] == [
        ("undecodable_bytes", "1 undecodable character (�) in text, where the source's bytes are damaged: …推进第�项服务贸易创…")]


def test_an_html_page_in_utf16_without_a_bom_is_read_as_html(tmp_path):
    # it was taken for text (the markup's zero bytes hid it) and found no task table
    path = tmp_path / "notice.html"
    path.write_bytes((FIXTURES / "national-2020-tasks.html").read_text("utf-8").encode("utf-16-le"))
    result = extract(path)
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 122)


def rebuild(raw: Path, out: Path):
    return runner.invoke(app, ["rebuild", "--raw", str(raw), "--out", str(out), "--workers", "1"])


def listed(raw: Path, name: str, id: str = "broken") -> None:
    with (raw / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(f'\n[[document]]\nfile = "{name}"\nid = "{id}"\n')


def test_a_rebuild_with_an_empty_task_table_stops_and_keeps_the_old_dataset(raw, tmp_path):
    # the empty table was stored as a document without measures, and the dataset replaced
    out = tmp_path / "out"
    assert rebuild(raw, out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (raw / "tasks.docx").write_bytes(docx_with_body(word_table(word_row("序号", "具体举措", "责任单位"))))
    listed(raw, "tasks.docx")
    result = rebuild(raw, out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {raw / 'tasks.docx'}: {EMPTY_TABLE}"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize(("spoil", "cause"), [
    (lambda raw: (raw / "manifest.toml").write_bytes(b"\xff\xfe[[document]]"),
     "not UTF-8 text (byte 0 is not UTF-8): TOML is written in UTF-8"),
    (lambda raw: listed(raw, "004_662d9067fb13adab.txt", "again"), "files listed more than once: 004_662d9067fb13adab.txt"),
    (lambda raw: ((raw / "folder.docx").mkdir(), listed(raw, "folder.docx")),
     "listed names that are not files in {raw}: folder.docx"),
], ids=["not-utf8", "file-twice", "folder"])
def test_a_manifest_that_cannot_be_followed_is_one_line_and_the_old_dataset_stays(raw, tmp_path, spoil, cause):
    # a traceback (not UTF-8); the second entry of a file, or a folder under a listed name, skipped unread
    out = tmp_path / "out"
    assert rebuild(raw, out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    spoil(raw)
    result = rebuild(raw, out)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [f"error: {raw / 'manifest.toml'}: {cause.format(raw=raw)}"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("bom", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"], ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_file_of_a_byte_order_mark_alone_is_empty(tmp_path, bom):
    # "no task table" before: the mark was taken for content
    path = tmp_path / "notice.txt"
    path.write_bytes(bom + b"\n")
    assert_refused(extract(path), path, "empty file")


@pytest.mark.parametrize(("data", "cause"), [
    (b"\xef\xbb\xbf" + "序号".encode() + b"\xff\n", "damaged UTF-8 text: it opens with a UTF-8 byte order mark, but byte 9 does not decode (invalid start byte)"),
    (b"\xff\xfe" + "序号\n".encode("utf-16-le") + b"\x0a", "damaged UTF-16 text: it opens with a UTF-16 byte order mark, but byte 8 does not decode (truncated data)"),
    (b"\xff\xfe\x00\xd8A\x00\n\x00", "damaged UTF-16 text: it opens with a UTF-16 byte order mark, but byte 2 does not decode (illegal UTF-16 surrogate)"),
], ids=["utf-8", "utf-16-odd-length", "utf-16-lone-surrogate"])
def test_text_that_does_not_decode_after_its_byte_order_mark_is_damaged_not_an_internal_error(tmp_path, data, cause):
    path = tmp_path / "notice.txt"
    path.write_bytes(data)
    assert_refused(extract(path), path, cause)


def test_a_damaged_byte_in_utf8_text_is_shown_and_warned_not_refused(tmp_path):
    # refused before as "cannot tell the text encoding", for one byte in 30,000
    path = tmp_path / "tasks.txt"
    data = (SEEDS / "003_0b1b6885711b46b3.txt").read_bytes()
    at = data.index("实行保险公司".encode()) + 3  # the second byte of 行
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])
    rows = [json.loads(line) for line in extract(path).stdout.splitlines()]
    assert len(rows) == 88
    assert [(row["number"], row["text"][:6]) for row in rows if "undecodable_bytes" in row["warnings"]] == [(1, "实���保险")]  # 行 lost: its lead byte, the damaged one and its last byte


def test_xhtml_is_read_without_a_library_warning_on_stderr(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><table>'
                    "<tr><td>序号</td><td>具体举措</td><td>责任单位</td></tr><tr><td>1</td><td>推进服务贸易创新</td><td>市商务局</td></tr>"
                    "</table></body></html>", "utf-8")
    result = extract(path)
    # no library's warning: only the notes a page naming no place earns (its level read from 市商务局)
    assert (result.exit_code, result.stderr, len(result.stdout.splitlines())) == (0, (
        "note: notice.html: nothing else gives its level, and its bodies are written 市… only (市商务局): read as a "
        "municipal document\n"
        "note: notice.html: a municipal document for which no place of its own is read in its title, issuer, 文号, notice or bodies: "
        "its region is unknown, and its bodies written with their level word only (市商务局) are left unresolved\n"), 1)


def test_a_row_with_a_number_and_no_measure_text_is_warned(tmp_path):
    # a short row (its other cells missing) gave a record of empty text without a word
    path = tmp_path / "tasks.docx"
    short = "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>"
    path.write_bytes(docx_with_body(word_table(word_row("序号", "具体举措", "责任单位"), word_row("1", "推进服务贸易创新", "市商务局"),
                                               short, word_row("3", "扩大服务业开放", "市商务局"))))
    rows = [json.loads(line) for line in extract(path).stdout.splitlines()]
    assert [(row["number"], row["text"], "text_missing" in row["warnings"]) for row in rows] == [
        (1, "推进服务贸易创新", False), (2, "", True), (3, "扩大服务业开放", False)]


def damaged_seed(tmp_path, where: str, offset: int) -> Path:
    """The Xiamen seed text with one byte of ``where`` (at ``offset`` into its UTF-8) made 0xFF."""
    path = tmp_path / "tasks.txt"
    data = (SEEDS / "003_0b1b6885711b46b3.txt").read_bytes()
    at = data.index(where.encode()) + offset
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])
    return path


def test_a_damaged_byte_in_a_heading_is_warned_on_each_record_under_it(tmp_path):
    from pilotplans.ingest.pipeline import read_document

    document = read_document(damaged_seed(tmp_path, "完善管理体制", 4))
    warned = [m for m in document.measures if any(w.code == "undecodable_bytes" for w in m.warnings)]
    assert [m.number for m in warned] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [w.message for w in warned[0].warnings if w.code == "undecodable_bytes"] == [
        "undecodable characters (�) in heading_title, heading_path, where the source's bytes are damaged"]


def test_a_damaged_byte_in_the_title_is_a_note_on_stderr(tmp_path):
    path = damaged_seed(tmp_path, "厦门市全面深化", 1)
    result = extract(path)
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 88)
    # the damaged title no longer names 厦门; the bodies the plan names in full still do
    assert result.stderr.splitlines() == [
        f"note: {path.name}: the document's metadata names no region; taken from the bodies its measures name in "
        "full (厦门港口局、厦门仲裁委), which all name 厦门市",
        f"note: {path.name}: undecodable characters (�) in the document's title, "
        "headings or table titles, where the file's bytes are damaged"]


def test_a_sound_document_has_no_undecodable_warning():
    from pilotplans.ingest.pipeline import read_document

    document = read_document(SEEDS / "003_0b1b6885711b46b3.txt")
    assert not [w for w in [*document.warnings, *(w for m in document.measures for w in m.warnings)] if w.code == "undecodable_bytes"]


def test_a_gbk_page_declared_utf8_amid_much_markup_is_read_as_gbk():
    # its few Chinese characters, all undecodable as UTF-8, were under one in 100 of the page's
    # characters (scripts are ASCII): the page was read as damaged UTF-8, every Chinese word lost
    from pilotplans.parsers.html import decode_html

    script = "<script>function f(x) { return x + 1; }</script>\n" * 400
    page = f'<html><head><meta charset="utf-8">{script}</head><body><p>推进服务贸易创新发展，责任单位：市商务局</p></body></html>'
    assert "推进服务贸易创新发展，责任单位：市商务局" in decode_html(page.encode("gbk"))


def test_a_damaged_byte_in_a_utf8_page_amid_much_markup_is_still_read_as_utf8():
    from pilotplans.parsers.html import decode_html

    script = "<script>function f(x) { return x + 1; }</script>\n" * 400
    page = f'<html><head><meta charset="utf-8">{script}</head><body><p>推进服务贸易创新发展，责任单位：市商务局</p></body></html>'
    assert "推进服务贸易创新发展，责任单位：市商务�" in decode_html(page.encode("utf-8").replace("局".encode(), b"\xe5\xb1\xff"))
