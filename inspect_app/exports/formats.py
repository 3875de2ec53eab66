"""One writer per format family: tables (CSV, XLSX) and maps (GeoJSON, KML).

Each takes the open binary output (:func:`~inspect_app.exports.output.atomic_output`), the
columns, the rows as an iterator of dicts and the export's :class:`~.rows.Words`, writes row
by row and returns ``(written, skipped)``. Memory stays flat whatever the row count.

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

Findings without a position are rows in CSV and XLSX and are skipped (and counted) in
GeoJSON and KML.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
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


def write_csv(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
) -> tuple[int, int]:
    """Write a CSV table (UTF-8 with BOM, CRLF, headers in the export's language)."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="", write_through=False)
    try:
        out = csv.writer(text)  # the "excel" dialect: CRLF, quotes where needed
        out.writerow([words.header(c) for c in columns])
        texts = [c.kind is Kind.TEXT for c in columns]
        keys = [c.key for c in columns]
        written = 0
        for row in rows:
            cells = []
            for key, is_text in zip(keys, texts, strict=True):
                value = row[key]
                if value is None:
                    cells.append("")
                elif is_text:
                    cells.append(_guarded(str(value)))
                else:
                    cells.append(value)
            out.writerow(cells)
            written += 1
            tick()
        text.flush()
    finally:
        text.detach()  # the caller closes (and fsyncs) the binary file
    return written, 0


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
) -> tuple[int, int]:
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
    kinds = [(c.key, c.kind) for c in columns]
    written = 0
    for row in rows:
        cells: list[Any] = []
        for key, kind in kinds:
            value = _xlsx_value(kind, row[key])
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if value.startswith("="):  # text, never a formula
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    value = cell
            cells.append(value)
        sheet.append(cells)
        written += 1
        tick()
    book.save(handle)
    return written, 0


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


def _position(row: dict[str, Any]) -> tuple[str, str] | None:
    lon, lat = _degrees(row.get("longitude")), _degrees(row.get("latitude"))
    if lon is None or lat is None:
        return None
    if not (-180 <= Decimal(lon) <= 180 and -90 <= Decimal(lat) <= 90):
        return None
    return lon, lat


def write_geojson(
    handle: BinaryIO,
    columns: tuple[Column, ...],
    rows: Iterable[dict[str, Any]],
    words: Words,
    tick: Tick,
) -> tuple[int, int]:
    """Write an RFC 7946 FeatureCollection of points (lon, lat); rows without one skipped."""
    handle.write(b'{"type": "FeatureCollection", "features": [')
    keys = [c.key for c in columns if c.kind is not Kind.DEGREES]
    written = skipped = 0
    for row in rows:
        tick()
        where = _position(row)
        if where is None:
            skipped += 1
            continue
        lon, lat = where
        properties = json.dumps({k: row[k] for k in keys}, ensure_ascii=False)
        feature = (
            f'{"," if written else ""}\n{{"type": "Feature", "id": {json.dumps(row["id"])}, '
            f'"geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}}, '
            f'"properties": {properties}}}'
        )
        handle.write(feature.encode("utf-8"))
        written += 1
    handle.write(b"\n]}\n")
    return written, skipped


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
) -> tuple[int, int]:
    """Write a KML 2.2 document of placemarks; rows without a position skipped."""
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
    written = skipped = 0
    for row in rows:
        tick()
        where = _position(row)
        if where is None:
            skipped += 1
            continue
        lon, lat = where
        name = " · ".join(str(row[k]) for k in ("category", "party") if row.get(k))
        lines = "\n".join(f"{h}{colon}{row[k]}" for k, h in shown if row[k] not in (None, ""))
        data = "".join(
            f"{head}{'' if row[k] is None else _xml(row[k])}</value></Data>"
            for k, head in data_open
        )
        placemark = (
            f"<Placemark><name>{_xml(name or row['id'])}</name>"
            f"<description>{_xml(lines)}</description>"
            f"<ExtendedData>{data}</ExtendedData>"
            f"<Point><coordinates>{lon},{lat}</coordinates></Point></Placemark>\n"
        )
        handle.write(placemark.encode("utf-8"))
        written += 1
    handle.write(b"</Document>\n</kml>\n")
    return written, skipped
