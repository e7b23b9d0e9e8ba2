"""Scanned notices read through OCR into the same measures as their text layer.

Each scan is compared with the born-digital pages it was made from, read through their text
layer: the committed scans in tests/fixtures/scans (a sealed, turned, JPEG-compressed scan; a
photographed page as a JPEG file) and scans made here from the committed PDFs with tests/scans.py
(300 dpi turned by the most a scanner turns a page, a two-page TIFF, a page of a born-digital
PDF among scanned ones). Where the reading differs from the text layer the test names the
difference, and the record must say OCR was unsure of it. The recogniser is the ocr extra's
(skipped without it); recognised pages are cached for the session in a temporary folder, so each
page is recognised once.
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.ocr import OcrSettings
from pilotplans.textutil import squash
from tests.conftest import FIXTURES, pages_of

pytest.importorskip("rapidocr_onnxruntime")  # before the scans, which need its numpy

from tests.scans import ScanStyle, scanned_image, scanned_pdf  # noqa: E402
from tests.test_formats_agree import comparable  # noqa: E402

SCANS = FIXTURES / "scans"
XIAMEN_SCAN = SCANS / "xiamen-p1-3.seal.scan.pdf"
PHOTO = SCANS / "national-2025-p8.photo.jpg"
OCR = OcrSettings(workers=2)


@pytest.fixture(scope="module", autouse=True)
def ocr_cache(tmp_path_factory):
    """Recognised pages cached in the session's temporary cache folder (tests/conftest.py keeps
    PILOTPLANS_CACHE_DIR there for every test; this sets it for the module's fixtures too)."""
    folder = tmp_path_factory.getbasetemp() / "segments"
    saved = os.environ.get("PILOTPLANS_CACHE_DIR")
    os.environ["PILOTPLANS_CACHE_DIR"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("PILOTPLANS_CACHE_DIR", None)
    else:
        os.environ["PILOTPLANS_CACHE_DIR"] = saved


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("scans")


def written(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def xiamen(folder):
    """The sealed scan of Xiamen's pages 1–3 and the same pages read through their text layer."""
    text = read_document(written(folder, "xiamen-p1-3.pdf", pages_of("xiamen-tasks.pdf", [0, 1, 2])))
    return read_document(XIAMEN_SCAN, ocr=OCR), text


def test_a_sealed_turned_scan_gives_the_measures_of_the_text_layer(xiamen):
    # 150 dpi: the seal lies over measure 14's 上级部门 cell (司法部、商务部、港澳办), whose 、 was
    # read ！ while the seal's JPEG-darkened edges were left as ink
    scan, text = xiamen
    assert [m.number for m in scan.measures] == list(range(1, 16))
    assert [m.number for m, t in zip(scan.measures, text.measures) if comparable(m) != comparable(t)] == []
    assert scan.measures[13].superior == "司法部、商务部、港澳办"


def test_bodies_are_resolved_from_a_scan_as_from_the_text_layer(xiamen):
    scan, text = xiamen
    bodies = lambda m: [(b.raw, b.id, b.role) for b in m.departments]  # noqa: E731
    assert [bodies(m) for m in scan.measures] == [bodies(m) for m in text.measures]


def test_records_read_through_ocr_say_so_with_their_lowest_confidence(xiamen):
    scan, text = xiamen
    assert {(m.source.format, m.source.ocr) for m in scan.measures} == {("pdf", True)}
    assert all(0 < m.source.confidence <= 1 for m in scan.measures)
    assert [m.source.page for m in scan.measures] == [1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]
    assert {(m.source.ocr, m.source.confidence) for m in text.measures} == {(False, None)}


def test_a_record_read_less_surely_than_trusted_says_so_and_one_read_surely_does_not(xiamen):
    # but measures 1 and 9, whose only doubtful characters are the brackets of their headings'
    # numbers, （一） and （二）, in sequence; measure 11, whose least sure character is its 允,
    # read as surely as the recogniser reads 允 when right (data/ocr.toml); and measure 15, read
    # surely, names a body that resolves to none: its 上级部门 ends in 人 where page 3 is cut (人行
    # goes on on page 4), in the text layer too
    scan, _ = xiamen
    unsure = {m.number for m in scan.measures if m.source.confidence < OCR.low_confidence}
    warned = [m for m in scan.measures if any(w.code == "ocr_low_confidence" for w in m.warnings)]
    assert {1, 9, 11} <= unsure and 15 not in unsure
    assert scan.measures[10].text.startswith("允许") and 0.8 < scan.measures[10].source.confidence
    assert {m.number for m in warned} == (unsure - {1, 9, 11}) | {15}
    assert all("page" in w.message for m in warned for w in m.warnings if w.code == "ocr_low_confidence")
    assert [m.number for m in scan.measures if any(d.id is None for d in m.departments)] == [15]


@pytest.fixture(scope="module")
def photo(folder):
    """The photographed page 8 of the 2025 list (a JPEG file) and the page read through its text layer."""
    text = read_document(written(folder, "national-2025-p8.pdf", pages_of("national-2025-service-opening.pdf", [7])))
    return read_document(PHOTO, ocr=OCR), text


def test_a_photographed_page_as_a_jpeg_gives_the_measures_of_its_text_layer_but_one_character(photo):
    image, text = photo
    assert image.source.format == "image" and {m.source.format for m in image.measures} == {"image"}
    assert [m.number for m in image.measures] == [m.number for m in text.measures]
    differ = [m.number for m, t in zip(image.measures, text.measures) if comparable(m) != comparable(t)]
    assert differ == [24]
    assert squash(image.measures[-2].text) == squash(text.measures[-2].text).replace("遴", "")


def test_a_character_the_recogniser_dropped_is_flagged_by_the_hole_it_leaves(photo):
    # 高标准遴选试点企业: the rare 遴 is not read at all; its neighbours are doubted instead
    image, _ = photo
    measure = image.measures[-2]
    warning = next(w for w in measure.warnings if w.code == "ocr_low_confidence")
    assert measure.number == 24 and measure.source.confidence == 0.5
    assert "「准」 (0.50)" in warning.message and "「选」 (0.50)" in warning.message
    assert warning.message.endswith("check them against page 1 of the scan")


def test_a_scan_at_300_dpi_turned_by_one_and_a_half_degrees_gives_the_measures_of_its_text_layer(folder):
    pages = pages_of("hainan-2020-plan.pdf", [11, 12])
    text = read_document(written(folder, "hainan-p12-13.pdf", pages))
    scan = read_document(written(folder, "hainan-p12-13.scan.pdf",
                                 scanned_pdf(pages, ScanStyle(dpi=300, angle=-1.5, jpeg_quality=60))), ocr=OCR)
    assert [m.number for m in scan.measures] == [m.number for m in text.measures] == list(range(1, 16))
    differ = [m.number for m, t in zip(scan.measures, text.measures) if comparable(m) != comparable(t)]
    assert differ == [3]  # 已竣工: 竣 not read; the hole it leaves is doubted
    assert squash(scan.measures[2].text) == squash(text.measures[2].text).replace("竣", "")
    assert scan.measures[2].source.confidence == 0.5
    assert "ocr_low_confidence" in [w.code for w in scan.measures[2].warnings]


def test_a_grey_scan_of_a_sealed_page_flags_every_measure_the_grey_seal_garbles(folder):
    # a scanner's grey mode keeps no hue: the red seal is a grey mark as dark as its ink, which seal
    # removal (told by hue) leaves on the page. Under it measure 3's owner 市建设局 is read as strokes
    # of the seal (小 V = X): flagged, and no body is made of them
    pages = pages_of("xiamen-tasks.pdf", [0])
    text = read_document(written(folder, "xiamen-p1.pdf", pages))
    scan = read_document(written(folder, "xiamen-p1.grey-seal.scan.pdf",
                                 scanned_pdf(pages, ScanStyle(dpi=200, angle=-0.8, seal=(400, 520), colour="grey"))), ocr=OCR)
    assert [m.number for m in scan.measures] == [m.number for m in text.measures]
    differ = [m.number for m, t in zip(scan.measures, text.measures) if comparable(m) != comparable(t)]
    flagged = [m.number for m in scan.measures if "ocr_low_confidence" in [w.code for w in m.warnings]]
    assert differ == [3]
    assert 3 in flagged
    assert [(d.raw, d.id) for d in scan.measures[2].departments][:4] == [("小", None), ("V", None), ("=", None), ("X", None)]


def test_a_tiff_of_two_pages_is_read_as_one_document(folder):
    from PIL import Image

    pages = pages_of("national-2020-tasks.pdf", [4, 5])
    text = read_document(written(folder, "national-2020-p5-6.pdf", pages))
    frames = [Image.open(io.BytesIO(scanned_image(pages, i, ScanStyle(dpi=200), "PNG"))) for i in (0, 1)]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200), compression="tiff_lzw")
    scan = read_document(written(folder, "national-2020-p5-6.tif", out.getvalue()), ocr=OCR)
    assert {m.source.page for m in scan.measures} == {1, 2}
    assert [comparable(m) for m in scan.measures] == [comparable(m) for m in text.measures]


