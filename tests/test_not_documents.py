"""Files that are not documents say what they are, in one line, whatever their name."""

import io
import shutil
import zipfile

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
OTHERS = FIXTURES / "not-documents"
SOFFICE = "convert it to DOCX or PDF first (e.g. soffice --headless --convert-to docx FILE)"


def refused_with(path, cause, options=()):
    result = runner.invoke(app, ["extract", *options, str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {path}: {cause}"]
    assert result.stdout == ""


@pytest.mark.parametrize(("image", "kind"), [("scan.png", "PNG"), ("scan.jpg", "JPEG"), ("scan.gif", "GIF"),
                                             ("scan.tif", "TIFF"), ("scan.bmp", "BMP"), ("scan.webp", "WebP")])
@pytest.mark.parametrize("renamed", ["notice.pdf", "notice.txt", "notice.docx"])
def test_an_image_under_a_document_name_says_it_is_an_image(tmp_path, image, kind, renamed):
    # read through OCR unless OCR is off (tests/test_ocr.py reads images through it)
    path = tmp_path / renamed
    shutil.copy(OTHERS / image, path)
    refused_with(path, f"an image ({kind}), not a document: it is read only through OCR (OCR is off: --ocr never)",
                 options=["--ocr", "never"])


def test_a_legacy_word_document_is_named_with_a_way_out(tmp_path):
    path = tmp_path / "notice.docx"
    shutil.copy(OTHERS / "notice.doc", path)  # a real .doc printed by LibreOffice
    refused_with(path, f"legacy .doc/.wps binary is not supported: {SOFFICE}")


def test_a_legacy_excel_workbook_is_refused_saying_to_save_it_as_xlsx(tmp_path):
    path = tmp_path / "tasks.xls"
    directory_entry = "Workbook".encode("utf-16-le").ljust(64, b"\0")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory_entry + b"\0" * 448)
    refused_with(path, "legacy Excel/ET workbook (.xls/.et) is not read: open it in Excel or WPS and save it as .xlsx "
                       "(Excel workbook) first")


def test_a_password_protected_docx_is_named(tmp_path):
    path = tmp_path / "locked.docx"
    directory_entry = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory_entry + b"\0" * 448)
    refused_with(path, "password-protected Office document (an encrypted DOCX or XLSX): remove the password and save it "
                       "as DOCX or PDF first")


def test_rtf_is_named(tmp_path):
    path = tmp_path / "notice.txt"
    shutil.copy(OTHERS / "notice.rtf", path)
    refused_with(path, f"RTF document is not supported: {SOFFICE}")


def test_opendocument_text_is_named(tmp_path):
    path = tmp_path / "notice.docx"
    shutil.copy(OTHERS / "notice.odt", path)
    refused_with(path, f"OpenDocument file (.odt/.ods), not a Word document: {SOFFICE}")


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in members:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def test_an_excel_workbook_named_docx_is_read_as_a_workbook_its_damage_named(tmp_path):
    # told by its members, not its name: a package of empty parts is a damaged workbook, not a Word document
    path = tmp_path / "tasks.docx"
    path.write_bytes(zip_of(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]))
    result = runner.invoke(app, ["extract", str(path)])
    assert (result.exit_code, len(result.stderr.splitlines())) == (1, 1)
    assert result.stderr.startswith(f"error: {path}: damaged Excel workbook (.xlsx): ")


def test_an_ofd_document_is_named(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(zip_of(["OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"]))
    refused_with(path, "OFD document (the Chinese fixed-layout format) is not supported: convert it to PDF first")


def test_an_archive_is_named(tmp_path):
    import gzip

    path = tmp_path / "notice.txt"
    path.write_bytes(gzip.compress("序号\t具体举措\n".encode()))
    refused_with(path, "gzip archive, not a document: unpack it and read the documents inside")


def test_binary_data_of_no_known_kind_is_not_an_encoding_problem(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(bytes(range(256)) * 8)
    refused_with(path, "binary data of an unknown kind, not a PDF, DOCX, HTML page or text file")


def test_text_in_utf16_without_a_bom_is_still_text(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes("关于做好服务贸易工作的通知\n\n各单位：请认真贯彻落实。\n".encode("utf-16-le"))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.stderr.startswith(f"error: {path}: no task table")
