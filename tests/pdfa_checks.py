"""PDF/A-2b checks for tests: the best independent checks reachable here (veraPDF is not).

Import with ``from pdfa_checks import pdfa_problems, assert_pdfa`` (``tests/`` is on
pytest's ``pythonpath``). :func:`pdfa_problems` reads the file with pyHanko's reader (not the
writer that made it) and runs poppler's ``pdffonts``; it returns every problem found, so a
plain reportlab PDF lists many. What it checks, with the clause of ISO 19005-2:

* §6.1.2 header ``%PDF-1.n`` (n ≤ 7) followed by a comment line of four bytes above 127, and
  no catalog ``/Version`` above 1.7 (an ECDSA signature makes pyHanko write 2.0);
* §6.1.3 a trailer ``/ID`` (the last revision's), no ``/Encrypt``;
* §6.6.2 a catalog ``/Metadata`` stream, ``/Subtype /XML``, unfiltered, an XMP packet that
  parses as XML with ``pdfaid:part`` 2 and ``pdfaid:conformance`` B (element or attribute
  form); §6.6.3 Title, Author, Subject, Creator, Producer, CreationDate and ModDate of the
  Info dictionary equal their XMP twins (dates compared as instants);
* §6.2.3 an OutputIntent ``/S /GTS_PDFA1`` with a ``DestOutputProfile`` ICC stream of
  ``/N 3`` whose header says RGB, a device class PDF/A accepts and major version ≤ 4;
* §6.2.11.4 every font of every page, form XObject and annotation appearance (recursively)
  embedded (``FontFile``/``FontFile2``/``FontFile3``; for Type0 in the descendant), none of
  the base-14 names unembedded; and ``pdffonts`` says ``emb yes`` for every row;
* §6.2.4.3 no DeviceCMYK with an RGB intent (images' ``/ColorSpace`` and ``k``/``K``
  operators in content streams); §6.2.8 no ``/Interpolate true``, no ``/Alternates``/``/OPI``;
* §6.3.2/6.3.3 every annotation with ``/F`` having Print set and Hidden/Invisible/NoView
  clear, an ``/AP`` holding only ``/N`` (widgets and every other annotation with an area);
* §6.4.1 AcroForm without ``/NeedAppearances true``; §6.6.1/6.5 no JavaScript (``/JS``,
  ``/JavaScript``), no ``/AA``, no LZW, no external streams (``/F`` on a stream).
"""

from __future__ import annotations

import io
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from pdf_tools import require_tool

BASE14 = {
    "/Courier",
    "/Courier-Bold",
    "/Courier-Oblique",
    "/Courier-BoldOblique",
    "/Helvetica",
    "/Helvetica-Bold",
    "/Helvetica-Oblique",
    "/Helvetica-BoldOblique",
    "/Times-Roman",
    "/Times-Bold",
    "/Times-Italic",
    "/Times-BoldItalic",
    "/Symbol",
    "/ZapfDingbats",
}
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}
ANNOT_PRINT, ANNOT_HIDDEN, ANNOT_INVISIBLE, ANNOT_NOVIEW = 4, 2, 1, 32


def assert_pdfa(pdf: bytes | Path) -> None:
    """Fail with every problem :func:`pdfa_problems` finds (nothing when PDF/A-2b holds)."""
    problems = pdfa_problems(pdf)
    assert not problems, "not PDF/A-2b:\n" + "\n".join(f"- {p}" for p in problems)