def test_ocr_always_reads_a_born_digital_page_as_its_text_layer_does(folder):
    path = written(folder, "xiamen-p2.pdf", pages_of("xiamen-tasks.pdf", [1]))
    text, image = read_document(path), read_document(path, ocr=OcrSettings(mode="always", workers=1))
    assert {m.source.ocr for m in image.measures} == {True}
    assert [comparable(m) for m in image.measures] == [comparable(m) for m in text.measures]


def test_ocr_auto_reads_only_the_pages_without_a_text_layer(folder):
    import pypdfium2

    born, scanned = pypdfium2.PdfDocument(pages_of("xiamen-tasks.pdf", [0])), pypdfium2.PdfDocument(XIAMEN_SCAN.read_bytes())
    born.import_pages(scanned, [1])
    out = io.BytesIO()
    born.save(out)
    mixed = read_document(written(folder, "xiamen-mixed.pdf", out.getvalue()), ocr=OCR)
    text = read_document(written(folder, "xiamen-p1-2.pdf", pages_of("xiamen-tasks.pdf", [0, 1])))
    # measure 4 runs on over the break: its end was read through OCR, so it says so
    assert [(m.source.page, m.source.ocr) for m in mixed.measures] == [(1, False)] * 3 + [(1, True)] + [(2, True)] * 5
    assert [comparable(m) for m in mixed.measures] == [comparable(m) for m in text.measures]


