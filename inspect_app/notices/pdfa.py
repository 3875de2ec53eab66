"""PDF/A-2b (ISO 19005-2, level B) for the documents reportlab renders.

:func:`make_pdfa` is called on the reportlab canvas just before it is saved (see
``layout.NumberedCanvas.save``) and adds what reportlab does not write by itself:

* the Info dictionary without ``/Producer`` (see :func:`_info_class`; the XMP names it);
* an **XMP metadata stream** in the catalog (``/Metadata``, unfiltered as ISO 19005-2 §6.6.2.1
  asks) with ``pdfaid:part`` 2 and ``pdfaid:conformance`` B, and every entry of the document
  information dictionary mirrored (Title → ``dc:title``, Author → ``dc:creator``, Subject →
  ``dc:description``, Keywords → ``pdf:Keywords``, Creator → ``xmp:CreatorTool``, Producer →
  ``pdf:Producer``, CreationDate/ModDate → ``xmp:CreateDate``/``xmp:ModifyDate``, Trapped →
  ``pdf:Trapped``), the dates taken from the same timestamp reportlab prints in the Info
  dictionary, so both always agree (§6.6.3);
* an **sRGB OutputIntent** (``/S /GTS_PDFA1``, §6.2.3) whose ``DestOutputProfile`` is the sRGB
  ICC profile little CMS builds (Pillow ``ImageCms.createProfile("sRGB")``: display class
  ``mntr``, RGB, version 4.4 — PDF/A-2 takes profiles up to major version 4). Nothing is
  bundled for it (588 bytes, made once per process). The pages paint in DeviceRGB and
  DeviceGray and the draft watermark, seal and hand signatures carry soft masks
  (transparency, allowed by PDF/A-2 once an OutputIntent is present, §6.2.10).

What reportlab already gives: a binary comment after the header (§6.1.2), a trailer ``/ID``
(§6.1.3), no encryption, no JavaScript, every font an embedded TrueType subset once the
canvas's initial font is the embedded CJK face (``initialFontName``; otherwise reportlab
selects an unembedded Helvetica on every page). pyHanko's incremental updates (signature
fields, signatures) keep all this: they update the Info dictionary and this XMP stream
together (``ModDate``/``xmp:ModifyDate``, ``Producer``) and leave ``pdfaid`` alone; the
visible stamp uses an embedded font (``signing._stamp_style``). ``tests/pdfa_checks.py``
checks every point above on rendered and signed documents (veraPDF is not reachable here).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

PDFA_PART = 2
"""ISO 19005 part: PDF/A-2."""
PDFA_CONFORMANCE = "B"
"""Conformance level: B (basic, visual appearance)."""
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
"""``OutputConditionIdentifier`` of the OutputIntent (the ICC registry name of sRGB)."""


@lru_cache(maxsize=1)
def srgb_icc_profile() -> bytes:
    """Return the bytes of an sRGB ICC profile (little CMS via Pillow, 588 bytes, v4.4 ``mntr``).

    Raises:
        OSError: Pillow was built without little CMS (never the case for the app's wheels).
    """
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def make_pdfa(canvas: Any) -> None:
    """Add the XMP metadata and the sRGB OutputIntent to a reportlab canvas's document.

    Call once, before ``canvas.save()``. The XMP packet is built when the document is
    written, from the Info dictionary's values, so a title set later still agrees.

    Args:
        canvas: a ``reportlab.pdfgen.canvas.Canvas`` not yet saved.
    """
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFCatalog,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
        PDFZCompress,
    )

    doc = canvas._doc
    doc.info.__class__ = _info_class()
    catalog = doc.Catalog
    catalog.Metadata = _PlainStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        lambda: xmp_packet(_info_fields(doc)),
    )
    profile = PDFStream(
        dictionary=PDFDictionary({"N": 3}),
        content=srgb_icc_profile(),
        filters=[PDFZCompress],
    )
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
            "Info": PDFString(OUTPUT_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog.OutputIntents = PDFArray([intent])
    # reportlab writes only the catalog keys it knows; OutputIntents is not among them.
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]


def _plain_stream_class() -> type:
    from reportlab.pdfbase.pdfdoc import PDFStream

    class PlainStream(PDFStream):
        """A stream written without any filter, its content made when the file is written."""

        def __init__(self, dictionary: Any, make: Any) -> None:
            super().__init__(dictionary=dictionary, content=b"")
            self._make = make

        def format(self, document: Any) -> bytes:
            from reportlab.pdfbase.pdfdoc import PDFDictionary, format

            content = self._make()
            dictionary = PDFDictionary(self.dictionary.dict.copy())
            dictionary["Length"] = len(content)
            return format(dictionary, document) + b"\nstream\n" + content + b"\nendstream\n"

    return PlainStream


@lru_cache(maxsize=1)
def _info_class() -> type:
    """The Info dictionary of reportlab without ``/Producer`` (the XMP packet still names it).

    pyHanko's incremental writer sets XMP ``pdf:Producer`` to ``pyHanko x.y`` but appends
    ``; pyHanko x.y`` to an existing Info ``/Producer``, so after signing the two would
    disagree (§6.6.3). With no Info ``/Producer`` it writes the same value into both.
    """
    from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString

    class Info(PDFInfo):
        def format(self, document: Any) -> bytes:
            entries = {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "CreationDate": PDFDate(ts=document._timeStamp),
                "ModDate": PDFDate(ts=document._timeStamp),
                "Creator": PDFString(self.creator),
                "Subject": PDFString(self.subject),
                "Keywords": PDFString(self.keywords),
                "Trapped": PDFName(self.trapped),
            }
            return PDFDictionary(entries).format(document)

    return Info


def _PlainStream(dictionary: Any, make: Any) -> Any:  # noqa: N802 - a class factory
    return _plain_stream_class()(dictionary, make)


def _info_fields(doc: Any) -> dict[str, str]:
    """The Info dictionary's values as reportlab will write them (dates in XMP form)."""
    info = doc.info
    stamp = doc._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    when = (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )
    return {
        "title": str(info.title),
        "author": str(info.author),
        "subject": str(info.subject),
        "keywords": str(info.keywords),
        "creator": str(info.creator),
        "producer": str(info.producer),
        "trapped": str(info.trapped),
        "created": when,
        "modified": when,
    }


def xmp_packet(fields: dict[str, str]) -> bytes:
    """Return an XMP packet (UTF-8) declaring PDF/A-2b and mirroring the Info dictionary.

    Args:
        fields: ``title``, ``author``, ``subject``, ``keywords``, ``creator``, ``producer``,
            ``trapped`` (``"True"``/``"False"``/``"Unknown"``), ``created`` and ``modified``
            (XMP dates, ``2026-12-05T10:21:05+08:00``).
    """
    e = {key: escape(value) for key, value in fields.items()}
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e["title"]}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e["author"]}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{e["subject"]}</rdf:li>
   </rdf:Alt></dc:description>
   <xmp:CreatorTool>{e["creator"]}</xmp:CreatorTool>
   <xmp:CreateDate>{e["created"]}</xmp:CreateDate>
   <xmp:ModifyDate>{e["modified"]}</xmp:ModifyDate>
   <pdf:Producer>{e["producer"]}</pdf:Producer>
   <pdf:Keywords>{e["keywords"]}</pdf:Keywords>
   <pdf:Trapped>{e["trapped"]}</pdf:Trapped>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


__all__: list[str] = [
    "OUTPUT_CONDITION",
    "PDFA_CONFORMANCE",
    "PDFA_PART",
    "make_pdfa",
    "srgb_icc_profile",
    "xmp_packet",
]
