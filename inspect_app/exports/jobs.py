"""The two exports every front door calls: findings (as filtered) and the register of notices.

``export_findings(store, out, fmt, query, …)`` and ``export_notices(store, out, fmt, only, …)``
check the filter (:mod:`inspect_app.storage.query_checks`, the finding list's own rule), the
file's name against the format (:func:`export_format`) and refuse an export that would hold
nothing — no match, or a map of findings none of which has a position — without writing or
touching the file. Then they check the output path by the one rule, stream the rows into a
temporary file beside it and
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

from inspect_app.domain.errors import CancelledError, ValidationError
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
from inspect_app.storage.query_checks import check_finding_query, check_notice_filter
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

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The file name endings of this format, the usual one first (lower case)."""
        return _SUFFIXES[self]

    @property
    def label(self) -> str:
        """The format's name as people write it (``GeoJSON``): the same in every language."""
        return _LABELS[self]


_SUFFIXES = {
    Format.CSV: (".csv",),
    Format.XLSX: (".xlsx",),
    Format.GEOJSON: (".geojson", ".json"),
    Format.KML: (".kml",),
}
_LABELS = {Format.CSV: "CSV", Format.XLSX: "XLSX", Format.GEOJSON: "GeoJSON", Format.KML: "KML"}


FINDING_FORMATS = (Format.CSV, Format.XLSX, Format.GEOJSON, Format.KML)
NOTICE_FORMATS = (Format.CSV, Format.XLSX)
MAP_FORMATS = (Format.GEOJSON, Format.KML)
"""Formats that hold positions only: findings without one are skipped and counted."""


def format_named(out: Path) -> Format | None:
    """The format the name ``out`` ends in, None for another ending or none.

    ``.csv``, ``.xlsx``, ``.geojson`` (or ``.json``), ``.kml``, in any case.
    """
    suffix = out.suffix.lower()
    return next((f for f in Format if suffix in f.suffixes), None)


