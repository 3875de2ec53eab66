"""One writer per format family: tables (CSV, XLSX) and maps (GeoJSON, KML).

Each takes the open binary output (:func:`~inspect_app.exports.output.atomic_output`), the
columns, the rows as an iterator of dicts and the export's :class:`~.rows.Words`, writes row
by row and returns what it wrote (:class:`Written`). Memory stays flat whatever the row count.

* **CSV**: UTF-8 *with* a byte-order mark and CRLF line ends, Excel's dialect. Excel on a
  Chinese Windows opens a ``.csv`` by double-click in the system's ANSI code page (GBK) unless
  the file starts with the UTF-8 BOM — without it every Chinese header and name is mojibake.
  Python's ``csv`` and LibreOffice read the BOM too (``utf-8-sig``).
* **XLSX**: openpyxl in write-only mode (rows streamed to the ZIP, not held as cells); dates
  and times are real cells (times in the team's zone, Asia/Shanghai, as Excel has no
  offsets), coordinates numbers, the header row frozen.
* Free text that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) is
  kept as text: a leading ``'`` in CSV (what Excel itself writes), a string cell in XLSX.
* **GeoJSON**: RFC 7946 — a ``FeatureCollection`` of ``Point`` features, WGS84, coordinates
  ``[longitude, latitude]`` written exactly as stored (decimal strings, no float rounding),
  no ``crs`` member; properties under the stable English column keys, words in the export's
  language.
* **KML** 2.2: one ``Placemark`` per finding — ``name`` (category · party), a plain-text
  ``description`` (one "header: value" line per column), ``ExtendedData`` with every column
  (key and header), and ``<Point><coordinates>lon,lat</coordinates>``.

Positions in the maps: a finding's own position; a finding without one is placed at its
party's (the site's recorded position) and says so (``position_source``: ``finding`` or
``party``, a GeoJSON property and a KML ``Data``); one whose party has none either is left
out and counted (:class:`Written`), and the export's summary says how many and why. CSV and
XLSX hold every finding with its own position only (empty when it has none): a table never
passes the party's position off as the finding's.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache, partial
from typing import Any, BinaryIO
from xml.sax.saxutils import quoteattr

from inspect_app.exports.rows import Column, Kind, Words

TEAM_ZONE = "Asia/Shanghai"
"""The zone XLSX times are shown in (the teams work in Sichuan and Chongqing)."""

Tick = Callable[[], None]
"""Called once per row written (progress and cancel: see ``exports.jobs``)."""

_FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _guarded(value: str) -> str:
    """Text a spreadsheet must not take for a formula (CSV): a leading ``'`` where needed."""
    return "'" + value if value.startswith(_FORMULA_FIRST) else value


@dataclass(frozen=True)
class Written:
    """What a writer wrote.

    Attributes:
        rows: rows (features, placemarks) written.
        skipped: findings left out of a map for want of any position (0 in tables).
        at_party: findings of a map placed at their party's position, having none of their own.
    """

    rows: int
    skipped: int = 0
    at_party: int = 0


Cell = Callable[[Any], Any]
"""Turns a stored value into what a table's writer takes."""


def _table(
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    cell: Callable[[Kind], Cell | None],
    append: Callable[[list[Any]], Any],
    tick: Tick,
) -> Written:
    """The row loop of both tables: each value through its column's converter, then ``append``.

    ``cell(kind)`` gives a column's converter; None writes its values as stored.
    """
    plan = [(c.key, cell(c.kind)) for c in columns]
    written = 0
    for row in rows:
        append([row[key] if convert is None else convert(row[key]) for key, convert in plan])
        written += 1
        tick()
    return Written(written)


def _csv_text(value: Any) -> Any:
    return None if value is None else _guarded(str(value))


def _csv_cell(kind: Kind) -> Cell | None:
    """Free text guarded against formulas; the rest as stored (``csv`` writes None as "")."""
    return _csv_text if kind is Kind.TEXT else None


def write_csv(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
) -> Written:
    """Write a CSV table (UTF-8 with BOM, CRLF, headers in the export's language)."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="", write_through=False)
    try:
        out = csv.writer(text)  # the "excel" dialect: CRLF, quotes where needed
        out.writerow([words.header(c) for c in columns])
        written = _table(columns, rows, _csv_cell, out.writerow, tick)
        text.flush()
    finally:
        text.detach()  # the caller closes (and fsyncs) the binary file
    return written


@cache
def _zone() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(TEAM_ZONE)


def _local_time(value: str) -> datetime | str:
    """An ISO 8601 time as a naive datetime in the team's zone (the text if unparsable)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(_zone()).replace(tzinfo=None)
    return moment


def _xlsx_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.DATE:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if kind is Kind.TIME:
        return _local_time(str(value))
    if kind is Kind.DEGREES:
        try:
            return float(value)
        except ValueError:
            return str(value)
    if kind is Kind.INT:
        return int(value)
    return str(value)


