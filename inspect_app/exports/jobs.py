"""The two exports every front door calls: findings (as filtered) and the register of notices.

``export_findings(store, out, fmt, query, …)`` and ``export_notices(store, out, fmt, only, …)``
check the output path by the one rule, stream the rows into a temporary file beside it and
rename it when complete (:mod:`.output`), report :class:`~inspect_app.domain.progress.Progress`
through ``progress`` every :data:`PROGRESS_EVERY` rows and stop at the next row once
``cancel`` is set (raising :class:`~inspect_app.domain.errors.CancelledError`; nothing is
left behind). They read through the given store's connection on the calling thread: the
window gives them a read connection of their own on the shared pool, the command line its
store.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspect_app.domain.errors import CancelledError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.exports import formats
from inspect_app.exports.output import atomic_output
from inspect_app.exports.rows import (
    FINDING_COLUMNS,
    NOTICE_COLUMNS,
    Column,
    NoticeFilter,
    Words,
    count_findings,
    count_notices,
    finding_rows,
    notice_rows,
)
from inspect_app.storage.search import FindingQuery

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

PROGRESS_EVERY = 500
"""Rows between two progress reports (and the cancel flag is read at every row)."""


class Format(enum.StrEnum):
    """The file formats; the value is what ``--format`` takes and the file's usual suffix."""

    CSV = "csv"
    XLSX = "xlsx"
    GEOJSON = "geojson"
    KML = "kml"


FINDING_FORMATS = (Format.CSV, Format.XLSX, Format.GEOJSON, Format.KML)
NOTICE_FORMATS = (Format.CSV, Format.XLSX)
MAP_FORMATS = (Format.GEOJSON, Format.KML)
"""Formats that hold positions only: findings without one are skipped and counted."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote.

    Attributes:
        path: the file written (resolved).
        format: the format's value (``csv`` …).
        rows: rows (findings or notices) written.
        skipped_no_position: findings left out of a GeoJSON or KML file for lack of a
            position (always 0 in CSV and XLSX, which hold them).
        bytes: the file's size.
    """

    path: Path
    format: str
    rows: int
    skipped_no_position: int
    bytes: int

    def message(self) -> Message:
        """One sentence for a person (``export.done`` / ``export.done_skipped``)."""
        if self.skipped_no_position:
            return StoreMsg.EXPORT_DONE_SKIPPED(
                count=self.rows, path=self.path, skipped=self.skipped_no_position
            )
        return StoreMsg.EXPORT_DONE(count=self.rows, path=self.path)

    def as_json(self) -> dict[str, Any]:
        """The summary for ``--json``: counts and the path."""
        return {
            "path": str(self.path),
            "format": self.format,
            "rows": self.rows,
            "skipped_no_position": self.skipped_no_position,
            "bytes": self.bytes,
        }


def _ticker(
    total: int, out: Path, progress: Callable[[Progress], None] | None, cancel: CancelFlag | None
) -> Callable[[], None]:
    done = 0

    def tick() -> None:
        nonlocal done
        if cancel is not None and cancel.cancelled:
            raise CancelledError(StoreMsg.EXPORT_CANCELLED(path=out))
        done += 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(Progress(done, total, "export"))

    return tick


def _write(
    store: Store,
    out: Path,
    fmt: Format,
    columns: tuple[Column, ...],
    rows: Generator[dict[str, Any], None, None],
    total: int,
    words: Words,
    overwrite: bool,
    progress: Callable[[Progress], None] | None,
    cancel: CancelFlag | None,
) -> ExportSummary:
    tick = _ticker(total, out, progress, cancel)
    if progress is not None:
        progress(Progress(0, total, "export"))
    with contextlib.closing(rows), atomic_output(out, store.data_dir, overwrite) as handle:
        if fmt is Format.CSV:
            written, skipped = formats.write_csv(handle, columns, rows, words, tick)
        elif fmt is Format.XLSX:
            written, skipped = formats.write_xlsx(handle, columns, rows, words, tick)
        elif fmt is Format.GEOJSON:
            written, skipped = formats.write_geojson(handle, columns, rows, words, tick)
        else:
            written, skipped = formats.write_kml(handle, columns, rows, words, tick, out.stem)
    target = out.expanduser().resolve()
    return ExportSummary(target, fmt.value, written, skipped, target.stat().st_size)


def export_findings(
    store: Store,
    out: Path,
    fmt: Format | str,
    query: FindingQuery | None = None,
    words: Words | None = None,
    overwrite: bool = False,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelFlag | None = None,
) -> ExportSummary:
    """Write the findings ``query`` matches (all live ones by default) to ``out``.

    Args:
        store: the store to read (its connection is used on the calling thread).
        out: the file to write; refused inside the data folder or over an existing file
            unless ``overwrite``.
        fmt: ``csv``, ``xlsx``, ``geojson`` or ``kml``.
        query: the finding list's filters and order (``storage.search.FindingQuery``).
        words: headers' and words' language (English by default).
        overwrite: replace an existing ``out``.
        progress: called with ``Progress(done, total, "export")``.
        cancel: set it to stop; the export then raises ``CancelledError`` and writes nothing.

    Raises:
        ValidationError: the output path is refused (``file.*``).
        CancelledError: ``cancel`` was set (``export.cancelled``).
        OSError: the file cannot be written.
    """
    fmt = Format(fmt)
    query = query or FindingQuery()
    words = words or Words()
    total = count_findings(store, query)
    rows = finding_rows(store, query, words)
    return _write(store, out, fmt, FINDING_COLUMNS, rows, total, words, overwrite, progress, cancel)


def export_notices(
    store: Store,
    out: Path,
    fmt: Format | str,
    only: NoticeFilter | None = None,
    words: Words | None = None,
    overwrite: bool = False,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelFlag | None = None,
) -> ExportSummary:
    """Write the register of notices (number, stage, dates, deadline, party, findings …).

    As :func:`export_findings`; ``fmt`` is ``csv`` or ``xlsx``.

    Raises:
        ValueError: a map format (a notice has no position of its own).
    """
    fmt = Format(fmt)
    if fmt not in NOTICE_FORMATS:
        raise ValueError(f"the register of notices is a table: {fmt} is not one")
    only = only or NoticeFilter()
    words = words or Words()
    total = count_notices(store, only)
    rows = notice_rows(store, only, words)
    return _write(store, out, fmt, NOTICE_COLUMNS, rows, total, words, overwrite, progress, cancel)