def line_end_box(erase_comma: bool = False):
    """深化改革工作， at the end of a line of Xiamen's page 1 (200 dpi, points × 200/72 = pixels):
    its grey pixels, its ink, and a box the detector drew over the comma whose characters stop at 作
    (as the recogniser dropped national-2020 5's comma)."""
    import numpy as np
    import pypdfium2

    from pilotplans.parsers.ocr.engine import CharBox, TextBox
    from pilotplans.parsers.ocr.prepare import ink

    k = 200 / 72
    page = pypdfium2.PdfDocument((FIXTURES / "xiamen-tasks.pdf").read_bytes())[0]
    grey = np.ascontiguousarray(page.render(scale=k, grayscale=True, fill_color=(255, 255, 255, 255)).to_numpy())
    if erase_comma:
        grey[round(470 * k):round(488 * k), round(290.2 * k):round(301 * k)] = 255
    chars = tuple(CharBox(c, x0 * k, x1 * k, 0.99) for c, x0, x1 in
                  (("深", 225.85, 236.35), ("化", 236.54, 247.04), ("改", 247.33, 257.83), ("革", 258.02, 268.52),
                   ("工", 268.81, 279.31), ("作", 279.5, 290.0)))
    box = TextBox(225 * k, 472 * k, 297 * k, 486 * k, 0.99, chars)
    return grey, ink(grey), box


def test_a_comma_left_unread_at_a_lines_end_is_read_with_the_character_before_it_and_doubted():
    from pilotplans.parsers.ocr.engine import Recogniser
    from pilotplans.parsers.ocr.unread import with_unread_ends

    grey, marks, box = line_end_box()
    read = with_unread_ends(box, marks, grey, 10.5 * 200 / 72, Recogniser())
    assert [c.text for c in read.chars][-2] == "作" and read.chars[-1].text in ("，", ",")
    assert read.chars[-1].confidence <= 0.5 and read.chars[-1].x0 > box.chars[-1].x1


def test_a_box_with_no_ink_beyond_its_last_character_is_left_as_read():
    from pilotplans.parsers.ocr.engine import Recogniser
    from pilotplans.parsers.ocr.unread import with_unread_ends

    grey, marks, box = line_end_box(erase_comma=True)
    assert with_unread_ends(box, marks, grey, 10.5 * 200 / 72, Recogniser()) == box


# ─── cost: cache, workers, progress ──────────────────────────────────────────────────────────


def test_a_scan_read_again_is_not_recognised_again(xiamen, monkeypatch):
    import pilotplans.parsers.ocr.workers as workers

    def no_recogniser(*args, **kwargs):
        raise AssertionError("recognised again")

    monkeypatch.setattr(workers, "Recogniser", no_recogniser)
    heard = []
    again = read_document(XIAMEN_SCAN, ocr=OcrSettings(workers=1), progress=lambda done, total: heard.append((done, total)))
    assert [comparable(m) for m in again.measures] == [comparable(m) for m in xiamen[0].measures]
    assert heard == [(3, 3)]


