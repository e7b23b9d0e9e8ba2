"""A rebuild writes the JSONL and the CSV of a document from one dump of each record: the same text
as each renderer writes alone."""

from __future__ import annotations

import json
from pathlib import Path

from pilotplans.export import MeasureOut, SourceOut, jsonl_and_csv, measure_out, measures_out, to_csv, to_json, to_jsonl
from pilotplans.jsonl import documents_json, documents_jsonl, measure_data

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_jsonl_and_csv_written_together_are_those_written_alone(national2020, xiamen):
    records = measures_out([national2020, xiamen])
    jsonl, csv = jsonl_and_csv(records)
    assert jsonl == to_jsonl(records)
    assert csv == to_csv(records)
    assert csv.count("\r\n") > len(records)  # a row a record and the header, cells with line breaks


def test_a_record_is_left_as_it_was_by_writing_it(xiamen):
    records = measures_out([xiamen])
    before = [r.model_dump() for r in records]
    jsonl_and_csv(records)
    assert [r.model_dump() for r in records] == before


def test_no_records_write_the_csv_header_alone():
    jsonl, csv = jsonl_and_csv([])
    assert jsonl == ""
    assert csv == to_csv([])
    assert csv.startswith("\ufeffdocument,doc_title,")


# --- the JSONL that extract prints, made without building a MeasureOut for each measure ---------


def test_the_jsonl_made_directly_is_that_of_the_records(national2020, xiamen, hainan, national2018, national2025):
    documents = [national2020, xiamen, hainan, national2018, national2025]
    assert documents_jsonl(documents) == to_jsonl(measures_out(documents))


def test_a_measure_read_directly_is_the_record_dumped_field_for_field(xiamen):
    measure = xiamen.measures[0]
    data = measure_data(xiamen, measure)
    assert data == measure_out(xiamen, measure).model_dump(mode="json")
    assert list(data) == list(MeasureOut.model_fields)
    assert list(data["source"]) == list(SourceOut.model_fields)


def test_a_pdf_measure_keeps_its_box_as_floats_and_its_date_as_iso_text():
    from pilotplans import read

    document = read(FIXTURES / "hainan-2020-plan.pdf")
    measure = document.measures[0]
    data = measure_data(document, measure)
    assert data["source"]["bbox"] == [float(v) for v in measure.source.bbox]
    assert all(type(v) is float for v in data["source"]["bbox"])
    assert data["source"]["format"] == "pdf"
    assert data["doc_date"] == document.date.isoformat() == "2020-11-06"
    assert json.dumps(data, ensure_ascii=False) == json.dumps(
        measure_out(document, measure).model_dump(mode="json"), ensure_ascii=False)


def test_a_docx_measure_has_no_box_and_no_confidence(national2025):
    data = measure_data(national2025, national2025.measures[0])
    assert data["source"]["bbox"] is None
    assert data["source"]["confidence"] is None
    assert data["source"]["ocr"] is False
    assert data == measure_out(national2025, national2025.measures[0]).model_dump(mode="json")


def test_a_measure_read_by_ocr_keeps_its_confidence_as_a_float(xiamen):
    measure = xiamen.measures[0]
    source = measure.source.model_copy(update={"ocr": True, "confidence": 0.875, "bbox": (10.0, 20.5, 30.0, 40.0)})
    scanned = measure.model_copy(update={"source": source})
    data = measure_data(xiamen, scanned)
    assert data["source"]["confidence"] == 0.875
    assert data["source"]["bbox"] == [10.0, 20.5, 30.0, 40.0]
    assert data == measure_out(xiamen, scanned).model_dump(mode="json")


# --- the JSON array of `extract -f json`, each record's JSON made by pydantic-core --------------


def _laid_out_by_python(records):
    return json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False, indent=2) + "\n"


def test_the_json_array_is_what_json_dumps_lays_out(national2020, xiamen, hainan, national2018, national2025):
    records = measures_out([national2020, xiamen, hainan, national2018, national2025])
    assert to_json(records) == _laid_out_by_python(records)


def test_the_json_array_made_directly_is_that_of_the_records(national2020, xiamen, hainan, national2018, national2025):
    documents = [national2020, xiamen, hainan, national2018, national2025]
    assert documents_json(documents) == _laid_out_by_python(measures_out(documents))


def test_the_json_array_of_a_pdf_keeps_its_boxes_as_json_dumps_writes_them():
    from pilotplans import read

    records = measures_out([read(FIXTURES / "hainan-2020-plan.pdf")])
    assert all(r.source.bbox for r in records)
    assert to_json(records) == _laid_out_by_python(records)


def test_the_json_array_is_made_without_python_laying_it_out(national2025, monkeypatch):
    import pilotplans.export as export

    records = measures_out([national2025])
    expected = _laid_out_by_python(records)
    monkeypatch.setattr(export.json, "dumps", None)  # the indented text is not made by json.dumps
    assert to_json(records) == expected


