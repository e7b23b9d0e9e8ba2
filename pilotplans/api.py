"""The Python API: what the command line does, as calls (``import pilotplans``).

    >>> import pilotplans
    >>> data = pilotplans.Dataset("data/curated/pilotplans.db")
    >>> [h.document for h in data.search("跨境数据", limit=3)]
    ['national-2020', 'hainan-2020', 'national-2020']
    >>> result = data.diff("national-2020", "xiamen-2020")
    >>> result.counts()["same"]
    59

Every command of ``pilotplans`` is one of these calls and a renderer; nothing here prints.
Heavy parts (readers, the segmenter, SQLAlchemy) are imported by the call that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans.errors import DocumentNotFound, PilotplansError, UnknownValue, shown_ids

if TYPE_CHECKING:
    from pilotplans.diff.coverage import CoverageCell, CoverageMatrix, PlanGroups
    from pilotplans.diff.lineage import Lineage
    from pilotplans.diff.models import DiffResult, DocumentRef, MeasureRef
    from pilotplans.export import MeasureOut
    from pilotplans.ingest.dataset import RebuildResult
    from pilotplans.ingest.fetch import Notice
    from pilotplans.parsers.ocr import OcrSettings
    from pilotplans.parsers.pdf import PdfSettings
    from pilotplans.report import BodyOrder, BodySummary, RegionSummary, Unresolved
    from pilotplans.schema.models import Document
    from pilotplans.search import SearchHit

#: Where ``pilotplans rebuild`` reads and writes by default (relative to the working folder).
DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/curated")
DB_NAME = "pilotplans.db"


def _is_url(source: str | Path) -> bool:
    return isinstance(source, str) and source.split(":", 1)[0].lower() in ("http", "https")


def read_notice(url: str, *, timeout: float | None = None, max_bytes: int | None = None,
                ocr: OcrSettings | None = None) -> Notice:
    """Fetch a notice page, read its body and every attachment it links to.

    Returns a :class:`~pilotplans.ingest.fetch.Notice`: the documents read (the page's own, when
    it prints a task table or list, then each attachment's) and, for each part that could not be
    read, why. ``timeout`` (seconds per request) and ``max_bytes`` (per file) default to
    :class:`~pilotplans.ingest.fetch.FetchSettings`; ``ocr`` says which pages of a scanned
    attachment are read through OCR (by default its pages without a text layer).
    """
    from pilotplans.ingest.fetch import FetchSettings, read_notice as fetch_notice

    defaults = FetchSettings()
    settings = FetchSettings(timeout=timeout if timeout is not None else defaults.timeout,
                             max_bytes=max_bytes if max_bytes is not None else defaults.max_bytes, ocr=ocr)
    return fetch_notice(url, settings)


def read(source: str | Path, *, region: str | None = None, settings: PdfSettings | None = None,
         ocr: OcrSettings | None = None) -> Document:
    """The document a file or a URL holds, read without touching any dataset.

    >>> doc = pilotplans.read("tests/fixtures/xiamen-tasks.docx")
    >>> len(doc.measures), doc.measures[0].number
    (88, 1)

    A URL is fetched (:func:`read_notice`): the one document its page and attachments hold; a
    notice with several plans is an error naming them (use :func:`read_notice`). ``region`` sets
    the region of a plan whose text does not say it; ``ocr`` says which pages are read through
    OCR (:class:`~pilotplans.parsers.ocr.OcrSettings`; by default pages without a text layer and
    image files).
    """
    if _is_url(source):
        notice = read_notice(str(source), ocr=ocr)
        if len(notice.documents) != 1:
            found = shown_ids(d.id for d in notice.documents) or "none"
            causes = "; ".join(str(f) for f in notice.failures)
            raise PilotplansError(f"{source}: {len(notice.documents)} plans read ({found}){'; ' + causes if causes else ''}: "
                                  "use pilotplans.read_notice() for all of them")
        document = notice.documents[0]
    else:
        from pilotplans.ingest.reading import manifest_hints
        from pilotplans.ingest.pipeline import read_document

        path = Path(source)
        document = read_document(path, manifest_hints(path.parent)(path) if path.parent.is_dir() else None, settings,
                                 ocr=ocr)
    if region:
        from pilotplans.normalizers.place import at_region_level
        from pilotplans.normalizers.registry import load_registry

        # a city's or county's plan is read at the level of the region given (at_region_level)
        document = at_region_level(document.model_copy(update={"region": region}), load_registry().gazetteer)
    return document


def diff(national: Document, local: Document) -> DiffResult:
    """What ``local`` did with each measure of ``national`` (same, adapted, merged, split, local,
    dropped), with the owners of each link checked."""
    from pilotplans.diff import diff_documents

    return diff_documents(national, local)


def coverage(national: Document, locals: Sequence[Document]) -> CoverageMatrix:
    """The matrix of ``national``'s measures × what each of ``locals`` did with them."""
    from pilotplans.diff.coverage import coverage_matrix

    return coverage_matrix(national, list(locals))


class Dataset:
    """A curated dataset: the database a rebuild writes (SQLite by default, or any SQLAlchemy URL).

    >>> data = pilotplans.Dataset()            # data/curated/pilotplans.db
    >>> [d.id for d in data.documents()][:2]
    ['hainan-2020', 'national-2018']
    """

    def __init__(self, url: str | Path | None = None) -> None:
        from pilotplans.store.db import sqlite_url

        if url is None:
            url = DEFAULT_OUT / DB_NAME
        self.url = str(url) if isinstance(url, str) and "://" in url else sqlite_url(url)

    def __repr__(self) -> str:
        from pilotplans.store.db import shown_url

        return f"Dataset({shown_url(self.url)!r})"

    # ----------------------------------------------------------------------------- reading

    def _existing(self) -> str:
        from pilotplans.store.advice import is_default_database, rebuild_advice
        from pilotplans.store.db import StoreError, sqlite_path

        path = sqlite_path(self.url)
        if path is not None and not path.exists():
            raise StoreError(f"{path}: no database yet; run {rebuild_advice(self.url)} first"
                             + (" (or pass --db URL)" if is_default_database(self.url) else ""))
        return self.url

    def documents(self, ids: Sequence[str] | None = None) -> list[Document]:
        """The stored documents (all, or those with ``ids``: an id not stored is an error), by id."""
        from pilotplans.store.db import load_documents

        found = load_documents(self._existing(), ids=ids)
        missing = sorted(set(ids or ()) - {d.id for d in found})
        if missing:
            from pilotplans.errors import not_stored
            from pilotplans.store.read import document_ids

            raise DocumentNotFound(not_stored(missing, document_ids(self.url)) + self._plans_of_places(missing))
        return found

    def _plans_of_places(self, names: Sequence[str]) -> str:
        """Of ``names`` given as document ids and stored as none, those naming a place (厦门, 厦门市): the stored plans of
        it and of the places in it, or the places stored plans are of (:func:`pilotplans.places_named.plans_of_places`);
        "" when none does. An analyst names a city where an id is asked."""
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.places_named import plans_of_places, stored_plans

        return plans_of_places(names, stored_plans(self.url), load_registry().gazetteer)

    def document(self, reference: str | Path | Document, *, parent: str | None = None) -> Document:
        """A document: itself, a stored id, or a file read on the fly (``parent``: the national plan
        it is compared with, which a file refused for naming no owner is read once more as a local
        plan of: :func:`pilotplans.diff.sources.load_document`)."""
        from pilotplans.schema.models import Document

        if isinstance(reference, Document):
            return reference
        from pilotplans.diff.sources import load_document

        path = self._existing_or_none()
        return load_document(str(reference), path, parent)

    def _existing_or_none(self) -> str | None:
        from pilotplans.store.db import sqlite_path

        path = sqlite_path(self.url)
        return None if path is not None and not path.exists() else self.url

    def measures(self, document: Sequence[str] | None = None, *, number: int | None = None,
                 contains: str | Sequence[str] | None = None, warning: str | None = None,
                 implements: str | Sequence[tuple[str, CoverageCell]] | None = None) -> list[MeasureOut]:
        """The stored measures as flat records (the rows of ``measures.jsonl``), filtered: by
        document ids, measure number, a string the text or responsibility contains (several
        strings: any of them, as several document ids keep any of those documents), a warning
        code (an unknown code is an :class:`UnknownValue` listing the codes), and the national measure they take up
        (``implements``, NATIONAL:LABEL: the local plans' measures :meth:`taking_up` links to it; or the plans and cells
        :meth:`taking_up` answered of it, by a caller that asked it already)."""
        from pilotplans.export import measures_out

        if warning is not None:
            self._check_warning(warning)
        wanted = (contains,) if isinstance(contains, str) else tuple(contains or ())
        taken: set[tuple[str, str]] | None = None
        if implements is not None:
            cells = self.taking_up(implements)[1] if isinstance(implements, str) else implements
            taken = {(plan, position) for plan, cell in cells for position in cell.positions}
            chosen = sorted({plan for plan, _ in taken})
            document = chosen if document is None else [d for d in chosen if d in document]
            if not document:
                return []
        return [r for r in measures_out(self.documents(document))
                if (number is None or r.number == number)
                and (not wanted or any(w in r.text or w in (r.responsibility or "") for w in wanted))
                and (warning is None or warning in r.warnings)
                and (taken is None or (r.document, r.position) in taken)]

    def taking_up(self, reference: str) -> tuple[MeasureRef, list[tuple[str, CoverageCell]], tuple[str, ...]]:
        """The national measure ``reference`` names (NATIONAL:NUMBER, NATIONAL:#POSITION for an unnumbered one, or the label
        qualified by its headings' numbers, NATIONAL:二、1, for a number its plan prints twice) and,
        for each stored local plan implementing NATIONAL (as ``coverage`` links them), what it did with that measure: the
        plan's id and its cell (the relation, and the labels of its measures linked; ``dropped`` with none); and the
        stored local plans of NATIONAL's programme and round linked to no national plan, which none of that counts. An
        :class:`UnknownValue` when ``reference`` is not of that form or NATIONAL has no such measure."""
        national, colon, label = reference.rpartition(":")
        if not colon or not national or not label:
            raise UnknownValue(f"--implements {reference}: give the national measure as NATIONAL:NUMBER "
                               "(national-2020:76, or 2020:76 by its round), or NATIONAL:#POSITION for an unnumbered one")
        from pilotplans.diff.coverage import plan_groups
        from pilotplans.errors import shown_id

        documents, whole = self._coverage_documents()
        national = self._round_id(national, documents) or national
        every = plan_groups(documents)
        groups = {n.id: (n, members) for n, members in every.groups if members}
        if national not in groups:
            (given,) = self.documents([national])  # an id not stored is the error listing the stored ones
            nationals = shown_ids(n for n in groups) or "none"
            what = ("no stored local plan implements it" if given.level == "national"
                    else f"it is a {given.level or 'local'} plan, not a national one")
            if given.level == "national":
                from pilotplans.diff.coverage import unlinked_of_its_round

                loose = unlinked_of_its_round(given, every, documents)
                what += (f"; {shown_ids(loose)}, of its programme and round, {'is' if len(loose) == 1 else 'are'} linked to "
                         "no national plan (a manifest's parent links them)") if loose else ""
            raise UnknownValue(f"--implements {reference}: {shown_id(national)}: {what} (the national plans stored local "
                               f"plans implement: {nationals})")
        (matrix,) = self._coverage(documents, whole, every, national)
        from pilotplans.diff.labels import pick

        at = {r.national.position: r for r in matrix.rows}
        position = pick({p: r.national.label for p, r in at.items()}, {p: r.national.bare_label for p, r in at.items()},
                        label, f"--implements {reference}")
        row = at.get(position) if position is not None else None
        if row is None:
            raise UnknownValue(f"--implements {reference}: {shown_id(matrix.national.id)} has no measure {label} "
                               f"(its measures: {matrix.rows[0].national.label}–{matrix.rows[-1].national.label})")
        return row.national, [(plan.id, cell) for plan, cell in zip(matrix.locals, row.cells)], matrix.unlinked

    def national_reference(self, reference: str) -> str:
        """A national measure's reference (NATIONAL:NUMBER, as :meth:`taking_up` reads it) with NATIONAL as its stored
        id: ``2020:76`` (a round's year naming no stored document) is ``national-2020:76``; any other as given."""
        import re

        from pilotplans.store.read import document_ids

        national, colon, label = reference.rpartition(":")
        if not colon or not re.fullmatch(r"\d{4}", national) or national in document_ids(self.url):
            return reference
        return f"{self._round(national).id}:{label}"

    def _check_warning(self, code: str) -> None:
        from pilotplans.store.read import statement_rows
        from pilotplans.warning_codes import warning_codes

        known = warning_codes()
        if code in known:
            return
        stored = {row["code"] for row in statement_rows(self._existing(), "SELECT DISTINCT code FROM warnings", {})}
        if code not in stored:
            raise UnknownValue(f"--warning {code}: no such warning code; valid codes: {', '.join(sorted(known))}")

    def search(self, query: str, *, document: Sequence[str] = (), department: Sequence[str] = (),
               region: Sequence[str] = (), round: int | None = None, scope: str | None = None,
               limit: int | None = 50) -> list[SearchHit]:
        """The measures matching ``query``, best first, each with a snippet (matching words in « »).

        >>> [(h.document, h.number) for h in data.search("银保监", department=["银保监会"])][:2]
        [('xiamen-2020', 1), ('national-2020', 2)]

        Word-level Chinese matching (:mod:`pilotplans.search`); ``department`` takes any id,
        name or alias (a central body also finds the local bodies answering to it), ``region`` a
        place's name or code, ``scope`` a scope kind.
        """
        from pilotplans.search import SearchFilters
        from pilotplans.search import search as run

        return run(self._existing(), query, SearchFilters(documents=tuple(document), departments=tuple(department),
                                                          regions=tuple(region), round=round, scope=scope), limit)

    def departments(self, document: Sequence[str] | None = None, *, unresolved: bool = False,
                    counterpart: str | None = None, order: BodyOrder = "mentions",
                    superior: bool = False) -> list[BodySummary]:
        """The bodies the measures name as their owners, with their mentions, measures, measures led, roles and written
        forms; with ``counterpart`` (a central body's id or any of its names, 商务部; any other name is an
        :class:`UnknownValue`) only the local bodies answering to it; ``order="led"`` most measures led first;
        ``superior`` only the central bodies local plans name in their 上级部门 column, which are none of their own."""
        from pilotplans.report import department_summary

        wanted = None
        if counterpart is not None:
            from pilotplans.central_bodies import central_body_id

            wanted = central_body_id(counterpart, "--counterpart")
        return department_summary(self.documents(document), unresolved_only=unresolved, counterpart=wanted, order=order,
                                  superior=superior)

    def regions(self, document: Sequence[str] | None = None) -> list[RegionSummary]:
        """The pilot areas the measures apply to, with counts."""
        from pilotplans.report import region_summary

        return region_summary(self.documents(document))

    def unresolved(self) -> list[Unresolved]:
        """Every department or region mention that resolves to nothing (``pilotplans check``)."""
        from pilotplans.report import unresolved_mentions

        return unresolved_mentions(self.documents())

    # ----------------------------------------------------------------------------- comparing

    def diff(self, national: str | Path | Document, local: str | Path | Document, *, region: str | None = None) -> DiffResult:
        """:func:`diff` of two plans, each a stored id, a file or a Document; ``region`` sets the
        local plan's region when it does not say it."""
        from pilotplans.diff.sources import with_region

        source = self.document(national)
        return diff(source, with_region(self.document(local, parent=source.id), region))

    def coverage(self, national: str | None = None, local: Sequence[str] = ()) -> list[CoverageMatrix]:
        """For every stored national plan (or ``national``) the matrix of its measures × the stored
        local plans implementing it (or ``local``), each with how it was linked.

        The diffs the last rebuild stored serve where they are still current (a SQLite dataset:
        :mod:`pilotplans.diff.stored`); the other plans are read whole and diffed."""
        return self.coverage_and_groups(national, local)[0]

    def coverage_and_groups(self, national: str | None = None, local: Sequence[str] = (), *,
                            on_diff: Callable[[str, int, int], None] | None = None) -> tuple[list[CoverageMatrix], PlanGroups]:
        """:meth:`coverage` and :meth:`plan_groups` (whose local plans linked to none ``coverage`` lists after its
        matrices) from the stored documents read once. ``on_diff`` is told of each pair of plans diffed (no current
        diff stored: a plan stored after the last rebuild): ``NATIONAL → LOCAL``, the pairs diffed so far and in all;
        and, before the first, ``""``, 0 and how many there are."""
        from pilotplans.diff.coverage import plan_groups

        documents, whole = self._coverage_documents()
        national = self._round_id(national, documents)
        groups = plan_groups(documents)
        return self._coverage(documents, whole, groups, national, local, on_diff), groups

    def _coverage(self, documents: list[Document], whole: set[str], groups: PlanGroups, national: str | None,
                  local: Sequence[str] = (), on_diff: Callable[[str, int, int], None] | None = None) -> list[CoverageMatrix]:
        """:meth:`coverage` of ``national`` (an id) from the documents :meth:`_coverage_documents` read and their
        ``groups``, read once by a caller that needs them too; ``on_diff`` as :meth:`coverage_and_groups` says."""
        from pilotplans.diff.coverage import coverage_matrix, select, unlinked_of_its_round
        from pilotplans.diff.stored import current_coverage_links

        chosen = select(groups, documents, national, local, url=self.url)
        current = current_coverage_links(self._existing()) if len(whole) < len(documents) else {}
        needed = {d.id for n, members in chosen for d, _ in members if (n.id, d.id) not in current} - whole
        read = {d.id: d for d in self.documents(sorted(needed))} if needed else {}
        matrices = []
        total = sum((n.id, d.id) not in current for n, members in chosen for d, _ in members)
        done = 0
        if on_diff is not None and total:
            on_diff("", 0, total)  # before the first diff, a second or so

        def diffed(national_id: str) -> Callable[[str], None] | None:
            if on_diff is None:
                return None

            def told(local_id: str) -> None:
                nonlocal done
                done += 1
                on_diff(f"{national_id} → {local_id}", done, total)
            return told

        for n, members in chosen:
            stored = {d.id: current[(n.id, d.id)] for d, _ in members if (n.id, d.id) in current}
            matrix = coverage_matrix(n, [read.get(d.id, d) for d, _ in members], links=[link for _, link in members],
                                     stored=stored, on_diff=diffed(n.id))
            # plans named with -l are all it covers; of every plan, those of its round it could not link are said
            loose = () if local else unlinked_of_its_round(n, groups, documents)
            matrices.append(matrix.model_copy(update={"unlinked": loose}) if loose else matrix)
        return matrices

    def plan_groups(self) -> PlanGroups:
        """Every stored national plan with the stored local plans linked to it, and the local plans
        linked to none (:func:`pilotplans.diff.coverage.plan_groups`)."""
        from pilotplans.diff.coverage import plan_groups

        return plan_groups(self._coverage_documents()[0])

    def _coverage_documents(self) -> tuple[list[Document], set[str]]:
        """The stored documents as coverage needs them, and the ids of those read whole: on a SQLite
        dataset the national plans and the local plans linked to none of them (to be linked by
        their measures) whole, the others by their metadata; elsewhere every document whole."""
        from pilotplans.diff.stored import stored_headers

        headers = stored_headers(self._existing())
        if headers is None:
            everything = self.documents()
            return everything, {d.id for d in everything}
        nationals = {d.id for d in headers if d.level == "national"}
        wanted = nationals | {d.id for d in headers if d.level != "national" and d.parent not in nationals}
        whole = {d.id: d for d in self.documents(sorted(wanted))} if wanted else {}
        return [whole.get(d.id, d) for d in headers], set(whole)

    def lineage(self, rounds: Sequence[str | Path | Document] = (), measure: str | None = None,
                on_diff: Callable[[str, int, int], None] | None = None) -> Lineage:
        """Each measure followed through the national rounds (``rounds``, oldest first: a document,
        a stored id, a file, or a round's year — 2020 — for the stored national plan of that
        round; by default every stored national plan by round); ``measure`` (DOC:LABEL) keeps
        one measure's paths. ``on_diff`` is told of each step diffed (:func:`pilotplans.diff.lineage.lineage`)."""
        from pilotplans.diff.direction import programme_rounds
        from pilotplans.diff.lineage import UnknownMeasure, history, lineage
        from pilotplans.store.advice import extract_advice

        left_out: list[Document] = []
        if rounds:
            documents = [self._round(r) for r in rounds]
            if len(documents) < 2:
                raise PilotplansError(self._one_round_given(documents[0]))
            twice = [d.id for k, d in enumerate(documents) if d.id in {e.id for e in documents[:k]}]
            if twice:
                from pilotplans.errors import shown_id

                given = [shown_id(str(getattr(r, "id", r))) for r, d in zip(rounds, documents) if d.id == twice[0]]
                raise PilotplansError(f"-r names {shown_id(twice[0])} {'twice' if len(given) == 2 else f'{len(given)} times'} "
                                      f"({', '.join(given)}): a lineage "
                                      "follows each plan into the next round's, so name each plan once")
        else:
            documents = self._nationals()
            if len(documents) < 2:
                held = f"one, {shown_ids(d.id for d in documents)}" if documents else "none"
                raise PilotplansError(f"lineage follows measures from one national round to the next, and the database holds "
                                      f"{held}: no two national plans with a round to follow (store another round's plan "
                                      f"with {extract_advice(self.url)}, or name the plans with -r)")
            documents, left_out = programme_rounds(documents)
        result = lineage(documents, on_diff=on_diff)
        if left_out:
            from pilotplans.diff.compare import document_ref

            result = result.model_copy(update={"left_out": tuple(document_ref(d) for d in left_out)})
        if not measure:
            return result
        try:
            return history(result, measure)
        except UnknownMeasure as refusal:
            raise UnknownMeasure(f"{refusal}{_left_out_said(result.left_out, measure)}") from None

    def _one_round_given(self, given: Document) -> str:
        """Why a lineage of the one plan ``given`` (``-r`` once) follows nothing: what it is — a national plan, or a
        local plan, which no lineage follows —, what a lineage needs, and the national plans stored to name."""
        from pilotplans.errors import shown_id, shown_ids
        from pilotplans.store.read import national_plans

        what = "a national plan" if given.level == "national" else f"a {given.level or 'local'} plan, not a national one"
        stored = [row["id"] for row in national_plans(self.url)] if self._existing_or_none() is not None else []
        listed = f"the stored ones: {shown_ids(stored)}" if stored else "none is stored"
        return (f"lineage follows measures from one national round to the next, and -r names one plan, "
                f"{shown_id(given.id)} ({what}): name two national plans or more, oldest first ({listed})")

    def _round_id(self, national: str | None, documents: Sequence[Document]) -> str | None:
        """``national`` as a document id: a round's year naming no stored document (2020) names the stored national plan
        of that round, as ``lineage -r`` and ``--measure 2020:59`` read it (:meth:`_round`: a year no stored national plan
        has, or several have, is an :class:`UnknownValue` listing the rounds)."""
        import re

        if national is None or not re.fullmatch(r"\d{4}", national) or any(d.id == national for d in documents):
            return national
        if Path(national).exists():
            return self._round(national).id
        # the national plans among the documents coverage read, not every stored document read whole again
        return _of_round(national, _by_round(d for d in documents if d.level == "national" and d.round)).id

    def _nationals(self) -> list[Document]:
        """The stored national plans with a round, by round."""
        return _by_round(d for d in self.documents() if d.level == "national" and d.round)

    def _round(self, reference: str | Path | Document) -> Document:
        """:meth:`document`, or for a year that names no file (2020) the stored national plan of that
        round; :class:`UnknownValue` listing the stored rounds when none or several are of it."""
        import re

        if not isinstance(reference, str) or not re.fullmatch(r"\d{4}", reference) or Path(reference).exists():
            return self.document(reference)
        return _of_round(reference, self._nationals() if self._existing_or_none() is not None else [])

    # ----------------------------------------------------------------------------- writing

    def rebuild(self, raw: str | Path = DEFAULT_RAW, out: str | Path | None = None, *, full: bool = False,
                workers: int | None = None, settings: PdfSettings | None = None,
                on_file: Callable[[Path], None] | None = None, ocr: OcrSettings | None = None,
                on_page: Callable[[int, int], None] | None = None, overwrite: bool = False) -> RebuildResult:
        """Rebuild the dataset from the folder ``raw`` (with its ``manifest.toml``) into this
        database, and write the exports (CSV, JSONL, the workbook) into ``out`` (by default the
        database's folder). Documents unchanged since the last rebuild are carried over unless
        ``full``; nothing is replaced unless every document reads. ``ocr`` says which pages are
        read through OCR, ``on_page`` hears of each page recognised (pages done, pages in all). A database of
        another program's — a SQLite file holding no table of pilotplans', which the rebuild replaces, or a file that
        is no database — is refused (:class:`~pilotplans.store.db.StoreError`) unless ``overwrite``."""
        from pilotplans.ingest.dataset import rebuild_dataset
        from pilotplans.store.db import sqlite_path

        if out is None:
            path = sqlite_path(self.url)
            out = path.parent if path is not None else DEFAULT_OUT
        return rebuild_dataset(Path(raw), Path(out), self.url, on_file, settings, workers=workers, full=full, ocr=ocr,
                               on_page=on_page, overwrite=overwrite)

    def store(self, documents: Sequence[Document]) -> list[Document]:
        """Add or replace ``documents`` (by id) in the database, linking each local plan to its
        stored national plan; returns them as stored."""
        from pilotplans.store.db import store_documents

        return store_documents(self.url, documents)


def _by_round(nationals: Iterable[Document]) -> list[Document]:
    """``nationals`` by round (then id)."""
    return sorted(nationals, key=lambda d: (d.round, d.id))


def _of_round(year: str, nationals: Sequence[Document]) -> Document:
    """The one of the stored ``nationals`` (by round) of the round ``year``; :class:`UnknownValue` listing the stored
    rounds when none or several are of it."""
    found = [d for d in nationals if d.round == int(year)]
    if len(found) == 1:
        return found[0]
    from pilotplans.errors import shown_id

    known = ", ".join(f"{d.round} ({shown_id(d.id)})" for d in nationals) or "none stored"
    if found:
        raise UnknownValue(f"round {year}: {len(found)} stored national plans ({shown_ids(d.id for d in found)}); "
                           "give the document id")
    raise UnknownValue(f"round {year}: no stored national plan of this round; rounds: {known}")


def _left_out_said(left_out: Sequence[DocumentRef], measure: str) -> str:
    """Where ``measure`` (DOC:NUMBER, ROUND:NUMBER) names a stored national plan a lineage of every stored plan left out
    as of another programme (``left_out``): that it is stored and why it is no round of the lineage, and how to follow
    it (``; national-2025 (service-opening) is stored, ...``); "" otherwise."""
    from pilotplans.errors import shown_id

    document = measure.rpartition(":")[0]
    named = next((r for r in left_out if document in (r.id, str(r.round or ""))), None)
    if named is None:
        return ""
    return (f"; {shown_id(named.id)} ({named.programme}) is stored, a plan of another programme than the rounds "
            "followed, no next round of them: name the plans to follow with -r, oldest first")