def test_pages_recognised_in_parallel_are_those_recognised_one_by_one(xiamen):
    from pilotplans.parsers.ocr.workers import PageSource, recognise_pages

    source = PageSource(XIAMEN_SCAN.read_bytes(), "scan", "pdf")
    heard = []
    alone = recognise_pages(source, [1], OcrSettings(workers=1, cache=False), lambda d, t: heard.append((d, t)))
    pooled = recognise_pages(source, [1], OcrSettings(workers=2))  # from the cache the pool filled
    assert alone[1] == pooled[1]
    assert heard == [(1, 1)]


def test_the_pool_that_recognised_a_scan_is_gone_once_it_is_read(xiamen):
    import multiprocessing

    assert multiprocessing.active_children() == []  # the xiamen scan was recognised by two workers


def small_pdf(*pages) -> bytes:
    """A PDF of image-only pages (Pillow images), each 2 × 1 inches at 200 dpi."""
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", resolution=200, save_all=True, append_images=list(pages[1:]))
    return buffer.getvalue()


def test_each_page_needing_ocr_is_rendered_once_and_a_blank_one_is_left_alone(monkeypatch):
    from PIL import Image, ImageDraw

    import pilotplans.parsers.ocr.blank as blank
    from pilotplans.parsers.ocr import with_ocr
    from pilotplans.parsers.pdf.content import PageContent
    import pilotplans.parsers.ocr.workers as workers

    drawn = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(drawn).rectangle((40, 90, 360, 93), fill="black")  # a rule, no text
    rendered = []
    render = workers.render_pdf_page
    monkeypatch.setattr(workers, "render_pdf_page", lambda data, index, dpi: rendered.append(index) or render(data, index, dpi))
    monkeypatch.setattr(blank, "pdf_page_is_blank", lambda data, index: pytest.fail("a page rendered twice"))
    as_read = (PageContent(1, 144, 72, (), ()), PageContent(2, 144, 72, (), ()))  # no text layer on either
    pages = with_ocr(small_pdf(Image.new("RGB", (400, 200), "white"), drawn), "two pages", as_read,
                     OcrSettings(workers=1, cache=False))
    assert sorted(rendered) == [0, 1]
    assert pages[0] is as_read[0]
    assert len(pages[1].rules) == 1 and pages[1].glyphs == ()


# ─── refusals ────────────────────────────────────────────────────────────────────────────────


def test_a_scan_is_refused_when_ocr_is_off():
    with pytest.raises(UnreadableFile) as caught:
        read_document(XIAMEN_SCAN, ocr=OcrSettings(mode="never"))
    assert caught.value.cause == "no text layer (OCR is off: --ocr never)"


def test_an_image_is_refused_when_ocr_is_off():
    with pytest.raises(UnreadableFile) as caught:
        read_document(PHOTO, ocr=OcrSettings(mode="never"))
    assert caught.value.cause == "an image (JPEG), not a document: it is read only through OCR (OCR is off: --ocr never)"


def test_without_the_ocr_extra_a_scan_says_how_to_install_it(monkeypatch):
    import pilotplans.parsers.ocr.reader as reader

    monkeypatch.setattr(reader, "ocr_available", lambda: False)
    with pytest.raises(UnreadableFile) as caught:
        read_document(XIAMEN_SCAN)
    assert caught.value.cause == "no text layer: reading it through OCR needs the ocr extra: pip install '.[ocr]' in the pilotplans folder (or 'pilotplans[ocr]' from a package index)"
    with pytest.raises(UnreadableFile) as caught:
        read_document(PHOTO)
    assert caught.value.cause == ("an image (JPEG), not a document: reading it through OCR needs the ocr extra: "
                                  "pip install '.[ocr]' in the pilotplans folder (or 'pilotplans[ocr]' from a package index)")


def test_an_image_cut_after_its_signature_is_refused_in_one_plain_line(tmp_path):
    cut = tmp_path / "cut.png"
    cut.write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    with pytest.raises(UnreadableFile) as caught:
        read_document(cut, ocr=OCR)
    assert str(caught.value) == f"{cut}: corrupt or truncated image (Pillow cannot tell its format)"


def test_an_image_cut_in_its_pixels_says_what_pillow_found(tmp_path):
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(PHOTO.read_bytes()[:2000])
    with pytest.raises(UnreadableFile) as caught:
        read_document(cut, ocr=OCR)
    assert caught.value.cause == "corrupt or truncated image (image file is truncated (0 bytes not processed))"