def export_format(
    out: Path, fmt: Format | str | None, allowed: tuple[Format, ...] = FINDING_FORMATS
) -> Format:
    """The one rule for a file's name and its format: the format to write ``out`` in.

    Without ``fmt`` the name's ending says the format (``问题分布.kml`` → KML); with it, the
    name must end in that format's suffix, so a KML file is never saved as ``x.csv`` (which
    Excel would open as garbage) nor as ``x`` (which nothing would open).

    Args:
        out: the file to write.
        fmt: the format asked for (``--format``, the window's choice), or None.
        allowed: the formats this export writes.

    Raises:
        ValidationError: ``export.format_unknown`` (no ``fmt`` and the name's ending is not
            one of ``allowed``), ``export.suffix_mismatch`` (the name is another allowed
            format's), ``export.suffix_missing`` (any other ending); each names the file
            to use instead.
        ValueError: ``fmt`` is not one of ``allowed`` (a programming error: the front
            doors offer only those).
    """
    named = format_named(out)
    if fmt is None:
        if named is None or named not in allowed:
            suffixes = ", ".join(f.suffixes[0] for f in allowed)
            raise ValidationError(StoreMsg.EXPORT_FORMAT_UNKNOWN(path=out, suffixes=suffixes))
        return named
    fmt = Format(fmt)
    if fmt not in allowed:
        raise ValueError(f"this export writes {', '.join(allowed)}, not {fmt}")
    if named is fmt:
        return fmt
    usual = fmt.suffixes[0]
    if named is not None and named in allowed:
        raise ValidationError(
            StoreMsg.EXPORT_SUFFIX_MISMATCH(
                path=out, named=named.label, format=fmt.label, suggested=out.with_suffix(usual)
            )
        )
    suggested = out.with_suffix(usual) if named is not None else out.with_name(out.name + usual)
    raise ValidationError(
        StoreMsg.EXPORT_SUFFIX_MISSING(
            path=out, suffix=usual, format=fmt.label, suggested=suggested
        )
    )


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote.

    Attributes:
        path: the file written (resolved).
        format: the format's value (``csv`` …).
        rows: rows (findings or notices) written.
        skipped_no_position: findings left out of a GeoJSON or KML file because neither
            they nor their party have a position (always 0 in CSV and XLSX, which hold them).
        bytes: the file's size.
        placed_at_party: findings of a GeoJSON or KML file placed at their party's position,
            having none of their own (``position_source`` ``party``; 0 in CSV and XLSX).
    """

    path: Path
    format: str
    rows: int
    skipped_no_position: int
    bytes: int
    placed_at_party: int = 0

    def message(self) -> Message:
        """One sentence for a person (``export.done``, ``export.done_skipped`` …).

        ``export.done_at_party`` and ``export.done_at_party_skipped`` when a map placed
        findings at their party's position.
        """
        count, path = self.rows, self.path
        at_party, skipped = self.placed_at_party, self.skipped_no_position
        if at_party and skipped:
            return StoreMsg.EXPORT_DONE_AT_PARTY_SKIPPED(
                count=count, path=path, at_party=at_party, skipped=skipped
            )
        if at_party:
            return StoreMsg.EXPORT_DONE_AT_PARTY(count=count, path=path, at_party=at_party)
        if skipped:
            return StoreMsg.EXPORT_DONE_SKIPPED(count=count, path=path, skipped=skipped)
        return StoreMsg.EXPORT_DONE(count=count, path=path)

    def as_json(self) -> dict[str, Any]:
        """The summary for ``--json``: counts and the path."""
        return {
            "path": str(self.path),
            "format": self.format,
            "rows": self.rows,
            "skipped_no_position": self.skipped_no_position,
            "placed_at_party": self.placed_at_party,
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
            done = formats.write_csv(handle, columns, rows, words, tick)
        elif fmt is Format.XLSX:
            done = formats.write_xlsx(handle, columns, rows, words, tick)
        elif fmt is Format.GEOJSON:
            done = formats.write_geojson(handle, columns, rows, words, tick)
        else:
            done = formats.write_kml(handle, columns, rows, words, tick, out.stem)
        if not done.rows:  # a map of findings none of which is placed: the file is not kept
            raise ValidationError(StoreMsg.EXPORT_NONE_PLACED(count=total, path=out))
    target = out.expanduser().resolve()
    size = target.stat().st_size
    return ExportSummary(target, fmt.value, done.rows, done.skipped, size, done.at_party)


def export_findings(
    store: Store,
    out: Path,
    fmt: Format | str | None,
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
        fmt: ``csv``, ``xlsx``, ``geojson`` or ``kml``; None: the one ``out``'s name ends in.
        query: the finding list's filters and order (``storage.search.FindingQuery``).
        words: headers' and words' language (English by default).
        overwrite: replace an existing ``out``.
        progress: called with ``Progress(done, total, "export")``.
        cancel: set it to stop; the export then raises ``CancelledError`` and writes nothing.

    Raises:
        ValidationError: the query is refused (``query.*``,
            :func:`~inspect_app.storage.query_checks.check_finding_query`); the name does
            not fit the format (``export.suffix_*``, :func:`export_format`); nothing
            matches (``export.no_findings``) or, in GeoJSON and KML, none of the matches has
            a position, nor has its party (``export.none_placed``) — the file is then
            neither written nor touched; the output path is refused (``file.*``).
        NotFoundError: the query names a patrol, party or officer that is not there.
        CancelledError: ``cancel`` was set (``export.cancelled``).
        OSError: the file cannot be written.
    """
    query = query or FindingQuery()
    check_finding_query(query, store)
    fmt = export_format(out, fmt, FINDING_FORMATS)
    words = words or Words()
    total = count_findings(store, query)
    if not total:
        raise ValidationError(StoreMsg.EXPORT_NO_FINDINGS(path=out))
    rows = finding_rows(store, query, words)
    return _write(store, out, fmt, FINDING_COLUMNS, rows, total, words, overwrite, progress, cancel)


def export_notices(
    store: Store,
    out: Path,
    fmt: Format | str | None,
    only: NoticeFilter | None = None,
    words: Words | None = None,
    overwrite: bool = False,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelFlag | None = None,
) -> ExportSummary:
    """Write the register of notices (number, stage, dates, deadline, party, findings …).

    As :func:`export_findings`; ``fmt`` is ``csv`` or ``xlsx``.

    Raises:
        ValidationError: an unknown stage (``query.unknown_stage``); the name does not fit
            the format (``export.suffix_*``); no notice matches (``export.no_notices``: the
            file is neither written nor touched); the output path is refused (``file.*``).
        NotFoundError: ``only.party`` is not there.
        ValueError: a map format (a notice has no position of its own).
    """
    only = only or NoticeFilter()
    check_notice_filter(only.stages, only.party, store)
    fmt = export_format(out, fmt, NOTICE_FORMATS)
    words = words or Words()
    total = count_notices(store, only)
    if not total:
        raise ValidationError(StoreMsg.EXPORT_NO_NOTICES(path=out))
    rows = notice_rows(store, only, words)
    return _write(store, out, fmt, NOTICE_COLUMNS, rows, total, words, overwrite, progress, cancel)
