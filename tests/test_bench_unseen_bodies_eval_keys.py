"""bench/unseen_bodies_eval.py reads every key file --key names (key.tsv and rosters.tsv by default), one after the
other, and --by-doc prints each document's right / wrong / unresolved, in the order the documents come."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "unseen_bodies_eval.py"
spec = importlib.util.spec_from_file_location("unseen_bodies_eval", SCRIPT)
bench = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bench
spec.loader.exec_module(bench)

# two rows of the rosters (房县's 2010 reform) and one written wrong on purpose (上栗县's Party committee keyed as
# its government), each in a file of its own
FANG = ("fx-2010\t房县\tcounty\t2010-05-27\t房县地震局\t420325-earthquake_bureau\tsource\n"
        "fx-2010\t房县\tcounty\t2010-05-27\t房县人民政府\t420325-people_government\tsource\n")
SHANGLI = "sl-2019\t上栗县\tcounty\t2019-01-09\t縣委\t360322-people_government\tsource\n"


def run(monkeypatch, capsys, *args: str) -> list[str]:
    monkeypatch.setattr(sys, "argv", ["unseen_bodies_eval.py", *args])
    assert bench.main() == 0
    return capsys.readouterr().out.splitlines()


def test_the_eval_reads_the_key_and_the_rosters_by_default():
    assert (bench.KEY.name, bench.ROSTERS.name) == ("key.tsv", "rosters.tsv")
    assert bench.ROSTERS.exists()


def test_every_key_file_named_is_read_and_counted_by_document(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.tsv").write_text(FANG, encoding="utf-8")
    (tmp_path / "b.tsv").write_text(SHANGLI, encoding="utf-8")
    out = run(monkeypatch, capsys, "--key", str(tmp_path / "a.tsv"), str(tmp_path / "b.tsv"), "--by-doc")
    assert out[0] == "3 mentions, 2 places: right 2 (66.7%), wrong 1, unresolved 0"
    assert out[2:] == ["fx-2010        right 2, wrong 0, unresolved 0", "sl-2019        right 0, wrong 1, unresolved 0"]


def test_without_by_doc_no_document_s_counts_are_printed(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.tsv").write_text(FANG, encoding="utf-8")
    assert len(run(monkeypatch, capsys, "--key", str(tmp_path / "a.tsv"))) == 2


def test_a_row_keyed_by_its_year_alone_is_read_at_both_ends_of_the_year(tmp_path, monkeypatch, capsys):
    # a page printing no day is keyed by the year it names (batch 47's 门头沟 2020 report): 房县's bodies read the
    # same on 2010-01-01 and 2010-12-31, so the year's row counts as the day's would
    (tmp_path / "a.tsv").write_text(FANG.replace("2010-05-27", "2010"), encoding="utf-8")
    out = run(monkeypatch, capsys, "--key", str(tmp_path / "a.tsv"))
    assert out[0] == "2 mentions, 1 places: right 2 (100.0%), wrong 0, unresolved 0"


def test_a_year_s_row_read_differently_at_its_two_ends_counts_as_wrong(tmp_path, monkeypatch, capsys):
    # a reading that turns within the year needs the day the key does not give: it counts as wrong, never as the
    # reading of a day made up for it (the resolver here reads 房县地震局 as the government from July on)
    real = bench.resolve_body
    monkeypatch.setattr(bench, "resolve_body", lambda mention, context: real(
        "房县人民政府" if context.date.month > 6 else mention, context))
    (tmp_path / "a.tsv").write_text(FANG.replace("2010-05-27", "2010").splitlines()[0] + "\n", encoding="utf-8")
    out = run(monkeypatch, capsys, "--key", str(tmp_path / "a.tsv"))
    assert out == ["fx-2010 房县地震局: read differently at the ends of 2010, the key must give the day",
                   "1 mentions, 1 places: right 0 (0.0%), wrong 1, unresolved 0",
                   "of which places no test names: 0 mentions, 0 places: right 0 (-), wrong 0, unresolved 0"]