def test_no_records_are_an_empty_json_array():
    assert to_json([]) == _laid_out_by_python([]) == "[]\n"


def _boxed(document, bbox, confidence=None):
    measure = document.measures[0]
    source = measure.source.model_copy(update={"bbox": bbox, "ocr": confidence is not None, "confidence": confidence})
    return measure_out(document, measure.model_copy(update={"source": source}))


def test_a_box_a_hair_from_zero_is_written_as_json_dumps_writes_it(xiamen):
    # Python writes an exponent below 1e-4 (9.9e-05), pydantic-core the digits (0.000099)
    record = _boxed(xiamen, (9.9e-05, 20.5, 30.0, 40.0))
    assert '"bbox": [\n        9.9e-05,\n' in to_json([record])
    assert to_json([record]) == _laid_out_by_python([record])


def test_a_confidence_that_is_not_a_number_is_written_as_json_dumps_writes_it(xiamen, monkeypatch):
    # pydantic-core writes NaN alike only under its default inf_nan_mode: the record takes json.dumps
    record = _boxed(xiamen, (10.0, 20.5, 30.0, 40.0), confidence=float("nan"))
    text, by_python = _laid_out_by([record], monkeypatch)
    assert by_python and '"confidence": NaN\n' in text
    assert text == _laid_out_by_python([record])


def _laid_out_by(records, monkeypatch):
    """to_json of ``records``, and whether json.dumps laid it out (not pydantic-core)."""
    import pilotplans.jsonl as jsonl

    calls = []
    dumps = jsonl.json.dumps

    def spied(*args, **kwargs):
        calls.append(kwargs.get("indent"))
        return dumps(*args, **kwargs)

    monkeypatch.setattr(jsonl.json, "dumps", spied)
    text = to_json(records)
    monkeypatch.undo()
    return text, 2 in calls


def test_a_box_of_ordinary_coordinates_is_written_alike_by_both(xiamen, monkeypatch):
    # the largest float below 1e16 is the last that Python writes without an exponent
    record = _boxed(xiamen, (0.0, 1e-04, 0.875, 9999999999999998.0), confidence=0.0001)
    text, by_python = _laid_out_by([record], monkeypatch)
    assert not by_python
    assert text == _laid_out_by_python([record])


def test_a_box_of_1e16_or_more_is_written_as_json_dumps_writes_it(xiamen, monkeypatch):
    # Python writes 1e+16; the pydantic-core of pydantic 2.6 (which pyproject allows) writes 1e16
    for far in (1e16, -2.5e20, 1.7976931348623157e308):
        record = _boxed(xiamen, (10.0, 20.5, 30.0, far))
        text, by_python = _laid_out_by([record], monkeypatch)
        assert by_python, far
        assert f"        {json.dumps(far)}\n" in text
        assert text == _laid_out_by_python([record])


def test_an_infinite_confidence_is_written_as_json_dumps_writes_it(xiamen, monkeypatch):
    record = _boxed(xiamen, (10.0, 20.5, 30.0, 40.0), confidence=float("inf"))
    text, by_python = _laid_out_by([record], monkeypatch)
    assert by_python and '"confidence": Infinity\n' in text


def test_a_documents_jsonl_and_csv_made_directly_are_those_of_its_records(national2020, xiamen, hainan, national2018, national2025):
    from pilotplans.export import document_jsonl_and_csv

    for document in (national2020, xiamen, hainan, national2018, national2025):
        assert document_jsonl_and_csv(document) == jsonl_and_csv(measures_out([document]))


def test_a_pdf_documents_jsonl_and_csv_made_directly_keep_its_boxes():
    from pilotplans import read
    from pilotplans.export import document_jsonl_and_csv

    document = read(FIXTURES / "hainan-2020-plan.pdf")
    assert document_jsonl_and_csv(document) == jsonl_and_csv(measures_out([document]))


def test_the_floats_the_json_array_checks_are_every_float_a_record_holds():
    # jsonl._floats_written_alike looks at the source's box and confidence only: a float field
    # added to the records elsewhere would be written by pydantic-core unchecked (1e-05 as 0.00001)
    import typing

    from pydantic import BaseModel

    def float_fields(model, prefix=""):
        for name, field in model.model_fields.items():
            stack = [field.annotation]
            while stack:
                kind = stack.pop()
                if kind is float:
                    yield prefix + name
                elif isinstance(kind, type) and issubclass(kind, BaseModel):
                    yield from float_fields(kind, f"{prefix}{name}.")
                else:
                    stack.extend(typing.get_args(kind))

    assert sorted(set(float_fields(MeasureOut))) == ["source.bbox", "source.confidence"]
