"""Recognising a file's pages: from the cache where they were recognised before, the others in a
pool of processes (:mod:`pilotplans.ingest.parallel`; one recogniser each, loaded with its first
page), reporting each page done to a progress callback.

Pages are independent, so they are spread over the workers one at a time (a worker that finishes
takes the next page). Each worker renders its own pages from the file's bytes, which it holds
from its start (forked with them), so only page numbers and recognised pages cross between
processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ...cachedir import default_cache_dir
from .cache import PageCache
from .engine import Recogniser, engine_version
from .images import PageImage, image_page, render_pdf_page
from .recognise import Recognised, recognise_page
from .settings import DEFAULT_OCR, OcrSettings

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) after each page."""


@dataclass(frozen=True)
class PageSource:
    """Where page images come from: a PDF's pages rendered, or an image file's frames."""

    data: bytes
    source: str
    kind: Literal["pdf", "image"]

    def image(self, index: int, settings: OcrSettings) -> PageImage:
        if self.kind == "pdf":
            return render_pdf_page(self.data, index, settings.dpi)
        return image_page(self.data, self.source, index, settings.image_dpi)


def recognise_pages(pages: PageSource, indices: Sequence[int], settings: OcrSettings = DEFAULT_OCR,
                    progress: Progress | None = None) -> dict[int, Recognised]:
    """The pages at ``indices`` (0-based) recognised, by index."""
    folder = default_cache_dir() if settings.cache else None
    from pilotplans.ingest.versions import OCR_PATHS, changed_since_import, ocr_version

    cache = PageCache(folder, hashlib.sha256(pages.data).hexdigest(),
                      f"{pages.kind}|{engine_version()}|{settings.recognition_key()}|{ocr_version()}")
    done: dict[int, Recognised] = {}
    for index in indices:
        cached = cache.get(index)
        if cached is not None:
            done[index] = cached
    todo = [index for index in indices if index not in done]
    total = len(indices)

    def finished(index: int, page: Recognised) -> None:
        done[index] = page
        if changed_since_import(OCR_PATHS) is None:  # else recognised by code that is not ocr_version()'s
            cache.put(index, page)
        if progress:
            progress(len(done), total)

    if progress and done:
        progress(len(done), total)
    workers = min(settings.processes, len(todo))
    if workers <= 1:
        from ... import interrupts

        recogniser = Recogniser(threads=settings.processes) if todo else None
        for index in todo:
            interrupts.checkpoint()  # Ctrl-C noted in protected work stops between pages
            finished(index, recognise_page(pages.image(index, settings), recogniser, settings))  # type: ignore[arg-type]
        return done
    from functools import partial

    from ...ingest.parallel import in_order
    from ...interrupts import protected

    threads = max(1, settings.processes // workers)
    with protected():  # Ctrl-C stops the workers before the program ends (pilotplans.interrupts)
        results = in_order(partial(_recognise_in_worker, pages, settings, threads), todo, workers)
        try:
            for index, page in zip(todo, results):
                finished(index, page)
        finally:
            results.close()  # the workers end here, not when the program does
    return done


_worker: dict[str, Recogniser] = {}
"""The recogniser of a worker process, loaded with its first page."""


def _recognise_in_worker(pages: PageSource, settings: OcrSettings, threads: int, index: int) -> Recognised:
    """Page ``index`` recognised (the work of one worker of the pool)."""
    if "recogniser" not in _worker:
        _worker["recogniser"] = Recogniser(threads=threads)
    return recognise_page(pages.image(index, settings), _worker["recogniser"], settings)