def test_bars_without_text_are_refused_after_ocr_found_none():
    with pytest.raises(UnreadableFile) as caught:
        read_document(FIXTURES / "variants" / "scanned.pdf", ocr=OCR)
    assert caught.value.cause == "no text layer, and OCR found no text in it"


def test_a_scan_out_of_focus_past_reading_is_refused_in_one_line_naming_its_page(folder, monkeypatch):
    # one page of national-2025's tasks scanned at 100 dpi, blurred by 2.4 px: the recogniser gives
    # garbage (城外费准人用 医 优化监管税…), seven tenths of it below 0.8 confidence. Its recognition
    # (15 processor seconds: every box of unread ink is read again) is the one recorded in
    # tests/fixtures/ocr-pages from this very scan; the rest of the reading runs as ever.
    import pilotplans.parsers.ocr.workers as workers
    from pilotplans.parsers.ocr.cache import from_json

    blurred = written(folder, "national-2025-p3.blurred.scan.pdf",
                      scanned_pdf(pages_of("national-2025-service-opening.pdf", [2]),
                                  ScanStyle(dpi=100, angle=0.5, jpeg_quality=60, blur=2.4)))
    recorded = from_json(json.loads((FIXTURES / "ocr-pages" / "national-2025-p3-100dpi-blurred.page1.json").read_text("utf-8")))
    monkeypatch.setattr(workers, "recognise_pages", lambda source, indices, settings, progress=None: {0: recorded})
    with pytest.raises(UnreadableFile) as caught:
        read_document(blurred, ocr=OCR)
    assert str(caught.value) == (f"{blurred}: a scan OCR cannot read: 71% of the 164 Chinese characters on page 1 read "
                                 "below 0.8 confidence (blurred, dark or too coarse): scan it again at 200 dpi or more, in focus")


@pytest.fixture(scope="module")
def grid_scan(folder):
    """variants/points-across-pages-grid scanned at 200 dpi, turned −1° (made once for the module),
    and the engine's own recognition of this very scan (four pages, about 27 processor seconds),
    recorded in tests/fixtures/ocr-pages, by page index."""
    from pilotplans.parsers.ocr.cache import from_json

    pages = pages_of("variants/points-across-pages-grid.pdf", [0, 1, 2, 3])
    scan = written(folder, "points-across-pages-grid.scan.pdf", scanned_pdf(pages, ScanStyle(dpi=200, angle=-1.0)))
    recorded = {i: from_json(json.loads((FIXTURES / "ocr-pages" / f"points-across-pages-grid-200dpi.page{i + 1}.json")
                                        .read_text("utf-8"))) for i in range(4)}
    return scan, recorded


@pytest.fixture(scope="module")
def grid_read(grid_scan):
    """The grid scan read from its recorded recognition, and the same pages read through their text layer."""
    import pilotplans.parsers.ocr.workers as workers

    scan, recorded = grid_scan
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(workers, "recognise_pages", lambda source, indices, settings, progress=None:
                      {i: recorded[i] for i in indices})
        read = read_document(scan, ocr=OCR)
    return read, read_document(FIXTURES / "variants" / "points-across-pages-grid.pdf")


def test_a_ruled_grid_whose_points_cross_page_breaks_reads_every_row_numbered_under_its_heading(grid_read):
    # its row rules are hairlines the scan spreads into light grey: looked for as print's ink they
    # were lost, the 序号 column ran into the text and 14 unnumbered records were read for 10
    read, text = grid_read
    assert [(m.number, m.heading_path) for m in read.measures] == [(m.number, m.heading_path) for m in text.measures]
    assert [m.responsibility for m in read.measures] == [m.responsibility for m in text.measures]
    assert [w.code for w in read.warnings] == [w.code for w in text.warnings]


def test_the_one_record_of_the_grid_scan_read_otherwise_than_its_text_layer_carries_ocr_low_confidence(grid_read):
    # measure 4's point （二） opens a line whose （ the detector left out, its box's edge grazing
    # the bracket: read on its own, as the half-width `(`; a 。's rim past its box's end is no
    # longer read again as `o` (measures 2 and 8) or `。` (measure 10)
    read, text = grid_read
    misread = [m for m, t in zip(read.measures, text.measures) if comparable(m) != comparable(t)]
    assert [(m.number, "ocr_low_confidence" in [w.code for w in m.warnings]) for m in misread] == [(4, True)]
    assert squash(misread[0].text) == squash(text.measures[3].text).replace("（二）加强", "(二）加强")


