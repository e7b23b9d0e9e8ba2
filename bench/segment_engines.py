"""rjieba against jieba as the diff's segmentation engine: the same cuts? how much faster?

    python bench/segment_engines.py [--runs 7]

Cuts, compared word for word:
- every text the diff cuts when it compares the plans of the answer keys with the national plan
  (Xiamen, Hainan, Chengdu, Wuhan) and the three national rounds with each other (lineage);
- every measure's text, responsibility, cooperating bodies and remarks of every document under
  tests/fixtures that reads (text, DOCX, HTML, PDF);
- the same texts again with a user dictionary (the place names of the gazetteer as extra words).

Time, each engine in fresh processes (median, min, max of --runs): importing it and cutting one
sentence (what the first diff of new documents pays), and cutting every text above once loaded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCE = "在试点地区实行保险公司分支机构和高级管理人员准入方式改革。"


class Recording:
    """A segmenter that notes every text it is asked to cut."""

    def __init__(self) -> None:
        from pilotplans.diff.segment import Segmenter

        self.inner = Segmenter(None, engine="jieba")
        self.texts: dict[str, None] = {}

    def cut(self, text: str) -> tuple[str, ...]:
        self.texts[text] = None
        return self.inner.cut(text)

    def save(self) -> None:
        pass


def diff_texts() -> list[str]:
    from pilotplans.diff import diff_documents
    from pilotplans.diff.lineage import lineage
    from pilotplans.ingest.reading import manifest_hints
    from pilotplans.ingest.pipeline import read_document

    fixtures = ROOT / "tests" / "fixtures"
    paths = [*sorted((fixtures / "seeds").glob("*.txt")), fixtures / "plans" / "chengdu-2020-tasks.txt",
             fixtures / "plans" / "wuhan-2020-tasks.txt"]
    documents = {d.id: d for d in (read_document(p, manifest_hints(p.parent)(p)) for p in paths)}
    recording = Recording()
    for local in ("xiamen-2020", "hainan-2020", "chengdu-2020", "wuhan-2020"):
        diff_documents(documents["national-2020"], documents[local], segmenter=recording)  # type: ignore[arg-type]
    lineage([documents[i] for i in ("national-2018", "national-2020", "national-2025")], segmenter=recording)  # type: ignore[arg-type]
    return list(recording.texts)


def fixture_texts() -> tuple[list[str], int]:
    from pilotplans.errors import UnreadableFile
    from pilotplans.ingest.reading import manifest_hints
    from pilotplans.ingest.pipeline import read_document

    texts: dict[str, None] = {}
    documents = 0
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if path.suffix not in (".txt", ".docx", ".html", ".pdf") or path.name.startswith("README"):
            continue
        try:
            document = read_document(path, manifest_hints(path.parent)(path))
        except UnreadableFile:
            continue
        documents += 1
        for measure in document.measures:
            texts.update(dict.fromkeys(t for t in (measure.text, measure.responsibility, measure.cooperating, measure.remarks) if t))
    return list(texts), documents


def place_words() -> tuple[tuple[str, None], ...]:
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    names = sorted({r.name for r in gazetteer.regions.values() if len(r.name) >= 3})
    return tuple((name, None) for name in names)


def compare(texts: list[str], words: tuple = ()) -> list[tuple[str, list[str], list[str]]]:
    from pilotplans.diff.segment import Segmenter

    jieba, rjieba = Segmenter(None, engine="jieba", words=words), Segmenter(None, engine="rjieba", words=words)
    return [(t, list(jieba.cut(t)), list(rjieba.cut(t))) for t in texts if jieba.cut(t) != rjieba.cut(t)]


def child(engine: str, texts_file: str) -> dict[str, float]:
    from pilotplans.diff.segment import cutter  # (pilotplans' own imports are not the engine's)

    start = time.perf_counter()
    cut = cutter(engine)
    cut(SENTENCE)
    first = time.perf_counter() - start
    texts = json.loads(Path(texts_file).read_text("utf-8"))
    start = time.perf_counter()
    for text in texts:
        cut(text)
    return {"first": first, "all": time.perf_counter() - start}


def line(name: str, values: list[float]) -> str:
    return f"{name:<28} median {statistics.median(values) * 1000:8.1f} ms  min {min(values) * 1000:8.1f}  max {max(values) * 1000:8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "TEXTS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return

    diffed = diff_texts()
    fixtures, documents = fixture_texts()
    everything = list(dict.fromkeys([*diffed, *fixtures]))
    words = place_words()
    print(f"texts the diffs cut: {len(diffed)} ({sum(map(len, diffed)):,} characters); "
          f"fixture texts: {len(fixtures)} from {documents} documents ({sum(map(len, fixtures)):,} characters)")
    for label, found in (("without a user dictionary", compare(everything)),
                         (f"with {len(words):,} place names as user words", compare(everything, words))):
        print(f"cuts that differ, {label}: {len(found)} of {len(everything)}")
        for text, jieba_words, rjieba_words in found[:10]:
            print(f"  {text[:40]}\n    jieba  {'/'.join(jieba_words)[:120]}\n    rjieba {'/'.join(rjieba_words)[:120]}")

    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(everything, handle, ensure_ascii=False)
    runs = {engine: [json.loads(subprocess.run([sys.executable, __file__, "--child", engine, handle.name], capture_output=True,
                                               text=True, check=True).stdout.splitlines()[-1]) for _ in range(args.runs)]
            for engine in ("jieba", "rjieba")}
    Path(handle.name).unlink()
    print(f"\nfresh processes, {args.runs} runs each")
    for engine, results in runs.items():
        print(line(f"{engine}: import + first cut", [r["first"] for r in results]))
        print(line(f"{engine}: cut all {len(everything)} texts", [r["all"] for r in results]))
    for figure in ("first", "all"):
        ratio = statistics.median(r["first" if figure == "first" else "all"] for r in runs["jieba"]) / \
            statistics.median(r[figure] for r in runs["rjieba"])
        print(f"jieba / rjieba ({'import + first cut' if figure == 'first' else 'cutting'}): {ratio:.1f}×")


if __name__ == "__main__":
    main()
