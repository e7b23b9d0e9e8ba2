"""Finding the documents a diff compares: an id in the database, or a file read on the fly."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pilotplans.errors import DocumentNotFound
from pilotplans.schema.models import Document

__all__ = ["DocumentNotFound", "children_of", "load_document", "with_region"]


def load_document(reference: str, db_url: str | None, parent: str | None = None) -> Document:
    """``reference`` read as a file when such a file exists (with the hints of the manifest beside
    it, if any), else looked up as a document id in the database at ``db_url``. A file's document takes the
    programme its title names where its manifest gives none, as a rebuild stores it
    (:func:`pilotplans.ingest.parents.with_title_programme`): a plan given as a file is then the plan its stored copy
    is, and ``diff`` says of the two the notes it says of the stored ids (plans of different programmes).

    ``parent``: the id of the national plan a file is compared with as its local side. A file the
    reader refuses (:class:`NoTaskTable`) whose manifest declares no parent is read once more
    declared a local plan of ``parent`` — a plan whose items name no owner at all is read so (see
    :func:`pilotplans.parsers.interpret.tasklist.mark_ownerless_measures`); if it is refused again,
    the first refusal is raised."""
    path = Path(reference)
    if path.is_file():
        from pilotplans.ingest.parents import with_title_programme

        return with_title_programme(_read_file(path, parent))

    if "/" in reference or "\\" in reference:  # no id holds a slash (pilotplans.ingest.ids): a path, never an id
        from pilotplans.errors import shown_id

        raise DocumentNotFound(f"{shown_id(reference)}: " + ("a folder, not a file" if path.is_dir() else "no such file"))
    if db_url is None:
        from pilotplans.errors import shown_id

        raise DocumentNotFound(f"{shown_id(reference)}: no such file, and no database to look the id up in")
    from pilotplans.store.db import load_documents

    found = load_documents(db_url, ids=[reference])
    if not found:
        from pilotplans.errors import shown_id, what_is_stored
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.places_named import plans_of_places, stored_plans
        from pilotplans.store.db import shown_url
        from pilotplans.store.read import document_ids

        raise DocumentNotFound(f"{shown_id(reference)}: no such file, and no document with this id in {shown_url(db_url)}"
                               f"{what_is_stored(document_ids(db_url), [reference])}"
                               f"{plans_of_places([reference], stored_plans(db_url), load_registry().gazetteer)}")
    return found[0]


def _read_file(path: Path, parent: str | None) -> Document:
    """The file at ``path`` read with the hints of the manifest beside it; refused (:class:`NoTaskTable`) with no parent
    declared, read once more declared a local plan of ``parent`` (:func:`load_document`)."""
    from dataclasses import replace

    from pilotplans.errors import NoTaskTable
    from pilotplans.ingest.pipeline import default_id, read_document
    from pilotplans.ingest.reading import manifest_hints
    from pilotplans.parsers.interpret import DocumentHints

    hints = manifest_hints(path.parent)(path)
    try:
        return read_document(path, hints)
    except NoTaskTable as refusal:
        if parent is None or (hints is not None and hints.parent is not None):
            raise
        declared = replace(hints, parent=parent) if hints is not None else DocumentHints(id=default_id(path), parent=parent)
        try:
            return read_document(path, declared)
        except NoTaskTable:
            raise refusal from None


def with_region(document: Document, region: str | None) -> Document:
    """``document`` with its region set to ``region`` (when given): for a file whose region the
    text does not say. A name the gazetteer cannot place is an :class:`UnknownValue`: the diff
    places local words by the region's name, so such a name would quietly place nothing (and
    replace a region the document knew)."""
    if not region:
        return document
    from pilotplans.normalizers.registry import load_registry

    from pilotplans.normalizers.place import at_region_level

    # a county several places bear is written after its city (南京市鼓楼区), as the reader writes it
    gazetteer = load_registry().gazetteer
    if gazetteer.lookup_written(region) is None:
        from pilotplans.errors import UnknownValue

        from pilotplans.errors import did_you_mean

        slips = gazetteer.misspelt(region)
        raise UnknownValue(f"--region {region}: no place of that name in the gazetteer (a province, city or county"
                           f"{': ' if slips else ', '}{did_you_mean(slips, 'e.g. 厦门, 海南省 or 桐乡市')})")
    # a city's or county's plan is read at the level of the region given (at_region_level)
    return at_region_level(document.model_copy(update={"region": region}), gazetteer)


def children_of(national_id: str, documents: Sequence[Document]) -> list[Document]:
    """The local plans among ``documents`` that implement ``national_id`` (their ``parent``)."""
    return [d for d in documents if d.parent == national_id]