@pytest.mark.parametrize("processes", [2, 3])
def test_the_command_line_s_ocr_workers_are_the_processes_a_scan_s_pages_are_recognised_in(grid_scan, monkeypatch, processes):
    # the page pool of pilotplans.parsers.ocr.workers is given --ocr-workers, every page of the
    # scan to recognise (the blank first page too: it is told blank from its rendering, in the pool);
    # each page's recognition is the engine's own, recorded (above), so nothing is recognised here
    from typer.testing import CliRunner

    import pilotplans.ingest.parallel as parallel
    import pilotplans.parsers.ocr.workers as workers
    from pilotplans.cli import app

    scan, recorded = grid_scan
    pools = []

    class Results(list):
        def close(self) -> None:
            pass

    files_pool = parallel.in_order

    def pool(work, items, count, **options):
        if getattr(work, "func", None) is not workers._recognise_in_worker:
            return files_pool(work, items, count, **options)  # the files' pool, not the pages'
        pools.append((list(items), count))
        return Results(recorded[i] for i in items)

    monkeypatch.setattr(parallel, "in_order", pool)
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")  # nothing cached: every page goes to the pool
    result = CliRunner().invoke(app, ["extract", str(scan), "--format", "csv", "--ocr-workers", str(processes)])
    assert result.exit_code == 0, result.stderr
    assert pools == [([0, 1, 2, 3], processes)]
    assert [r["number"] for r in csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")))] == [str(n) for n in range(1, 11)]


# ─── output ──────────────────────────────────────────────────────────────────────────────────


def test_the_store_and_the_exports_keep_what_ocr_says(xiamen, tmp_path):
    from pilotplans.export import measures_out, to_csv
    from pilotplans.store.db import load_documents, store_documents

    scan, _ = xiamen
    url = f"sqlite:///{tmp_path / 'ocr.db'}"
    store_documents(url, [scan])
    stored = load_documents(url)[0]
    assert [m.source for m in stored.measures] == [m.source for m in scan.measures]
    rows = list(csv.DictReader(io.StringIO(to_csv(measures_out([stored])).lstrip("\ufeff"))))
    assert [float(r["ocr_confidence"]) for r in rows] == [m.source.confidence for m in scan.measures]


def test_extract_reads_a_scan_and_prints_its_ocr_confidence(xiamen):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    result = CliRunner().invoke(app, ["extract", str(XIAMEN_SCAN), "--format", "csv", "--ocr-workers", "1"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 16)]
    assert [float(r["ocr_confidence"]) for r in rows] == [m.source.confidence for m in xiamen[0].measures]


def ocr_files_newest_at(monkeypatch, after_ticks: int) -> None:
    """As if this process imported pilotplans ``after_ticks`` clock ticks after the OCR reader's
    newest file was last changed (one tick: that file was written after the import)."""
    import pilotplans
    from pilotplans.cachedir import _CLOCK_TICK_NS
    from pilotplans.ingest import versions

    newest = max(path.stat().st_ctime_ns for path in versions.package_files()
                 if versions._under(path.relative_to(versions.PACKAGE).as_posix(), versions.OCR_PATHS))
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", newest + after_ticks * _CLOCK_TICK_NS)


def recognised_and_kept(tmp_path, monkeypatch) -> list[str]:
    """A page of printed text recognised with the cache on: the names of the pages kept."""
    from PIL import Image, ImageDraw

    from pilotplans.parsers.ocr.workers import PageSource, recognise_pages

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    page = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(page).text((40, 90), "OCR 2025", fill="black")
    recognise_pages(PageSource(small_pdf(page), "one page", "pdf"), [0], OcrSettings(workers=1))
    return sorted(path.name.split("-")[0] for path in (tmp_path / "cache").glob("ocr/*/*.json"))


def test_a_page_recognised_while_the_ocr_reader_changed_on_disk_since_its_import_is_not_kept(tmp_path, monkeypatch):
    # ocr_version() hashes the files when asked: a checkout after the reader was imported would key
    # the old reader's pages by the new reader's version
    ocr_files_newest_at(monkeypatch, 1)
    assert recognised_and_kept(tmp_path, monkeypatch) == []


def test_a_page_recognised_by_the_ocr_reader_untouched_since_its_import_is_kept(tmp_path, monkeypatch):
    ocr_files_newest_at(monkeypatch, 2)
    assert recognised_and_kept(tmp_path, monkeypatch) == ["1"]