def write_xlsx(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
) -> Written:
    """Write an XLSX workbook with one sheet, streamed (openpyxl write-only mode)."""
    from openpyxl import Workbook  # ~1.4 MB, only when a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.freeze_panes = "A2"
    widths = {Kind.TEXT: 24, Kind.CODE: 22, Kind.INT: 10, Kind.DEGREES: 14}
    for index, column in enumerate(columns, start=1):
        width = widths.get(column.kind, 18)
        if column.key in ("description", "legal_basis", "findings"):
            width = 48
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=words.header(column))
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    def typed(kind: Kind) -> Cell:
        return partial(cell, kind)

    def cell(kind: Kind, raw: Any) -> Any:
        value = _xlsx_value(kind, raw)
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if value.startswith("="):  # text, never a formula
                text = WriteOnlyCell(sheet, value=value)
                text.data_type = "s"
                return text
        return value

    written = _table(columns, rows, typed, sheet.append, tick)
    book.save(handle)
    return written


def _degrees(value: Any) -> str | None:
    """A stored decimal-degree string as a JSON/KML number text, None if absent or bad."""
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    return format(number, "f")


def _point(lon: Any, lat: Any) -> tuple[str, str] | None:
    lon, lat = _degrees(lon), _degrees(lat)
    if lon is None or lat is None:
        return None
    if not (-180 <= Decimal(lon) <= 180 and -90 <= Decimal(lat) <= 90):
        return None
    return lon, lat


def _position(row: dict[str, Any]) -> tuple[str, str, str] | None:
    """``(lon, lat, source)``: the finding's own position, else its party's, else None.

    ``source`` is ``finding`` or ``party`` (the ``position_source`` property of the maps).
    """
    own = _point(row.get("longitude"), row.get("latitude"))
    if own is not None:
        return (*own, "finding")
    party = _point(row.get("party_longitude"), row.get("party_latitude"))
    if party is not None:
        return (*party, "party")
    return None


def _placed(
    rows: Iterable[dict[str, Any]], tick: Tick, counts: dict[str, int]
) -> Iterator[tuple[dict[str, Any], tuple[str, str, str]]]:
    """The rows that have a position (their own or their party's), counting the others."""
    for row in rows:
        tick()
        where = _position(row)
        if where is None:
            counts["skipped"] += 1
            continue
        if where[2] == "party":
            counts["at_party"] += 1
        yield row, where


def write_geojson(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
) -> Written:
    """Write an RFC 7946 FeatureCollection of points (lon, lat); rows without one skipped.

    A finding without a position of its own is placed at its party's (``position_source``
    ``party``); one whose party has none either is left out and counted.
    """
    handle.write(b'{"type": "FeatureCollection", "features": [')
    keys = [c.key for c in columns if c.kind is not Kind.DEGREES]
    counts = {"skipped": 0, "at_party": 0}
    written = 0
    for row, (lon, lat, source) in _placed(rows, tick, counts):
        shown = {k: row[k] for k in keys} | {"position_source": source}
        properties = json.dumps(shown, ensure_ascii=False)
        feature = (
            f'{"," if written else ""}\n{{"type": "Feature", "id": {json.dumps(row["id"])}, '
            f'"geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}}, '
            f'"properties": {properties}}}'
        )
        handle.write(feature.encode("utf-8"))
        written += 1
    handle.write(b"\n]}\n")
    return Written(written, counts["skipped"], counts["at_party"])


def _xml(value: Any) -> str:
    """Text for XML: characters XML 1.0 forbids dropped, ``&``, ``<``, ``>`` escaped."""
    text = str(value)
    if _XML_ILLEGAL.search(text):
        text = _XML_ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_kml(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
    title: str = "",
) -> Written:
    """Write a KML 2.2 document of placemarks (positions as in :func:`write_geojson`)."""
    handle.write(
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n'
    )
    if title:
        handle.write(f"<name>{_xml(title)}</name>\n".encode())
    shown = [(c.key, words.header(c)) for c in columns]
    colon = "：" if words.chinese else ": "  # the full-width colon of Chinese text
    data_open = [
        (k, f"<Data name={quoteattr(k)}><displayName>{_xml(h)}</displayName><value>")
        for k, h in shown
    ]
    counts = {"skipped": 0, "at_party": 0}
    written = 0
    for row, (lon, lat, source) in _placed(rows, tick, counts):
        name = " · ".join(str(row[k]) for k in ("category", "party") if row.get(k))
        lines = "\n".join(f"{h}{colon}{row[k]}" for k, h in shown if row[k] not in (None, ""))
        data = "".join(
            f"{head}{'' if row[k] is None else _xml(row[k])}</value></Data>"
            for k, head in data_open
        )
        placemark = (
            f"<Placemark><name>{_xml(name or row['id'])}</name>"
            f"<description>{_xml(lines)}</description>"
            f'<ExtendedData>{data}<Data name="position_source"><value>{source}</value></Data>'
            f"</ExtendedData>"
            f"<Point><coordinates>{lon},{lat}</coordinates></Point></Placemark>\n"
        )
        handle.write(placemark.encode("utf-8"))
        written += 1
    handle.write(b"</Document>\n</kml>\n")
    return Written(written, counts["skipped"], counts["at_party"])