def pdfa_problems(pdf: bytes | Path) -> list[str]:
    """Return the PDF/A-2b problems of a PDF (empty when every check above passes)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = pdf.read_bytes() if isinstance(pdf, Path) else bytes(pdf)
    problems: list[str] = []
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", data):
        problems.append("header: not %PDF-1.n followed by a binary comment line")
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    trailer = reader.trailer_view
    if "/Encrypt" in trailer:
        problems.append("trailer: /Encrypt present")
    ident = trailer.get("/ID")
    if ident is None or len(ident) != 2:
        problems.append("trailer: no /ID")
    root = reader.root
    version = str(root.get("/Version", "/1.4")).lstrip("/")
    if not re.fullmatch(r"1\.[0-7]", version):
        problems.append(f"catalog: /Version {version} (PDF/A-2 is based on PDF 1.7)")
    problems += _metadata_problems(root, trailer)
    problems += _intent_problems(root)
    problems += _object_problems(reader, root)
    problems += _pdffonts_problems(data)
    if re.search(rb"/(JavaScript|JS)\b", data):
        problems.append("JavaScript present (/JS or /JavaScript)")
    if re.search(rb"/LZWDecode\b", data):
        problems.append("LZW-compressed stream")
    return problems


# ---------------------------------------------------------------------------- metadata


def _metadata_problems(root: Any, trailer: Any) -> list[str]:
    meta = root.get("/Metadata")
    if meta is None:
        return ["catalog: no /Metadata (XMP)"]
    meta = meta.get_object()
    problems = []
    if meta.get("/Subtype") != "/XML":
        problems.append("metadata: /Subtype is not /XML")
    if "/Filter" in meta:
        problems.append("metadata: the XMP stream is filtered")
    try:
        tree = ET.fromstring(meta.data)
    except ET.ParseError as exc:
        return [*problems, f"metadata: XMP does not parse ({exc})"]
    values = _xmp_values(tree)
    if values.get("pdfaid:part") != "2":
        problems.append(f"metadata: pdfaid:part is {values.get('pdfaid:part')!r}, not 2")
    if values.get("pdfaid:conformance") != "B":
        problems.append(
            f"metadata: pdfaid:conformance is {values.get('pdfaid:conformance')!r}, not B"
        )
    info = trailer.get("/Info")
    if info is not None:
        info = info.get_object()
        for key, twin in (
            ("/Title", "dc:title"),
            ("/Author", "dc:creator"),
            ("/Subject", "dc:description"),
            ("/Creator", "xmp:CreatorTool"),
            ("/Producer", "pdf:Producer"),
            ("/Keywords", "pdf:Keywords"),
        ):
            if key in info and str(info[key]) != values.get(twin):
                problems.append(
                    f"metadata: Info {key} {str(info[key])!r} != XMP {twin} {values.get(twin)!r}"
                )
        for key, twin in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
            if key in info and _pdf_date(str(info[key])) != _xmp_date(values.get(twin)):
                problems.append(
                    f"metadata: Info {key} {info[key]!s} != XMP {twin} {values.get(twin)}"
                )
    return problems


def _xmp_values(tree: ET.Element) -> dict[str, str]:
    """``prefix:name`` -> text of the XMP properties (attribute or element form; first li)."""
    values: dict[str, str] = {}
    reverse = {uri: prefix for prefix, uri in NS.items()}
    for desc in tree.iter(f"{{{NS['rdf']}}}Description"):
        for attr, value in desc.attrib.items():
            if attr.startswith("{"):
                uri, name = attr[1:].split("}")
                if uri in reverse:
                    values[f"{reverse[uri]}:{name}"] = value
        for child in desc:
            uri, name = child.tag[1:].split("}")
            if uri not in reverse:
                continue
            item = next(child.iter(f"{{{NS['rdf']}}}li"), None)
            values[f"{reverse[uri]}:{name}"] = (
                (item.text or "") if item is not None else (child.text or "")
            )
    return values


def _pdf_date(text: str) -> datetime | None:
    match = re.match(r"D:(\d{14})(Z|[+-]\d{2}'?\d{2}'?)?", text)
    if not match:
        return None
    zone = (match.group(2) or "Z").replace("'", "")
    zone = "+0000" if zone == "Z" else zone
    return datetime.strptime(match.group(1) + zone, "%Y%m%d%H%M%S%z")


def _xmp_date(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# ---------------------------------------------------------------------------- output intent


def _intent_problems(root: Any) -> list[str]:
    intents = root.get("/OutputIntents")
    if intents is None:
        return ["catalog: no /OutputIntents"]
    for intent in _deref(intents):
        intent = intent.get_object()
        if intent.get("/S") != "/GTS_PDFA1":
            continue
        profile = intent.get("/DestOutputProfile")
        if profile is None:
            return ["output intent: no DestOutputProfile"]
        profile = profile.get_object()
        icc = profile.data
        problems = []
        if int(profile.get("/N", 0)) != 3:
            problems.append("output intent: profile /N is not 3")
        if icc[16:20] != b"RGB ":
            problems.append(f"output intent: ICC colour space {icc[16:20]!r}, not RGB")
        if icc[12:16] not in (b"mntr", b"prtr", b"scnr", b"spac"):
            problems.append(f"output intent: ICC device class {icc[12:16]!r}")
        if icc[8] > 4:
            problems.append(f"output intent: ICC version {icc[8]}.x (PDF/A-2 takes ≤ 4)")
        return problems
    return ["output intent: none with /S /GTS_PDFA1"]


# ---------------------------------------------------------------------------- objects


def _object_problems(reader: Any, root: Any) -> list[str]:
    problems: list[str] = []
    acroform = root.get("/AcroForm")
    if acroform is not None and bool(acroform.get_object().get("/NeedAppearances", False)):
        problems.append("AcroForm: /NeedAppearances true")
    if "/AA" in root:
        problems.append("catalog: /AA (additional actions)")
    seen: set[int] = set()
    for index, page in enumerate(_pages(root["/Pages"])):
        where = f"page {index + 1}"
        if "/AA" in page:
            problems.append(f"{where}: /AA (additional actions)")
        problems += _resource_problems(page.get("/Resources"), where, seen)
        problems += _content_problems(page.get("/Contents"), where)
        for annot in _deref(page.get("/Annots", []) or []):
            problems += _annotation_problems(annot.get_object(), where, seen)
    return problems


def _deref(value: Any) -> Any:
    """The object behind an indirect reference (or the value itself)."""
    return value.get_object() if hasattr(value, "get_object") else value


def _pages(node: Any) -> Iterator[Any]:
    node = node.get_object()
    if node.get("/Type") == "/Pages":
        for kid in node["/Kids"]:
            yield from _pages(kid)
    else:
        yield node


def _resource_problems(resources: Any, where: str, seen: set[int]) -> list[str]:
    if resources is None:
        return []
    resources = resources.get_object()
    problems: list[str] = []
    for name, font in _deref(resources.get("/Font") or {}).items():
        problems += _font_problems(font.get_object(), f"{where} font {name}")
    for name, xobject in _deref(resources.get("/XObject") or {}).items():
        key = getattr(xobject, "idnum", None)
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        xobj = xobject.get_object()
        label = f"{where} XObject {name}"
        if "/F" in xobj:
            problems.append(f"{label}: external stream (/F)")
        if xobj.get("/Subtype") == "/Image":
            if xobj.get("/ColorSpace") == "/DeviceCMYK":
                problems.append(f"{label}: DeviceCMYK image with an RGB output intent")
            if bool(xobj.get("/Interpolate", False)):
                problems.append(f"{label}: /Interpolate true")
            if "/Alternates" in xobj or "/OPI" in xobj:
                problems.append(f"{label}: /Alternates or /OPI")
        elif xobj.get("/Subtype") == "/Form":
            if "/OPI" in xobj or "/PS" in xobj:
                problems.append(f"{label}: /OPI or /PS")
            problems += _resource_problems(xobj.get("/Resources"), label, seen)
            problems += _content_problems(xobj, label)
    return problems


def _font_problems(font: Any, label: str) -> list[str]:
    if font.get("/Subtype") == "/Type3":
        return []
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    base = str(font.get("/BaseFont", ""))
    if descriptor is None:
        return [f"{label}: {base} not embedded (no FontDescriptor)"]
    descriptor = descriptor.get_object()
    if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
        return [f"{label}: {base} not embedded"]
    return []


_CMYK = re.compile(rb"(?:^|\s)(?:[-\d.]+\s+){4}[kK](?=\s|$)")


def _content_problems(contents: Any, where: str) -> list[str]:
    if contents is None:
        return []
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    data = b"\n".join(s.get_object().data for s in streams)
    if _CMYK.search(data):
        return [f"{where}: DeviceCMYK colour operator (k/K) with an RGB output intent"]
    return []


def _annotation_problems(annot: Any, where: str, seen: set[int]) -> list[str]:
    label = f"{where} annotation {annot.get('/Subtype')} {annot.get('/T', '')}"
    flags = int(annot.get("/F", 0))
    problems = []
    if not flags & ANNOT_PRINT or flags & (ANNOT_HIDDEN | ANNOT_INVISIBLE | ANNOT_NOVIEW):
        problems.append(f"{label}: /F {flags} (Print must be set, Hidden/NoView clear)")
    if "/AA" in annot or "/A" in annot and annot["/A"].get_object().get("/S") == "/JavaScript":
        problems.append(f"{label}: actions")
    x1, y1, x2, y2 = (float(v) for v in annot.get("/Rect", [0, 0, 0, 0]))
    has_area = abs(x2 - x1) > 0 and abs(y2 - y1) > 0
    appearance = annot.get("/AP")
    if appearance is None:
        if has_area and annot.get("/Subtype") != "/Popup":
            problems.append(f"{label}: no appearance (/AP)")
        return problems
    appearance = appearance.get_object()
    if set(appearance.keys()) != {"/N"}:
        problems.append(f"{label}: /AP holds {sorted(appearance.keys())}, only /N allowed")
    normal = appearance.get("/N")
    if normal is not None:
        normal = normal.get_object()
        if hasattr(normal, "data"):
            problems += _resource_problems(normal.get("/Resources"), label, seen)
            problems += _content_problems(normal, label)
    return problems


# ---------------------------------------------------------------------------- poppler


def _pdffonts_problems(data: bytes) -> list[str]:
    """``pdffonts`` (poppler): every font row says ``emb yes``; no base-14 name at all."""
    tool = require_tool("pdffonts")
    out = subprocess.run(
        [tool, "-"], input=data, capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8", "replace")
    problems = []
    for row in out.splitlines()[2:]:
        parts = row.split()
        if len(parts) >= 7 and parts[-5] != "yes":
            problems.append(f"pdffonts: {parts[0]} not embedded")
        elif parts and f"/{parts[0]}" in BASE14:
            problems.append(f"pdffonts: base-14 font {parts[0]}")
    return problems


def pdffonts_names(pdf: Path) -> list[str]:
    """The font names ``pdffonts`` lists, subset tags removed (``NotoSerifSC-Bold`` …)."""
    tool = require_tool("pdffonts")
    out = subprocess.run(
        [tool, str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return [row.split()[0].split("+")[-1] for row in out.splitlines()[2:] if row.strip()]


def sample_seal_png() -> bytes:
    """A red ring on white paper (no alpha) as a PNG, as an agency might scan its seal."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(image).ellipse((20, 20, 280, 280), outline=(210, 20, 30), width=14)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
