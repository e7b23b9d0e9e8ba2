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
