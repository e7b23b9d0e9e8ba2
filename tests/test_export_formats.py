"""A rebuild writes the JSONL and the CSV of a document from one dump of each record: the same text
as each renderer writes alone."""

from __future__ import annotations

from pilotplans.export import jsonl_and_csv, measures_out, to_csv, to_jsonl


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
